"""The external validators as findings: veraPDF, EPUBCheck + Ace, axe-core.

A validator that is not installed is never skipped silently: it becomes a ``TOOL-MISSING``
finding that says how to install it (a warning, or an error when it is required).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from pubkit.audit.findings import Finding, severity_of
from pubkit.i18n import _

__all__ = ["INSTALL_COMMAND", "VALIDATORS", "run_external"]

INSTALL_COMMAND = "pubkit validators install"
#: Which validators look at which kind of file.
VALIDATORS: dict[str, tuple[str, ...]] = {
    "pdf": ("verapdf",),
    "epub": ("epubcheck", "ace"),
    "html": ("axe",),
    "audio": (),
}


def _missing(file: str, tool: str, why: str, *, required: bool) -> Finding:
    return Finding(
        file=file,
        rule="TOOL-MISSING",
        severity="error" if required else "warning",
        message=_("{tool} did not run: {why} Install the validators with: {command}").format(
            tool=tool, why=why, command=INSTALL_COMMAND
        ),
        tool=tool,
    )


def _convert(file: str, tool: str, run: Callable[[], Sequence[object]]) -> list[Finding]:
    from pubkit.validators import Report

    found: list[Finding] = []
    for report in run():
        assert isinstance(report, Report)
        for f in report.findings:
            found.append(
                Finding(
                    file=file,
                    rule=f.rule,
                    severity=severity_of(f.severity),
                    message=f.message,
                    tool=tool,
                    location=f.location,
                    tool_severity=f.severity,
                    lang="en",  # the validator's own words
                )
            )
        if not report.passed and not report.findings:
            found.append(
                Finding(
                    file=file, rule=f"{tool}-failed", severity="error", tool=tool,
                    message=_("{tool} did not pass the file but named no rule; see its report.").format(tool=tool),
                )
            )  # fmt: skip
    return found


def run_external(
    path: Path,
    kind: str,
    *,
    pdf_profiles: Sequence[str] = ("ua1",),
    require: Sequence[str] = (),
) -> tuple[list[Finding], list[str]]:
    """Findings of every validator for ``kind``, and the names of those that ran."""
    from pubkit.validators import (
        ValidatorError,
        ValidatorUnavailable,
        run_ace,
        run_axe,
        run_epubcheck,
        run_verapdf,
    )

    file = str(path)
    found: list[Finding] = []
    ran: list[str] = []
    runners: dict[str, Callable[[], Sequence[object]]] = {
        "verapdf": lambda: [run_verapdf(path, flavour=p) for p in pdf_profiles],
        "epubcheck": lambda: [run_epubcheck(path)],
        "ace": lambda: [run_ace(path)],
        "axe": lambda: run_axe([path]),
    }
    for tool in VALIDATORS[kind]:
        if tool == "ace" and any(
            f.tool == "epubcheck" and f.tool_severity in ("fatal", "error") for f in found
        ):
            found.append(
                Finding(
                    file=file, rule="TOOL-SKIPPED", severity="info", tool="ace",
                    message=_("Ace did not run: it cannot read an EPUB that EPUBCheck rejects."),
                )
            )  # fmt: skip
            continue
        try:
            found.extend(_convert(file, tool, runners[tool]))
        except ValidatorUnavailable as exc:
            found.append(_missing(file, tool, str(exc), required=tool in require))
            continue
        except ValidatorError as exc:
            found.append(
                Finding(
                    file=file, rule="TOOL-FAILED", severity="error", tool=tool, message=str(exc)
                )
            )
        ran.append(tool)
    return found, ran
