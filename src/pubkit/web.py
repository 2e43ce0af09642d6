"""For web apps: a notice as an HTML fragment for the app's own page, its stylesheet, and
the "this notice also as …" links, outside the command line.

::

    import pubkit
    from pubkit.web import alternate_links, alternates_html, fragment, fragment_css

    build = pubkit.Build.from_text(markdown, resources={"foto.png": png_bytes})
    part = fragment(build, base="/notices/42/")     # Fragment(html=…, css=…, language="de")
    links = alternate_links(build, base="/notices/42/")   # data: kind, href, label, media type
    nav = alternates_html(links, language="de")     # the same links as the web page shows them

Everything goes through the build's plan, so the settings (:mod:`pubkit.config`) decide the
file names the links point to. A :class:`~pubkit.pipeline.Build` may be used from several
threads (each product is made once; make one Build per request if in doubt); see
docs/web-apps.md for processes, fork and the caches.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pubkit.writers.html import Alternate, AlternateKind, alternate_label

if TYPE_CHECKING:
    from pubkit.pipeline import Build

__all__ = [
    "AlternateLink",
    "Fragment",
    "alternate_links",
    "alternates_html",
    "fragment",
    "fragment_css",
]

SCOPE = ".pubkit-notice"
"""The class of the fragment's ``<article>``; :func:`fragment_css` is scoped to it."""

_MEDIA_TYPES: dict[str, str] = {
    "pdf": "application/pdf",
    "pdf-large-print": "application/pdf",
    "summary-pdf": "application/pdf",
    "epub": "application/epub+zip",
    "epub-narrated": "application/epub+zip",
    "summary": "text/html",
}
_AUDIO_TYPES = {".mp3": "audio/mpeg", ".ogg": "audio/ogg", ".wav": "audio/wav"}


