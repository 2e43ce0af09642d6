"""The third held-out set builds as written, and the evaluator and the runner measure it.

These notices (see SOURCES.md) are kept back for the final measure of the plain-language
draft and the speech normaliser; nobody tunes on them (README.md). The test only asks what
any real notice must get: it builds into HTML and EPUB with 0 errors (the build's exit code
and pubkit's own checks of the outputs), the facts files follow the corpus format, the
evaluator runs over every notice, and ``tools/heldout.py --dir tests/heldout3`` picks this
folder. No figure is asserted: the runner prints them; they are a measure, not a target.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
NOTICES = sorted(p for p in HERE.glob("*.md") if p.with_suffix(".facts.yaml").exists())
QUESTIONS = ["what", "when", "who", "todo", "help"]


def _run(argv: list[str]) -> tuple[int, str]:
    from pubkit.cli import main

    stream = io.StringIO()
    with contextlib.redirect_stderr(stream), contextlib.redirect_stdout(stream):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
    return code, stream.getvalue()


def _runner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("heldout_runner", ROOT / "tools" / "heldout.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_there_are_ten_notices_in_both_languages() -> None:
    specs = [yaml.safe_load(p.with_suffix(".facts.yaml").read_text("utf-8")) for p in NOTICES]
    langs = [s["lang"] for s in specs]
    assert len(NOTICES) == 10
    assert langs.count("de") == 6
    assert langs.count("en") == 4
    assert [p.name for p in NOTICES if p.name.startswith("ls-")], "one Leichte-Sprache text"


def test_every_notice_says_its_source_and_no_two_share_one() -> None:
    urls = [yaml.safe_load(p.read_text("utf-8").split("---")[1])["source_url"] for p in NOTICES]
    assert len(set(urls)) == len(urls)


def test_no_notice_is_also_in_the_corpus_or_an_earlier_held_out_set() -> None:
    used = "".join(
        p.read_text("utf-8")
        for p in [
            *(ROOT / "tests" / "corpus").glob("SOURCES*.md"),
            ROOT / "tests/heldout/SOURCES.md",
            ROOT / "tests/heldout2/SOURCES.md",
        ]
    )
    for notice in NOTICES:
        url = yaml.safe_load(notice.read_text("utf-8").split("---")[1])["source_url"]
        assert url not in used, notice.name
        assert url in (HERE / "SOURCES.md").read_text("utf-8"), notice.name


@pytest.mark.parametrize("notice", NOTICES, ids=[p.stem for p in NOTICES])
def test_facts_file_is_in_the_corpus_format(notice: Path) -> None:
    spec = yaml.safe_load(notice.with_suffix(".facts.yaml").read_text("utf-8"))
    assert spec["notice"] == notice.name
    facts = spec["facts"]
    assert 3 <= len(facts) <= 8
    order = [QUESTIONS.index(f["q"]) for f in facts]
    assert order == sorted(order), "facts must follow the five questions' order"
    source = notice.read_text("utf-8")
    folded = " ".join(source.split()).lower()
    for fact in facts:
        assert any(" ".join(a.split()).lower() in folded for a in fact["any"]), fact["text"]
    assert spec["contacts"]
    for contact in spec["contacts"]:
        assert contact["value"] in source, contact["value"]
        assert contact["purpose"]
        assert contact["purpose_any"]


@pytest.mark.parametrize("notice", NOTICES, ids=[p.stem for p in NOTICES])
def test_builds_into_html_and_epub_without_errors(notice: Path, tmp_path: Path) -> None:
    code, log = _run(
        ["build", str(notice), "-f", "html,epub", "--out", str(tmp_path), "--no-cache"]
    )
    assert code == 0, log
    folder = tmp_path / notice.stem
    html = sorted(folder.glob("*.html"))
    epub = sorted(folder.glob("*.epub"))
    assert html, log
    assert epub, log
    title = notice.read_text("utf-8").split("\n# ", 1)[1].splitlines()[0].strip()
    assert any(title.split(":")[0][:20] in p.read_text("utf-8") for p in html)
    code, log = _run(
        ["check", "--no-validators", "--fail-on", "error", *map(str, [notice, *html, *epub])]
    )
    assert code == 0, log


def test_the_evaluator_measures_every_notice() -> None:
    from pubkit.plain.evaluate import evaluate_notice

    for notice in NOTICES:
        score = evaluate_notice(notice)
        assert score.facts >= 3, notice.name
        assert score.contacts >= 1, notice.name
        # a refused draft is a result to report (the runner prints the reason), not a crash
        assert score.refused or score.sentences, notice.name


def test_the_runner_measures_this_folder_when_asked() -> None:
    runner = _runner()
    assert runner.notices(HERE) == NOTICES
    assert runner.notices() == sorted(
        p
        for p in (ROOT / "tests" / "heldout").glob("*.md")
        if p.with_suffix(".facts.yaml").exists()
    )
    assert runner._default_out(HERE) == ROOT / "heldout3-results"
    assert runner._default_out(ROOT / "tests" / "heldout") == ROOT / "heldout-results"


def test_the_runner_refuses_a_folder_without_notices(tmp_path: Path) -> None:
    runner = _runner()
    stream = io.StringIO()
    with contextlib.redirect_stderr(stream), pytest.raises(SystemExit) as exc:
        runner.main(["--dir", str(tmp_path), "--no-validators", "--out", str(tmp_path / "o")])
    assert exc.value.code == 2
    assert "no notice" in stream.getvalue()
    assert not (tmp_path / "o").exists()


def test_the_runner_lends_this_checkouts_validators_to_exported_code(tmp_path: Path) -> None:
    runner = _runner()
    runner.SRC = tmp_path / "src"  # what --src sets: code exported without a .cache
    env = runner._env()
    assert env["PYTHONPATH"].split(os.pathsep)[0] == str(tmp_path / "src")
    installed = ROOT / ".cache" / "validators"
    if installed.is_dir() and "PUBKIT_VALIDATORS_HOME" not in os.environ:
        assert env["PUBKIT_VALIDATORS_HOME"] == str(installed)
    runner.SRC = ROOT / "src"  # this checkout's own code finds them itself
    assert runner._env().get("PUBKIT_VALIDATORS_HOME") == os.environ.get("PUBKIT_VALIDATORS_HOME")
