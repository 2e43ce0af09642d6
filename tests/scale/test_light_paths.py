"""The lighter ways a one-notice build takes must give what the general ones gave (issue 18):
the EPUB identifier without hashlib, images opened with only their own Pillow plugin."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from pubkit.errors import ResourceError
from pubkit.limits import Limits
from pubkit.model import Metadata
from pubkit.renderers.epub_metadata import identifier
from pubkit.renderers.resources import _open_raster, check_raster
from tests.images import png

PIL = pytest.importorskip("PIL.Image")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("title", "date", "lang"),
    [("Helden in der Krise", "2020-10-29", "de"), ("Ä ß € 😀", None, "en"), ("", None, "de")],
)
def test_the_identifier_is_the_name_based_uuid(title: str, date: str | None, lang: str) -> None:
    name = "\x1f".join(("pubkit", title, date or "", lang))
    expected = f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"
    assert identifier(Metadata(title=title, date=date, language=lang)) == expected


def _jpeg() -> bytes:
    out = io.BytesIO()
    PIL.new("RGB", (30, 20), (200, 40, 40)).save(out, "JPEG")
    return out.getvalue()


def _gif() -> bytes:
    out = io.BytesIO()
    PIL.new("P", (7, 5)).save(out, "GIF")
    return out.getvalue()


@pytest.mark.parametrize("make", [png, _jpeg, _gif])
def test_an_image_opens_as_image_open_opens_it(make: object) -> None:
    data = make()  # type: ignore[operator]
    with _open_raster(data) as ours, PIL.open(io.BytesIO(data)) as theirs:
        assert type(ours) is type(theirs)
        assert (ours.format, ours.size, ours.mode) == (theirs.format, theirs.size, theirs.mode)
    assert check_raster(data, "x", Limits()) == theirs.size


@pytest.mark.parametrize(
    "data",
    [
        png()[:30],  # a PNG cut short inside its header
        png()[:-12] + b"\x00" * 12,  # a PNG whose last chunk is damaged
        b"\xff\xd8\xff" + b"\x00" * 40,  # a JPEG signature and nothing after it
        b"\x89PNG\r\n\x1a\n",  # a signature only
    ],
)
def test_a_damaged_image_gets_the_message_image_open_gave(data: bytes) -> None:
    try:
        with PIL.open(io.BytesIO(data)) as image:
            image.verify()
        expected = None
    except (OSError, SyntaxError, ValueError) as exc:
        expected = str(exc)
    if expected is None:
        check_raster(data, "x.png", Limits())
        return
    with pytest.raises(ResourceError) as raised:
        check_raster(data, "x.png", Limits())
    assert _no_address(f"({expected})") in _no_address(str(raised.value))


def _no_address(message: str) -> str:
    """Pillow names the stream it could not read by its address (``<_io.BytesIO … at 0x…>``)."""
    return re.sub(r" at 0x[0-9a-f]+", "", message)


def test_a_jpeg_named_png_is_read_as_the_jpeg_it_is() -> None:
    assert check_raster(_jpeg(), "photo.png", Limits()) == (30, 20)


def test_a_png_loads_only_the_png_plugin() -> None:
    code = (
        "import sys\n"
        "from pubkit.renderers.resources import check_raster\n"
        "from pubkit.limits import Limits\n"
        "from tests.images import png\n"
        "assert check_raster(png(), 'x.png', Limits()) == (24, 12)\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    loaded = set(done.stdout.split())
    assert "PIL.PngImagePlugin" in loaded
    assert not loaded & {"PIL.BmpImagePlugin", "PIL.GifImagePlugin", "PIL.JpegImagePlugin"}


def test_a_picture_above_pillows_bound_is_still_pillows_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(PIL, "MAX_IMAGE_PIXELS", 100)  # the 24 × 12 picture is above 2 × 100
    with pytest.raises(ResourceError, match=r'The image has 288 pixels \("x\.png"\)'):
        check_raster(png(), "x.png", Limits())


@pytest.mark.parametrize(
    ("package", "parts"),
    [
        ("pubkit", ("locale", "de", "LC_MESSAGES", "pubkit.mo")),
        ("pubkit.renderers", ("css", "html.css")),
    ],
)
def test_package_files_are_what_importlib_resources_finds(
    package: str, parts: tuple[str, ...]
) -> None:
    from importlib.resources import files

    from pubkit.packaged import package_files

    ours, theirs = package_files(package), files(package)
    assert str(ours) == str(theirs)
    assert ours.joinpath(*parts).read_bytes() == theirs.joinpath(*parts).read_bytes()
