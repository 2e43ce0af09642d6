"""pubkit's own checks of finished files: every rule fails on a broken file and passes a good one.

The broken files are made here from good ones (pubkit's own outputs, edited with pikepdf
or zipfile) or written small by hand, so each test shows one defect and its rule.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import pubkit
from pubkit.audit import check_file, check_paths, failed
from pubkit.audit.config import ConfigError, load_config
from pubkit.audit.epub import check_epub
from pubkit.audit.html import check_markup
from pubkit.audit.reports import to_json, to_junit, to_sarif
from pubkit.cli import main

ROOT = Path(__file__).resolve().parents[2]
AWARD = ROOT / "examples" / "notices" / "helden-in-der-krise.md"
pikepdf = pytest.importorskip("pikepdf")


def rules(findings: Any) -> set[str]:
    return {f.rule for f in findings}


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """pubkit's own PDF and EPUB of the award notice (a figure, quotes, headings)."""
    pytest.importorskip("weasyprint")
    pytest.importorskip("ebooklib")
    folder = tmp_path_factory.mktemp("good")
    doc = pubkit.read(AWARD)
    files = {"pdf": folder / "notice.pdf", "epub": folder / "notice.epub"}
    for kind, path in files.items():
        pubkit.render(doc, kind, out=path)
    return files


def edited_pdf(source: Path, target: Path, edit: Callable[[Any], None]) -> Path:
    with pikepdf.open(source) as pdf:
        edit(pdf)
        pdf.save(target)
    return target


def struct_elements(pdf: Any) -> list[Any]:
    found: list[Any] = []
    stack = [pdf.Root.StructTreeRoot.K]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Array):
            stack.extend(node)
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            found.append(node)
            stack.append(node.get("/K"))
    return found


def own(path: Path) -> set[str]:
    return rules(check_file(path, external=False).findings)


# ------------------------------------------------------------------------------------- PDF


def test_pubkit_pdf_passes_every_own_rule(good: dict[str, Path]) -> None:
    assert check_file(good["pdf"], external=False).findings == ()


def test_untagged_pdf_without_title_or_language(good: dict[str, Path], tmp_path: Path) -> None:
    def strip(pdf: Any) -> None:
        del pdf.Root["/StructTreeRoot"]
        del pdf.Root["/MarkInfo"]
        del pdf.Root["/Lang"]
        del pdf.Root["/ViewerPreferences"]
        with pdf.open_metadata() as meta:
            del meta["pdfuaid:part"]

    found = own(edited_pdf(good["pdf"], tmp_path / "bad.pdf", strip))
    assert {"PDF001", "PDF002", "PDF003", "PDF004"} <= found


def test_figure_without_alt(good: dict[str, Path], tmp_path: Path) -> None:
    def drop_alt(pdf: Any) -> None:
        figures = [e for e in struct_elements(pdf) if str(e.S) == "/Figure"]
        assert figures, "the award notice has a figure"
        for figure in figures:
            del figure["/Alt"]

    assert "PDF005" in own(edited_pdf(good["pdf"], tmp_path / "bad.pdf", drop_alt))


def test_heading_level_skipped(good: dict[str, Path], tmp_path: Path) -> None:
    def skip(pdf: Any) -> None:
        heading = next(e for e in struct_elements(pdf) if str(e.S) == "/H2")
        heading.S = pikepdf.Name("/H4")

    findings = check_file(edited_pdf(good["pdf"], tmp_path / "bad.pdf", skip), external=False)
    assert any(f.rule == "PDF006" and "H4" in f.message for f in findings.findings)


