"""pubkit's own checks of a finished MP3: chapters, language, and captions beside it.

=======  ========  ===============================================================
rule     severity  what
=======  ========  ===============================================================
AUD000   error     not a readable MP3
AUD001   warning   no ID3 chapters (``CTOC`` + ``CHAP``): listeners cannot skip to a section
AUD002   error     no WebVTT captions (``<stem>.vtt``) beside the audio: no text alternative
AUD003   warning   no language (ID3 ``TLAN``)
=======  ========  ===============================================================
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pubkit.audit.findings import Finding, Severity
from pubkit.errors import MissingDependency
from pubkit.i18n import _

__all__ = ["check_audio"]


def check_audio(path: Path) -> list[Finding]:
    """pubkit's findings for one MP3 file."""
    try:
        from mutagen import MutagenError
        from mutagen.id3 import ID3 as _ID3
        from mutagen.id3 import ID3NoHeaderError
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise MissingDependency(
            _("Checking MP3 files needs mutagen: {fix}").format(
                fix='pip install "pubkit-a11y[speech]"'
            )
        ) from exc
    read_tags: Any = _ID3
    file = str(path)
    found: list[Finding] = []

    def add(rule: str, severity: Severity, message: str) -> None:
        found.append(
            Finding(file=file, rule=rule, severity=severity, message=message, tool="pubkit")
        )

    try:
        tags: Any = read_tags(path)
    except ID3NoHeaderError:
        tags = None
    except (MutagenError, OSError) as exc:
        add("AUD000", "error", _("The file cannot be read as an MP3: {error}").format(error=exc))
        return found
    if tags is None or not tags.getall("CTOC") or not tags.getall("CHAP"):
        add(
            "AUD001", "warning",
            _("The MP3 has no ID3 chapters (CTOC/CHAP), so listeners cannot skip to a section."),
        )  # fmt: skip
    if tags is None or not tags.getall("TLAN"):
        add("AUD003", "warning", _("The MP3 does not say its language (ID3 TLAN)."))
    if not path.with_suffix(".vtt").is_file():
        add(
            "AUD002", "error",
            _("No captions beside the audio ({captions}): publish the "
              "spoken text as WebVTT next to it, and the full text version.").format(
                captions=path.with_suffix(".vtt").name
            ),
        )  # fmt: skip
    return found
