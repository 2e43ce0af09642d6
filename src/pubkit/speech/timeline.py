"""The audio timeline: the speech ``Script`` synthesised and laid out, made once per build.

::

    Script (sentences with ids) ──engine, through the cache──▶ Timeline
        audio (MP3 frames or PCM) · one Cue per sentence · Chapters at headings · duration

The timeline is a row of segments, one per sentence (its pause, then its audio) plus the
closing silence, laid out by :func:`pubkit.speech.mp3.plan_segment`. For MP3 each segment
is an independently encoded stream, cached under the hash of its PCM, so after an edit
only the changed sentence is synthesised *and* encoded; fresh segments are encoded on a
thread pool while the next sentences are synthesised. Cue, chapter and timing-map times
are where the speech starts and stops in the decoded audio (the MP3's frames counted,
its decoder delay included).

Consumers read the same Timeline: the ``speech`` renderer encodes and tags it (MP3, WAV,
Ogg, captions, chapters, timing map); EPUB media overlays and a DAISY book are further ones.
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pubkit.errors import RenderError
from pubkit.limits import check_audio_length
from pubkit.model import Document, Metadata
from pubkit.model.lang import primary_language
from pubkit.speech.audio import join, resample, speech_bounds, trim_with_bounds
from pubkit.speech.cache import SpeechCache, default_cache_dir
from pubkit.speech.captions import Chapter, Cue
from pubkit.speech.engine import Audio, Engine, get_engine
from pubkit.speech.mp3 import (
    DECODER_DELAY,
    QUALITY,
    Segment,
    count_frames,
    encode_segment,
    encoder_version,
    frame_samples,
    plan_segment,
    segment_key,
)
from pubkit.speech.synthesis import Synthesis  # its home is light; kept importable here
from pubkit.writers.speech import Sentence, script

__all__ = ["Synthesis", "Timeline", "VoiceFallbackWarning", "make_timeline"]

_TAIL_MS = 600
_LAYOUT_FORMAT = 2  # bump when the layout record changes


class VoiceFallbackWarning(UserWarning):
    """A language run is read with the document's voice because its own is not installed."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Timeline:
    """A document's narration: the audio and where each sentence and chapter is heard."""

    metadata: Metadata
    """The narrated document's metadata (title, language, publisher… for the tags)."""
    sentences: tuple[Sentence, ...]
    """The speech ``Script``: ids shared with the cues."""
    cues: tuple[Cue, ...]
    """One per sentence, in order, in seconds of the decoded audio."""
    chapters: tuple[Chapter, ...]
    data: bytes
    """MP3 frames without tags (``encoding="mp3"``) or 16-bit mono PCM."""
    encoding: Literal["mp3", "pcm"]
    rate: int
    duration: float
    """Seconds: the MP3's frames, or the PCM."""
    voice: str
    """The voice of the document's language."""
    info: Mapping[str, str | int | float] = field(default_factory=dict)
    """Engine version and cache figures, for the report."""


def make_timeline(
    document: Document, synthesis: Synthesis, *, sentences: tuple[Sentence, ...] | None = None
) -> Timeline:
    """Synthesise ``document``'s script and lay it out; raises RenderError when it says nothing.

    ``sentences``: the document's Script when the caller already has it (the pipeline does).
    """
    if not 60 <= synthesis.rate <= 400:
        raise RenderError(
            f"Speaking rate {synthesis.rate} is out of range: use 60–400 words per minute."
        )
    engine = get_engine(synthesis.engine)
    folder = None
    if synthesis.cache:
        folder = (
            Path(synthesis.cache_dir).expanduser() if synthesis.cache_dir else default_cache_dir()
        )
    cache = SpeechCache(folder)
    synth = _Synthesizer(engine, cache, synthesis, document.metadata.language)
    if sentences is None:
        sentences = script(document)
    if not sentences:
        raise RenderError("The document has nothing to say: no title and no text.")
    check_audio_length(
        sum(len(s.text) for s in sentences),
        sum(s.pause_before for s in sentences),
        rate=synthesis.rate,
        source=document.source,
    )
    line = synth.timeline(sentences, mp3=synthesis.encoding == "mp3")
    cache.prune_if_grown()  # bounded: the least recently used sentences go first
    cues, duration = line.cues, line.duration
    language = document.metadata.language
    return Timeline(
        metadata=document.metadata,
        sentences=sentences,
        cues=tuple(cues),
        chapters=tuple(_chapters(sentences, cues, duration)),
        data=line.data,
        encoding=synthesis.encoding,
        rate=line.rate,
        duration=duration,
        voice=synth.voice(language),
        info={
            "engine": engine.version(),
            "synthesised": cache.misses,
            "cached": cache.hits,
            "mp3_segments_encoded": cache.segment_misses,
            "mp3_segments_cached": cache.segment_hits,
            "voice_fallbacks": ", ".join(synth.fallbacks),
        },
    )


