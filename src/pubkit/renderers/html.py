"""The ``html`` renderer: one standalone, accessible page with its images embedded."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from importlib.resources import files
from typing import ClassVar, Literal

from pubkit.model import Document, Image
from pubkit.model.walk import iter_nodes
from pubkit.renderers.base import Artifact, Output, Renderer
from pubkit.renderers.resources import Resources
from pubkit.writers.html import Alternate, HtmlOptions, Writer

__all__ = ["HtmlRenderer", "HtmlRendererOptions", "Style", "stylesheet"]

Style = Literal["standard", "easy-read"]
"""``easy-read``: large type, no hyphenation, left-aligned, generous spacing (the plain version)."""


def stylesheet(name: str) -> str:
    """A stylesheet shipped with pubkit (``html``, ``pdf``, ``epub``…)."""
    return files("pubkit.renderers").joinpath("css", f"{name}.css").read_text(encoding="utf-8")


@dataclass(frozen=True, slots=True, kw_only=True)
class HtmlRendererOptions:
    embed_images: bool = True
    """Embed images as ``data:`` URLs so the page is one self-contained file."""
    extra_css: str = ""
    """Appended to pubkit's stylesheet, e.g. a city's colours (keep the contrast!)."""
    style: Style = "standard"
    """``easy-read`` adds the easy-read stylesheet and names the variant in ``<title>``."""
    alternates: tuple[Alternate, ...] = ()
    """Other forms of the notice to link to; the build plan fills this with what it builds."""


class HtmlRenderer(Renderer[Document, HtmlRendererOptions]):
    """A standalone HTML5 page: skip link, landmarks, WCAG AAA colours, print CSS."""

    name: ClassVar[str] = "html"
    media_type: ClassVar[str] = "text/html"
    suffix: ClassVar[str] = ".html"
    options_type: ClassVar[type] = HtmlRendererOptions

    def outputs(self) -> tuple[Output[HtmlRendererOptions], ...]:
        return (
            Output(
                format="html",
                renderer=self.name,
                options=HtmlRendererOptions(),
                file_name="index.html",
            ),
            Output(
                format="summary",
                renderer=self.name,
                options=HtmlRendererOptions(style="easy-read"),
                file_name="notice-summary.html",
                source="plain",
                link="summary",
            ),
        )

    def render(self, product: Document, options: HtmlRendererOptions) -> Artifact:
        document = product
        sources: dict[str, str] = {}
        if options.embed_images:
            resources = Resources.for_source(document.source)
            for node in iter_nodes(document):
                if isinstance(node, Image) and node.src not in sources:
                    res = resources.load(node.src)
                    encoded = base64.b64encode(res.data).decode("ascii")
                    sources[node.src] = f"data:{res.media_type};base64,{encoded}"
        css = stylesheet("html")
        if options.style == "easy-read":
            css += "\n" + stylesheet("easy-read")
        if options.extra_css:
            css += "\n" + options.extra_css
        meta = document.metadata
        title = None
        if options.style == "easy-read" and meta.subtitle:
            title = f"{meta.title} – {meta.subtitle}"
        writer = Writer(
            meta.language,
            HtmlOptions(css=css, image_sources=sources, alternates=options.alternates),
        )
        html = writer.page(document, document.blocks, title=title)
        return Artifact(data=html.encode("utf-8"), media_type=self.media_type, suffix=self.suffix)
