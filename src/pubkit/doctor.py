"""``pubkit doctor``: what each format needs, what of it this machine has, and the exact fix.

The report has one line per thing checked (:class:`Check`): the formats ``pubkit build``
makes, the renderers found by name, the Python packages of each extra, the system libraries
(pango and the rest for WeasyPrint, espeak-ng), espeak-ng's voices for German and English,
the MP3 encoder, the fonts the PDF stylesheet names, the validators of ``pubkit check`` and
the versions of the engines. A check that fails says the command that fixes it.

The exit code is 0 when everything the default formats (``pubkit build`` without
``--format``) need is here, 1 otherwise; the validators and Ogg/Opus are optional and never
change it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from pubkit import availability
from pubkit.availability import DISTRIBUTION, apt_command, install_command
from pubkit.errors import PubkitError
from pubkit.i18n import N_, _, ngettext

__all__ = ["Check", "Report", "diagnose", "format_report", "version", "version_line"]

Section = Literal[
    "formats", "renderers", "python", "system", "speech", "fonts", "validators", "versions"
]

TITLES: dict[str, str] = {
    "formats": N_("Formats (what 'pubkit build' without --format makes)"),
    "renderers": N_("Renderers (found by name)"),
    "python": N_("Python packages (pip extras)"),
    "system": N_("System libraries"),
    "speech": N_("Speech (espeak-ng)"),
    "fonts": N_("Fonts named by the PDF stylesheet"),
    "validators": N_("Validators for 'pubkit check' (optional)"),
    "versions": N_("Versions"),
}
"""The report's section titles in English; :func:`format_report` translates them."""

DISTRIBUTIONS: dict[str, str] = {
    # import name: distribution name, for the version
    "weasyprint": "weasyprint",
    "pikepdf": "pikepdf",
    "ebooklib": "EbookLib",
    "lxml": "lxml",
    "pyttsx3": "pyttsx3",
    "lameenc": "lameenc",
    "mutagen": "mutagen",
    "num2words": "num2words",
    "HanTa": "HanTa",
    "numpy": "numpy",
    "wordfreq": "wordfreq",
    "python-docx": "python-docx",
}

FONT_PACKAGES: dict[str, str] = {
    # family named in pdf.css: the Debian package that installs it
    "Noto Sans": "fonts-noto-core",
    "Noto Sans Arabic": "fonts-noto-core",
    "Noto Sans Hebrew": "fonts-noto-core",
    "Noto Sans Symbols": "fonts-noto-core",
    "Noto Sans Symbols2": "fonts-noto-core",
    "Noto Sans Math": "fonts-noto-core",
    "Noto Sans Mono": "fonts-noto-mono",
    "DejaVu Sans": "fonts-dejavu-core",
    "DejaVu Sans Mono": "fonts-dejavu-core",
    "Symbola": "fonts-symbola",
}

GENERIC_FAMILIES = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"}


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the report."""

    section: Section
    name: str
    ok: bool
    detail: str = ""
    fix: str = ""
    """The exact command that fixes it (empty when ok)."""
    required: bool = True
    """False: optional (validators, Ogg/Opus, a fallback font); never changes the exit code."""


@dataclass(slots=True)
class Report:
    version: str
    checks: list[Check] = field(default_factory=list)

    @property
    def problems(self) -> list[Check]:
        return [c for c in self.checks if c.required and not c.ok]

    @property
    def ok(self) -> bool:
        """Everything the default formats need is here."""
        return not self.problems

    def fixes(self) -> list[str]:
        """The commands that fix every problem, merged: one pip, one apt-get."""
        pip = [c.fix for c in self.problems if c.fix.startswith("pip ")]
        extras = sorted({x for f in pip for x in re.findall(r"\[([^\]]+)\]", f)})
        extras = sorted({x for e in extras for x in e.split(",")})
        debian = [
            p for c in self.problems if c.fix.startswith("apt-get ") for p in c.fix.split()[2:]
        ]
        merged = [install_command(",".join(extras))] if extras else []
        merged += [apt_command(*dict.fromkeys(debian))] if debian else []
        others = [
            c.fix for c in self.problems if c.fix and not c.fix.startswith(("pip ", "apt-get "))
        ]
        return merged + list(dict.fromkeys(others))

    def as_json(self) -> dict[str, object]:
        return {
            "schema": "pubkit-doctor/1",
            "version": self.version,
            "distribution": DISTRIBUTION,
            "pubkit": version(),
            "python": ".".join(str(p) for p in sys.version_info[:3]),
            "ok": self.ok,
            "checks": [asdict(c) for c in self.checks],
            "fixes": self.fixes(),
        }


# -- version ----------------------------------------------------------------------------------


def version() -> str:
    """The installed version of pubkit-a11y (from its metadata; from pyproject.toml in a
    source checkout that is not installed)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version(DISTRIBUTION)
    except PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    try:
        import tomllib

        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        return f"{project['version']} (source checkout, not installed)"
    except (OSError, KeyError, ValueError):
        return "unknown (not installed)"


