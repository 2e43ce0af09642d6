"""Shared test options: ``--update-golden`` rewrites golden files; external tools in CI."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# No time limit per example: a deadline is a timing test, and the suite shares its cores with
# validators and other work (a round trip took 379 ms under load where 200 ms is Hypothesis's
# default). Speed is measured in benchmarks/, side by side, not asserted here.
settings.register_profile("pubkit", deadline=None)
settings.load_profile("pubkit")

ROOT = Path(__file__).resolve().parent.parent
# Keep test runs out of the user's speech cache; tests that need their own set cache_dir.
os.environ.setdefault("PUBKIT_SPEECH_CACHE", str(ROOT / ".cache" / "test-speech"))
os.environ.setdefault("PUBKIT_CACHE_DIR", str(ROOT / ".cache" / "test-build"))

EXAMPLES = sorted(p for p in (ROOT / "examples" / "notices").glob("*.md") if p.name != "README.md")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite golden files from the current output"
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """An external validator that is not installed skips the test locally, fails it in CI."""
    outcome = yield
    if item.get_closest_marker("external") is None:
        return
    exc = outcome.excinfo[1] if outcome.excinfo else None
    if (
        exc is not None
        and type(exc).__name__ == "ValidatorUnavailable"
        and not os.environ.get("CI")
    ):
        outcome.force_exception(pytest.skip.Exception(f"validator not installed: {exc}"))


def golden_compare(path: Path, actual: str, *, update: bool) -> None:
    """Compare ``actual`` with the golden file, or rewrite it with ``--update-golden``."""
    if update or not path.exists():
        path.write_text(actual, encoding="utf-8")
        if not update:
            pytest.fail(f"golden file {path.name} was missing and has been written; review it")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (
        f"{path.name} differs; run pytest --update-golden and review the diff"
    )
