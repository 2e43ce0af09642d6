"""Shared pieces of the validator wrappers: result types, tool lookup, subprocess runs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pubkit.errors import ValidatorError, ValidatorUnavailable

__all__ = [
    "INSTALL_HINT",
    "Finding",
    "Report",
    "ValidatorError",
    "ValidatorUnavailable",
    "check_input",
    "find_executable",
    "node_tools_dir",
    "repo_root",
    "require_program",
    "run_tool",
    "snippet",
    "strip_ansi",
    "tail",
]

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")

INSTALL_HINT = (
    "Install the validators with: bash scripts/install-validators.sh (from the repo root)"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """One problem a validator reported.

    ``severity`` is the tool's own word, lower-cased: veraPDF ``error``; EPUBCheck
    ``fatal``/``error``/``warning``; axe and Ace the axe impact
    ``critical``/``serious``/``moderate``/``minor``.
    """

    validator: str
    rule: str
    severity: str
    message: str
    location: str

    def __str__(self) -> str:
        where = f" at {self.location}" if self.location else ""
        return f"[{self.severity}] {self.rule}: {self.message}{where}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """The result of one validator on one file; ``raw`` is the tool's full report text."""

    validator: str
    target: str
    findings: tuple[Finding, ...]
    passed: bool
    raw: str


def repo_root() -> Path | None:
    """The source checkout this module lives in (a folder with pyproject.toml), if any."""
    for folder in Path(__file__).resolve().parents:
        if (folder / "pyproject.toml").is_file():
            return folder
    return None


def _is_executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def find_executable(
    *,
    tool: str,
    env_var: str,
    repo_paths: Sequence[str],
    path_names: Sequence[str],
) -> Path:
    """Locate a tool: ``$env_var``, then paths in the repo checkout, then ``PATH``.

    ``repo_paths`` are relative to the repo root. Raises ValidatorUnavailable, saying how
    to install the tool, when none of them exists.
    """
    override = os.environ.get(env_var)
    if override:
        candidate = Path(override).expanduser()
        if candidate.exists():
            return candidate
        raise ValidatorUnavailable(
            f"{tool}: {env_var}={override!r} does not exist. Unset it or point it at the tool. "
            + INSTALL_HINT
        )
    root = repo_root()
    if root is not None:
        for rel in repo_paths:
            candidate = root / rel
            if candidate.exists():
                return candidate
    for name in path_names:
        found = shutil.which(name)
        if found:
            return Path(found)
    raise ValidatorUnavailable(
        f"{tool} is not installed (looked at ${env_var}, "
        + (f"{', '.join(repo_paths)} in {root}, " if root is not None else "")
        + f"and {', '.join(path_names) or 'nothing'} on PATH). {INSTALL_HINT}"
    )


def node_tools_dir(*, need: str) -> Path:
    """The installed tools/node folder (``$PUBKIT_NODE_TOOLS`` or the repo's).

    ``need`` is a path inside node_modules that must exist (e.g. ``axe-core``).
    """
    override = os.environ.get("PUBKIT_NODE_TOOLS")
    candidates: list[Path] = []
    if override:
        candidates.append(Path(override).expanduser())
    else:
        root = repo_root()
        if root is not None:
            candidates.append(root / "tools" / "node")
    for folder in candidates:
        if (folder / "node_modules" / need).exists():
            return folder
    where = ", ".join(str(c) for c in candidates) or "no repo checkout found"
    raise ValidatorUnavailable(
        f"the Node validator tools are not installed ({need} missing in {where}; "
        f"$PUBKIT_NODE_TOOLS can point at another tools/node). {INSTALL_HINT}"
    )


def require_program(name: str, why: str) -> str:
    """Absolute path of a program on PATH (java, node), or ValidatorUnavailable."""
    found = shutil.which(name)
    if found is None:
        raise ValidatorUnavailable(f"{name} is not on PATH; it is needed for {why}. {INSTALL_HINT}")
    return found


def run_tool(
    argv: Sequence[str],
    *,
    tool: str,
    timeout: float,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``argv`` (no shell), capture text output; the caller judges the exit code."""
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    try:
        return subprocess.run(
            list(argv),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            env=full_env,
            cwd=cwd,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        raise ValidatorError(f"{tool} timed out after {timeout:g} s: {' '.join(argv)}") from exc
    except OSError as exc:
        raise ValidatorUnavailable(f"{tool} could not be started ({exc}). {INSTALL_HINT}") from exc


def tail(text: str, lines: int = 20) -> str:
    """The last lines of a tool's output (ANSI colours removed), for error messages."""
    return "\n".join(strip_ansi(text).strip().splitlines()[-lines:])


def strip_ansi(text: str) -> str:
    """``text`` without terminal colour codes (winston colours Ace's log regardless)."""
    return _ANSI.sub("", text)


def snippet(html: str, limit: int = 160) -> str:
    """An HTML fragment on one line, shortened for a finding's location."""
    flat = " ".join(html.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def check_input(path: str | os.PathLike[str]) -> Path:
    """The input as an absolute Path; FileNotFoundError when it is not a file."""
    p = Path(path).resolve()
    if not p.is_file():
        raise FileNotFoundError(f"no such file: {p}")
    return p
