"""The build pipeline: each notice read once, prepared once, checked once; outputs from products.

::

    source ──read──▶ Document ──prepare (PREPARE, in order)──▶ Document ──check──▶ issues (once)
                                      │
                                      ├─▶ plain Document   made once, only if an output needs it,
                                      │                    checked like a source
                                      ├─▶ Script           sentences with ids (writers.speech)
                                      └─▶ Timeline         audio, cues, chapters: once per Synthesis
    plan(formats) ──▶ Plan: Output(format, renderer, options, source, file name, link) …
    Build.render(output) ──▶ Artifact ──Build.write(folder, plan)──▶ files, written atomically

The steps in code::

    build = Build.read("notice.md")            # read → prepare; build.issues checks once
    for result in build.write("out/notice", plan(["html", "pdf", "summary"])):
        print(result)                          # render each output of the plan, write it

``pubkit build``, :func:`pubkit.render` and city apps all go through :class:`Build`.
Renderers never check, transform or call each other; products reach them from here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pubkit import availability
from pubkit.checks import check
from pubkit.config import Config
from pubkit.errors import InvalidDocument, MissingDependency, PubkitError, UnknownFormat
from pubkit.i18n import _
from pubkit.issues import Issue
from pubkit.model import Document, Inline, Link, Paragraph
from pubkit.model.walk import map_inlines
from pubkit.readers import read
from pubkit.renderers import registry
from pubkit.renderers.base import Artifact, Narration, Output, Source
from pubkit.renderers.html import HtmlRendererOptions
from pubkit.transforms.abbreviations import mark_abbreviations
from pubkit.transforms.images import offline_images
from pubkit.transforms.typography import typographic_quotes
from pubkit.writers.html import Alternate

if TYPE_CHECKING:  # plain language and speech load when a product first needs them
    from pubkit.plain.simplify import Simplifier
    from pubkit.speech.timeline import Synthesis, Timeline
    from pubkit.writers.speech import Sentence

__all__ = ["PREPARE", "Build", "Plan", "Result", "Transform", "formats", "plan"]

Transform = Callable[[Document], Document]
"""A pure, idempotent ``Document -> Document`` function."""

PREPARE: tuple[Transform, ...] = (mark_abbreviations, typographic_quotes)
"""The transforms every notice goes through before it is checked, in this order.
A new transform is added here (and nowhere else)."""

# The easy-read version and the audio first: they are for the readers the page serves least.
_LINK_ORDER = (
    "summary",
    "audio",
    "pdf",
    "pdf-large-print",
    "epub",
    "epub-narrated",
    "summary-pdf",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """The outputs of one notice's build and how they link to each other."""

    outputs: tuple[Output[Any], ...]
    full_text: str | None
    """The file the plain-language version links back to (the web page, else the first
    output of the notice itself); None when the build makes no such file."""
    skipped: tuple[availability.Skipped, ...] = ()
    """Formats (or single files) left out because this machine lacks what they need, each
    with the install commands (:mod:`pubkit.availability`)."""

    def __iter__(self) -> Iterator[Output[Any]]:
        return iter(self.outputs)

    def __len__(self) -> int:
        return len(self.outputs)


def formats() -> tuple[str, ...]:
    """The format names ``pubkit build -f`` accepts: ``('epub', 'html', 'pdf', 'speech', 'summary')``.

    Only formats this machine can make: one whose pip extra or system library is missing
    (see :mod:`pubkit.availability`) adds no format.
    """
    outputs, _refusals = _declared(registry.available())
    return tuple(sorted({o.format for o in availability.split(outputs)[0]}))


