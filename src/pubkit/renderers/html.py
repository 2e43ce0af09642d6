"""The ``html`` renderer: one standalone, accessible page with its images embedded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Literal

from pubkit.model import Document, Image
from pubkit.model.walk import iter_nodes
from pubkit.packaged import package_files
from pubkit.renderers.base import Artifact, Narration, Output, Renderer
from pubkit.renderers.resources import Resources
from pubkit.writers.html import Alternate, HtmlOptions, Writer

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

    from pubkit.speech.synthesis import Synthesis

__all__ = ["HtmlRenderer", "HtmlRendererOptions", "Style", "stylesheet"]

Style = Literal["standard", "easy-read"]
"""``easy-read``: large type, no hyphenation, left-aligned, generous spacing (the plain version)."""


def stylesheet(name: str) -> str:
    """A stylesheet shipped with pubkit (``html``, ``pdf``, ``epub``…)."""
    return (
        package_files("pubkit.renderers").joinpath("css", f"{name}.css").read_text(encoding="utf-8")
    )


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
    read_aloud: Synthesis | None = None
    """The narration of the page's audio (the build plan sets it when the build makes the
    audio): a "read aloud" button then plays it and highlights each sentence. JavaScript
    only; off until pressed."""
    fragment: bool = False
    """Only the notice, for a web app's own page template: one ``<article
    class="pubkit-notice" lang=…>`` without ``<html>``, ``<head>``, skip link or ``<main>``
    (the app's page has those). Its stylesheet is :func:`pubkit.web.fragment_css`; no
    read-aloud mode (see :mod:`pubkit.web`)."""


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

    def needs_timeline(self, options: HtmlRendererOptions) -> Synthesis | None:
        if options.fragment:
            return None
        audio = any(a.kind == "audio" for a in options.alternates)
        return options.read_aloud if audio else None

    def render(self, product: Document | Narration, options: HtmlRendererOptions) -> Artifact:
        narration = product if isinstance(product, Narration) else None
        document = product.document if isinstance(product, Narration) else product
        sources: dict[str, str] = {}
        if options.embed_images:
            resources = Resources.for_source(document.source)
            for node in iter_nodes(document):
                if isinstance(node, Image) and node.src not in sources:
                    sources[node.src] = resources.data_uri(node.src)
        css = stylesheet("html")
        if options.style == "easy-read":
            css += "\n" + stylesheet("easy-read")
        if narration is not None:
            from pubkit.renderers.epub_overlay import narration_css
            from pubkit.renderers.read_aloud import read_aloud_css

            css += narration_css() + read_aloud_css()
        if options.extra_css:
            css += "\n" + options.extra_css
        meta = document.metadata
        title = None
        if options.style == "easy-read" and meta.subtitle:
            title = f"{meta.title} – {meta.subtitle}"
        html_options = HtmlOptions(
            css=css,
            image_sources=sources,
            alternates=options.alternates,
            easy_read=options.style == "easy-read",
        )
        writer = (
            _ReadAloudWriter(meta.language, html_options, document, narration)
            if narration is not None
            else _FragmentWriter(meta.language, html_options)
            if options.fragment
            else Writer(meta.language, html_options)
        )
        html = writer.page(document, document.blocks, title=title)
        return Artifact(data=html.encode("utf-8"), media_type=self.media_type, suffix=self.suffix)


class _FragmentWriter(Writer):
    """The shared writer; of the page it keeps the body's content as one ``<article>``."""

    def serialise(self, root: ET.Element) -> str:
        import xml.etree.ElementTree as ET

        body = root.find("body")
        assert body is not None
        classes = " ".join(c for c in ("pubkit-notice", body.get("class")) if c)
        article = ET.Element("article", {"class": classes, "lang": root.get("lang", "")})
        if root.get("dir"):
            article.set("dir", str(root.get("dir")))
        for child in body:
            if child.tag == "main":
                article.extend(list(child))  # the app's page has its own <main>
            elif child.get("class") != "skip-link":
                article.append(child)  # masthead and colophon belong to the article
        return ET.tostring(article, encoding="unicode", method="html") + "\n"


class _ReadAloudWriter(Writer):
    """The shared writer, with the sentences marked and the read-aloud script added."""

    def __init__(
        self, language: str, options: HtmlOptions, document: Document, narration: Narration
    ) -> None:
        super().__init__(language, options)
        self.document = document
        self.narration = narration

    def serialise(self, root: ET.Element) -> str:
        from pubkit.renderers.epub_overlay import Spoken, mark_tree, tile
        from pubkit.renderers.read_aloud import add_read_aloud
        from pubkit.writers.speech import write_speech

        timeline = self.narration.timeline
        kinds = {u.id: u.kind for u in write_speech(self.document)}
        spoken = [
            Spoken(
                id=s.id,
                text=s.text,
                kind=kinds.get(s.id.rpartition("-")[0], "paragraph"),
                block=s.block,
            )
            for s in timeline.sentences
        ]
        mark_tree(root, spoken, blocks=len(self.document.blocks), where="the web page")
        cues = timeline.cues
        clips = tile([c.id for c in cues], [c.start for c in cues], timeline.duration)
        add_read_aloud(root, clips, self.language)
        return super().serialise(root)
