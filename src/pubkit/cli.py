"""The ``pubkit`` command: ``build``, ``check``, ``validators``, ``speech-text`` and ``formats``.

Exit codes: 0 success, 1 the documents have errors (or a build failed), 2 bad usage or
unreadable input.

``pubkit build`` without ``--format`` makes every format this machine can make and lists the
others as skipped, each with the command that installs what it needs (exit 0 when the build
succeeded); a format asked for by name with ``--format`` that cannot be made here is an error
naming that command (exit 2), before anything is built. ``pubkit doctor`` exits 1 when
something the default formats need is missing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

from pubkit import classcache
from pubkit.errors import PubkitError, ReadError
from pubkit.i18n import LANGUAGES, _, choose, ngettext

if TYPE_CHECKING:  # rich, the reader and the renderers load only for the command that uses them
    from rich.console import Console

    from pubkit.availability import Skipped
    from pubkit.batch import BatchBuild

__all__ = ["main"]

EXIT_OK, EXIT_ISSUES, EXIT_USAGE = 0, 1, 2
_SKIP = ("readme",)
_NOTICE_SUFFIXES = (".md", ".docx", ".html", ".htm")  # what a folder of notices holds


def main(argv: Sequence[str] | None = None) -> int:
    classcache.install()  # before the modules that define dataclasses are imported
    _early_language(argv)  # before the parser is made, so that --help speaks it too
    parser = _parser()
    _language_argument(parser)
    args = parser.parse_args(argv)
    if args.lang:  # every message, findings about documents too (else PUBKIT_LANG, if set)
        choose(args.lang)
    stderr = _stderr(args)
    try:
        code: int = args.run(args, stderr)
    except PubkitError as exc:
        from pubkit.io import shown  # the message as written, never as markup

        label = shown(_("error:"))
        stderr.print(f"[bold red]{label}[/] {shown(exc)}", markup=True, soft_wrap=True)
        return EXIT_USAGE
    return code


def _stderr(args: argparse.Namespace) -> Console:
    """rich on a terminal; for a build into a log or a pipe, the same text without rich."""
    import os

    terminal = sys.stderr.isatty() or bool(os.environ.get("FORCE_COLOR"))
    if args.run is _build and not args.watch and not terminal:
        from pubkit.textout import PlainConsole

        return cast("Console", PlainConsole())
    from rich.console import Console

    return Console(stderr=True, highlight=False, emoji=False)  # ":x:" in a name stays as written


def _language_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=("de", "en"), default=None,
        help=_("language of messages and findings (default: findings in each document's "
        "language, other messages in the locale's: LANGUAGE, LC_ALL, LC_MESSAGES, LANG; else en)"),
    )  # fmt: skip


def _early_language(argv: Sequence[str] | None) -> None:
    """Choose ``--lang`` before the parser is built: its help texts are translated when made."""
    early = argparse.ArgumentParser(prog="pubkit", add_help=False, allow_abbrev=False)
    early.add_argument("--lang", choices=LANGUAGES, default=None)
    known = early.parse_known_args(argv)[0]
    if known.lang:
        choose(known.lang)


class _Formatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse with its own words in the active language too: "usage:", the titles of the
    sections, -h and "error:" (the texts of argparse's error messages stay English)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        add_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False  # added below, with its help text translated
        super().__init__(*args, **kwargs)
        self._deferred: list[Callable[[argparse.ArgumentParser], None]] = []
        self._positionals.title = _("positional arguments")
        self._optionals.title = _("options")
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS,
                help=_("show this help message and exit"),
            )  # fmt: skip

    def defer(self, add: Callable[[argparse.ArgumentParser], None]) -> None:
        """Add this command's options only when it is chosen (``pubkit check`` needs
        pubkit.audit and tomllib for them, which no other command loads)."""
        self._deferred.append(add)

    def parse_known_args(  # type: ignore[override]  # same call, typeshed's overloads aside
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        deferred, self._deferred = self._deferred, []
        for add in deferred:
            add(self)
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(
            EXIT_USAGE, _("{prog}: error: {message}").format(prog=self.prog, message=message) + "\n"
        )


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="pubkit",
        description=_("Publish a notice as accessible HTML, PDF, EPUB, plain language and speech."),
    )
    parser.add_argument(
        "--version", action=_Version, help=_("print the version of pubkit and of Python, and exit")
    )
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    build = sub.add_parser("build", help=_("render notices into every format (or those chosen)"))
    build.add_argument("inputs", nargs="+", metavar="INPUT", help=_("Markdown files or folders"))
    build.add_argument(
        "-f", "--format", action="append",  # -f html -f pdf is -f html,pdf
        help=_("comma-separated renderer names (default: all installed; see 'pubkit formats')"),
    )  # fmt: skip
    build.add_argument("-o", "--out", default="out", help=_("output folder (default: out)"))
    build.add_argument(
        "--variant",
        metavar="NAME",
        help=_(
            "only the outputs of this variant where a format has variants "
            "(pdf: standard, large-print); default: all of them"
        ),
    )
    build.add_argument(
        "--no-strict", dest="strict", action="store_false",
        help=_("render even when the checks find errors"),
    )  # fmt: skip
    _batch_arguments(build)
    _config_arguments(build)
    build.set_defaults(run=_build)

    cache = sub.add_parser("cache", help=_("show or empty the build cache"))
    cache.add_argument("action", choices=("info", "clean"))
    cache.add_argument("--cache-dir", metavar="DIR", help=_("cache folder (default: see 'info')"))
    cache.add_argument(
        "--speech-cache-dir", metavar="DIR",
        help=_("sentence audio cache folder (default: $PUBKIT_SPEECH_CACHE or ~/.cache/pubkit/"
        "speech; left alone when only --cache-dir is given)"),
    )  # fmt: skip
    cache.set_defaults(run=_cache)

    chk = sub.add_parser(
        "check",
        help=_(
            "check notices and finished files (PDF, EPUB, HTML, MP3) with pubkit's rules "
            "and the installed validators"
        ),
    )
    if isinstance(chk, _Parser):
        chk.defer(_check_arguments)
    else:
        _check_arguments(chk)
    chk.set_defaults(run=_check)

    tools = sub.add_parser(
        "validators", help=_("install the external validators or show where they are")
    )
    tools_sub = tools.add_subparsers(required=True, metavar="ACTION")
    install = tools_sub.add_parser(
        "install",
        help=_("install veraPDF, EPUBCheck (Maven Central), axe-core and Ace (npm), pinned"),
    )
    install.add_argument("--home", help=_("folder to install into (default: see 'status')"))
    install.set_defaults(run=_validators_install)
    status = tools_sub.add_parser("status", help=_("where each validator is and its version"))
    status.set_defaults(run=_validators_status)

    speech = sub.add_parser(
        "speech-text",
        help=_("print what the audio will say beside the written text, changes marked"),
    )
    speech.add_argument("inputs", nargs="+", metavar="NOTICE", help=_("Markdown files or folders"))
    speech.add_argument(
        "--changes-only", action="store_true", help=_("print only the sentences said differently")
    )
    speech.add_argument("--json", action="store_true", help=_("print the sentences as JSON"))
    speech.set_defaults(run=_speech_text)

    formats = sub.add_parser(
        "formats",
        help=_("list the formats, which of them this machine can make, and how to add the others"),
    )
    formats.set_defaults(run=_formats)

    doctor = sub.add_parser(
        "doctor",
        help=_(
            "check what each format needs (packages, system libraries, voices, fonts, validators)"
        ),
    )
    doctor.add_argument("--json", action="store_true", help=_("print the report as JSON"))
    doctor.set_defaults(run=_doctor)
    return parser


class _Version(argparse.Action):
    """``--version``: the distribution's version is looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help=str(kwargs.get("help", "")),
        )

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from pubkit.doctor import version_line

        print(version_line())
        parser.exit()


