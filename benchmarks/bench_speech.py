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

and, as a user runs it, whole processes (start-up, reading, planning, checks, the build
cache and writing the files included; CPU of the process and its children):

* ``pubkit build NOTICE -f speech -j 1`` with a fresh build cache and a fresh sentence
  cache (``$PUBKIT_CACHE_DIR``, ``$PUBKIT_SPEECH_CACHE``);
* the same after a one-sentence edit of the notice file (the sentence cache and build cache
  of the unedited notice kept);
* ``espeak-ng -w`` on the spoken text in a file (the row above: it is a whole process);
* ``espeak-ng -w`` and then ``sox -C 48.7`` (LAME through libsox, 48 kbit/s, quality 7:
  pubkit's MP3 settings) on the same text, as a shell would run them;

plus the audio length each produces, the sentences synthesised and the MP3 segments
encoded, and the ratios of issue 13's targets, in process and whole process (cold ≤ 2× ``espeak-ng -w``; after an edit
≥ 10× faster than cold). Each ratio is the median of the ratios within a round: every
round runs each row once, in turn, so both sides of a ratio see the same load on a shared
machine. A summary puts the in-process and whole-process ratios side by side, with the MP3
encoder's CPU (``espeak-ng -w`` + MP3 minus ``espeak-ng -w``) and the load average of the
rounds. This prints figures; it is not a test. It also runs against a pubkit from before
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


def _espeak_sox(text_file: Path, out: Path) -> float:
    """``espeak-ng -w`` then ``sox -C 48.7`` (MP3, 48 kbit/s, LAME quality 7), two processes."""
    subprocess.run(
        ["espeak-ng", "-v", "de", "-s", "145", "-b", "1", "-w", str(out), "-f", str(text_file)],
        check=True,
    )
    subprocess.run(["sox", str(out), "-C", "48.7", str(out.with_suffix(".mp3"))], check=True)
    with wave.open(str(out)) as wav:
        return wav.getnframes() / wav.getframerate()


def _pubkit_build(notice: Path, out: Path, cache: Path, speech_cache: Path) -> float:
    """``pubkit build NOTICE -f speech -j 1`` in a process of its own; the MP3's length.

    With compiled bytecode, as an installed pubkit runs: ``$PYTHONDONTWRITEBYTECODE`` (set
    in some shells and CI) would make every run compile pubkit's modules from source again
    (~0.1 s CPU here), so the children keep theirs in a folder of the benchmark's own
    (``$PYTHONPYCACHEPREFIX``; the first, untimed build fills it).
    """
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "PYTHONPYCACHEPREFIX": str(out.parent / "pycache"),
        "PUBKIT_CACHE_DIR": str(cache),
        "PUBKIT_SPEECH_CACHE": str(speech_cache),
        "PYTHONPATH": os.pathsep.join(
            p for p in (str(Path(pubkit.__file__).parent.parent), os.environ.get("PYTHONPATH")) if p
        ),
    }
    command = [sys.executable, "-m", "pubkit.cli", "build", str(notice), "-f", "speech"]
    done = subprocess.run(
        [*command, "-o", str(out), "-j", "1"], env=env, capture_output=True, text=True
    )
    if done.returncode:
        raise SystemExit(f"pubkit build failed:\n{done.stdout}{done.stderr}")
    from mutagen.mp3 import MP3

    return float(MP3(str(out / notice.stem / f"{notice.stem}.mp3")).info.length)


