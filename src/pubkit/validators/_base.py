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
    "validators_home",
]

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")

INSTALL_HINT = "Install the validators with: pubkit validators install"


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
    """pubkit's own source checkout, when this module runs from one (not from a wheel).

    Only the checkout this very file lives in counts (``<root>/src/pubkit/validators``): an
    installed pubkit inside another project's folder never takes that project for its own.
    """
    here = Path(__file__).resolve()
    root = here.parents[3]
    if here.parents[2].name == "src" and (root / "pyproject.toml").is_file():
        return root
    return None


def validators_home() -> Path:
    """Where ``pubkit validators install`` puts the validators and where they are looked for.

    ``$PUBKIT_VALIDATORS_HOME``; else ``.cache/validators`` in pubkit's source checkout;
    else ``$XDG_CACHE_HOME/pubkit/validators`` (``~/.cache/pubkit/validators``).
    """
    override = os.environ.get("PUBKIT_VALIDATORS_HOME")
    if override:
        return Path(override).expanduser()
    root = repo_root()
    if root is not None:
        return root / ".cache" / "validators"
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "pubkit" / "validators"


def _is_executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def find_executable(
    *,
    tool: str,
    env_var: str,
    home_paths: Sequence[str],
    path_names: Sequence[str],
) -> Path:
    """Locate a tool: ``$env_var``, then paths in :func:`validators_home`, then ``PATH``.

    Raises ValidatorUnavailable, saying how to install the tool, when none of them exists.
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
    home = validators_home()
    for rel in home_paths:
        candidate = home / rel
        if candidate.exists():
            return candidate
    for name in path_names:
        found = shutil.which(name)
        if found:
            return Path(found)
    raise ValidatorUnavailable(
        f"{tool} is not installed (looked at ${env_var}, "
        + f"{', '.join(home_paths)} in {home}, "
        + f"and {', '.join(path_names) or 'nothing'} on PATH). {INSTALL_HINT}"
    )


def node_tools_dir(*, need: str) -> Path:
    """The installed Node tools folder (``$PUBKIT_NODE_TOOLS``, else ``node/`` in the home).

    ``need`` is a path inside node_modules that must exist (e.g. ``axe-core``).
    """
    override = os.environ.get("PUBKIT_NODE_TOOLS")
    candidates = [Path(override).expanduser() if override else validators_home() / "node"]
    for folder in candidates:
        if (folder / "node_modules" / need).exists():
            return folder
    where = ", ".join(str(c) for c in candidates)
    raise ValidatorUnavailable(
        f"the Node validator tools are not installed ({need} missing in {where}; "
        f"$PUBKIT_NODE_TOOLS can point at another such folder). {INSTALL_HINT}"
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
