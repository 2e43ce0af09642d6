"""Plain language: the easy-to-read version of a notice, its readability figures and the
rule checker for editors.

- :func:`check_plain_language` — what ``pubkit check --plain-language`` reports;
- :func:`readability_of` / :class:`Readability` — the figures (ACCESSIBILITY.md 4.4);
- :func:`check_fidelity` / :class:`FidelityError` — no invented or changed facts;
- :class:`Simplifier` / :class:`BuiltinSimplifier` — the pluggable writer;
- :func:`check_draft` / :class:`DraftRejected` — the guards every draft must pass;
- :class:`LanguageModelWriter` — a city-run language model behind an OpenAI-compatible API;
- :func:`check_rules` — the per-sentence rules (ACCESSIBILITY.md 4.3).

The one public transform is :func:`plain_language` (:mod:`pubkit.plain.transform`).
"""

from __future__ import annotations

from pubkit.i18n import _, document_language, speaking
from pubkit.issues import Issue
from pubkit.model import Document
from pubkit.plain.facts import FidelityError, check_fidelity
from pubkit.plain.guards import DraftRejected, check_draft
from pubkit.plain.llm import LanguageModelWriter
from pubkit.plain.readability import Readability, readability, readability_of
from pubkit.plain.rules import check_rules
from pubkit.plain.simplify import BuiltinSimplifier, Simplifier
from pubkit.plain.transform import author_version, plain_language, standard_version

__all__ = [
    "BuiltinSimplifier",
    "DraftRejected",
    "FidelityError",
    "LanguageModelWriter",
    "Readability",
    "Simplifier",
    "check_draft",
    "check_fidelity",
    "check_plain_language",
    "check_rules",
    "plain_language",
    "readability",
    "readability_of",
]


def check_plain_language(document: Document, *, lang: str | None = None) -> list[Issue]:
    """Everything ``pubkit check --plain-language`` reports for one notice.

    - ``PL000`` (info): readability figures of the notice and of its plain-language version,
      and the share of words the version keeps;
    - ``PLF…`` fidelity findings: errors when the automatic draft would be refused, warnings
      for an author-written version (it is used as written);
    - ``PL001``–``PL016``: rule findings, warnings on the plain-language version and
      information on the notice itself.

    The findings are in the notice's language unless one was chosen (:mod:`pubkit.i18n`);
    ``lang="en"`` asks for English for this call.
    """
    with speaking(lang or document_language(document.metadata.language)):
        return _check_plain_language(document)


def _check_plain_language(document: Document) -> list[Issue]:
    source = document.source
    standard = standard_version(document)
    issues = [
        Issue(
            code="PL000",
            severity="info",
            message=_("Notice: {figures}").format(figures=readability_of(standard).line()),
            source=source,
        )
    ]
    written = author_version(document) is not None
    try:
        plain = plain_language(document)
    except FidelityError as exc:
        return [*issues, *exc.issues, *check_rules(standard, severity="info")]
    issues.append(
        Issue(
            code="PL000",
            severity="info",
            message=_("{version}: {figures}").format(
                version=plain.metadata.subtitle, figures=readability_of(plain).line()
            ),
            source=source,
        )
    )
    if written:
        # Authors may use their own words (no PLF006); every fact must still be in the notice.
        for issue in check_fidelity(standard, plain):
            if issue.code == "PLF006":
                continue
            issues.append(
                Issue(
                    code=issue.code,
                    severity="warning",
                    message=issue.message,
                    where=_("plain-language version"),
                    source=source,
                )
            )
    issues += check_rules(plain, severity="warning", easy_read=True)
    issues += check_rules(standard, severity="info")
    return issues
