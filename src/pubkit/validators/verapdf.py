"""veraPDF (greenfield CLI): machine checks of PDF/UA-1, PDF/UA-2 and PDF/A.

Runs ``verapdf --flavour FLAVOUR --format json FILE``. One Finding per failed rule
(``rule`` = "<specification> <clause>-<test>", e.g. "ISO 14289-1:2014 7.1-11"), with the
first failed check's message and context; the full JSON report is ``Report.raw``.

veraPDF exit codes seen with 1.28: 0 compliant, 1 not compliant, 7 the file could not be
parsed (reported here as a ``fatal`` finding), 2 bad arguments, 4 no such file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Final

from pubkit.validators._base import (
    Finding,
    Report,
    ValidatorError,
    check_input,
    find_executable,
    run_tool,
    tail,
)

__all__ = ["FLAVOURS", "find_verapdf", "run_verapdf"]

VALIDATOR: Final = "verapdf"
#: Built-in profiles of veraPDF 1.28 (``--flavour``); ua1/ua2 = PDF/UA, 2a = PDF/A-2a.
FLAVOURS: Final = frozenset(
    {"1a", "1b", "2a", "2b", "2u", "3a", "3b", "3u", "4", "4f", "4e", "ua1", "ua2", "wt1r", "wt1a"}
)
_NORMAL_EXIT: Final = frozenset({0, 1, 7})


def find_verapdf() -> Path:
    """``$PUBKIT_VERAPDF``, ``bin/verapdf`` in :func:`validators_home`, or ``verapdf`` on PATH."""
    return find_executable(
        tool="veraPDF",
        env_var="PUBKIT_VERAPDF",
        home_paths=["bin/verapdf"],
        path_names=["verapdf"],
    )


def run_verapdf(
    path: str | os.PathLike[str], *, flavour: str = "ua1", timeout: float = 300.0
) -> Report:
    """Validate one PDF against a veraPDF profile (``ua1``, ``ua2``, ``2a``, ...)."""
    if flavour not in FLAVOURS:
        raise ValueError(f"unknown veraPDF flavour {flavour!r}; use one of {sorted(FLAVOURS)}")
    pdf = check_input(path)
    exe = find_verapdf()
    argv = [str(exe), "--flavour", flavour, "--format", "json", "--nonpdfext", str(pdf)]
    proc = run_tool(argv, tool=VALIDATOR, timeout=timeout)
    if proc.returncode not in _NORMAL_EXIT:
        raise ValidatorError(
            f"veraPDF failed with exit code {proc.returncode} on {pdf}:\n"
            f"{tail(proc.stderr or proc.stdout)}"
        )
    return parse_report(proc.stdout, target=str(pdf))


def _str(value: object) -> str:
    return "" if value is None else str(value)


def parse_report(text: str, *, target: str) -> Report:
    """Turn veraPDF's ``--format json`` output for one file into a Report."""
    try:
        data = json.loads(text)
        jobs = data["report"]["jobs"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidatorError(f"cannot read veraPDF's JSON report for {target}: {exc}") from exc
    if not isinstance(jobs, list) or len(jobs) != 1:
        raise ValidatorError(f"veraPDF report for {target} has no single job")
    job = jobs[0]
    findings: list[Finding] = []
    exception = job.get("taskException")
    results = job.get("validationResult") or []
    if exception:
        findings.append(
            Finding(
                validator=VALIDATOR,
                rule=f"veraPDF {_str(exception.get('type')) or 'exception'}",
                severity="fatal",
                message=_str(exception.get("exceptionMessage") or exception.get("exception")),
                location=target,
            )
        )
    compliant = bool(results) and not exception
    for result in results:
        compliant = compliant and bool(result.get("compliant"))
        details = result.get("details") or {}
        for rule in details.get("ruleSummaries") or []:
            if _str(rule.get("status")).lower() != "failed":
                continue
            checks = rule.get("checks") or []
            first = checks[0] if checks else {}
            count = rule.get("failedChecks", len(checks))
            message = _str(rule.get("description"))
            detail = _str(first.get("errorMessage"))
            if detail:
                message = f"{message} — {detail}"
            message = f"{message} ({count} failed check{'s' if count != 1 else ''})"
            findings.append(
                Finding(
                    validator=VALIDATOR,
                    rule=f"{_str(rule.get('specification'))} "
                    f"{_str(rule.get('clause'))}-{_str(rule.get('testNumber'))}".strip(),
                    severity="error",
                    message=message,
                    location=_str(first.get("context")),
                )
            )
    return Report(
        validator=VALIDATOR,
        target=target,
        findings=tuple(findings),
        passed=compliant and not findings,
        raw=text,
    )
