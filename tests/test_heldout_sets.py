"""The held-out sets build as written, and the evaluator and the runner measure them.

Folders of notices (tests/heldout, heldout2 … heldout7; each with SOURCES.md
and a README saying why it is held out) measure pubkit on notices nobody tuned it on. The
test only asks what any real notice must get: it builds into HTML and EPUB with 0 errors
(the build's exit code and pubkit's own checks of the outputs), the facts files follow the
corpus format, every notice names its own public source and no set reuses an earlier one,
the evaluator runs over every notice, and ``tools/heldout.py --dir FOLDER`` picks the
folder. No figure is asserted: the runner prints them (each folder's MEASURE.md or
FINDINGS.md keeps a run); they are a measure, not a target.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ["what", "when", "who", "todo", "help"]


@dataclass(frozen=True)
class HeldOut:
    name: str
    german: int
    english: int
    leichte_sprache: bool  # one author-written easy-read notice (ls-…) in the set

    @property
    def folder(self) -> Path:
        return ROOT / "tests" / self.name

    @property
    def notices(self) -> list[Path]:
        return sorted(p for p in self.folder.glob("*.md") if p.with_suffix(".facts.yaml").exists())


SETS = [
    HeldOut("heldout", german=6, english=4, leichte_sprache=True),
    HeldOut("heldout2", german=5, english=3, leichte_sprache=True),
    HeldOut("heldout3", german=6, english=4, leichte_sprache=True),
    HeldOut("heldout4", german=5, english=3, leichte_sprache=False),
    HeldOut("heldout5", german=6, english=4, leichte_sprache=True),
    HeldOut("heldout6", german=6, english=4, leichte_sprache=True),
    HeldOut("heldout7", german=6, english=4, leichte_sprache=True),
]
NOTICES = [(s, n) for s in SETS for n in s.notices]
IDS = [f"{s.name}/{n.stem}" for s, n in NOTICES]


def _front_matter(notice: Path) -> dict[str, object]:
    data = yaml.safe_load(notice.read_text("utf-8").split("---")[1])
    assert isinstance(data, dict), notice.name
    return data


def _facts(notice: Path) -> dict[str, object]:
    spec = yaml.safe_load(notice.with_suffix(".facts.yaml").read_text("utf-8"))
    assert isinstance(spec, dict), notice.name
    return spec


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


@pytest.mark.parametrize("held", SETS, ids=[s.name for s in SETS])
def test_each_set_has_its_notices_in_both_languages(held: HeldOut) -> None:
    specs = [_facts(p) for p in held.notices]
    langs = [s["lang"] for s in specs]
    assert len(held.notices) == held.german + held.english
    assert langs.count("de") == held.german
    assert langs.count("en") == held.english
    assert any(p.name.startswith("ls-") for p in held.notices) == held.leichte_sprache
    for notice, spec in zip(held.notices, specs, strict=True):
        assert str(_front_matter(notice)["lang"]).split("-")[0] == spec["lang"], notice.name


@pytest.mark.parametrize("held", SETS, ids=[s.name for s in SETS])
def test_every_notice_names_its_own_source_not_used_before(held: HeldOut) -> None:
    urls = [_front_matter(p)["source_url"] for p in held.notices]
    assert len(set(urls)) == len(urls)
    sources = (held.folder / "SOURCES.md").read_text("utf-8")
    earlier = [
        *sorted((ROOT / "tests" / "corpus").glob("SOURCES*.md")),
        *(s.folder / "SOURCES.md" for s in SETS[: SETS.index(held)]),
    ]
    used = "".join(p.read_text("utf-8") for p in earlier)
    for notice, url in zip(held.notices, urls, strict=True):
        assert isinstance(url, str), notice.name
        assert url.startswith(("http://", "https://")), notice.name
        assert url in sources, notice.name
        assert url not in used, notice.name


@pytest.mark.parametrize(("held", "notice"), NOTICES, ids=IDS)
def test_facts_file_is_in_the_corpus_format(held: HeldOut, notice: Path) -> None:
    spec = _facts(notice)
    assert spec["notice"] == notice.name
    facts = spec["facts"]
    assert isinstance(facts, list)
    assert 3 <= len(facts) <= 8
    order = [QUESTIONS.index(f["q"]) for f in facts]
    assert order == sorted(order), "facts must follow the five questions' order"
    source = notice.read_text("utf-8")
    folded = " ".join(source.split()).lower()
    for fact in facts:
        assert fact["text"]
        assert any(" ".join(a.split()).lower() in folded for a in fact["any"]), fact["text"]
    contacts = spec["contacts"]
    assert isinstance(contacts, list)
    assert contacts
    for contact in contacts:
        assert contact["value"] in source, contact["value"]
        assert contact["purpose"]
        assert contact["purpose_any"]


@pytest.mark.parametrize("held", SETS, ids=[s.name for s in SETS])
def test_every_notice_builds_into_html_and_epub_without_errors(
    held: HeldOut, tmp_path: Path
) -> None:
    """One build and one check per set (cheap); every notice's outputs looked for."""
    code, log = _run(
        ["build", *map(str, held.notices), "-f", "html,epub", "--out", str(tmp_path), "--no-cache"]
    )
    assert code == 0, log
    outputs: list[Path] = []
    for notice in held.notices:
        folder = tmp_path / notice.stem
        html = sorted(folder.glob("*.html"))
        epub = sorted(folder.glob("*.epub"))
        assert html, (notice.name, log)
        assert epub, (notice.name, log)
        title = notice.read_text("utf-8").split("\n# ", 1)[1].splitlines()[0].strip()
        # The page's text: no-break spaces as spaces, and no markup inside the title (an
        # easy-read title keeps its compounds whole in span.compound).
        pages = [re.sub(r"<[^>]+>", "", p.read_text("utf-8")).replace("\u00a0", " ") for p in html]
        assert any(title.split(":")[0][:20] in page for page in pages), notice.name
        outputs += [notice, *html, *epub]
    code, log = _run(["check", "--no-validators", "--fail-on", "error", *map(str, outputs)])
    assert code == 0, log


@pytest.mark.parametrize(("held", "notice"), NOTICES, ids=IDS)
def test_the_evaluator_measures_every_notice(held: HeldOut, notice: Path) -> None:
    from pubkit.plain.evaluate import evaluate_notice

    score = evaluate_notice(notice)
    assert score.facts >= 3, notice.name
    assert score.contacts >= 1, notice.name
    # a refused draft is a result to report (the runner prints the reason), not a crash
    assert score.refused or score.sentences, notice.name


def test_the_runner_measures_the_folder_it_is_given() -> None:
    runner = _runner()
    for held in SETS:
        assert runner.notices(held.folder) == held.notices
        assert runner._default_out(held.folder) == ROOT / f"{held.name}-results"
    assert runner.notices() == SETS[0].notices  # tests/heldout without --dir


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
