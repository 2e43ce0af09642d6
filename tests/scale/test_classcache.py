"""The table of compiled dataclass methods (:mod:`pubkit.classcache`): the same classes, a
table written once and read by the next process, ignored when it does not fit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import dataclasses, sys
from pubkit import classcache
classcache.install()

@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Point:
    x: int
    y: int = 2
    tags: tuple[str, ...] = ()

p = Point(x=1, tags=("a",))
assert p == Point(x=1, y=2, tags=("a",)) and p != Point(x=1)
assert hash(p) == hash(Point(x=1, tags=("a",)))
assert repr(p) == "Point(x=1, y=2, tags=('a',))", repr(p)
try:
    p.x = 3
except dataclasses.FrozenInstanceError:
    pass
else:
    raise AssertionError("not frozen")
assert dataclasses.replace(p, y=5).y == 5
codes = [f.__code__.co_code for f in (Point.__init__, Point.__repr__, Point.__eq__, Point.__setattr__)]
import zlib
print(len(classcache._codes), classcache._learned, zlib.crc32(b"".join(codes)))
"""


def _run(prefix: Path, **env: str) -> list[str]:
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environ.update({"PYTHONPYCACHEPREFIX": str(prefix), **env})
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, env=environ
    )
    return done.stdout.split()


def _tables(prefix: Path) -> list[Path]:
    return sorted(prefix.rglob("classcache.*.bin"))


def test_the_second_process_compiles_nothing_and_gets_the_same_methods(tmp_path: Path) -> None:
    off = _run(tmp_path / "off", PUBKIT_NO_CLASS_CACHE="1")
    assert off[:2] == ["0", "False"]  # as dataclasses alone
    assert not _tables(tmp_path / "off")
    first = _run(tmp_path / "on")
    assert first[1] == "True"
    assert int(first[0]) >= 5  # __init__, __repr__, __eq__, __hash__, __setattr__ …
    assert len(_tables(tmp_path / "on")) == 1
    second = _run(tmp_path / "on")
    assert second == [first[0], "False", first[2]]  # read, nothing new learned
    assert first[2] == off[2]  # the same bytecode as dataclasses' own exec


def test_a_damaged_or_foreign_table_is_ignored_and_replaced(tmp_path: Path) -> None:
    _run(tmp_path)
    (table,) = _tables(tmp_path)
    for junk in (b"", b"\x00garbage", table.read_bytes()[:100]):
        table.write_bytes(junk)
        assert _run(tmp_path)[1] == "True"  # compiled again, and saved
        assert table.read_bytes() != junk
    import marshal

    table.write_bytes(marshal.dumps(("pubkit-classcache-1 another python", {})))
    assert _run(tmp_path)[1] == "True"


def test_nothing_is_written_when_bytecode_writing_is_off(tmp_path: Path) -> None:
    _run(tmp_path, PYTHONDONTWRITEBYTECODE="1")
    assert not _tables(tmp_path)


def test_exec_without_globals_uses_the_callers() -> None:
    from pubkit import classcache

    namespace: dict[str, object] = {}
    classcache._exec("value = __name__", None, namespace)
    assert namespace["value"] == __name__
