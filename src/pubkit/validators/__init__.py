"""Wrappers around the external validators, for the tests and for checking finished files.

::

    from pubkit.validators import run_verapdf, run_epubcheck, run_ace, run_axe
    report = run_verapdf("out/notice.pdf", flavour="ua1")   # also "ua2", "2a"
    for finding in report.findings:
        print(finding)

=============  ====================================  =================================
function       tool (installed by                    proves
               ``pubkit validators install``)
=============  ====================================  =================================
run_verapdf    veraPDF greenfield CLI (Java)         machine rules of PDF/UA-1/-2, PDF/A
run_epubcheck  W3C EPUBCheck 5 (Java)                EPUB 3.3 conformance (not a11y)
run_ace        Ace by DAISY (Node + chromium)        axe + EPUB a11y rules and metadata
run_axe        axe-core (Node + chromium)            automatable WCAG on rendered HTML
=============  ====================================  =================================

Each returns :class:`Report` (``findings``, ``passed``, ``raw`` = the tool's full
report); a missing tool raises :class:`ValidatorUnavailable` saying how to install it, a
tool that crashes or times out raises :class:`ValidatorError`. Tools are found through
``PUBKIT_VERAPDF``, ``PUBKIT_EPUBCHECK``, ``PUBKIT_ACE``, ``PUBKIT_NODE_TOOLS`` (and
``PUBKIT_CHROMIUM``), then the folder ``pubkit validators install`` fills
(:func:`validators_home`), then ``PATH``.
Command line: ``python -m pubkit.validators {verapdf,epubcheck,ace,axe} FILE...``.
"""

from __future__ import annotations

from pubkit.validators._base import (
    Finding,
    Report,
    ValidatorError,
    ValidatorUnavailable,
    validators_home,
)
from pubkit.validators.ace import run_ace
from pubkit.validators.axe import run_axe
from pubkit.validators.epubcheck import run_epubcheck
from pubkit.validators.verapdf import FLAVOURS, run_verapdf

__all__ = [
    "FLAVOURS",
    "Finding",
    "Report",
    "ValidatorError",
    "ValidatorUnavailable",
    "run_ace",
    "run_axe",
    "run_epubcheck",
    "run_verapdf",
    "validators_home",
]
