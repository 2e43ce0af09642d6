"""The ``pubkit`` command: ``build``, ``check``, ``validate`` and ``formats``.

Exit codes: 0 success, 1 the documents have errors (or a build failed), 2 bad usage or
unreadable input.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pubkit.api import render
from pubkit.checks import check, errors
from pubkit.errors import PubkitError, ReadError, UnknownFormat
from pubkit.issues import Issue
from pubkit.model import Document
from pubkit.readers import read
from pubkit.renderers import registry
from pubkit.renderers.base import Renderer
from pubkit.renderers.html import HtmlRendererOptions
from pubkit.writers.html import Alternate

__all__ = ["main"]

EXIT_OK, EXIT_ISSUES, EXIT_USAGE = 0, 1, 2
_SKIP = ("readme",)
_NOTICE_SUFFIXES = (".md", ".docx", ".html", ".htm")  # what a folder of notices holds


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    stderr = Console(stderr=True, highlight=False)
    try:
        code: int = args.run(args, stderr)
    except PubkitError as exc:
        stderr.print(f"[bold red]error:[/] {escape(str(exc))}", markup=True, soft_wrap=True)
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
            for child in sorted(path.iterdir()):
                if child.suffix.lower() in _NOTICE_SUFFIXES and not child.name.lower().startswith(
                    _SKIP
                ):
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


def _outputs(renderer: Renderer[object], variant: str | None) -> tuple[tuple[str, object], ...]:
    """The renderer's outputs, narrowed to one variant for formats that have variants."""
    outputs = renderer.outputs()
    if variant is None:
        return outputs
    variants = {getattr(options, "variant", None) for _, options in outputs} - {None}
    if not variants:
        return outputs
    chosen = tuple(o for o in outputs if getattr(o[1], "variant", None) == variant)
    if not chosen:
        raise UnknownFormat(
            f'The "{renderer.name}" format has no variant "{variant}". '
            f"Available: {', '.join(sorted(map(str, variants)))}."
        )
    return chosen


Job = tuple[Path, str, str, object]
# The easy-read version and the audio first: they are for the readers the page serves least.
_ALTERNATE_ORDER = ("summary", "audio", "pdf", "pdf-large-print", "epub", "summary-pdf")


def _alternate(name: str, filename: str, options: object) -> Alternate | None:
    """How the web page links to another output of the same notice, if it does."""
    stem = filename.rsplit(".", 1)[0]
    match name:
        case "pdf":
            large = getattr(options, "variant", "") == "large-print"
            return Alternate(kind="pdf-large-print" if large else "pdf", href=filename)
        case "epub":
            return Alternate(kind="epub", href=filename)
        case "summary":
            pdf = filename.endswith(".pdf")
            return Alternate(kind="summary-pdf" if pdf else "summary", href=filename)
        case "speech" if filename.endswith(".mp3"):
            return Alternate(kind="audio", href=filename, captions=f"{stem}.vtt")
    return None


def _link_alternates(jobs: list[Job]) -> list[Job]:
    """Give each notice's web page links to the other files built for that notice."""
    out: list[Job] = []
    for job in jobs:
        path, name, filename, options = job
        if name == "html" and isinstance(options, HtmlRendererOptions):
            found = [
                alt
                for other in jobs
                if other[0] == path
                and (alt := _alternate(other[1], other[2], other[3])) is not None
            ]
            alternates = tuple(sorted(found, key=lambda a: _ALTERNATE_ORDER.index(a.kind)))
            job = (path, name, filename, dataclasses.replace(options, alternates=alternates))
        out.append(job)
    return out


def _build(args: argparse.Namespace, stderr: Console) -> int:
    names = (
        registry.available()
        if args.format == "all"
        else tuple(n.strip() for n in args.format.split(",") if n.strip())
    )
    renderer_list = [(name, registry.get(name)) for name in names]
    inputs = list(_inputs(args.inputs))
    if not inputs:
        raise ReadError("No notices (*.md) found in: " + ", ".join(args.inputs))
    jobs = [
        (path, name, filename, options)
        for path in inputs
        for name, renderer in renderer_list
        for filename, options in _outputs(renderer, args.variant)
    ]
    jobs = _link_alternates(jobs)
    out_root = Path(args.out)
    failures = 0
    started = time.perf_counter()
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=stderr, transient=False, disable=not stderr.is_terminal,
    ) as progress:  # fmt: skip
        task = progress.add_task("building", total=len(jobs))
        documents: dict[Path, Document] = {}
        for path, name, filename, options in jobs:
            target = out_root / path.stem / filename
            progress.update(task, description=f"{path.name} → {filename}")
            try:
                if path not in documents:
                    documents[path] = read(path)
                doc = documents[path]
                artifact = render(doc, name, out=target, options=options, strict=args.strict)
            except PubkitError as exc:
                failures += 1
                # escape: a message's "![description](a.png)" is not rich markup
                stderr.print(f"[red]✗[/] {path} → {filename}: {escape(str(exc))}", markup=True)
            else:
                stderr.print(f"[green]✓[/] {escape(str(target))}", markup=True, highlight=False)
                if "summary.fidelity" in artifact.info:
                    from pubkit.renderers.summary import summary_report

                    stderr.print(
                        f"  {summary_report(artifact.info)}", highlight=False, soft_wrap=True
                    )
            progress.advance(task)
    elapsed = time.perf_counter() - started
    stderr.print(f"{len(jobs) - failures} of {len(jobs)} file(s) written in {elapsed:.1f} s.")
    return EXIT_ISSUES if failures else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
