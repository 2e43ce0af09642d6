"""How much pubkit's PDF costs on top of WeasyPrint alone (prints figures; not a test).

    .venv/bin/python benchmarks/bench_pdf.py [--repeat 5] [--stress]

For every example notice (and, with ``--stress``, the 50+ page stress document from the
tests) and both variants: the best CPU time (``time.process_time``, interleaved runs) of pubkit's ``pdf`` renderer (HTML writer, tag
hook, finisher, XMP, safe fetcher, error handler) against ``weasyprint.HTML(...).write_pdf``
with ``pdf_variant="pdf/ua-1"`` on the very same HTML and the same fetcher-free base URL.
Target: overhead at most 10 %.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import weasyprint

import pubkit
from pubkit.model import Document
from pubkit.renderers.pdf import PdfOptions, PdfRenderer, html_for_pdf
from pubkit.renderers.resources import Resources

ROOT = Path(__file__).resolve().parent.parent


def best_cpu_seconds(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """The fastest CPU time of each run; the runs are interleaved so that load from other
    processes on the machine hits both sides alike (wall time on a shared box is noise)."""
    for run in runs.values():
        run()  # warm caches (fonts, Pyphen dictionaries) for both sides alike
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - start)
    return best


def compare(name: str, document: Document, options: PdfOptions, repeat: int) -> float:
    renderer = PdfRenderer()
    root = Resources.for_source(document.source).root
    base = root.as_uri() + "/" if root else None

    def ours() -> object:
        return renderer.render(document, options)

    def alone() -> object:
        html = html_for_pdf(document, options)
        return weasyprint.HTML(string=html, base_url=base).write_pdf(pdf_variant="pdf/ua-1")

    best = best_cpu_seconds({"pubkit": ours, "weasyprint": alone}, repeat)
    pubkit_s, weasy_s = best["pubkit"], best["weasyprint"]
    ratio = pubkit_s / weasy_s
    pages = renderer.render(document, options).info["pages"]
    print(
        f"{name:34} {options.variant:12} {pages:4} p  pubkit {pubkit_s * 1000:8.1f} ms  "
        f"WeasyPrint {weasy_s * 1000:8.1f} ms  ratio {ratio:5.3f}  ({(ratio - 1) * 100:+.1f} %)"
    )
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--stress", action="store_true", help="also the 50+ page stress document")
    args = parser.parse_args()
    documents = [
        (p.stem, pubkit.read(p))
        for p in sorted((ROOT / "examples" / "notices").glob("*.md"))
        if p.name != "README.md"
    ]
    if args.stress:
        sys.path.insert(0, str(ROOT))
        from tests.renderers.test_pdf import stress_markdown, write_notice

        folder = Path(tempfile.mkdtemp(prefix="pubkit-bench-"))
        documents.append(("stress (tests)", pubkit.read(write_notice(folder, stress_markdown()))))
    ratios = [
        compare(name, doc, PdfOptions(variant=variant), args.repeat)
        for name, doc in documents
        for variant in ("standard", "large-print")
    ]
    print(f"geometric mean ratio {statistics.geometric_mean(ratios):.3f}; worst {max(ratios):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
