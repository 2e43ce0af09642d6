"""The rule catalogue behind docs/rules.md lists exactly the codes the checks report."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from tests.docs.conftest import ROOT


def _hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pubkit_docs_hooks", ROOT / "tools/docs/hooks.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_catalogue_lists_every_code_the_source_reports() -> None:
    missing, gone = _hooks().drift()
    assert not missing, f"add to tools/docs/rules.yaml: {sorted(missing)}"
    assert not gone, f"no longer reported by src/pubkit: {sorted(gone)}"


def test_the_scan_finds_the_rules_of_each_family() -> None:
    codes = _hooks().source_codes()
    for code in (
        "DOC001",
        "IMG001",
        "PL017",
        "PLF006",
        "PDF009",
        "EPB002",
        "HTM006",
        "AUD002",
        "TOOL-MISSING",
    ):
        assert code in codes


def test_drift_is_noticed(tmp_path: Path) -> None:
    """A new code in the source, and a documented code that is gone, are both reported."""
    hooks = _hooks()
    (tmp_path / "src" / "pubkit").mkdir(parents=True)
    (tmp_path / "src" / "pubkit" / "rules.py").write_text(
        'yield issue("IMG001")\nyield issue("NEW001")\n'
    )
    (tmp_path / "tools" / "docs").mkdir(parents=True)
    (tmp_path / "tools" / "docs" / "rules.yaml").write_text(
        "families:\n  - {title: t, intro: i, source: s, rules: [{code: IMG001}, {code: OLD001}]}\n"
    )
    assert hooks.drift(tmp_path) == ({"NEW001"}, {"OLD001"})


def test_rules_page_shows_every_code_with_why_and_fix(site: Path) -> None:
    hooks = _hooks()
    page = (site / "rules.html").read_text(encoding="utf-8")
    for family in hooks.catalogue():
        for rule in family["rules"]:
            assert f"<code>{rule['code']}</code>" in page, rule["code"]
            assert rule["why"], rule["code"]
            assert rule["fix"], rule["code"]
