"""The speech renderer on the examples: durations, sample rate, pauses, captions, chapters,
ID3 tags, normalised text, the cache after an edit, determinism and the other formats.

Every example is rendered once per module into a private cache (a cold render of both
takes a few seconds); later renders reuse the cache, which is what it is for.
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import json
import re
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import pytest

pytest.importorskip("pyttsx3")
pytest.importorskip("lameenc")
mutagen_id3 = pytest.importorskip("mutagen.id3")
mutagen_mp3 = pytest.importorskip("mutagen.mp3")
pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng not installed")

import pubkit  # noqa: E402
from pubkit.errors import RenderError  # noqa: E402
from pubkit.model import Heading, Metadata, Paragraph, Text  # noqa: E402
from pubkit.model.walk import inline_text  # noqa: E402
from pubkit.renderers import registry  # noqa: E402
from pubkit.renderers.base import Artifact  # noqa: E402
from pubkit.renderers.speech import SpeechOptions, SpeechRenderer  # noqa: E402
from pubkit.speech.audio import measure_gaps, speech_bounds  # noqa: E402
from pubkit.speech.engine import Audio  # noqa: E402
from pubkit.speech.mp3 import DECODER_DELAY  # noqa: E402
from pubkit.speech.timeline import make_timeline  # noqa: E402
from pubkit.writers.speech import script  # noqa: E402
from tests.conftest import EXAMPLES  # noqa: E402

CUE = re.compile(r"^(\S+)\n(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})\n(.+)$", re.M)


@dataclasses.dataclass
class Rendered:
    document: pubkit.Document
    artifact: Artifact
    cache: Path

    def attachment(self, name: str) -> bytes:
        return next(a.data for a in self.artifact.attachments if a.name == name)

    def cues(self, name: str = ".vtt") -> list[tuple[str, float, float, str]]:
        text = self.attachment(name).decode("utf-8")
        return [(m[1], _seconds(m[2]), _seconds(m[3]), m[4]) for m in CUE.finditer(text)]


def _speak(document: pubkit.Document, options: SpeechOptions) -> Artifact:
    """The renderer on its own: the Timeline made from the document, then encoded."""
    return SpeechRenderer().render(make_timeline(document, options.synthesis()), options)


def _seconds(clock: str) -> float:
    h, m, s = clock.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("speech-cache")


@pytest.fixture(scope="module", params=EXAMPLES, ids=[p.stem for p in EXAMPLES])
def rendered(request: pytest.FixtureRequest, cache_dir: Path) -> Rendered:
    document = pubkit.read(request.param)
    options = SpeechOptions(cache_dir=str(cache_dir))
    return Rendered(document, pubkit.render(document, "speech", options=options), cache_dir)


def _wav(rendered: Rendered) -> Audio:
    options = SpeechOptions(cache_dir=str(rendered.cache), format="wav")
    data = pubkit.render(rendered.document, "speech", options=options).data
    with wave.open(io.BytesIO(data)) as wav:
        return Audio(wav.readframes(wav.getnframes()), wav.getframerate())


def test_registered() -> None:
    assert "speech" in pubkit.renderers()
    assert isinstance(registry.get("speech"), SpeechRenderer)


def test_mp3_sample_rate_and_duration_fit_the_word_count(rendered: Rendered) -> None:
    info = mutagen_mp3.MP3(io.BytesIO(rendered.artifact.data)).info
    assert (info.sample_rate, info.channels, info.bitrate) == (22050, 1, 48000)
    words = int(rendered.artifact.info["spoken_words"])
    # 145 words a minute while speaking, slower overall because of the pauses.
    assert words / 160 * 60 < info.length < words / 90 * 60
    assert info.length == pytest.approx(float(rendered.artifact.info["duration_s"]), abs=0.1)


def test_no_silence_longer_than_two_seconds_except_at_headings(rendered: Rendered) -> None:
    audio = _wav(rendered)
    assert audio.rate == 22050
    chapter_starts = [start for _, start, _, _ in rendered.cues(".chapters.vtt")]
    cues = rendered.cues()
    for start, length in measure_gaps(audio, min_ms=2000)[:-1]:  # the last is the tail
        following = next(c for c in cues if c[1] >= start)
        assert following[1] in chapter_starts, f"{length:.2f} s of silence before {following[0]}"
    assert max(length for _, length in measure_gaps(audio, min_ms=300)[:-1]) < 2.0
    samples = audio.samples()
    assert 8000 < max(map(abs, samples)) < 32000, "silent or clipping"


def test_one_cue_per_sentence_in_order(rendered: Rendered) -> None:
    sentences = script(rendered.document)
    cues = rendered.cues()
    assert rendered.attachment(".vtt").startswith(b"WEBVTT\n")
    assert [c[0] for c in cues] == [s.id for s in sentences]
    assert [c[3] for c in cues] == [" ".join(s.text.split()) for s in sentences]
    duration = float(rendered.artifact.info["duration_s"])
    previous_end = 0.0
    for _, start, end, _ in cues:
        assert previous_end <= start < end <= duration
        previous_end = end


def test_chapter_frames_match_the_headings(rendered: Rendered) -> None:
    tags = mutagen_id3.ID3(io.BytesIO(rendered.artifact.data))
    chaps = sorted(tags.getall("CHAP"), key=lambda c: c.start_time)
    headings = [inline_text(b.content) for b in rendered.document.blocks if isinstance(b, Heading)]
    titles = [c.sub_frames["TIT2"].text[0] for c in chaps]
    assert titles == [rendered.document.metadata.title, *headings]
    (toc,) = tags.getall("CTOC")
    assert toc.child_element_ids == [c.element_id for c in chaps]
    assert toc.flags & mutagen_id3.CTOCFlags.TOP_LEVEL
    assert toc.flags & mutagen_id3.CTOCFlags.ORDERED
    assert chaps[0].start_time == 0
    for a, b in itertools.pairwise(chaps):
        assert a.start_time < a.end_time == b.start_time
    length = mutagen_mp3.MP3(io.BytesIO(rendered.artifact.data)).info.length
    assert chaps[-1].end_time / 1000 == pytest.approx(length, abs=0.15)
    chapter_cues = rendered.cues(".chapters.vtt")
    assert [c[3] for c in chapter_cues] == titles
    assert [round(c[1] * 1000) for c in chapter_cues] == [c.start_time for c in chaps]


def test_id3_tags(rendered: Rendered) -> None:
    tags = mutagen_id3.ID3(io.BytesIO(rendered.artifact.data))
    meta = rendered.document.metadata
    assert tags.version[:2] == (2, 3)
    assert tags["TIT2"].text == [meta.title]
    assert tags["TLAN"].text == ["deu"]
    assert tags["TPUB"].text == [meta.publisher]
    assert str(tags["TDRC"].text[0]).startswith(meta.date[:4] if meta.date else "")
    assert "gmw/de" in tags["TPE1"].text[0]


def test_timing_map(rendered: Rendered) -> None:
    timings = json.loads(rendered.attachment(".timings.json"))
    assert timings["sample_rate"] == 22050
    assert timings["language"] == "de"
    assert [s["id"] for s in timings["sentences"]] == [c[0] for c in rendered.cues()]
    assert all(s["start"] < s["end"] for s in timings["sentences"])
    blocks = [s["block"] for s in timings["sentences"]]
    assert blocks[0] is None  # the title
    assert blocks[1:] == sorted(blocks[1:])
    assert set(blocks[1:]) <= set(range(len(rendered.document.blocks)))


CORONA_SPOKEN = [
    "Ab Montag, neunundzwanzigsten November zweitausendeinundzwanzig, öffnen",
    "täglich rund tausend Impftermine",
    "am vierundzwanzigsten November zweitausendeinundzwanzig beschlossen",
    "bis zum dritten März zweitausendzweiundzwanzig",
    "Wer zum Beispiel im Juni",
    "Montag bis Freitag neun bis siebzehn Uhr",
    "Montag bis Samstag sieben bis sechzehn Uhr dreißig",
    "Eingang Nummer zwei",
    "Telefon null zwei eins eins, acht neun, neun sechs null neun null",
    "Die Ständige Impfkommission am Robert Koch-Institut",
]
HELDEN_SPOKEN = [
    "Burkhard Hinntsche (links) und Amtsleiter",
    "Eine von rund tausend Auszeichnungen",
    "rund dreihundertfünfzig Millionen Quellen",
    "weh weh weh Punkt düsseldorf Punkt de Schrägstrich corona",
    "das F A Z-Institut",  # spelled in a compound, as people say it
]


def test_numbers_and_abbreviations_are_expanded_in_the_spoken_text(rendered: Rendered) -> None:
    spoken = " ".join(
        s["spoken"] for s in json.loads(rendered.attachment(".timings.json"))["sentences"]
    )
    expected = CORONA_SPOKEN if "corona" in (rendered.document.source or "") else HELDEN_SPOKEN
    for phrase in expected:
        assert phrase in spoken
    assert not re.search(r"(?<![A-Z])\d", spoken), "digits left for the engine (FFP2 may stay)"
    assert not re.search(r"\b(?:z\. ?B|Nr|Tel|ca)\.", spoken)


def test_english_passage_is_spoken_with_an_english_voice(rendered: Rendered) -> None:
    timings = json.loads(rendered.attachment(".timings.json"))
    langs = {s["lang"] for s in timings["sentences"]}
    if "corona" in (rendered.document.source or ""):
        assert "en" in langs


def test_cache_hit_after_a_one_sentence_edit(rendered: Rendered) -> None:
    options = SpeechOptions(cache_dir=str(rendered.cache))
    again = _speak(rendered.document, options)
    assert again.info["synthesised"] == 0
    assert again.data == rendered.artifact.data  # deterministic
    assert again.attachments == rendered.artifact.attachments
    blocks = list(rendered.document.blocks)
    index = next(
        i
        for i, b in enumerate(blocks)
        if isinstance(b, Paragraph) and isinstance(b.content[0], Text)
    )
    paragraph = blocks[index]
    assert isinstance(paragraph, Paragraph)
    assert isinstance(paragraph.content[0], Text)
    first = Text(text="Ganz neu: " + paragraph.content[0].text)
    blocks[index] = dataclasses.replace(paragraph, content=(first, *paragraph.content[1:]))
    edited = dataclasses.replace(rendered.document, blocks=tuple(blocks))
    changed = _speak(edited, options)
    assert changed.info["synthesised"] == 1
    assert changed.info["cached"] == sum(len(s.parts) for s in script(edited)) - 1


def test_wav_and_ogg_opus(rendered: Rendered) -> None:
    duration = float(rendered.artifact.info["duration_s"])
    wav = _wav(rendered)
    # One layout for every format: the WAV is as long as the MP3's frames.
    assert wav.duration == pytest.approx(duration, abs=0.006)
    oggopus = pytest.importorskip("mutagen.oggopus")
    options = SpeechOptions(cache_dir=str(rendered.cache), format="ogg")
    ogg = _speak(rendered.document, options)
    assert ogg.data[:4] == b"OggS"
    assert ogg.suffix == ".ogg"
    assert ogg.media_type == "audio/ogg"
    assert oggopus.OggOpus(io.BytesIO(ogg.data)).info.length == pytest.approx(
        wav.duration, abs=0.05
    )


def test_espeak_program_engine(tmp_path: Path) -> None:
    doc = pubkit.read_markdown("---\ntitle: Kurz\nlang: de\n---\nEin Satz am 3. März.\n")
    artifact = _speak(doc, SpeechOptions(engine="espeak-ng", cache_dir=str(tmp_path)))
    assert artifact.info["engine"].startswith("espeak-ng")
    assert artifact.info["sentences"] == 2


def test_no_voice_for_the_language_is_a_clear_error(tmp_path: Path) -> None:
    doc = pubkit.Document(metadata=Metadata(title="nuqneH", language="tlh"), blocks=())
    with pytest.raises(RenderError, match=r'No pyttsx3 voice for language "tlh".*SpeechOptions'):
        _speak(doc, SpeechOptions(cache_dir=str(tmp_path)))


def test_nothing_printed_while_rendering(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    doc = pubkit.read_markdown(
        "---\ntitle: Still\nlang: de\n---\nKein Wort auf stdout. Wirklich keins.\n"
    )
    _speak(doc, SpeechOptions(cache_dir=str(tmp_path)))
    assert capfd.readouterr().out == ""


def test_processes_rendering_at_once_share_the_cache(tmp_path: Path) -> None:
    code = (
        "import pubkit, sys\n"
        "from pubkit.renderers.speech import SpeechOptions\n"
        "doc = pubkit.read(sys.argv[1])\n"
        "a = pubkit.render(doc, 'speech', options=SpeechOptions(cache_dir=sys.argv[2]))\n"
        "print(a.info['sentences'])\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(EXAMPLES[0]), str(tmp_path)], stdout=subprocess.PIPE
        )
        for _ in range(3)
    ]
    outputs = [p.communicate(timeout=120)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert len(set(outputs)) == 1
    assert outputs[0].strip().isdigit()
    assert not list(tmp_path.rglob(".tmp-*"))


def test_english_notice(tmp_path: Path) -> None:
    doc = pubkit.read_markdown(
        "---\ntitle: Town hall open\nlang: en-GB\npublisher: City of Düsseldorf\n---\n"
        "## Opening hours\n\nFrom 24 November 2026 the town hall opens at 9am, e.g. for passports.\n"
    )
    artifact = _speak(doc, SpeechOptions(cache_dir=str(tmp_path)))
    tags = mutagen_id3.ID3(io.BytesIO(artifact.data))
    assert tags["TLAN"].text == ["eng"]
    assert tags["CTOC:toc"].sub_frames["TIT2"].text == ["Contents"]
    assert artifact.info["voice"] == "gmw/en"
    spoken = [s["spoken"] for s in json.loads(artifact.attachments[2].data)["sentences"]]
    assert spoken[-1] == (
        "From the twenty-fourth of November twenty twenty-six the town hall opens at nine a m, "
        "for example for passports."
    )


# --- MP3 segments: timing in the decoded audio -------------------------------------------

ONSET_TOLERANCE = 0.030
"""A cue may start this far (seconds) from the first sample of speech in the decoded MP3."""
JOIN_TOLERANCE = 0.060
"""A silence in the decoded MP3 may differ this much from the same silence in the WAV."""


def _sox_reads_mp3() -> bool:
    if shutil.which("sox") is None:
        return False
    help_text = subprocess.run(["sox", "-h"], capture_output=True, text=True, check=False).stdout
    formats = help_text.split("AUDIO FILE FORMATS:", 1)[-1].split("\n", 1)[0]
    return "mp3" in formats.split()


needs_sox = pytest.mark.skipif(not _sox_reads_mp3(), reason="sox with MP3 support not installed")


def _decode(mp3: bytes, tmp_path: Path) -> Audio:
    """16-bit mono PCM of the whole MP3 (libmad through sox; it keeps the decoder delay)."""
    path = tmp_path / "decode.mp3"
    path.write_bytes(mp3)
    raw = subprocess.run(
        ["sox", "-t", "mp3", str(path), "-t", "raw", "-e", "signed", "-b", "16", "-c", "1", "-"],
        capture_output=True,
        check=True,
    ).stdout
    return Audio(raw, 22050)


def _onset_errors(artifact: Artifact, decoded: Audio) -> list[float]:
    """Per cue: (first sample of speech after the preceding silence) − cue start, seconds.

    The search starts halfway through the silence before the cue, so it finds the first
    sample at or above the silence level (−40 dBFS) where the speech really begins.
    """
    timings = json.loads(next(a.data for a in artifact.attachments if a.name == ".timings.json"))
    errors, previous_end = [], 0.0
    for sentence in timings["sentences"]:
        start, end = sentence["start"], sentence["end"]
        lo = int((previous_end + start) / 2 * decoded.rate)
        bounds = speech_bounds(decoded.pcm[2 * lo :])
        assert bounds is not None, sentence["id"]
        errors.append((lo + bounds[0]) / decoded.rate - start)
        previous_end = end
    return errors


def _edit(document: pubkit.Document, marks: dict[int, str]) -> pubkit.Document:
    """``document`` with the first sentence of the n-th paragraphs (``marks`` keys) changed."""
    blocks = list(document.blocks)
    paragraphs = [
        i
        for i, b in enumerate(blocks)
        if isinstance(b, Paragraph) and isinstance(b.content[0], Text)
    ]
    for n, mark in marks.items():
        paragraph = blocks[paragraphs[n]]
        assert isinstance(paragraph, Paragraph)
        assert isinstance(paragraph.content[0], Text)
        first = Text(text=mark + paragraph.content[0].text)
        blocks[paragraphs[n]] = dataclasses.replace(
            paragraph, content=(first, *paragraph.content[1:])
        )
    return dataclasses.replace(document, blocks=tuple(blocks))


@needs_sox
def test_cues_start_where_the_speech_starts_in_the_decoded_mp3(
    rendered: Rendered, tmp_path: Path
) -> None:
    """The module's first render of each example is cold: every segment encoded fresh."""
    errors = _onset_errors(rendered.artifact, _decode(rendered.artifact.data, tmp_path))
    assert max(map(abs, errors)) <= ONSET_TOLERANCE, errors


