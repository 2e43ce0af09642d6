"""A draft accessibility statement from check results (EU model statement, BITV 2.0).

``pubkit check out/ --statement erklaerung.md`` writes a draft of the *Erklärung zur
Barrierefreiheit* (or, with ``--statement-lang en``, the English *accessibility
statement*) in the structure of the EU model statement (Implementing Decision (EU)
2018/1523), which BITV 2.0 § 7 and the state laws refer to: compliance status,
non-accessible content with reasons, how the statement was prepared (date, method, tools
and versions), feedback contact and the enforcement procedure. Organisation, contact and
enforcement body come from the project file::

    [tool.pubkit.statement]
    organisation = "Landeshauptstadt Düsseldorf"
    scope = "die Pressemitteilungen unter https://www.duesseldorf.de/medienportal"
    law = "BITV NRW"
    feedback-email = "barrierefreiheit@duesseldorf.de"
    feedback-phone = "0211 89-91234"
    enforcement = "Ombudsstelle für barrierefreie Informationstechnik des Landes NRW"
    enforcement-url = "https://www.mags.nrw/ombudsstelle-barrierefreie-informationstechnik"

The result is pubkit Markdown (so pubkit builds it into every format) and is marked as a
draft: machine checks cannot decide conformance, a person reviews and completes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pubkit.audit.config import ConfigError
from pubkit.audit.findings import FileReport, Finding
from pubkit.i18n import _, ngettext

__all__ = ["StatementConfig", "draft_statement", "load_statement_config"]

Lang = Literal["de", "en"]
_KEYS = (
    "organisation", "scope", "law", "feedback-email", "feedback-phone", "feedback-address",
    "enforcement", "enforcement-url",
)  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementConfig:
    organisation: str = ""
    scope: str = ""
    law: str = ""
    feedback_email: str = ""
    feedback_phone: str = ""
    feedback_address: str = ""
    enforcement: str = ""
    enforcement_url: str = ""


def load_statement_config(path: Path | None) -> StatementConfig:
    """``[tool.pubkit.statement]`` of a pyproject.toml, or ``[statement]`` of pubkit.toml."""
    if path is None or not path.is_file():
        return StatementConfig()
    from pubkit.config import read_project_file

    data: dict[str, Any] = read_project_file(path)
    section = (
        data.get("tool", {}).get("pubkit", {}).get("statement")
        if path.name == "pyproject.toml"
        else data.get("statement")
    )
    if section is None:
        return StatementConfig()
    if not isinstance(section, dict):
        raise ConfigError(_("{path}: the statement settings must be a table.").format(path=path))
    unknown = sorted(set(section) - set(_KEYS))
    if unknown:
        raise ConfigError(
            ngettext(
                "{path}: unknown statement setting {unknown}; known: {known}.",
                "{path}: unknown statement settings {unknown}; known: {known}.",
                len(unknown),
            ).format(path=path, unknown=", ".join(unknown), known=", ".join(_KEYS))
        )
    values = {key.replace("-", "_"): str(value) for key, value in section.items()}
    return StatementConfig(**values)


_TEXT: dict[Lang, dict[str, str]] = {
    "de": {
        "title": "Erklärung zur Barrierefreiheit",
        "draft": "**Entwurf**, von pubkit aus einer maschinellen Prüfung erstellt. Eine Person "
        "muss ihn prüfen, ergänzen und freigeben: Maschinen können nicht entscheiden, ob "
        "Alternativtexte das Richtige sagen, die Lesereihenfolge Sinn ergibt oder ein Text in "
        "Leichter Sprache für seine Leserinnen und Leser verständlich ist.",
        "intro": "{org} ist bemüht, {scope} im Einklang mit {law} barrierefrei zugänglich zu "
        "machen. Diese Erklärung zur Barrierefreiheit gilt für die unten genannten Dateien.",
        "status": "Stand der Vereinbarkeit mit den Anforderungen",
        "partly": "Diese Inhalte sind wegen der folgenden Unvereinbarkeiten **teilweise** mit "
        "{law} vereinbar.",
        "none_found": "Die maschinelle Prüfung fand keine Unvereinbarkeit. Ob die Inhalte "
        "**vollständig** vereinbar sind, entscheidet erst die Prüfung durch eine Person.",
        "content": "Nicht barrierefreie Inhalte",
        "noncompliance": "Unvereinbarkeit mit {law}",
        "burden": "Unverhältnismäßige Belastung oder nicht im Anwendungsbereich",
        "burden_intro": "Diese Befunde sind in der Projektdatei bewusst ausgenommen, jeweils "
        "mit Begründung (bitte prüfen, ob die Begründung eine unverhältnismäßige Belastung "
        "nach § 12a BGG trägt oder der Inhalt nicht in den Anwendungsbereich fällt):",
        "files": "Geprüfte Dateien",
        "preparation": "Erstellung dieser Erklärung zur Barrierefreiheit",
        "prepared": "Diese Erklärung wurde am {date} erstellt. Grundlage ist eine "
        "Selbstbewertung mit maschinellen Prüfwerkzeugen: {tools}. Eine Prüfung durch "
        "Menschen steht aus.",
        "feedback": "Feedback und Kontaktangaben",
        "feedback_text": "Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Dann "
        "schreiben Sie uns oder rufen Sie an:",
        "enforcement": "Durchsetzungsverfahren",
        "enforcement_text": "Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort "
        "erhalten, können Sie sich an diese Stelle wenden:",
        "missing": "[bitte ergänzen: {what}]",
        "org": "Name der Stelle",
        "scope": "welche Inhalte (z. B. die Pressemitteilungen der Stadt)",
        "law": "die BITV 2.0 oder das Landesgesetz",
        "contact": "E-Mail-Adresse und Telefonnummer für Rückmeldungen",
        "body": "Schlichtungs- oder Ombudsstelle mit Adresse",
        "count": "{n} Befund(e)",
        "email": "E-Mail",
        "phone": "Telefon",
        "address": "Post",
    },
    "en": {
        "title": "Accessibility statement",
        "draft": "**Draft**, made by pubkit from a machine check. A person must review, "
        "complete and approve it: machines cannot decide whether alternative texts say the "
        "right thing, whether the reading order makes sense or whether an easy-read text is "
        "understood by its readers.",
        "intro": "{org} is committed to making {scope} accessible, in accordance with {law}. "
        "This accessibility statement applies to the files listed below.",
        "status": "Compliance status",
        "partly": "These contents are **partially compliant** with {law} due to the "
        "non-compliances listed below.",
        "none_found": "The machine check found no non-compliance. Whether the contents are "
        "**fully compliant** can only be decided after a review by a person.",
        "content": "Non-accessible content",
        "noncompliance": "Non-compliance with {law}",
        "burden": "Disproportionate burden or content outside the scope",
        "burden_intro": "These findings are excluded on purpose in the project file, each "
        "with a reason (please check that the reason supports a disproportionate burden or "
        "that the content is outside the scope):",
        "files": "Files checked",
        "preparation": "Preparation of this accessibility statement",
        "prepared": "This statement was prepared on {date}. It is based on a self-assessment "
        "with machine checks: {tools}. A review by people is still to be done.",
        "feedback": "Feedback and contact information",
        "feedback_text": "Have you found a barrier to access? Write to us or call us:",
        "enforcement": "Enforcement procedure",
        "enforcement_text": "If you do not receive a satisfactory answer to your feedback, "
        "you can contact this body:",
        "missing": "[please add: {what}]",
        "org": "name of the organisation",
        "scope": "which contents (for example the city's press releases)",
        "law": "the applicable law (for example BITV 2.0)",
        "contact": "e-mail address and telephone number for feedback",
        "body": "enforcement body with its address",
        "count": "{n} finding(s)",
        "email": "E-mail",
        "phone": "Telephone",
        "address": "Post",
    },
}


def _tool_names(reports: Sequence[FileReport]) -> str:
    from pubkit.audit.reports import _version

    versions: dict[str, str] = {"pubkit": f"pubkit {_version()}"}
    try:
        import json

        from pubkit.validators import validators_home

        file = validators_home() / "versions.json"
        known = json.loads(file.read_text(encoding="utf-8")) if file.is_file() else {}
    except (OSError, ValueError):
        known = {}
    names = {
        "verapdf": ("veraPDF", known.get("verapdf")),
        "epubcheck": ("EPUBCheck", known.get("epubcheck")),
        "ace": ("Ace by DAISY", known.get("@daisy/ace-cli")),
        "axe": ("axe-core", known.get("axe-core")),
    }
    used = sorted({t for r in reports for t in r.tools})
    shown = [versions["pubkit"]] if "pubkit" in used else []
    for tool in used:
        if tool in names:
            label, version = names[tool]
            shown.append(f"{label} {version}" if version else label)
    return ", ".join(shown)


_MONTHS: dict[Lang, tuple[str, ...]] = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip


def _long_date(day: dt.date, lang: Lang) -> str:
    """``30. November 2026`` / ``30 November 2026``."""
    month = _MONTHS[lang][day.month - 1]
    return f"{day.day}. {month} {day.year}" if lang == "de" else f"{day.day} {month} {day.year}"


def _escape(text: str) -> str:
    """Text safe inside pubkit Markdown (no markup, no raw HTML)."""
    out = text.replace("\\", "\\\\")
    for char in "*_`[]<>#|":
        out = out.replace(char, "\\" + char)
    return " ".join(out.split())


def draft_statement(
    reports: Sequence[FileReport],
    config: StatementConfig,
    *,
    lang: Lang = "de",
    today: dt.date | None = None,
    reasons: Sequence[tuple[Finding, str]] = (),
) -> str:
    """The draft statement as pubkit Markdown; ``reasons`` pairs ignored findings with why."""
    t = _TEXT[lang]

    def value(given: str, what: str) -> str:
        return _escape(given) if given else t["missing"].format(what=t[what])

    law = value(config.law, "law")
    day = today or dt.date.today()
    date = day.isoformat()
    lines = [
        "---",
        f'title: "{t["title"]}"',
        f"lang: {lang}",
        f"date: {date}",
    ]
    if config.organisation:
        lines.append(f'publisher: "{config.organisation}"')
    lines += ["---", "", "::: important", t["draft"], ":::", ""]
    lines += [
        t["intro"].format(
            org=value(config.organisation, "org"), scope=value(config.scope, "scope"), law=law
        ),
        "",
        f"## {t['status']}",
        "",
    ]
    errors = [f for r in reports for f in r.findings if f.severity == "error"]
    lines += [t["partly"].format(law=law) if errors else t["none_found"], ""]
    if errors:
        lines += [f"## {t['content']}", "", f"### {t['noncompliance'].format(law=law)}", ""]
        grouped: dict[tuple[str, str], list[Finding]] = {}
        for finding in errors:
            grouped.setdefault((finding.tool, finding.rule), []).append(finding)
        for (tool, rule), found in sorted(grouped.items()):
            files = sorted({Path(f.file).name for f in found})
            lines.append(
                f"- {_escape(found[0].message)} ({tool} {_escape(rule)}; "
                f"{t['count'].format(n=len(found))}: {_escape(', '.join(files))})"
            )
        lines.append("")
    if reasons:
        if not errors:
            lines += [f"## {t['content']}", ""]
        lines += [f"### {t['burden']}", "", t["burden_intro"], ""]
        for finding, reason in reasons:
            lines.append(
                f"- {_escape(Path(finding.file).name)}, {finding.tool} {_escape(finding.rule)}: "
                f"{_escape(reason)}"
            )
        lines.append("")
    lines += [f"### {t['files']}", ""]
    lines += [f"- {_escape(r.file)}" for r in reports]
    lines += [
        "",
        f"## {t['preparation']}",
        "",
        t["prepared"].format(date=_long_date(day, lang), tools=_tool_names(reports)),
        "",
        f"## {t['feedback']}",
        "",
        t["feedback_text"],
        "",
    ]
    contacts = [
        (t["email"], config.feedback_email),
        (t["phone"], config.feedback_phone),
        (t["address"], config.feedback_address),
    ]
    given = [f"- {label}: {_escape(v)}" for label, v in contacts if v]
    lines += given or [f"- {t['missing'].format(what=t['contact'])}"]
    lines += ["", f"## {t['enforcement']}", "", t["enforcement_text"], ""]
    body = value(config.enforcement, "body")
    if config.enforcement_url:
        body += f" ({_escape(config.enforcement_url)})"
    lines += [f"- {body}", ""]
    return "\n".join(lines)
