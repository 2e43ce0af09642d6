"""Checks: lint the model for accessibility problems before anything is rendered.

>>> from pubkit.model import Document, Metadata
>>> [i.code for i in check(Document(metadata=Metadata(title="", language="de"), blocks=()))]
['DOC001', 'DOC004']
"""

from __future__ import annotations

from pubkit.checks.rules import RULES, Context
from pubkit.i18n import document_language, speaking
from pubkit.issues import Issue, Severity
from pubkit.model import Document

__all__ = ["Issue", "Severity", "check", "errors"]


def check(document: Document, *, lang: str | None = None) -> list[Issue]:
    """Every issue the rules find, in document order (document-level issues first).

    Messages are in ``lang`` (``"de"`` or ``"en"``) if given; else in the language chosen with
    :func:`pubkit.i18n.choose` (``pubkit --lang``); else in the document's own language.
    """
    ctx = Context.of(document)
    with speaking(lang or document_language(document.metadata.language)):
        issues = [issue for rule in RULES for issue in rule(ctx)]
    return sorted(issues, key=lambda i: i.line or 0)


def errors(issues: list[Issue]) -> list[Issue]:
    """Only the issues of severity ``error``; rendering refuses a document that has any."""
    return [i for i in issues if i.severity == "error"]
