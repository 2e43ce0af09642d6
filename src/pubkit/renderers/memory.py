"""Images given as bytes with a document (a web app has them in memory or in a database).

:func:`embed_resources` checks every image held in the mapping the way
:class:`~pubkit.renderers.resources.Resources` checks a file beside a notice (type, size,
count, total bytes, pixels from the header, hostile SVG), then points the document's
images that name them at ``data:`` URIs, which every renderer loads through the same
module. An image the mapping does not hold is left as it is: a file beside the notice, or a
:class:`~pubkit.errors.ResourceError` naming it when the document has no folder.

    >>> build = pubkit.Build.from_text(text, resources={"foto.png": png})  # doctest: +SKIP
"""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Mapping
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from pubkit.errors import ResourceError
from pubkit.limits import Limits, current_limits, refusal
from pubkit.model import Document, Figure, Image
from pubkit.model.walk import map_blocks, map_inlines
from pubkit.renderers.resources import (
    _IMAGE_TYPES,
    MAX_RESOURCE_BYTES,
    check_raster,
    check_svg,
)

__all__ = ["embed_resources", "resource_key"]


def resource_key(reference: str) -> str:
    """The name a reference means: ``./img/a.png?x#y`` → ``img/a.png``."""
    path = PurePosixPath(unquote(urlsplit(reference).path))
    return "/".join(p for p in path.parts if p not in (".", "/"))


def _data_uris(resources: Mapping[str, bytes], limits: Limits) -> dict[str, str]:
    if len(resources) > limits.max_images:
        raise ResourceError(
            refusal("max_images", len(resources), limits.max_images, "in the resources given")
        )
    total = 0
    uris: dict[str, str] = {}
    for name, data in resources.items():
        if not isinstance(name, str) or not isinstance(data, bytes | bytearray | memoryview):
            raise ResourceError(
                f"Resources map file names to bytes; {name!r} maps to {type(data).__name__}. "
                'Pass e.g. {"foto.png": open("foto.png", "rb").read()}.'
            )
        key = resource_key(name)
        if not key or ".." in key.split("/"):
            raise ResourceError(
                f'The resource name "{name}" is not a relative file name. Name it as the '
                'document refers to it, e.g. "foto.png" for ![…](foto.png).'
            )
        media_type = _IMAGE_TYPES.get(PurePosixPath(key).suffix.lower())
        if media_type is None:
            raise ResourceError(
                f'The resource "{name}" is not an image pubkit embeds (by its name: .png, '
                ".jpg, .jpeg, .gif, .webp or .svg). Give it the name of its type."
            )
        blob = bytes(data)
        cap = min(limits.max_image_bytes, MAX_RESOURCE_BYTES)
        if len(blob) > cap:
            raise ResourceError(refusal("max_image_bytes", len(blob), cap, f'"{name}"'))
        total += len(blob)
        if total > limits.max_total_image_bytes:
            raise ResourceError(
                refusal(
                    "max_total_image_bytes", total, limits.max_total_image_bytes, f'at "{name}"'
                )
            )
        if media_type == "image/svg+xml":
            check_svg(blob, name)
        else:
            check_raster(blob, name, limits)
        uris[key] = f"data:{media_type};base64,{base64.b64encode(blob).decode('ascii')}"
    return uris


def embed_resources(
    document: Document, resources: Mapping[str, bytes], *, limits: Limits | None = None
) -> Document:
    """``document`` with its images that ``resources`` holds (by name) embedded as data.

    Raises :class:`~pubkit.errors.ResourceError` for a resource that is not an allowed image
    or breaks a limit (:class:`~pubkit.limits.Limits`), whether the document uses it or not.
    """
    if not resources:
        return document
    uris = _data_uris(resources, limits or current_limits())

    def swap(image: Image) -> Image:
        if image.src.startswith("data:"):
            return image
        uri = uris.get(resource_key(image.src))
        return dataclasses.replace(image, src=uri) if uri else image

    def on_block(block: object) -> object:
        if isinstance(block, Figure):
            return dataclasses.replace(block, image=swap(block.image))
        return block

    def on_inline(node: object) -> object:
        return swap(node) if isinstance(node, Image) else node

    document = map_blocks(on_block, document)  # type: ignore[arg-type]
    return map_inlines(on_inline, document)  # type: ignore[arg-type]
