"""The ``speech`` renderer: the notice read aloud, with captions, chapters and a timing map.

Pipeline: ``writers.speech`` decides what is said (utterances), ``speech.script`` splits
it into sentences and normalises each language run, an engine synthesises every run
(through the cache), and this module lays the sentences out on one timeline with pauses,
encodes MP3 (ID3 tags and chapters), WAV or Ogg/Opus, and writes the captions
(``.vtt``), the chapters track (``.chapters.vtt``) and the timing map (``.timings.json``).

The timeline is a row of segments, one per sentence (its pause, then its audio) plus the
closing silence, laid out by :func:`pubkit.speech.mp3.plan_segment`. For MP3 each segment
is an independently encoded stream, cached under the hash of its PCM, so after an edit
only the changed sentence is synthesised *and* encoded; fresh segments are encoded on a
thread pool while the next sentences are synthesised. Cue, chapter and timing-map times
are where the speech starts and stops in the decoded audio (the MP3's frames counted,
its decoder delay included).
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Literal

from pubkit.errors import RenderError
from pubkit.limits import check_audio_length
from pubkit.locale import label
from pubkit.model import Document
from pubkit.model.lang import primary_language
from pubkit.renderers.base import Artifact, Attachment, Renderer
from pubkit.speech.audio import encode_wav, join, resample, speech_bounds, trim
from pubkit.speech.cache import SpeechCache, default_cache_dir
from pubkit.speech.captions import Chapter, Cue, chapters_vtt, timing_map, vtt
from pubkit.speech.engine import Audio, Engine, get_engine
from pubkit.speech.mp3 import (
    DECODER_DELAY,
    QUALITY,
    Segment,
    count_frames,
    encode_segment,
    frame_samples,
    plan_segment,
    segment_key,
)
from pubkit.speech.script import Sentence, script
from pubkit.speech.tags import Tags, tag_mp3

__all__ = ["SpeechOptions", "SpeechRenderer"]

AudioFormat = Literal["mp3", "wav", "ogg"]
_FORMATS: dict[str, tuple[str, str]] = {
    "mp3": ("audio/mpeg", ".mp3"),
    "wav": ("audio/wav", ".wav"),
    "ogg": ("audio/ogg", ".ogg"),
}
_TAIL_MS = 600


@dataclass(frozen=True, slots=True, kw_only=True)
class SpeechOptions:
    format: AudioFormat = "mp3"
    """``mp3`` (ID3 tags and chapters), ``wav`` or ``ogg`` (Opus)."""
    rate: int = 145
    """Words per minute. espeak-ng's default is 175; 140–150 suits older listeners."""
    bitrate: int = 48
    """MP3 bit rate in kbit/s; 48 is plenty for one voice at 22 kHz."""
    engine: str = "pyttsx3"
    """``pyttsx3`` (default) or ``espeak-ng`` (the program, one process per sentence)."""
    voices: tuple[tuple[str, str], ...] = ()
    """Voice overrides by language: ``(("de", "gmw/de"),)``; otherwise chosen by language."""
    cache_dir: str | None = None
    """Sentence audio cache; default ``$PUBKIT_SPEECH_CACHE`` or the user cache folder."""
    cache: bool = True
    """False synthesises every sentence again and stores nothing."""


class SpeechRenderer(Renderer[SpeechOptions]):
    """Spoken audio of the notice (espeak-ng through pyttsx3) with WebVTT and ID3 chapters."""

    name: ClassVar[str] = "speech"
    media_type: ClassVar[str] = "audio/mpeg"
    suffix: ClassVar[str] = ".mp3"
    options_type: ClassVar[type] = SpeechOptions

    def outputs(self) -> tuple[tuple[str, SpeechOptions], ...]:
        return (("notice.mp3", SpeechOptions()),)

    def render(self, document: Document, options: SpeechOptions) -> Artifact:
        if options.format not in _FORMATS:
            raise RenderError(
                f'Unknown audio format "{options.format}": use {", ".join(_FORMATS)}.'
            )
        if not 60 <= options.rate <= 400:
            raise RenderError(
                f"Speaking rate {options.rate} is out of range: use 60–400 words per minute."
            )
        engine = get_engine(options.engine)
        folder = None
        if options.cache:
            folder = (
                Path(options.cache_dir).expanduser() if options.cache_dir else default_cache_dir()
            )
        cache = SpeechCache(folder)
        synth = _Synthesizer(engine, cache, options)
        sentences = script(document)
        if not sentences:
            raise RenderError("The document has nothing to say: no title and no text.")
        check_audio_length(
            sum(len(s.text) for s in sentences),
            sum(s.pause_before for s in sentences),
            rate=options.rate,
            source=document.source,
        )
        line = synth.timeline(sentences, mp3=options.format == "mp3")
        cues, duration = line.cues, line.duration
        chapters = _chapters(sentences, cues, duration)
        language = document.metadata.language
        media_type, suffix = _FORMATS[options.format]
        data = self.encode(line, document, options, chapters, synth.voice(language))
        stem = f"notice{suffix}"
        attachments = (
            Attachment(
                name=".vtt", data=vtt(cues, language=language).encode(), media_type="text/vtt"
            ),
            Attachment(
                name=".chapters.vtt",
                data=chapters_vtt(chapters, language=language).encode(),
                media_type="text/vtt",
            ),
            Attachment(
                name=".timings.json",
                data=timing_map(
                    cues,
                    chapters,
                    duration=duration,
                    sample_rate=line.rate,
                    language=language,
                    audio=stem,
                ).encode(),
                media_type="application/json",
            ),
        )
        words = sum(len(s.spoken.split()) for s in sentences)
        return Artifact(
            data=data,
            media_type=media_type,
            suffix=suffix,
            attachments=attachments,
            info={
                "duration_s": round(duration, 2),
                "sample_rate": line.rate,
                "sentences": len(sentences),
                "chapters": len(chapters),
                "spoken_words": words,
                "spoken_words_per_minute": round(words / (duration / 60), 1),
                "engine": engine.version(),
                "voice": synth.voice(language),
                "synthesised": cache.misses,
                "cached": cache.hits,
                "mp3_segments_encoded": cache.segment_misses,
                "mp3_segments_cached": cache.segment_hits,
            },
        )

    def encode(
        self,
        line: _Timeline,
        document: Document,
        options: SpeechOptions,
        chapters: list[Chapter],
        voice: str,
    ) -> bytes:
        meta = document.metadata
        if options.format == "wav":
            return encode_wav(Audio(line.data, line.rate))
        if options.format == "ogg":
            from pubkit.speech.opus import encode_ogg_opus

            return encode_ogg_opus(
                Audio(line.data, line.rate), title=meta.title, language=meta.language
            )
        tags = Tags(
            title=meta.title,
            language=meta.language,
            publisher=meta.publisher,
            authors=meta.authors,
            date=meta.date,
            narrator=f"espeak-ng ({voice})",
            contents_title=label(meta.language, "contents"),
        )
        return tag_mp3(line.data, tags, chapters)


