"""Layout records of a cold MP3 render: one per sentence, written by the encoding threads."""

from __future__ import annotations

from pathlib import Path

import pubkit
from pubkit.speech.cache import SpeechCache
from pubkit.speech.engine import get_engine
from pubkit.speech.mp3 import count_frames
from pubkit.speech.timeline import Synthesis, _Synthesizer, make_timeline
from pubkit.writers.speech import script

from .conftest import needs_espeak

NOTICE = """---
title: Probe
lang: de
---

# Probe

Am 3. März ist das Bürgerbüro von 9–17 Uhr geöffnet. Bitte bringen Sie den Ausweis mit.

Fragen beantwortet das Team unter 0211 89-91000.
"""


@needs_espeak
def test_cold_render_stores_a_complete_layout_record_per_sentence(tmp_path: Path) -> None:
    source = tmp_path / "probe.md"
    source.write_text(NOTICE, encoding="utf-8")
    document = pubkit.read(source)
    sentences = script(document)
    synthesis = Synthesis(cache_dir=str(tmp_path / "cache"))
    cold = make_timeline(document, synthesis, sentences=sentences)

    cache = SpeechCache(tmp_path / "cache")
    synth = _Synthesizer(get_engine("pyttsx3"), cache, synthesis, document.metadata.language)
    for sentence in sentences:
        record = cache.get_layout(synth.layout_key(sentence))
        assert record is not None, sentence.text
        segment = cache.get_segment(str(record["segment"]))
        assert segment is not None
        assert record["mp3_bytes"] == len(segment)
        assert record["mp3_frames"] == count_frames(segment, rate=int(record["rate"]))
    assert len(list((tmp_path / "cache").glob("*/*.json"))) == len(sentences)
    assert not list((tmp_path / "cache").rglob(".tmp-*"))

    again = make_timeline(document, synthesis, sentences=sentences)
    assert again.info["synthesised"] == 0
    assert again.info["mp3_segments_encoded"] == 0
    assert again.data == cold.data
    assert again.cues == cold.cues
