"""Read pubkit JSON safely: nesting bounded before decoding, text fields checked after.

``from_json`` builds nodes from whatever the JSON holds; a number where text belongs
(``{"type": "Text", "text": 5}``) or a list nested 100 000 deep then failed far away with
``AttributeError``, ``AssertionError`` or ``RecursionError``. :func:`read_model_json` checks
the nesting before decoding and each field's type after, and reports the path of the
offending field as a :class:`~pubkit.errors.ReadError`.
"""

from __future__ import annotations

import dataclasses
import re

from pubkit.errors import PubkitError, ReadError
from pubkit.i18n import _
from pubkit.limits import LimitExceeded, check_document, current_limits
from pubkit.model import Document
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
            _(
                "The pubkit JSON has a wrong value ({error}). "
                "Re-create it with pubkit.model.serialize.to_json."
            ).format(error=f"{type(exc).__name__}: {str(exc)[:120]}"),
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
    """Refuse text fields holding lone surrogates (``\\ud800``), which are not characters.

    The field types themselves are checked by :func:`~pubkit.model.serialize.from_json`.
    """
    stack: list[tuple[object, str]] = [(doc, "document")]
    while stack:
        node, path = stack.pop()
        for f in dataclasses.fields(node):  # type: ignore[arg-type]  # only nodes are pushed
            value = getattr(node, f.name)
            where = f"{path}.{f.name}"
            if isinstance(value, str) and _SURROGATE.search(value):
                raise ReadError(
                    _(
                        "In the pubkit JSON, {field} holds a lone surrogate (an escape like "
                        "{escape}), which is not a character. Remove it."
                    ).format(field=where, escape="\\ud800"),
                    source=source,
                )
            for index, child in enumerate(_nodes(value)):
                stack.append((child, f"{where}[{index}]" if isinstance(value, tuple) else where))
    return doc


def _nodes(value: object) -> list[object]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [value]
    if isinstance(value, tuple):
        return [v for item in value for v in _nodes(item)]
    return []
