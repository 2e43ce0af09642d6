"""The ``pubkit`` command: ``build``, ``check``, ``validate`` and ``formats``.

Exit codes: 0 success, 1 the documents have errors (or a build failed), 2 bad usage or
unreadable input.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pubkit.checks import check, errors
from pubkit.errors import PubkitError, ReadError
from pubkit.issues import Issue
from pubkit.pipeline import Build, formats, plan
from pubkit.readers import read
from pubkit.renderers import registry

__all__ = ["main"]

EXIT_OK, EXIT_ISSUES, EXIT_USAGE = 0, 1, 2
_SKIP = ("readme",)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    stderr = Console(stderr=True, highlight=False)
    try:
        code: int = args.run(args, stderr)
    except PubkitError as exc:
        stderr.print(f"[bold red]error:[/] {exc}", markup=True, soft_wrap=True)
        return EXIT_USAGE
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pubkit",
        description="Publish a notice as accessible HTML, PDF, EPUB, plain language and speech.",
    )
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    build = sub.add_parser("build", help="render notices into every format (or those chosen)")
    build.add_argument("inputs", nargs="+", metavar="INPUT", help="Markdown files or folders")
    build.add_argument(
        "-f", "--format", default="all",
        help="comma-separated renderer names (default: all installed; see 'pubkit formats')",
    )  # fmt: skip
    build.add_argument("-o", "--out", default="out", help="output folder (default: out)")
    build.add_argument(
        "--variant",
        metavar="NAME",
        help="only the outputs of this variant where a format has variants "
        "(pdf: standard, large-print); default: all of them",
    )
    build.add_argument(
        "--no-strict", dest="strict", action="store_false",
        help="render even when the checks find errors",
    )  # fmt: skip
    build.set_defaults(run=_build)

    chk = sub.add_parser("check", help="check notices for accessibility problems")
    chk.add_argument("inputs", nargs="+", metavar="INPUT", help="Markdown files or folders")
    chk.add_argument("--json", action="store_true", help="print the issues as JSON")
    chk.add_argument(
        "--plain-language", action="store_true",
        help="also check the plain-language rules and report readability figures",
    )  # fmt: skip
    chk.set_defaults(run=_check)

    val = sub.add_parser(
        "validate",
        help="run veraPDF, EPUBCheck + Ace or axe-core on finished files (by suffix)",
    )
    val.add_argument("files", nargs="+", metavar="FILE", help=".pdf, .epub or .html files")
    val.add_argument(
        "--pdf-profile", action="append", dest="pdf_profiles", metavar="NAME",
        help="veraPDF profile for PDFs (ua1, ua2, 2a, …); repeat for several; default ua1",
    )  # fmt: skip
    val.add_argument("--json", action="store_true", help="print the findings as JSON")
    val.set_defaults(run=_validate)

    formats = sub.add_parser("formats", help="list the installed renderers")
    formats.set_defaults(run=_formats)
    return parser


def _inputs(names: Sequence[str]) -> Iterator[Path]:
    for name in names:
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.glob("*.md")):
                if not child.name.lower().startswith(_SKIP):
                    yield child
        elif path.exists():
            yield path
        else:
            raise ReadError(f'No such file or folder: "{name}".')


def _formats(args: argparse.Namespace, stderr: Console) -> int:
    for name in registry.available():
        try:
            renderer = registry.get(name)
        except PubkitError as exc:
            print(f"{name:10} (not usable: {exc})")
            continue
        print(
            f"{name:10} {renderer.media_type:28} {(renderer.__doc__ or '').strip().splitlines()[0]}"
        )
    print(f"formats for 'pubkit build -f': {', '.join(formats())}")
    return EXIT_OK


def _validate(args: argparse.Namespace, stderr: Console) -> int:
    from pubkit.validators import ValidatorError, ValidatorUnavailable
    from pubkit.validators.auto import validate_files

    try:
        reports = validate_files(args.files, pdf_flavours=tuple(args.pdf_profiles or ("ua1",)))
    except (ValidatorUnavailable, ValidatorError, ValueError, FileNotFoundError) as exc:
        stderr.print(f"error: {exc}", markup=False, soft_wrap=True)
        return EXIT_USAGE
    failed = any(not r.passed or r.findings for r in reports)
    if args.json:
        payload = [
            {
                "file": r.target,
                "validator": r.validator,
                "passed": r.passed and not r.findings,
                "findings": [asdict(f) for f in r.findings],
            }
            for r in reports
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_ISSUES if failed else EXIT_OK
    for report in reports:
        ok = report.passed and not report.findings
        print(f"{report.target}: {report.validator} {'passed' if ok else 'FAILED'}")
        for finding in report.findings:
            print(f"  {finding}")
    return EXIT_ISSUES if failed else EXIT_OK


def _check(args: argparse.Namespace, stderr: Console) -> int:
    report: dict[str, list[dict[str, object]]] = {}
    failed = False
    for path in _inputs(args.inputs):
        try:
            doc = read(path)
            issues = check(doc)
            if args.plain_language:
                from pubkit.plain import check_plain_language  # HanTa loads only when asked

                issues += check_plain_language(doc)
        except ReadError as exc:
            issues = [Issue(code="READ", severity="error", message=str(exc), source=str(path))]
        failed = failed or bool(errors(issues))
        report[str(path)] = [asdict(i) for i in issues]
        if not args.json:
            for issue in issues:
                print(issue)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    elif not failed:
        stderr.print(f"{len(report)} file(s) checked: no errors.")
    return EXIT_ISSUES if failed else EXIT_OK


def _build(args: argparse.Namespace, stderr: Console) -> int:
    names = None if args.format == "all" else [n.strip() for n in args.format.split(",")]
    outputs = plan([n for n in names if n] if names else None, variant=args.variant)
    inputs = list(_inputs(args.inputs))
    if not inputs:
        raise ReadError("No notices (*.md) found in: " + ", ".join(args.inputs))
    out_root = Path(args.out)
    total = len(inputs) * len(outputs)
    failures = 0
    started = time.perf_counter()
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=stderr, transient=False, disable=not stderr.is_terminal,
    ) as progress:  # fmt: skip
        task = progress.add_task("building", total=total)
        for path in inputs:
            progress.update(task, description=path.name)
            try:
                build = Build.read(path)
            except PubkitError as exc:
                failures += len(outputs)
                stderr.print(f"[red]✗[/] {path}: {exc}", markup=True)
                progress.advance(task, len(outputs))
                continue
            reported = False
            for result in build.write(out_root / path.stem, outputs, strict=args.strict):
                name = result.output.file_name
                if result.error is not None:
                    failures += 1
                    stderr.print(f"[red]✗[/] {path} → {name}: {result.error}", markup=True)
                else:
                    stderr.print(f"[green]✓[/] {result.paths[0]}", markup=True, highlight=False)
                    if result.output.source == "plain" and not reported:
                        from pubkit.plain.report import summary_report

                        reported = True
                        stderr.print(
                            f"  {summary_report(build.plain_info)}",
                            highlight=False,
                            soft_wrap=True,
                        )
                progress.advance(task)
    elapsed = time.perf_counter() - started
    stderr.print(f"{total - failures} of {total} file(s) written in {elapsed:.1f} s.")
    return EXIT_ISSUES if failures else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
