"""Messages in the editor's language: findings, hints and the CLI's words in German or English.

Source strings are English and marked in the code with :func:`_` (or :func:`ngettext`); the
gettext catalogues in ``pubkit/locale/<lang>/LC_MESSAGES/pubkit.mo`` hold the translations
(``docs/translations.md`` says how to update them). Only the standard library's ``gettext``
runs here; Babel is a development tool.

Which language a message is in:

1. inside ``with speaking(lang)``, that language (``check(document, lang="de")``);
2. the explicit choice, :func:`choose` (``pubkit --lang de``, or ``PUBKIT_LANG=de`` in the
   environment), when there is one;
   for findings about a document, else the document's own language (``lang: de`` →
   German): :func:`pubkit.checks.check` speaks :func:`document_language`;
3. otherwise the environment's locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``);
4. otherwise English.

Placeholders are named (``{name}``) and filled after translation, so a translation may put
them in another order:

>>> with speaking("de"):
...     _("The heading is empty. Write its text or remove it.")
'Die Überschrift ist leer. Schreiben Sie einen Text hinein oder löschen Sie sie.'

>>> with speaking("en"):
...     _("The heading is empty. Write its text or remove it.")
'The heading is empty. Write its text or remove it.'
"""

from __future__ import annotations

import functools
import gettext
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = [
    "DOMAIN",
    "ENVIRONMENT",
    "LANGUAGES",
    "N_",
    "_",
    "about",
    "active_language",
    "choose",
    "chosen",
    "document_language",
    "environment_language",
    "ngettext",
    "pgettext",
    "severity_word",
    "speaking",
    "supported",
    "translations",
]

DOMAIN = "pubkit"
LANGUAGES: tuple[str, ...] = ("en", "de")
"""The languages pubkit's messages exist in; English is the language of the source strings."""
DEFAULT = "en"

ENVIRONMENT = "PUBKIT_LANG"
"""The environment variable that holds the explicit choice, so that worker processes (spawned,
or on a local Dask cluster) inherit ``--lang``; users may set it themselves."""
_chosen: str | None = None  # process-wide: worker processes made by fork inherit it
_speaking: ContextVar[str | None] = ContextVar("pubkit_i18n_speaking", default=None)


def supported(tag: str | None) -> str | None:
    """The message language for a language tag or locale name, or None if pubkit has none.

    >>> supported("de-DE"), supported("de_AT.UTF-8"), supported("EN"), supported("tr"), supported("C")
    ('de', 'de', 'en', None, None)
    """
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split(".")[0].split("@")[0].split("-")[0].lower()
    return primary if primary in LANGUAGES else None


def environment_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the environment's locale asks for, as gettext reads it (None: not de/en).

    ``LANGUAGE`` may list several (``de:en``); the first pubkit has wins. ``LC_ALL``,
    ``LC_MESSAGES`` and ``LANG`` are read in that order; the first one set decides.

    >>> environment_language({"LANG": "de_DE.UTF-8"}), environment_language({"LANGUAGE": "fr:de"})
    ('de', 'de')
    >>> environment_language({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}) is None
    True
    """
    env = os.environ if environ is None else environ
    for name in env.get("LANGUAGE", "").split(":"):
        found = supported(name)
        if found:
            return found
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if value:
            return supported(value)
    return None


def choose(lang: str | None) -> None:
    """Set (or with None, clear) the explicit language for every message, e.g. from ``--lang``.

    Also sets (or removes) ``PUBKIT_LANG`` for the processes this one starts. Raises
    ValueError for a language pubkit has no messages in.
    """
    global _chosen
    if lang is not None and supported(lang) is None:
        raise ValueError(
            f'pubkit has no messages in "{lang}"; choose one of {", ".join(LANGUAGES)}.'
        )
    _chosen = supported(lang)
    if _chosen is None:
        os.environ.pop(ENVIRONMENT, None)
    else:
        os.environ[ENVIRONMENT] = _chosen


def chosen() -> str | None:
    """The explicit choice made with :func:`choose` (or inherited in ``PUBKIT_LANG``), if any."""
    return _chosen or supported(os.environ.get(ENVIRONMENT))


def document_language(tag: str | None) -> str:
    """The language of findings about a document whose language is ``tag``.

    The explicit choice wins; then the document's language if pubkit speaks it; then the
    environment; then English.
    """
    return chosen() or supported(tag) or environment_language() or DEFAULT


def active_language() -> str:
    """The language :func:`_` translates into right now."""
    return _speaking.get() or chosen() or environment_language() or DEFAULT


@contextmanager
def speaking(lang: str | None) -> Iterator[str]:
    """Messages made inside the block are in ``lang``.

    Callers pass :func:`document_language` for findings about a document, which honours the
    explicit choice. An unsupported ``lang`` leaves the language as it was. Yields the
    language in effect.
    """
    token = _speaking.set(supported(lang) or _speaking.get())
    try:
        yield active_language()
    finally:
        _speaking.reset(token)


@contextmanager
def about(tag: str | None) -> Iterator[str]:
    """Messages made inside the block are about a document whose language is ``tag``.

    A language already set with :func:`speaking` by the caller (``check_plain_language(document,
    lang="en")``) wins; else :func:`document_language` decides. Yields the language in effect.

    >>> with speaking("en"), about("de"):
    ...     active_language()
    'en'
    """
    with speaking(_speaking.get() or document_language(tag)) as lang:
        yield lang


@functools.cache
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue for ``lang`` (shipped as package data), English as fallback."""
    code = supported(lang) or DEFAULT
    from pubkit.packaged import package_files

    resource = package_files("pubkit").joinpath("locale", code, "LC_MESSAGES", f"{DOMAIN}.mo")
    try:
        with resource.open("rb") as stream:
            return gettext.GNUTranslations(stream)
    except (FileNotFoundError, OSError):
        return gettext.NullTranslations()  # the English source strings


def _(message: str) -> str:
    """``message`` (an English source string) in the active language."""
    return translations(active_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n``, in the active language."""
    return translations(active_language()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the active language, told apart from the same words elsewhere by
    ``context`` (``pgettext("severity", "error")``)."""
    return translations(active_language()).pgettext(context, message)


def severity_word(severity: str) -> str:
    """``error``, ``warning`` or ``info`` in the active language (``Fehler``, ``Warnung``, …)."""
    words = {
        "error": pgettext("severity", "error"),
        "warning": pgettext("severity", "warning"),
        "info": pgettext("severity", "info"),
    }
    return words.get(severity, severity)


def N_(message: str) -> str:  # noqa: N802  # the name xgettext and Babel look for
    """Mark a string for the catalogue without translating it yet (module-level definitions).

    Translate it where it is shown, with ``_(text)``.
    """
    return message
