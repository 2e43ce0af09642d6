"""Reports of ``pubkit check``: JSON (versioned schema), JUnit XML and SARIF 2.1.0.

JSON (``pubkit check --json``), schema ``pubkit-check/1``::

    {"schema": "pubkit-check/1", "pubkit": "0.2.0", "fail_on": "error", "failed": true,
     "files": [{"file": "out/a.pdf", "kind": "pdf", "tools": ["pubkit", "verapdf"],
                "findings": [{"rule": "PDF002", "line": null, "severity": "error", "tool": "pubkit",
                              "location": "", "message": "…", "tool_severity": "",
                              "lang": "de"}],
                "ignored": [ …same shape, with "reason" … ]}]}

JUnit (``--junit FILE``): one ``<testsuite>`` per file, one ``<testcase>`` per tool that
looked at it; findings at or above the threshold are ``<failure>``s, others are listed in
``<system-out>``. SARIF (``--sarif FILE``): one run per tool, one result per finding, with
``error``/``warning``/``note`` levels, so GitHub and GitLab show findings inline.

Rule codes (``rule``, SARIF ``ruleId``) are stable whatever the language. The message text is
in the language of the finding (``pubkit --lang``, else the document's language, see
:mod:`pubkit.i18n`); JSON names it in each finding's ``lang``, SARIF in each result's
``properties.lang``.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Final
from xml.etree import ElementTree as ET

from pubkit.audit.config import CheckConfig
from pubkit.audit.findings import FileReport, Finding, Severity, at_or_above

__all__ = ["JSON_SCHEMA", "to_json", "to_junit", "to_sarif"]

JSON_SCHEMA: Final = "pubkit-check/1"
_SARIF_LEVEL: Final[dict[str, str]] = {"error": "error", "warning": "warning", "info": "note"}
_TOOL_URI: Final[dict[str, str]] = {
    "verapdf": "https://verapdf.org",
    "epubcheck": "https://www.w3.org/publishing/epubcheck/",
    "ace": "https://daisy.github.io/ace/",
    "axe": "https://github.com/dequelabs/axe-core",
}


def _version() -> str:
    from pubkit import __version__

    return __version__


def _finding(finding: Finding) -> dict[str, str | int | None]:
    return {
        "rule": finding.rule,
        "line": finding.line,
        "severity": finding.severity,
        "tool": finding.tool,
        "location": finding.location,
        "message": finding.message,
        "tool_severity": finding.tool_severity,
        "lang": finding.lang,
    }


def to_json(reports: Sequence[FileReport], config: CheckConfig, *, failed: bool) -> str:
    """The JSON report (schema ``pubkit-check/1``)."""
    files = []
    for report in reports:
        ignored = []
        for finding in report.ignored:
            entry = _finding(finding)
            entry["reason"] = next((i.reason for i in config.ignores if i.matches(finding)), "")
            ignored.append(entry)
        files.append(
            {
                "file": report.file,
                "kind": report.kind,
                "tools": list(report.tools),
                "findings": [_finding(f) for f in report.findings],
                "ignored": ignored,
            }
        )
    payload = {
        "schema": JSON_SCHEMA,
        "pubkit": _version(),
        "fail_on": config.fail_on,
        "failed": failed,
        "files": files,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)


def to_junit(reports: Sequence[FileReport], threshold: Severity) -> str:
    """JUnit XML that CI systems (GitLab, Jenkins, GitHub test reporters) read."""
    root = ET.Element("testsuites", name="pubkit check")
    total_tests = total_failures = 0
    for report in reports:
        suite = ET.SubElement(root, "testsuite", name=report.file)
        tests = failures = 0
        tools = list(report.tools) + sorted({f.tool for f in report.findings} - set(report.tools))
        for tool in tools:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"pubkit.check.{report.kind}",
                name=f"{tool}: {report.file}",
            )
            tests += 1
            mine = [f for f in report.findings if f.tool == tool]
            blocking = [f for f in mine if at_or_above(f.severity, threshold)]
            if blocking:
                failures += 1
                failure = ET.SubElement(
                    case,
                    "failure",
                    message=f"{len(blocking)} finding(s) at or above {threshold}",
                    type=blocking[0].rule,
                )
                failure.text = "\n".join(str(f) for f in blocking)
            rest = [f for f in mine if f not in blocking]
            if rest:
                ET.SubElement(case, "system-out").text = "\n".join(str(f) for f in rest)
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        total_tests += tests
        total_failures += failures
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("errors", "0")
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def to_sarif(reports: Sequence[FileReport], *, base: Path | None = None) -> str:
    """SARIF 2.1.0, one run per tool."""
    by_tool: dict[str, list[Finding]] = {}
    for report in reports:
        for tool in report.tools:
            by_tool.setdefault(tool, [])
        for finding in report.findings:
            by_tool.setdefault(finding.tool, []).append(finding)
    runs = []
    for tool, findings in by_tool.items():
        rules = sorted({f.rule for f in findings})
        driver: dict[str, object] = {
            "name": tool,
            "informationUri": _TOOL_URI.get(tool, "https://pypi.org/project/pubkit-a11y/"),
            "rules": [{"id": rule} for rule in rules],
        }
        if tool == "pubkit":
            driver["version"] = _version()
        results = []
        for finding in findings:
            uri = Path(finding.file)
            if base is not None:
                with contextlib.suppress(ValueError):
                    uri = uri.resolve().relative_to(base.resolve())
            physical: dict[str, object] = {"artifactLocation": {"uri": uri.as_posix()}}
            if finding.line is not None:
                physical["region"] = {"startLine": finding.line}
            location: dict[str, object] = {"physicalLocation": physical}
            if finding.location:
                location["logicalLocations"] = [{"fullyQualifiedName": finding.location}]
            results.append(
                {
                    "ruleId": finding.rule,
                    "ruleIndex": rules.index(finding.rule),
                    "level": _SARIF_LEVEL[finding.severity],
                    "message": {"text": finding.message},
                    "locations": [location],
                    "properties": {"lang": finding.lang},
                }
            )
        runs.append({"tool": {"driver": driver}, "results": results})
    return json.dumps(
        {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": runs,
        },
        ensure_ascii=False,
        indent=2,
    )
