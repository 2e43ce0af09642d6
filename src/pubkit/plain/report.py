"""The figures of a plain-language version: readability of source and version, share kept,
fidelity and rule findings. The pipeline computes them once per plain version and reports
them with every output made from it.
"""

from __future__ import annotations

from collections.abc import Mapping

from pubkit.i18n import _, about, ngettext, speaking
from pubkit.model import Document
from pubkit.plain.abbreviations import write_out, written_length
from pubkit.plain.facts import check_fidelity
from pubkit.plain.readability import document_units, readability, readability_of
from pubkit.plain.rules import check_rules
from pubkit.plain.transform import author_version, kept_words, standard_version

__all__ = ["summary_info", "summary_report"]


def summary_info(source: Document, plain: Document) -> dict[str, str | int | float]:
    """The figures the renderer reports: ``source.*``, ``summary.*``, share kept, fidelity."""
    language = source.metadata.language
    written = author_version(source) is not None
    source = standard_version(source)
    info: dict[str, str | int | float] = {}
    # The notice's figures in the summary's form (abbreviations written out, as the summary
    # writes them): „Mo.–Fr.“ would otherwise count as one short word on one side and as
    # „Montag bis Freitag“ on the other, and the comparison would not be like for like.
    units = [write_out(u, language) for u in document_units(source)]
    info.update(readability(units, language).as_info("source"))
    info.update(readability_of(plain).as_info("summary"))
    # Counted as the budget counts it: the notice with its abbreviations written out, as the
    # summary writes them („Mo.–Fr.“ is three words on both sides).
    body_source = written_length(document_units(source, title=False), language)
    info["summary.kept_words"] = kept_words(plain)
    info["summary.share_percent"] = round(100 * kept_words(plain) / max(body_source, 1), 1)
    info["summary.variant"] = plain.metadata.subtitle or ""
    info["summary.author_written"] = int(written)
    # A machine draft that reaches this point has passed; an author's version is reported.
    problems = [i for i in check_fidelity(source, plain) if i.code != "PLF006"] if written else []
    info["summary.fidelity"] = "passed" if not problems else f"{len(problems)} finding(s)"
    info["summary.rule_findings"] = len(check_rules(plain, easy_read=True))
    info["summary.lang"] = language
    return info


def summary_report(info: Mapping[str, str | int | float], *, lang: str | None = None) -> str:
    """One line for the terminal from a summary artifact's ``info``.

    ``Flesch-Amstad 41 → 67, words/sentence 15.7 → 7.7 (max 38 → 15), LIX 49 → 31,
    kept 8.8 % of the words, fidelity passed``

    In the notice's language (``summary.lang``) unless one was chosen (:mod:`pubkit.i18n`);
    ``lang="en"`` asks for English.
    """
    with speaking(lang) if lang else about(str(info.get("summary.lang", ""))) as language:
        return _report_line(info, language)


def _report_line(info: Mapping[str, str | int | float], language: str) -> str:
    flesch = "flesch_amstad" if "source.flesch_amstad" in info else "flesch"
    name = "Flesch-Amstad" if flesch == "flesch_amstad" else "Flesch"

    def number(value: str | int | float, digits: int) -> str:
        text = f"{float(value):.{digits}f}"
        return text.replace(".", ",") if language == "de" else text

    def pair(key: str, digits: int = 0) -> str:
        return f"{number(info[f'source.{key}'], digits)} → {number(info[f'summary.{key}'], digits)}"

    fidelity = str(info["summary.fidelity"])
    if fidelity == "passed":
        checked = _("fidelity passed")
    else:
        count = int(fidelity.split()[0])
        checked = ngettext("{count} fidelity finding", "{count} fidelity findings", count).format(
            count=count
        )
    share = info["summary.share_percent"]
    line = _(
        "{name} {flesch}, words/sentence {mean} (max {most}), LIX {lix}, "
        "kept {share} of the words, {fidelity}"
    ).format(
        name=name,
        flesch=pair(flesch),
        mean=pair("mean_words", 1),
        most=pair("max_words"),
        lix=pair("lix"),
        share=number(share, 1) + " %",
        fidelity=checked,
    )
    worse = _worse(info, flesch)
    if worse:
        # Faithful is not the same as easier: a draft the figures show harder to read than
        # the notice says so in the same line, never a silent "fidelity passed".
        line += " — ⚠ " + _("harder to read than the notice: {figures}").format(
            figures=", ".join(worse)
        )
    return line


def _worse(info: Mapping[str, str | int | float], flesch: str) -> list[str]:
    """The figures on which the version is worse than the notice, named for the reader."""

    def went(key: str, higher_is_worse: bool) -> bool:
        try:
            before, after = float(info[f"source.{key}"]), float(info[f"summary.{key}"])
        except (KeyError, TypeError, ValueError):
            return False
        return after > before if higher_is_worse else after < before

    out: list[str] = []
    if went(flesch, higher_is_worse=False):
        out.append(_("lower reading ease"))
    if went("mean_words", higher_is_worse=True):
        out.append(_("more words per sentence"))
    if went("max_words", higher_is_worse=True):
        out.append(_("longest sentence longer"))
    return out
