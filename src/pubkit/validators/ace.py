"""Ace by DAISY: axe-core on every content document plus EPUB accessibility rules.

Runs ``node <home>/node/ace-run.cjs --force --outdir TMP FILE.epub`` (Ace's CLI
with the puppeteer axe runner on Debian's chromium) and reads ``TMP/report.json`` (EARL
JSON-LD). Every failed assertion of any impact is a Finding: ``rule`` is the check id
(``image-alt``, ``epub-lang``, ``metadata-accessmode``, ...), ``severity`` the impact,
``location`` the document plus CSS selector / CFI. Ace exits 0 whether or not the book
passes (1 when it could not check it), so ``passed`` comes from the report.

Tool lookup: ``$PUBKIT_ACE`` (any Ace CLI, e.g. ``<home>/bin/ace``), else
``ace-run.cjs`` in ``$PUBKIT_NODE_TOOLS`` or ``<home>/node`` (with
``node_modules`` installed), else ``ace`` on PATH. Ace keeps config and logs in
``$XDG_CONFIG_HOME``/``$XDG_STATE_HOME`` and unzips into ``$TMPDIR``: all three point
into a temporary folder that is removed afterwards.
"""

from __future__ import annotations

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
    node_tools_dir,
    require_program,
    run_tool,
    snippet,
    strip_ansi,
    tail,
)

__all__ = ["find_ace", "run_ace"]

VALIDATOR: Final = "ace"


def find_ace() -> list[str]:
    """The command that starts Ace's CLI."""
    override = os.environ.get("PUBKIT_ACE")
    if override:
        tool = Path(override).expanduser()
        if not tool.exists():
            raise ValidatorUnavailable(
                f"Ace: PUBKIT_ACE={override!r} does not exist. Unset it or point it at the "
                f"Ace CLI. {INSTALL_HINT}"
            )
        if tool.suffix in {".js", ".cjs", ".mjs"}:
            return [require_program("node", "Ace"), str(tool)]
        return [str(tool)]
    try:
        folder = node_tools_dir(need="@daisy/ace-cli")
    except ValidatorUnavailable:
        found = shutil.which("ace")
        if found:
            return [found]
        raise
    return [require_program("node", "Ace"), str(folder / "ace-run.cjs")]


def run_ace(path: str | os.PathLike[str], *, timeout: float = 600.0) -> Report:
    """Check one EPUB with Ace; every violation, whatever its impact, is a finding."""
    epub = check_input(path)
    command = find_ace()
    with tempfile.TemporaryDirectory(prefix="pubkit-ace-") as tmp:
        work = Path(tmp)
        outdir = work / "report"
        env = {
            "TMPDIR": str(work),
            "XDG_CONFIG_HOME": str(work / "config"),
            "XDG_STATE_HOME": str(work / "state"),
            "XDG_DATA_HOME": str(work / "data"),
            "PUPPETEER_SKIP_DOWNLOAD": "1",
            "ELECTRON_SKIP_BINARY_DOWNLOAD": "1",
            "FORCE_COLOR": "0",
            "NO_COLOR": "1",
        }
        proc = run_tool(
            [*command, "--force", "--outdir", str(outdir), str(epub)],
            tool=VALIDATOR,
            timeout=timeout,
            env=env,
            cwd=work,
        )
        report_path = outdir / "report.json"
        output = strip_ansi(proc.stderr + proc.stdout)
        if proc.returncode == 1 and "Failed to parse EPUB" in output:
            # Ace could not open the book (bad container, missing package document): the
            # file is broken, which is a finding, not a tool failure. EPUBCheck says why.
            errors = [
                line.split(":", 1)[1].strip()
                for line in output.splitlines()
                if line.startswith("error:")
            ]
            return Report(
                validator=VALIDATOR,
                target=str(epub),
                findings=(
                    Finding(
                        validator=VALIDATOR,
                        rule="epub-parse",
                        severity="fatal",
                        message="Ace cannot parse the EPUB: "
                        + "; ".join(dict.fromkeys(errors) or ["unknown error"])
                        + " (run EPUBCheck for the details)",
                        location=str(epub),
                    ),
                ),
                passed=False,
                raw=output,
            )
        if proc.returncode not in (0, 2) or not report_path.is_file():
            raise ValidatorError(
                f"Ace failed with exit code {proc.returncode} on {epub}:\n{tail(output)}"
            )
        raw = report_path.read_text(encoding="utf-8")
    return parse_report(raw, target=str(epub))


def _pointer(result: dict[str, object]) -> str:
    pointer = result.get("earl:pointer")
    if not isinstance(pointer, dict):
        return ""
    for key in ("css", "cfi"):
        value = pointer.get(key)
        if isinstance(value, list) and value:
            return f"{key}={', '.join(str(v) for v in value)}"
    return ""


def parse_report(text: str, *, target: str) -> Report:
    """Turn Ace's ``report.json`` into a Report."""
    try:
        data = json.loads(text)
        documents = data["assertions"]
        outcome = str(data["earl:result"]["earl:outcome"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidatorError(f"cannot read Ace's report.json for {target}: {exc}") from exc
    findings: list[Finding] = []
    for document in documents:
        subject = document.get("earl:testSubject") or {}
        doc_url = str(subject.get("url", ""))
        for assertion in document.get("assertions") or []:
            result = assertion.get("earl:result") or {}
            if result.get("earl:outcome") != "fail":
                continue
            test = assertion.get("earl:test") or {}
            message = str(test.get("dct:description") or "")
            detail = str(result.get("dct:description") or "").strip()
            if detail:
                message = f"{message} — {detail.splitlines()[0]}"
            pointer = _pointer(result)
            html = result.get("html")
            location = doc_url + (f" {pointer}" if pointer else "")
            if isinstance(html, str) and html:
                location += f" {snippet(html)}"
            findings.append(
                Finding(
                    validator=VALIDATOR,
                    rule=str(test.get("dct:title") or "unknown"),
                    severity=str(test.get("earl:impact") or "unknown"),
                    message=message,
                    location=location,
                )
            )
    return Report(
        validator=VALIDATOR,
        target=target,
        findings=tuple(findings),
        passed=outcome == "pass" and not findings,
        raw=text,
    )
