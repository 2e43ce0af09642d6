"""The web-app API: images as bytes, the HTML fragment and its stylesheet, the links helper."""

from __future__ import annotations

import io
from pathlib import Path

import lxml.html
import pytest

import pubkit
from pubkit.errors import ResourceError
from pubkit.limits import Limits, use_limits
from pubkit.web import alternate_links, alternates_html, fragment, fragment_css, scope_css
from tests.images import png

TEXT = """---
title: Neue Spielplätze im Stadtteil Nord
lang: de
publisher: Stadt Beispielhausen
---

Die Stadt baut im Frühjahr zwei neue Spielplätze.

![Ein Spielplatz mit roter Rutsche](bilder/spielplatz.png)

Fragen beantwortet das Bürgerbüro unter 0123 45678.
"""


def _build(**kwargs: object) -> pubkit.Build:
    return pubkit.Build.from_text(
        TEXT,
        resources={"bilder/spielplatz.png": png(40, 20)},
        **kwargs,  # type: ignore[arg-type]
    )


def test_image_given_as_bytes_reaches_html_and_pdf() -> None:
    import pdfplumber

    build = _build()
    html = build.render(build.plan(["html"]).outputs[0]).data.decode()
    assert 'alt="Ein Spielplatz mit roter Rutsche"' in html
    assert 'src="data:image/png;base64,' in html
    pdf = build.render(build.plan(["pdf"], variant="standard").outputs[0]).data
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert len(document.pages[0].images) == 1
        assert round(document.pages[0].images[0]["srcsize"][0]) == 40


def test_missing_image_without_folder_says_how_to_pass_bytes() -> None:
    build = pubkit.Build.from_text(TEXT)
    with pytest.raises(ResourceError, match="resources="):
        build.render(build.plan(["html"]).outputs[0])


@pytest.mark.parametrize(
    ("resources", "message"),
    [
        ({"x.png": b"not a png"}, "damaged or not what its name says"),
        ({"x.txt": b"hello"}, "not an image pubkit embeds"),
        ({"../x.png": png()}, "not a relative file name"),
        (
            {"x.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>'},
            "<script>",
        ),
    ],
)
def test_resources_are_checked_like_files(resources: dict[str, bytes], message: str) -> None:
    with pytest.raises(ResourceError, match=message):
        pubkit.Build.from_text(TEXT, resources=resources)


def test_resources_held_to_the_limits() -> None:
    with use_limits(Limits(max_images=1)), pytest.raises(ResourceError, match="max_images"):
        pubkit.Build.from_text(TEXT, resources={"a.png": png(), "b.png": png()})
    with use_limits(Limits(max_image_pixels=100)), pytest.raises(ResourceError, match="pixels"):
        pubkit.Build.from_text(TEXT, resources={"bilder/spielplatz.png": png(40, 20)})


def test_fragment_is_one_article_with_scoped_css() -> None:
    part = fragment(_build())
    root = lxml.html.fragment_fromstring(part.html)
    assert root.tag == "article"
    assert root.get("lang") == "de"
    assert "pubkit-notice" in (root.get("class") or "")
    tags = {e.tag for e in root.iter()}
    assert not tags & {"html", "head", "body", "main", "style", "script"}
    assert root.find("h1") is not None
    assert root.find("nav") is None  # no links unless a base is given
    assert part.title == "Neue Spielplätze im Stadtteil Nord"
    # every rule of the stylesheet is limited to the article
    for line in part.css.splitlines():
        if line.endswith("{") and not line.startswith("@"):
            assert line.startswith(".pubkit-notice"), line
    assert "body" not in part.css.replace(".pubkit-notice", "")


def test_scope_css() -> None:
    css = ":root { --a: 1; }\nbody, h1 a:hover { x: y; }\n@media print { main { z: 1; } }"
    scoped = scope_css(css, ".s")
    assert ".s { --a: 1; }" in scoped
    assert ".s, .s h1 a:hover { x: y; }" in scoped
    assert "@media print {\n.s { z: 1; }" in scoped


def test_links_helper_data_and_html(tmp_path: Path) -> None:
    build = _build(settings={"output-names": "slug", "pdf.large-print": False})
    links = alternate_links(build, base="/meldungen/7/", formats=["html", "pdf", "speech"])
    assert [(link.kind, link.href, link.media_type) for link in links] == [
        ("audio", "/meldungen/7/notice.mp3", "audio/mpeg"),
        ("pdf", "/meldungen/7/notice.pdf", "application/pdf"),
    ]
    assert links[0].captions == "/meldungen/7/notice.vtt"
    assert links[1].label == "PDF zum Drucken"
    html = alternates_html(links, language="de")
    assert html.startswith('<nav class="alternates"')
    assert 'href="/meldungen/7/notice.pdf"' in html
    assert '<track kind="captions" src="/meldungen/7/notice.vtt"' in html
    assert alternates_html((), language="de") == ""


def test_fragment_with_links_and_settings() -> None:
    build = _build(settings={"speech.format": "ogg"})
    part = fragment(build, base="/n/", formats=["pdf", "speech"])
    assert '<a href="/n/notice.ogg">' in part.html
    assert "notice-summary" not in part.html
    assert fragment_css(easy_read=True) != fragment_css()


def test_easy_read_notice_gets_the_easy_read_style() -> None:
    text = TEXT.replace("lang: de\n", "lang: de\nkind: easy-read\n")
    part = fragment(pubkit.Build.from_text(text, resources={"bilder/spielplatz.png": png(40, 20)}))
    assert "easy-read" in part.html.split(">", 1)[0]  # the article's class
    assert part.css == fragment_css(easy_read=True)
