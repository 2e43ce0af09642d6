"""Safe access to the files a document refers to.

A document may use files in its own folder (and below it) and nothing else: no absolute
paths, no ``..`` escapes, no ``file:``, ``http:`` or other URLs. The one exception is a
picture embedded in the document itself as a ``data:`` URI (the Word reader stores
pictures so): PNG, JPEG, GIF or WebP, base64-encoded, within the same size limit. Every renderer loads
resources through here, so the rule holds for all outputs.

Images are held to :class:`~pubkit.limits.Limits`: ``r.png?1``, ``./r.png`` and
``r.png#1`` are one file and count once (and load once); PNG, JPEG, GIF and WebP have their
pixel size read from the header and verified before anything decodes them; SVG is refused
when it has scripts, event handlers, entities or references outside itself.
"""

from __future__ import annotations

import base64
import binascii
import io
import mimetypes
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from pubkit.errors import ResourceError
from pubkit.limits import Limits, current_limits, refusal

if TYPE_CHECKING:
    from PIL.ImageFile import ImageFile

__all__ = ["Resource", "ResourceError", "Resources", "check_raster", "check_svg"]

_IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
}
MAX_RESOURCE_BYTES = 20 * 1024 * 1024
_EMBEDDED_TYPES = {
    "image/svg+xml": "svg",  # images given as bytes (pubkit.renderers.memory); checked like files
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/gif": "gif",
    "image/webp": "webp",
}


@dataclass(frozen=True, slots=True)
class Resource:
    """A loaded file: its path relative to the document folder, bytes and media type."""

    name: str
    data: bytes
    media_type: str


