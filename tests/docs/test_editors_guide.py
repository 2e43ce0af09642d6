"""Every Markdown example of the editors' guides is read and checked by pubkit.

An example's title says what to expect: "Nachher"/"After" examples must have no error and
no warning, and must render as a web page; "Vorher (IMG001)"/"Before (IMG001)" examples must
report exactly the codes in parentheses (none when there are no parentheses). An example
without front matter is a fragment: it gets a title and the guide's language.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import pubkit
from tests.docs.conftest import ROOT

GUIDES = {
    "de": ROOT / "docs" / "de" / "meldungen-barrierefrei-schreiben.md",
    "en": ROOT / "docs" / "editors-guide.md",
}
PICTURE = ROOT / "examples" / "notices" / "helden-in-der-krise.png"
_EXAMPLE = re.compile(r'^```markdown title="([^"]+)"\n(.*?)^```$', re.MULTILINE | re.DOTALL)
_TITLE = re.compile(r"^(Vorher|Nachher|Before|After)(?: \(([A-Z0-9, ]+)\))?$")
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def _examples() -> list[tuple[str, int, str, str]]:
    found = []
    for lang, guide in GUIDES.items():
        for n, match in enumerate(_EXAMPLE.finditer(guide.read_text(encoding="utf-8")), start=1):
            found.append((lang, n, match.group(1), match.group(2)))
    return found


EXAMPLES = _examples()


def test_each_guide_has_before_and_after_examples() -> None:
    for lang in GUIDES:
        titles = [title for g, _, title, _ in EXAMPLES if g == lang]
        assert len(titles) >= 15, lang
        assert all(_TITLE.match(t) for t in titles), [t for t in titles if not _TITLE.match(t)]
        assert sum(t.startswith(("Vorher", "Before")) for t in titles) >= 6


@pytest.mark.parametrize(
    ("lang", "number", "title", "text"), EXAMPLES, ids=[f"{e[0]}-{e[1]}" for e in EXAMPLES]
)
def test_example_does_what_its_title_says(
    lang: str, number: int, title: str, text: str, tmp_path: Path
) -> None:
    match = _TITLE.match(title)
    assert match, title
    expected = {c.strip() for c in (match.group(2) or "").split(",") if c.strip()}
    if not text.startswith("---\n"):
        text = f"---\ntitle: Beispiel\nlang: {lang}\n---\n{text}"
    notice = tmp_path / "meldung.md"
    notice.write_text(text, encoding="utf-8")
    for name in _IMAGE.findall(text):
        shutil.copyfile(PICTURE, tmp_path / name)
    document = pubkit.read(notice)
    found = {i.code for i in pubkit.check(document) if i.severity in ("error", "warning")}
    assert found == expected, f"example {number} ({title}) of the {lang} guide:\n{text}"
    if match.group(1) in ("Nachher", "After"):
        page = pubkit.render(document, "html").data.decode("utf-8")
        assert f'lang="{document.metadata.language}"' in page


def test_getting_started_notice_is_clean_and_builds(tmp_path: Path) -> None:
    text = (ROOT / "docs" / "getting-started.md").read_text(encoding="utf-8")
    match = re.search(r"^```markdown\n(.*?)^```$", text, re.MULTILINE | re.DOTALL)
    assert match
    notice = tmp_path / "teststelle.md"
    notice.write_text(match.group(1), encoding="utf-8")
    document = pubkit.read(notice)
    assert [i for i in pubkit.check(document) if i.severity != "info"] == []
    build = pubkit.Build(document)
    results = list(build.write(tmp_path / "out", pubkit.plan(["html", "summary"])))
    assert all(r.ok for r in results), [r.error for r in results]
    assert (tmp_path / "out" / "index.html").is_file()
