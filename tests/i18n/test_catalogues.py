"""The gettext catalogues: complete, placeholders kept, compiled files current, nothing unmarked."""

from __future__ import annotations

import ast
import doctest
import io
import string
from pathlib import Path

import pytest

babel = pytest.importorskip("babel")  # a dev tool (the [dev] extra); the runtime uses gettext

from babel.messages.catalog import Catalog, Message  # noqa: E402
from babel.messages.extract import extract_from_dir  # noqa: E402
from babel.messages.mofile import read_mo, write_mo  # noqa: E402
from babel.messages.pofile import read_po  # noqa: E402

import pubkit.i18n  # noqa: E402
from pubkit.i18n import LANGUAGES  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
LOCALE = SRC / "pubkit" / "locale"
TEMPLATE = LOCALE / "pubkit.pot"


def _po(lang: str) -> Catalog:
    with (LOCALE / lang / "LC_MESSAGES" / "pubkit.po").open("rb") as stream:
        return read_po(stream, locale=lang)


def _template() -> Catalog:
    with TEMPLATE.open("rb") as stream:
        return read_po(stream)


def _key(message: Message) -> tuple[str, str | None]:
    ident = message.id if isinstance(message.id, str) else message.id[0]
    return ident, message.context


def _ids(catalog: Catalog) -> set[tuple[str, str | None]]:
    return {_key(m) for m in catalog if m.id}


def _fields(text: str) -> list[str]:
    """The named placeholders of a str.format text, each once and sorted ({{ }} are literal
    braces); a translation may order them differently or name one twice."""
    return sorted({name for _, name, _, _ in string.Formatter().parse(text) if name is not None})


