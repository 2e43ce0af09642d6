"""Benchmark: whole builds, side by side with the tools that do one part of the work each.

Run from the repository root (needs ``pip install -e ".[bench]"`` for pandoc: pypandoc-binary)::

    .venv/bin/python benchmarks/bench_batch.py                    # 200 notices, 200 pages
    .venv/bin/python benchmarks/bench_batch.py --notices 20 --pages 20   # a quicker run

On three corpora: the examples, ``--notices`` generated notices of realistic size
(``benchmarks/corpus.py``) and one long document of about ``--pages`` pages, it measures
whole processes (start-up included), each once, with fresh caches unless said otherwise:

* start-up: ``import pubkit`` (``-X importtime``), ``pubkit --help``, and one notice to EPUB
  and to HTML against ``pandoc -t epub3`` / ``-t html5`` with the notice's image (after a
  warm-up run, pubkit and pandoc alternating, medians of ``--rounds``, default 5);
* HTML + EPUB: ``pubkit build -f html,epub -j 1`` against pandoc, one process per notice
  and format (pandoc has no batch mode), one after the other;
* PDF: ``pubkit build -f pdf --variant standard -j 1`` against WeasyPrint alone on the same
  HTML (pubkit's web pages, all in one Python process);
* audio: ``pubkit build -f speech -j 1`` (MP3, captions, chapters) against ``espeak-ng -w``
  (WAV only) on the same text, one process per notice (not for the long document);
* the peers' outputs (HTML, EPUB, standard PDF, audio) in one ``pubkit build`` against the sum
  of the peer tools: the like-for-like figure;
* every format: cold with 1 and with 2 processes, warm (unchanged, from the build cache) and
  after editing one notice, and the sum of the peer tools for the same corpus;
* peak memory: the largest resident set of any process of the run (``wait4``'s ``ru_maxrss``).

It prints a table of times and ratios and writes it to ``--out``
(default ``benchmarks/results/bench_batch.md``). It is not a test and asserts nothing.
Each row has wall time and CPU time (user + system of the process and its children, from
``wait4``): on a machine that other work is loading, wall times say little and the CPU
times less noisy; the table records the load average with each row, before and after.
pubkit runs as an installed copy would: its modules compiled once (``PYTHONDONTWRITEBYTECODE``
is dropped, ``PYTHONPYCACHEPREFIX`` points into the run's folder; an untimed warm-up build of
the examples in every format compiles them, the engines' too) and Pyphen's patterns cached
(:mod:`pubkit.renderers.hyphenation`); the build and speech caches are fresh.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate, long_document

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "notices"
PY = sys.executable


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mib: float
    ok: bool
    cpu: float = 0.0
    """User + system CPU seconds of the process and its children (``wait4``): less noisy
    than wall time on a machine that other work is loading."""


def run(cmd: Sequence[str], env: dict[str, str] | None = None) -> Run:
    """One whole process: wall time and the peak RSS of it and its children."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, usage.ru_maxrss / 1024, proc.returncode == 0, cpu)


def run_many(cmds: Sequence[Sequence[str]], env: dict[str, str] | None = None) -> Run:
    """Several processes one after the other: summed time, the largest peak."""
    runs = [run(c, env) for c in cmds]
    return _total(runs)


def _total(runs: Sequence[Run]) -> Run:
    return Run(
        sum(r.seconds for r in runs),
        max(r.peak_mib for r in runs),
        all(r.ok for r in runs),
        sum(r.cpu for r in runs),
    )


def pubkit(*args: str) -> list[str]:
    return [PY, "-m", "pubkit.cli", *args]


def installed_env(work: Path) -> dict[str, str]:
    """What an installed pubkit has: its modules compiled (pip writes the ``.pyc`` files, so
    ``PYTHONDONTWRITEBYTECODE`` in the shell must not make each run compile them again) and
    Pyphen's patterns parsed once (:mod:`pubkit.renderers.hyphenation`). The build caches
    stay fresh for each cold build (see ``corpus_rows``)."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    return {
        "PYTHONPYCACHEPREFIX": str(work / "pycache"),
        "PUBKIT_HYPHENATION_CACHE": str(work / "hyphenation"),
    }


@dataclass
class Row:
    corpus: str
    what: str
    ours: Run
    peer: Run | None = None
    peer_name: str = ""
    note: str = ""

    load: str = field(default_factory=lambda: load().split()[0])
    """The 1-minute load average when the row's measurement ended."""

    def cells(self) -> list[str]:
        digits = 4 if self.ours.seconds < 0.01 else 3 if self.ours.seconds < 0.5 else 2
        peer = self.peer
        ratio = f"{self.ours.seconds / peer.seconds:.2f}" if peer else ""
        cpu_ratio = f"{self.ours.cpu / peer.cpu:.2f}" if peer and peer.cpu else ""
        fail = "" if self.ours.ok and (peer is None or peer.ok) else " (FAILED)"
        return [
            self.corpus,
            self.what + fail,
            f"{self.ours.seconds:.{digits}f}",
            f"{peer.seconds:.{digits}f}" if peer else "",
            ratio,
            f"{self.ours.cpu:.{digits}f}" if self.ours.cpu else "",
            f"{peer.cpu:.{digits}f}" if peer and peer.cpu else "",
            cpu_ratio,
            f"{self.ours.peak_mib:.0f}" if self.ours.peak_mib else "",
            f"{peer.peak_mib:.0f}" if peer else "",
            self.peer_name,
            self.load,
            self.note,
        ]