class _Synthesizer:
    """Sentence audio through the cache, and the timeline of the whole document."""

    def __init__(
        self, engine: Engine, cache: SpeechCache, options: Synthesis, language: str
    ) -> None:
        self.language = language
        self.fallbacks: list[str] = []
        self.engine = engine
        self.cache = cache
        self.options = options
        self.version = engine.version()
        self.overrides = {primary_language(k): v for k, v in options.voices}
        self.voices: dict[str, str] = {}
        self.ahead: dict[str, Future[Audio]] = {}

    def voice(self, language: str) -> str:
        """The voice for ``language``; the document's voice when none is installed for it.

        A passage in a language without a voice is read with the document's voice and a
        :class:`VoiceFallbackWarning`: the notice is still published. Only a missing voice
        for the document's own language is an error.
        """
        if language not in self.voices:
            override = self.overrides.get(primary_language(language))
            try:
                self.voices[language] = override or self.engine.voice_for(language)
            except RenderError:
                if primary_language(language) == primary_language(self.language):
                    raise
                fallback = self.voice(self.language)
                warnings.warn(
                    f'No {self.engine.name} voice for language "{language}": read with the '
                    f"document's voice {fallback} instead. Install the voice or set "
                    f'SpeechOptions(voices={{"{primary_language(language)}": "<voice id>"}}).',
                    VoiceFallbackWarning,
                    stacklevel=2,
                )
                self.fallbacks.append(f"{language}->{fallback}")
                self.voices[language] = fallback
        return self.voices[language]

    def key(self, text: str, voice: str) -> str:
        return SpeechCache.key(
            text=text,
            voice=voice,
            rate=self.options.rate,
            engine=self.engine.name,
            version=self.version,
        )

    def part(self, text: str, language: str) -> tuple[Audio, tuple[int, int] | None]:
        """A language run's trimmed audio and where its speech is in it."""
        voice = self.voice(language)
        key = self.key(text, voice)
        ahead = self.ahead.pop(key, None)
        if ahead is not None:  # synthesised (and stored) ahead because the cache lacks it
            self.cache.misses += 1
            audio = ahead.result()
        else:
            cached = self.cache.get(key)
            if cached is None:
                cached = self.engine.synthesize(text, voice=voice, rate=self.options.rate)
                self.cache.put(key, cached)
            audio = cached
        return trim_with_bounds(audio)

    def synthesise_ahead(self, sentences: tuple[Sentence, ...], pool: ThreadPoolExecutor) -> None:
        """Start every language run missing from the cache (engines that allow it)."""
        for sentence in sentences:
            for part in sentence.parts:
                voice = self.voice(part.lang)
                key = self.key(part.text, voice)
                if key not in self.ahead and not self.cache.has(key):
                    self.ahead[key] = pool.submit(self.synthesise_and_store, part.text, voice, key)

    def synthesise_and_store(self, text: str, voice: str, key: str) -> Audio:
        """One language run synthesised and stored (on the synthesis thread, so the file
        write overlaps the main thread's trimming and hashing)."""
        audio = self.engine.synthesize(text, voice=voice, rate=self.options.rate)
        self.cache.put(key, audio)
        return audio

    def timeline(self, sentences: tuple[Sentence, ...], *, mp3: bool) -> _Line:
        """The sentences laid out in segments: MP3 frames (``mp3``) or PCM, and the cues.

        Segment *i* takes ``span`` samples; its audio starts ``offset`` samples in. MP3
        segments come from the cache or are encoded on a thread pool while the next
        sentences are synthesised, and their real frame counts give the timeline.
        """
        rate = 0
        placed: list[tuple[Sentence | None, Audio | None, _Speech, Segment]] = []
        keys: list[str] = []
        segments: dict[str, Future[_Encoded] | _Encoded] = {}
        pool: ThreadPoolExecutor | None = None
        workers = os.cpu_count() or 1
        # An engine that synthesises one run at a time still works ahead in one thread, so
        # trimming, hashing and caching here overlap with its synthesis.
        synth_pool = ThreadPoolExecutor(max_workers=workers if self.engine.concurrent else 1)
        try:
            known = self.known_layouts(sentences) if mp3 else {}
            # Their language runs are served from the cache without reading the audio.
            self.cache.hits += sum(len(s.parts) for s in sentences if s.id in known)
            if synth_pool is not None:
                missing = tuple(s for s in sentences if s.id not in known)
                self.synthesise_ahead(missing, synth_pool)
            for sentence in (*sentences, None):
                layout = known.get(sentence.id) if sentence is not None else None
                if layout is not None:  # an unchanged sentence: no audio needed at all
                    record, data, count = layout
                    rate = rate or int(record["rate"])
                    segment = plan_segment(
                        rate * sentence.pause_before // 1000 if sentence else 0,
                        int(record["frames"]),
                        rate,
                    )
                    speech = _Speech(int(record["onset"]), int(record["end"]))
                    placed.append((sentence, None, speech, segment))
                    keys.append(str(record["segment"]))
                    segments.setdefault(str(record["segment"]), _Encoded(data, count))
                    continue
                found: tuple[int, int] | None = None
                if sentence is None:
                    audio, pause = Audio(b"", rate), _TAIL_MS
                else:
                    pieces = [self.part(p.text, p.lang) for p in sentence.parts]
                    audio = join([piece for piece, _ in pieces])
                    rate = rate or audio.rate
                    found = pieces[0][1] if len(pieces) == 1 and audio.rate == rate else None
                    audio, pause = resample(audio, rate), sentence.pause_before
                bounds = found or speech_bounds(audio.pcm) or (0, 0)
                segment = plan_segment(rate * pause // 1000, audio.frames, rate)
                placed.append((sentence, audio, _Speech(*bounds), segment))
                if not mp3:
                    continue
                pcm = _silence(segment.lead) + audio.pcm
                key = segment_key(pcm, rate=rate, bitrate=self.options.bitrate, quality=QUALITY)
                keys.append(key)
                record = {"rate": rate, "frames": audio.frames, "onset": bounds[0],
                          "end": bounds[1], "segment": key}  # fmt: skip
                if key not in segments:  # else the same sentence after the same pause
                    cached = self.cache.get_segment(key)
                    frames = None if cached is None else _frames_or_none(cached, rate)
                    if cached is not None and frames is not None:
                        segments[key] = _Encoded(cached, frames)
                    else:
                        if pool is None:
                            pool = ThreadPoolExecutor(max_workers=workers)
                        segments[key] = pool.submit(self.encode_segment, key, pcm, rate)
                if sentence is not None:
                    self.store_layout(self.layout_key(sentence), record, segments[key])
            encoded = {
                key: job if isinstance(job, _Encoded) else job.result()
                for key, job in segments.items()
            }
        finally:
            for executor in (synth_pool, pool):
                if executor is not None:
                    executor.shutdown(wait=True, cancel_futures=True)
            self.ahead.clear()
        out = bytearray()
        cues: list[Cue] = []
        position = DECODER_DELAY if mp3 else 0
        for index, (sentence, heard, speech, segment) in enumerate(placed):
            if mp3:
                piece = encoded[keys[index]]
                span = piece.frames * frame_samples(rate)  # LAME's frames, as encoded
                out += piece.data
            else:
                assert heard is not None  # PCM output never uses layout records
                span = segment.span
                out += _silence(segment.offset) + heard.pcm
                out += _silence(span - segment.offset - heard.frames)
            if sentence is not None:
                start = position + segment.offset
                cues.append(
                    Cue(
                        id=sentence.id,
                        text=sentence.text,
                        spoken=sentence.spoken,
                        lang=sentence.parts[0].lang,
                        block=sentence.block,
                        start=(start + speech.onset) / rate,
                        end=(start + speech.end) / rate,
                    )
                )
            position += span
        total = position - (DECODER_DELAY if mp3 else 0)
        return _Line(data=bytes(out), rate=rate, cues=cues, duration=total / rate)

    def layout_key(self, sentence: Sentence) -> str:
        """Key of a sentence's layout record: its runs' audio keys, its pause, the MP3 settings.

        The record says which MP3 segment holds the sentence and where its speech is, so an
        unchanged sentence needs neither its audio read nor its samples hashed.
        """
        parts = [self.key(p.text, self.voice(p.lang)) for p in sentence.parts]
        payload = [_LAYOUT_FORMAT, parts, sentence.pause_before, self.options.bitrate, QUALITY]
        payload.append(encoder_version())
        return hashlib.sha256(json.dumps(payload).encode("utf-8")).hexdigest()

    def known_layouts(
        self, sentences: tuple[Sentence, ...]
    ) -> dict[str, tuple[dict[str, int | str], bytes, int]]:
        """The sentences whose layout record and MP3 segment are both in the cache."""
        known: dict[str, tuple[dict[str, int | str], bytes, int]] = {}
        rate = 0
        for sentence in sentences:
            record = self.cache.get_layout(self.layout_key(sentence))
            if record is None or rate not in (0, record.get("rate")):
                continue
            data = self.cache.get_segment(str(record.get("segment")))
            if data is None:
                continue
            if record.get("mp3_bytes") == len(data) and isinstance(record.get("mp3_frames"), int):
                frames: int | None = int(record["mp3_frames"])
            else:
                frames = _frames_or_none(data, int(record["rate"]))
            if frames is None:
                continue
            rate = int(record["rate"])
            known[sentence.id] = (record, data, frames)
        return known

    def store_layout(
        self, layout_key: str, record: dict[str, int | str], job: Future[_Encoded] | _Encoded
    ) -> None:
        """Store a sentence's layout record once its segment is encoded.

        The segment's frame count and size let a later render trust the file without
        parsing every frame header again. A segment still being encoded gets its record
        written by the encoding thread as soon as it is done, so a cold render does not end
        with one file write per sentence in a row.
        """

        def store(piece: _Encoded) -> None:
            self.cache.put_layout(
                layout_key, {**record, "mp3_frames": piece.frames, "mp3_bytes": len(piece.data)}
            )

        if isinstance(job, _Encoded):
            store(job)
        else:
            # Runs in the encoding thread (or here, when the job is already done); a job that
            # failed or was cancelled stores nothing, and its error is raised by result().
            job.add_done_callback(
                lambda done: None if done.cancelled() or done.exception() else store(done.result())
            )

    def encode_segment(self, key: str, pcm: bytes, rate: int) -> _Encoded:
        """Encode and store one segment (runs on the pool; lameenc releases the GIL)."""
        data = encode_segment(pcm, rate=rate, bitrate=self.options.bitrate, quality=QUALITY)
        frames = count_frames(data, rate=rate)
        self.cache.put_segment(key, data)
        return _Encoded(data, frames)


@dataclass(frozen=True, slots=True)
class _Encoded:
    """One MP3 segment: its frames and how many there are."""

    data: bytes
    frames: int


@dataclass(frozen=True, slots=True)
class _Speech:
    """Where the speech is in a sentence's (trimmed) audio: samples above the silence level."""

    onset: int
    end: int


@dataclass(frozen=True, slots=True)
class _Line:
    data: bytes
    """MP3 frames (without tags) or 16-bit PCM."""
    rate: int
    cues: list[Cue]
    duration: float
    """Seconds: the MP3's frames, or the PCM."""


def _silence(count: int) -> bytes:
    return bytes(2 * count)


def _frames_or_none(data: bytes, rate: int) -> int | None:
    """The frame count of a cached segment; None when the file is not usable MP3."""
    try:
        return count_frames(data, rate=rate)
    except RenderError:
        return None


def _chapters(sentences: tuple[Sentence, ...], cues: list[Cue], duration: float) -> list[Chapter]:
    starts = [
        (sentence, cue) for sentence, cue in zip(sentences, cues, strict=True) if sentence.chapter
    ]
    chapters: list[Chapter] = []
    for i, (sentence, cue) in enumerate(starts):
        start = 0.0 if i == 0 else cue.start
        end = starts[i + 1][1].start if i + 1 < len(starts) else duration
        chapters.append(
            Chapter(
                id=sentence.id,
                title=sentence.chapter or "",
                level=sentence.level,
                start=start,
                end=end,
            )
        )
    return chapters
