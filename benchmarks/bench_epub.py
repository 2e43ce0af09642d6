"""Benchmark: pubkit's EPUB against pandoc's EPUB writer on the same Markdown.

Run from the repository root (needs ``pip install pypandoc-binary``, which bundles pandoc)::

    .venv/bin/python benchmarks/bench_epub.py            # 10 rounds
    .venv/bin/python benchmarks/bench_epub.py --rounds 3

For every example in ``examples/notices`` and a generated stress notice it prints the median
wall time of

* the whole process: ``pubkit build FILE -f epub`` (start-up, read, check, render, write)
  against ``pandoc FILE -t epub3 -o …``;
* in-process: ``pubkit.render(pubkit.read(FILE), "epub")`` in this interpreter against
  ``pypandoc.convert_file`` (pandoc is a Haskell program, so this still starts a process:
  it is the cheapest way a Python program can call pandoc);

and the ratio pubkit / pandoc (below 1: pubkit is faster). The target is a ratio ≤ 1.
This prints figures; it is not a test and asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pypandoc  # type: ignore[import-untyped]

import pubkit

ROOT = Path(__file__).resolve().parent.parent
PUBKIT = Path(sys.executable).with_name("pubkit")


def stress_notice(folder: Path, sections: int = 60) -> Path:
    """A long notice with every construct (about 40,000 characters, split into chapters)."""
    raw = b"".join(b"\x00" + b"\x14\x5a\xa0" * 60 for _ in range(30))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 60, 30, 8, 2, 0, 0, 0))
    (folder / "chart.png").write_bytes(
        png + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    )
    parts = ["---\ntitle: Haushaltsplan\nlang: de\nauthors: [Kämmerei]\ndate: 2026-01-15\n---\n"]
    for n in range(1, sections + 1):
        parts += [
            f"## Abschnitt {n}\n",
            f"Text von Abschnitt {n}: Aufgaben, Kosten und Fristen der Stadt, damit alle "
            "Bürgerinnen und Bürger sie nachlesen können. Die Verwaltung prüft jedes Jahr, ob "
            f"die Mittel reichen, und berichtet dem Rat.[^n{n}] Siehe [Abschnitt 1](#abschnitt-1).\n",
            f"### Einzelheiten zu {n}\n",
            f"- Erster Punkt in {n}\n- Zweiter Punkt mit [English words]{{lang=en}}\n",
        ]
        if n % 4 == 0:
            parts.append(
                "| Posten | Betrag |\n|---|---:|\n| Personal | 1.000 € |\n| Sachkosten | 250 € |\n\n"
                f"Tabelle: Kosten in Abschnitt {n}\n"
            )
        if n % 5 == 0:
            parts.append(f"![Balkendiagramm der Kosten in Abschnitt {n}](chart.png)\n")
        if n % 6 == 0:
            parts.append("::: note\nDiese Angabe ist vorläufig.\n:::\n\n> Wir planen sparsam.\n")
        parts.append(f"[^n{n}]: Fußnote zu Abschnitt {n}.\n")
    path = folder / "stress.md"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def median_seconds(run: Callable[[], object], rounds: int) -> float:
    run()  # warm-up: file cache, imports, pandoc binary in the page cache
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench(path: Path, out: Path, rounds: int) -> tuple[float, float, float, float]:
    def pubkit_process() -> None:
        subprocess.run(
            [str(PUBKIT), "build", str(path), "-f", "epub", "-o", str(out / "pubkit")],
            check=True,
            capture_output=True,
        )

    def pandoc_process() -> None:
        subprocess.run(
            [pypandoc.get_pandoc_path(), path.name, "-f", "markdown", "-t", "epub3",
             "-o", str(out / "pandoc.epub")],
            check=True, capture_output=True, cwd=path.parent,
        )  # fmt: skip

    def pubkit_in_process() -> None:
        pubkit.render(pubkit.read(path), "epub")

    def pandoc_in_process() -> None:
        pypandoc.convert_file(
            str(path), "epub3", format="markdown", outputfile=str(out / "pypandoc.epub"),
            extra_args=[f"--resource-path={path.parent}"],
        )  # fmt: skip

    return (
        median_seconds(pubkit_process, rounds),
        median_seconds(pandoc_process, rounds),
        median_seconds(pubkit_in_process, rounds),
        median_seconds(pandoc_in_process, rounds),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    print(f"pandoc {pypandoc.get_pandoc_version()}, pubkit {pubkit.__version__}, "
          f"median of {args.rounds} rounds, times in ms")  # fmt: skip
    header = f"{'notice':28} {'pubkit':>8} {'pandoc':>8} {'ratio':>6} │ {'pubkit':>8} {'pypandoc':>8} {'ratio':>6}"
    print(f"{'':28} {'whole process':^24} │ {'in-process':^24}")
    print(header)
    ratios: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(prefix="pubkit-bench-") as tmp:
        folder = Path(tmp)
        inputs = sorted(
            p for p in (ROOT / "examples" / "notices").glob("*.md") if p.name != "README.md"
        )
        inputs.append(stress_notice(folder))
        for path in inputs:
            a, b, c, d = bench(path, folder, args.rounds)
            ratios.append((a / b, c / d))
            print(
                f"{path.stem:28} {a * 1000:8.1f} {b * 1000:8.1f} {a / b:6.2f} │ "
                f"{c * 1000:8.1f} {d * 1000:8.1f} {c / d:6.2f}"
            )
    whole = statistics.geometric_mean(r[0] for r in ratios)
    inproc = statistics.geometric_mean(r[1] for r in ratios)
    print(f"{'geometric mean of ratios':28} {'':17} {whole:6.2f} │ {'':17} {inproc:6.2f}")


if __name__ == "__main__":
    main()