def _doctor(args: argparse.Namespace, stderr: Console) -> int:
    from pubkit.doctor import diagnose, format_report

    report = diagnose()
    if args.json:
        import json

        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return EXIT_OK if report.ok else EXIT_ISSUES


def _report_skipped(skipped: Sequence[Skipped], stderr: Console) -> None:
    """The formats the build left out, each with the commands that install what it needs."""
    for item in skipped:
        what = f"{item.format} ({item.file_name})" if item.file_name else item.format
        line = _("skipped {what}: {reason}").format(what=what, reason=item.reason)
        stderr.print(line, markup=False, highlight=False, soft_wrap=True)
        for fix in item.fixes:
            line = "  " + _("to make it: {command}").format(command=fix)
            stderr.print(line, markup=False, highlight=False, soft_wrap=True)


def _batch_arguments(build: argparse.ArgumentParser) -> None:
    from pubkit.batch import default_jobs

    build.add_argument(
        "-j", "--jobs", type=_positive, default=default_jobs(), metavar="N",
        help=_("render in N processes (default: the number of cores, here %(default)s)"),
    )  # fmt: skip
    build.add_argument(
        "--no-cache", dest="cache", action="store_false",
        help=_("render everything again; do not read or fill the build cache"),
    )  # fmt: skip
    build.add_argument(
        "--cache-dir", metavar="DIR",
        help=_("build cache folder (default: $PUBKIT_CACHE_DIR or ~/.cache/pubkit/build)"),
    )  # fmt: skip
    build.add_argument(
        "--watch", action="store_true",
        help=_("after the build, build each notice again when it (or an image next to it) is saved"),
    )  # fmt: skip
    build.add_argument(
        "--scheduler", metavar="ADDRESS",
        help=_("run the build on a Dask cluster (tcp://host:8786); needs pubkit-a11y[dask]"),
    )  # fmt: skip