@dataclass(frozen=True, slots=True)
class Resources:
    """The folder a document may read from (``None``: the document may read nothing)."""

    root: Path | None
    limits: Limits = field(default_factory=current_limits)
    _loaded: dict[Path, Resource] = field(default_factory=dict, compare=False, repr=False)
    _uris: dict[Path, str] = field(default_factory=dict, compare=False, repr=False)
    _embedded: list[int] = field(default_factory=lambda: [0], compare=False, repr=False)

    @classmethod
    def for_source(cls, source: str | None) -> Resources:
        return cls(Path(source).resolve().parent if source else None)

    def path(self, reference: str) -> Path:
        """The file a reference names, or :class:`ResourceError` if it is not allowed."""
        parts = urlsplit(reference)
        if parts.scheme or parts.netloc:
            raise ResourceError(
                f'The document refers to "{reference}", which is not a file next to it. '
                "pubkit loads nothing from the network or from other folders: copy the file "
                "into the notice's folder and refer to it by its relative name."
            )
        relative = PurePosixPath(unquote(parts.path))
        if self.root is None:
            raise ResourceError(
                f'"{reference}" cannot be loaded: the document was not read from a file, so '
                "it has no folder to load resources from. Read it with pubkit.read(path), or "
                'give the image as bytes: pubkit.Build(document, resources={"name.png": data}).'
            )
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            raise ResourceError(
                f'"{reference}" points outside the notice\'s folder. Use a path inside it, '
                'such as "images/photo.png".'
            )
        path = (self.root / Path(*relative.parts)).resolve()
        if not path.is_relative_to(self.root):
            raise ResourceError(f'"{reference}" leads outside the notice\'s folder (a symlink?).')
        if not path.is_file():
            raise ResourceError(f'The file "{reference}" does not exist in {self.root}.')
        return path

    def load(self, reference: str) -> Resource:
        """The file a reference names, loaded once per file and checked against the limits.

        A picture embedded in the document (``data:image/png;base64,…``, as the Word reader
        stores them) is decoded and held to the same checks.
        """
        if reference.startswith("data:"):
            embedded = _embedded(reference)
            if embedded.media_type == "image/svg+xml":
                check_svg(embedded.data, "an embedded picture")
            else:
                check_raster(embedded.data, "an embedded picture", self.limits)
            return embedded
        path = self.path(reference)
        if path in self._loaded:
            return self._loaded[path]
        limits = self.limits
        if len(self._loaded) + 1 > limits.max_images:
            raise ResourceError(
                refusal("max_images", len(self._loaded) + 1, limits.max_images, f'at "{reference}"')
            )
        size = path.stat().st_size
        cap = min(limits.max_image_bytes, MAX_RESOURCE_BYTES)
        if size > cap:
            raise ResourceError(refusal("max_image_bytes", size, cap, f'"{reference}"'))
        total = size + sum(len(r.data) for r in self._loaded.values())
        if total > limits.max_total_image_bytes:
            raise ResourceError(
                refusal(
                    "max_total_image_bytes",
                    total,
                    limits.max_total_image_bytes,
                    f'at "{reference}"',
                )
            )
        media_type = _IMAGE_TYPES.get(path.suffix.lower()) or (
            mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        )
        data = path.read_bytes()
        if media_type == "image/svg+xml":
            check_svg(data, reference)
        elif media_type.startswith("image/"):
            check_raster(data, reference, limits)
        resource = Resource(
            name=path.relative_to(self.root).as_posix() if self.root else reference,
            data=data,
            media_type=media_type,
        )
        self._loaded[path] = resource
        return resource

    def data_uri(self, reference: str) -> str:
        """The file as a ``data:`` URL, made once per file and shared by every spelling.

        Each use still adds the file's size to the page, so the uses together are held to
        ``max_total_image_bytes`` (179 spellings of one 5 MB file made a 1.19 GB page).
        """
        if reference.startswith("data:"):
            self.load(reference)  # checked; the reference already is the data: URL
            return reference
        path = self.path(reference)
        resource = self.load(reference)
        self._embedded[0] += len(resource.data)
        if self._embedded[0] > self.limits.max_total_image_bytes:
            raise ResourceError(
                refusal(
                    "max_total_image_bytes",
                    self._embedded[0],
                    self.limits.max_total_image_bytes,
                    f'embedded in the page, at "{reference}"; each spelling of a file embeds '
                    "it again, so refer to each file by one name",
                )
            )
        if path not in self._uris:
            encoded = base64.b64encode(resource.data).decode("ascii")
            self._uris[path] = f"data:{resource.media_type};base64,{encoded}"
        return self._uris[path]


def check_raster(data: bytes, reference: str, limits: Limits) -> tuple[int, int]:
    """Width and height from the header, verified, within ``max_image_pixels``; not decoded."""
    from PIL import Image as PILImage  # Pillow comes with WeasyPrint

    try:
        with _open_raster(data) as image:  # reads the header only
            width, height = image.size
            if width * height > limits.max_image_pixels:
                raise ResourceError(
                    refusal(
                        "max_image_pixels",
                        width * height,
                        limits.max_image_pixels,
                        f'"{reference}", {width} × {height}',
                    )
                )
            image.verify()  # structure and checksums, without decoding the pixels
    except ResourceError:
        raise
    except PILImage.DecompressionBombError as exc:  # Pillow's own, far higher, bound
        found = re.search(r"\((\d+) pixels\)", str(exc))
        pixels = int(found.group(1)) if found else limits.max_image_pixels + 1
        raise ResourceError(
            refusal("max_image_pixels", pixels, limits.max_image_pixels, f'"{reference}"')
        ) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise ResourceError(
            f'The image "{reference}" is damaged or not what its name says ({exc}). '
            "Save it again as PNG or JPEG."
        ) from None
    return width, height


# The signatures of the two formats notices use, the Pillow plugin and the format it opens.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PngImagePlugin", "PNG"),
    (b"\xff\xd8\xff", "JpegImagePlugin", "JPEG"),
)


