"""Measure pubkit on the held-out notices (tests/heldout): ``python tools/heldout.py``.

For every held-out notice (``tests/heldout/*.md`` with a ``*.facts.yaml``, or the folder
named by ``--dir``, e.g. ``--dir tests/heldout2``; none of them was used to tune pubkit)
this script

1. builds every installed format into a temporary folder with the CLI (``pubkit build NOTICE
   --out TMP --no-cache``, in a subprocess, timed) and records the exit code, the files, and
   the error and warning lines of the build log;
2. runs ``pubkit check NOTICE OUTPUTS --json`` (pubkit's own checks and, unless
   ``--no-validators``, veraPDF, EPUBCheck, Ace and axe) and counts the findings by severity;
3. writes the spoken text (``pubkit speech-text NOTICE``) and the easy-read draft as a reader
   sees it (the text of the built ``*-summary.html``) to files for proofreading;
4. renders page 1 of the standard PDF at 50 dpi (``pdftoppm -r 50 -png``) for looking;

and then runs ``python -m pubkit.plain.evaluate -v`` on those notices (facts %, contacts %,
fragments, words per sentence, Flesch). Everything lands in ``--out`` (default
``heldout-results/`` for tests/heldout, ``<folder>-results/`` for another ``--dir``): ``summary.md`` (the table), ``evaluate.txt``, ``builds/<slug>.log``,
``check/<slug>.json``, ``speech/<slug>.txt``, ``plain/<slug>.txt``, ``pages/<slug>.png``.

It uses the pubkit of this checkout (``src/`` first on ``PYTHONPATH``), so after a merge
the same command measures the merged code. It prints figures, it does not judge them:
reading the drafts and the spoken text is the point.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "heldout"
_CHECKED = {".pdf", ".epub", ".html", ".mp3"}
_FINDING = re.compile(r"\b(error|warning)\s+([A-Z]{2,}\d{3,})")


def notices(folder: Path = HELDOUT) -> list[Path]:
    """The held-out notices: every ``*.md`` with a facts file next to it."""
    return sorted(p for p in folder.glob("*.md") if p.with_suffix(".facts.yaml").exists())


SRC = ROOT / "src"
"""The pubkit measured: this checkout's ``src/`` unless ``--src`` names another."""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), *filter(None, [env.get("PYTHONPATH")])])
    env.setdefault("COLUMNS", "200")
    # pubkit looks for the validators in `.cache/validators` of the checkout its code is in;
    # code exported with --src (git archive) has none, so point it at this checkout's.
    installed = ROOT / ".cache" / "validators"
    if SRC.resolve() != (ROOT / "src").resolve() and installed.is_dir():
        env.setdefault("PUBKIT_VALIDATORS_HOME", str(installed))
    return env


def pubkit(*args: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    """Run the pubkit CLI of this checkout in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "pubkit.cli", *args],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
        timeout=timeout,
        check=False,
    )


@dataclass
class Result:
    """What happened to one notice."""

    slug: str
    exit_code: int = 0
    seconds: float = 0.0
    files: list[str] = field(default_factory=list)
    build_errors: list[str] = field(default_factory=list)
    build_warnings: list[str] = field(default_factory=list)
    failed_outputs: list[str] = field(default_factory=list)
    check_exit: int = 0
    check_counts: dict[str, int] = field(default_factory=dict)
    check_findings: list[str] = field(default_factory=list)
    spoken_changed: str = ""


class _Text(HTMLParser):
    """The visible text of a page's <main> (or <body>), one block per line."""

    BLOCKS: ClassVar[set[str]] = {
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "tr",
        "div",
        "section",
        "dt",
        "dd",
        "br",
    }

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0
        self.depth_main = 0
        self.seen_main = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style", "head", "nav"}:
            self.skip += 1
        if tag == "main":
            self.depth_main += 1
            self.seen_main = True
        if tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")
        if tag in {"td", "th"}:
            self.parts.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "head", "nav"}:
            self.skip = max(0, self.skip - 1)
        if tag == "main":
            self.depth_main -= 1
            self.parts.append("\n\f")
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)

    def text(self) -> str:
        raw = "".join(self.parts)
        lines = [" ".join(line.split()) for line in raw.replace("\f", "").splitlines()]
        out: list[str] = []
        for line in lines:
            if line or (out and out[-1]):
                out.append(line)
        return "\n".join(out).strip() + "\n"