def _config_arguments(build: argparse.ArgumentParser) -> None:
    """Flags for the settings of pubkit.config; they win over front matter and project file."""
    from pubkit.config import AUDIO_FORMATS, CONFORMANCES, ENGINES, OUTPUT_NAMES

    group = build.add_argument_group(
        _("settings (over the notice's pubkit: front matter and [tool.pubkit] / pubkit.toml)")
    )
    group.add_argument(
        "--pdf-conformance", choices=CONFORMANCES, help=_("PDF standard (default: pdf/ua-1)")
    )
    group.add_argument(
        "--large-print", action=argparse.BooleanOptionalAction, default=None,
        help=_("also build the large-print PDF (default: yes)"),
    )  # fmt: skip
    group.add_argument("--audio-format", choices=AUDIO_FORMATS, help=_("audio file (default: mp3)"))
    group.add_argument(
        "--speech-rate", type=int, metavar="WPM", help=_("words per minute (default: 145)")
    )
    group.add_argument(
        "--speech-engine", choices=ENGINES, help=_("speech engine (default: pyttsx3)")
    )
    group.add_argument(
        "--voice", action="append", metavar="LANG=VOICE",
        help=_("voice for a language, e.g. de=gmw/de (repeatable; espeak-ng --voices lists them)"),
    )  # fmt: skip
    group.add_argument(
        "--output-names", choices=OUTPUT_NAMES,
        help=_("name the files by the source file's stem (default), its slug, or notice.*"),
    )  # fmt: skip


def _settings(args: argparse.Namespace) -> tuple[tuple[str, object], ...]:
    """The settings given as flags, by dotted key; checked here, before any work."""
    from pubkit.config import overrides_layer
    from pubkit.errors import ConfigError

    voices: dict[str, str] = {}
    for item in args.voice or ():
        lang, sep, voice = item.partition("=")
        if not sep or not lang.strip() or not voice.strip():
            raise ConfigError(
                _(
                    '--voice "{value}": write the language, "=", and the voice, '
                    "e.g. --voice de=gmw/de."
                ).format(value=item)
            )
        voices[lang.strip()] = voice.strip()
    given = {
        "pdf.conformance": args.pdf_conformance,
        "pdf.large-print": args.large_print,
        "speech.format": args.audio_format,
        "speech.rate": args.speech_rate,
        "speech.engine": args.speech_engine,
        "speech.voices": voices or None,
        "output-names": args.output_names,
    }
    settings = {k: v for k, v in given.items() if v is not None}
    layer = overrides_layer(settings, where=_("command line"))
    return tuple((k, v) for k, (v, _) in sorted(layer.items()))


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(
            _('must be a whole number of processes, 1 or more, not "{text}"').format(text=text)
        )
    return int(text)


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
            raise ReadError(_('No such file or folder: "{name}".').format(name=name))


