"""The engine interface: text in, 16-bit mono PCM out, with voices chosen by language.

Two engines ship with pubkit: ``pyttsx3`` (the default; espeak-ng through pyttsx3's
driver, in this process) and ``espeak-ng`` (the ``espeak-ng`` program, one call per
sentence). Another engine plugs in by subclassing :class:`Engine` and adding it to
:data:`ENGINES`.
"""

from __future__ import annotations

import array
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import ClassVar

from pubkit.errors import RenderError

__all__ = [
    "ENGINES",
    "VOLUME",
    "Audio",
    "Engine",
    "Voice",
    "choose_voice",
    "get_engine",
    "package_version",
]

VOLUME = 75
"""Engine amplitude in percent of espeak-ng's default.

At 100 espeak-ng clips: 6 of the 33 sentences of an example peaked above 32 000 of 32 767.
At 75 the loudest sentence peaked at 29 469 (−0.9 dBFS), the median at 20 325.
"""


def package_version(module_file: str | None, distribution: str) -> str:
    """The installed version of ``distribution``, from its ``*.dist-info`` folder beside the
    module (``module_file``: its ``__file__``), else from :mod:`importlib.metadata`.

    For the cache keys. ``importlib.metadata`` imports ``email``, ``zipfile``, ``csv`` …
    (10–40 ms here) and searches every path entry; the folder next to the module is one
    directory listing.
    """
    from pathlib import Path

    if module_file:
        here = Path(module_file).parent
        prefix = distribution.replace("-", "_").lower() + "-"
        for folder in (here, here.parent):  # a module file, or a package's __init__
            try:
                names = [p.name for p in folder.iterdir() if p.name.endswith(".dist-info")]
            except OSError:
                continue
            for name in names:
                if name.lower().startswith(prefix):
                    return name[len(prefix) : -len(".dist-info")]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "unknown"


@dataclass(frozen=True, slots=True)
class Audio:
    """Mono 16-bit little-endian PCM."""

    pcm: bytes
    rate: int

    @property
    def frames(self) -> int:
        return len(self.pcm) // 2

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.frames / self.rate

    def samples(self) -> array.array[int]:
        data = array.array("h")
        data.frombytes(self.pcm)
        if sys.byteorder == "big":
            data.byteswap()
        return data


@dataclass(frozen=True, slots=True)
class Voice:
    """A voice an engine offers."""

    id: str
    """What the engine is given: ``gmw/de`` for espeak-ng's German voice."""
    languages: tuple[str, ...]
    """BCP 47 tags in lower case, e.g. ``("en-gb",)``."""
    name: str = ""


class Engine(ABC):
    """A speech synthesiser. Implementations must be safe to call many times per process."""

    name: ClassVar[str]
    concurrent: ClassVar[bool] = False
    """True when :meth:`synthesize` may run in several threads at once: the renderer then
    synthesises the sentences missing from the cache in parallel."""

    @abstractmethod
    def version(self) -> str:
        """Engine and voice data version; part of the cache key."""

    @abstractmethod
    def voices(self) -> tuple[Voice, ...]:
        """The installed voices."""

    @abstractmethod
    def synthesize(self, text: str, *, voice: str, rate: int) -> Audio:
        """Speak ``text`` with ``voice`` at ``rate`` words per minute; raise RenderError."""

    def voice_for(self, language: str) -> str:
        """The voice id for a BCP 47 tag; :class:`RenderError` when none is installed."""
        return choose_voice(language, self.voices(), engine=self.name)


def choose_voice(language: str, voices: Iterable[Voice], *, engine: str) -> str:
    """Pick the best voice: exact tag, then the language's main voice (``gmw/de``), then any.

    MBROLA voices are skipped: they need extra packages and speak at 16 kHz.

    >>> vs = [Voice("gmw/en-us", ("en-us",)), Voice("gmw/en", ("en-gb", "en"))]
    >>> choose_voice("en", vs, engine="x"), choose_voice("en-US", vs, engine="x")
    ('gmw/en', 'gmw/en-us')
    """
    tag = language.lower()
    primary = tag.split("-", 1)[0]
    usable = [v for v in voices if not v.id.startswith("mb/") and "mbrola" not in v.id]
    ranked: list[tuple[int, str]] = []
    for v in usable:
        langs = [lang.lower() for lang in v.languages]
        if tag in langs:
            score = 0
        elif v.id.rsplit("/", 1)[-1] == primary:
            score = 1
        elif any(lang.split("-", 1)[0] == primary for lang in langs):
            score = 2
        else:
            continue
        ranked.append((score, v.id))
    if not ranked:
        known = sorted({lang for v in usable for lang in v.languages})
        raise RenderError(
            f'No {engine} voice for language "{language}" is installed. Installed languages: '
            f"{', '.join(known) or 'none'}. Install espeak-ng's voice data "
            '(Debian: apt install espeak-ng) or pass SpeechOptions(voices={"'
            f'{primary}": "<voice id>"}}).'
        )
    return min(ranked)[1]


def _pyttsx3() -> Engine:
    from pubkit.speech.pyttsx3_engine import Pyttsx3Engine

    return Pyttsx3Engine()


def _espeak() -> Engine:
    from pubkit.speech.espeak_engine import EspeakEngine

    return EspeakEngine()


ENGINES: dict[str, Callable[[], Engine]] = {"pyttsx3": _pyttsx3, "espeak-ng": _espeak}
"""Engine factories by name."""


def get_engine(name: str) -> Engine:
    """The engine called ``name``; RenderError for an unknown name."""
    factory = ENGINES.get(name)
    if factory is None:
        raise RenderError(f'Unknown speech engine "{name}". Available: {", ".join(ENGINES)}.')
    return factory()
