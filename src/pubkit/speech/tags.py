"""ID3v2.3 tags for the MP3: title, publisher, narrator voice, language, date and chapters.

Chapters follow the ID3v2 Chapter Frame Addendum: one ``CHAP`` per heading (start/end in
milliseconds, an embedded ``TIT2`` with the heading text) and one top-level, ordered
``CTOC`` listing them, so players can skip between sections.
"""

from __future__ import annotations

import importlib
import io
from dataclasses import dataclass
from typing import Any

from pubkit.errors import MissingDependency
from pubkit.i18n import _
from pubkit.speech.captions import Chapter

__all__ = ["Tags", "iso639_2", "tag_mp3"]

_ISO639_2 = {"de": "deu", "en": "eng", "fr": "fra", "tr": "tur", "ar": "ara", "es": "spa",
             "it": "ita", "pl": "pol", "ru": "rus", "uk": "ukr", "nl": "nld"}  # fmt: skip


def iso639_2(tag: str) -> str:
    """ISO 639-2 code for TLAN: ``de-DE`` → ``deu``; unknown languages give ``und``."""
    return _ISO639_2.get(tag.split("-", 1)[0].lower(), "und")


@dataclass(frozen=True, slots=True, kw_only=True)
class Tags:
    title: str
    language: str
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    narrator: str = ""
    contents_title: str = "Inhalt"


def tag_mp3(mp3: bytes, tags: Tags, chapters: list[Chapter]) -> bytes:
    """``mp3`` with an ID3v2.3 tag in front."""
    try:
        # mutagen's frame classes are untyped; keep them behind one Any-typed module.
        m: Any = importlib.import_module("mutagen.id3")
    except ImportError as exc:
        raise MissingDependency(
            _("MP3 tags need mutagen: {fix}").format(fix='pip install "pubkit-a11y[speech]"')
        ) from exc
    id3 = m.ID3()
    id3.add(m.TIT2(encoding=3, text=[tags.title]))
    id3.add(m.TALB(encoding=3, text=[tags.title]))
    id3.add(m.TLAN(encoding=3, text=[iso639_2(tags.language)]))
    if tags.narrator:
        id3.add(m.TPE1(encoding=3, text=[tags.narrator]))
    if tags.authors:
        id3.add(m.TPE2(encoding=3, text=["; ".join(tags.authors)]))
    if tags.publisher:
        id3.add(m.TPUB(encoding=3, text=[tags.publisher]))
    if tags.date:
        id3.add(m.TDRC(encoding=3, text=[tags.date]))
    ids = [f"chp{i}" for i in range(len(chapters))]
    if chapters:
        id3.add(
            m.CTOC(
                element_id="toc",
                flags=m.CTOCFlags.TOP_LEVEL | m.CTOCFlags.ORDERED,
                child_element_ids=ids,
                sub_frames=[m.TIT2(encoding=3, text=[tags.contents_title])],
            )
        )
    for element_id, chapter in zip(ids, chapters, strict=True):
        id3.add(
            m.CHAP(
                element_id=element_id,
                start_time=round(chapter.start * 1000),
                end_time=round(chapter.end * 1000),
                start_offset=0xFFFFFFFF,
                end_offset=0xFFFFFFFF,
                sub_frames=[m.TIT2(encoding=3, text=[chapter.title])],
            )
        )
    buffer = io.BytesIO()  # the tag alone: mutagen would otherwise move every MP3 byte
    id3.save(buffer, v2_version=3, padding=lambda info: 0)
    return buffer.getvalue() + mp3