def test_header_cell_without_scope(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    doc = pubkit.read(ROOT / "examples" / "notices" / "corona-teststellen.md")
    good = tmp_path / "good.pdf"
    pubkit.render(doc, "pdf", out=good)
    assert check_file(good, external=False).findings == ()

    def unscope(pdf: Any) -> None:
        for element in struct_elements(pdf):
            if str(element.S) == "/TH":
                for key in ("/A", "/ID"):
                    if key in element:
                        del element[key]

    assert "PDF007" in own(edited_pdf(good, tmp_path / "bad.pdf", unscope))


def test_font_not_embedded(good: dict[str, Path], tmp_path: Path) -> None:
    def unembed(pdf: Any) -> None:
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                descriptor = font.DescendantFonts[0].FontDescriptor
                if "/FontFile2" in descriptor:
                    del descriptor["/FontFile2"]

    found = check_file(edited_pdf(good["pdf"], tmp_path / "bad.pdf", unembed), external=False)
    # a German PDF (/Lang de-DE) gets its findings in German
    assert any(f.rule == "PDF008" and "nicht eingebettet" in f.message for f in found.findings)


def test_missing_glyph_names_the_character(tmp_path: Path) -> None:
    weasyprint = pytest.importorskip("weasyprint")
    html = '<html lang="de"><head><title>T</title></head><body><h1>T</h1><p>Zeichen \ue000.</p></body></html>'
    path = tmp_path / "glyph.pdf"
    weasyprint.HTML(string=html).write_pdf(path, pdf_variant="pdf/ua-1")
    (finding,) = [f for f in check_file(path, external=False).findings if f.rule == "PDF009"]
    assert "U+E000" in finding.message
    assert finding.location == "Seite 1"  # <html lang="de">: the PDF's /Lang is de


def test_link_without_description_or_tag(tmp_path: Path) -> None:
    weasyprint = pytest.importorskip("weasyprint")
    html = '<html lang="de"><body><p><a href="https://example.org/">x</a></p></body></html>'
    path = tmp_path / "link.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    found = [f for f in check_file(path, external=False).findings if f.rule == "PDF010"]
    assert len(found) == 2


def test_list_holding_paragraphs(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    doc = pubkit.read(ROOT / "examples" / "notices" / "corona-teststellen.md")
    good = tmp_path / "good.pdf"
    pubkit.render(doc, "pdf", out=good)

    def break_list(pdf: Any) -> None:
        lists = [e for e in struct_elements(pdf) if str(e.S) == "/L"]
        assert lists
        kids = lists[0].K
        (kids[0] if isinstance(kids, pikepdf.Array) else kids).S = pikepdf.Name("/P")

    assert "PDF011" in own(edited_pdf(good, tmp_path / "bad.pdf", break_list))


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"hello")
    assert own(path) == {"PDF000"}


# ------------------------------------------------------------------------------------ EPUB


def rewrite_epub(source: Path, target: Path, edit: Callable[[str, bytes], bytes | None]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = edit(info.filename, old.read(info))
            if data is not None:
                kind = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
                new.writestr(info, data, compress_type=kind)
    return target


def test_pubkit_epub_passes_every_own_rule(good: dict[str, Path]) -> None:
    assert check_epub(good["epub"]) == []


def test_epub_without_accessibility_metadata_or_language(
    good: dict[str, Path], tmp_path: Path
) -> None:
    def strip(name: str, data: bytes) -> bytes:
        if not name.endswith(".opf"):
            return data
        text = data.decode("utf-8")
        text = re.sub(r"<meta property=\"schema:[^\"]+\"[^>]*>[^<]*</meta>", "", text)
        text = re.sub(r"<dc:language>[^<]*</dc:language>", "", text)
        return text.encode("utf-8")

    found = check_epub(rewrite_epub(good["epub"], tmp_path / "bad.epub", strip))
    assert {"EPB001", "EPB002"} <= rules(found)
    assert sum(f.rule == "EPB002" and f.severity == "error" for f in found) == 3


def test_epub_without_navigation(good: dict[str, Path], tmp_path: Path) -> None:
    def unnav(name: str, data: bytes) -> bytes:
        if name.endswith(".opf"):
            return re.sub(rb'properties="nav"', b"", data)
        return data

    assert "EPB003" in rules(check_epub(rewrite_epub(good["epub"], tmp_path / "bad.epub", unnav)))


def test_epub_content_image_without_alt(good: dict[str, Path], tmp_path: Path) -> None:
    def drop_alt(name: str, data: bytes) -> bytes:
        if name.endswith(".xhtml") and b"<img" in data:
            return re.sub(rb'(<img[^>]*?) alt="[^"]*"', rb"\1", data)
        return data

    found = check_epub(rewrite_epub(good["epub"], tmp_path / "bad.epub", drop_alt))
    assert any(f.rule == "HTM004" and f.location.endswith(".xhtml:line 1") is False for f in found)
    assert "HTM004" in rules(found)


def test_not_an_epub(tmp_path: Path) -> None:
    path = tmp_path / "x.epub"
    path.write_bytes(b"PK nothing")
    assert rules(check_epub(path)) == {"EPB000"}


# ------------------------------------------------------------------------------------ HTML

GOOD_PAGE = """<!DOCTYPE html><html lang="de"><head><title>Teststellen</title></head>
<body><main><h1>Teststellen</h1><h2>Adressen</h2><img src="a.png" alt="Karte">
<img src="deko.png" alt=""><a href="x.html">Alle Teststellen</a>
<a href="y.html"><img src="i.png" alt="Startseite"></a></main></body></html>"""

BAD_PAGE = """<!DOCTYPE html><html><head></head><body><h1>A</h1><h3>B</h3>
<img src="a.png"><a href="x.html"></a><h1>C</h1></body></html>"""


def test_good_page_passes() -> None:
    assert check_markup(GOOD_PAGE, file="ok.html") == []


def test_bad_page_each_rule_with_its_line() -> None:
    found = check_markup(BAD_PAGE, file="bad.html")
    assert rules(found) == {"HTM001", "HTM002", "HTM003", "HTM004", "HTM005", "HTM006"}
    (alt,) = [f for f in found if f.rule == "HTM004"]
    assert alt.location == "line 2"


# ------------------------------------------------------------------------------------- MP3


def silent_mp3() -> bytes:
    lameenc = pytest.importorskip("lameenc")
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(32)
    encoder.set_in_sample_rate(22050)
    encoder.set_channels(1)
    data: bytes = encoder.encode(b"\x00\x00" * 22050) + encoder.flush()
    return data


def test_audio_without_chapters_language_or_captions(tmp_path: Path) -> None:
    path = tmp_path / "notice.mp3"
    path.write_bytes(silent_mp3())
    assert own(path) == {"AUD001", "AUD002", "AUD003"}


def test_audio_with_chapters_language_and_captions(tmp_path: Path) -> None:
    mutagen_id3 = pytest.importorskip("mutagen.id3")
    path = tmp_path / "notice.mp3"
    path.write_bytes(silent_mp3())
    tags = mutagen_id3.ID3()
    tags.add(mutagen_id3.TLAN(encoding=3, text="deu"))
    tags.add(
        mutagen_id3.CTOC(
            element_id="toc",
            flags=mutagen_id3.CTOCFlags.TOP_LEVEL | mutagen_id3.CTOCFlags.ORDERED,
            child_element_ids=["ch0"],
            sub_frames=[],
        )
    )
    tags.add(mutagen_id3.CHAP(element_id="ch0", start_time=0, end_time=1000, sub_frames=[]))
    tags.save(path)
    path.with_suffix(".vtt").write_text("WEBVTT\n", encoding="utf-8")
    assert own(path) == set()


# ------------------------------------------------------------------- reports, config, CLI


def test_reports_read_back_by_their_parsers(tmp_path: Path) -> None:
    junitparser = pytest.importorskip("junitparser")
    sarif_loader = pytest.importorskip("sarif.loader")
    (tmp_path / "ok.html").write_text(GOOD_PAGE, encoding="utf-8")
    (tmp_path / "bad.html").write_text(BAD_PAGE, encoding="utf-8")
    reports = check_paths([tmp_path], external=False)
    assert failed(reports)
    config = load_config(folder=tmp_path)
    junit = tmp_path / "r.xml"
    junit.write_text(to_junit(reports, "error"), encoding="utf-8")
    suites = {s.name: s for s in junitparser.JUnitXml.fromfile(str(junit))}
    assert suites[str(tmp_path / "bad.html")].failures == 1
    assert suites[str(tmp_path / "ok.html")].failures == 0
    sarif = tmp_path / "r.sarif"
    sarif.write_text(to_sarif(reports, base=tmp_path), encoding="utf-8")
    loaded = sarif_loader.load_sarif_file(str(sarif))
    assert loaded.get_result_count() == len(check_markup(BAD_PAGE, file="x"))
    payload = json.loads(to_json(reports, config, failed=True))
    assert payload["schema"] == "pubkit-check/1"
    assert {f["file"] for f in payload["files"]} == {
        str(tmp_path / "ok.html"),
        str(tmp_path / "bad.html"),
    }


def test_ignore_needs_a_reason_and_silences_only_its_rule(tmp_path: Path) -> None:
    (tmp_path / "bad.html").write_text(BAD_PAGE, encoding="utf-8")
    project = tmp_path / "pyproject.toml"
    project.write_text('[[tool.pubkit.check.ignore]]\nrule = "HTM003"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="needs a reason"):
        load_config(folder=tmp_path)
    project.write_text(
        '[tool.pubkit.check]\nfail-on = "warning"\n[[tool.pubkit.check.ignore]]\n'
        'rule = "HTM003"\nfiles = "*bad.html"\nreason = "an old page kept for the record"\n',
        encoding="utf-8",
    )
    config = load_config(folder=tmp_path)
    assert config.fail_on == "warning"
    (report,) = check_paths([tmp_path / "bad.html"], external=False, config=config)
    assert "HTM003" not in rules(report.findings)
    assert rules(report.ignored) == {"HTM003"}
    payload = json.loads(to_json([report], config, failed=True))
    assert payload["files"][0]["ignored"][0]["reason"] == "an old page kept for the record"


def test_cli_check_mixes_sources_and_finished_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.md"
    source.write_text("---\ntitle: T\nlang: de\n---\n## A\n\n#### B\n", encoding="utf-8")
    page = tmp_path / "bad.html"
    page.write_text(BAD_PAGE, encoding="utf-8")
    junit = tmp_path / "report.xml"
    code = main(["check", "--no-validators", "--junit", str(junit), str(source), str(page)])
    assert code == 1
    out = capsys.readouterr().out
    assert f"{source}:7: Fehler HDG001" in out  # a German notice: German findings
    assert "HTM004 [pubkit] (line 2)" in out
    assert junit.read_text(encoding="utf-8").startswith("<?xml")
    assert (
        main(["check", "--no-validators", "--fail-on", "error", str(tmp_path / "nothing.pdf")]) == 2
    )


def test_cli_text_keeps_square_brackets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "[bold]x[red].html"
    page.write_text(BAD_PAGE, encoding="utf-8")
    main(["check", "--no-validators", str(page)])
    assert "[bold]x[red].html" in capsys.readouterr().out


def test_missing_validator_is_reported_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "ok.html"
    page.write_text(GOOD_PAGE, encoding="utf-8")
    monkeypatch.setenv("PUBKIT_NODE_TOOLS", str(tmp_path / "nowhere"))
    (report,) = check_paths([page])
    (missing,) = [f for f in report.findings if f.rule == "TOOL-MISSING"]
    assert missing.tool == "axe"
    assert missing.severity == "warning"
    assert "pubkit validators install" in missing.message
    config = load_config(folder=tmp_path)
    from dataclasses import replace

    (strict,) = check_paths([page], config=replace(config, require=("axe",)))
    assert failed([strict])


@pytest.mark.external
def test_both_layers_find_the_defects_of_broken_files(
    good: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder of broken files: pubkit's rules and the validators each find each defect."""
    weasyprint = pytest.importorskip("weasyprint")
    broken = tmp_path / "broken"
    broken.mkdir()
    weasyprint.HTML(string="<html lang='de'><body><p>Text</p></body></html>").write_pdf(
        broken / "untagged.pdf"
    )
    weasyprint.HTML(
        string='<html lang="de"><head><title>T</title></head><body><p>\ue000</p></body></html>'
    ).write_pdf(broken / "glyph.pdf", pdf_variant="pdf/ua-1")

    def strip(name: str, data: bytes) -> bytes:
        if name.endswith(".opf"):
            return re.sub(rb'<meta property="schema:[^"]+"[^>]*>[^<]*</meta>', b"", data)
        return data

    rewrite_epub(good["epub"], broken / "no-a11y.epub", strip)
    (broken / "page.html").write_text(
        "<!DOCTYPE html><html><head><title>T</title></head><body><main><h1>T</h1>"
        '<img src="a.png"></main></body></html>',
        encoding="utf-8",
    )
    sarif = tmp_path / "r.sarif"
    assert (
        main(
            [
                "check",
                "--json",
                "--require",
                "verapdf,epubcheck,ace,axe",
                "--sarif",
                str(sarif),
                str(broken),
            ]
        )
        == 1
    )
    payload = json.loads(capsys.readouterr().out)
    by_file = {Path(f["file"]).name: f["findings"] for f in payload["files"]}

    def found(name: str, tool: str) -> set[str]:
        return {f["rule"] for f in by_file[name] if f["tool"] == tool}

    assert "PDF001" in found("untagged.pdf", "pubkit")
    assert "ISO 14289-1:2014 7.1-11" in found("untagged.pdf", "verapdf")
    assert "PDF009" in found("glyph.pdf", "pubkit")
    assert "ISO 14289-1:2014 7.21.8-1" in found("glyph.pdf", "verapdf")
    assert "EPB002" in found("no-a11y.epub", "pubkit")
    assert {"metadata-accessmode", "metadata-accessibilityfeature"} & found("no-a11y.epub", "ace")
    assert {"HTM001", "HTM004"} <= found("page.html", "pubkit")
    assert {"html-has-lang", "image-alt"} <= found("page.html", "axe")
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_an_installed_pubkit_never_takes_the_enclosing_project_for_its_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pubkit.validators import _base

    app = tmp_path / "city-app"
    (app / "src").mkdir(parents=True)
    (app / "pyproject.toml").write_text("[project]\nname = 'city-app'\n", encoding="utf-8")
    installed = app / ".venv" / "lib" / "python3.11" / "site-packages" / "pubkit" / "validators"
    monkeypatch.setattr(_base, "__file__", str(installed / "_base.py"))
    monkeypatch.delenv("PUBKIT_VALIDATORS_HOME", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert _base.repo_root() is None
    assert _base.validators_home() == tmp_path / "cache" / "pubkit" / "validators"
    monkeypatch.setenv("PUBKIT_VALIDATORS_HOME", str(tmp_path / "tools"))
    assert _base.validators_home() == tmp_path / "tools"
    monkeypatch.setattr(_base, "__file__", str(app / "src" / "pubkit" / "validators" / "_base.py"))
    monkeypatch.delenv("PUBKIT_VALIDATORS_HOME")
    assert _base.validators_home() == app / ".cache" / "validators"


def test_draft_statement_builds_as_a_notice_and_lists_what_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.html").write_text(BAD_PAGE, encoding="utf-8")
    (tmp_path / "ok.html").write_text(GOOD_PAGE, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.pubkit.check]\n[[tool.pubkit.check.ignore]]\nrule = "HTM003"\n'
        'reason = "Archivseite von 2012, wird 2027 ersetzt"\n'
        '[tool.pubkit.statement]\norganisation = "Stadt Musterstadt"\nlaw = "BITV NRW"\n'
        'feedback-email = "barrierefrei@musterstadt.de"\n'
        'enforcement = "Ombudsstelle für barrierefreie Informationstechnik NRW"\n',
        encoding="utf-8",
    )
    for lang, heading in (("de", "Nicht barrierefreie Inhalte"), ("en", "Non-accessible content")):
        target = tmp_path / f"statement-{lang}.md"
        code = main(
            ["check", "--no-validators", "--statement", str(target), "--statement-lang", lang, "."]
        )
        assert code == 1
        text = target.read_text(encoding="utf-8")
        assert heading in text
        assert "barrierefrei@musterstadt.de" in text
        assert "Archivseite von 2012" in text
        assert "HTM004" in text
        document = pubkit.read(target)
        assert document.metadata.language == lang
        assert not [i for i in pubkit.check(document) if i.severity == "error"]
    german = (tmp_path / "statement-de.md").read_text(encoding="utf-8")
    assert "Entwurf" in german
    assert "teilweise" in german
    assert "[bitte ergänzen: welche Inhalte" in german