class _Synthesizer:
    """Sentence audio through the cache, and the timeline of the whole document."""

    def __init__(self, engine: Engine, cache: SpeechCache, options: SpeechOptions) -> None:
        self.engine = engine
        self.cache = cache
        self.options = options
        self.version = engine.version()
        self.overrides = {primary_language(k): v for k, v in options.voices}
        self.voices: dict[str, str] = {}
        self.ahead: dict[str, Future[Audio]] = {}

    def voice(self, language: str) -> str:
        if language not in self.voices:
            override = self.overrides.get(primary_language(language))
            self.voices[language] = override or self.engine.voice_for(language)
        return self.voices[language]

    def key(self, text: str, voice: str) -> str:
        return SpeechCache.key(
            text=text,
            voice=voice,
            rate=self.options.rate,
            engine=self.engine.name,
            version=self.version,
        )

    def part(self, text: str, language: str) -> Audio:
        voice = self.voice(language)
        key = self.key(text, voice)
        audio = self.cache.get(key)
        if audio is None:
            ahead = self.ahead.pop(key, None)
            if ahead is not None:
                audio = ahead.result()
            else:
                audio = self.engine.synthesize(text, voice=voice, rate=self.options.rate)
            self.cache.put(key, audio)
        return trim(audio)

    def synthesise_ahead(self, sentences: tuple[Sentence, ...], pool: ThreadPoolExecutor) -> None:
        """Start every language run missing from the cache (engines that allow it)."""
        for sentence in sentences:
            for part in sentence.parts:
                voice = self.voice(part.lang)
                key = self.key(part.text, voice)
                if key not in self.ahead and not self.cache.has(key):
                    self.ahead[key] = pool.submit(
                        self.engine.synthesize, part.text, voice=voice, rate=self.options.rate
                    )

    def timeline(self, sentences: tuple[Sentence, ...], *, mp3: bool) -> _Timeline:
        """The sentences laid out in segments: MP3 frames (``mp3``) or PCM, and the cues.

        Segment *i* takes ``span`` samples; its audio starts ``offset`` samples in. MP3
        segments come from the cache or are encoded on a thread pool while the next
        sentences are synthesised, and their real frame counts give the timeline.
        """
        rate = 0
        placed: list[tuple[Sentence | None, Audio, _Speech, Segment]] = []
        keys: list[str] = []
        segments: dict[str, Future[_Encoded] | _Encoded] = {}
        pool: ThreadPoolExecutor | None = None
        workers = os.cpu_count() or 1
        synth_pool = ThreadPoolExecutor(max_workers=workers) if self.engine.concurrent else None
        try:
            if synth_pool is not None:
                self.synthesise_ahead(sentences, synth_pool)
            for sentence in (*sentences, None):
                if sentence is None:
                    audio, pause = Audio(b"", rate), _TAIL_MS
                else:
                    audio = join([self.part(p.text, p.lang) for p in sentence.parts])
                    rate = rate or audio.rate
                    audio, pause = resample(audio, rate), sentence.pause_before
                bounds = speech_bounds(audio.pcm) or (0, 0)
                segment = plan_segment(rate * pause // 1000, audio.frames, rate)
                placed.append((sentence, audio, _Speech(*bounds), segment))
                if not mp3:
                    continue
                pcm = _silence(segment.lead) + audio.pcm
                key = segment_key(pcm, rate=rate, bitrate=self.options.bitrate, quality=QUALITY)
                keys.append(key)
                if key in segments:  # the same sentence after the same pause
                    continue
                cached = self.cache.get_segment(key)
                frames = None if cached is None else _frames_or_none(cached, rate)
                if cached is not None and frames is not None:
                    segments[key] = _Encoded(cached, frames)
                else:
                    if pool is None:
                        pool = ThreadPoolExecutor(max_workers=workers)
                    segments[key] = pool.submit(self.encode_segment, key, pcm, rate)
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
        for index, (sentence, audio, speech, segment) in enumerate(placed):
            if mp3:
                piece = encoded[keys[index]]
                span = piece.frames * frame_samples(rate)  # LAME's frames, as encoded
                out += piece.data
            else:
                span = segment.span
                out += _silence(segment.offset) + audio.pcm
                out += _silence(span - segment.offset - audio.frames)
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
        return _Timeline(data=bytes(out), rate=rate, cues=cues, duration=total / rate)

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
class _Timeline:
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
