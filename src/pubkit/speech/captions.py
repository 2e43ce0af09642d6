"""The timeline of a rendering: WebVTT captions, a chapters track and the JSON timing map."""

from __future__ import annotations

import json
from dataclasses import dataclass

__all__ = ["Chapter", "Cue", "chapters_vtt", "timing_map", "vtt"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Cue:
    """Where one sentence is heard, in seconds."""

    id: str
    text: str
    spoken: str
    lang: str
    start: float
    end: float
    block: int | None = None
    """Index in ``Document.blocks`` of the block the sentence belongs to; None for the title."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Chapter:
    """A section of the audio that starts at a heading (or the title)."""

    id: str
    title: str
    level: int
    start: float
    end: float


def _clock(seconds: float) -> str:
    ms = round(seconds * 1000)
    hours, ms = divmod(ms, 3_600_000)
    minutes, ms = divmod(ms, 60_000)
    secs, ms = divmod(ms, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{ms:03d}"


def _escape(text: str) -> str:
    text = " ".join(text.split())
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def vtt(cues: list[Cue], *, language: str) -> str:
    """WebVTT with one cue per sentence; the cue text is the written sentence."""
    lines = ["WEBVTT", ""]
    for cue in cues:
        lines += [cue.id, f"{_clock(cue.start)} --> {_clock(cue.end)}", _escape(cue.text), ""]
    return "\n".join(lines)


def chapters_vtt(chapters: list[Chapter], *, language: str) -> str:
    """A WebVTT ``kind="chapters"`` track: one cue per heading, at the CHAP times."""
    lines = ["WEBVTT", ""]
    for chapter in chapters:
        lines += [
            chapter.id,
            f"{_clock(chapter.start)} --> {_clock(chapter.end)}",
            _escape(chapter.title),
            "",
        ]
    return "\n".join(lines)


def timing_map(
    cues: list[Cue],
    chapters: list[Chapter],
    *,
    duration: float,
    sample_rate: int,
    language: str,
    audio: str,
) -> str:
    """The JSON map for EPUB media overlays: sentence id, text, start and end in seconds."""
    payload = {
        "pubkit-speech-timings": 1,
        "audio": audio,
        "language": language,
        "duration": round(duration, 3),
        "sample_rate": sample_rate,
        "sentences": [
            {
                "id": c.id,
                "text": c.text,
                "spoken": c.spoken,
                "lang": c.lang,
                "block": c.block,
                "start": round(c.start, 3),
                "end": round(c.end, 3),
            }
            for c in cues
        ],
        "chapters": [
            {
                "id": ch.id,
                "title": ch.title,
                "level": ch.level,
                "start": round(ch.start, 3),
                "end": round(ch.end, 3),
            }
            for ch in chapters
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