def plan(
    names: Sequence[str] | None = None,
    *,
    variant: str | None = None,
    config: Config | None = None,
    name: str = "notice",
    existing: Collection[str] = (),
) -> Plan:
    """The outputs for the format ``names`` (default: ``config.formats``, else all), narrowed
    to ``variant``, with the settings of ``config`` (:mod:`pubkit.config`) in their options.

    Each renderer declares its outputs (:meth:`Renderer.outputs`); the plan fills in what
    depends on the whole set: the web page's links to the other forms, relative to it.

    Without ``names`` the plan holds every format this machine can make; the others are in
    :attr:`Plan.skipped` with the commands that install what they need. A format asked for
    by name that cannot be made raises :class:`MissingDependency` saying what to install
    (a format with one file that cannot be made, such as the summary's PDF, is made without
    it and that file is in ``skipped``).

    ``name``: the stem of the output files (``notice`` → ``notice.pdf``; the web page is
    always ``index.html``). ``existing``: file names already in the output folder; the web
    page also links to those of them that other formats of a full build would write (so
    rebuilding only ``html`` keeps its links to the PDF and the audio written before).
    """
    if not names and config is not None and config.formats:
        try:
            return plan(
                config.formats, variant=variant, config=config, name=name, existing=existing
            )
        except UnknownFormat as exc:
            from pubkit.errors import ConfigError

            raise ConfigError(
                f"{config.origin('formats')}: {exc} Correct the formats setting."
            ) from None
    wanted = tuple(dict.fromkeys(names)) if names else None
    direct = wanted is not None and all(registry.is_renderer(n) for n in wanted)
    found, refusals = _declared(wanted if wanted is not None and direct else registry.available())
    if wanted is not None:  # look only for what the chosen formats need (EPUB: no espeak-ng)
        found = [o for o in found if o.format in wanted]
    outputs, lost = availability.split(found)
    skipped = _unique([*refusals, *lost], {o.format for o in outputs})
    if wanted is not None:
        outputs = [o for o in outputs if o.format in wanted]
        skipped = tuple(s for s in skipped if s.format in wanted)
        for wanted_name in wanted:
            if not any(o.format == wanted_name for o in outputs):
                refused = [s for s in skipped if s.format == wanted_name and s.file_name is None]
                if refused:
                    raise availability.unusable(refused[0])
                known = ", ".join(formats()) or _("none (is pubkit installed with pip?)")
                raise UnknownFormat(
                    _(
                        'Unknown format "{name}". Available: {known}. '
                        "'pubkit formats' lists what this machine can make."
                    ).format(name=wanted_name, known=known)
                )
    order = wanted or tuple(sorted({o.format for o in outputs}))
    outputs.sort(key=lambda o: order.index(o.format))  # stable: declaration order within
    if variant is not None:
        outputs = _narrow(outputs, variant)
    outputs = _configure(outputs, config or Config(), name)
    others: list[Output[Any]] = []
    if existing and wanted is not None:
        built = {o.file_name for o in outputs}
        others = [
            o
            for o in _existing_outputs(existing, built, config or Config(), name)
            if o.link is not None and o.file_name in existing and o.file_name not in built
        ]
    return dataclasses.replace(_link(tuple(outputs), others=tuple(others)), skipped=skipped)


def _existing_outputs(
    existing: Collection[str], built: set[str], config: Config, name: str
) -> list[Output[Any]]:
    """The outputs that may have written the files ``existing`` (for the page's links).

    When each file not built now has the name of one of pubkit's own formats (``.epub``,
    ``-summary.pdf``, ``.mp3`` …), the outputs of pubkit's renderers of those formats;
    else those of every installed renderer. Reading the installed packages' metadata and
    declaring every renderer cost 25 ms of an HTML build into a folder that holds an EPUB.
    (A third-party renderer that writes a file with such a name is not linked from the page
    of a partial build; it would overwrite pubkit's own file anyway.)
    """
    from pubkit.batch import format_of_file

    formats = {format_of_file(f) for f in set(existing) - built}
    own = [
        r
        for r in sorted(registry.BUILTIN)
        if formats & set(availability.RENDERER_FORMATS.get(r, ()))
    ]
    known = {f for r in own for f in availability.RENDERER_FORMATS[r]}
    if formats <= known:  # None (a file no pubkit format writes) never is
        return _configure(_declared(own)[0], config, name)
    return _configure(_declared(registry.available())[0], config, name)


