"""Pictures on the web in a publication made offline (pubkit.transforms.images)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pubkit.model import Document, Figure, Image, Link, Metadata, Paragraph, Text
from pubkit.model.walk import inline_text, iter_nodes
from pubkit.transforms.images import is_remote, offline_images


def _doc(*blocks: object, language: str = "de") -> Document:
    return Document(metadata=Metadata(title="t", language=language), blocks=blocks)  # type: ignore[arg-type]


def test_a_web_figure_becomes_its_description_with_a_link() -> None:
    figure = Figure(
        image=Image(src="https://x.example/a.jpg", alt="Die Bibliothek am Markt"),
        caption=(Text(text="Der Lesesaal"),),
        credit=(Text(text="Foto: Stadt"),),
        line=7,
    )
    (paragraph,) = offline_images(_doc(figure)).blocks
    assert isinstance(paragraph, Paragraph)
    assert paragraph.line == 7
    assert (
        inline_text(paragraph.content)
        == "Bild: Die Bibliothek am Markt – Der Lesesaal – Foto: Stadt"
    )
    assert isinstance(paragraph.content[0], Link)
    assert paragraph.content[0].target == "https://x.example/a.jpg"


def test_english_says_picture() -> None:
    figure = Figure(image=Image(src="//cdn.example/a.jpg", alt="The library"))
    (paragraph,) = offline_images(_doc(figure, language="en-GB")).blocks
    assert inline_text(paragraph.content) == "Picture: The library"  # type: ignore[attr-defined]


def test_a_decorative_web_picture_is_left_out_and_an_inline_one_is_a_link() -> None:
    decorative = Figure(image=Image(src="https://x.example/line.png", alt="", decorative=True))
    inline = Paragraph(
        content=(
            Text(text="Siehe "),
            Image(src="https://x.example/k.png", alt="Karte"),
            Text(text="."),
        )
    )
    out = offline_images(_doc(decorative, inline))
    assert out.blocks == (
        Paragraph(
            content=(
                Text(text="Siehe "),
                Link(target="https://x.example/k.png", content=(Text(text="Karte"),)),
                Text(text="."),
            )
        ),
    )


def test_local_and_embedded_pictures_are_left_alone() -> None:
    local = Figure(image=Image(src="bilder/a.png", alt="A"))
    embedded = Figure(image=Image(src="data:image/png;base64,AAAA", alt="B"))
    doc = _doc(local, embedded)
    assert offline_images(doc) is doc or offline_images(doc) == doc


@given(
    st.lists(
        st.sampled_from(
            ["a.png", "https://x.example/b.png", "//h/c.png", "data:image/png;base64,A"]
        ),
        max_size=5,
    )
)
def test_idempotent_and_no_web_picture_is_left(sources: list[str]) -> None:
    doc = _doc(*(Figure(image=Image(src=s, alt=f"Bild {i}")) for i, s in enumerate(sources)))
    once = offline_images(doc)
    assert offline_images(once) == once
    assert not [n for n in iter_nodes(once) if isinstance(n, Image) and is_remote(n.src)]
    # every description is still there
    text = " ".join(inline_text(b.content) for b in once.blocks if isinstance(b, Paragraph))
    for index, source in enumerate(sources):
        if is_remote(source):
            assert f"Bild {index}" in text
