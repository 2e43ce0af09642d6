"""The ``speech`` renderer: encode and tag the audio :class:`~pubkit.speech.timeline.Timeline`.

The pipeline makes the Timeline once (``writers.speech`` decides what is said, the script
splits it into sentences with ids, an engine synthesises them through the cache, and
:mod:`pubkit.speech.timeline` lays them out). This renderer only encodes it: MP3 (ID3 tags
and chapters), WAV or Ogg/Opus, with the captions (``.vtt``), the chapters track
(``.chapters.vtt``) and the timing map (``.timings.json``) beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pubkit.errors import RenderError
from pubkit.locale import label
from pubkit.renderers.base import Artifact, Attachment, Output, Renderer

if TYPE_CHECKING:  # the speech modules (num2words, the engines) load when audio is made
    from pubkit.speech.timeline import Synthesis, Timeline, VoiceFallbackWarning

# Missing, the speech extra is MissingDependency in the registry (as when it was imported here).
if find_spec("num2words") is None:
    raise ModuleNotFoundError("No module named 'num2words'", name="num2words")

__all__ = ["SpeechOptions", "SpeechRenderer", "VoiceFallbackWarning"]


def __getattr__(name: str) -> Any:
    if name == "VoiceFallbackWarning":
        from pubkit.speech.timeline import VoiceFallbackWarning

        return VoiceFallbackWarning
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


AudioFormat = Literal["mp3", "wav", "ogg"]
_FORMATS: dict[str, tuple[str, str]] = {
    "mp3": ("audio/mpeg", ".mp3"),
    "wav": ("audio/wav", ".wav"),
    "ogg": ("audio/ogg", ".ogg"),
}


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
    name: str = "notice"
    """The audio file's stem, as the timing map names it (``notice`` → ``notice.mp3``)."""

    def synthesis(self) -> Synthesis:
        """The Timeline these options need: PCM for WAV and Ogg, MP3 frames for MP3."""
        from pubkit.speech.synthesis import Synthesis

        return Synthesis(
            engine=self.engine,
            rate=self.rate,
            voices=self.voices,
            cache_dir=self.cache_dir,
            cache=self.cache,
            encoding="mp3" if self.format == "mp3" else "pcm",
            bitrate=self.bitrate,
        )


class SpeechRenderer(Renderer["Timeline", SpeechOptions]):
    """Spoken audio of the notice (espeak-ng through pyttsx3) with WebVTT and ID3 chapters."""

    name: ClassVar[str] = "speech"
    media_type: ClassVar[str] = "audio/mpeg"
    suffix: ClassVar[str] = ".mp3"
    options_type: ClassVar[type] = SpeechOptions

    def outputs(self) -> tuple[Output[SpeechOptions], ...]:
        return (
            Output(
                format="speech",
                renderer=self.name,
                options=SpeechOptions(),
                file_name="notice.mp3",
                link="audio",
                captions="notice.vtt",
            ),
        )

    def needs_timeline(self, options: SpeechOptions) -> Synthesis:
        if options.format not in _FORMATS:
            raise RenderError(
                f'Unknown audio format "{options.format}": use {", ".join(_FORMATS)}.'
            )
        return options.synthesis()

    def preload(self) -> None:
        # the modules only: an engine (pyttsx3, espeak-ng) starts in the process that speaks
        import pubkit.speech.captions
        import pubkit.speech.tags
        import pubkit.speech.timeline  # noqa: F401

    def render(self, product: Timeline, options: SpeechOptions) -> Artifact:
        from pubkit.speech.captions import chapters_vtt, timing_map, vtt

        line = product
        expected = options.synthesis().encoding
        if line.encoding != expected:
            raise RenderError(
                f"The {options.format} output needs a {expected} timeline, not {line.encoding}."
            )
        language = line.metadata.language
        media_type, suffix = _FORMATS[options.format]
        attachments = (
            Attachment(
                name=".vtt",
                data=vtt(list(line.cues), language=language).encode(),
                media_type="text/vtt",
            ),
            Attachment(
                name=".chapters.vtt",
                data=chapters_vtt(list(line.chapters), language=language).encode(),
                media_type="text/vtt",
            ),
            Attachment(
                name=".timings.json",
                data=timing_map(
                    list(line.cues),
                    list(line.chapters),
                    duration=line.duration,
                    sample_rate=line.rate,
                    language=language,
                    audio=options.name + suffix,
                ).encode(),
                media_type="application/json",
            ),
        )
        words = sum(len(s.spoken.split()) for s in line.sentences)
        return Artifact(
            data=self.encode(line, options),
            media_type=media_type,
            suffix=suffix,
            attachments=attachments,
            info={
                "duration_s": round(line.duration, 2),
                "sample_rate": line.rate,
                "sentences": len(line.sentences),
                "chapters": len(line.chapters),
                "spoken_words": words,
                "spoken_words_per_minute": round(words / (line.duration / 60), 1),
                "voice": line.voice,
                **line.info,
            },
        )

    def encode(self, line: Timeline, options: SpeechOptions) -> bytes:
        from pubkit.speech.audio import encode_wav
        from pubkit.speech.engine import Audio
        from pubkit.speech.tags import Tags, tag_mp3

        meta = line.metadata
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
            narrator=f"espeak-ng ({line.voice})",
            contents_title=label(meta.language, "contents"),
        )
        return tag_mp3(line.data, tags, list(line.chapters))
