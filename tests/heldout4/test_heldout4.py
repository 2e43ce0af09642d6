"""The fourth held-out set builds as written, and the evaluator and the runner measure it.

These notices (see SOURCES.md) are kept back for the session's final unseen measure of the
plain-language draft and the speech normaliser; nobody tunes on them (README.md). The test only
asks what any real notice must get: it builds into HTML and EPUB with 0 errors (the build's exit
code and pubkit's own checks of the outputs), the facts files follow the corpus format, the
evaluator runs over every notice, and ``tools/heldout.py --dir tests/heldout4`` picks this
folder. No figure is asserted: the runner prints them; they are a measure, not a target.

To stay cheap, all eight notices are built in one ``pubkit build`` call and checked in one
``pubkit check`` call (module-scoped), and the runner's own behaviour is left to
``tests/heldout3`` — here only its choice of this folder is asserted.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
NOTICES = sorted(p for p in HERE.glob("*.md") if p.with_suffix(".facts.yaml").exists())
QUESTIONS = ["what", "when", "who", "todo", "help"]
EARLIER_SOURCES = [
    *sorted((ROOT / "tests" / "corpus").glob("SOURCES*.md")),
    ROOT / "tests" / "heldout" / "SOURCES.md",
    ROOT / "tests" / "heldout2" / "SOURCES.md",
    ROOT / "tests" / "heldout3" / "SOURCES.md",
]


def _front_matter(notice: Path) -> dict[str, object]:
    data = yaml.safe_load(notice.read_text("utf-8").split("---")[1])
    assert isinstance(data, dict), notice.name
    return data


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


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """All notices built once into HTML and EPUB; the outputs then checked once."""
    out = tmp_path_factory.mktemp("heldout4")
    code, log = _run(
        ["build", *map(str, NOTICES), "-f", "html,epub", "--out", str(out), "--no-cache"]
    )
    return out, code, log


def test_there_are_eight_notices_in_both_languages() -> None:
    specs = [yaml.safe_load(p.with_suffix(".facts.yaml").read_text("utf-8")) for p in NOTICES]
    langs = [s["lang"] for s in specs]
    assert len(NOTICES) == 8
    assert langs.count("de") == 5
    assert langs.count("en") == 3
    for notice, spec in zip(NOTICES, specs, strict=True):
        assert str(_front_matter(notice)["lang"]).split("-")[0] == spec["lang"], notice.name


def test_every_notice_says_its_own_source_and_no_two_share_one() -> None:
    urls = [_front_matter(p)["source_url"] for p in NOTICES]
    assert len(set(urls)) == len(urls)
    sources = (HERE / "SOURCES.md").read_text("utf-8")
    for notice, url in zip(NOTICES, urls, strict=True):
        assert isinstance(url, str), notice.name
        assert url.startswith(("http://", "https://")), notice.name
        assert f"| {notice.stem} |" in sources, notice.name
        assert url in sources, notice.name


def test_no_source_was_used_by_the_corpus_or_an_earlier_held_out_set() -> None:
    used = "".join(p.read_text("utf-8") for p in EARLIER_SOURCES)
    for notice in NOTICES:
        url = str(_front_matter(notice)["source_url"])
        assert url not in used, notice.name
        assert notice.name not in used, notice.name


@pytest.mark.parametrize("notice", NOTICES, ids=[p.stem for p in NOTICES])
def test_facts_file_is_in_the_corpus_format(notice: Path) -> None:
    spec = yaml.safe_load(notice.with_suffix(".facts.yaml").read_text("utf-8"))
    assert spec["notice"] == notice.name
    assert spec["kind"] == _front_matter(notice)["kind"]
    facts = spec["facts"]
    assert 3 <= len(facts) <= 8
    order = [QUESTIONS.index(f["q"]) for f in facts]
    assert order == sorted(order), "facts must follow the five questions' order"
    source = notice.read_text("utf-8")
    folded = " ".join(source.split()).lower()
    for fact in facts:
        assert fact["text"]
        assert any(" ".join(a.split()).lower() in folded for a in fact["any"]), fact["text"]
    assert spec["contacts"]
    for contact in spec["contacts"]:
        assert contact["value"] in source, contact["value"]
        assert contact["purpose"]
        assert contact["purpose_any"]


def test_every_notice_builds_into_html_and_epub_without_errors(
    built: tuple[Path, int, str],
) -> None:
    out, code, log = built
    assert code == 0, log
    outputs: list[Path] = []
    for notice in NOTICES:
        folder = out / notice.stem
        html = sorted(folder.glob("*.html"))
        epub = sorted(folder.glob("*.epub"))
        assert html, (notice.name, log)
        assert epub, (notice.name, log)
        title = notice.read_text("utf-8").split("\n# ", 1)[1].splitlines()[0].strip()
        assert any(title.split(":")[0][:20] in p.read_text("utf-8") for p in html), notice.name
        outputs += [notice, *html, *epub]
    code, log = _run(["check", "--no-validators", "--fail-on", "error", *map(str, outputs)])
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
    assert runner._default_out(HERE) == ROOT / "heldout4-results"
