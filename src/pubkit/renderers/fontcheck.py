"""Check that fontconfig finds fonts before WeasyPrint is asked to lay out text.

With no fonts configured (a minimal container, a broken ``FONTCONFIG_FILE``) Pango hands
WeasyPrint a null font and the process dies with a segmentation fault: no exception, no
message, the whole build gone. Counting the fonts first turns that into a
:class:`~pubkit.errors.MissingDependency` that says what to install.
"""

from __future__ import annotations

import functools

from pubkit.errors import MissingDependency

__all__ = ["require_fonts", "system_font_count"]

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
