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

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Literal
from urllib.parse import unquote, urlsplit

# An ImportError here (WeasyPrint not installed) becomes MissingDependency in the registry.
import weasyprint
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from pubkit.errors import RenderError
from pubkit.model import Document
from pubkit.renderers import pdf_finish, pdf_meta, pdf_tags
from pubkit.renderers.base import Artifact, Renderer
from pubkit.renderers.fontcheck import require_fonts, shared_font_config
from pubkit.renderers.html import stylesheet
from pubkit.renderers.resources import ResourceError, Resources
from pubkit.writers.html import HtmlOptions, write_html

__all__ = ["PdfOptions", "PdfRenderer", "SafeFetcher", "html_for_pdf"]

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
    extra_css: str = ""
    """Appended to pubkit's print stylesheet (a city's colours: keep the contrast)."""


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def html_for_pdf(document: Document, options: PdfOptions) -> str:
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
    if options.extra_css:
        css.append(options.extra_css)
    return write_html(
        document,
        HtmlOptions(page="print", css="\n".join(css), mark_decorative=True),
    )


class SafeFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint is untyped
    """Lets WeasyPrint read files in the notice's folder and nothing else.

    No network (``http``, ``https``, ``ftp``), no ``file:`` outside the folder; any other
    request stops the render with the :class:`ResourceError` that says why.
    """

    def __init__(self, resources: Resources) -> None:
        super().__init__(fail_on_errors=True)
        self.resources = resources

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
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


class PdfRenderer(Renderer[PdfOptions]):
    """Tagged PDF/UA for print and screen readers (WeasyPrint), standard and large print."""

    name: ClassVar[str] = "pdf"
    media_type: ClassVar[str] = "application/pdf"
    suffix: ClassVar[str] = ".pdf"
    options_type: ClassVar[type] = PdfOptions

    def outputs(self) -> tuple[tuple[str, PdfOptions], ...]:
        return (
            ("notice.pdf", PdfOptions()),
            ("notice-large-print.pdf", PdfOptions(variant="large-print")),
        )

    def render(self, document: Document, options: PdfOptions) -> Artifact:
        require_fonts()  # without fonts WeasyPrint segfaults
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
            pdf_meta.write_metadata(pdf, document, options)
            if options.conformance.startswith("pdf/a"):
                pdf_meta.no_interpolation(pdf)

        pdf_tags.install()
        try:
            # The WeasyPrint logger and the tag hook are process-wide: one render at a time.
            with _RENDER_LOCK, _collect_errors() as errors, pdf_tags.tagging(state):
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
