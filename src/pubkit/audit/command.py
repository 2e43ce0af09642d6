"""``pubkit check PATH...``: sources and finished files, one list of findings, one exit code.

``pubkit check`` is the one command for both: a notice's source gets the document checks,
a finished PDF, EPUB, HTML page or MP3 gets pubkit's own rules for that format and every
external validator that is installed (veraPDF, EPUBCheck + Ace, axe-core). Exit 0 when no
finding reaches ``--fail-on`` (default ``error``), 1 when one does, 2 for bad usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pubkit.audit.findings import SEVERITIES
from pubkit.i18n import _, ngettext, speaking

if TYPE_CHECKING:  # what runs the checks loads only when they run, not for `pubkit --help`
    from rich.console import Console

    from pubkit.audit.config import CheckConfig
    from pubkit.audit.findings import FileReport

__all__ = ["add_arguments", "run"]

_STYLE = {"error": "bold red", "warning": "yellow", "info": "dim"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``pubkit check``."""
    parser.add_argument(
        "inputs", nargs="+", metavar="PATH",
        help=_("notices (.md, .txt, .docx, .json), finished files (.pdf, .epub, .html, .mp3) or folders"),
    )  # fmt: skip
    parser.add_argument(
        "--json", action="store_true", help=_("print the findings as JSON (schema pubkit-check/1)")
    )
    parser.add_argument("--junit", metavar="FILE", help=_("also write a JUnit XML report"))
    parser.add_argument("--sarif", metavar="FILE", help=_("also write a SARIF 2.1.0 report"))
    parser.add_argument(
        "--fail-on", choices=SEVERITIES, default=None,
        help=_("exit 1 when a finding is at or above this severity (default: error, or the project file's)"),
    )  # fmt: skip
    parser.add_argument(
        "--require", metavar="TOOLS", default=None,
        help=_("comma-separated validators whose absence is an error (verapdf,epubcheck,ace,axe)"),
    )  # fmt: skip
    parser.add_argument(
        "--no-validators", dest="external", action="store_false",
        help=_("run pubkit's own checks only (no Java, no browser)"),
    )  # fmt: skip
    parser.add_argument(
        "--pdf-profile", action="append", dest="pdf_profiles", metavar="NAME",
        help=_("veraPDF profile for PDFs (ua1, ua2, 2a, …); repeat for several; default ua1"),
    )  # fmt: skip
    parser.add_argument(
        "--config", metavar="FILE",
        help=_("project file with [tool.pubkit.check] (default: ./pubkit.toml or ./pyproject.toml)"),
    )  # fmt: skip
    parser.add_argument(
        "--statement", metavar="FILE",
        help=_("also write a draft accessibility statement (Markdown, EU model / BITV 2.0)"),
    )  # fmt: skip
    parser.add_argument(
        "--statement-lang", choices=("de", "en"), default="de",
        help=_("language of the draft statement (default: de)"),
    )  # fmt: skip
    parser.add_argument(
        "--plain-language", action="store_true",
        help=_("for sources, also check the plain-language rules"),
    )  # fmt: skip


def _settings(args: argparse.Namespace) -> CheckConfig:
    from pubkit.audit import load_config

    config = load_config(args.config)
    changes: dict[str, object] = {}
    if args.fail_on:
        changes["fail_on"] = args.fail_on
    if args.require is not None:
        changes["require"] = tuple(t.strip() for t in args.require.split(",") if t.strip())
    if args.pdf_profiles:
        changes["pdf_profiles"] = tuple(args.pdf_profiles)
    if not changes:
        return config
    from dataclasses import replace

    return replace(config, **changes)  # type: ignore[arg-type]  # keys are CheckConfig fields


def _print(reports: list[FileReport], config: CheckConfig, out: Console, err: Console) -> None:
    from pubkit.audit.findings import severity_word
    from pubkit.io import terminal_safe

    for report in reports:
        for finding in report.findings:
            with speaking(finding.lang):  # the severity in the message's language
                line = finding.shown(severity_word(finding.severity))
            out.print(
                terminal_safe(line),
                style=_STYLE[finding.severity],
                markup=False,
                highlight=False,
                soft_wrap=True,
            )
    counts = {s: sum(f.severity == s for r in reports for f in r.findings) for s in SEVERITIES}
    ignored = sum(len(r.ignored) for r in reports)
    tools = sorted({t for r in reports for t in r.tools})
    err.print(
        _("{files} checked with {tools}: {errors}, {warnings}, {notes}{ignored}.").format(
            files=ngettext("{count} file", "{count} files", len(reports)).format(
                count=len(reports)
            ),
            tools=", ".join(tools) or _("nothing"),
            errors=ngettext("{count} error", "{count} errors", counts["error"]).format(
                count=counts["error"]
            ),
            warnings=ngettext("{count} warning", "{count} warnings", counts["warning"]).format(
                count=counts["warning"]
            ),
            notes=ngettext("{count} note", "{count} notes", counts["info"]).format(
                count=counts["info"]
            ),
            ignored=_(", {count} ignored by {source}").format(count=ignored, source=config.source)
            if ignored
            else "",
        ),
        markup=False,
        highlight=False,
        soft_wrap=True,
    )


def _statement(args: argparse.Namespace, config: CheckConfig, reports: list[FileReport]) -> str:
    from pubkit.audit.statement import draft_statement, load_statement_config

    project = Path(args.config) if args.config else None
    if project is None:
        project = next(
            (p for p in (Path("pubkit.toml"), Path("pyproject.toml")) if p.is_file()), None
        )
    reasons = [
        (finding, next(i.reason for i in config.ignores if i.matches(finding)))
        for report in reports
        for finding in report.ignored
    ]
    return draft_statement(
        reports, load_statement_config(project), lang=args.statement_lang, reasons=reasons
    )


def run(args: argparse.Namespace, stderr: Console) -> int:
    """Run ``pubkit check``; returns the exit code."""
    from rich.console import Console

    from pubkit.audit import check_paths, failed
    from pubkit.audit.reports import to_json, to_junit, to_sarif
    from pubkit.io import write_files_atomically

    config = _settings(args)
    reports = check_paths(
        args.inputs, external=args.external, config=config, plain_language=args.plain_language
    )
    is_failed = failed(reports, config.fail_on)
    files: list[tuple[Path, bytes]] = []
    if args.junit:
        files.append((Path(args.junit), to_junit(reports, config.fail_on).encode("utf-8")))
    if args.sarif:
        files.append((Path(args.sarif), to_sarif(reports, base=Path.cwd()).encode("utf-8")))
    if args.statement:
        files.append((Path(args.statement), _statement(args, config, reports).encode("utf-8")))
    if files:
        write_files_atomically(files)
    if args.json:
        print(to_json(reports, config, failed=is_failed))
    else:
        from rich.console import Console

        _print(reports, config, Console(highlight=False), stderr)
    return 1 if is_failed else 0
