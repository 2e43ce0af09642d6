"""Read pubkit JSON safely: every field checked against the model's type annotations.

``from_json`` builds nodes from whatever the JSON holds; a number where text belongs
(``{"type": "Text", "text": 5}``) or a list nested 100 000 deep then failed far away with
``AttributeError``, ``AssertionError`` or ``RecursionError``. :func:`read_model_json` checks
the nesting before decoding and each field's type after, and reports the path of the
offending field as a :class:`~pubkit.errors.ReadError`.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from typing import Literal, Union, get_args, get_origin

from pubkit.errors import PubkitError, ReadError
from pubkit.limits import LimitExceeded, check_document, current_limits
from pubkit.model import Document, blocks, document, inlines
from pubkit.model.serialize import from_json

__all__ = ["check_model_types", "read_model_json"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def read_model_json(text: str, *, source: str | None) -> Document:
    """:func:`~pubkit.model.serialize.from_json` with nesting and field types checked."""
    limits = current_limits()
    depth = _json_depth(text)
    # A document nests blocks; each block level is about three JSON levels deep.
    allowed = 3 * limits.max_nesting + 8
    if depth > allowed:
        raise LimitExceeded("max_nesting", depth // 3, limits.max_nesting, source=source)
    try:
        doc = from_json(text)
    except PubkitError:
        raise
    except (TypeError, ValueError, AttributeError, AssertionError, KeyError) as exc:
        raise ReadError(
            f"The pubkit JSON has a wrong value ({type(exc).__name__}: {str(exc)[:120]}). "
            "Re-create it with pubkit.model.serialize.to_json.",
            source=source,
        ) from None
    return check_document(check_model_types(doc, source=source))


def _json_depth(text: str) -> int:
    """The deepest nesting of arrays and objects, counted without parsing (strings skipped)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def check_model_types(doc: Document, *, source: str | None = None) -> Document:
    """Refuse a document whose fields do not have the types the model declares."""
    stack: list[tuple[object, str]] = [(doc, "document")]
    while stack:
        node, path = stack.pop()
        for f in dataclasses.fields(node):  # type: ignore[arg-type]  # only nodes are pushed
            value = getattr(node, f.name)
            where = f"{path}.{f.name}"
            hint = _hints(type(node).__name__, type(node))[f.name]
            text = value if isinstance(value, str) else ""
            if _SURROGATE.search(text):
                raise ReadError(
                    f"In the pubkit JSON, {where} holds a lone surrogate (an escape like "
                    "\\ud800), which is not a character. Remove it.",
                    source=source,
                )
            if not _matches(value, hint):
                raise ReadError(
                    f"In the pubkit JSON, {where} of {type(node).__name__} is "
                    f"{type(value).__name__} {str(value)[:40]!r}, which is not allowed there. "
                    "Re-create the file with pubkit.model.serialize.to_json.",
                    source=source,
                )
            for index, child in enumerate(_nodes(value)):
                stack.append((child, f"{where}[{index}]" if isinstance(value, tuple) else where))
    return doc


_HINTS: dict[str, dict[str, object]] = {}
_MODEL_NAMES: dict[str, object] = {
    k: v for m in (blocks, inlines, document) for k, v in vars(m).items()
}


def _hints(name: str, cls: type) -> dict[str, object]:
    if name not in _HINTS:
        # Model modules name each other's types only for type checkers: give them all.
        _HINTS[name] = typing.get_type_hints(cls, localns=_MODEL_NAMES)
    return _HINTS[name]


def _nodes(value: object) -> list[object]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [value]
    if isinstance(value, tuple):
        return [v for item in value for v in _nodes(item)]
    return []


def _matches(value: object, hint: object) -> bool:
    origin = get_origin(hint)
    if hint is type(None):
        return value is None
    if origin in (Union, types.UnionType):
        return any(_matches(value, h) for h in get_args(hint))
    if origin is Literal:
        return value in get_args(hint)
    if origin is tuple:
        args = get_args(hint)
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_matches(v, args[0]) for v in value)
        return len(args) == len(value) and all(
            _matches(v, a) for v, a in zip(value, args, strict=True)
        )
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True  # an annotation this check does not know: leave it to the model