def _configure(outputs: list[Output[Any]], config: Config, name: str) -> list[Output[Any]]:
    """The one place the settings (:class:`~pubkit.config.Config`) reach the renderers'
    typed options, and the output files get their names."""
    configured: list[Output[Any]] = []
    for output in outputs:
        options = output.options
        if output.renderer == "pdf":
            if output.variant == "large-print" and not config.large_print:
                continue
            options = dataclasses.replace(options, conformance=config.pdf_conformance)
        elif output.renderer == "speech":
            options = dataclasses.replace(
                options,
                format=config.audio_format,
                rate=config.speech_rate,
                engine=config.speech_engine,
                voices=config.voices or options.voices,
                name=name,
            )
        elif output.renderer == "epub" and getattr(options, "narrated", False):
            options = dataclasses.replace(
                options,
                rate=config.speech_rate,
                engine=config.speech_engine,
                voices=config.voices or options.voices,
            )
        file_name, captions = output.file_name, output.captions
        if output.renderer == "speech" and file_name.startswith("notice."):
            file_name = "notice." + config.audio_format
        configured.append(
            dataclasses.replace(
                output,
                options=options,
                file_name=_renamed(file_name, name),
                captions=_renamed(captions, name) if captions else None,
            )
        )
    return configured


def _renamed(file_name: str, name: str) -> str:
    """``notice.pdf`` → ``<name>.pdf``, ``notice-large-print.pdf`` → ``<name>-large-print.pdf``."""
    if name == "notice" or not file_name.startswith("notice"):
        return file_name
    rest = file_name[len("notice") :]
    return name + rest if rest[:1] in (".", "-") else file_name


def _declared(names: Iterable[str]) -> tuple[list[Output[Any]], list[availability.Skipped]]:
    """The outputs the renderers ``names`` declare; a renderer whose engine is missing adds a
    :class:`~pubkit.availability.Skipped` for each of its formats instead."""
    outputs: list[Output[Any]] = []
    skipped: list[availability.Skipped] = []
    for name in names:
        try:
            renderer = registry.get(name)
        except MissingDependency as exc:
            lost = availability.renderer_skipped(name)
            skipped += lost or [
                availability.Skipped(format=fmt, note=str(exc), renderer=name)
                for fmt in availability.RENDERER_FORMATS.get(name, (name,))
            ]
            continue
        outputs += renderer.outputs()
    return outputs, skipped


def _unique(
    skipped: Iterable[availability.Skipped], made: set[str]
) -> tuple[availability.Skipped, ...]:
    """One entry per format left out, and one per file of a format that is made without it
    (the summary's PDF), in order. A format two renderers make (the summary: HTML and PDF)
    keeps the shorter list of needs: installing those makes the format."""
    merged: dict[tuple[str, str | None], availability.Skipped] = {}
    for item in skipped:
        if item.format in made and item.file_name is None:  # another renderer makes it
            item = dataclasses.replace(
                item, file_name=f"its {(item.renderer or 'other').upper()} file"
            )
        key = (item.format, item.file_name)
        if key not in merged or len(item.needs) < len(merged[key].needs):
            merged[key] = item
    return tuple(merged.values())


def _narrow(outputs: list[Output[Any]], variant: str) -> list[Output[Any]]:
    """Keep only ``variant`` of the formats that have variants; other formats stay whole."""
    kept: list[Output[Any]] = []
    for fmt in dict.fromkeys(o.format for o in outputs):
        group = [o for o in outputs if o.format == fmt]
        variants = {o.variant for o in group} - {None}
        if not variants:
            kept += group
            continue
        chosen = [o for o in group if o.variant == variant]
        if not chosen:
            raise UnknownFormat(
                f'The "{fmt}" format has no variant "{variant}". '
                f"Available: {', '.join(sorted(str(v) for v in variants))}."
            )
        kept += chosen
    return kept


