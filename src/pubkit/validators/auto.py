"""Pick the validators a finished file needs from its suffix, and run them.

``.pdf`` → veraPDF (PDF/UA-1 unless other profiles are asked for), ``.epub`` → EPUBCheck then
Ace by DAISY (Ace only when EPUBCheck found no error, as Ace cannot read what EPUBCheck
rejects), ``.html``/``.htm``/``.xhtml`` → axe-core. This is what ``pubkit validate`` runs
for other projects' CI.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from pubkit.validators._base import Report
from pubkit.validators.ace import run_ace
from pubkit.validators.axe import run_axe
from pubkit.validators.epubcheck import run_epubcheck
from pubkit.validators.verapdf import run_verapdf

__all__ = ["SUFFIXES", "validate_files"]

SUFFIXES = (".pdf", ".epub", ".html", ".htm", ".xhtml")


def validate_files(
    paths: Iterable[str | os.PathLike[str]], *, pdf_flavours: tuple[str, ...] = ("ua1",)
) -> list[Report]:
    """Every report for every file, in the order given; unknown suffixes raise ValueError."""
    files = [Path(p) for p in paths]
    for path in files:
        if path.suffix.lower() not in SUFFIXES:
            raise ValueError(
                f'Cannot tell how to validate "{path}": pubkit validates {", ".join(SUFFIXES)} files.'
            )
    reports: list[Report] = []
    pages = [p for p in files if p.suffix.lower() in (".html", ".htm", ".xhtml")]
    axe_reports = {Path(r.target).resolve(): r for r in run_axe(pages)} if pages else {}
    for path in files:
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            reports.extend(run_verapdf(path, flavour=f) for f in pdf_flavours)
        elif suffix == ".epub":
            structure = run_epubcheck(path)
            reports.append(structure)
            if not any(f.severity in ("fatal", "error") for f in structure.findings):
                reports.append(run_ace(path))
        else:
            reports.append(axe_reports[path.resolve()])
    return reports
