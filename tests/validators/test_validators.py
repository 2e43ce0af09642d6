"""The validator wrappers find real problems and accept good files.

The inputs are made here, small, in tmp_path. Tests marked ``external`` need the tools
that ``bash scripts/install-validators.sh`` installs (plus Debian chromium for axe/Ace);
without them they are skipped locally but fail in CI (``CI`` set, as tests/conftest.py
does) or with PUBKIT_REQUIRE_VALIDATORS=1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from pubkit.validators import (
    Finding,
    Report,
    ValidatorUnavailable,
    run_ace,
    run_axe,
    run_epubcheck,
    run_verapdf,
)
from pubkit.validators.ace import find_ace
from pubkit.validators.axe import find_axe_runner
from pubkit.validators.epubcheck import find_epubcheck
from pubkit.validators.verapdf import find_verapdf

# ----------------------------------------------------------------------------- helpers


def _need(finder: Callable[[], object], *, browser: bool = False) -> None:
    """Skip when a tool is missing; fail instead in CI or with PUBKIT_REQUIRE_VALIDATORS=1."""
    try:
        finder()
        if browser and not (
            os.environ.get("PUBKIT_CHROMIUM") or Path("/usr/bin/chromium").exists()
        ):
            raise ValidatorUnavailable("Debian chromium is missing: apt-get install chromium")
    except ValidatorUnavailable as exc:
        if os.environ.get("CI") or os.environ.get("PUBKIT_REQUIRE_VALIDATORS") == "1":
            pytest.fail(str(exc))
        pytest.skip(str(exc))


@pytest.fixture
def verapdf() -> None:
    _need(find_verapdf)


@pytest.fixture
def epubcheck() -> None:
    _need(find_epubcheck)


@pytest.fixture
def ace() -> None:
    _need(find_ace, browser=True)


@pytest.fixture
def axe() -> None:
    _need(find_axe_runner, browser=True)


def rules(report: Report) -> set[str]:
    return {f.rule for f in report.findings}


def describe(report: Report) -> str:
    return "\n".join(str(f) for f in report.findings) or "(no findings)"


GOOD_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Notice</title></head>
<body><main><h1>Notice</h1><p>The office is closed on Friday.</p></main></body>
</html>
"""

BAD_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Notice</title></head>
<body><main><h1>Notice</h1><p><img src="map.png"> The office is closed.</p></main></body>
</html>
"""

SIMPLE_PDF_PAGE = """<html lang="en"><head><title>Notice</title></head>
<body><main><p>The office is closed on Friday.</p></main></body></html>"""


def write_pdf(path: Path, html: str, variant: str | None) -> Path:
    weasyprint = pytest.importorskip("weasyprint")
    if variant is None:
        weasyprint.HTML(string=html).write_pdf(path)
    else:
        weasyprint.HTML(string=html).write_pdf(path, pdf_variant=variant)
    return path


CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""

A11Y_META = """
    <meta property="schema:accessMode">textual</meta>
    <meta property="schema:accessModeSufficient">textual</meta>
    <meta property="schema:accessibilityFeature">structuralNavigation</meta>
    <meta property="schema:accessibilityFeature">tableOfContents</meta>
    <meta property="schema:accessibilityHazard">none</meta>
    <meta property="schema:accessibilitySummary">Text only, with headings and a table
      of contents.</meta>
    <meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>
    <meta property="a11y:certifiedBy">pubkit tests</meta>"""

OPF = """<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid"
         xml:lang="en" prefix="a11y: http://www.idpf.org/epub/vocab/package/a11y/#">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">urn:uuid:0b6e3c5e-4a47-4d6f-9c1e-2f1d3a4b5c6d</dc:identifier>
    <dc:title>Notice</dc:title>
    <dc:language>en</dc:language>
    <meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>{a11y}
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>
  </manifest>
  <spine><itemref idref="c1"/></spine>
