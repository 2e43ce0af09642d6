"""The web page's read-aloud mode: the sentences marked with the Script's ids, the clips of
the page's own audio as JSON, and a button that only JavaScript adds (Chromium, external)."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import pubkit
from pubkit.renderers.html import HtmlRendererOptions
from pubkit.renderers.speech import SpeechOptions
from tests.conftest import EXAMPLES

HARNESS = Path(__file__).with_name("read_aloud_harness.js")


def _web(plan: pubkit.Plan) -> HtmlRendererOptions:
    (page,) = [o for o in plan if o.file_name == "index.html"]
    assert isinstance(page.options, HtmlRendererOptions)
    return page.options


def _clips(page: str) -> list[list[object]]:
    found = re.search(
        r'<script type="application/json" id="pubkit-read-aloud">(.*?)</script>', page
    )
    assert found
    clips: list[list[object]] = json.loads(found.group(1))["clips"]
    return clips


def test_the_plan_turns_it_on_only_when_the_page_has_the_audio() -> None:
    assert _web(pubkit.plan(["html", "speech"])).read_aloud == SpeechOptions().synthesis()
    assert _web(pubkit.plan(["html"])).read_aloud is None
    assert _web(pubkit.plan()).read_aloud is not None  # pubkit build, make demo


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("read-aloud")
    build = pubkit.Build.read(EXAMPLES[0])
    results = list(build.write(out, pubkit.plan(["html", "speech"])))
    assert all(r.ok for r in results), [r.error for r in results]
    return out


def test_every_sentence_is_marked_once_and_the_clips_follow_the_audio(built: Path) -> None:
    page = (built / "index.html").read_text(encoding="utf-8")
    build = pubkit.Build.read(EXAMPLES[0])
    clips = _clips(page)
    assert [c[0] for c in clips] == [s.id for s in build.script()]
    for ident, begin, end in clips:
        assert page.count(f'id="{ident}"') == 1
        assert isinstance(begin, float)
        assert isinstance(end, float)
        assert begin < end
    timings = json.loads((built / "notice.timings.json").read_text(encoding="utf-8"))
    starts = [s["start"] for s in timings["sentences"]]
    assert [c[1] for c in clips[1:]] == pytest.approx(starts[1:], abs=0.0005)


def test_without_javascript_nothing_changes(built: Path) -> None:
    page = (built / "index.html").read_text(encoding="utf-8")
    assert "<button" not in page  # the script makes the button
    assert "pubkit-narrating" not in re.sub(
        r"<script.*?</script>|<style.*?</style>", "", page, flags=re.S
    )
    plain = pubkit.render(pubkit.read(EXAMPLES[0]), "html").data.decode()
    assert "<script" not in plain  # a page without the audio has no read-aloud mode


@pytest.mark.external
def test_chromium_button_is_off_by_default_and_highlights_the_spoken_sentence(
    built: Path, tmp_path: Path
) -> None:
    from pubkit.validators import ValidatorUnavailable

    chromium = os.environ.get("PUBKIT_CHROMIUM") or shutil.which("chromium")
    if chromium is None:
        raise ValidatorUnavailable("chromium is not installed (apt-get install chromium)")
    for name in ("index.html", "notice.mp3"):
        shutil.copy(built / name, tmp_path / name)
    shutil.copy(HARNESS, tmp_path / "harness.js")
    page = tmp_path / "index.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            "</body>", '<script src="harness.js"></script></body>'
        ),
        encoding="utf-8",
    )
    dom = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu",
         "--allow-file-access-from-files", "--virtual-time-budget=60000",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=180, check=True,
    ).stdout  # fmt: skip
    found = re.search(r'<pre id="harness-result">(.*?)</pre>', dom, re.DOTALL)
    assert found, dom[-2000:]
    result = json.loads(html.unescape(found.group(1)))
    assert result["errors"] == []
    assert result["buttons"] == 1
    assert result["focused"]
    assert (result["pressedBefore"], result["pressedOn"], result["pressedOff"]) == (
        "false",
        "true",
        "false",
    )
    assert result["highlightedBefore"] == 0
    assert result["highlightedAfter"] == 0
    for step in result["steps"]:
        assert step["lit"] == [step["expected"]], step
        assert step["background"] == "rgb(255, 225, 77)"


@pytest.mark.external
def test_axe_finds_nothing_on_the_page_with_the_button(built: Path) -> None:
    from pubkit.validators import run_axe

    [report] = run_axe([built / "index.html"])
    assert not report.findings, [str(f) for f in report.findings]
