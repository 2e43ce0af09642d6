"""Attacks that already failed when pubkit was probed; these tests keep them failing.

Each test belongs to an entry of docs/threats.md.
"""

from __future__ import annotations

import http.server
import io
import signal
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from pubkit import read, render
from pubkit.errors import PubkitError, ReadError, RenderError
from pubkit.readers.markdown import read_markdown
from pubkit.renderers.resources import ResourceError
from tests.images import png

ROOT = Path(__file__).resolve().parents[2]


def _notice(folder: Path, body: str, name: str = "n.md") -> Path:
    path = folder / name
    path.write_text(f"---\ntitle: Test\nlang: de\n---\n{body}\n", encoding="utf-8")
    return path


class _Canary(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []  # noqa: RUF012  # shared by design: every request is recorded

    def do_GET(self) -> None:  # the name http.server calls
        _Canary.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        self.wfile.write(png())

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def canary() -> Iterator[str]:
    """An HTTP server on 127.0.0.1 that records every request it receives."""
    _Canary.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Canary)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("fmt", ["html", "epub", "pdf"])
def test_no_request_reaches_a_loopback_server(tmp_path: Path, canary: str, fmt: str) -> None:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg"><image href="{canary}/svg.png"/></svg>'
    (tmp_path / "bild.svg").write_text(svg, encoding="utf-8")
    # A picture on the web is replaced by its description and a link (never fetched) …
    for body in (
        f"![Bild]({canary}/image.png)",
        f"![Bild](//127.0.0.1:{canary.rsplit(':', 1)[1]}/scheme-relative.png)",
    ):
        render(read(_notice(tmp_path, body)), fmt, strict=False)
    # … and a local picture that would load one is refused.
    with pytest.raises(ResourceError):
        render(read(_notice(tmp_path, "![Bild](bild.svg)")), fmt, strict=False)
    # A link is written as a link, never fetched.
    doc = read(_notice(tmp_path, f"Siehe [Seite]({canary}/link)."))
    render(doc, fmt, strict=False)
    assert _Canary.hits == []


@pytest.mark.parametrize(
    "src",
    [
        "../geheim.png",
        "/etc/passwd",
        "file:///etc/passwd",
        "bilder/../../geheim.png",
        "%2e%2e/geheim.png",
    ],
)
def test_references_outside_the_folder_are_refused(tmp_path: Path, src: str) -> None:
    (tmp_path / "geheim.png").write_bytes(png())
    folder = tmp_path / "notice"
    folder.mkdir()
    doc = read(_notice(folder, f"![Bild]({src})"))
    try:
        page = render(doc, "html", strict=False).data
    except ResourceError:
        return
    # markdown-it does not take file: as an image address at all: the text stays text.
    assert src.startswith("file:")
    assert b"root:" not in page
    assert b"<img" not in page


def test_a_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("PASSWORT=geheim", encoding="utf-8")
    folder = tmp_path / "notice"
    folder.mkdir()
    (folder / "bild.png").symlink_to(secret)
    doc = read(_notice(folder, "![Bild](bild.png)"))
    for fmt in ("html", "epub"):
        with pytest.raises(ResourceError, match="symlink"):
            render(doc, fmt, strict=False)


def test_no_output_contains_a_local_files_content(tmp_path: Path) -> None:
    (tmp_path / "geheim.txt").write_text("GEHEIM-4711", encoding="utf-8")
    doc = read(_notice(tmp_path, "[Link](geheim.txt) und [Datei](file:///etc/hostname)."))
    html = render(doc, "html", strict=False).data
    epub = render(doc, "epub", strict=False).data
    assert b"GEHEIM-4711" not in html
    with zipfile.ZipFile(io.BytesIO(epub)) as archive:
        assert not any(b"GEHEIM-4711" in archive.read(n) for n in archive.namelist())


