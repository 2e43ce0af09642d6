"""The ``pdf`` renderer: the shared HTML set for print by WeasyPrint, as PDF/UA.

::

    pubkit.render(doc, "pdf", out="notice.pdf")                                   # PDF/UA-1
    pubkit.render(doc, "pdf", out="gross.pdf", options=PdfOptions(variant="large-print"))
    pubkit.render(doc, "pdf", out="archiv.pdf", options=PdfOptions(conformance="pdf/a-2a+ua-1"))

WeasyPrint tags the PDF; :mod:`pubkit.renderers.pdf_tags` repairs what it gets wrong and
:mod:`pubkit.renderers.pdf_meta` writes the XMP packet. Images load only from the notice's
own folder (:class:`SafeFetcher`); an ERROR on the ``weasyprint`` logger fails the render.
"""

from __future__ import annotations

import functools
import itertools
import logging
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any, ClassVar, Literal
from urllib.parse import unquote, urlsplit

from pubkit.errors import RenderError
from pubkit.model import Document
from pubkit.renderers import pdf_fonts
from pubkit.renderers.base import Artifact, Output, Renderer
from pubkit.renderers.fontcheck import require_fonts, shared_font_config
from pubkit.renderers.html import Style, stylesheet
from pubkit.renderers.resources import ResourceError, Resources
from pubkit.writers.html import HtmlOptions, TableFit, is_easy_read, write_html

# WeasyPrint (with pydyf) loads when a PDF is rendered, not when the renderer is planned:
# a build of other formats never loads it. Missing, it is MissingDependency in the registry.
for _engine in ("weasyprint", "pydyf"):
    if find_spec(_engine) is None:
        raise ModuleNotFoundError(f"No module named {_engine!r}", name=_engine)


def _load_engine() -> None:
    """Import WeasyPrint, whose import opens pango through cffi: a library that is found by
    name but cannot be loaded is an OSError there, MissingDependency (with the Debian
    packages to install) here."""
    try:
        import weasyprint  # noqa: F401
    except OSError as exc:
        from pubkit.availability import library_error

        raise library_error("pdf", exc) from exc


__all__ = [
    "PdfOptions",
    "PdfRenderer",
    "html_for_pdf",
    "running_heads",
    "shorten",
    "table_fit",
]

Variant = Literal["standard", "large-print"]
Conformance = Literal["pdf/ua-1", "pdf/ua-2", "pdf/a-2a+ua-1"]

_WEASY_VARIANT: dict[str, str] = {
    "pdf/ua-1": "pdf/ua-1",
    "pdf/ua-2": "pdf/ua-2",
    "pdf/a-2a+ua-1": "pdf/a-2a",
}
_PAGE = {"de": "Seite", "en": "Page", "fr": "Page", "tr": "Sayfa"}
_RENDER_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True, kw_only=True)
class PdfOptions:
    """How the PDF is made."""

    variant: Variant = "standard"
    """``large-print``: 18 pt body, black on white, wider spacing, no hyphenation."""
    conformance: Conformance = "pdf/ua-1"
    """``pdf/ua-1`` (PDF 1.7), ``pdf/ua-2`` (PDF 2.0), or ``pdf/a-2a+ua-1``: archival
    PDF/A-2a and PDF/UA-1 in one file."""
    style: Style = "standard"
    """``easy-read``: the easy-read stylesheet on top (for the plain-language version)."""
    extra_css: str = ""
    """Appended to pubkit's print stylesheet (a city's colours: keep the contrast)."""


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with an ellipsis.

    >>> shorten("Corona: how to stop the spread in Kent", 20)
    'Corona: how to stop…'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if text[limit - 1] != " " and space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-·") + "…"


# Characters that fit on one running-head line: the text width over the mean advance of
# Noto Sans (0.53 em) at the head's size: 163 mm at 9.5 pt, 168 mm at 13 pt.
_HEAD_CHARS = {"standard": 88, "large-print": 66}
_FOOT_CHARS = 46  # large print: the publisher beside the page number, 70 % of 168 mm at 13 pt
_GAP_CHARS = 4  # white space kept between the two parts
_MIN_PART_CHARS = 16  # a publisher cut shorter than this says nothing: drop it