def version_line() -> str:
    """``pubkit-a11y 0.1.0 (import pubkit) · Python 3.11.7 (/usr/bin/python3)``."""
    python = ".".join(str(p) for p in sys.version_info[:3])
    return _("{distribution} {version} (import pubkit) · Python {python} ({executable})").format(
        distribution=DISTRIBUTION, version=version(), python=python, executable=sys.executable
    )


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version(DISTRIBUTIONS.get(name, name))
    except PackageNotFoundError:
        return ""


# -- the checks -------------------------------------------------------------------------------


def diagnose() -> Report:
    """Check everything; never raises for something missing (that is what it reports)."""
    report = Report(version=version_line())
    report.checks += _formats()
    report.checks += _renderers()
    report.checks += _python()
    report.checks += _system()
    report.checks += _speech()
    report.checks += _fonts()
    report.checks += _validators()
    report.checks += _versions()
    return report


def _formats() -> list[Check]:
    from pubkit.pipeline import plan

    full = plan()
    files: dict[str, list[str]] = {}
    for output in full:
        files.setdefault(output.format, []).append(output.file_name)
    checks = [Check("formats", fmt, True, ", ".join(names)) for fmt, names in files.items()]
    for item in full.skipped:
        name = f"{item.format} ({item.file_name})" if item.file_name else item.format
        checks.append(Check("formats", name, False, item.reason, " && ".join(item.fixes)))
    return checks


def _renderers() -> list[Check]:
    from pubkit.renderers import registry

    checks = []
    for name in registry.available():
        try:
            renderer = registry.get(name)  # the real import: proves the engine loads
        except PubkitError as exc:
            lost = availability.renderer_skipped(name)
            if lost:  # known parts missing: say which, briefly (the formats above say the rest)
                detail, fix = lost[0].reason, " && ".join(lost[0].fixes)
            else:
                detail, fix = str(exc), _fix_in(str(exc))
            checks.append(Check("renderers", name, False, detail, fix))
            continue
        module = type(renderer).__module__
        checks.append(Check("renderers", name, True, f"{renderer.media_type} ({module})"))
    return checks


def _fix_in(message: str) -> str:
    """The install command a message ends with (``Install it: …``)."""
    match = re.search(r"((?:pip|apt-get) install [^()]+?)(?: \(|\.?$)", message)
    return match.group(1).strip() if match else ""


def _python() -> list[Check]:
    checks = []
    for part_name in availability.PARTS:
        part = availability.part(part_name)
        for need in part.needs:
            if need.kind != "python":
                continue
            found = _dist_version(need.name) if need.found else ""
            detail = (
                f"{found} [{part_name}]"
                if need.found
                else _("for [{extra}]").format(extra=part_name)
            )
            required = part_name != "word"  # Word files are input, not a format
            checks.append(
                Check(
                    "python",
                    need.name,
                    need.found,
                    detail,
                    "" if need.found else need.fix,
                    required,
                )
            )
    return checks


