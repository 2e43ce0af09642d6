"""Benchmark: pubkit's speech renderer against plain ``espeak-ng -w`` on the same text.

Run from the repository root (needs the ``speech`` extra and Debian's ``espeak-ng``)::

    .venv/bin/python benchmarks/bench_speech.py            # 5 rounds
    .venv/bin/python benchmarks/bench_speech.py --rounds 3

For every example in ``examples/notices`` it prints the median wall time of

* ``espeak-ng -w``: the document's text in one call, WAV out, no captions, chapters or
  MP3: once the written text (what espeak-ng would say unaided) and once the spoken text
  pubkit synthesises (the same words, so the same audio length); the ratio uses the
  latter, "the same text";
* pubkit cold: ``SpeechRenderer().render`` into an empty cache (normalise, synthesise
  every sentence with pyttsx3, trim, lay out, encode every MP3 segment, ID3 chapters,
  WebVTT, timing map);
* pubkit after a one-sentence edit: the same with the cache of the unedited document,
  one sentence changed: one sentence synthesised, one MP3 segment encoded (espeak-ng has
  no cache: its time is the cold time again);
* pubkit cold with ``engine="espeak-ng"`` (one ``espeak-ng`` process per sentence);

plus the audio length each produces, the sentences synthesised and the MP3 segments
encoded, and the ratios of issue 13's targets (cold ≤ 2× ``espeak-ng -w``; after an edit
≥ 10× faster than cold). Each ratio is the median of the ratios within a round: every
round runs each row once, in turn, so both sides of a ratio see the same load on a shared
machine. This prints figures; it is not a test. It also runs against a pubkit from before
the normaliser remembered its results (``PYTHONPATH=<old checkout>/src``), for a
before/after comparison in one sitting.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from collections.abc import Callable
from pathlib import Path

import pubkit
from pubkit.model import Paragraph, Text
from pubkit.renderers.speech import SpeechOptions
from pubkit.speech.mp3 import encode_segment
from pubkit.writers.speech.script import script

# Forget remembered normalisations between cold rounds (a no-op for an older pubkit).
clear_cache: Callable[[], None] = getattr(
    importlib.import_module("pubkit.writers.speech.normalize"), "clear_cache", lambda: None
)
ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples" / "notices").glob("*.md") if p.name != "README.md")


def _cpu() -> float:
    """CPU seconds of this process (all threads, espeak-ng's included) and its children."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _edited(document: pubkit.Document, mark: int) -> pubkit.Document:
    """``document`` with the first sentence of its first paragraph changed."""
    blocks = list(document.blocks)
    index = next(
        i
        for i, b in enumerate(blocks)
        if isinstance(b, Paragraph) and isinstance(b.content[0], Text)
    )
    paragraph = blocks[index]
    assert isinstance(paragraph, Paragraph)
    assert isinstance(paragraph.content[0], Text)
    first = Text(text=f"Neu {mark}: " + paragraph.content[0].text)
    blocks[index] = dataclasses.replace(paragraph, content=(first, *paragraph.content[1:]))
    return dataclasses.replace(document, blocks=tuple(blocks))


def _espeak(text: str, out: Path) -> float:
    subprocess.run(
        ["espeak-ng", "-v", "de", "-s", "145", "-b", "1", "-w", str(out)],
        input=text.encode("utf-8"),
        check=True,
    )
    with wave.open(str(out)) as wav:
        return wav.getnframes() / wav.getframerate()


def _espeak_mp3(text: str, out: Path) -> float:
    """``espeak-ng -w`` and then the same MP3 encoder (lameenc, one stream) on its WAV."""
    length = _espeak(text, out)
    with wave.open(str(out)) as wav:
        pcm, rate = wav.readframes(wav.getnframes()), wav.getframerate()
    out.with_suffix(".mp3").write_bytes(encode_segment(pcm, rate=rate, bitrate=48))
    return length


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if shutil.which("espeak-ng") is None:
        print("espeak-ng is not installed", file=sys.stderr)
        return 1
    print(
        f"{'example':24} {'what':34} {'wall s':>7} {'cpu s':>6} {'audio s':>8} "
        f"{'synth':>6} {'enc':>4}"
    )
    before = os.getloadavg()
    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in EXAMPLES:
            rows, paired = _bench(path, Path(tmp), args.rounds)
            for what, seconds, cpu, length, synth, encoded in rows:
                print(
                    f"{path.stem:24} {what:34} {seconds:7.3f} {cpu:6.3f} {length:8.1f} "
                    f"{synth:>6} {encoded:>4}"
                )
            ratios.append((path.stem, *paired))
    after = os.getloadavg()
    print(
        f"\nload average (1, 5, 15 min) before {before[0]:.2f} {before[1]:.2f} {before[2]:.2f}, "
        f"after {after[0]:.2f} {after[1]:.2f} {after[2]:.2f}; {os.cpu_count()} cores; "
        f"median of {args.rounds} rounds, each round running every row once in turn; ratios are "
        "medians of the ratios within a round"
    )
    print(
        f"1-minute load average at the start of a round: min {min(LOADS):.2f}, "
        f"median {statistics.median(LOADS):.2f}, max {max(LOADS):.2f}"
    )
    for stem, wall_ratio, cpu_ratio, mp3_ratio, mp3_cpu_ratio, edit_ratio in ratios:
        print(
            f"{stem:24} cold / espeak-ng -w = {wall_ratio:4.2f} wall, {cpu_ratio:4.2f} CPU "
            f"(target <= 2); cold / (espeak-ng -w + MP3) = {mp3_ratio:4.2f} wall, "
            f"{mp3_cpu_ratio:4.2f} CPU; edit / cold = {edit_ratio:5.3f} (target <= 0.1)"
        )
    return 0


Row = tuple[str, float, float, float, str, str]
LOADS: list[float] = []
"""The 1-minute load average at the start of every round."""


def _bench(
    path: Path, work: Path, rounds: int
) -> tuple[list[Row], tuple[float, float, float, float, float]]:
    """Every row timed once per round, in turn, so that the rows of a round (and so the
    ratios taken within it) see the same load on a shared machine."""
    document = pubkit.read(path)
    sentences = script(document)
    written = "\n".join(s.text for s in sentences)
    spoken = "\n".join(s.spoken for s in sentences)
    caches = (str(work / f"{path.stem}-{n}") for n in range(10_000))
    edits = iter(range(10_000))

    def cold(engine: str) -> Callable[[], object]:
        def run() -> object:
            clear_cache()  # nothing remembered from the previous round: a cold start
            return pubkit.render(
                document, "speech", options=SpeechOptions(cache_dir=next(caches), engine=engine)
            )

        return run

    warm = next(caches)
    pubkit.render(document, "speech", options=SpeechOptions(cache_dir=warm))
    runs: list[tuple[str, Callable[[], object]]] = [
        ("espeak-ng -w, spoken text", lambda: _espeak(spoken, work / "plain.wav")),
        ("espeak-ng -w, written text", lambda: _espeak(written, work / "plain.wav")),
        ("espeak-ng -w + MP3, spoken text", lambda: _espeak_mp3(spoken, work / "plain.wav")),
        ("pubkit cold (pyttsx3)", cold("pyttsx3")),
        (
            "pubkit after one-sentence edit",
            lambda: pubkit.render(
                _edited(document, next(edits)), "speech", options=SpeechOptions(cache_dir=warm)
            ),
        ),
        ("pubkit cold (espeak-ng engine)", cold("espeak-ng")),
    ]
    walls: list[list[float]] = [[] for _ in runs]
    cpus: list[list[float]] = [[] for _ in runs]
    results: list[object] = [None] * len(runs)
    for _ in range(rounds):
        LOADS.append(os.getloadavg()[0])
        for index, (_what, run) in enumerate(runs):
            start, cpu = time.perf_counter(), _cpu()
            results[index] = run()
            walls[index].append(time.perf_counter() - start)
            cpus[index].append(_cpu() - cpu)
    rows: list[Row] = []
    for index, (what, _run) in enumerate(runs):
        result = results[index]
        wall, cpu = statistics.median(walls[index]), statistics.median(cpus[index])
        if isinstance(result, pubkit.Artifact):
            info = result.info
            rows.append(
                (
                    what,
                    wall,
                    cpu,
                    float(info["duration_s"]),
                    str(info["synthesised"]),
                    str(info["mp3_segments_encoded"]),
                )
            )
        else:
            rows.append((what, wall, cpu, float(str(result)), "-", "-"))

    def paired(a: int, b: int, times: list[list[float]]) -> float:
        return statistics.median(x / y for x, y in zip(times[a], times[b], strict=True))

    espeak, with_mp3, pubkit_cold, edit = 0, 2, 3, 4
    return rows, (
        paired(pubkit_cold, espeak, walls),
        paired(pubkit_cold, espeak, cpus),
        paired(pubkit_cold, with_mp3, walls),
        paired(pubkit_cold, with_mp3, cpus),
        paired(edit, pubkit_cold, walls),
    )


if __name__ == "__main__":
    raise SystemExit(main())
