"""The ``speech`` renderer: the notice read aloud, with captions, chapters and a timing map.

Pipeline: ``writers.speech`` decides what is said (utterances), ``speech.script`` splits
it into sentences and normalises each language run, an engine synthesises every run
(through the cache), and this module lays the sentences out on one timeline with pauses,
encodes MP3 (ID3 tags and chapters), WAV or Ogg/Opus, and writes the captions
(``.vtt``), the chapters track (``.chapters.vtt``) and the timing map (``.timings.json``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar, Literal

from pubkit.errors import RenderError
from pubkit.locale import label
from pubkit.model import Document
from pubkit.model.lang import primary_language
from pubkit.renderers.base import Artifact, Attachment, Renderer
from pubkit.speech.audio import encode_mp3, encode_wav, join, resample, silence, trim
from pubkit.speech.cache import SpeechCache, default_cache_dir
from pubkit.speech.captions import Chapter, Cue, chapters_vtt, timing_map, vtt
from pubkit.speech.engine import Audio, Engine, get_engine
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
_MP3_DELAY = 1105  # LAME encoder delay (576) plus decoder delay (529), in samples


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
        audio, cues = synth.timeline(sentences)
        if options.format == "mp3":
            # LAME puts 1105 samples before the audio and lameenc writes no gapless header,
            # so every player starts the speech that much later: shift the timeline to match.
            delay = _MP3_DELAY / audio.rate
            cues = [replace(c, start=c.start + delay, end=c.end + delay) for c in cues]
        duration = audio.duration + (_MP3_DELAY / audio.rate if options.format == "mp3" else 0)
        chapters = _chapters(sentences, cues, duration)
        language = document.metadata.language
        media_type, suffix = _FORMATS[options.format]
        data = self.encode(audio, document, options, chapters, synth.voice(language))
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
                    sample_rate=audio.rate,
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
                "sample_rate": audio.rate,
                "sentences": len(sentences),
                "chapters": len(chapters),
                "spoken_words": words,
                "spoken_words_per_minute": round(words / (duration / 60), 1),
                "engine": engine.version(),
                "voice": synth.voice(language),
                "synthesised": cache.misses,
                "cached": cache.hits,
            },
        )

    def encode(
        self,
        audio: Audio,
        document: Document,
        options: SpeechOptions,
        chapters: list[Chapter],
        voice: str,
    ) -> bytes:
        meta = document.metadata
        if options.format == "wav":
            return encode_wav(audio)
        if options.format == "ogg":
            from pubkit.speech.opus import encode_ogg_opus

            return encode_ogg_opus(audio, title=meta.title, language=meta.language)
        tags = Tags(
            title=meta.title,
            language=meta.language,
            publisher=meta.publisher,
            authors=meta.authors,
            date=meta.date,
            narrator=f"espeak-ng ({voice})",
            contents_title=label(meta.language, "contents"),
        )
        return tag_mp3(encode_mp3(audio, bitrate=options.bitrate), tags, chapters)


class _Synthesizer:
    """Sentence audio through the cache, and the timeline of the whole document."""

    def __init__(self, engine: Engine, cache: SpeechCache, options: SpeechOptions) -> None:
        self.engine = engine
        self.cache = cache
        self.options = options
        self.version = engine.version()
        self.overrides = {primary_language(k): v for k, v in options.voices}
        self.voices: dict[str, str] = {}

    def voice(self, language: str) -> str:
        if language not in self.voices:
            override = self.overrides.get(primary_language(language))
            self.voices[language] = override or self.engine.voice_for(language)
        return self.voices[language]

    def part(self, text: str, language: str) -> Audio:
        voice = self.voice(language)
        key = SpeechCache.key(
            text=text,
            voice=voice,
            rate=self.options.rate,
            engine=self.engine.name,
            version=self.version,
        )
        audio = self.cache.get(key)
        if audio is None:
            audio = self.engine.synthesize(text, voice=voice, rate=self.options.rate)
            self.cache.put(key, audio)
        return trim(audio)

    def timeline(self, sentences: tuple[Sentence, ...]) -> tuple[Audio, list[Cue]]:
        pieces: list[Audio] = []
        for sentence in sentences:
            pieces.append(join([self.part(p.text, p.lang) for p in sentence.parts]))
        rate = pieces[0].rate
        out = bytearray()
        cues: list[Cue] = []
        for sentence, piece in zip(sentences, pieces, strict=True):
            out += silence(sentence.pause_before, rate)
            start = len(out) // 2 / rate
            out += resample(piece, rate).pcm
            cues.append(
                Cue(
                    id=sentence.id,
                    text=sentence.text,
                    spoken=sentence.spoken,
                    lang=sentence.parts[0].lang,
                    block=sentence.block,
                    start=start,
                    end=len(out) // 2 / rate,
                )
            )
        out += silence(_TAIL_MS, rate)
        return Audio(bytes(out), rate), cues


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