HEADER = [
    "corpus",
    "measure",
    "pubkit s",
    "peer s",
    "ratio",
    "pubkit CPU s",
    "peer CPU s",
    "CPU ratio",
    "pubkit MiB",
    "peer MiB",
    "peer",
    "load",
    "note",
]


def table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(r.cells()) + " |" for r in rows]
    return "\n".join(lines)


# -- the peers --------------------------------------------------------------------------------


def pandoc_path() -> str | None:
    try:
        import pypandoc  # type: ignore[import-untyped]
    except ImportError:
        return shutil.which("pandoc")
    return str(pypandoc.get_pandoc_path())


def pandoc_runs(pandoc: str, notices: list[Path], out: Path, to: str) -> Run:
    out.mkdir(parents=True, exist_ok=True)
    suffix = {"html5": ".html", "epub3": ".epub"}[to]
    return run_many(
        [[pandoc, *_pandoc_args(n), "-t", to, "-o", str(out / (n.stem + suffix))] for n in notices]
    )


def _pandoc_args(notice: Path) -> list[str]:
    """A standalone document with the notice's images, found beside it as pubkit finds them."""
    return [str(notice), "-s", "--resource-path", str(notice.parent)]


WEASYPRINT_SCRIPT = """
import sys
from pathlib import Path
from weasyprint import HTML
for page in sys.argv[2:]:
    HTML(filename=page).write_pdf(Path(sys.argv[1]) / (Path(page).parent.name + ".pdf"))
"""


def weasyprint_run(pages: list[Path], out: Path) -> Run:
    out.mkdir(parents=True, exist_ok=True)
    return run([PY, "-c", WEASYPRINT_SCRIPT, str(out), *map(str, pages)])


def plain_text(notice: Path) -> str:
    """The words of a notice for espeak-ng: front matter, Markdown marks and tables dropped."""
    text = notice.read_text(encoding="utf-8")
    body = text.split("---", 2)[2] if text.startswith("---") else text
    title = re.search(r"^title:\s*(.+)$", text, re.M)
    lines = [title.group(1) + "."] if title else []
    for line in body.splitlines():
        if line.startswith("|"):
            continue
        lines.append(re.sub(r"^[#\-*\s]+|[*_`]|\[\^?[^\]]*\]|\{[^}]*\}", " ", line))
    return "\n".join(lines)


def espeak_run(notices: list[Path], out: Path) -> Run | None:
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        return None
    out.mkdir(parents=True, exist_ok=True)
    cmds = []
    for n in notices:
        txt = out / (n.stem + ".txt")
        txt.write_text(plain_text(n), encoding="utf-8")
        lang = "en" if "lang: en" in n.read_text(encoding="utf-8") else "de"
        cmds.append(
            [espeak, "-v", lang, "-s", "145", "-w", str(out / (n.stem + ".wav")), "-f", str(txt)]
        )
    return run_many(cmds)


# -- the measurements -------------------------------------------------------------------------


def warm_up(work: Path, light: bool) -> Run:
    """One untimed build of the examples in every format, with two processes: what an
    installation has before its first build. Every module is compiled (under
    ``PYTHONPYCACHEPREFIX``, where Python then looks for all bytecode, WeasyPrint's and the
    plain-language stack's too) and Pyphen's patterns are cached. Without it the first row
    that loads an engine also compiled it and parsed the patterns: the examples' PDF row came
    out at 2× WeasyPrint alone, whose script uses the installed bytecode."""
    formats = "html,epub" if light else "html,epub,pdf,summary,speech"
    cmd = pubkit("build", str(EXAMPLES), "-o", str(work / "out"), "-f", formats, "-j", "2")
    return run(
        cmd, {"PUBKIT_CACHE_DIR": str(work / "cache"), "PUBKIT_SPEECH_CACHE": str(work / "speech")}
    )