def _link(outputs: tuple[Output[Any], ...], *, others: tuple[Output[Any], ...] = ()) -> Plan:
    """The web page of the notice links to every other linked output (and to ``others``,
    files of a former build that stay), by relative file name."""
    alternates = tuple(
        sorted(
            (
                Alternate(kind=o.link, href=o.file_name, captions=o.captions)
                for o in (*outputs, *others)
                if o.link is not None
            ),
            key=lambda a: _LINK_ORDER.index(a.kind),
        )
    )
    linked: list[Output[Any]] = []
    for output in outputs:
        if (
            output.source == "document"
            and output.format == "html"
            and isinstance(output.options, HtmlRendererOptions)
        ):
            options = dataclasses.replace(
                output.options, alternates=alternates, read_aloud=_narration_of(outputs)
            )
            output = dataclasses.replace(output, options=options)
        linked.append(output)
    pages = [o.file_name for o in outputs if o.source == "document"]
    web = [o.file_name for o in outputs if o.source == "document" and o.format == "html"]
    full_text = (web or pages)[0] if (web or pages) else None
    return Plan(outputs=tuple(linked), full_text=full_text)


def _narration_of(outputs: tuple[Output[Any], ...]) -> Synthesis | None:
    """The narration of the audio the web page links to (its read-aloud mode plays it)."""
    for output in outputs:
        if output.link == "audio" and output.source == "document":
            return registry.get(output.renderer).needs_timeline(output.options)
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class Result:
    """What writing one output did: the files written, or the error that stopped it."""

    output: Output[Any]
    paths: tuple[Path, ...] = ()
    artifact: Artifact | None = None
    error: PubkitError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class Build:
    """One notice on its way to every output: the products, each made once, when first needed.

    >>> build = Build.read("examples/notices/helden-in-der-krise.md")  # doctest: +SKIP
    >>> build.issues                                   # the checks, run once  # doctest: +SKIP
    >>> build.render(plan(["pdf"]).outputs[0]).data[:5]                       # doctest: +SKIP
    b'%PDF-'
    """

    def __init__(
        self,
        document: Document,
        *,
        transforms: Sequence[Transform] = PREPARE,
        simplifier: Simplifier | None = None,
        resources: Mapping[str, bytes] | None = None,
        settings: Mapping[str, object] | None = None,
        config: Config | None = None,
    ) -> None:
        """``resources``: images as bytes by the name the document uses (``foto.png``),
        checked like files (:mod:`pubkit.renderers.memory`). ``settings``: overrides by
        dotted key (``{"pdf.conformance": "pdf/ua-2"}``) over the notice's front matter and
        its project file; ``config``: the finished settings instead (:mod:`pubkit.config`)."""
        prepared = document
        if resources:
            from pubkit.renderers.memory import embed_resources

            prepared = embed_resources(prepared, resources)
        for transform in transforms:
            prepared = transform(prepared)
        self.document = prepared
        """The prepared notice."""
        self.simplifier = simplifier
        self._settings = dict(settings or {})
        self._config = config
        self._scripts: dict[Source, tuple[Sentence, ...]] = {}
        self._timelines: dict[tuple[Source, Synthesis], Timeline] = {}
        self._offline: dict[Source, Document] = {}

    @classmethod
    def read(
        cls,
        source: str | Path,
        *,
        simplifier: Simplifier | None = None,
        resources: Mapping[str, bytes] | None = None,
        settings: Mapping[str, object] | None = None,
    ) -> Build:
        """Read ``source`` (Markdown, text, JSON) and prepare it."""
        return cls(read(source), simplifier=simplifier, resources=resources, settings=settings)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        resources: Mapping[str, bytes] | None = None,
        settings: Mapping[str, object] | None = None,
        simplifier: Simplifier | None = None,
    ) -> Build:
        """A notice from Markdown text (with front matter), as a web app holds it, with its
        images from ``resources`` (bytes by the name the text uses). Nothing is read from
        disk and no project file is looked for: ``settings`` and the front matter decide.

        >>> build = Build.from_text(markdown, resources={"foto.png": png})  # doctest: +SKIP
        """
        from pubkit.readers.markdown import read_markdown

        return cls(
            read_markdown(text), simplifier=simplifier, resources=resources, settings=settings
        )

    @property
    def config(self) -> Config:
        """The settings of this build: ``settings`` > front matter > project file > defaults
        (the project file is looked for only beside a notice read from a file)."""
        if self._config is None:
            from pubkit.config import load_config

            self._config = load_config(
                self.document,
                project="auto" if self.document.source else None,
                overrides=self._settings,
            )
        return self._config

    @property
    def name(self) -> str:
        """The stem of the output files under :attr:`config` (``notice``, stem or slug)."""
        from pubkit.config import output_name

        return output_name(self.config, self.document)

    def plan(
        self,
        names: Sequence[str] | None = None,
        *,
        variant: str | None = None,
        existing: Collection[str] = (),
    ) -> Plan:
        """:func:`plan` with this build's settings and file names."""
        return plan(names, variant=variant, config=self.config, name=self.name, existing=existing)

    # -- products -------------------------------------------------------------------------

    @cached_property
    def issues(self) -> tuple[Issue, ...]:
        """What the checks find in the notice (run once)."""
        return tuple(check(self.document))

    @cached_property
    def plain(self) -> Document:
        """The plain-language version (the author's, or a checked draft), made once.

        Raises :class:`~pubkit.plain.facts.FidelityError` when a draft would change a fact.
        """
        from pubkit.plain.transform import plain_language

        return plain_language(self.document, simplifier=self.simplifier)

    @cached_property
    def plain_issues(self) -> tuple[Issue, ...]:
        """The checks on the plain-language version, like on any source; an empty version is
        an error (``EASY001``)."""
        issues = list(check(self.plain))
        if not _has_content(self.plain):
            issues.insert(
                0,
                Issue(
                    code="EASY001",
                    severity="error",
                    message=(
                        "The plain-language version has no content: nothing was kept from "
                        "the notice. Write one yourself in a ::: plain block."
                    ),
                    where="plain-language version",
                    source=self.document.source,
                ),
            )
        return tuple(issues)

    @cached_property
    def plain_info(self) -> Mapping[str, str | int | float]:
        """The readability and fidelity figures of the plain version (computed once)."""
        from pubkit.plain.report import summary_info

        return summary_info(self.document, self.plain)

    def source(self, which: Source) -> Document:
        """The notice or its plain-language version."""
        return self.document if which == "document" else self.plain

    def script(self, which: Source = "document") -> tuple[Sentence, ...]:
        """The speech Script of a Document: sentences with stable ids (made once)."""
        from pubkit.writers.speech import script

        if which not in self._scripts:
            self._scripts[which] = script(self.source(which))
        return self._scripts[which]

    def timeline(self, which: Source, synthesis: Synthesis) -> Timeline:
        """The narration of a Document for ``synthesis`` (made once per value)."""
        from pubkit.speech.timeline import make_timeline

        key = (which, synthesis)
        if key not in self._timelines:
            self._timelines[key] = make_timeline(
                self.source(which), synthesis, sentences=self.script(which)
            )
        return self._timelines[key]

    # -- outputs --------------------------------------------------------------------------

    def refuse_errors(self, which: Source) -> None:
        """Raise :class:`InvalidDocument` listing the errors the checks found in ``which``."""
        found = [i for i in self._issues_of(which) if i.severity == "error"]
        if found:
            from pubkit.i18n import document_language, ngettext, speaking

            with speaking(document_language(self.document.metadata.language)):
                name = self.document.source or _("the document")
                what = (
                    name
                    if which == "document"
                    else _("the plain-language version of {name}").format(name=name)
                )
                message = ngettext(
                    "Cannot render {what}: {count} error. Fix it, or pass "
                    "strict=False (--no-strict) to render anyway.",
                    "Cannot render {what}: {count} errors. Fix them, or pass "
                    "strict=False (--no-strict) to render anyway.",
                    len(found),
                ).format(what=what, count=len(found))
                raise InvalidDocument(message, issues=found)

    def _issues_of(self, which: Source) -> tuple[Issue, ...]:
        return self.issues if which == "document" else self.plain_issues

    def render(
        self, output: Output[Any], *, strict: bool = True, full_text: str | None = "index.html"
    ) -> Artifact:
        """Render one output of a plan from its product.

        ``strict``: refuse a document the checks find errors in. An empty plain-language
        version is refused always. ``full_text``: where the plain version links back to.
        Raises :class:`MissingDependency` naming what to install when this machine lacks a
        part the output needs (the summary without the ``plain`` extra, speech without
        espeak-ng).
        """
        availability.require(output)
        if strict:
            self.refuse_errors(output.source)
        elif output.source == "plain":
            empty = [i for i in self.plain_issues if i.code == "EASY001"]
            if empty:
                raise InvalidDocument("Cannot render the plain-language version.", issues=empty)
        renderer = registry.get(output.renderer)
        options = output.options
        narrated = False
        if output.renderer == "epub":
            from pubkit.renderers.epub import EpubOptions  # ebooklib loads only for EPUBs

            if isinstance(options, EpubOptions):
                clean = not any(
                    i.severity in ("error", "warning") for i in self._issues_of(output.source)
                )
                options = dataclasses.replace(options, checks_clean=clean)
                narrated = options.narrated
        elif isinstance(options, HtmlRendererOptions) and output.source == "document":
            narrated = options.read_aloud is not None  # the web page's read-aloud mode
        synthesis = renderer.needs_timeline(options)
        product: Document | Timeline | Narration
        if synthesis is not None:
            product = self.timeline(output.source, synthesis)
            if narrated:  # a read-aloud book: the text and its narration
                product = Narration(document=self._rendered(output.source), timeline=product)
        elif output.source == "plain":
            from pubkit.plain.transform import FULL_TEXT_HREF

            product = _retarget(self._rendered("plain"), FULL_TEXT_HREF, full_text)
        else:
            product = self._rendered("document")
        artifact = renderer.render(product, options)
        if output.source == "plain":
            artifact = dataclasses.replace(artifact, info={**artifact.info, **self.plain_info})
        return artifact

    def _rendered(self, which: Source) -> Document:
        """What the renderers get: the source with its web pictures replaced by their
        description and a link (:func:`~pubkit.transforms.images.offline_images`), once."""
        if which not in self._offline:
            self._offline[which] = offline_images(self.source(which))
        return self._offline[which]

    def write(
        self, folder: str | Path, outputs: Plan | None = None, *, strict: bool = True
    ) -> Iterator[Result]:
        """Render every output of ``outputs`` (default: :meth:`plan`, every format with
        this build's settings) and write it (with its attachments) into ``folder``,
        atomically; yields one :class:`Result` per output, errors included."""
        root = Path(folder)
        if outputs is None:
            outputs = self.plan()
        for output in outputs:
            try:
                artifact = self.render(output, strict=strict, full_text=outputs.full_text)
                paths = artifact.save(root / output.file_name)
            except PubkitError as exc:
                yield Result(output=output, error=exc)
            else:
                yield Result(output=output, paths=tuple(paths), artifact=artifact)


def _has_content(plain: Document) -> bool:
    """Whether the plain version says anything besides the link back to the full text."""
    from pubkit.plain.transform import FULL_TEXT_HREF

    for block in plain.blocks:
        if (
            isinstance(block, Paragraph)
            and len(block.content) == 1
            and isinstance(block.content[0], Link)
            and block.content[0].target == FULL_TEXT_HREF
        ):
            continue
        return True
    return False


def _retarget(document: Document, old: str, new: str | None) -> Document:
    """Point the links to ``old`` at ``new`` (the plan's file name); unlink them if None."""
    if new == old:
        return document

    def swap(node: Inline) -> Inline | tuple[Inline, ...]:
        if isinstance(node, Link) and node.target == old:
            return dataclasses.replace(node, target=new) if new else node.content
        return node

    return map_inlines(swap, document)