def _speech_text(args: argparse.Namespace, stderr: Console) -> int:
    from pubkit.pipeline import Build
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
        import json

        print(json.dumps(payload, ensure_ascii=False, indent=2))
    return EXIT_OK


def _formats(args: argparse.Namespace, stderr: Console) -> int:
    from pubkit.pipeline import plan
    from pubkit.renderers import registry

    full = plan()  # what 'pubkit build' without --format makes here, and what it leaves out
    files: dict[str, list[str]] = {}
    for output in full:
        files.setdefault(output.format, []).append(output.file_name)
    usable, unusable = _("usable"), _("not usable")
    width = max(len(usable), len(unusable)) + 1
    indent = " " * 13
    for fmt in sorted(files):
        print(f"{fmt:10} {usable:{width}} {', '.join(files[fmt])}")
        for item in (s for s in full.skipped if s.format == fmt):
            without = _("without {file}: {reason}").format(file=item.file_name, reason=item.reason)
            print(indent + without)
            for fix in item.fixes:
                print(indent + _("to add it: {command}").format(command=fix))
    for item in (s for s in full.skipped if s.format not in files):
        print(f"{item.format:10} {unusable:{width}} {item.reason}")
        for fix in item.fixes:
            print(indent + _("to add it: {command}").format(command=fix))
    print(_("formats for 'pubkit build -f': {formats}").format(formats=", ".join(sorted(files))))
    print(_("renderers: {names}").format(names=", ".join(registry.available())))
    return EXIT_OK


def _check(args: argparse.Namespace, stderr: Console) -> int:
    from pubkit.audit.command import run

    return run(args, stderr)


def _validators_install(args: argparse.Namespace, stderr: Console) -> int:
    from pubkit.validators.install import install

    install(Path(args.home) if args.home else None, say=lambda t: print(f"[validators] {t}"))
    return EXIT_OK


def _validators_status(args: argparse.Namespace, stderr: Console) -> int:
    import json

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
            print(f"{name:10} " + _("missing: {reason}").format(reason=exc))
            continue
        location = " ".join(map(str, where)) if isinstance(where, list) else str(where)
        print(f"{name:10} {versions.get(key, '?'):10} {location}")
    return EXIT_ISSUES if missing else EXIT_OK


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    from pubkit.audit.command import add_arguments

    add_arguments(parser)


def _build(args: argparse.Namespace, stderr: Console) -> int:
    from pubkit.batch import BatchBuild

    asked = [n.strip() for value in args.format or ["all"] for n in value.split(",")]
    names = None if "all" in asked else [n for n in asked if n]
    inputs = list(_inputs(args.inputs))
    if not inputs:
        raise ReadError(
            _("No notices (*.md) found in: {inputs}").format(inputs=", ".join(args.inputs))
        )
    from pubkit.io import check_output_folder

    check_output_folder(args.out)  # --out naming a file is an error before any work
    batch = BatchBuild(
        inputs=inputs,
        out=Path(args.out),
        formats=tuple(n for n in names if n) if names else None,
        variant=args.variant,
        strict=args.strict,
        cache=args.cache,
        cache_dir=args.cache_dir,
        jobs=args.jobs,
        scheduler=args.scheduler,
        settings=_settings(args),
    )
    batch.skipped()  # a format chosen by name that cannot be made: an error before any work
    code = _run_batch(batch, stderr, notices=len(inputs))
    _report_skipped(batch.skipped(), stderr)
    if not args.watch:
        return code
    from pubkit.watch import watch

    return watch(
        batch,
        find=lambda: list(_inputs(args.inputs)),
        run=lambda b: _run_batch(b, stderr, notices=len(b.inputs)),
        stderr=stderr,
    )


