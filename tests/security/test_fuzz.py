"""Bounded fuzzing: any input either reads (and renders to HTML) or raises a PubkitError.

Hypothesis runs a small number of examples per test so the suite stays fast; run longer
with ``PUBKIT_FUZZ_EXAMPLES=20000`` or with the atheris target in tests/fuzz/.
"""

from __future__ import annotations

import contextlib
import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pubkit.errors import PubkitError
from pubkit.model.serialize import to_json
from pubkit.readers.json_check import read_model_json
from pubkit.readers.markdown import read_markdown
from pubkit.readers.text import read_press_release
from pubkit.writers.html import HtmlOptions, write_html
from tests.strategies import documents

# PUBKIT_FUZZ_EXAMPLES=20000 runs longer; the suite's default keeps each test to seconds.
_EXAMPLES = int(os.environ.get("PUBKIT_FUZZ_EXAMPLES", "60"))
bounded = settings(
    max_examples=_EXAMPLES,
    deadline=None if _EXAMPLES > 1000 else 2000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

# Characters that carry meaning in YAML or Markdown, so random text hits the parsers' paths.
_YAML_BITS = st.sampled_from(
    [":", " ", "\n", "- ", "[", "]", "{", "}", "&a ", "*a", "!!", "!!bool ", "!!int ", "'", '"',
     "\\u", "\\ud800", "#", "|", ">", "---", "...", "? ", "2020-02-30", "9" * 40, "title", "lang",
     "date", "abbreviations", "accessibility", "keywords", "\t", "%YAML 1.1\n", "<<: *a"]
)  # fmt: skip
_MD_BITS = st.sampled_from(
    ["*", "_", "**", "`", "[", "]", "(", ")", "!", "#", "> ", "- ", "1. ", "|", "---", ":::",
     "\n", "\n\n", "  ", "{lang=en}", "{.decorative}", "[^1]", "[^1]: ", "^[x]", "*[A]: B",
     "<", "&#x0;", "&#xD800;", "\\", "~~", "Wort", "ä", "\u202e", "\x1b", "\x0c"]
)  # fmt: skip


def _joined(bits: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(bits, st.text(max_size=5)), max_size=60).map("".join)


def _accepts_or_refuses(text: str, **kwargs: object) -> None:
    try:
        doc = read_markdown(text, source="fuzz.md", **kwargs)  # type: ignore[arg-type]
    except PubkitError:
        return
    write_html(doc, HtmlOptions())


@bounded
@given(_joined(_YAML_BITS))
def test_front_matter(front: str) -> None:
    _accepts_or_refuses(f"---\n{front}\n---\nText.\n")


@bounded
@given(_joined(_YAML_BITS))
def test_front_matter_after_known_keys(front: str) -> None:
    _accepts_or_refuses(
        f"---\ntitle: T\nlang: de\naccessibility:\n  summary: {front}\n---\nText.\n"
    )


@bounded
@given(_joined(_MD_BITS))
def test_markdown(body: str) -> None:
    _accepts_or_refuses(f"---\ntitle: T\nlang: de\n---\n{body}\n")
    _accepts_or_refuses(body, raw_html="strip")


@bounded
@given(st.text(max_size=300))
def test_text_reader(text: str) -> None:
    with contextlib.suppress(PubkitError):
        read_press_release(text, language="de", source="fuzz.txt")


@bounded
@given(documents, st.data())
def test_json_reader_with_one_field_changed(doc: object, data: st.DataObject) -> None:
    payload = json.loads(to_json(doc))  # type: ignore[arg-type]
    # Walk to a random object in the dump and overwrite one of its fields with junk.
    node = payload["document"]
    for _ in range(data.draw(st.integers(0, 6))):
        children = [v for v in node.values() if isinstance(v, dict)] + [
            x for v in node.values() if isinstance(v, list) for x in v if isinstance(x, dict)
        ]
        if not children:
            break
        node = data.draw(st.sampled_from(children))
    key = data.draw(st.sampled_from(sorted(node)))
    node[key] = data.draw(
        st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5), st.just([1]),
                  st.just({"type": "Text"}), st.just({"type": "Nope"}))
    )  # fmt: skip
    with contextlib.suppress(PubkitError):
        read_model_json(json.dumps(payload), source="fuzz.json")