@needs_sox
def test_cached_and_fresh_segments_mixed(rendered: Rendered, tmp_path: Path) -> None:
    edited = _edit(rendered.document, {0: "Zeittest eins: ", 2: "Zeittest zwei: "})
    options = SpeechOptions(cache_dir=str(rendered.cache))
    mixed = _speak(edited, options)
    assert mixed.info["synthesised"] == 2
    assert 2 <= int(mixed.info["mp3_segments_encoded"]) <= 4  # the edited ones (+ the next)
    assert int(mixed.info["mp3_segments_cached"]) >= int(mixed.info["sentences"]) - 4
    decoded = _decode(mixed.data, tmp_path)
    errors = _onset_errors(mixed, decoded)
    assert max(map(abs, errors)) <= ONSET_TOLERANCE, errors

    # The same document with every MP3 segment encoded afresh (same sentence audio: pyttsx3
    # varies by a few ms between calls, so the WAVs are copied and only those).
    fresh = tmp_path / "fresh"
    for wav in rendered.cache.rglob("*.wav"):
        target = fresh / wav.relative_to(rendered.cache)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(wav, target)
    cold = _speak(edited, SpeechOptions(cache_dir=str(fresh)))
    assert cold.info["mp3_segments_cached"] == 0
    assert cold.info["synthesised"] == 0
    assert cold.attachments == mixed.attachments  # same cues, chapters, timing map
    assert cold.data == mixed.data
    assert _decode(cold.data, tmp_path).pcm == decoded.pcm