</package>
"""

NAV = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"
      lang="en" xml:lang="en">
<head><title>Contents</title></head>
<body>
  <nav epub:type="toc" role="doc-toc" aria-labelledby="toc-h"><h1 id="toc-h">Contents</h1>
    <ol><li><a href="c1.xhtml">Notice</a></li></ol>
  </nav>
</body>
</html>
"""

CHAPTER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head><title>Notice</title></head>
<body><main><h1>Notice</h1>{body}</main></body>
</html>
"""


def make_epub(
    path: Path,
    *,
    body: str = "<p>The office is closed on Friday.</p>",
    a11y: bool = True,
    mimetype: str = "application/epub+zip",
    extra: dict[str, str] | None = None,
) -> Path:
    """A minimal hand-made EPUB 3 (valid and accessible with the defaults)."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml", CONTAINER, compress_type=zipfile.ZIP_DEFLATED)
        opf = OPF.format(a11y=A11Y_META if a11y else "")
        z.writestr("EPUB/package.opf", opf, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("EPUB/nav.xhtml", NAV, compress_type=zipfile.ZIP_DEFLATED)
        chapter = CHAPTER.format(body=body)
        z.writestr("EPUB/c1.xhtml", chapter, compress_type=zipfile.ZIP_DEFLATED)
        for name, text in (extra or {}).items():
            z.writestr(name, text, compress_type=zipfile.ZIP_DEFLATED)
    return path


# ----------------------------------------------------------------------------- axe


@pytest.mark.external
@pytest.mark.usefixtures("axe")
def test_axe_finds_img_without_alt(tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text(BAD_PAGE, encoding="utf-8")
    [report] = run_axe([page])
    assert not report.passed
    assert "image-alt" in rules(report), describe(report)
    finding = next(f for f in report.findings if f.rule == "image-alt")
    assert finding.severity == "critical"
    assert "map.png" in finding.location
    assert report.target == str(page.resolve())
    assert '"incomplete"' in report.raw


@pytest.mark.external
@pytest.mark.usefixtures("axe")
def test_axe_accepts_minimal_good_page(tmp_path: Path) -> None:
    page = tmp_path / "good.html"
    page.write_text(GOOD_PAGE, encoding="utf-8")
    [report] = run_axe([page])
    assert report.findings == (), describe(report)
    assert report.passed


@pytest.mark.external
@pytest.mark.usefixtures("axe")
def test_axe_runs_best_practice_and_off_by_default_rules(tmp_path: Path) -> None:
    # region/landmark-one-main are best-practice; target-size (WCAG 2.2) ships disabled.
    page = tmp_path / "page.html"
    page.write_text(
        """<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>
        <p>No landmarks, no h1.</p>
        <a href="#a" style="display:inline-block;width:8px;height:8px">a</a>
        <a href="#b" style="display:inline-block;width:8px;height:8px">b</a>
        </body></html>""",
        encoding="utf-8",
    )
    [report] = run_axe([page])
    found = rules(report)
    assert {"region", "landmark-one-main", "page-has-heading-one"} <= found, describe(report)
    assert "target-size" in found, describe(report)


@pytest.mark.external
@pytest.mark.usefixtures("axe")
def test_axe_takes_a_folder_of_xhtml_and_html(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(GOOD_PAGE, encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.xhtml").write_text(CHAPTER.format(body="<p>Hi.</p>"), encoding="utf-8")
    (sub / "notes.txt").write_text("not html", encoding="utf-8")
    reports = run_axe([tmp_path])
    assert sorted(Path(r.target).name for r in reports) == ["a.html", "b.xhtml"]
    assert all(r.passed for r in reports), [describe(r) for r in reports]


# ----------------------------------------------------------------------------- veraPDF


@pytest.mark.external
@pytest.mark.usefixtures("verapdf")
def test_verapdf_rejects_untagged_pdf(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "plain.pdf", SIMPLE_PDF_PAGE, None)
    report = run_verapdf(pdf, flavour="ua1")
    assert not report.passed
    found = rules(report)
    # no structure tree, no MarkInfo /Marked true, untagged content
    assert "ISO 14289-1:2014 7.1-11" in found, describe(report)
    assert "ISO 14289-1:2014 6.2-1" in found, describe(report)
    assert all(f.severity == "error" and f.validator == "verapdf" for f in report.findings)
    assert '"compliant" : false' in report.raw


@pytest.mark.external
@pytest.mark.usefixtures("verapdf")
def test_verapdf_accepts_weasyprint_pdf_ua1(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "ua1.pdf", SIMPLE_PDF_PAGE, "pdf/ua-1")
    report = run_verapdf(pdf, flavour="ua1")
    assert report.findings == (), describe(report)
    assert report.passed
    assert "PDF/UA-1 validation profile" in report.raw


@pytest.mark.external
@pytest.mark.usefixtures("verapdf")
def test_verapdf_ua2_profile(tmp_path: Path) -> None:
    # A page without headings: WeasyPrint 70 turns headings into outline entries whose
    # destinations are not structure destinations, which PDF/UA-2 8.8-1 rejects.
    pdf = write_pdf(tmp_path / "ua2.pdf", SIMPLE_PDF_PAGE, "pdf/ua-2")
    report = run_verapdf(pdf, flavour="ua2")
    assert "PDF/UA-2" in report.raw
    assert report.passed, describe(report)
    untagged = run_verapdf(write_pdf(tmp_path / "plain.pdf", SIMPLE_PDF_PAGE, None), flavour="ua2")
    assert not untagged.passed
    assert any(f.rule.startswith("ISO 14289-2") for f in untagged.findings), describe(untagged)


@pytest.mark.external
@pytest.mark.usefixtures("verapdf")
def test_verapdf_pdfa_2a_profile(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "a2a.pdf", SIMPLE_PDF_PAGE, "pdf/a-2a")
    report = run_verapdf(pdf, flavour="2a")
    assert report.passed, describe(report)
    assert "PDF/A-2A validation profile" in report.raw


@pytest.mark.external
@pytest.mark.usefixtures("verapdf")
def test_verapdf_reports_unparsable_file(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\nnot really a pdf\n")
    report = run_verapdf(bad)
    assert not report.passed
    assert [f.severity for f in report.findings] == ["fatal"]


def test_verapdf_rejects_unknown_flavour(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="flavour"):
        run_verapdf(tmp_path / "x.pdf", flavour="ua3")


# ----------------------------------------------------------------------------- EPUBCheck


@pytest.mark.external
@pytest.mark.usefixtures("epubcheck")
def test_epubcheck_accepts_minimal_epub(tmp_path: Path) -> None:
    report = run_epubcheck(make_epub(tmp_path / "good.epub"))
    assert report.findings == (), describe(report)
    assert report.passed
    assert '"checkerVersion"' in report.raw


@pytest.mark.external
@pytest.mark.usefixtures("epubcheck")
def test_epubcheck_finds_bad_mimetype(tmp_path: Path) -> None:
    report = run_epubcheck(make_epub(tmp_path / "bad.epub", mimetype="application/zip"))
    assert not report.passed
    errors = [f for f in report.findings if f.severity in {"error", "fatal"}]
    assert any(f.rule == "PKG-007" for f in errors), describe(report)


@pytest.mark.external
@pytest.mark.usefixtures("epubcheck")
def test_epubcheck_keeps_warnings(tmp_path: Path) -> None:
    # an upper-case file extension: PKG-016, a warning only (EPUBCheck itself exits 0)
    report = run_epubcheck(make_epub(tmp_path / "notice.EPUB"))
    assert not report.passed
    assert [(f.rule, f.severity) for f in report.findings] == [("PKG-016", "warning")], describe(
        report
    )


# ----------------------------------------------------------------------------- Ace


@pytest.mark.external
@pytest.mark.usefixtures("ace")
def test_ace_finds_missing_alt_and_a11y_metadata(tmp_path: Path) -> None:
    epub = make_epub(
        tmp_path / "bad.epub",
        body='<p><img src="map.png"/> Closed.</p>',
        a11y=False,
    )
    report = run_ace(epub)
    assert not report.passed
    found = rules(report)
    assert "image-alt" in found, describe(report)
    assert "metadata-accessmode" in found, describe(report)
    severities = {f.rule: f.severity for f in report.findings}
    assert severities["image-alt"] == "critical"
    assert any(f.severity == "moderate" for f in report.findings), "minor impacts are kept"


@pytest.mark.external
@pytest.mark.usefixtures("ace")
def test_ace_accepts_accessible_epub(tmp_path: Path) -> None:
    report = run_ace(make_epub(tmp_path / "good.epub"))
    assert report.findings == (), describe(report)
    assert report.passed
    assert json.loads(report.raw)["earl:result"]["earl:outcome"] == "pass"


@pytest.mark.external
@pytest.mark.usefixtures("ace")
def test_ace_reports_unreadable_epub_as_fatal_finding(tmp_path: Path) -> None:
    broken = tmp_path / "broken.epub"
    with zipfile.ZipFile(broken, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", "<container/>")
    report = run_ace(broken)
    assert not report.passed
    assert [(f.rule, f.severity) for f in report.findings] == [("epub-parse", "fatal")]


# ----------------------------------------------------------------------------- lookup + CLI


@pytest.mark.parametrize(
    ("env_var", "call"),
    [
        ("PUBKIT_VERAPDF", lambda p: run_verapdf(p)),
        ("PUBKIT_EPUBCHECK", lambda p: run_epubcheck(p)),
        ("PUBKIT_ACE", lambda p: run_ace(p)),
        ("PUBKIT_NODE_TOOLS", lambda p: run_axe([p])),
    ],
)
def test_missing_tool_says_how_to_install(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    env_var: str,
    call: Callable[[Path], object],
) -> None:
    target = tmp_path / "in.file"
    target.write_text("x", encoding="utf-8")
    monkeypatch.setenv(env_var, str(tmp_path / "does-not-exist"))
    with pytest.raises(ValidatorUnavailable, match=r"pubkit validators install"):
        call(target)
    assert issubclass(ValidatorUnavailable, RuntimeError)


def test_finding_and_report_are_frozen() -> None:
    finding = Finding(validator="v", rule="r", severity="error", message="m", location="l")
    report = Report(validator="v", target="t", findings=(finding,), passed=False, raw="")
    with pytest.raises(AttributeError):
        finding.rule = "other"  # type: ignore[misc]
    assert str(finding) == "[error] r: m at l"
    assert report.findings[0] is finding


@pytest.mark.external
@pytest.mark.usefixtures("axe")
def test_cli_exit_codes(tmp_path: Path) -> None:
    good = tmp_path / "good.html"
    good.write_text(GOOD_PAGE, encoding="utf-8")
    bad = tmp_path / "bad.html"
    bad.write_text(BAD_PAGE, encoding="utf-8")
    cmd = [sys.executable, "-m", "pubkit.validators", "axe"]
    ok = subprocess.run([*cmd, str(good)], capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    ko = subprocess.run([*cmd, str(bad)], capture_output=True, text=True, check=False)
    assert ko.returncode == 1, ko.stdout + ko.stderr
    assert "image-alt" in ko.stdout


def test_cli_missing_tool_exit_code(tmp_path: Path) -> None:
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF")
    env = {**os.environ, "PUBKIT_VERAPDF": str(tmp_path / "nope")}
    proc = subprocess.run(
        [sys.executable, "-m", "pubkit.validators", "verapdf", str(pdf)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert proc.returncode == 2
    assert "pubkit validators install" in proc.stderr