def _edit_file(path: Path, mark: int) -> None:
    """Change the first sentence of the notice's first paragraph (after the front matter)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    fences = [i for i, line in enumerate(lines) if line == "---"]
    start = fences[1] + 1 if len(fences) > 1 and fences[0] == 0 else 0
    for index in range(start, len(lines)):
        line = lines[index]
        if line[:1].isupper() and line[1:2].islower():
            lines[index] = f"Neu {mark}: {line}"
            break
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    for program in ("espeak-ng", "sox"):
        if shutil.which(program) is None:
            print(f"{program} is not installed", file=sys.stderr)
            return 1
    print(
        f"{'example':24} {'what':38} {'wall s':>7} {'cpu s':>6} {'audio s':>8} "
        f"{'synth':>6} {'enc':>4}"
    )
    before = os.getloadavg()
    ratios: list[tuple[str, dict[str, float]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in EXAMPLES:
            rows, paired = _bench(path, Path(tmp), args.rounds)
            for what, seconds, cpu, length, synth, encoded in rows:
                print(
                    f"{path.stem:24} {what:38} {seconds:7.3f} {cpu:6.3f} {length:8.1f} "
                    f"{synth:>6} {encoded:>4}"
                )
            ratios.append((path.stem, paired))
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
    print(
        "\nsummary: cold / espeak-ng -w on the same text (espeak-ng's whole process in both), "
        "in process and as a whole process; edit / cold; MP3 = lameenc's CPU for the whole text"
    )
    print(
        f"  {'example':24} {'in process':>10} {'whole process':>13} {'edit/cold in':>12} "
        f"{'edit/cold whole':>15} {'MP3 cpu s':>9}"
    )
    for stem, paired in ratios:
        print(
            f"  {stem:24} {paired['cold']:10.2f} {paired['build']:13.2f} {paired['edit']:12.3f} "
            f"{paired['build edit']:15.3f} {paired['mp3 seconds']:9.3f}"
        )
    print("  (targets: cold / espeak-ng -w <= 2, edit / cold <= 0.1; wall time)\n")
    print("in process (SpeechRenderer.render against the espeak-ng rows):")
    for stem, paired in ratios:
        print(
            f"  {stem:24} cold / espeak-ng -w = {paired['cold']:4.2f} wall, "
            f"{paired['cold cpu']:4.2f} CPU (target <= 2); cold / (espeak-ng -w + MP3) = "
            f"{paired['mp3']:4.2f} wall, {paired['mp3 cpu']:4.2f} CPU; "
            f"edit / cold = {paired['edit']:5.3f} (target <= 0.1)"
        )
    print("whole process (pubkit build -f speech -j 1, fresh caches, against espeak-ng -w):")
    for stem, paired in ratios:
        print(
            f"  {stem:24} cold / espeak-ng -w = {paired['build']:4.2f} wall, "
            f"{paired['build cpu']:4.2f} CPU (target <= 2); cold / (espeak-ng -w + sox MP3) = "
            f"{paired['build sox']:4.2f} wall, {paired['build sox cpu']:4.2f} CPU; "
            f"edit / cold = {paired['build edit']:5.3f} wall, "
            f"{paired['build edit cpu']:5.3f} CPU (target <= 0.1)"
        )
    return 0


Row = tuple[str, float, float, float, str, str]
LOADS: list[float] = []
"""The 1-minute load average at the start of every round."""


def _bench(path: Path, work: Path, rounds: int) -> tuple[list[Row], dict[str, float]]:
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
    spoken_file = work / f"{path.stem}-spoken.txt"
    spoken_file.write_text(spoken + "\n", encoding="utf-8")
    edit_dir = work / f"{path.stem}-edit"
    shutil.copytree(path.parent, edit_dir)
    edited_file = edit_dir / path.name
    build_cache, edit_speech = work / f"{path.stem}-build-warm", work / f"{path.stem}-speech-warm"
    _pubkit_build(edited_file, work / "out-warm", build_cache, edit_speech)  # the unedited one

    def build_cold() -> float:
        return _pubkit_build(path, work / "out", Path(next(caches)), Path(next(caches)))

    def build_edit() -> float:
        _edit_file(edited_file, next(edits))
        return _pubkit_build(edited_file, work / "out-warm", build_cache, edit_speech)

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
        ("process: pubkit build, fresh caches", build_cold),
        ("process: pubkit build after an edit", build_edit),
        ("process: espeak-ng -w, then sox MP3", lambda: _espeak_sox(spoken_file, work / "s.wav")),
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

    espeak, with_mp3, pubkit_cold, edit, build, build_edit_, sox = 0, 2, 3, 4, 6, 7, 8
    return rows, {
        "cold": paired(pubkit_cold, espeak, walls),
        "cold cpu": paired(pubkit_cold, espeak, cpus),
        "mp3": paired(pubkit_cold, with_mp3, walls),
        "mp3 cpu": paired(pubkit_cold, with_mp3, cpus),
        "edit": paired(edit, pubkit_cold, walls),
        "build": paired(build, espeak, walls),
        "build cpu": paired(build, espeak, cpus),
        "build sox": paired(build, sox, walls),
        "build sox cpu": paired(build, sox, cpus),
        "build edit": paired(build_edit_, build, walls),
        "build edit cpu": paired(build_edit_, build, cpus),
        "mp3 seconds": statistics.median(
            a - b for a, b in zip(cpus[with_mp3], cpus[espeak], strict=True)
        ),
    }


if __name__ == "__main__":
    raise SystemExit(main())
