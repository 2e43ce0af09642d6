"""The batch benchmark runs (two generated notices, HTML and EPUB only); figures unchecked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_batch_prints_and_writes_its_table(tmp_path: Path) -> None:
    out = tmp_path / "bench.md"
    done = subprocess.run(
        [
            sys.executable, str(ROOT / "benchmarks" / "bench_batch.py"),
            "--notices", "2", "--only", "corpus", "--light", "--out", str(out),
        ],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    written = out.read_text(encoding="utf-8")
    assert "| generated (2) | HTML + EPUB, 1 process |" in written
    assert "all formats, warm (cache), 2 processes" in written
    assert written.strip() in done.stdout
