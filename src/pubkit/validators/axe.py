"""axe-core on rendered HTML/XHTML in Debian's headless chromium.

Runs ``node <home>/node/axe-run.mjs FILE_OR_DIR...`` (playwright-core + axe-core, every
non-deprecated rule switched on, best-practice and the rules axe ships disabled such as
``target-size`` included). One Report per HTML file: each violated rule is a Finding
(``rule`` = axe rule id, ``severity`` = impact, ``location`` = CSS target and HTML of the
first node, with the count of further nodes). Items axe could not decide ("incomplete",
needs a person) are not findings; their count is in ``Report.raw``.

Tool lookup: ``$PUBKIT_NODE_TOOLS`` (a folder with the runner and node_modules), else
``<home>/node`` (see :func:`validators_home`); ``node`` from PATH; chromium from ``$PUBKIT_CHROMIUM`` or
``/usr/bin/chromium``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from pubkit.validators._base import (
    INSTALL_HINT,
    Finding,
    Report,
    ValidatorError,
    ValidatorUnavailable,
    node_tools_dir,
    require_program,
    run_tool,
    snippet,
    tail,
)

__all__ = ["find_axe_runner", "run_axe"]

VALIDATOR: Final = "axe"


def find_axe_runner() -> list[str]:
    """The command that starts axe-run.mjs in the Node tools folder."""
    folder = node_tools_dir(need="axe-core")
    if not (folder / "node_modules" / "playwright-core").exists():
        raise ValidatorUnavailable(
            f"playwright-core is missing in {folder}/node_modules. {INSTALL_HINT}"
        )
    return [require_program("node", "axe"), str(folder / "axe-run.mjs")]


def run_axe(
    paths: Iterable[str | os.PathLike[str]],
    *,
    experimental: bool = False,
    timeout: float | None = None,
) -> list[Report]:
    """Run axe on HTML files and/or folders of them; one Report per HTML file."""
    inputs = [Path(p).resolve() for p in paths]
    if not inputs:
        return []
    for p in inputs:
        if not p.exists():
            raise FileNotFoundError(f"no such file or folder: {p}")
    command = find_axe_runner()
    if experimental:
        command.append("--experimental")
    if timeout is None:
        timeout = 120.0 + 30.0 * len(inputs)
    proc = run_tool([*command, *map(str, inputs)], tool=VALIDATOR, timeout=timeout)
    if proc.returncode == 3:
        raise ValidatorUnavailable(
            f"axe could not start the browser: {tail(proc.stderr)} "
            "(install Debian chromium: apt-get install chromium, or set PUBKIT_CHROMIUM)"
        )
    if proc.returncode not in (0, 2):
        raise ValidatorError(
            f"axe-run failed with exit code {proc.returncode}:\n{tail(proc.stderr or proc.stdout)}"
        )
    return parse_output(proc.stdout)


def parse_output(text: str) -> list[Report]:
    """Split axe-run.mjs's JSON into one Report per file; a page that failed to load raises."""
    try:
        data = json.loads(text)
        results = data["results"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidatorError(f"cannot read axe-run's JSON output: {exc}") from exc
    reports: list[Report] = []
    for result in results:
        target = str(result.get("file", ""))
        if result.get("error"):
            raise ValidatorError(f"axe could not check {target}: {result['error']}")
        findings: list[Finding] = []
        for violation in result.get("violations") or []:
            nodes = violation.get("nodes") or []
            location = ""
            if nodes:
                first = nodes[0]
                selector = " ".join(str(t) for t in first.get("target") or [])
                location = f"{selector} {snippet(str(first.get('html') or ''))}".strip()
                if len(nodes) > 1:
                    location += f" (+{len(nodes) - 1} more)"
            findings.append(
                Finding(
                    validator=VALIDATOR,
                    rule=str(violation.get("id", "")),
                    severity=str(violation.get("impact") or "unknown"),
                    message=str(violation.get("help", "")),
                    location=location,
                )
            )
        reports.append(
            Report(
                validator=VALIDATOR,
                target=target,
                findings=tuple(findings),
                passed=not findings,
                raw=json.dumps(result, indent=2, ensure_ascii=False),
            )
        )
    return reports