def startup(work: Path, pandoc: str | None, rounds: int) -> list[Row]:
    """Whole processes, one round after the other, pubkit and pandoc side by side in each
    round (so that a change in the machine's load falls on both), after one warm-up run."""
    rows: list[Row] = []
    imports = []
    for _ in range(rounds):
        done = subprocess.run(
            [PY, "-X", "importtime", "-c", "import pubkit"],
            capture_output=True,
            text=True,
            check=True,
        )
        last = [ln for ln in done.stderr.splitlines() if ln.rstrip().endswith("| pubkit")][-1]
        imports.append(int(last.split("|")[1]) / 1e6)
    rows.append(
        Row("-", "import pubkit (importtime, median)", Run(statistics.median(imports), 0, True))
    )
    helps = [run(pubkit("--help")) for _ in range(rounds)]
    rows.append(Row("-", "pubkit --help (median)", _median(helps)))
    commands: dict[str, tuple[str, list[str]]] = {}
    for name, fmt, to in (("award notice", "epub", "epub3"), ("award notice", "html", "html5")):
        notice = EXAMPLES / "helden-in-der-krise.md"
        ours = pubkit(
            "build", str(notice), "-f", fmt, "-j", "1", "--no-cache", "-o", str(work / "s")
        )  # fmt: skip
        commands[f"pubkit {fmt}"] = (name, ours)
        if pandoc:
            out = str(work / f"s.{fmt}")
            commands[f"pandoc {fmt}"] = (name, [pandoc, *_pandoc_args(notice), "-t", to, "-o", out])
    for _, cmd in commands.values():  # warm-up: compiled modules, caches of the installation
        run(cmd)
    runs: dict[str, list[Run]] = {key: [] for key in commands}
    for _ in range(rounds):
        for key, (_, cmd) in commands.items():
            runs[key].append(run(cmd))
    for fmt, label in (("epub", "EPUB"), ("html", "HTML")):
        peer = _median(runs[f"pandoc {fmt}"]) if pandoc else None
        rows.append(
            Row(
                commands[f"pubkit {fmt}"][0],
                f"one notice → {label}, whole process (median of {rounds})",
                _median(runs[f"pubkit {fmt}"]),
                peer,
                "pandoc",
            )
        )
    return rows


def _median(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.seconds for r in runs),
        max(r.peak_mib for r in runs),
        all(r.ok for r in runs),
        statistics.median(r.cpu for r in runs),
    )


def corpus_rows(
    name: str,
    src: Path,
    work: Path,
    pandoc: str | None,
    *,
    audio: bool,
    workers: int,
    light: bool = False,
) -> list[Row]:
    notices = sorted(p for p in src.glob("*.md") if not p.name.lower().startswith("readme"))
    rows: list[Row] = []
    fresh = 0

    def env() -> dict[str, str]:
        nonlocal fresh
        fresh += 1
        return {
            "PUBKIT_CACHE_DIR": str(work / f"cache-{fresh}"),
            "PUBKIT_SPEECH_CACHE": str(work / f"speech-{fresh}"),
        }

    def build(out: str, *args: str, environment: dict[str, str] | None = None) -> Run:
        return run(pubkit("build", str(src), "-o", str(work / out), *args), environment or env())

    # HTML + EPUB against pandoc
    ours = build("he", "-f", "html,epub", "-j", "1")
    peer = None
    if pandoc:
        html = pandoc_runs(pandoc, notices, work / "pandoc", "html5")
        epub = pandoc_runs(pandoc, notices, work / "pandoc", "epub3")
        peer = _total([html, epub])
    rows.append(Row(name, "HTML + EPUB, 1 process", ours, peer, "pandoc ×2/notice"))
    # PDF against WeasyPrint alone on pubkit's web pages
    wp = es = None
    if not light:
        ours_pdf = build("pdf", "-f", "pdf", "--variant", "standard", "-j", "1")
        pages = sorted((work / "he").glob("*/index.html"))
        wp = weasyprint_run(pages, work / "weasyprint")
        rows.append(Row(name, "PDF (standard), 1 process", ours_pdf, wp, "WeasyPrint alone"))
    # audio against espeak-ng alone
    if audio and not light:
        ours_audio = build("audio", "-f", "speech", "-j", "1")
        es = espeak_run(notices, work / "espeak")
        rows.append(Row(name, "audio, 1 process", ours_audio, es, "espeak-ng -w (WAV)"))
    # every format: cold 1 vs N processes, warm, edit one
    formats = ["-f", "html,epub,pdf,summary,speech"] if audio else ["-f", "html,epub,pdf,summary"]
    if light:
        formats = ["-f", "html,epub"]
    cold1 = build("all1", *formats, "-j", "1")
    shared = env()
    coldn = build("alln", *formats, "-j", str(workers), environment=shared)
    peers = [r for r in (peer, wp, es) if r is not None]
    peer_sum = _total(peers) if peers else None
    if not light:  # the same files as the peers make: the like-for-like comparison
        same = "html,epub,pdf,speech" if audio else "html,epub,pdf"
        ours_same = build("same", "-f", same, "--variant", "standard", "-j", "1")
        rows.append(
            Row(
                name,
                f"the peers' outputs ({same}, standard PDF), cold, 1 process",
                ours_same,
                peer_sum,
                "sum of the peers",
            )
        )
    rows.append(
        Row(
            name,
            "all formats, cold, 1 process",
            cold1,
            peer_sum,
            "sum of the peers",
            note="pubkit also makes the large-print PDF and the easy-read summary (page, PDF)",
        )
    )
    rows.append(
        Row(
            name,
            f"all formats, cold, {workers} processes",
            coldn,
            cold1,
            "pubkit, 1 process",
            note=f"speed-up {cold1.seconds / coldn.seconds:.2f}×",
        )
    )
    warm = build("alln", *formats, "-j", str(workers), environment=shared)
    rows.append(
        Row(
            name,
            f"all formats, warm (cache), {workers} processes",
            warm,
            coldn,
            "pubkit cold",
            note=f"{coldn.seconds / warm.seconds:.0f}× faster than cold",
        )
    )
    edited = notices[0]
    original = edited.read_text(encoding="utf-8")
    edited.write_text(original + "\nDieser Satz ist neu.\n", encoding="utf-8")
    try:
        edit = build("alln", *formats, "-j", str(workers), environment=shared)
    finally:
        edited.write_text(original, encoding="utf-8")
    rows.append(
        Row(
            name,
            f"all formats, one notice edited, {workers} processes",
            edit,
            coldn,
            "pubkit cold",
            note=f"{coldn.seconds / edit.seconds:.0f}× faster than cold",
        )
    )
    return rows


