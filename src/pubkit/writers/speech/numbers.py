"""Numbers, dates and times as words, in German and English (num2words underneath)."""

from __future__ import annotations

import functools
import importlib
import importlib.machinery
import importlib.util
import sys
import threading
from typing import Any

__all__ = ["MONTHS", "cardinal", "date", "decimal", "digits", "ordinal", "time", "year"]

MONTHS: dict[str, tuple[str, ...]] = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip

_DIGITS = {
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def num2words(value: int, *, lang: str, to: str = "cardinal") -> str:
    """``value`` as words by num2words' converter for ``lang`` (``de``, ``en``): ``to`` is
    ``cardinal``, ``ordinal`` or ``year``. Loaded on the first number said."""
    return str(getattr(_converter(lang), f"to_{to}")(value))


_ALIAS = "_pubkit_num2words"


@functools.cache
def _converter(lang: str) -> Any:
    """num2words' converter object for ``de`` or ``en``, with only its own modules loaded.

    ``import num2words`` runs the package's ``__init__``, which imports and instantiates all
    of its ~50 languages: 24 ms of CPU here against 7 ms for German and English alone, in a
    speech build's start-up that runs on one core before anything is synthesised. So the two
    language modules are imported as submodules of a private alias of the package whose
    ``__init__`` is not run (their relative imports of ``lang_EU``, ``base``, ``currency``
    resolve inside it); the same classes and results as ``num2words(…, lang=…)``. When the
    package is laid out differently, it is imported as usual.
    """
    module, cls = {"de": ("lang_DE", "Num2Word_DE"), "en": ("lang_EN", "Num2Word_EN")}[lang]
    try:
        with _ALIAS_LOCK:
            if _ALIAS not in sys.modules:
                spec = importlib.util.find_spec("num2words")
                if spec is None or not spec.submodule_search_locations:
                    raise ImportError("num2words is not a package")
                alias = importlib.util.module_from_spec(
                    importlib.machinery.ModuleSpec(_ALIAS, None, is_package=True)
                )
                alias.__path__ = list(spec.submodule_search_locations)
                sys.modules[_ALIAS] = alias
        return getattr(importlib.import_module(f"{_ALIAS}.{module}"), cls)()
    except (ImportError, AttributeError):
        import num2words as package  # type: ignore[import-untyped]  # no stubs

        return package.CONVERTER_CLASSES[lang]


_ALIAS_LOCK = threading.Lock()


def _lang(language: str) -> str:
    return "de" if language == "de" else "en"


def cardinal(value: int, language: str, *, before_noun: bool = False) -> str:
    """``1000`` → ``tausend`` (German drops the leading "ein"), ``1`` → ``eins``/``ein``."""
    lang = _lang(language)
    if lang == "de" and value == 1 and before_noun:
        return "ein"
    words = str(num2words(value, lang=lang))
    if lang == "de":
        if words.startswith("eintausend"):
            words = words[3:]
        if words.startswith("einhundert"):
            words = words[3:]
    return words


def decimal(whole: str, fraction: str, language: str) -> str:
    """``81`` and ``6`` → ``einundachtzig Komma sechs``: digits after the mark one by one.

    German reads two decimals that do not start with 0 as a number: ``1,50`` → ``eins
    Komma fünfzig`` (not "fünf null"), ``2,25`` → ``zwei Komma fünfundzwanzig``.
    """
    lang = _lang(language)
    mark = "Komma" if lang == "de" else "point"
    if lang == "de" and len(fraction) == 2 and fraction[0] != "0":
        return f"{cardinal(int(whole), lang)} {mark} {cardinal(int(fraction), lang)}"
    return f"{cardinal(int(whole), lang)} {mark} {digits(fraction, lang)}"


def digits(text: str, language: str) -> str:
    """Each digit on its own: ``0211`` → ``null zwei eins eins``."""
    names = _DIGITS[_lang(language)]
    return " ".join(names[int(d)] for d in text if d.isdigit())


def ordinal(value: int, language: str, *, ending: str = "") -> str:
    """German ``3`` → ``dritte`` plus ``ending`` (``n``, ``r``, ``s``); English ``third``."""
    lang = _lang(language)
    words = str(num2words(value, lang=lang, to="ordinal"))
    if lang == "de":
        words = words.replace("eintausend", "tausend").replace("einhundert", "hundert")
        return words + ending
    return words


def year(value: int, language: str) -> str:
    """``1999`` → ``neunzehnhundertneunundneunzig``, ``2026`` → ``twenty twenty-six``."""
    return str(num2words(value, lang=_lang(language), to="year"))


def date(day: int, month: int, year_: int | None, language: str, *, ending: str = "r") -> str:
    """A date as said aloud: ``vierundzwanzigsten November zweitausendsechsundzwanzig``."""
    lang = _lang(language)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError(f"not a date: {day}.{month}.")
    name = MONTHS[lang][month - 1]
    if lang == "de":
        spoken = f"{ordinal(day, lang, ending=ending)} {name}"
    else:
        spoken = f"the {ordinal(day, lang)} of {name}"
    return spoken if year_ is None else f"{spoken} {year(year_, lang)}"


def time(hour: int, minute: int, language: str, *, uhr: bool = True) -> str:
    """``16``, ``30`` → ``sechzehn Uhr dreißig``; ``9``, ``0`` → ``neun Uhr``."""
    lang = _lang(language)
    if lang == "de":
        spoken = cardinal(hour, lang, before_noun=True) + (" Uhr" if uhr else "")
        return spoken + (f" {cardinal(minute, lang)}" if minute else "")
    if minute == 0:
        return f"{cardinal(hour, lang)} o'clock" if uhr else cardinal(hour, lang)
    minutes = cardinal(minute, lang) if minute >= 10 else f"oh {cardinal(minute, lang)}"
    return f"{cardinal(hour, lang)} {minutes}"
