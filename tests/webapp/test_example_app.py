"""examples/webapp: the Flask app, run with Flask's test client (no network, no server)."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

import lxml.html
import pytest

flask = pytest.importorskip("flask")  # the [dev] extra has it

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def client() -> object:
    spec = importlib.util.spec_from_file_location("webapp_example", ROOT / "examples/webapp/app.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["webapp_example"] = module
    spec.loader.exec_module(module)
    return module.create_app().test_client()


def test_pdf_route(client: flask.testing.FlaskClient) -> None:
    import pdfplumber
    import pikepdf

    response = client.get("/meldungen/spielplatz-nord/notice.pdf")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    with pikepdf.open(io.BytesIO(response.data)) as pdf:
        assert str(pdf.Root.Lang) == "de"
        assert "/StructTreeRoot" in pdf.Root  # tagged
        with pdf.open_metadata() as xmp:
            assert xmp.get("pdfuaid:part") == "1"
    with pdfplumber.open(io.BytesIO(response.data)) as document:
        images = [image for page in document.pages for image in page.images]
        assert len(images) == 1  # the picture passed as bytes
        assert round(images[0]["srcsize"][0]) == 480
        text = document.pages[0].extract_text()
        assert "Neuer Spielplatz im Stadtteil Nord" in text


def test_fragment_route(client: flask.testing.FlaskClient) -> None:
    response = client.get("/meldungen/spielplatz-nord/fragment")
    assert response.status_code == 200
    assert response.headers["Content-Language"] == "de"
    root = lxml.html.fragment_fromstring(response.get_data(as_text=True))
    assert root.tag == "article"
    image = root.find(".//img")
    assert image is not None
    assert image.get("src", "").startswith("data:image/png;base64,")
    assert "Rutsche" in image.get("alt", "")


def test_page_route_embeds_fragment_in_the_apps_template(client: flask.testing.FlaskClient) -> None:
    response = client.get("/meldungen/spielplatz-nord/")
    assert response.status_code == 200
    page = lxml.html.document_fromstring(response.get_data(as_text=True))
    assert len(page.findall(".//main")) == 1  # the app's, none from the fragment
    assert page.find(".//main/article") is not None
    links = [a.get("href") for a in page.findall(".//nav[@class='alternates']//a")]
    assert links == ["/meldungen/spielplatz-nord/notice.pdf"]
    assert client.get(links[0]).status_code == 200
    css = client.get("/meldungen/spielplatz-nord/pubkit.css")
    assert css.mimetype == "text/css"
    assert ".pubkit-notice h1" in css.get_data(as_text=True)


def test_unknown_notice_is_404(client: flask.testing.FlaskClient) -> None:
    assert client.get("/meldungen/gibt-es-nicht/").status_code == 404


@pytest.mark.external
def test_the_apps_page_passes_axe_and_pubkits_page_rules(
    client: flask.testing.FlaskClient, tmp_path: Path
) -> None:
    from pubkit.audit import check_file

    page = tmp_path / "index.html"
    page.write_bytes(client.get("/meldungen/spielplatz-nord/").data)
    (tmp_path / "pubkit.css").write_bytes(client.get("/meldungen/spielplatz-nord/pubkit.css").data)
    report = check_file(page)
    assert report.tools == ("pubkit", "axe")  # axe ran in Chromium on the page
    assert not report.findings, [str(f) for f in report.findings]
