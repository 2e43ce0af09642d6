"""Hypothesis strategies that build random, valid pubkit documents (like attrs' tests)."""

from __future__ import annotations

from hypothesis import strategies as st

from pubkit.model import (
    Abbreviation,
    Aside,
    Block,
    Cell,
    Code,
    CodeBlock,
    Document,
    Emphasis,
    Figure,
    Footnote,
    Heading,
    Image,
    Inline,
    LanguageSpan,
    LineBreak,
    Link,
    List,
    ListItem,
    Metadata,
    Paragraph,
    Quote,
    Row,
    Strong,
    Table,
    Text,
    ThematicBreak,
)

# Any text a person might type, including markup characters and German letters; no
# surrogates or C0 controls, which no text format can hold.
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"),
    min_size=1,
    max_size=30,
)
langs = st.sampled_from(["de", "en", "en-GB", "tr", "ar", "fr"])


def inlines(depth: int = 2) -> st.SearchStrategy[tuple[Inline, ...]]:
    leaves: st.SearchStrategy[Inline] = st.one_of(
        st.builds(Text, text=texts),
        st.builds(Code, text=texts),
        st.builds(Abbreviation, text=texts, expansion=texts),
        st.just(LineBreak()),
        st.builds(Image, src=st.just("bild.png"), alt=texts, decorative=st.booleans()),
    )
    if depth == 0:
        return st.lists(leaves, min_size=1, max_size=4).map(tuple)
    inner = inlines(depth - 1)
    nodes: st.SearchStrategy[Inline] = st.one_of(
        leaves,
        st.builds(Emphasis, content=inner),
        st.builds(Strong, content=inner),
        st.builds(Link, target=st.just("https://example.org/a?b=1&c=2"), content=inner),
        st.builds(LanguageSpan, lang=langs, content=inner),
        st.builds(Footnote, blocks=st.tuples(st.builds(Paragraph, content=inner))),
    )
    return st.lists(nodes, min_size=1, max_size=4).map(tuple)


def cells(header: bool) -> st.SearchStrategy[Cell]:
    return st.builds(
        Cell,
        content=inlines(0),
        header=st.just(header),
        scope=st.just("col") if header else st.none(),
    )


def tables() -> st.SearchStrategy[Table]:
    return st.integers(1, 3).flatmap(
        lambda width: st.builds(
            Table,
            caption=inlines(0),
            head=st.tuples(st.builds(Row, cells=st.tuples(*[cells(True)] * width))),
            body=st.lists(
                st.builds(Row, cells=st.tuples(*[cells(False)] * width)), min_size=1, max_size=3
            ).map(tuple),
        )
    )


def blocks(depth: int = 1) -> st.SearchStrategy[Block]:
    simple: st.SearchStrategy[Block] = st.one_of(
        st.builds(Paragraph, content=inlines()),
        st.builds(Heading, level=st.integers(2, 6), content=inlines(0), id=st.just("")),
        st.builds(CodeBlock, code=texts, syntax=st.none() | st.just("python")),
        st.just(ThematicBreak()),
        tables(),
        st.builds(
            Figure,
            image=st.builds(Image, src=st.just("bild.png"), alt=texts),
            caption=inlines(0),
            credit=st.just(()) | inlines(0),
        ),
    )
    if depth == 0:
        return simple
    inner = st.lists(blocks(depth - 1), min_size=1, max_size=3).map(tuple)
    return st.one_of(
        simple,
        st.builds(
            List,
            ordered=st.just(False),
            items=st.lists(st.builds(ListItem, blocks=inner), min_size=1, max_size=3).map(tuple),
        ),
        st.builds(Quote, blocks=inner, attribution=st.just(()) | inlines(0)),
        st.builds(Aside, kind=st.sampled_from(["note", "warning"]), blocks=inner),
    )


documents = st.builds(
    Document,
    metadata=st.builds(
        Metadata,
        title=texts,
        language=langs,
        abbreviations=st.lists(st.tuples(texts, texts), max_size=2, unique_by=lambda p: p[0]).map(
            tuple
        ),
    ),
    blocks=st.lists(blocks(), max_size=6).map(tuple),
)
