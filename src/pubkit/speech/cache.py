"""A content-addressed cache of sentence audio, shared safely between processes.

The key is a SHA-256 of the normalised text, voice, rate, engine name and engine version,
so re-rendering after a one-sentence edit synthesises only that sentence, and a cached
sentence always gives the same samples (the output is deterministic). Encoded MP3
segments (``speech/mp3.py``) are kept alongside, under the hash of their PCM and the
encoder settings (``.mp3`` files), so only the changed sentence is encoded again. Files are written
to a temporary name and renamed into place, so concurrent renders never see half a file.

Location: ``SpeechOptions.cache_dir``, else ``$PUBKIT_SPEECH_CACHE``, else the user's cache
folder (``$XDG_CACHE_HOME/pubkit/speech``, ``~/.cache/pubkit/speech``).
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import itertools
import json
import os
import struct
import sys
import threading
import wave
from dataclasses import dataclass, field
from pathlib import Path

from pubkit.speech.engine import Audio

__all__ = ["ENV_VAR", "SpeechCache", "default_cache_dir"]

ENV_VAR = "PUBKIT_SPEECH_CACHE"
_FORMAT = 1  # bump when the stored form changes
_COUNTER = itertools.count()
_FOLDERS: set[Path] = set()  # cache subfolders known to exist (made or seen by this process)


def default_cache_dir() -> Path:
    """``$PUBKIT_SPEECH_CACHE`` or the platform's user cache folder plus ``pubkit/speech``."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "pubkit" / "speech"


@dataclass(slots=True)
class SpeechCache:
    """Sentence audio by key; ``folder=None`` disables caching (every lookup misses)."""

    folder: Path | None
    hits: int = field(default=0)
    misses: int = field(default=0)
    segment_hits: int = field(default=0)
    segment_misses: int = field(default=0)

    @staticmethod
    def key(*, text: str, voice: str, rate: int, engine: str, version: str) -> str:
        payload = json.dumps([_FORMAT, engine, version, voice, rate, text], ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def _path(self, key: str, suffix: str = ".wav") -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}{suffix}"

    def has(self, key: str) -> bool:
        """Whether sentence audio is stored under ``key`` (not counted as a hit or miss)."""
        return self.folder is not None and self._path(key).is_file()

    def get_layout(self, key: str) -> dict[str, int | str] | None:
        """A sentence's layout record (its segment's key, frames, speech bounds), or None."""
        if self.folder is None:
            return None
        try:
            data = json.loads(self._path(key, ".json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def put_layout(self, key: str, record: dict[str, int | str]) -> None:
        self._write(key, ".json", json.dumps(record, sort_keys=True).encode("utf-8"))

    def _write(self, key: str, suffix: str, data: bytes) -> None:
        """Store ``data`` atomically: written under a name of this process and thread, renamed.

        A render writes three small files per new sentence, so the folder check and the
        temporary name are kept cheap: each folder is made once per process, and the
        temporary name needs no random retries (pid, thread and a counter make it unique).
        """
        if self.folder is None:
            return
        path = self._path(key, suffix)
        tmp = path.with_name(f".tmp-{os.getpid()}-{threading.get_ident()}-{next(_COUNTER)}{suffix}")
        try:
            try:
                if path.parent not in _FOLDERS:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    _FOLDERS.add(path.parent)
                handle = tmp.open("xb")
            except FileNotFoundError:  # the folder went away (``pubkit cache clean``)
                path.parent.mkdir(parents=True, exist_ok=True)
                handle = tmp.open("xb")
            with handle:
                handle.write(data)
            tmp.replace(path)
        except OSError:
            # A read-only or full cache must not break rendering; the audio is still used.
            _FOLDERS.discard(path.parent)
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)

    def get_segment(self, key: str) -> bytes | None:
        """An encoded MP3 segment (see ``speech/mp3.py``), or None."""
        data = None
        if self.folder is not None:
            try:
                data = self._path(key, ".mp3").read_bytes()
            except OSError:
                data = None
        if not data:
            self.segment_misses += 1
            return None
        self.segment_hits += 1
        return data

    def put_segment(self, key: str, data: bytes) -> None:
        self._write(key, ".mp3", data)

    def get(self, key: str) -> Audio | None:
        if self.folder is None:
            self.misses += 1
            return None
        try:
            with wave.open(str(self._path(key)), "rb") as wav:
                audio = Audio(wav.readframes(wav.getnframes()), wav.getframerate())
        except (OSError, EOFError, wave.Error):
            self.misses += 1
            return None
        self.hits += 1
        return audio

    def put(self, key: str, audio: Audio) -> None:
        self._write(key, ".wav", _wav(audio))


def _wav(audio: Audio) -> bytes:
    """A mono 16-bit RIFF WAVE file of ``audio`` (what ``wave`` writes, in one piece)."""
    size = len(audio.pcm)
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF", 36 + size, b"WAVE", b"fmt ", 16, 1, 1, audio.rate, 2 * audio.rate, 2, 16,
        b"data", size,
    )  # fmt: skip
    pcm = audio.pcm
    if sys.byteorder == "big":
        samples = array.array("h", pcm)
        samples.byteswap()
        pcm = samples.tobytes()
    return header + pcm
