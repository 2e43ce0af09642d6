"""Every corpus notice builds as written into every format, and every output is clean.

The notices in this folder are modelled on real public notices (see README.md and
SOURCES.md); they are written the way city editors write, not the way pubkit would like.
For each ``*.md`` here (German and English) this module

1. runs ``pubkit build NOTICE --out TMP`` once, in-process (every installed format, every
   variant: HTML, PDF standard and large print, EPUB, speech, easy-read summary), and
2. validates every PDF with veraPDF (PDF/UA-1), every EPUB with EPUBCheck and Ace by DAISY,
   and every HTML page with axe-core: 0 findings each, warnings included.

The validators run in batches, not once per file: one veraPDF run per half of the PDFs,
one axe run for all pages, EPUBCheck and Ace two at a time, so the whole corpus takes a few
minutes on two cores. Builds and validations happen once per test session (module-scoped
fixtures); the tests are parametrized per notice so a report names the notice that fails.
The validation tests are marked ``external`` (skipped locally when a validator is missing,
failing in CI, as in tests/validators).
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from pubkit.validators import Report, run_ace, run_axe, run_epubcheck
from pubkit.validators._base import ValidatorError, run_tool, tail
from pubkit.validators.verapdf import _NORMAL_EXIT, find_verapdf, parse_report

CORPUS = Path(__file__).resolve().parent
NOTICES = sorted(
    p for p in CORPUS.glob("*.md") if p.name != "README.md" and not p.name.startswith("SOURCES")
)
# The Word and CMS-HTML versions of some notices (tests/corpus/word, tests/corpus/html): they
# build and validate like the Markdown ones; their facts live with the Markdown notice.
VERSIONS = sorted([*(CORPUS / "word").glob("*.docx"), *(CORPUS / "html").glob("*.html")])
SOURCES = [*NOTICES, *VERSIONS]
PAGES = (".html", ".htm", ".xhtml")


@dataclass
class Build:
    """What ``pubkit build`` did with one notice."""

    notice: Path
    out: Path
    exit_code: int
    log: str
    files: list[Path] = field(default_factory=list)

    def of(self, *suffixes: str) -> list[Path]:
        return [f for f in self.files if f.suffix.lower() in suffixes]


def build_notice(notice: Path, out_root: Path) -> Build:
    """Run the ``pubkit build`` command on one notice, in this process, capturing its output."""
    from pubkit.cli import main

    stream = io.StringIO()
    with contextlib.redirect_stderr(stream), contextlib.redirect_stdout(stream):
        try:
            code = main(["build", str(notice), "--out", str(out_root)])
        except SystemExit as exc:  # argparse and friends
            code = exc.code if isinstance(exc.code, int) else 2
        except Exception as exc:  # a crash is a result to report, not a reason to stop
            print(f"CRASH {type(exc).__name__}: {exc}", file=stream)
            code = -1
    folder = out_root / notice.stem
    files = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
    return Build(notice=notice, out=folder, exit_code=code, log=stream.getvalue(), files=files)


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Build]:
    out_root = tmp_path_factory.mktemp("corpus-out")
    return {_key(n): build_notice(n, out_root / n.parent.name) for n in SOURCES}


def _key(notice: Path) -> str:
    return notice.relative_to(CORPUS).as_posix()


def _ids(notices: list[Path]) -> list[str]:
    return [n.stem if n.parent == CORPUS else _key(n) for n in notices]


@pytest.mark.parametrize("notice", SOURCES, ids=_ids(SOURCES))
def test_builds_as_written(notice: Path, builds: dict[str, Build]) -> None:
    build = builds[_key(notice)]
    assert build.exit_code == 0, f"pubkit build {notice.name} failed:\n{build.log}"
    assert "✗" not in build.log, build.log
    assert build.of(".html"), f"no web page written for {notice.name}:\n{build.log}"
    assert len(build.of(".pdf")) >= 2, f"standard and large-print PDF expected:\n{build.log}"
    assert build.of(".epub"), f"no EPUB written for {notice.name}:\n{build.log}"


# ----------------------------------------------------------------------------- validators


def _verapdf_batch(pdfs: list[Path]) -> list[Report]:
    """Validate many PDFs in one veraPDF run (PDF/UA-1) and split the report per file."""
    if not pdfs:
        return []
    exe = find_verapdf()
    argv = [str(exe), "--flavour", "ua1", "--format", "json", "--nonpdfext", *map(str, pdfs)]
    proc = run_tool(argv, tool="verapdf", timeout=60.0 + 20.0 * len(pdfs))
    if proc.returncode not in _NORMAL_EXIT:
        raise ValidatorError(
            f"veraPDF failed with exit code {proc.returncode}:\n{tail(proc.stderr or proc.stdout)}"
        )
    try:
        jobs = json.loads(proc.stdout)["report"]["jobs"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidatorError(f"cannot read veraPDF's batch report: {exc}") from exc
    reports = []
    for job in jobs:
        name = str(job.get("itemDetails", {}).get("name", ""))
        single = json.dumps({"report": {"jobs": [job]}})
        reports.append(parse_report(single, target=str(Path(name).resolve())))
    return reports


def _epub_reports(epub: Path) -> list[Report]:
    """EPUBCheck, then Ace when EPUBCheck found no error (Ace cannot read a broken book)."""
    structure = run_epubcheck(epub)
    if any(f.severity in ("fatal", "error") for f in structure.findings):
        return [structure]
    return [structure, run_ace(epub)]


def _halves(items: list[Path]) -> Iterator[list[Path]]:
    middle = (len(items) + 1) // 2
    yield from (part for part in (items[:middle], items[middle:]) if part)


def validate_outputs(builds: dict[str, Build]) -> dict[Path, list[Report]]:
    """Every validator report for every output of every notice that built, by file."""
    built = [b for b in builds.values() if b.exit_code == 0]
    pdfs = [f.resolve() for b in built for f in b.of(".pdf")]
    epubs = [f.resolve() for b in built for f in b.of(".epub")]
    pages = [f.resolve() for b in built for f in b.of(*PAGES)]
    found: dict[Path, list[Report]] = {}
    with ThreadPoolExecutor(max_workers=2) as pool:
        pdf_jobs = [pool.submit(_verapdf_batch, half) for half in _halves(pdfs)]
        for job in pdf_jobs:
            for report in job.result():
                found.setdefault(Path(report.target), []).append(report)
        for epub, epub_reports in zip(epubs, pool.map(_epub_reports, epubs), strict=True):
            found.setdefault(epub, []).extend(epub_reports)
    for report in run_axe(pages) if pages else []:
        found.setdefault(Path(report.target).resolve(), []).append(report)
    return found


@pytest.fixture(scope="module")
def reports(builds: dict[str, Build]) -> Callable[[], dict[Path, list[Report]]]:
    """Validate once, on first use inside a test (so a missing tool skips it, see conftest)."""
    done: list[dict[Path, list[Report]] | BaseException] = []

    def get() -> dict[Path, list[Report]]:
        if not done:
            try:
                done.append(validate_outputs(builds))
            except Exception as exc:  # remembered: one failing tool run is not repeated
                done.append(exc)
        result = done[0]
        if isinstance(result, BaseException):
            raise result
        return result

    return get


def _describe(path: Path, report: Report) -> str:
    lines = "\n".join(f"    {finding}" for finding in report.findings)
    return f"  {path.name} ({report.validator}):\n{lines}"


@pytest.mark.external
@pytest.mark.parametrize("notice", SOURCES, ids=_ids(SOURCES))
def test_every_output_passes_the_validators(
    notice: Path,
    builds: dict[str, Build],
    reports: Callable[[], dict[Path, list[Report]]],
) -> None:
    build = builds[_key(notice)]
    if build.exit_code != 0:
        pytest.fail(f"{notice.name} did not build, so nothing could be validated:\n{build.log}")
    expected = {
        ".pdf": {"verapdf"},
        ".epub": {"epubcheck", "ace"},
        **{suffix: {"axe"} for suffix in PAGES},
    }
    problems: list[str] = []
    for path in build.of(".pdf", ".epub", *PAGES):
        file_reports = reports().get(path.resolve(), [])
        ran = {r.validator for r in file_reports}
        missing = expected[path.suffix.lower()] - ran
        broken = any(f.severity in ("fatal", "error") for r in file_reports for f in r.findings)
        if missing == {"ace"} and broken:
            missing = set()  # Ace is skipped when EPUBCheck already found errors
        if missing:
            problems.append(f"  {path.name}: not validated by {', '.join(sorted(missing))}")
        problems.extend(_describe(path, r) for r in file_reports if r.findings or not r.passed)
    assert not problems, f"{notice.name}: validator findings\n" + "\n".join(problems)


# ----------------------------------------------------------------------------- facts files

QUESTIONS = ("what", "when", "who", "todo", "help")
KINDS = {"press-release", "corona-rules", "award", "citizen-service", "easy-read", "event"}
# Phone numbers as city editors write them: 0211 89-91000, 116 117, 112, 040 428 28-4000.
PHONE = re.compile(r"(?<![\d,.])(?:0\d{2,5}(?: \d{2,4})*(?:-\d{1,6})?|116 ?117|11[02])(?!\d|,\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _facts(notice: Path) -> dict[str, object]:
    path = notice.with_suffix(".facts.yaml")
    assert path.is_file(), f"{notice.name} has no facts file {path.name}"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name} is not a mapping"
    return data


@pytest.mark.parametrize("notice", NOTICES, ids=_ids(NOTICES))
def test_facts_file_matches_its_notice(notice: Path) -> None:
    """The facts file names its notice, holds 3-8 facts a faithful reader can find, and
    lists every contact exactly as the notice writes it."""
    facts = _facts(notice)
    text = _fold(notice.read_text(encoding="utf-8"))
    assert facts.get("notice") == notice.name
    assert facts.get("lang") in {"de", "en"}
    assert facts.get("kind") in KINDS
    items = facts.get("facts")
    assert isinstance(items, list)
    assert 3 <= len(items) <= 8, "3 to 8 facts"
    for item in items:
        assert item["q"] in QUESTIONS, item
        assert item["text"], item
        assert item["any"], item
        assert any(_fold(alt) in text for alt in item["any"]), (
            f"none of {item['any']} occurs in {notice.name}: a summary could not keep it"
        )
    contacts = facts.get("contacts") or []
    values = [str(c["value"]) for c in contacts]
    for contact in contacts:
        assert contact["purpose"], contact
        assert contact["purpose_any"], contact
        assert _fold(str(contact["value"])) in text, f"{contact['value']} not in {notice.name}"
    body = notice.read_text(encoding="utf-8").split("\n---", 1)[-1]
    listed = " ".join(values)
    for found in [*PHONE.findall(body), *EMAIL.findall(body)]:
        assert found in listed, f"{notice.name}: contact {found!r} is missing from the facts file"
