"""How a script becomes audio: the settings a renderer asks the pipeline for.

A module of its own, with nothing of the speech stack behind it, so that planning a page's
read-aloud or a narrated EPUB loads no engine, encoder or cache
(:mod:`pubkit.speech.timeline` re-exports it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["Synthesis"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Synthesis:
    """How the script is turned into audio; one Timeline is made per distinct value."""

    engine: str = "pyttsx3"
    """``pyttsx3`` (default) or ``espeak-ng`` (the program, one process per sentence)."""
    rate: int = 145
    """Words per minute. espeak-ng's default is 175; 140–150 suits older listeners."""
    voices: tuple[tuple[str, str], ...] = ()
    """Voice overrides by language: ``(("de", "gmw/de"),)``; otherwise chosen by language."""
    cache_dir: str | None = None
    """Sentence audio cache; default ``$PUBKIT_SPEECH_CACHE`` or the user cache folder."""
    cache: bool = True
    """False synthesises every sentence again and stores nothing."""
    encoding: Literal["mp3", "pcm"] = "mp3"
    """``mp3``: the timeline holds MP3 frames (segments encoded and cached); ``pcm``: samples."""
    bitrate: int = 48
    """MP3 bit rate in kbit/s (``mp3`` encoding only)."""
