"""Check sources and finished files: pubkit's own rules and the validators the field trusts.

One entry point for city apps and their CI::

    from pubkit.audit import check_file, check_paths
    report = check_file("out/notice.pdf")             # pubkit's PDF rules + veraPDF
    for finding in report.findings:
        print(finding)  # out/notice.pdf: error PDF005 [pubkit] at page 2: A figure has no …

Per file, by suffix: sources (``.md``, ``.txt``, ``.json``, ``.docx``) get the document
checks; ``.pdf`` pubkit's PDF rules and veraPDF; ``.epub`` pubkit's EPUB rules, EPUBCheck
and Ace; ``.html``/``.htm``/``.xhtml`` pubkit's page rules and axe-core; ``.mp3`` the audio
rules. An HTML file is checked as a published page (CMS exports are sources only when
built). Validators that are not installed become ``TOOL-MISSING`` findings.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from pubkit.audit.config import CheckConfig, Ignore, load_config
from pubkit.audit.findings import FileReport, Finding, Severity, at_or_above
from pubkit.errors import PubkitError, ReadError
from pubkit.i18n import _, document_language

__all__ = [
    "KINDS",
    "CheckConfig",
    "FileReport",
    "Finding",
    "check_file",
    "check_paths",
    "failed",
    "kind_of",
    "load_config",
]

KINDS: dict[str, str] = {
    ".md": "source",
    ".markdown": "source",
    ".txt": "source",
    ".json": "source",
    ".docx": "source",
    ".pdf": "pdf",
    ".epub": "epub",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".mp3": "audio",
}
_SKIP_NAMES = ("readme", "changelog", "license")
# Codes whose messages come from the gettext catalogues (pubkit.i18n): the document checks
# and every plain-language finding (PL000-PL099, PLF…, PLG…).
_TRANSLATED = re.compile(r"[A-Z]{3}\d{3}$|PL\d{3}$")


def kind_of(path: Path) -> str | None:
    """What ``pubkit check`` does with a file, from its suffix (None: not checked)."""
    return KINDS.get(path.suffix.lower())


def _source_findings(path: Path, *, plain_language: bool) -> list[Finding]:
    from pubkit.pipeline import Build

    file = str(path)
    try:
        build = Build.read(path)
        issues = list(build.issues)
    except ReadError as exc:
        # the Markdown, text and front-matter readers speak the chosen or the locale's language
        return [Finding(file=file, rule="READ", severity="error", message=str(exc), tool="pubkit")]
    if plain_language:
        from pubkit.plain import check_plain_language

        issues += check_plain_language(build.document)
    # the checks and the plain-language findings (figures, rules, fidelity) speak the
    # document's language
    lang = document_language(build.document.metadata.language)
    return [
        Finding(
            file=file,
            rule=issue.code,
            severity=issue.severity,
            message=issue.message,
            tool="pubkit",
            location=issue.where,
            line=issue.line,
            lang=lang if _TRANSLATED.match(issue.code) else "en",
        )
        for issue in issues
    ]


def check_file(
    path: str | os.PathLike[str],
    *,
    external: bool = True,
    config: CheckConfig | None = None,
    plain_language: bool = False,
) -> FileReport:
    """Every finding for one file: pubkit's own rules, then the validators for its kind.

    ``external=False`` runs pubkit's own rules only (no Java, no browser).
    Raises :class:`ReadError` for a file of a kind pubkit does not check.
    """
    file = Path(path)
    settings = config or CheckConfig()
    kind = kind_of(file)
    if kind is None:
        raise ReadError(
            _('Cannot tell how to check "{file}": pubkit checks {kinds} files.').format(
                file=file, kinds=", ".join(sorted(KINDS))
            )
        )
    if not file.exists():
        raise ReadError(_('No such file: "{file}".').format(file=file))
    if not file.is_file():
        raise ReadError(
            _(
                '"{file}" is not a regular file (a FIFO, device or socket): pubkit checks only '
                "regular files."
            ).format(file=file)
        )
    found: list[Finding] = []
    tools = ["pubkit"]
    if kind == "source":
        found += _source_findings(file, plain_language=plain_language)
    elif kind == "pdf":
        from pubkit.audit.pdf import check_pdf

        found += check_pdf(file)
    elif kind == "epub":
        from pubkit.audit.epub import check_epub

        found += check_epub(file)
    elif kind == "html":
        from pubkit.audit.html import check_markup

        text = file.read_text(encoding="utf-8", errors="replace")
        found += check_markup(text, file=str(file), page=True)
    elif kind == "audio":
        from pubkit.audit.audio import check_audio

        found += check_audio(file)
    if external and kind not in ("source", "audio"):
        from pubkit.audit.external import run_external

        more, ran = run_external(
            file, kind, pdf_profiles=settings.pdf_profiles, require=settings.require
        )
        found += more
        tools += ran
    kept, ignored = _apply_ignores(found, settings.ignores)
    return FileReport(
        file=str(file), kind=kind, findings=tuple(kept), tools=tuple(tools), ignored=tuple(ignored)
    )


def _apply_ignores(
    found: Sequence[Finding], ignores: Sequence[Ignore]
) -> tuple[list[Finding], list[Finding]]:
    kept: list[Finding] = []
    ignored: list[Finding] = []
    for finding in found:
        (ignored if any(i.matches(finding) for i in ignores) else kept).append(finding)
    return kept, ignored


def expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files named, and in folders (recursively) every file of a kind pubkit checks."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    not child.is_dir()  # a FIFO is reported, not skipped or opened
                    and kind_of(child) is not None
                    # in a folder, .json files are outputs (timing maps), not pubkit JSON sources
                    and child.suffix.lower() != ".json"
                    and not child.name.lower().startswith(_SKIP_NAMES)
                    and not any(part.startswith(".") for part in child.relative_to(path).parts)
                ):
                    yield child
        elif path.exists():
            if kind_of(path) is None:
                raise ReadError(
                    _('Cannot tell how to check "{file}": pubkit checks {kinds} files.').format(
                        file=path, kinds=", ".join(sorted(KINDS))
                    )
                )
            yield path
        else:
            raise ReadError(_('No such file or folder: "{name}".').format(name=name))


def check_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    external: bool = True,
    config: CheckConfig | None = None,
    plain_language: bool = False,
) -> list[FileReport]:
    """:func:`check_file` for every file named or found in the folders named."""
    reports: list[FileReport] = []
    for path in expand(paths):
        try:
            reports.append(
                check_file(path, external=external, config=config, plain_language=plain_language)
            )
        except PubkitError as exc:
            finding = Finding(
                file=str(path), rule="READ", severity="error", message=str(exc), tool="pubkit"
            )
            reports.append(
                FileReport(
                    file=str(path),
                    kind=kind_of(path) or "?",
                    findings=(finding,),
                    tools=("pubkit",),
                )
            )
    return reports


def failed(reports: Iterable[FileReport], threshold: Severity = "error") -> bool:
    """Whether any finding is at or above ``threshold``."""
    return any(at_or_above(f.severity, threshold) for r in reports for f in r.findings)