def _run_batch(batch: BatchBuild, stderr: Console, *, notices: int) -> int:
    from pubkit.batch import summary, workers_label
    from pubkit.io import shown  # names and messages are shown as written, never as markup

    with _progress(stderr) as progress:
        task = progress.add_task(_("building"), total=None)
        for result, lines in batch.run():
            progress.update(task, total=batch.total_jobs)
            for what, ok, message in lines:
                if ok:
                    stderr.print(f"[green]✓[/] {shown(what)}", markup=True, highlight=False)
                    if message:
                        stderr.print(f"  {shown(message)}", highlight=False, soft_wrap=True)
                else:
                    stderr.print(f"[red]✗[/] {shown(what)}: {shown(message)}", markup=True)
            progress.update(task, description=shown(Path(result.job.path).name))
            progress.advance(task)
    from pubkit.textout import PlainConsole

    if isinstance(stderr, PlainConsole):  # the same table, drawn without rich
        stderr.print(summary(batch, notices=notices, plain=True), markup=False)
    else:
        stderr.print(summary(batch, notices=notices))
    expected = batch.written + batch.failed
    stderr.print(
        _("{written} of {expected} file(s) written in {seconds} s ({workers}).").format(
            written=batch.written,
            expected=expected,
            seconds=f"{batch.seconds:.1f}",
            workers=workers_label(batch),
        ),
        soft_wrap=True,
        highlight=False,
        markup=False,
    )
    return EXIT_ISSUES if batch.failed else EXIT_OK


def _progress(stderr: Console) -> Any:
    """rich's progress bar on a terminal; elsewhere (a log, a pipe) nothing, not even loaded."""
    if not stderr.is_terminal:
        return _NoProgress()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=stderr, transient=True,
    )  # fmt: skip


class _NoProgress:
    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, description: str, **fields: Any) -> int:
        return 0

    def update(self, task: int, **fields: Any) -> None:
        return None

    def advance(self, task: int) -> None:
        return None


def _cache(args: argparse.Namespace, stderr: Console) -> int:
    from pubkit.cache import BuildCache

    store = BuildCache(args.cache_dir)
    if args.action == "clean":
        removed = store.clean()
        print(
            ngettext(
                "removed {count} cached output from {folder}",
                "removed {count} cached outputs from {folder}",
                removed,
            ).format(count=removed, folder=store.folder)
        )
        _speech_cache(args, clean=True)
        return EXIT_OK
    stats = store.stats()
    print(_("folder:  {folder}").format(folder=stats.folder))
    print(_("entries: {count}").format(count=stats.entries))
    size, most = f"{stats.size / 1024**2:.1f}", f"{stats.max_size / 1024**2:.0f}"
    print(_("size:    {size} MiB of at most {most} MiB").format(size=size, most=most))
    _speech_cache(args, clean=False)
    return EXIT_OK


def _speech_cache(args: argparse.Namespace, *, clean: bool) -> None:
    """The sentence audio cache ($PUBKIT_SPEECH_CACHE): shown and emptied with the build
    cache, unless only --cache-dir names another build cache."""
    from pubkit.speech.cache import SpeechCache, default_cache_dir

    if args.cache_dir and not args.speech_cache_dir:
        return
    speech = SpeechCache(Path(args.speech_cache_dir or default_cache_dir()))
    if clean:
        removed = speech.clean()
        print(  # "file(s)": the wording scripts and tests read
            _("removed {count} cached sentence file(s) from {folder}").format(
                count=removed, folder=speech.folder
            )
        )
        return
    files = speech.files()
    size = f"{sum(entry[1] for entry in files) / 1024**2:.1f}"
    most = f"{speech.max_bytes / 1024**2:.0f}"
    print(_("speech:  {folder}").format(folder=speech.folder))
    print(
        "         "
        + _("{count} file(s), {size} MiB of at most {most} MiB").format(  # as scripts read it
            count=len(files), size=size, most=most
        )
    )


if __name__ == "__main__":
    sys.exit(main())
