"""Well-formedness of BCP 47 language tags (RFC 5646 syntax, not registry membership)."""

from __future__ import annotations

import re

# langtag = language ["-" script] ["-" region] *("-" variant) *("-" extension) ["-" privateuse]
_LANGTAG = re.compile(
    r"""^(?:
        (?P<language>[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})
        (?:-(?P<script>[A-Za-z]{4}))?
        (?:-(?P<region>[A-Za-z]{2}|[0-9]{3}))?
        (?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*
        (?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*
        (?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?
      |[Xx](?:-[A-Za-z0-9]{1,8})+
    )$""",
    re.VERBOSE,
)


def is_language_tag(tag: str) -> bool:
    """Tell whether ``tag`` is a syntactically valid BCP 47 tag.

    >>> is_language_tag("de-DE"), is_language_tag("de_DE"), is_language_tag("")
    (True, False, False)
    """
    return bool(_LANGTAG.match(tag))


def primary_language(tag: str) -> str:
    """The primary language subtag in lower case: ``de-AT`` → ``de``."""
    return tag.split("-", 1)[0].lower()