@dataclass(frozen=True, slots=True, kw_only=True)
class AlternateLink:
    """One other form of the notice, as the web page links to it."""

    kind: AlternateKind
    href: str
    """``base`` + the output's file name."""
    label: str
    """The link text in the notice's language (``PDF zum Ausdrucken``)."""
    media_type: str
    captions: str | None = None
    """For ``audio``: the WebVTT captions (``base`` + file name)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Fragment:
    """A notice for a page template: ``html`` goes where the content goes, ``css`` into the
    page's ``<head>`` (or the app's stylesheet), once per page."""

    html: str
    css: str
    language: str
    title: str
    """The notice's title, for the page's ``<title>``."""


def alternate_links(
    build: Build,
    *,
    base: str = "",
    formats: Sequence[str] | None = None,
    existing: Collection[str] = (),
) -> tuple[AlternateLink, ...]:
    """The other forms the web page of ``build`` links to, in the page's order.

    ``formats``: those the app makes (default: the settings', else every installed one);
    ``existing``: files made before that stay (see :func:`pubkit.pipeline.plan`). ``base`` is
    put before each file name (``/notices/42/`` → ``/notices/42/notice.pdf``).
    """
    return tuple(
        _link(a, base, build.document.metadata.language)
        for a in _alternates(build, formats, existing)
    )


def _alternates(
    build: Build, formats: Sequence[str] | None, existing: Collection[str]
) -> tuple[Alternate, ...]:
    from pubkit.renderers.html import HtmlRendererOptions

    names = list(formats) if formats else None
    if names is not None and "html" not in names:
        names.append("html")
    for output in build.plan(names, existing=existing):
        if output.format == "html" and isinstance(output.options, HtmlRendererOptions):
            return output.options.alternates
    return ()


def _link(alternate: Alternate, base: str, language: str) -> AlternateLink:
    suffix = "." + alternate.href.rpartition(".")[2].lower()
    media_type = (
        _AUDIO_TYPES.get(suffix, "audio/mpeg")
        if alternate.kind == "audio"
        else _MEDIA_TYPES.get(alternate.kind, "application/octet-stream")
    )
    return AlternateLink(
        kind=alternate.kind,
        href=base + alternate.href,
        label=alternate_label(language, alternate),
        media_type=media_type,
        captions=base + alternate.captions if alternate.captions else None,
    )


def alternates_html(links: Sequence[AlternateLink], *, language: str) -> str:
    """The links as the web page shows them: a ``<nav>`` list (and an audio player with its
    captions), for an app's own template. Empty when there are no links."""
    import xml.etree.ElementTree as ET

    from pubkit.writers.html import HtmlOptions, Writer

    if not links:
        return ""
    writer = Writer(language, HtmlOptions())
    elements = writer.alternates(
        tuple(Alternate(kind=link.kind, href=link.href, captions=link.captions) for link in links)
    )
    return "".join(ET.tostring(e, encoding="unicode", method="html") for e in elements)


def fragment(
    build: Build,
    *,
    base: str | None = None,
    formats: Sequence[str] | None = None,
    strict: bool = True,
) -> Fragment:
    """The notice as one ``<article class="pubkit-notice">`` for an app's page template.

    With ``base`` (the URL folder the app serves the other forms from), the fragment starts
    with the "also as …" links to them, like the web page; without, it has none (use
    :func:`alternate_links` to place them yourself). Images are embedded as ``data:`` URLs.
    ``strict``: refuse a notice the checks find errors in (:class:`~pubkit.errors.InvalidDocument`).
    """
    from pubkit.renderers.html import HtmlRendererOptions

    output = build.plan(["html"]).outputs[0]
    alternates: tuple[Alternate, ...] = ()
    if base is not None:
        alternates = tuple(
            Alternate(
                kind=a.kind, href=base + a.href, captions=base + a.captions if a.captions else None
            )
            for a in _alternates(build, formats, ())
        )
    assert isinstance(output.options, HtmlRendererOptions)
    options = dataclasses.replace(
        output.options, fragment=True, alternates=alternates, read_aloud=None
    )
    artifact = build.render(dataclasses.replace(output, options=options), strict=strict)
    meta = build.document.metadata
    return Fragment(
        html=artifact.data.decode("utf-8"),
        css=fragment_css(easy_read=meta.is_easy_read()),  # Leichte Sprache: its own style
        language=meta.language,
        title=meta.display_title(),
    )


def fragment_css(*, easy_read: bool = False) -> str:
    """pubkit's web stylesheet scoped to ``.pubkit-notice``: it styles the fragment and
    leaves the rest of the app's page alone (``:root``/``html``/``body``/``main`` rules
    apply to the article itself)."""
    from pubkit.renderers.html import stylesheet

    css = stylesheet("html")
    if easy_read:
        css += "\n" + stylesheet("easy-read")
    # the page's masthead and colophon sit inside the article here: no second indent
    inner = f"{SCOPE} .masthead, {SCOPE} .colophon {{ max-width: none; padding-left: 0; padding-right: 0; }}\n"
    return scope_css(css, SCOPE) + inner


_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_ROOTS = re.compile(r"^(?::root|html|body|main)(?![\w-])")


def scope_css(css: str, scope: str) -> str:
    """Every selector of ``css`` limited to ``scope`` (``h1`` → ``.pubkit-notice h1``;
    ``:root``, ``html``, ``body`` and ``main`` become the scope itself), at-rules kept."""
    css = _COMMENT.sub("", css)
    out: list[str] = []
    i = 0
    while i < len(css):
        brace = css.find("{", i)
        if brace < 0:
            out.append(css[i:])
            break
        prelude = css[i:brace].strip()
        end = _matching(css, brace)
        body = css[brace + 1 : end]
        if prelude.startswith("@media") or prelude.startswith("@supports"):
            out.append(f"{prelude} {{\n{scope_css(body, scope)}}}\n")
        elif prelude.startswith("@"):
            out.append(f"{prelude} {{{body}}}\n")
        else:
            selectors = ", ".join(
                _scoped(s.strip(), scope) for s in prelude.split(",") if s.strip()
            )
            out.append(f"{selectors} {{{body}}}\n")
        i = end + 1
    return "".join(out)


def _matching(css: str, start: int) -> int:
    depth = 0
    for j in range(start, len(css)):
        if css[j] == "{":
            depth += 1
        elif css[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    return len(css)


def _scoped(selector: str, scope: str) -> str:
    match = _ROOTS.match(selector)
    if match:
        rest = selector[match.end() :]
        return scope + rest
    return f"{scope} {selector}"
