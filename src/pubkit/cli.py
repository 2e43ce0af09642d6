"""The ``pubkit`` command: ``build``, ``check``, ``validators``, ``speech-text`` and ``formats``.

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

from pubkit.errors import PubkitError, ReadError
from pubkit.io import check_output_folder, output_path, shown
from pubkit.pipeline import Build, formats, plan
from pubkit.renderers import registry

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
        stderr.print(f"[bold red]error:[/] {shown(exc)}", markup=True, soft_wrap=True)
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

    chk = sub.add_parser(
        "check",
        help="check notices and finished files (PDF, EPUB, HTML, MP3) with pubkit's rules "
        "and the installed validators",
    )
    from pubkit.audit.command import add_arguments

    add_arguments(chk)
    chk.set_defaults(run=_check)

    tools = sub.add_parser(
        "validators", help="install the external validators or show where they are"
    )
    tools_sub = tools.add_subparsers(required=True, metavar="ACTION")
    install = tools_sub.add_parser(
        "install",
        help="install veraPDF, EPUBCheck (Maven Central), axe-core and Ace (npm), pinned",
    )
    install.add_argument("--home", help="folder to install into (default: see 'status')")
    install.set_defaults(run=_validators_install)
    status = tools_sub.add_parser("status", help="where each validator is and its version")
    status.set_defaults(run=_validators_status)

    speech = sub.add_parser(
        "speech-text",
        help="print what the audio will say beside the written text, changes marked",
    )
    speech.add_argument("inputs", nargs="+", metavar="NOTICE", help="Markdown files or folders")
    speech.add_argument(
        "--changes-only", action="store_true", help="print only the sentences said differently"
    )
    speech.add_argument("--json", action="store_true", help="print the sentences as JSON")
    speech.set_defaults(run=_speech_text)

    formats = sub.add_parser("formats", help="list the installed renderers")
    formats.set_defaults(run=_formats)
    return parser


def _inputs(names: Sequence[str]) -> Iterator[Path]:
    for name in names:
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if (
                    child.suffix.lower() in _NOTICE_SUFFIXES
                    and not child.name.lower().startswith(_SKIP)
                    and not child.is_dir()
                ):
                    yield child
        elif path.exists():
            yield path
        else:
            raise ReadError(f'No such file or folder: "{name}".')


def _speech_text(args: argparse.Namespace, stderr: Console) -> int:
    from pubkit.writers.speech.review import format_review, review  # num2words only when asked

    paths = list(_inputs(args.inputs))
    payload: dict[str, list[dict[str, object]]] = {}
    for path in paths:
        lines = review(Build.read(path).document)  # what the speech renderer is given
        if args.json:
            payload[str(path)] = [asdict(line) for line in lines]
            continue
        if len(paths) > 1:
            print(f"== {path}")
        print(format_review(lines, changes_only=args.changes_only))
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    return EXIT_OK


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


def _check(args: argparse.Namespace, stderr: Console) -> int:
    from pubkit.audit.command import run

    return run(args, stderr)


def _validators_install(args: argparse.Namespace, stderr: Console) -> int:
    from pubkit.validators.install import install

    install(Path(args.home) if args.home else None, say=lambda t: print(f"[validators] {t}"))
    return EXIT_OK


def _validators_status(args: argparse.Namespace, stderr: Console) -> int:
    from pubkit.validators import ValidatorUnavailable, validators_home
    from pubkit.validators.ace import find_ace
    from pubkit.validators.axe import find_axe_runner
    from pubkit.validators.epubcheck import find_epubcheck
    from pubkit.validators.verapdf import find_verapdf

    home = validators_home()
    versions_file = home / "versions.json"
    versions = (
        json.loads(versions_file.read_text(encoding="utf-8")) if versions_file.is_file() else {}
    )
    print(f"home: {home}")
    missing = 0
    finders = {
        "verapdf": (find_verapdf, "verapdf"),
        "epubcheck": (find_epubcheck, "epubcheck"),
        "axe": (find_axe_runner, "axe-core"),
        "ace": (find_ace, "@daisy/ace-cli"),
    }
    for name, (finder, key) in finders.items():
        try:
            where = finder()
        except ValidatorUnavailable as exc:
            missing += 1
            print(f"{name:10} missing: {exc}")
            continue
        location = " ".join(map(str, where)) if isinstance(where, list) else str(where)
        print(f"{name:10} {versions.get(key, '?'):10} {location}")
    return EXIT_ISSUES if missing else EXIT_OK


def _build(args: argparse.Namespace, stderr: Console) -> int:
    names = None if args.format == "all" else [n.strip() for n in args.format.split(",")]
    outputs = plan([n for n in names if n] if names else None, variant=args.variant)
    inputs = list(_inputs(args.inputs))
    if not inputs:
        raise ReadError("No notices (*.md) found in: " + ", ".join(args.inputs))
    check_output_folder(args.out)  # --out naming a file is an error before any work
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
            progress.update(task, description=shown(path.name))
            try:
                build = Build.read(path)
            except PubkitError as exc:
                failures += len(outputs)
                stderr.print(f"[red]✗[/] {shown(path)}: {shown(exc)}", markup=True)
                progress.advance(task, len(outputs))
                continue
            reported = False
            for result in build.write(
                output_path(out_root, path.stem), outputs, strict=args.strict
            ):
                name = result.output.file_name
                if result.error is not None:
                    failures += 1
                    stderr.print(
                        f"[red]✗[/] {shown(path)} → {shown(name)}: {shown(result.error)}",
                        markup=True,
                    )
                else:
                    stderr.print(
                        f"[green]✓[/] {shown(result.paths[0])}", markup=True, highlight=False
                    )
                    if result.output.source == "plain" and not reported:
                        from pubkit.plain.report import summary_report

                        reported = True
                        stderr.print(
                            f"  {shown(summary_report(build.plain_info))}",
                            highlight=False,
                            soft_wrap=True,
                        )
                progress.advance(task)
    elapsed = time.perf_counter() - started
    stderr.print(f"{total - failures} of {total} file(s) written in {elapsed:.1f} s.")
    return EXIT_ISSUES if failures else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
