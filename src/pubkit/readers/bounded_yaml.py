"""YAML for front matter, with bounds checked before any Python object is built.

``yaml.safe_load`` has three weaknesses on hostile input: a 1 KB "billion laughs" alias
bomb expands to gigabytes when its values are later turned into text; a 20 000-deep
``[[[…]]]`` exhausts Python's recursion limit; and a few scalars raise plain Python
errors (``date: 2020-02-30`` → ``ValueError``, ``!!bool maybe`` → ``KeyError``, an integer
of more than 4 300 digits → ``ValueError``). Here the node graph is composed first with a
depth bound, its expanded size and alias count are measured (aliases counted as often as
they are used), and only then are values constructed; every failure is a
:class:`~pubkit.errors.ReadError` with the line.
"""

from __future__ import annotations

import re

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from pubkit.errors import ReadError
from pubkit.i18n import _
from pubkit.limits import LimitExceeded, Limits, current_limits

__all__ = ["load_front_matter_yaml"]

_BAD_CHAR = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that stops composing past ``max_depth`` and counts aliases."""

    max_depth = 20
    max_aliases = 50

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0
        self.aliases = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > self.max_aliases:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]  # untyped stub
                raise _Refused("max_yaml_aliases", self.aliases, self.max_aliases, mark.line)
            return super().compose_node(parent, index)
        self.depth += 1
        try:
            if self.depth > self.max_depth:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]  # untyped stub
                raise _Refused("max_yaml_depth", self.depth, self.max_depth, mark.line)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


# Dates stay text: the front-matter reader checks them itself, so that ``2026-13-45`` is a
# clear error rather than a crash, and ``2022-02`` is a date too.
_BoundedLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Refused(Exception):
    def __init__(self, limit: str, found: int, allowed: int, line: int) -> None:
        super().__init__(limit)
        self.limit, self.found, self.allowed, self.line = limit, found, allowed, line


def _expanded_size(root: Node, cap: int) -> int:
    """Values in the tree with every alias expanded, computed on the graph (stops past cap)."""
    sizes: dict[int, int] = {}
    # Iterative post-order over the node graph; shared nodes are measured once.
    stack: list[tuple[Node, bool]] = [(root, False)]
    on_path: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            total = 1 + sum(sizes.get(id(c), 0) for c in _children(node))
            sizes[key] = min(total, cap + 1)
            continue
        if key in sizes or key in on_path:  # a recursive alias counts once
            continue
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node))
    return sizes.get(id(root), 0)


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def load_front_matter_yaml(
    text: str, *, source: str | None, first_line: int = 2, limits: Limits | None = None
) -> object:
    """Parse front matter YAML within the limits; errors carry the file line.

    ``first_line`` is the file line of the YAML's first line (after the ``---`` fence).
    """
    limits = limits or current_limits()
    try:
        loader = _BoundedLoader(text)  # rejects unprintable characters at once
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, source, first_line) from None
    loader.max_depth = limits.max_yaml_depth
    loader.max_aliases = limits.max_yaml_aliases
    node: Node | None = None
    try:
        try:
            node = loader.get_single_node()
        except _Refused as exc:
            raise LimitExceeded(
                exc.limit, exc.found, exc.allowed, source=source, line=exc.line + first_line
            ) from None
        except yaml.YAMLError as exc:
            raise _yaml_error(exc, source, first_line) from None
        except RecursionError:
            raise LimitExceeded(
                "max_yaml_depth", limits.max_yaml_depth + 1, limits.max_yaml_depth, source=source
            ) from None
        if node is None:
            return None
        _check_scalars(node, source, first_line)
        size = _expanded_size(node, limits.max_yaml_nodes)
        if size > limits.max_yaml_nodes:
            raise LimitExceeded(
                "max_yaml_nodes",
                size,
                limits.max_yaml_nodes,
                source=source,
                line=first_line,
                detail="aliases counted each time they are used",
            )
        try:
            return loader.construct_document(node)
        except yaml.YAMLError as exc:
            raise _yaml_error(exc, source, first_line) from None
        except (ValueError, KeyError, TypeError, OverflowError, IndexError) as exc:
            # A scalar that looks like a date, bool or number but is not one.
            bad = _failing_scalar(loader, node)
            line = bad.start_mark.line + first_line if bad is not None else first_line
            value = bad.value if bad is not None else ""
            raise ReadError(
                _(
                    "The front matter value {value} cannot be read "
                    "({reason}). Put it in quotes to keep it as text, or correct it "
                    "(dates as 2026-11-24)."
                ).format(value=repr(str(value)[:40]), reason=_reason(exc)),
                source=source,
                line=line,
            ) from None
    finally:
        loader.dispose()


def _check_scalars(root: Node, source: str | None, first_line: int) -> None:
    """Refuse text no output can carry: lone surrogates (``"\\ud800"``) and control characters."""
    stack: list[Node] = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, ScalarNode):
            bad = _BAD_CHAR.search(node.value)
            if bad is not None:
                raise ReadError(
                    _(
                        "The front matter contains the character {code}, which "
                        "no document can hold (a lone surrogate or a control character, usually "
                        "from an escape like \\ud800 or \\x00). Remove it."
                    ).format(code=f"U+{ord(bad.group()):04X}"),
                    source=source,
                    line=node.start_mark.line + first_line,
                )
        stack.extend(_children(node))


def _reason(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return f"{exc.args[0]!r} is not a value of its tag"
    text = str(exc).split(";")[0]
    return text[:80]


def _failing_scalar(loader: yaml.SafeLoader, root: Node) -> ScalarNode | None:
    """The first scalar whose construction fails (the constructor does not say which)."""
    stack: list[Node] = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, ScalarNode):
            try:
                fresh = yaml.SafeLoader("")
                fresh.construct_object(node, deep=True)
            except Exception:  # we are looking for exactly this failure
                return node
        stack.extend(reversed(_children(node)))
    return None


def _yaml_error(
    exc: yaml.YAMLError, source: str | None, first_line: int, text: str = ""
) -> ReadError:
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + first_line if mark is not None else first_line - 1
    if isinstance(exc, yaml.reader.ReaderError):  # has a character position, no mark
        line = text.count("\n", 0, exc.position) + first_line
    problem = getattr(exc, "problem", None) or str(exc)
    return ReadError(
        _(
            "The front matter is not valid YAML ({problem}). Check quotes and indentation; "
            'a value containing ": " must be quoted.'
        ).format(problem=problem),
        source=source,
        line=line,
    )
