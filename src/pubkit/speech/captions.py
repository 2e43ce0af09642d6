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
    return _one_item_a_line(payload)


def _one_item_a_line(payload: dict[str, object]) -> str:
    """JSON with each key, and each sentence or chapter, on a line of its own.

    As readable as ``indent=2`` for a person checking a timing, and written by the C
    encoder: ``indent`` switches json to its pure-Python encoder, 5 ms for a notice.
    """
    lines = []
    for key, value in payload.items():
        name = json.dumps(key)
        if isinstance(value, list):
            items = ",\n".join(f"    {json.dumps(item, ensure_ascii=False)}" for item in value)
            lines.append(f"  {name}: [\n{items}\n  ]" if value else f"  {name}: []")
        else:
            lines.append(f"  {name}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"
