"""Safe access to the files a document refers to.

A document may use files in its own folder (and below it) and nothing else: no absolute
paths, no ``..`` escapes, no ``file:``, ``http:`` or other URLs. The one exception is a
picture embedded in the document itself as a ``data:`` URI (the Word reader stores
pictures so): PNG, JPEG, GIF or WebP, base64-encoded, within the same size limit. Every renderer loads
resources through here, so the rule holds for all outputs.
"""

from __future__ import annotations

import base64
import binascii
import mimetypes
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from pubkit.errors import RenderError

__all__ = ["Resource", "ResourceError", "Resources"]

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
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/gif": "gif",
    "image/webp": "webp",
}


class ResourceError(RenderError):
    """A resource is missing or lies outside what the document may use."""


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
                "it has no folder to load resources from. Read it with pubkit.read(path)."
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
        if reference.startswith("data:"):
            return _embedded(reference)
        path = self.path(reference)
        size = path.stat().st_size
        if size > MAX_RESOURCE_BYTES:
            raise ResourceError(
                f'"{reference}" is {size // 1_000_000} MB; resources may be at most '
                f"{MAX_RESOURCE_BYTES // 1_000_000} MB. Make the image smaller."
            )
        media_type = _IMAGE_TYPES.get(path.suffix.lower()) or (
            mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        )
        return Resource(
            name=str(PurePosixPath(unquote(urlsplit(reference).path))),
            data=path.read_bytes(),
            media_type=media_type,
        )


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