def load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notices", type=int, default=200, help="generated notices (default 200)")
    parser.add_argument(
        "--pages", type=int, default=200, help="pages of the long document (default 200)"
    )
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the start-up figures")
    parser.add_argument("--workers", type=int, default=2, help="processes of the parallel runs")
    parser.add_argument(
        "--only",
        choices=("startup", "examples", "corpus", "long"),
        action="append",
        help="run only these parts (repeatable)",
    )
    parser.add_argument("--light", action="store_true", help="HTML and EPUB only (a smoke run)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "bench_batch.md"))
    args = parser.parse_args(argv)
    parts = args.only or ["startup", "examples", "corpus", "long"]
    pandoc = pandoc_path()
    before = load()
    started = time.perf_counter()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="pubkit-bench-") as tmp:
        work = Path(tmp)
        os.environ.update(installed_env(work))
        warm_up(work / "warm-up", args.light)
        if "startup" in parts:
            rows += startup(work / "startup", pandoc, args.rounds)
        if "examples" in parts:
            src = work / "examples-src"
            shutil.copytree(EXAMPLES, src)
            rows += corpus_rows(
                "examples (2)",
                src,
                work / "examples",
                pandoc,
                audio=True,
                workers=args.workers,
                light=args.light,
            )
        if "corpus" in parts:
            src = work / "corpus-src"
            generate(src, args.notices)
            rows += corpus_rows(
                f"generated ({args.notices})",
                src,
                work / "corpus",
                pandoc,
                audio=True,
                workers=args.workers,
                light=args.light,
            )
        if "long" in parts:
            src = work / "long-src"
            long_document(src, args.pages)
            rows += corpus_rows(
                f"long (~{args.pages} pages)",
                src,
                work / "long",
                pandoc,
                audio=False,
                workers=args.workers,
                light=args.light,
            )
    text = "\n".join(
        [
            "# pubkit batch benchmark",
            "",
            f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, "
            f"load average {before} before and {load()} after, {time.perf_counter() - started:.0f} s in all.",
            "ratio = pubkit / peer (below 1: pubkit is faster); CPU = user + system seconds of "
            "the process and its children (less noisy than wall time on a loaded machine); "
            "MiB = peak RSS of the largest process; load = 1-minute load average after the row. "
            "pubkit runs as installed: every module compiled and Pyphen's patterns parsed "
            "once, by an untimed warm-up build of the examples in every format; build and "
            "speech caches fresh for every cold build.",
            "",
            table(rows),
            "",
        ]
    )
    print(text)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"written to {out}")
    return 0 if all(r.ours.ok for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
