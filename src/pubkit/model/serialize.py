"""JSON form of the model, versioned like pandoc's ``pandoc-api-version``.

Each node is an object with a ``"type"`` key holding the class name; tuples become arrays.
External filters can read this form, change it and hand it back.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache

from pubkit.errors import InvalidDocument, ReadError
from pubkit.i18n import _
from pubkit.model import blocks, document, inlines
from pubkit.model.document import Document

__all__ = ["MODEL_VERSION", "from_json", "to_json"]

MODEL_VERSION = "1.0"
"""The ``"pubkit-model-version"`` written into model JSON; a reader refuses other major versions."""
_VERSION_KEY = "pubkit-model-version"

_CLASSES: dict[str, type] = {
    name: obj
    for module in (blocks, inlines, document)
    for name in module.__all__
    if isinstance(obj := getattr(module, name), type) and dataclasses.is_dataclass(obj)
}

JSONValue = None | bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"]


def _encode(value: object) -> JSONValue:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, JSONValue] = {"type": type(value).__name__}
        for f in dataclasses.fields(value):
            if f.name == "source":
                continue
            item = getattr(value, f.name)
            if (f.name == "line" and item is None) or (f.name == "soft" and item is False):
                continue  # the defaults: JSON of documents without them stays as it was
            out[f.name] = _encode(item)
        return out
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    raise TypeError(f"cannot serialise {type(value).__name__}")


_NAMES: dict[str, object] = {
    name: getattr(module, name) for module in (blocks, inlines, document) for name in module.__all__
}


@cache
def _hints(cls: type) -> dict[str, object]:
    # Some annotations name types their module imports only for type checking.
    return typing.get_type_hints(cls, localns=_NAMES)


def _conforms(value: object, hint: object) -> bool:
    """Whether a decoded value has the type a model field declares."""
    origin = typing.get_origin(hint)
    if hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(hint, type) and origin is None:
        return isinstance(value, hint)
    if origin is typing.Literal:
        return value in typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, arg) for arg in typing.get_args(hint))
    if origin is tuple:
        args = typing.get_args(hint)
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_conforms(v, args[0]) for v in value)
        return len(value) == len(args) and all(map(_conforms, value, args))
    forward = hint.__forward_arg__ if isinstance(hint, typing.ForwardRef) else hint
    if forward == document.ExtraValue:  # the model's one recursive alias (front matter extras)
        return _is_extra_value(value)
    raise TypeError(f"pubkit JSON cannot check a field of type {hint!r}")


def _is_extra_value(value: object) -> bool:
    if value is None or isinstance(value, str | int | float | bool):
        return True
    return isinstance(value, tuple) and all(_is_extra_value(v) for v in value)


def _describe(value: object) -> str:
    if isinstance(value, tuple):
        return _("an array")
    if dataclasses.is_dataclass(value):
        return _("a {node} node").format(node=type(value).__name__)
    return f"{type(value).__name__} {value!r}"[:60]


def _decode(value: JSONValue, where: str = "document") -> object:
    if isinstance(value, list):
        return tuple(_decode(v, f"{where}[{i}]") for i, v in enumerate(value))
    if isinstance(value, dict):
        kind = value.get("type")
        cls = _CLASSES.get(kind) if isinstance(kind, str) else None
        if cls is None:
            raise ReadError(
                _("Unknown node type {kind} in pubkit JSON at {where}.").format(
                    kind=repr(kind), where=where
                )
            )
        fields = {k: _decode(v, f"{where}.{k}") for k, v in value.items() if k != "type"}
        hints = _hints(cls)
        for name, item in fields.items():
            if name in hints and not _conforms(item, hints[name]):
                raise ReadError(
                    _(
                        "{field} at {where} in pubkit JSON is {value}, which a {kind} cannot "
                        "hold; write it as pubkit's to_json() does."
                    ).format(field=f"{kind}.{name}", where=where, value=_describe(item), kind=kind)
                )
        try:
            return cls(**fields)
        except TypeError as exc:
            raise ReadError(
                _("Node {kind} in pubkit JSON has wrong fields: {error}.").format(
                    kind=kind, error=exc
                )
            ) from exc
        except InvalidDocument as exc:
            raise ReadError(
                _("Node {kind} at {where} in pubkit JSON: {error}").format(
                    kind=kind, where=where, error=exc
                )
            ) from exc
    return value


def to_json(doc: Document, *, indent: int | None = 2) -> str:
    """Serialise a document to JSON text.

    >>> from pubkit.model import Metadata
    >>> print(to_json(Document(metadata=Metadata(title="T", language="de"), blocks=()), indent=None)[:40])
    {"pubkit-model-version": "1.0", "documen
    """
    payload = {_VERSION_KEY: MODEL_VERSION, "document": _encode(doc)}
    return json.dumps(payload, ensure_ascii=False, indent=indent) + ("\n" if indent else "")


def from_json(text: str) -> Document:
    """Read a document from :func:`to_json` output; raises :class:`ReadError` on a bad file."""
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(_("Not JSON: {error}.").format(error=exc.msg), line=exc.lineno) from exc
    if not isinstance(payload, dict) or _VERSION_KEY not in payload:
        raise ReadError(
            _('Not pubkit JSON: the "{key}" field is missing.').format(key=_VERSION_KEY)
        )
    version = payload[_VERSION_KEY]
    if not isinstance(version, str) or version.split(".")[0] != MODEL_VERSION.split(".")[0]:
        raise ReadError(
            _(
                "pubkit JSON version {version} cannot be read by this pubkit "
                "(model version {model}); re-create the file with this version."
            ).format(version=repr(version), model=MODEL_VERSION)
        )
    doc = _decode(payload.get("document"))
    if not isinstance(doc, Document):
        raise ReadError(_('pubkit JSON must hold a "document" object of type "Document".'))
    return doc