def _system() -> list[Check]:
    checks = []
    for part_name in ("pdf", "speech"):
        for need in availability.part(part_name).needs:
            if need.kind != "library":
                continue
            checks.append(
                Check(
                    "system",
                    need.name,
                    need.found,
                    _("{file} (for {part})").format(file=need.detail, part=part_name),
                    "" if need.found else need.fix,
                )
            )
    opus = availability._library("opus")
    checks.append(
        Check(
            "system",
            "opus",
            opus is not None,
            _("{file} (for speech as Ogg/Opus, optional)").format(file=opus or "libopus"),
            "" if opus else apt_command("libopus0"),
            required=False,
        )
    )
    return checks


def _espeak_version(program: str) -> str:
    try:
        done = subprocess.run(
            [program, "--version"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    match = re.search(r"text-to-speech:\s*(\S+)", done.stdout)
    return match.group(1) if match else ""


def _speech() -> list[Check]:
    checks = []
    program = shutil.which("espeak-ng")
    detail = f"{program} {_espeak_version(program)}".strip() if program else "espeak-ng"
    checks.append(
        Check(
            "speech",
            "espeak-ng program",
            program is not None,
            _('{program} (for SpeechOptions(engine="espeak-ng"))').format(program=detail),
            "" if program else apt_command("espeak-ng"),
            required=False,  # the default engine uses the library
        )
    )
    data = availability.espeak_data()
    for language in availability.VOICE_LANGUAGES:
        found = availability.voice_found(data, language)
        where = f"{data}/lang/*/{language}, {language}_dict" if data else "espeak-ng-data"
        checks.append(
            Check(
                "speech",
                f"voice {language}",
                found,
                where,
                "" if found else apt_command("espeak-ng-data"),
            )
        )
    lame = _dist_version("lameenc")
    checks.append(
        Check(
            "speech",
            "MP3 encoder",
            bool(lame),
            f"lameenc {lame} (LAME)" if lame else _("lameenc (LAME, in the speech extra)"),
            "" if lame else install_command("speech"),
        )
    )
    return checks


def _stylesheet_families() -> list[list[str]]:
    """The font-family stacks of the PDF stylesheets, each a list of family names."""
    from importlib.resources import files

    stacks: list[list[str]] = []
    css = files("pubkit.renderers") / "css"
    for name in ("pdf.css", "pdf-large-print.css"):
        text = (css / name).read_text(encoding="utf-8")
        for value in re.findall(r"font-family:\s*([^;}]+)", text):
            stack = [f.strip().strip("\"'") for f in value.split(",")]
            stack = [f for f in stack if f and f not in GENERIC_FAMILIES]
            if stack and stack not in stacks:
                stacks.append(stack)
    return stacks


def installed_families() -> set[str] | None:
    """The font families fontconfig knows (``fc-list``); None without fc-list."""
    program = shutil.which("fc-list")
    if program is None:
        return None
    try:
        done = subprocess.run(
            [program, ":", "family"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return {name.strip() for line in done.stdout.splitlines() for name in line.split(",")}


def _fonts() -> list[Check]:
    families = installed_families()
    if families is None:
        return [
            Check(
                "fonts",
                "fc-list",
                False,
                _("fontconfig's fc-list is not installed: the fonts cannot be listed"),
                apt_command("fontconfig"),
                required=availability.part("pdf").usable,
            )
        ]
    checks = []
    stacks = _stylesheet_families()
    named = list(dict.fromkeys(f for stack in stacks for f in stack))
    for family in named:
        found = family in families
        package = FONT_PACKAGES.get(family, "")
        checks.append(
            Check(
                "fonts",
                family,
                found,
                _("installed") if found else _("not installed (the next font of the list is used)"),
                "" if found or not package else apt_command(package),
                required=False,  # the next font of the list is used; "body text" below is not
            )
        )
    if stacks and not any(f in families for f in stacks[0]):
        checks.append(
            Check(
                "fonts",
                "body text",
                False,
                _("none of {fonts} is installed").format(fonts=", ".join(stacks[0])),
                apt_command("fonts-noto-core", "fonts-dejavu-core"),
                required=availability.part("pdf").usable,
            )
        )
    return checks


def _validators() -> list[Check]:
    from pubkit.validators import ValidatorUnavailable, validators_home
    from pubkit.validators.ace import find_ace
    from pubkit.validators.axe import find_axe_runner
    from pubkit.validators.epubcheck import find_epubcheck
    from pubkit.validators.verapdf import find_verapdf

    home = validators_home()
    versions_file = home / "versions.json"
    try:
        versions = json.loads(versions_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        versions = {}
    finders = {
        "verapdf": (find_verapdf, "verapdf"),
        "epubcheck": (find_epubcheck, "epubcheck"),
        "axe": (find_axe_runner, "axe-core"),
        "ace": (find_ace, "@daisy/ace-cli"),
    }
    checks = []
    for name, (finder, key) in finders.items():
        try:
            where = finder()
        except ValidatorUnavailable as exc:
            checks.append(
                Check("validators", name, False, str(exc), "pubkit validators install", False)
            )
            continue
        location = " ".join(map(str, where)) if isinstance(where, list) else str(where)
        checks.append(
            Check("validators", name, True, f"{versions.get(key, '?')} {location}", required=False)
        )
    return checks


def _versions() -> list[Check]:
    checks = []
    for name in ("weasyprint", "ebooklib", "pyttsx3"):
        found = _dist_version(name)
        checks.append(
            Check("versions", name, bool(found), found or _("not installed"), required=False)
        )
    pango = _pango_version()
    checks.append(
        Check("versions", "pango", bool(pango), pango or _("not loadable"), required=False)
    )
    program = shutil.which("espeak-ng")
    espeak = _espeak_version(program) if program else ""
    checks.append(
        Check(
            "versions", "espeak-ng", bool(espeak), espeak or _("program not found"), required=False
        )
    )
    return checks


def _pango_version() -> str:
    """Pango's version as WeasyPrint loads it (only when WeasyPrint can be imported)."""
    if not availability.part("pdf").usable:
        return ""
    try:
        from weasyprint.text.ffi import pango
    except (ImportError, OSError):
        return ""
    number = int(pango.pango_version())  # major * 10000 + minor * 100 + micro
    return f"{number // 10000}.{number // 100 % 100}.{number % 100}"


# -- the text report --------------------------------------------------------------------------


def _shown_name(check: Check) -> str:
    """A check's name as the text report shows it (the JSON keeps the English name)."""
    if check.name.startswith("voice "):
        return _("voice {language}").format(language=check.name.removeprefix("voice "))
    words = {
        "espeak-ng program": _("espeak-ng program"),
        "MP3 encoder": _("MP3 encoder"),
        "body text": _("body text"),
    }
    return words.get(check.name, check.name)


def format_report(report: Report) -> str:
    """The report as text, in the active language (``pubkit --lang de doctor``): one line per
    check, the fix under each problem."""
    ok, missing, absent = _("ok"), _("MISSING"), _("absent")
    width = max(8, len(ok), len(missing), len(absent))
    lines = [report.version]
    for section, title in TITLES.items():
        checks = [c for c in report.checks if c.section == section]
        if not checks:
            continue
        lines += ["", _(title)]
        for check in checks:
            mark = ok if check.ok else (missing if check.required else absent)
            lines.append(f"  {mark:{width}} {_shown_name(check):22} {check.detail}".rstrip())
            if check.fix and not check.ok:
                fix = _("fix: {command}").format(command=check.fix)
                lines.append(f"  {'':{width}} {'':22} {fix}")
    lines.append("")
    if report.ok:
        lines.append(_("Everything the default formats need is here."))
    else:
        count = len(report.problems)
        names = ", ".join(f"{_shown_name(c)} ({c.section})" for c in report.problems)
        lines.append(
            ngettext("{count} problem: {names}", "{count} problems: {names}", count).format(
                count=count, names=names
            )
        )
        lines.append(_("To fix them all:"))
        lines += [f"  {fix}" for fix in report.fixes()]
    if not any(c.ok for c in report.checks if c.section == "validators"):
        lines.append(_("Validators: pubkit validators install (needs Java and Node; optional)"))
    return "\n".join(lines)
