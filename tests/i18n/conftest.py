"""Every test here starts from an English C locale and no ``--lang`` choice, and leaves none."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pubkit.i18n import choose


@pytest.fixture(autouse=True)
def neutral_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "PUBKIT_LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    choose(None)
    yield
    choose(None)