def page_text(html: Path) -> str:
    """The readable text of a built page (main content if the page marks it)."""
    source = html.read_text(encoding="utf-8")
    match = re.search(r"<main\b.*?</main>", source, flags=re.S | re.I)
    parser = _Text()
    parser.feed(match.group(0) if match else source)
    return parser.text()


def _shown(path: Path) -> str:
    """The path as the logs should show it: relative to the checkout when inside it."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def measure(notice: Path, out: Path, work: Path, validators: bool) -> Result:
    slug = notice.stem
    result = Result(slug)
    target = work / "build"
    started = time.perf_counter()
    built = pubkit("build", _shown(notice), "--out", str(target), "--no-cache")
    result.seconds = time.perf_counter() - started
    result.exit_code = built.returncode
    log = built.stdout + built.stderr
    (out / "builds" / f"{slug}.log").write_text(log, encoding="utf-8")
    folder = target / slug
    files = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
    result.files = [p.name for p in files]
    for line in log.splitlines():
        found = _FINDING.search(line)
        if found:
            bucket = result.build_errors if found.group(1) == "error" else result.build_warnings
            bucket.append(line.strip())
        if line.startswith("✗"):
            result.failed_outputs.append(line.split(":", 1)[0][2:].strip())

    args = ["check", _shown(notice), *(str(p) for p in files if p.suffix in _CHECKED), "--json"]
    if not validators:
        args.append("--no-validators")
    checked = pubkit(*args)
    result.check_exit = checked.returncode
    (out / "check" / f"{slug}.json").write_text(checked.stdout or checked.stderr, "utf-8")
    try:
        report = json.loads(checked.stdout)
    except json.JSONDecodeError:
        result.check_findings.append(f"check gave no JSON: {checked.stderr.strip()[:300]}")
        report = {"files": []}
    for entry in report.get("files", []):
        for finding in entry.get("findings", []):
            severity = str(finding.get("severity", "?"))
            result.check_counts[severity] = result.check_counts.get(severity, 0) + 1
            if severity in {"error", "warning"}:
                name = Path(str(entry.get("file", ""))).name
                result.check_findings.append(
                    f"{name}: {severity} {finding.get('code', finding.get('rule', ''))} "
                    f"{str(finding.get('message', ''))[:200]}"
                )

    spoken = pubkit("speech-text", _shown(notice))
    (out / "speech" / f"{slug}.txt").write_text(spoken.stdout + spoken.stderr, "utf-8")
    tail = [line for line in spoken.stdout.splitlines() if "changed for speech" in line]
    result.spoken_changed = tail[-1].strip() if tail else f"speech-text exit {spoken.returncode}"

    summary = [p for p in files if p.name.endswith("-summary.html")]
    plain = out / "plain" / f"{slug}.txt"
    if summary:
        plain.write_text(page_text(summary[0]), encoding="utf-8")
    else:
        plain.write_text("(no easy-read page was built; see builds/" + slug + ".log)\n", "utf-8")

    pdfs = [p for p in files if p.suffix == ".pdf" and "-" not in p.stem.removeprefix(slug)]
    if pdfs and shutil.which("pdftoppm"):
        stem = out / "pages" / slug
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "50",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdfs[0]),
                str(stem),
            ],
            check=False,
            capture_output=True,
        )
    return result


def table(results: list[Result], validators: bool) -> str:
    rows = [
        "| notice | build exit | s | files | failed outputs | build errors | build warnings "
        f"| check ({'with' if validators else 'without'} validators) | spoken |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(r.check_counts.items())) or "0 findings"
        rows.append(
            f"| {r.slug} | {r.exit_code} | {r.seconds:.1f} | {len(r.files)} | "
            f"{len(r.failed_outputs)} | {len(r.build_errors)} | {len(r.build_warnings)} | "
            f"exit {r.check_exit}: {counts} | {r.spoken_changed} |"
        )
    details: list[str] = []
    for r in results:
        items = [*r.failed_outputs, *r.build_errors, *r.build_warnings, *r.check_findings]
        if items:
            details.append(f"\n### {r.slug}\n")
            details += [f"- {item}" for item in dict.fromkeys(items)]
    return "\n".join(rows) + ("\n\n## Details\n" + "\n".join(details) if details else "") + "\n"


def _default_out(folder: Path) -> Path:
    """``heldout-results/`` for tests/heldout (as before), ``<name>-results/`` for another folder."""
    if folder.resolve() == HELDOUT.resolve():
        return ROOT / "heldout-results"
    return ROOT / f"{folder.name}-results"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python tools/heldout.py", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="where the results go (default heldout-results/, or <folder>-results/ for --dir)",
    )
    parser.add_argument("--no-validators", action="store_true", help="pubkit's own checks only")
    parser.add_argument(
        "--dir",
        "--folder",
        dest="folder",
        type=Path,
        default=HELDOUT,
        help="the folder of notices to measure (default tests/heldout; e.g. tests/heldout2)",
    )
    parser.add_argument(
        "--src",
        type=Path,
        default=None,
        help="measure the pubkit in this src folder (e.g. a branch exported with "
        "'git archive BRANCH src | tar -x -C DIR'); default: this checkout's src/",
    )
    parser.add_argument("-k", dest="only", default="", help="only notices whose slug contains this")
    args = parser.parse_args(argv)
    global SRC
    if args.src is not None:
        SRC = args.src.resolve()
    folder: Path = args.folder if args.folder.is_absolute() else (Path.cwd() / args.folder)
    if not folder.is_dir():
        parser.error(f"--dir {args.folder}: no such folder (give e.g. tests/heldout2)")
    chosen = [n for n in notices(folder) if args.only in n.stem]
    if not chosen:
        parser.error(f"--dir {args.folder}: no notice (*.md with a *.facts.yaml next to it) found")
    out: Path = args.out if args.out is not None else _default_out(folder)
    for sub in ("builds", "check", "speech", "plain", "pages"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    results: list[Result] = []
    for notice in chosen:
        with tempfile.TemporaryDirectory(prefix="heldout-") as tmp:
            result = measure(notice, out, Path(tmp), validators=not args.no_validators)
        results.append(result)
        print(
            f"{result.slug:48} build {result.exit_code} in {result.seconds:5.1f} s, "
            f"{len(result.files)} files, check exit {result.check_exit} {result.check_counts}",
            flush=True,
        )
    evaluated = subprocess.run(
        [sys.executable, "-m", "pubkit.plain.evaluate", "-v", *map(_shown, chosen)],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
        check=False,
    )
    (out / "evaluate.txt").write_text(evaluated.stdout + evaluated.stderr, encoding="utf-8")
    report = (
        f"# Held-out measure\n\nnotices: `{_shown(folder)}`\n\npubkit measured: `{_shown(SRC)}`\n\n"
    ) + table(results, not args.no_validators)
    report += "\n## Plain language (python -m pubkit.plain.evaluate -v)\n\n```\n"
    report += evaluated.stdout + evaluated.stderr + "```\n"
    (out / "summary.md").write_text(report, encoding="utf-8")
    print(evaluated.stdout + evaluated.stderr)
    print(f"written: {out}/summary.md, evaluate.txt, builds/, check/, speech/, plain/, pages/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
