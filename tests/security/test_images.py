"""Images: one file under many spellings counts once; bombs and hostile SVGs are refused."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from pubkit import read, render
from pubkit.limits import Limits, use_limits
from pubkit.renderers.resources import ResourceError, Resources, check_svg
from tests.images import png


def _notice(folder: Path, body: str) -> Path:
    path = folder / "n.md"
    path.write_text(f"---\ntitle: Bilder\nlang: de\n---\n{body}\n", encoding="utf-8")
    return path


def test_spellings_of_one_file_are_one_image(tmp_path: Path) -> None:
    (tmp_path / "r.png").write_bytes(png())
    resources = Resources.for_source(str(tmp_path / "n.md"))
    loaded = {id(resources.load(ref)) for ref in ("r.png?1", "./r.png", "r.png#1", "r.png")}
    assert len(loaded) == 1
    with use_limits(Limits(max_images=1)):
        resources = Resources.for_source(str(tmp_path / "n.md"))
        for ref in ("r.png?1", "./r.png", "r.png#1"):
            resources.load(ref)


def test_many_spellings_do_not_multiply_the_page(tmp_path: Path) -> None:
    (tmp_path / "r.png").write_bytes(png(400, 400))
    refs = [f"r.png?{i}" for i in range(179)]
    body = "\n\n".join(f"![Rathaus {i}]({ref})" for i, ref in enumerate(refs))
    doc = read(_notice(tmp_path, body))
    epub = render(doc, "epub", strict=False)
    import io
    import zipfile

    names = zipfile.ZipFile(io.BytesIO(epub.data)).namelist()
    assert sum(1 for n in names if "images/" in n) == 1
    limit = Limits(max_total_image_bytes=100_000)
    with use_limits(limit), pytest.raises(ResourceError, match="max_total_image_bytes"):
        render(doc, "html", strict=False)


def test_too_many_distinct_images(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"b{i}.png").write_bytes(png(rgb=(i, i, i)))
    body = "\n\n".join(f"![Bild {i}](b{i}.png)" for i in range(3))
    doc = read(_notice(tmp_path, body))
    with use_limits(Limits(max_images=2)), pytest.raises(ResourceError, match="max_images"):
        render(doc, "html", strict=False)


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    # A tiny IDAT that would inflate to width*height*3 bytes of zeros: a PNG bomb.
    idat = zlib.compress(b"\x00" * 1_000_000, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_png_bomb_refused_from_its_header(tmp_path: Path) -> None:
    (tmp_path / "bomb.png").write_bytes(_png_header_only(60_000, 60_000))
    doc = read(_notice(tmp_path, "![Bombe](bomb.png)"))
    with pytest.raises(ResourceError, match=r"3,600,000,000 pixels.*max_image_pixels"):
        render(doc, "html", strict=False)


def test_damaged_png_is_refused(tmp_path: Path) -> None:
    data = bytearray(png())
    data[30] ^= 0xFF  # break the IHDR checksum
    (tmp_path / "kaputt.png").write_bytes(bytes(data))
    doc = read(_notice(tmp_path, "![Kaputt](kaputt.png)"))
    with pytest.raises(ResourceError, match="damaged"):
        render(doc, "html", strict=False)


@pytest.mark.parametrize(
    "svg",
    [
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">'
        '<image x:href="http://127.0.0.1:9/x.png"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><style>@import "http://x/y.css";</style></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(http://x/p)"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>',
        "<svg",
    ],
)
def test_hostile_svg_is_refused(svg: str) -> None:
    with pytest.raises(ResourceError, match="SVG"):
        check_svg(svg.encode(), "bild.svg")


def test_plain_svg_is_accepted(tmp_path: Path) -> None:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Kreis</title>'
        '<defs><linearGradient id="g"/></defs><circle cx="5" cy="5" r="4" fill="url(#g)"/>'
        '<use href="#g"/></svg>'
    )
    check_svg(svg.encode(), "kreis.svg")


def test_image_above_our_pixel_limit_but_below_pillows(tmp_path: Path) -> None:
    (tmp_path / "gross.png").write_bytes(_png_header_only(8000, 6000))
    doc = read(_notice(tmp_path, "![Groß](gross.png)"))
    with pytest.raises(ResourceError, match=r"48,000,000 pixels.*8000 × 6000"):
        render(doc, "html", strict=False)