def _open_raster(data: bytes) -> ImageFile:
    """``PIL.Image.open(io.BytesIO(data))``, loading only the plugin a PNG or JPEG needs.

    ``Image.open`` first imports five plugins (BMP, GIF, JPEG, PPM, PNG: 5.5 ms of a one-notice
    build). A PNG or a JPEG, told by its signature (which none of the other four accepts), is
    opened here by its plugin's factory from Pillow's registry, as ``Image.open`` would open
    it. Anything else, a file that plugin refuses, or a picture above Pillow's own pixel bound
    (its warning or error) goes through ``Image.open``: the image and every message stay the same.
    """
    import importlib

    from PIL import Image as PILImage

    for signature, module, fmt in _SIGNATURES:
        if not data.startswith(signature):
            continue
        importlib.import_module(f"PIL.{module}")
        factory, accept = PILImage.OPEN[fmt]
        accepted = accept(data[:16]) if accept else True
        if isinstance(accepted, str) or not accepted:
            break
        try:
            image = factory(io.BytesIO(data), "")
        except Exception:  # Image.open below tries the other plugins and reports it as always
            break
        bound = PILImage.MAX_IMAGE_PIXELS
        if bound is None or image.size[0] * image.size[1] <= bound:
            return image
        image.close()
        break
    return PILImage.open(io.BytesIO(data))


_SVG_FORBIDDEN = re.compile(rb"<!DOCTYPE|<!ENTITY|<\?xml-stylesheet", re.IGNORECASE)
_SVG_BAD_ELEMENTS = {"script", "foreignobject", "iframe", "embed", "object", "handler"}
_LOCAL_REF = re.compile(r"^\s*(#|data:image/(png|jpeg|gif|webp);)", re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*['\"]?\s*(?!#)|@import", re.IGNORECASE)


def check_svg(data: bytes, reference: str) -> None:
    """Refuse an SVG that could run code, fetch anything or expand entities."""

    def refuse(why: str) -> ResourceError:
        return ResourceError(
            f'The SVG image "{reference}" {why}; pubkit embeds only self-contained, '
            "script-free SVG. Export it again as plain SVG, or use PNG."
        )

    if _SVG_FORBIDDEN.search(data):
        raise refuse("has a DOCTYPE, entities or a stylesheet instruction")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise refuse(f"is not well-formed XML ({exc})") from None
    for element in root.iter():
        tag = str(element.tag).rsplit("}", 1)[-1].lower()
        if tag in _SVG_BAD_ELEMENTS:
            raise refuse(f"contains a <{tag}> element")
        if tag == "style" and element.text and _CSS_URL.search(element.text):
            raise refuse("loads something from its stylesheet")
        for name, value in element.attrib.items():
            local = name.rsplit("}", 1)[-1].lower()
            if local.startswith("on"):
                raise refuse(f'has an event handler "{local}"')
            if local in {"href", "src"} and not _LOCAL_REF.match(value):
                raise refuse(f'refers to "{value[:60]}"')
            if local == "style" and _CSS_URL.search(value):
                raise refuse("loads something from a style attribute")


def _embedded(reference: str) -> Resource:
    """A picture carried in the document as ``data:image/png;base64,…``."""
    header, _, payload = reference.partition(",")
    media_type = header.removeprefix("data:").removesuffix(";base64")
    if not header.endswith(";base64") or media_type not in _EMBEDDED_TYPES:
        raise ResourceError(
            f'An embedded picture is "{header[:40]}"; only base64 PNG, JPEG, GIF or WebP '
            "pictures can be embedded. Save the picture as PNG or JPEG."
        )
    if len(payload) * 3 // 4 > MAX_RESOURCE_BYTES:
        raise ResourceError(
            f"An embedded picture is larger than {MAX_RESOURCE_BYTES // 1_000_000} MB. "
            "Make the image smaller."
        )
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise ResourceError("An embedded picture is damaged (bad base64 data).") from None
    return Resource(name=f"image.{_EMBEDDED_TYPES[media_type]}", data=data, media_type=media_type)