def _strings(value: str | tuple[str, ...] | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def test_the_catalogues_exist_for_every_language_and_cover_the_template() -> None:
    template = _ids(_template())
    assert len(template) > 100  # checks, audits, CLI
    for lang in LANGUAGES:
        assert _ids(_po(lang)) == template, lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_has_a_translation(lang: str) -> None:
    catalog = _po(lang)
    assert catalog.fuzzy is False
    for message in catalog:
        if not message.id:
            continue
        assert "fuzzy" not in message.flags, message.id
        forms = _strings(message.string)
        assert forms, message.id
        assert all(form.strip() for form in forms), message.id
        if message.pluralizable:
            assert len(forms) == catalog.num_plurals, message.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_are_the_same_in_every_translation(lang: str) -> None:
    for message in _po(lang):
        if not message.id:
            continue
        ids = _strings(message.id)
        expected = _fields(ids[0])
        assert all(_fields(i) == expected for i in ids), ids  # singular and plural alike
        for form in _strings(message.string):
            assert _fields(form) == expected, (message.id, form)
            values = dict.fromkeys(expected, "x")
            form.format(**values)  # no stray brace breaks the formatting


def test_german_messages_are_german() -> None:
    """Not the English text copied: most German messages differ from their source string."""
    german = [m for m in _po("de") if m.id]
    same = [m.id for m in german if _strings(m.string) == _strings(m.id)]
    # identical only where the words are the same in both languages (formats, "{a}, {b}")
    assert len(same) <= 3, same
    quotes = [m for m in german if '"{' in _strings(m.id)[0]]
    assert quotes
    for message in quotes:  # German quotation marks „…“ where the source quotes a value
        assert all('"{' not in form for form in _strings(message.string)), message.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_catalogue_is_up_to_date(lang: str) -> None:
    folder = LOCALE / lang / "LC_MESSAGES"
    fresh = io.BytesIO()
    write_mo(fresh, _po(lang))
    fresh.seek(0)
    with (folder / "pubkit.mo").open("rb") as stream:
        shipped = read_mo(stream)
    compiled = read_mo(fresh)

    def entries(catalog: Catalog) -> dict[tuple[str, str | None], object]:
        return {_key(m): m.string for m in catalog if m.id}

    assert entries(shipped) == entries(compiled), (
        "run: pybabel compile -D pubkit -d src/pubkit/locale"
    )


def test_extraction_finds_no_message_missing_from_the_catalogue() -> None:
    keywords = {"_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "N_": None}
    mapping = (ROOT / "babel.cfg").read_text(encoding="utf-8")
    assert "[python: **.py]" in mapping
    found = {
        (msgid if isinstance(msgid, str) else msgid[0], context)
        for _file, _line, msgid, _comments, context in extract_from_dir(
            str(SRC), [("**.py", "python")], keywords=keywords
        )
    }
    assert found
    missing = found - _ids(_template())
    assert not missing, f"run pybabel extract/update (docs/translations.md): {sorted(missing)}"
    stale = _ids(_template()) - found
    assert not stale, f"messages no longer in the code: {sorted(stale)}"


# Calls that make a finding, and which of their arguments reach the editor.
_MESSAGE_ARGUMENTS = {
    "issue": (2, 4),
    "add": (2, 3),
    "_issue": (5,),
    "problem": (1, 2),  # the fidelity checks and the guards of the plain-language version
    "_refuse": (0,),  # the language-model writer's refusals (PLG007)
    "DraftRejected": (0,),
}
_MESSAGE_KEYWORDS = {"message", "what", "location", "where"}
_RULE_MODULES = [
    SRC / "pubkit" / "checks" / "rules.py",
    *sorted((SRC / "pubkit" / "plain").rglob("*.py")),
    *sorted((SRC / "pubkit" / "audit").glob("*.py")),
]


def _plain_text(node: ast.expr) -> bool:
    """A literal or f-string, or one glued to other text with ``+``: text that never went
    through the catalogue."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _plain_text(node.left) or _plain_text(node.right)
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value != ""
    )


@pytest.mark.parametrize("module", _RULE_MODULES, ids=lambda p: p.name)
def test_no_finding_text_bypasses_the_catalogue(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    unmarked: list[str] = []
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        arguments: list[ast.expr] = []
        if name in _MESSAGE_ARGUMENTS:
            arguments += [call.args[i] for i in _MESSAGE_ARGUMENTS[name] if i < len(call.args)]
        if name in ("issue", "add", "Finding", "Issue"):
            arguments += [k.value for k in call.keywords if k.arg in _MESSAGE_KEYWORDS]
        unmarked += [f"{module.name}:{a.lineno}" for a in arguments if _plain_text(a)]
    for value in (n.value for n in ast.walk(tree) if isinstance(n, ast.Yield)):
        # the plain-language rules yield (code, message)
        if isinstance(value, ast.Tuple) and len(value.elts) == 2 and _plain_text(value.elts[1]):
            unmarked.append(f"{module.name}:{value.lineno}")
    assert not unmarked, "wrap these in _() / ngettext(): " + ", ".join(unmarked)


@pytest.mark.parametrize(
    "module", sorted((SRC / "pubkit").rglob("*.py")), ids=lambda p: str(p.relative_to(SRC))
)
def test_no_message_is_marked_inside_an_f_string(module: Path) -> None:
    """Babel does not look into f-strings: ``f"{_('x')}"`` would never reach the catalogue."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    hidden = [
        f"{module.name}:{call.lineno}"
        for fstring in ast.walk(tree)
        if isinstance(fstring, ast.JoinedStr)
        for call in ast.walk(fstring)
        if isinstance(call, ast.Call)
        and getattr(call.func, "id", "") in ("_", "ngettext", "pgettext", "N_")
    ]
    assert not hidden, "move the _() call out of the f-string: " + ", ".join(hidden)


@pytest.mark.parametrize(
    "module", sorted((SRC / "pubkit").rglob("*.py")), ids=lambda p: str(p.relative_to(SRC))
)
def test_a_message_with_braces_is_formatted(module: Path) -> None:
    """``_("… {name} …")`` must be followed by ``.format(…)``: else the braces (and the doubled
    ``{{ }}`` of literal braces) reach the reader."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    formatted = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr == "format"
    }
    unformatted = [
        f"{module.name}:{call.lineno}"
        for call in ast.walk(tree)
        if isinstance(call, ast.Call)
        and getattr(call.func, "id", "") in ("_", "ngettext", "pgettext")
        and any(isinstance(a, ast.Constant) and "{" in str(a.value) for a in call.args)
        and id(call) not in formatted
    ]
    assert not unformatted, "add .format(...): " + ", ".join(unformatted)


def test_the_language_module_doctests() -> None:
    result = doctest.testmod(pubkit.i18n)
    assert result.attempted > 0
    assert result.failed == 0
