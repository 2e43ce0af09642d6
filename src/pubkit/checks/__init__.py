"""Checks: lint the model for accessibility problems before anything is rendered.

>>> from pubkit.model import Document, Metadata
>>> [i.code for i in check(Document(metadata=Metadata(title="", language="de"), blocks=()))]
['DOC001', 'DOC004']
"""

from __future__ import annotations

from pubkit.checks.rules import RULES, Context
from pubkit.issues import Issue, Severity
from pubkit.model import Document

__all__ = ["Issue", "Severity", "check", "errors"]


def check(document: Document) -> list[Issue]:
    """Every issue the rules find, in document order (document-level issues first)."""
    ctx = Context.of(document)
    issues = [issue for rule in RULES for issue in rule(ctx)]
    return sorted(issues, key=lambda i: i.line or 0)


def errors(issues: list[Issue]) -> list[Issue]:
    """Only the issues of severity ``error``; rendering refuses a document that has any."""
    return [i for i in issues if i.severity == "error"]
