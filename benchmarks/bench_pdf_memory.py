"""Memory and file descriptors over many PDF renders in one long-running process.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_pdf_memory.py [renders] [--tracemalloc]

Prints resident memory (RSS) and open file descriptors every tenth of the run, and the
growth per render over the second half (the first renders fill caches on purpose). With
``--tracemalloc`` it also prints where Python-level allocations grew, which separates a
leak in Python objects from one in native libraries (Pango, HarfBuzz, fontconfig, cairo).
"""

from __future__ import annotations

import gc
import os
import sys
import time
import tracemalloc
from pathlib import Path

import pubkit

NOTICE = """---
title: Speicher-Probe
lang: de
publisher: Stadt Beispiel
date: 2026-11-30
---
Die Stadt informiert über die **neuen Öffnungszeiten** des Bürgerbüros.

## Öffnungszeiten

| Tag | Zeit |
|--|--|
| Montag | 8–16 Uhr |
| Dienstag | 8–18 Uhr |

Tabelle: Öffnungszeiten

- Termine nach Vereinbarung
- Telefon 0211 89-91000
"""


def rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def fds() -> int:
    return sum(1 for _ in Path("/proc/self/fd").iterdir())


def main() -> None:
    renders = int(next((a for a in sys.argv[1:] if a.isdigit()), "200"))
    trace = "--tracemalloc" in sys.argv
    folder = Path("/tmp") / f"pubkit-bench-{os.getpid()}"
    folder.mkdir(exist_ok=True)
    path = folder / "probe.md"
    path.write_text(NOTICE, encoding="utf-8")
    doc = pubkit.read(path)
    pubkit.render(doc, "pdf")  # warm-up: imports, fonts, caches
    gc.collect()
    if trace:
        tracemalloc.start(8)
    half: tuple[int, float] | None = None
    first_snapshot = None
    started = time.perf_counter()
    for n in range(1, renders + 1):
        pubkit.render(doc, "pdf")
        if n == renders // 2:
            gc.collect()
            half = (n, rss_mb())
            if trace:
                first_snapshot = tracemalloc.take_snapshot()
        if n % max(1, renders // 10) == 0:
            gc.collect()
            print(f"{n:5d} renders  RSS {rss_mb():7.1f} MB  fds {fds():3d}", flush=True)
    elapsed = time.perf_counter() - started
    gc.collect()
    end = rss_mb()
    if half is not None:
        per = (end - half[1]) / max(1, renders - half[0])
        print(f"growth over the second half: {per * 1000:.0f} KB per render; {elapsed:.0f} s total")
    if trace and first_snapshot is not None:
        stats = tracemalloc.take_snapshot().compare_to(first_snapshot, "traceback")
        grown = sum(s.size_diff for s in stats)
        print(f"Python allocations grew {grown / 1e6:.2f} MB over the second half; top:")
        for stat in stats[:5]:
            print(
                f"  {stat.size_diff / 1e3:8.1f} KB  {stat.count_diff:+6d}  {stat.traceback.format()[-1].strip()}"
            )
    path.unlink()
    folder.rmdir()


if __name__ == "__main__":
    main()
