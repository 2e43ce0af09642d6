"""Parse Markdown with a nesting bound that refuses instead of truncating.

markdown-it stops at ``maxNesting`` (20 in the CommonMark preset) by *skipping the rest of
the document*: a list nested ten deep (each level is a list and an item: two levels) lost
its deepest item and every later section, silently. Emphasis built from delimiter runs is
not bounded at all, so 500 ``*`` around one letter nest 250 levels and overflow Python's
recursion limit in every tree walk. Here the parser's own limit is set above
:attr:`Limits.max_nesting` and a first block rule refuses any block that would open deeper,
naming its line; inline nesting is measured on the tokens before they are turned into a
tree.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token

from pubkit.errors import ReadError
from pubkit.limits import LimitExceeded, Limits, current_limits

__all__ = ["parse_bounded"]

_RULE = "pubkit_nesting_guard"


class _TooDeep(Exception):
    def __init__(self, level: int, line: int) -> None:
        super().__init__(level, line)
        self.level, self.line = level, line


def _guard(md: MarkdownIt, limit: int) -> None:
    def rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        if state.level >= limit:
            raise _TooDeep(state.level + 1, start_line + 1)
        return False

    # The parser's own cut-off (which drops the rest of the document) must never be reached.
    md.options["maxNesting"] = limit + 4
    if _RULE in [r.name for r in md.block.ruler.__rules__]:
        md.block.ruler.at(_RULE, rule)
    else:
        first = md.block.ruler.__rules__[0].name
        md.block.ruler.before(first, _RULE, rule)


def parse_bounded(
    md: MarkdownIt, text: str, *, source: str | None, limits: Limits | None = None
) -> list[Token]:
    """``md.parse(text)``, or :class:`LimitExceeded` naming the line nested too deep."""
    limits = limits or current_limits()
    _guard(md, limits.max_nesting)
    try:
        tokens = md.parse(text)
    except _TooDeep as exc:
        raise LimitExceeded(
            "max_nesting", exc.level, limits.max_nesting, source=source, line=exc.line
        ) from None
    except RecursionError:
        raise LimitExceeded(
            "max_nesting", limits.max_nesting + 1, limits.max_nesting, source=source
        ) from None
    _check_balanced(tokens, source)
    for token in tokens:
        if token.type == "inline" and token.children:
            depth = _inline_depth(token.children)
            if token.level + depth > limits.max_nesting:
                line = token.map[0] + 1 if token.map else None
                raise LimitExceeded(
                    "max_nesting",
                    token.level + depth,
                    limits.max_nesting,
                    source=source,
                    line=line,
                    detail="emphasis, links and spans inside each other",
                )
    return tokens


def _inline_depth(children: list[Token]) -> int:
    depth = deepest = 0
    for child in children:
        depth += child.nesting
        deepest = max(deepest, depth)
    return deepest


def _check_balanced(tokens: list[Token], source: str | None) -> None:
    """Refuse a token stream whose opening and closing tokens do not match.

    The footnote plugin produces one for a footnote defined inside another
    (``[^1]: > [^1]: …``); the syntax tree would raise ``ValueError`` on it.
    """
    stack: list[Token] = []
    line: int | None = None
    for token in tokens:
        line = token.map[0] + 1 if token.map else line
        if token.nesting == 1:
            stack.append(token)
        elif token.nesting == -1:
            opened = stack.pop() if stack else None
            if opened is None:  # a stray close: the parser lost where it came from
                line = None
            if opened is None or opened.type.removesuffix("_open") != token.type.removesuffix(
                "_close"
            ):
                raise ReadError(
                    "The structure cannot be read: is a footnote defined inside another "
                    "block or footnote? Define footnotes ([^1]: …) at the start of a line, "
                    "outside quotes, lists and other footnotes.",
                    source=source,
                    line=line,
                )
    if stack:
        raise ReadError(
            "The structure here cannot be read: a block is opened and never closed.",
            source=source,
            line=stack[-1].map[0] + 1 if stack[-1].map else None,
        )
