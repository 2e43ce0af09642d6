"""``pubkit check`` settings from the project file: threshold, required tools, ignores.

Read from ``pubkit.toml`` (top level ``[check]``) or ``pyproject.toml``
(``[tool.pubkit.check]``) in the current folder, or the file given with ``--config``::

    [tool.pubkit.check]
    fail-on = "error"                  # error | warning | info
    require = ["verapdf", "epubcheck"] # a missing validator is then an error
    pdf-profiles = ["ua1"]

    [[tool.pubkit.check.ignore]]
    rule = "PDF004"                    # a rule code or a validator's rule id
    files = "legacy/*.pdf"             # optional glob, matched against the path as given
    reason = "scanned before 2019; replaced in the 2027 relaunch"   # required
"""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from pubkit.audit.findings import SEVERITIES, Finding, Severity
from pubkit.errors import ConfigError

__all__ = ["CheckConfig", "ConfigError", "Ignore", "load_config"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Ignore:
    rule: str
    files: str
    reason: str

    def matches(self, finding: Finding) -> bool:
        if finding.rule != self.rule:
            return False
        if not self.files:
            return True
        return fnmatch.fnmatch(finding.file, self.files) or fnmatch.fnmatch(
            Path(finding.file).as_posix(), self.files
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckConfig:
    fail_on: Severity = "error"
    require: tuple[str, ...] = ()
    pdf_profiles: tuple[str, ...] = ("ua1",)
    ignores: tuple[Ignore, ...] = ()
    source: str = ""
    """The file the settings came from, if any."""


def _table(path: Path) -> dict[str, object] | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the project file: {exc}") from exc
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        pubkit = tool.get("pubkit", {}) if isinstance(tool, dict) else {}
        section = pubkit.get("check") if isinstance(pubkit, dict) else None
    else:
        section = data.get("check")
    if section is None:
        return None
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: the check settings must be a table.")
    return cast(dict[str, object], section)


def load_config(explicit: str | Path | None = None, *, folder: Path | None = None) -> CheckConfig:
    """The settings from ``explicit``, or ``pubkit.toml`` / ``pyproject.toml`` in ``folder``."""
    candidates = (
        [Path(explicit)]
        if explicit
        else [(folder or Path.cwd()) / "pubkit.toml", (folder or Path.cwd()) / "pyproject.toml"]
    )
    for path in candidates:
        if explicit and not path.is_file():
            raise ConfigError(f'No such project file: "{path}".')
        if not path.is_file():
            continue
        section = _table(path)
        if section is None:
            continue
        return _parse(section, path)
    return CheckConfig()


def _strings(value: object, *, key: str, path: Path) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(cast(list[str], value))
    raise ConfigError(f"{path}: {key} must be a string or a list of strings.")


def _parse(section: dict[str, object], path: Path) -> CheckConfig:
    known = {"fail-on", "require", "pdf-profiles", "ignore"}
    unknown = sorted(set(section) - known)
    if unknown:
        raise ConfigError(
            f"{path}: unknown check setting(s) {', '.join(unknown)}; "
            f"known: {', '.join(sorted(known))}."
        )
    fail_on = section.get("fail-on", "error")
    if fail_on not in SEVERITIES:
        raise ConfigError(
            f"{path}: fail-on must be one of {', '.join(SEVERITIES)}, not {fail_on!r}."
        )
    ignores: list[Ignore] = []
    raw = section.get("ignore", [])
    if not isinstance(raw, list):
        raise ConfigError(f"{path}: ignore must be a list of tables ([[…check.ignore]]).")
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("rule"), str):
            raise ConfigError(f"{path}: ignore entry {number} needs a rule.")
        reason = entry.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise ConfigError(
                f"{path}: ignore entry {number} ({entry['rule']}) needs a reason: say why the "
                "finding does not apply, for the accessibility statement."
            )
        files = entry.get("files", "")
        if not isinstance(files, str):
            raise ConfigError(f"{path}: ignore entry {number}: files must be a glob string.")
        ignores.append(Ignore(rule=entry["rule"], files=files, reason=reason.strip()))
    return CheckConfig(
        fail_on=fail_on,
        require=_strings(section.get("require", []), key="require", path=path),
        pdf_profiles=_strings(section.get("pdf-profiles", ["ua1"]), key="pdf-profiles", path=path),
        ignores=tuple(ignores),
        source=str(path),
    )