def test_edited_render_equals_a_cold_render_with_the_espeak_program(tmp_path: Path) -> None:
    """The ``espeak-ng`` engine is bit-exact: a truly cold render (synthesis and encoding)."""
    text = (
        "---\ntitle: Kurz\nlang: de\n---\n## Erster Teil\n\nEin Satz am 3. März. Noch einer.\n\n"
        "## Zweiter Teil\n\nDer dritte Satz. Und der vierte.\n"
    )
    edited_text = text.replace("Noch einer.", "Noch einer, nun geändert.")
    options = SpeechOptions(engine="espeak-ng", cache_dir=str(tmp_path / "a"))
    _speak(pubkit.read_markdown(text), options)
    mixed = _speak(pubkit.read_markdown(edited_text), options)
    assert mixed.info["synthesised"] == 1
    assert mixed.info["mp3_segments_encoded"] == 1
    cold = _speak(
        pubkit.read_markdown(edited_text),
        SpeechOptions(engine="espeak-ng", cache_dir=str(tmp_path / "b")),
    )
    assert cold.info["mp3_segments_cached"] == 0
    assert cold.data == mixed.data
    assert cold.attachments == mixed.attachments


@needs_sox
def test_no_extra_silence_at_segment_joins(rendered: Rendered, tmp_path: Path) -> None:
    """Every silence of the decoded MP3 is the WAV's (same layout, no encoding) within 60 ms,
    and the WAV's silences between sentences are the chosen pauses plus the trim margins."""
    decoded = _decode(rendered.artifact.data, tmp_path)
    wav = _wav(rendered)
    shift = DECODER_DELAY / wav.rate
    mp3_gaps = measure_gaps(decoded, min_ms=150)
    wav_gaps = measure_gaps(wav, min_ms=150)
    assert len(mp3_gaps) == len(wav_gaps)
    for (mp3_start, mp3_length), (wav_start, wav_length) in zip(
        mp3_gaps[:-1], wav_gaps[:-1], strict=True
    ):
        assert mp3_start == pytest.approx(wav_start + shift, abs=JOIN_TOLERANCE)
        assert mp3_length == pytest.approx(wav_length, abs=JOIN_TOLERANCE)
    options = SpeechOptions(cache_dir=str(rendered.cache), format="wav")
    wav_artifact = _speak(rendered.document, options)
    cues = json.loads(wav_artifact.attachments[2].data)["sentences"]
    for sentence, before, cue in zip(script(rendered.document)[1:], cues, cues[1:], strict=False):
        silence = cue["start"] - before["end"]
        # pause ± half a frame (13 ms), plus up to 80 ms kept after and 40 ms before speech
        assert -0.015 <= silence - sentence.pause_before / 1000 <= 0.135, sentence.id
