"""Hostile input to the readers: only pubkit's own errors, with the line, nothing truncated."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from pubkit import read
from pubkit.checks import check, errors
from pubkit.errors import ReadError
from pubkit.limits import LimitExceeded, Limits, use_limits
from pubkit.model import Heading, List, Paragraph
from pubkit.model.serialize import to_json
from pubkit.model.walk import inline_text
from pubkit.readers.markdown import read_markdown


def _md(front: str, body: str = "Hallo.\n") -> str:
    return f"---\n{front}\nlang: de\n---\n{body}"


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("date: 2020-02-30", "day is out of range"),
        ("title: !!bool maybe", "'maybe'"),
        ("title: " + "9" * 5000, "4300 digits"),
        ('title: "A\\ud800B"', r"U\+D800"),
        ('title: "A\\x1bB"', r"U\+001B"),
        ("title: " + "[" * 20_000 + "]" * 20_000, "max_yaml_depth"),
    ],
)
def test_front_matter_values_are_read_errors_with_the_line(front: str, message: str) -> None:
    with pytest.raises(ReadError, match=message) as info:
        read_markdown(_md(front), source="n.md")
    assert info.value.line == 2


def test_quoted_impossible_date_is_reported_as_a_date() -> None:
    with pytest.raises(ReadError, match="ISO date"):
        read_markdown(_md('date: "2020-02-30"'), source="n.md")


def _alias_bomb(levels: int = 9) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines)


def test_yaml_alias_bomb_is_refused_before_it_is_built() -> None:
    front = _alias_bomb()
    assert len(front) < 1100
    with pytest.raises(LimitExceeded, match="max_yaml_") as info:
        read_markdown(_md(front), source="n.md")
    assert info.value.limit in {"max_yaml_aliases", "max_yaml_nodes"}


def test_yaml_alias_expansion_is_bounded_even_with_few_aliases() -> None:
    with use_limits(Limits(max_yaml_aliases=1000)), pytest.raises(LimitExceeded) as info:
        read_markdown(_md(_alias_bomb()), source="n.md")
    assert info.value.limit == "max_yaml_nodes"
    assert "raise it" in str(info.value)


def _nested_list(depth: int) -> str:
    items = "".join("  " * i + f"- Punkt {i + 1}\n" for i in range(depth))
    return items + "\n## Danach\n\nText danach.\n"


def test_a_list_nested_ten_deep_keeps_every_item_and_what_follows() -> None:
    doc = read_markdown(_md("title: Liste", _nested_list(10)), source="n.md")
    depth, node = 0, doc.blocks[0]
    while isinstance(node, List):
        depth += 1
        item = node.items[0]
        assert isinstance(item.blocks[0], Paragraph)
        assert inline_text(item.blocks[0].content) == f"Punkt {depth}"
        node = item.blocks[-1]
    assert depth == 10
    assert isinstance(doc.blocks[1], Heading)
    assert inline_text(doc.blocks[2].content) == "Text danach."  # type: ignore[union-attr]


def test_a_list_deeper_than_the_limit_is_an_error_naming_its_line(tmp_path: Path) -> None:
    text = _md("title: Liste", _nested_list(40))
    with pytest.raises(LimitExceeded, match="max_nesting") as info:
        read_markdown(text, source="n.md")
    assert info.value.line == 5 + 15  # item 16 (line 20) sits inside 32 levels: 16 lists + items
    # pubkit check reports it as an error, so a strict build cannot succeed.
    path = tmp_path / "tief.md"
    path.write_text(text, encoding="utf-8")
    from pubkit.cli import main

    assert main(["check", str(path)]) == 1
    assert main(["build", str(path), "--out", str(tmp_path / "out"), "-f", "html"]) == 1
    assert not (tmp_path / "out" / "tief" / "index.html").exists()


def test_quotes_nested_past_the_limit_are_refused() -> None:
    with pytest.raises(LimitExceeded, match="max_nesting"):
        read_markdown(_md("title: Q", ">" * 100 + " tief\n"), source="n.md")


def test_five_hundred_stars_around_one_letter() -> None:
    with pytest.raises(LimitExceeded, match="max_nesting") as info:
        read_markdown(_md("title: S", "*" * 500 + "a" + "*" * 500 + "\n"), source="n.md")
    assert info.value.line == 5


def test_lone_surrogate_in_text_given_to_the_api() -> None:
    with pytest.raises(ReadError, match="surrogate"):
        read_markdown(_md("title: T", "Text \ud800 hier.\n"), source="n.md")


def test_a_folder_called_x_md(tmp_path: Path) -> None:
    (tmp_path / "x.md").mkdir()
    with pytest.raises(ReadError, match="folder"):
        read(tmp_path / "x.md")


def test_a_fifo_called_a_md_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "a.md"
    os.mkfifo(fifo)
    result: list[BaseException | None] = []

    def attempt() -> None:
        try:
            read(fifo)
        except ReadError as exc:
            result.append(exc)
        else:
            result.append(None)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=5)
    if worker.is_alive():  # unblock the reader so the test run can end
        with fifo.open("w") as writer:
            writer.write("x")
        pytest.fail("reading a FIFO blocked")
    assert isinstance(result[0], ReadError)
    assert "not a regular file" in str(result[0])


def test_input_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "gross.md"
    path.write_text(_md("title: G", "Wort " * 300_000), encoding="utf-8")
    with pytest.raises(LimitExceeded, match="max_input_bytes") as info:
        read(path)
    assert info.value.found == path.stat().st_size
    with use_limits(Limits(max_input_bytes=2_000_000)):
        assert read(path).metadata.title == "G"


def test_a_compound_word_longer_than_the_limit() -> None:
    word = "Donaudampfschifffahrt" * 50
    with pytest.raises(LimitExceeded, match="max_word_chars") as info:
        read_markdown(_md("title: W", f"Ein {word}.\n"), source="n.md")
    assert info.value.line == 5
    # Real long German words are fine.
    read_markdown(
        _md("title: W", "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz.\n")
    )


@pytest.mark.parametrize(
    ("body", "limit"),
    [
        ("".join(f"Satz{i}.[^{i}]\n\n[^{i}]: Fußnote.\n\n" for i in range(600)), "max_footnotes"),
        ("| a | b |\n|---|---|\n" + "| x | y |\n" * 6000, "max_table_cells"),
        ("- x\n" * 6000, "max_blocks"),
    ],
)
def test_counts_are_bounded(body: str, limit: str) -> None:
    with pytest.raises(LimitExceeded) as info:
        read_markdown(_md("title: C", body), source="n.md")
    assert info.value.limit == limit


def test_json_with_wrong_field_types(tmp_path: Path) -> None:
    good = read_markdown(_md("title: J", "# Kopf\n\nText.\n"))
    payload = json.loads(to_json(good))
    payload["document"]["blocks"][0]["content"][0]["text"] = 5
    path = tmp_path / "n.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    with pytest.raises(
        ReadError, match=r"Text\.text at document\.blocks\[0\]\.content\[0\].* is int"
    ):
        read(path)
    payload["document"]["blocks"][0]["level"] = "eins"
    path.write_text(json.dumps(payload), encoding="utf-8")
    with pytest.raises(ReadError):
        read(path)
    path.write_text(
        '{"pubkit-model-version": "1.0", "document": ' + "[" * 100_000, encoding="utf-8"
    )
    with pytest.raises(ReadError):
        read(path)


def test_a_twelve_deep_list_passes_the_checks() -> None:
    doc = read_markdown(_md("title: Liste", _nested_list(12)), source="n.md")
    assert not errors(check(doc))


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # Found by tests/security/test_fuzz.py; each raised a Python error before.
        ("---\n!!int \n---\nText.\n", 2),  # IndexError in PyYAML's int constructor
        ("---\n\x08\n---\nText.\n", 2),  # yaml ReaderError from the loader's constructor
        # Footnote in footnote: markdown-it drops the definition and leaves a stray close
        # token (so no line is known); the syntax tree raised ValueError.
        ("Text\n\n[^1]: > [^1]: \n", None),
    ],
)
def test_fuzzer_findings(text: str, line: int | None) -> None:
    with pytest.raises(ReadError) as info:
        read_markdown(text, source="n.md")
    assert info.value.line == line


def test_pubkit_check_on_a_fifo_and_a_folder_named_md(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pubkit.cli import main

    os.mkfifo(tmp_path / "a.md")
    (tmp_path / "x.md").mkdir()
    (tmp_path / "gut.md").write_text(_md("title: Gut"), encoding="utf-8")
    assert main(["check", str(tmp_path / "a.md")]) == 1
    assert "not a regular file" in capsys.readouterr().out
    # A folder named on the command line is a folder of notices, whatever its name.
    assert main(["check", str(tmp_path / "x.md")]) == 0
    # In a folder scan the FIFO is reported and the folder named x.md skipped.
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "a.md" in out
    assert "x.md" not in out
