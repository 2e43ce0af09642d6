"""The documentation site builds with ``--strict``, offline, and axe finds nothing on it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.docs.conftest import ROOT


def _nav_files(nav: object) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [f for item in nav for f in _nav_files(item)]
    if isinstance(nav, dict):
        return [f for value in nav.values() for f in _nav_files(value)]
    return []


def _config() -> dict[str, object]:
    # mkdocs.yml uses no YAML tags, so the safe loader reads it
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert isinstance(config, dict)
    return config


def test_every_page_in_the_nav_and_every_nav_entry_built(site: Path) -> None:
    nav = _nav_files(_config()["nav"])
    pages = sorted(str(p.relative_to(ROOT / "docs")) for p in (ROOT / "docs").rglob("*.md"))
    assert sorted(nav) == pages, "docs/*.md and the nav in mkdocs.yml differ"
    for page in nav:
        assert (site / page.replace(".md", ".html")).is_file(), page


def test_site_loads_nothing_from_the_web(site: Path) -> None:
    fetches = re.compile(
        r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=["'](?:https?:)?//""", re.I
    )
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not fetches.search(text), f"{page.name} loads a resource from the web"
        assert "fonts.googleapis" not in text, page.name
        assert "fonts.gstatic" not in text, page.name


def test_api_reference_documents_the_public_api(site: Path) -> None:
    text = (site / "api.html").read_text(encoding="utf-8")
    for anchor in (
        "pubkit.api.render",
        "pubkit.pipeline.Build",
        "pubkit.pipeline.plan",
        "pubkit.checks.check",
        "pubkit.readers.read",
        "pubkit.model.document.Document",
        "pubkit.renderers.base.Renderer",
        "pubkit.renderers.registry.get",
        "pubkit.errors.PubkitError",
        "pubkit.config.Config",
        "pubkit.config.load_config",
        "pubkit.web.fragment",
        "pubkit.web.alternate_links",
        "pubkit.web.alternates_html",
        "pubkit.availability.Skipped",
        "pubkit.availability.split",
        "pubkit.doctor.diagnose",
        "pubkit.doctor.format_report",
        "pubkit.i18n.choose",
        "pubkit.i18n.speaking",
    ):
        assert f'id="{anchor}"' in text, anchor
    # Sphinx markup in docstrings is shown as plain code, not as ":class:" and a stray "::"
    assert not re.search(r":(?:class|func|mod|meth|exc):<code>", text)
    assert "<p>::</p>" not in text
    # doctest examples in docstrings are code, not three nested block quotes
    assert 'class="doctest"' in text
    assert "<blockquote>" not in text


def test_german_pages_are_marked_german(site: Path) -> None:
    page = (site / "de" / "meldungen-barrierefrei-schreiben.html").read_text(encoding="utf-8")
    assert re.search(r'<article[^>]*\blang="de"', page)


@pytest.mark.external
def test_axe_finds_nothing_on_the_built_pages(site: Path) -> None:
    """Every page of the site (404.html aside: it is meant to be served from the site's root,
    and opened from disk its absolute links and scripts do not load)."""
    from pubkit.validators import run_axe

    pages = sorted(p for p in site.rglob("*.html") if p.name != "404.html")
    assert len(pages) >= 20
    reports = run_axe(pages)
    assert len(reports) == len(pages)
    problems = [
        f"{Path(r.target).relative_to(site)}: {f.rule} ({f.severity}) {f.message} at {f.location}"
        for r in reports
        for f in r.findings
    ]
    assert not problems, "\n".join(problems)
