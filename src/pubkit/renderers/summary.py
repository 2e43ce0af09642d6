"""The ``summary`` renderer: the plain-language version as an easy-read HTML page (and PDF).

It runs :func:`~pubkit.transforms.plain_language.plain_language` (the author's own plain
version, or a checked machine draft) and writes it with the shared HTML writer and the
easy-read stylesheet. The readability figures of source and summary, the share of words kept
and the fidelity result go into ``Artifact.info``. The same plain Document can be given to the
``pdf``, ``epub`` and ``speech`` renderers; :data:`EASY_READ_CSS` is the stylesheet for them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.util import find_spec
from typing import ClassVar, Literal

from pubkit.model import Document
from pubkit.plain.facts import check_fidelity
from pubkit.plain.readability import document_units, readability, readability_of
from pubkit.plain.rules import check_rules
from pubkit.plain.simplify import Simplifier
from pubkit.renderers import registry
from pubkit.renderers.base import Artifact, Renderer
from pubkit.renderers.html import stylesheet
from pubkit.transforms.plain_language import (
    author_version,
    kept_words,
    plain_language,
    standard_version,
)
from pubkit.writers.html import HtmlOptions, Writer

__all__ = ["EASY_READ_CSS", "SummaryOptions", "SummaryRenderer", "summary_info", "summary_report"]

EASY_READ_CSS = stylesheet("easy-read")
"""Large type, no hyphenation, left-aligned, generous spacing; add it after a renderer's own CSS."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryOptions:
    output: Literal["html", "pdf"] = "html"
    """``pdf``: the same plain Document through the ``pdf`` renderer (large print, PDF/UA)
    with the easy-read stylesheet; needs ``pubkit-a11y[pdf]``."""
    simplifier: Simplifier | None = None
    """Another backend than the built-in simplifier; its draft still has to pass the fidelity check."""
    extra_css: str = ""
    """Appended after pubkit's stylesheets."""


def summary_info(source: Document, plain: Document) -> dict[str, str | int | float]:
    """The figures the renderer reports: ``source.*``, ``summary.*``, share kept, fidelity."""
    language = source.metadata.language
    written = author_version(source) is not None
    source = standard_version(source)
    info: dict[str, str | int | float] = {}
    info.update(readability_of(source).as_info("source"))
    info.update(readability_of(plain).as_info("summary"))
    body_source = readability(document_units(source, title=False), language).words
    info["summary.kept_words"] = kept_words(plain)
    info["summary.share_percent"] = round(100 * kept_words(plain) / max(body_source, 1), 1)
    info["summary.variant"] = plain.metadata.subtitle or ""
    info["summary.author_written"] = int(written)
    # A machine draft that reaches this point has passed; an author's version is reported.
    problems = [i for i in check_fidelity(source, plain) if i.code != "PLF006"] if written else []
    info["summary.fidelity"] = "passed" if not problems else f"{len(problems)} finding(s)"
    info["summary.rule_findings"] = len(check_rules(plain, easy_read=True))
    return info


def summary_report(info: Mapping[str, str | int | float]) -> str:
    """One line for the terminal from a summary artifact's ``info``.

    ``Flesch-Amstad 41 → 67, words/sentence 15.7 → 7.7 (max 38 → 15), LIX 49 → 31,
    kept 8.8 % of the words, fidelity passed``
    """
    flesch = "flesch_amstad" if "source.flesch_amstad" in info else "flesch"
    name = "Flesch-Amstad" if flesch == "flesch_amstad" else "Flesch"

    def pair(key: str, digits: int = 0) -> str:
        return f"{float(info[f'source.{key}']):.{digits}f} → {float(info[f'summary.{key}']):.{digits}f}"

    return (
        f"{name} {pair(flesch)}, words/sentence {pair('mean_words', 1)} "
        f"(max {pair('max_words')}), LIX {pair('lix')}, "
        f"kept {info['summary.share_percent']} % of the words, fidelity {info['summary.fidelity']}"
    )


class SummaryRenderer(Renderer[SummaryOptions]):
    """The plain-language version (Einfache Sprache / Easy read) as an easy-read HTML page."""

    name: ClassVar[str] = "summary"
    media_type: ClassVar[str] = "text/html"
    suffix: ClassVar[str] = ".html"
    options_type: ClassVar[type] = SummaryOptions

    def outputs(self) -> tuple[tuple[str, SummaryOptions], ...]:
        html = ("notice-summary.html", SummaryOptions())
        if "pdf" not in registry.available() or find_spec("weasyprint") is None:
            return (html,)
        return (html, ("notice-summary.pdf", SummaryOptions(output="pdf")))

    def render(self, document: Document, options: SummaryOptions) -> Artifact:
        plain = plain_language(document, simplifier=options.simplifier)
        info = summary_info(document, plain)
        if options.output == "pdf":
            pdf = registry.get("pdf")
            css = EASY_READ_CSS + ("\n" + options.extra_css if options.extra_css else "")
            pdf_options = pdf.options_type(variant="large-print", extra_css=css)
            artifact = pdf.render(plain, pdf_options)
            return dataclasses.replace(artifact, info=info)
        css = stylesheet("html") + "\n" + EASY_READ_CSS
        if options.extra_css:
            css += "\n" + options.extra_css
        meta = plain.metadata
        title = f"{meta.title} – {meta.subtitle}" if meta.subtitle else meta.title
        html = Writer(meta.language, HtmlOptions(css=css)).page(plain, plain.blocks, title=title)
        return Artifact(
            data=html.encode("utf-8"),
            media_type=self.media_type,
            suffix=self.suffix,
            info=info,
        )
