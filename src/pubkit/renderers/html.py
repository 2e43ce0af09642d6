"""The ``html`` renderer: one standalone, accessible page with its images embedded."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from typing import ClassVar

from pubkit.model import Document, Image
from pubkit.model.walk import iter_nodes
from pubkit.renderers.base import Artifact, Renderer
from pubkit.renderers.resources import Resources
from pubkit.writers.html import Alternate, HtmlOptions, write_html

__all__ = ["HtmlRenderer", "HtmlRendererOptions", "stylesheet"]


def stylesheet(name: str) -> str:
    """A stylesheet shipped with pubkit (``html``, ``pdf``, ``epub``…)."""
    return files("pubkit.renderers").joinpath("css", f"{name}.css").read_text(encoding="utf-8")


@dataclass(frozen=True, slots=True, kw_only=True)
class HtmlRendererOptions:
    embed_images: bool = True
    """Embed images as ``data:`` URLs so the page is one self-contained file."""
    extra_css: str = ""
    alternates: tuple[Alternate, ...] = ()
    """Other forms of the notice to link to; ``pubkit build`` fills this with what it builds."""
    """Appended to pubkit's stylesheet, e.g. a city's colours (keep the contrast!)."""


class HtmlRenderer(Renderer[HtmlRendererOptions]):
    """A standalone HTML5 page: skip link, landmarks, WCAG AAA colours, print CSS."""

    name: ClassVar[str] = "html"
    media_type: ClassVar[str] = "text/html"
    suffix: ClassVar[str] = ".html"
    options_type: ClassVar[type] = HtmlRendererOptions

    def outputs(self) -> tuple[tuple[str, HtmlRendererOptions], ...]:
        return (("index.html", HtmlRendererOptions()),)

    def render(self, document: Document, options: HtmlRendererOptions) -> Artifact:
        sources: dict[str, str] = {}
        if options.embed_images:
            resources = Resources.for_source(document.source)
            for node in iter_nodes(document):
                if isinstance(node, Image) and node.src not in sources:
                    sources[node.src] = resources.data_uri(node.src)
        css = stylesheet("html") + ("\n" + options.extra_css if options.extra_css else "")
        html = write_html(
            document, HtmlOptions(css=css, image_sources=sources, alternates=options.alternates)
        )
        return Artifact(data=html.encode("utf-8"), media_type=self.media_type, suffix=self.suffix)