@pytest.mark.parametrize(
    "html",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "Text <iframe src='http://127.0.0.1/'></iframe>",
        "<style>body{background:url(http://127.0.0.1/)}</style>",
    ],
)
def test_raw_html_is_refused(html: str) -> None:
    with pytest.raises(ReadError, match="Raw HTML"):
        read_markdown(f"---\ntitle: T\nlang: de\n---\n{html}\n", source="n.md")


def test_raw_html_stripped_keeps_no_script() -> None:
    doc = read_markdown(
        "---\ntitle: T\nlang: de\n---\n<script>alert(1)</script>\n\nText.\n", raw_html="strip"
    )
    from pubkit.writers.html import HtmlOptions, write_html

    assert "alert" not in write_html(doc, HtmlOptions())


def test_nul_bytes_and_invalid_utf8(tmp_path: Path) -> None:
    nul = tmp_path / "nul.md"
    nul.write_bytes(b"---\ntitle: T\nlang: de\n---\nText\x00mehr\n")
    with pytest.raises(ReadError, match="NUL"):
        read(nul)
    broken = tmp_path / "broken.md"  # neither UTF-8 nor Windows-1252 text (0x81, 0x8d)
    broken.write_bytes(b"---\ntitle: Gr\x81\x8de\nlang: de\n---\nText\n")
    with pytest.raises(ReadError, match="not UTF-8"):
        read(broken)


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system ['touch /tmp/pubkit-pwned']",
        "!!python/name:os.system",
        "!<tag:yaml.org,2002:python/object:object> {}",
    ],
)
def test_yaml_tags_run_nothing(tag: str) -> None:
    with pytest.raises(ReadError):
        read_markdown(f"---\ntitle: {tag}\nlang: de\n---\nText\n", source="n.md")
    assert not Path("/tmp/pubkit-pwned").exists()


def test_a_killed_build_leaves_complete_files_and_no_litter(tmp_path: Path) -> None:
    target = tmp_path / "out" / "index.html"
    target.parent.mkdir()
    target.write_bytes(b"old complete file")
    script = (
        "import sys\nfrom pathlib import Path\nfrom pubkit.io import write_files_atomically\n"
        "print('start', flush=True)\n"
        f"write_files_atomically([(Path({str(target)!r}), b'x' * 400_000_000)])\n"
    )
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    child = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE)
    assert child.stdout is not None
    child.stdout.readline()
    deadline = time.monotonic() + 20
    while not list(target.parent.glob(".index.html.pubkit-*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait()
    leftovers = list(target.parent.glob(".index.html.pubkit-*.tmp"))
    assert leftovers, "the kill came too late to leave a temporary"
    assert target.read_bytes() == b"old complete file"
    doc = read(_notice(tmp_path, "Neu."))
    render(doc, "html", out=target, strict=False)
    assert not list(target.parent.glob(".index.html.pubkit-*.tmp"))
    assert b"Neu." in target.read_bytes()


def test_only_pubkit_errors_escape_the_cli(tmp_path: Path) -> None:
    bad = _notice(tmp_path, "*" * 400 + "x" + "*" * 400)
    from pubkit.cli import main

    assert main(["check", str(bad)]) == 1
    assert main(["build", str(bad), "--out", str(tmp_path / "out"), "-f", "html"]) == 1
    assert isinstance(ReadError("x"), PubkitError)
    assert issubclass(ResourceError, RenderError)


def test_an_epub_dated_after_2107(tmp_path: Path) -> None:
    path = tmp_path / "n.md"
    path.write_text(
        "---\ntitle: Zukunft\nlang: de\ndate: 2200-01-01\n---\nText.\n", encoding="utf-8"
    )
    data = render(read(path), "epub", strict=False).data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        opf = next(archive.read(n) for n in archive.namelist() if n.endswith(".opf"))
        assert all(info.date_time[0] <= 2107 for info in archive.infolist())
    assert b"2200-01-01" in opf
