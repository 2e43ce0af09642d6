"""Fonts for the PDF engine: checked before the first layout, configured once per process.

With no fonts configured (a minimal container, a broken ``FONTCONFIG_FILE``) Pango hands
WeasyPrint a null font and the process dies with a segmentation fault: no exception, no
message, the whole build gone. Counting the fonts first turns that into a
:class:`~pubkit.errors.MissingDependency` that says what to install.

WeasyPrint makes a new ``FontConfiguration`` (all of fontconfig's configuration and a new
Pango font map) for every document unless it is given one; the native memory of those is
not all returned, so a long-running process grew by about 0.24 MB per PDF
(``benchmarks/bench_pdf_memory.py``). :func:`shared_font_config` makes one per process;
pubkit's stylesheets have no ``@font-face`` rules, so nothing is added to it per document.
Fonts installed while the process runs are seen after a restart.
"""

from __future__ import annotations

import functools
from typing import Any

from pubkit.errors import MissingDependency

__all__ = ["require_fonts", "shared_font_config", "system_font_count"]

DEBIAN_PACKAGE = "fonts-dejavu-core"


@functools.cache
def system_font_count() -> int:
    """The number of fonts fontconfig knows (as WeasyPrint will see them; counted once)."""
    from weasyprint.text.ffi import ffi, fontconfig

    config = fontconfig.FcInitLoadConfigAndFonts()
    if config == ffi.NULL:
        return 0
    try:
        fonts = fontconfig.FcConfigGetFonts(config, 0)  # FcSetSystem
        return 0 if fonts == ffi.NULL else int(fonts.nfont)
    finally:
        fontconfig.FcConfigDestroy(config)


def require_fonts() -> None:
    """Raise :class:`MissingDependency` when fontconfig finds no font at all."""
    if system_font_count() == 0:
        raise MissingDependency(
            "No fonts are installed or configured: fontconfig finds none, and the PDF engine "
            f"would crash without them. Install some, e.g. apt-get install {DEBIAN_PACKAGE} "
            "(and check FONTCONFIG_FILE if it is set)."
        )


@functools.cache
def shared_font_config() -> Any:  # weasyprint.text.fonts.FontConfiguration (untyped)
    """The process's one WeasyPrint font configuration (callers hold the render lock)."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()
