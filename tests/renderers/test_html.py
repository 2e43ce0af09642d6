"""The html renderer: a standalone page, images embedded, and axe-core finds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

import pubkit
from pubkit.renderers.resources import ResourceError
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def example_pages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("html")
    pages = []
    for example in EXAMPLES:
        target = out / f"{example.stem}.html"
        pubkit.render(pubkit.read(example), "html", out=target)
        pages.append(target)
    return pages


def test_examples_render_standalone(example_pages: list[Path]) -> None:
    assert len(example_pages) >= 2
    for page in example_pages:
        html = page.read_text(encoding="utf-8")
        assert html.startswith('<!DOCTYPE html>\n<html lang="de">')
        assert 'src="data:image/' in html or "<img" not in html  # nothing to fetch
        assert "<title>" in html
        assert "http-equiv" not in html


def test_dark_mode_reduced_motion_and_print_are_styled(example_pages: list[Path]) -> None:
    html = example_pages[0].read_text(encoding="utf-8")
    for rule in ("prefers-color-scheme: dark", "prefers-reduced-motion: reduce", "@media print",
                 ":lang(de) { hyphens: auto", ":focus-visible"):  # fmt: skip
        assert rule in html
    assert "text-align: justify" not in html


def test_remote_image_is_never_fetched(tmp_path: Path) -> None:
    """A picture on the web is not loaded (the address could steer the build to an internal
    server): the page shows its description, linked to it, and the checks warn (IMG005)."""
    path = tmp_path / "n.md"
    path.write_text(
        "---\ntitle: T\nlang: de\n---\n![Ein Bild](http://169.254.169.254/latest/x.png)\n",
        encoding="utf-8",
    )
    html = pubkit.render(pubkit.read(path), "html").data.decode("utf-8")
    assert "<img" not in html
    assert '<a href="http://169.254.169.254/latest/x.png">Bild</a>: Ein Bild' in html


def test_the_renderer_itself_still_refuses_a_remote_image(tmp_path: Path) -> None:
    """Called without the build (a renderer plug-in's own test), a web address is refused."""
    from pubkit.renderers import registry

    path = tmp_path / "n.md"
    path.write_text(
        "---\ntitle: T\nlang: de\n---\n![Ein Bild](http://169.254.169.254/latest/x.png)\n",
        encoding="utf-8",
    )
    renderer = registry.get("html")
    with pytest.raises(ResourceError, match="network"):
        renderer.render(pubkit.read(path), renderer.options_type())


@pytest.mark.external
def test_axe_finds_no_violation_on_the_examples(example_pages: list[Path]) -> None:
    from pubkit.validators import run_axe

    reports = run_axe(example_pages)
    assert len(reports) == len(example_pages)
    for report in reports:
        assert report.findings == (), "\n".join(str(f) for f in report.findings)