def running_heads(document: Document, variant: Variant) -> str:
    """The CSS for the running heads, shortened so that the two parts never meet.

    Standard: title left, publisher (· category) right, on one line of
    ``_HEAD_CHARS`` characters. When both do not fit, the title is cut at a word boundary
    with an ellipsis (it keeps at least half the line), then the publisher; a publisher
    left with fewer than ``_MIN_PART_CHARS`` characters is dropped and the title gets the
    whole line. Large print: the title alone on top, the publisher in the foot.
    """
    from pubkit.writers.html import dashes  # "Sperrung - bitte …" as on the page: a dash

    meta = document.metadata
    title = dashes(" ".join(meta.title.split()))
    publisher = dashes(" · ".join(p for p in (meta.publisher, meta.category) if p))
    total = _HEAD_CHARS[variant]
    if variant == "large-print":
        foot = shorten(publisher, _FOOT_CHARS)
        return (
            f"@page {{ @top-left {{ content: {_css_string(shorten(title, total))}; }}"
            f" @bottom-left {{ content: {_css_string(foot)}; }} }}"
            "@page :first { @top-left { content: none; } @bottom-left { content: none; } }"
        )
    head = title
    right = publisher
    if len(head) + len(right) + _GAP_CHARS > total:
        head = shorten(title, max(total - len(right) - _GAP_CHARS, total // 2))
        room = total - len(head) - _GAP_CHARS
        right = shorten(publisher, room) if room >= _MIN_PART_CHARS else ""
        if not right:
            head = shorten(title, total)
    share = round(100 * len(head) / max(len(head) + len(right) + _GAP_CHARS, 1))
    left_width = 100 if not right else share
    return (
        f"@page {{ @top-left {{ content: {_css_string(head)}; width: {left_width}%; }}"
        f" @top-right {{ content: {_css_string(right)}; width: {100 - left_width}%; }} }}"
        "@page :first { @top-left { content: none; } @top-right { content: none; } }"
    )


def table_fit(document: Document, variant: Variant) -> TableFit:
    """How tables fit this PDF's page (docs/pdf.md, "Wide tables").

    Standard: 163 mm of text at 11 pt (42 em, 10 % kept for error), shrink to 9 pt, then a
    landscape page (250 mm); large print and easy read: 168 mm at 16 pt, shrink to 14 pt,
    then one row at a time.
    """
    if variant == "large-print":
        return TableFit(width_em=27.0, shrink=14 / 16, wide="stack")
    return TableFit(
        width_em=38.0,
        shrink=9 / 11,
        wide="stack" if is_easy_read(document) else "landscape",
        landscape_em=58.0,
    )


MIN_FIGURE_PX = 45 * 96 / 25.4
"""A figure is made smaller only down to 45 mm high (CSS px), and to no less than half."""


def figure_heights(pages: list[Any]) -> dict[int, float]:
    """Heights (CSS px) that let a figure fill the gap it left at the foot of the page before.

    A figure (``break-inside: avoid``) that does not fit the rest of a page moves to the next
    one and leaves the rest blank; in large print that can be half a page. For each figure
    that starts a page, if the page before has room for its caption and at least half of its
    image (and no less than :data:`MIN_FIGURE_PX`), the image's greatest height for a second
    layout is returned, by the figure's ``data-figure`` number.
    """
    heights: dict[int, float] = {}
    for before, page in itertools.pairwise(pages):
        box = page._page_box  # WeasyPrint's laid-out page
        top = box.content_box_y()
        for figure in box.descendants():
            number = figure.element.get("data-figure") if figure.element is not None else None
            if number is None or getattr(figure, "element_tag", "") != "figure":
                continue
            if figure.position_y + figure.margin_top > top + 2:
                break  # the figure is not at the top of its page: nothing was pushed
            image = next((b for b in figure.descendants() if _is_image(b)), None)
            if image is None:
                break
            room = _free_space(before._page_box)
            image_height = image.margin_height()
            rest = figure.margin_height() - image_height
            fit = room - rest - 24  # to spare: the collapsed margins around the figure
            if max(MIN_FIGURE_PX, image_height / 2) <= fit < image_height:
                heights[int(number)] = fit
            break
    return heights


def _is_image(box: Any) -> bool:
    return getattr(box, "element_tag", "") == "img" and type(box).__name__.endswith("ReplacedBox")


def _free_space(page_box: Any) -> float:
    """The empty height at the foot of a laid-out page's content area, in CSS px."""
    bottom = page_box.content_box_y() + page_box.height
    used = page_box.content_box_y()
    for child in page_box.children:
        if type(child).__name__ == "MarginBox":
            continue
        for box in child.descendants():
            if type(box).__name__ in ("LineBox", "BlockReplacedBox", "TableRowBox"):
                used = max(used, box.position_y + box.margin_height())
    return float(bottom - used)


_LINE_EM: dict[str, float] = {"standard": 462 / 12, "large-print": 476 / 18}
"""The text column in ems of the body text: 163 mm at 12 pt, large print 168 mm at 18 pt
(css/pdf.css, css/pdf-large-print.css)."""


def html_for_pdf(
    document: Document, options: PdfOptions, *, figures: Mapping[int, float] | None = None
) -> str:
    """The HTML and CSS pubkit hands to WeasyPrint (also what the benchmark renders)."""
    lang = document.metadata.language
    page_word = _PAGE.get(lang.split("-")[0].lower(), _PAGE["en"])
    css = [stylesheet("pdf")]
    if options.variant == "large-print":
        css.append(stylesheet("pdf-large-print"))
    css.append(
        "@page { @bottom-right { content: "
        f'{_css_string(page_word)} " " counter(page) " / " counter(pages); }} }}'
    )
    if options.style == "easy-read":
        css.append(stylesheet("easy-read"))
    css.append(running_heads(document, options.variant))
    if options.extra_css:
        css.append(options.extra_css)
    return write_html(
        document,
        HtmlOptions(
            page="print",
            css="\n".join(css),
            mark_decorative=True,
            easy_read=options.style == "easy-read",
            line_em=_LINE_EM[options.variant],
            table_fit=table_fit(document, options.variant),
            figure_heights=figures or {},
        ),
    )


def __getattr__(name: str) -> Any:
    if name == "SafeFetcher":  # a subclass of WeasyPrint's fetcher: made when first asked for
        return _safe_fetcher()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def _safe_fetcher() -> type:
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class SafeFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint is untyped
        """Lets WeasyPrint read files in the notice's folder and nothing else.

        No network (``http``, ``https``, ``ftp``), no ``file:`` outside the folder; any other
        request stops the render with the :class:`ResourceError` that says why.
        """

        def __init__(self, resources: Resources) -> None:
            super().__init__(fail_on_errors=True)
            self.resources = resources

        def fetch(self, url: str, headers: object = None) -> Any:
            parts = urlsplit(url)
            reference = url
            if parts.scheme == "file" and not parts.netloc and self.resources.root is not None:
                path = Path(unquote(parts.path))
                if path.is_relative_to(self.resources.root):
                    reference = path.relative_to(self.resources.root).as_posix()
            resource = self.resources.load(reference)  # raises ResourceError for anything else
            return URLFetcherResponse(
                url, body=resource.data, headers={"Content-Type": resource.media_type}
            )

    SafeFetcher.__module__ = __name__
    SafeFetcher.__qualname__ = "SafeFetcher"
    return SafeFetcher


def _relative_links(pdf: Any, base: str) -> None:
    """Make links into the notice's folder relative again (``index.html``, not ``file:///…``).

    WeasyPrint resolves every link against the base URL it loads images from; a link to a
    sibling output must not carry the path of the machine that built it.
    """
    import pydyf  # type: ignore[import-untyped]  # no type hints; pinned through WeasyPrint

    for obj in pdf.objects:
        if not (isinstance(obj, pydyf.Dictionary) and obj.get("Subtype") == "/Link"):
            continue
        action = obj.get("A")
        if not isinstance(action, pydyf.Dictionary) or action.get("S") != "/URI":
            continue
        uri = action["URI"]
        target = uri.string if isinstance(uri, pydyf.String) else str(uri)
        if not target.startswith(base):
            continue
        relative = target[len(base) :]
        action["URI"] = pydyf.String(relative)
        contents = obj.get("Contents")
        if isinstance(contents, pydyf.String) and contents.string == target:
            obj["Contents"] = pydyf.String(relative)


class _ErrorCollector(logging.Handler):
    """Keeps the ERRORs WeasyPrint logs (a missing alt, a broken image) for RenderError."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _collect_errors() -> Iterator[_ErrorCollector]:
    logger = logging.getLogger("weasyprint")
    handler = _ErrorCollector()
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


class PdfRenderer(Renderer[Document, PdfOptions]):
    """Tagged PDF/UA for print and screen readers (WeasyPrint), standard and large print."""

    name: ClassVar[str] = "pdf"
    media_type: ClassVar[str] = "application/pdf"
    suffix: ClassVar[str] = ".pdf"
    options_type: ClassVar[type] = PdfOptions

    def outputs(self) -> tuple[Output[PdfOptions], ...]:
        return (
            Output(
                format="pdf",
                renderer=self.name,
                options=PdfOptions(),
                file_name="notice.pdf",
                variant="standard",
                link="pdf",
            ),
            Output(
                format="pdf",
                renderer=self.name,
                options=PdfOptions(variant="large-print"),
                file_name="notice-large-print.pdf",
                variant="large-print",
                link="pdf-large-print",
            ),
            Output(
                format="summary",
                renderer=self.name,
                options=PdfOptions(variant="large-print", style="easy-read"),
                file_name="notice-summary.pdf",
                source="plain",
                link="summary-pdf",
            ),
        )

    def preload(self) -> None:
        _load_engine()
        from pubkit.renderers import hyphenation, pdf_finish, pdf_meta, pdf_tags  # noqa: F401

        hyphenation.install()

    def render(self, product: Document, options: PdfOptions) -> Artifact:
        _load_engine()
        import weasyprint
        from weasyprint.urls import FatalURLFetchingError

        from pubkit.renderers import hyphenation, pdf_finish, pdf_meta, pdf_tags

        SafeFetcher = _safe_fetcher()  # noqa: N806  # a class
        document = product
        require_fonts()  # without fonts WeasyPrint segfaults
        missing = pdf_fonts.missing_glyphs(document)
        if missing:
            raise RenderError(
                f"{document.source or 'The document'}: no font pubkit can embed in a PDF has "
                + ", ".join(m.describe() for m in missing[:5])
                + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
                + ". It would print as an empty box. Replace it with a word or a character "
                "the fonts have (Noto Sans, Noto Sans Symbols, Symbola: emoji up to Unicode 9), "
                "or install an outline font that has it."
            )
        resources = Resources.for_source(document.source)
        base = resources.root.as_uri() + "/" if resources.root else None
        html = weasyprint.HTML(
            string=html_for_pdf(document, options),
            base_url=base,
            url_fetcher=SafeFetcher(resources),
        )
        state = pdf_tags.TagState(pdf2=options.conformance == "pdf/ua-2")

        def finisher(wp_document: Any, pdf: Any) -> None:
            pdf_finish.finish(state, pdf)
            if base is not None:
                _relative_links(pdf, base)
            pdf_meta.write_metadata(pdf, document, options)
            if options.conformance.startswith("pdf/a"):
                pdf_meta.no_interpolation(pdf)

        pdf_tags.install()
        hyphenation.install()  # German patterns parsed once per machine, not per process
        try:
            # The WeasyPrint logger and the tag hook are process-wide: one render at a time.
            with _RENDER_LOCK, _collect_errors() as errors, pdf_tags.tagging(state):
                rendered = html.render(font_config=shared_font_config())
                heights = figure_heights(rendered.pages)
                if heights:  # a figure left a gap: lay out again with it made smaller
                    html = weasyprint.HTML(
                        string=html_for_pdf(document, options, figures=heights),
                        base_url=base,
                        url_fetcher=SafeFetcher(resources),
                    )
                    rendered = html.render(font_config=shared_font_config())
                data = rendered.write_pdf(
                    pdf_variant=_WEASY_VARIANT[options.conformance],
                    finisher=finisher,
                    uncompressed_pdf=False,
                )
        except FatalURLFetchingError as exc:
            cause = exc.__cause__
            if isinstance(cause, ResourceError):
                raise ResourceError(str(cause)) from exc
            raise RenderError(f"WeasyPrint could not load a resource: {exc}") from exc
        except (ValueError, OSError, AssertionError, KeyError) as exc:
            raise RenderError(
                f"WeasyPrint failed on {document.source or 'the document'}: {exc}"
            ) from exc
        if errors.messages:
            raise RenderError(
                f"WeasyPrint reported {len(errors.messages)} error(s) for "
                f"{document.source or 'the document'}; the PDF would not be accessible: "
                + "; ".join(errors.messages)
            )
        return Artifact(
            data=data,
            media_type=self.media_type,
            suffix=self.suffix,
            info={
                "pages": len(rendered.pages),
                "variant": options.variant,
                "conformance": options.conformance,
            },
        )
