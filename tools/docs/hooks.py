"""MkDocs hooks for pubkit's documentation site (mkdocs.yml ``hooks:``).

- ``docs/rules.md``: the marker ``<!-- pubkit:rules -->`` becomes the tables of every rule
  code, from ``tools/docs/rules.yaml``. A code that ``src/pubkit`` reports but the catalogue
  lacks, or a catalogue entry whose code is gone from the source, is a warning, so
  ``mkdocs build --strict`` fails and the page cannot drift from the code.
- Doctest lines in docstrings (``>>> pubkit.read(…)``), which Markdown reads as three nested
  block quotes, are shown as code on the API page; Sphinx roles (``:class:`Config```) become
  plain code and the ``::`` before a literal block is dropped (``notice::`` → ``notice:``).
- A page whose front matter says ``lang: de`` gets ``lang="de"`` on its ``<article>``, so
  screen readers read it with a German voice (WCAG 3.1.2); the site's own language is English.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "tools" / "docs" / "rules.yaml"
MARKER = "<!-- pubkit:rules -->"

log = logging.getLogger("mkdocs.hooks.pubkit")

# A rule code as the checks write it: "IMG001", "PL012", "EASY001", "TOOL-MISSING".
_CODE = re.compile(r"""["']([A-Z]{2,4}\d{3}|TOOL-[A-Z]+)["']""")
_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">')
_DOCTEST = re.compile(
    r"<blockquote>\s*<blockquote>\s*<blockquote>\s*<p>(.*?)</p>\s*</blockquote>\s*</blockquote>\s*</blockquote>",
    re.DOTALL,
)
_TAG = re.compile(r"<[^>]+>")
_SKIP = re.compile(r"[ \t]*# doctest: [+-]\w+")


def _doctest(match: re.Match[str]) -> str:
    code = _SKIP.sub("", _TAG.sub("", match.group(1)))
    return f'<pre class="doctest" tabindex="0"><code>&gt;&gt;&gt; {code}</code></pre>'


def source_codes(root: Path = ROOT) -> set[str]:
    """Every rule code that a module under src/pubkit reports."""
    codes: set[str] = set()
    for path in sorted((root / "src" / "pubkit").rglob("*.py")):
        codes.update(_CODE.findall(path.read_text(encoding="utf-8")))
    return codes


def catalogue(path: Path = CATALOGUE) -> list[dict[str, Any]]:
    """The families of rules, each with its rules (code, severity, what, why, fix)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    families: list[dict[str, Any]] = data["families"]
    return families


def catalogue_codes(families: list[dict[str, Any]]) -> list[str]:
    return [rule["code"] for family in families for rule in family["rules"]]


def drift(root: Path = ROOT) -> tuple[set[str], set[str]]:
    """(codes reported by the source but not documented, documented codes not in the source)."""
    documented = set(catalogue_codes(catalogue(root / "tools" / "docs" / "rules.yaml")))
    reported = source_codes(root)
    return reported - documented, documented - reported


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ").strip()


def rules_markdown(families: list[dict[str, Any]]) -> str:
    parts: list[str] = []
    for family in families:
        parts.append(f"## {family['title']}\n")
        parts.append(f"{family['intro']} Source: `{family['source']}`.\n")
        parts.append("| code | severity | what it finds | why it matters | how to fix |")
        parts.append("|---|---|---|---|---|")
        for rule in family["rules"]:
            cells = (f"`{rule['code']}`", rule["severity"], rule["what"], rule["why"], rule["fix"])
            parts.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        parts.append("")
    return "\n".join(parts)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if MARKER not in markdown:
        return markdown
    families = catalogue()
    codes = catalogue_codes(families)
    twice = sorted({c for c in codes if codes.count(c) > 1})
    if twice:
        log.warning("tools/docs/rules.yaml lists these codes twice: %s", ", ".join(twice))
    missing, gone = drift()
    if missing:
        log.warning(
            "Rule codes reported by src/pubkit but missing from tools/docs/rules.yaml: %s",
            ", ".join(sorted(missing)),
        )
    if gone:
        log.warning(
            "Rule codes in tools/docs/rules.yaml that src/pubkit no longer reports: %s",
            ", ".join(sorted(gone)),
        )
    return markdown.replace(MARKER, rules_markdown(families))


_ROLE = re.compile(r":(?:class|func|mod|meth|attr|data|exc|obj):<code>(~?)([^<]*)</code>")
_LITERAL_MARK = re.compile(r"<p>::</p>\n?|(?<=:):(?=</p>)")


def _role(match: re.Match[str]) -> str:
    """``:class:`~pubkit.errors.ConfigError``` as Sphinx shows it: ``ConfigError``."""
    name = match.group(2).rsplit(".", 1)[-1] if match.group(1) else match.group(2)
    return f"<code>{name}</code>"


def on_post_page(output: str, page: Any, config: Any) -> str:
    output = _DOCTEST.sub(_doctest, output)
    # Sphinx markup in docstrings (roles, "::" before a literal block) is not Markdown
    output = _LITERAL_MARK.sub("", _ROLE.sub(_role, output))
    lang = page.meta.get("lang")
    if not lang:
        return output
    return _ARTICLE.sub(
        f'<article class="md-content__inner md-typeset" lang="{lang}">', output, count=1
    )
