"""A content-addressed cache of sentence audio, shared safely between processes.

The key is a SHA-256 of the normalised text, voice, rate, engine name and engine version,
so re-rendering after a one-sentence edit synthesises only that sentence, and a cached
sentence always gives the same samples (the output is deterministic). Encoded MP3
segments (``speech/mp3.py``) are kept alongside, under the hash of their PCM and the
encoder settings (``.mp3`` files), so only the changed sentence is encoded again. Files are written
to a temporary name and renamed into place, so concurrent renders never see half a file.

Location: ``SpeechOptions.cache_dir``, else ``$PUBKIT_SPEECH_CACHE``, else the user's cache
folder (``$XDG_CACHE_HOME/pubkit/speech``, ``~/.cache/pubkit/speech``).

Bounded: once a process has stored 1/64 of the bound since it last looked (16 MiB of
the default 1 GiB), the least recently used files are removed until the folder holds at
most :data:`DEFAULT_MAX_BYTES` (``$PUBKIT_SPEECH_CACHE_MAX_MB``); a hit marks its file as
used. (Scanning a folder of 6,000 files took 0.1–0.7 s here, so not after every render.) ``pubkit cache clean`` empties it, ``pubkit cache info``
shows it. A removed file is a miss: that sentence is synthesised (or encoded) again.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import struct
import sys
import threading
import wave
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pubkit.lru import bound_from_env, prune, stored_files
from pubkit.speech.engine import Audio

__all__ = ["DEFAULT_MAX_BYTES", "ENV_MAX", "ENV_VAR", "SpeechCache", "default_cache_dir"]

ENV_VAR = "PUBKIT_SPEECH_CACHE"
ENV_MAX = "PUBKIT_SPEECH_CACHE_MAX_MB"
DEFAULT_MAX_BYTES = 1024**3
"""About six hours of sentence audio (22 050 Hz, 16 bit: 43 KiB a second) with its MP3
segments."""
_GROWN: dict[str, int] = {}  # bytes stored per cache folder by this process since its last prune
_SUFFIXES = (".wav", ".mp3", ".json")


def max_cache_bytes() -> int:
    """``$PUBKIT_SPEECH_CACHE_MAX_MB`` in bytes, else :data:`DEFAULT_MAX_BYTES`."""
    return bound_from_env(ENV_MAX, DEFAULT_MAX_BYTES, example=200)


_FORMAT = 1  # bump when the stored form changes
_TMP_COUNT = itertools.count()


def _wav_header(size: int, rate: int) -> bytes:
    """The 44-byte RIFF header of ``size`` bytes of mono 16-bit PCM at ``rate`` Hz (what
    the ``wave`` module writes)."""
    return struct.pack(
        "<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + size, b"WAVE", b"fmt ", 16, 1, 1, rate,
        rate * 2, 2, 16, b"data", size,
    )  # fmt: skip


def _write_all(fd: int, chunks: Sequence[bytes]) -> None:
    views = [memoryview(c) for c in chunks if c]
    while views:
        written = os.writev(fd, views) if hasattr(os, "writev") else os.write(fd, views[0])
        while views and written >= len(views[0]):
            written -= len(views[0])
            views.pop(0)
        if views and written:
            views[0] = views[0][written:]


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
    max_bytes: int = field(default_factory=max_cache_bytes)
    stored: int = field(default=0)
    """Bytes written by this instance (a render that stored nothing does not prune)."""
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
        # 16 subfolders (the key's first hex digit): a fresh cache makes each once, and
        # making a folder cost more than writing a file here (ext4: ~0.7 ms against 0.2 ms;
        # 256 two-digit folders were ~90 folders made in a notice's cold render).
        return self.folder / key[:1] / f"{key}{suffix}"

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
        self._used(self._path(key, ".json"))
        return data if isinstance(data, dict) else None

    def put_layout(self, key: str, record: dict[str, int | str]) -> None:
        self._write(key, ".json", json.dumps(record, sort_keys=True).encode("utf-8"))

    def _write(self, key: str, suffix: str, *chunks: bytes) -> None:
        """Store ``chunks`` under ``key``: written to a temporary name, renamed into place.

        The cold render writes three files a sentence, so this costs as few system calls
        as it can: the subfolder is made only when the write finds it missing (not checked
        every time), the temporary name is this process's and thread's own (no random
        names tried), and the chunks go out in one ``writev``. A read-only or full cache
        must not break rendering: an OSError stores nothing.
        """
        if self.folder is None:
            return
        path = self._path(key, suffix)
        tmp = path.parent / f".tmp-{os.getpid()}-{threading.get_ident()}-{next(_TMP_COUNT)}"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
        try:
            try:
                fd = os.open(tmp, flags, 0o644)
            except FileNotFoundError:
                path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(tmp, flags, 0o644)
            try:
                _write_all(fd, chunks)
            finally:
                os.close(fd)
            tmp.replace(path)
            self.stored += sum(len(c) for c in chunks)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()

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
        self._used(self._path(key, ".mp3"))
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
        self._used(self._path(key))
        return audio

    def put(self, key: str, audio: Audio) -> None:
        """Store sentence audio as a mono 16-bit WAV file (what :meth:`get` reads)."""
        pcm = audio.pcm[: len(audio.pcm) // 2 * 2]
        self._write(key, ".wav", _wav_header(len(pcm), audio.rate), pcm)

    # -- bounds -----------------------------------------------------------------------------

    @staticmethod
    def _used(path: Path) -> None:
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: removed last

    def files(self) -> list[tuple[float, int, Path]]:
        """(last used, size, path) of every stored file."""
        return [] if self.folder is None else stored_files(self.folder, _SUFFIXES)

    def prune(self) -> int:
        """Remove the least recently used files until the folder fits in :attr:`max_bytes`;
        returns how many were removed."""
        return prune(self.files(), self.max_bytes)

    def prune_if_grown(self) -> int:
        """:meth:`prune` when this process has stored 1/64 of the bound in the folder since
        it last pruned it (a warm render stores and scans nothing)."""
        if self.folder is None or not self.stored:
            return 0
        key = str(self.folder)
        _GROWN[key] = _GROWN.get(key, 0) + self.stored
        self.stored = 0
        if _GROWN[key] < self.max_bytes // 64:
            return 0
        _GROWN[key] = 0
        return self.prune()

    def clean(self) -> int:
        """Remove every stored file (and temporary files); returns how many were stored."""
        if self.folder is None or not self.folder.is_dir():
            return 0
        count = 0
        for path in self.folder.glob("*/*"):
            if path.is_dir():
                continue
            if path.suffix in _SUFFIXES and not path.name.startswith(".tmp-"):
                count += 1
            with contextlib.suppress(OSError):
                path.unlink()
        for folder in self.folder.iterdir():
            if folder.is_dir() and len(folder.name) in (1, 2):  # 2: before 16 folders
                with contextlib.suppress(OSError):
                    folder.rmdir()
        return count
