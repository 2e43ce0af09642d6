"""Every repository path the documentation cites exists: the project contains what its docs cite.

Scans README.md and docs/**/*.md for paths in backticks and in Markdown links: a path with a
folder (``src/pubkit/pipeline.py``, ``tests/layout/``, ``writers/html.py``) or a project file
by name (``pyproject.toml``, ``ACCESSIBILITY.md``). A module path may be written relative to
``src/pubkit`` (``renderers/pdf.py``), as the pages do. Output files a build writes
(``out/…``), user files and placeholders (``<notice>``, ``…``, ``*``) are not repository paths.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.docs.conftest import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
_TICKS = re.compile(r"`([^`\n]+)`")
_LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)]*)?\)")
_FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
_SUFFIX = r"\.(?:py|md|toml|ya?ml|css|mjs|cjs|js|json|sh|txt|png|cfg|in)"
_PATH = re.compile(rf"^[\w.-]+(?:/[\w.-]+)*(?:{_SUFFIX}|/)$")
# Project files cited by bare name; any other bare file name (notice.md) is a user's file.
_NAMED = {
    "pyproject.toml",
    "mkdocs.yml",
    "Makefile",
    "README.md",
    "LICENSE",
    "ACCESSIBILITY.md",
    "STYLE.md",
}
# Folders where a build or the user puts files: not part of the repository.
_NOT_REPO = (
    "out/",
    "public/",
    "site/",
    "archive/",
    "notices/",
    "report/",
    ".cache/",
    "EPUB/",
    "META-INF/",
    "~",
    "./",  # a spelling of a file name, not a path in the repository
)
BASES = [ROOT, ROOT / "src" / "pubkit", ROOT / "src", ROOT / "docs"]


def cited(text: str) -> set[str]:
    text = _FENCE.sub("", text)  # commands and code: examples of use, not citations
    found = set()
    for token in [*_TICKS.findall(text), *_LINK.findall(text)]:
        token = token.strip()
        is_path = "/" in token and _PATH.match(token) and not token.startswith(_NOT_REPO)
        if token in _NAMED or is_path:
            found.add(token)
    return found


def exists(path: str, page: Path) -> bool:
    return any((base / path).exists() for base in (page.parent, *BASES))


@pytest.mark.parametrize("page", DOCS, ids=[str(p.relative_to(ROOT)) for p in DOCS])
def test_every_cited_path_exists(page: Path) -> None:
    missing = sorted(p for p in cited(page.read_text(encoding="utf-8")) if not exists(p, page))
    assert not missing, (
        f"{page.relative_to(ROOT)} cites paths that are not in the repository: {missing}"
    )


def test_the_scan_sees_citations_and_skips_outputs() -> None:
    text = (
        "See `src/pubkit/pipeline.py`, [x](docs/pdf.md), `renderers/pdf.py`, `ACCESSIBILITY.md`, "
        "`out/<notice>/index.html`, `notice.md`, `out/site/` and `tests/nowhere.py`.\n"
        "```sh\npython examples/missing.py\n```\n"
    )
    assert cited(text) == {
        "src/pubkit/pipeline.py",
        "docs/pdf.md",
        "renderers/pdf.py",
        "ACCESSIBILITY.md",
        "tests/nowhere.py",
    }
    assert not exists("tests/nowhere.py", ROOT / "README.md")
    assert not exists("ACCESSIBILITY.md", ROOT / "README.md")
