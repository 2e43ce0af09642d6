"""Pictures on the web, in a publication made offline.

Content systems write their pictures as web addresses
(``![Die Bibliothek](https://www.stadt.example/fileadmin/bibliothek.jpg)``). pubkit loads
nothing from the network, so such a picture cannot be put into a PDF, an EPUB or a page
that must work offline. Before rendering, :func:`offline_images` replaces it by what it
said: a figure becomes a paragraph „Bild: <its description>“ whose word „Bild“ links to the
picture on the web, followed by its caption and credit; a picture inside a sentence becomes
a link with its description as the text; a decorative picture (``alt=""``) is left out, as
screen readers leave it out. Nothing a reader needs is lost, and ``pubkit check`` warns
(IMG005) so that the editor can save the picture beside the notice instead.

Pure and idempotent; pictures in the notice's folder (and embedded ones, ``data:``) are
left alone.

>>> from pubkit.model import Document, Figure, Image, Metadata
>>> doc = Document(metadata=Metadata(title="t", language="de"), blocks=(
...     Figure(image=Image(src="https://x.example/a.jpg", alt="Die Bibliothek am Markt")),))
>>> offline_images(doc).blocks[0].content
(Link(target='https://x.example/a.jpg', content=(Text(text='Bild'),), title=None), Text(text=': Die Bibliothek am Markt'))
"""

from __future__ import annotations

from urllib.parse import urlsplit

from pubkit.model import Block, Document, Figure, Image, Inline, Link, Paragraph, Text
from pubkit.model.lang import primary_language
from pubkit.model.walk import map_blocks, map_inlines

__all__ = ["is_remote", "offline_images"]

_PICTURE = {"de": "Bild", "en": "Picture"}


def is_remote(src: str) -> bool:
    """Whether a picture's address points to the network (``https://…``, ``//host/…``)."""
    parts = urlsplit(src)
    if parts.scheme:
        return parts.scheme.lower() in ("http", "https", "ftp") and bool(parts.netloc)
    return bool(parts.netloc)  # "//host/a.png"; file:, data: and the rest stay as they are


def offline_images(document: Document) -> Document:
    """The document with every picture on the web replaced by its description and a link."""
    label = _PICTURE.get(primary_language(document.metadata.language or "en"), "Picture")

    def block(node: Block) -> Block | tuple[Block, ...]:
        if not (isinstance(node, Figure) and is_remote(node.image.src)):
            return node
        image = node.image
        if image.decorative or not image.alt.strip():
            if not node.caption and not node.credit:
                return ()
            content: tuple[Inline, ...] = ()
        else:
            content = (
                Link(target=image.src, content=(Text(text=label),)),
                Text(text=f": {image.alt.strip()}"),
            )
        for part in (node.caption, node.credit):
            if part:
                content += ((Text(text=" – "),) if content else ()) + part
        return Paragraph(content=content, line=node.line)

    def inline(node: Inline) -> Inline | tuple[Inline, ...]:
        if not (isinstance(node, Image) and is_remote(node.src)):
            return node
        if node.decorative or not node.alt.strip():
            return ()
        return Link(target=node.src, content=(Text(text=node.alt.strip()),))

    return map_inlines(inline, map_blocks(block, document))
