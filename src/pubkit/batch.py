"""``pubkit build`` of many notices: notices × formats in parallel, cached, on one machine or a
Dask cluster.

One *job* is one notice in some formats (:class:`Job`): all of them when there are enough
notices to keep every process busy (the notice is read once and its products, such as the
plain version, are made once), else one format per job, so that even one notice uses every
core. :func:`run_job` reads and prepares the notice, plans the whole build (the web page
links to every format), and renders the outputs of its formats, taking each from the build
cache (:mod:`pubkit.cache`) when nothing it is made from changed. It returns the finished bytes (:class:`JobResult`); the process that started
the build writes them (atomically, :meth:`Artifact.save`). So the workers never write into
the output folder, a failure in one job (even a crashed engine) never touches the files of
another, and the same function runs in a local process pool or on a Dask worker.

Engines are not thread-safe (pyttsx3, WeasyPrint's font configuration): parallelism is by
processes, never threads. The results are the same as a serial build's, byte for byte, for
every output whose renderer is deterministic (checked by ``tests/scale``).
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pubkit.errors import InvalidDocument, PubkitError
from pubkit.io import output_path

if TYPE_CHECKING:
    from concurrent.futures import Future

    from pubkit.availability import Skipped
    from pubkit.cache import BuildCache
    from pubkit.model import Document
    from pubkit.pipeline import Plan
    from pubkit.renderers.base import Artifact

__all__ = ["BatchBuild", "Job", "JobResult", "OutputResult", "default_jobs", "run_job"]


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True, kw_only=True)
class Job:
    """One notice in some formats: the unit of work of a batch build."""

    path: str
    only: tuple[str, ...]
    """The formats this job renders."""
    formats: tuple[str, ...] | None
    """The formats of the whole build (None: all): the web page links to each."""
    variant: str | None = None
    strict: bool = True
    cache: bool = True
    cache_dir: str | None = None
    """None: the default folder of the machine that runs the job."""
    settings: tuple[tuple[str, object], ...] = ()
    """Settings from the command line (``pdf.conformance`` …), above the notice's and the
    project file's (:mod:`pubkit.config`)."""
    existing: tuple[str, ...] = ()
    """Files already in the notice's output folder: a build of some formats keeps the web
    page's links to those the other formats wrote."""


@dataclass(frozen=True, slots=True, kw_only=True)
class OutputResult:
    """One output file of a job: its bytes, or why it could not be made."""

    file_name: str
    format: str
    artifact: Artifact | None = None
    cached: bool = False
    error: str | None = None
    report: str | None = None
    """The plain-language figures (for the plain version's first output, when rendered)."""
    seconds: float = 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class JobResult:
    """What :func:`run_job` returns: picklable, no exceptions inside."""

    job: Job
    outputs: tuple[OutputResult, ...] = ()
    error: str | None = None
    """The notice could not be read or planned: every output of the job failed."""
    seconds: float = 0.0

    @property
    def planned(self) -> int:
        return max(1, len(self.outputs)) if self.error else len(self.outputs)


@lru_cache(maxsize=8)
def _plan(formats: tuple[str, ...] | None, variant: str | None) -> Plan:
    from pubkit.pipeline import plan

    return plan(list(formats) if formats else None, variant=variant)


def _shared_products(outputs: Plan) -> list[tuple[str, ...]]:
    """The formats of a plan, one group per format, except that formats made from the same
    narration (the web page's read-aloud mode, the audio, the narrated EPUB) share one group:
    in separate jobs each process would synthesise the same sentences at the same time."""
    from pubkit.renderers import registry

    group_of: dict[str, int] = {}
    by_product: dict[object, int] = {}
    for output in outputs:
        group = group_of.setdefault(output.format, len(group_of))
        try:
            synthesis = registry.get(output.renderer).needs_timeline(output.options)
        except PubkitError:
            continue  # the job reports it
        if synthesis is None:
            continue
        shared = by_product.setdefault((output.source, synthesis), group)
        if shared != group:  # merge this format's group into the first one of the product
            for fmt, g in group_of.items():
                if g == group:
                    group_of[fmt] = shared
    groups: dict[int, list[str]] = {}
    for fmt, g in group_of.items():
        groups.setdefault(g, []).append(fmt)
    return [tuple(g) for g in groups.values()]


# Rough CPU seconds per kB of notice for each format (examples and corpus, one process):
# PDF (two files) and the easy-read summary (plain language + its PDF) dominate; the audio
# is the synthesis (the web page's read-aloud mode and the narrated EPUB share it).
_WEIGHT = {"pdf": 4.0, "summary": 3.0, "speech": 1.5, "narrated": 0.3, "html": 0.3, "epub": 0.1}


def estimate(job: Job) -> float:
    """A job's expected cost, for ordering only: the notice's size times its formats' weights."""
    try:
        size = Path(job.path).stat().st_size
    except OSError:
        size = 0
    return (2000 + size) * sum(_WEIGHT.get(fmt, 1.0) for fmt in job.only)


POOL_MIN_WORK = 3000.0
"""Work (in :func:`estimate`'s units, about 50 µs of CPU each) that other processes could
take besides the largest job, below which a pool costs more than it saves: starting one
(multiprocessing, the engines loaded before the fork, the workers) takes about 60 ms of CPU,
and one notice as HTML and EPUB is about 40 ms of work. Such a build runs in this process."""


def worth_a_pool(jobs: Sequence[Job]) -> bool:
    """Whether the jobs are enough work to share among processes (:data:`POOL_MIN_WORK`)."""
    costs = [estimate(job) for job in jobs]
    return sum(costs) - max(costs, default=0.0) >= POOL_MIN_WORK


def _describe(exc: BaseException) -> str:
    """A message for an error that is not pubkit's: where it happened, so it can be reported."""
    import traceback  # only when something went wrong (1.2 ms at start-up)

    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (at {frames[-1].filename}:{frames[-1].lineno})" if frames else ""
    return f"internal error {type(exc).__name__}: {exc}{where}. Please report this."


def spec_of(
    formats: tuple[str, ...] | None,
    variant: str | None,
    strict: bool,
    settings: tuple[tuple[str, object], ...] = (),
) -> str:
    """What, besides a notice, decides the outputs of a build: part of its record keys.

    Without chosen formats the build makes those this machine can make, so the parts found
    (:mod:`pubkit.availability`) are part of it: installing an extra is seen by a warm build.
    """
    if formats is None:
        from pubkit.availability import PARTS, part

        usable = tuple(name for name in PARTS if part(name).usable)
        return repr((formats, variant, strict, settings, usable))
    return repr((formats, variant, strict, settings))


def notice_spec(spec: str, path: str | Path, existing: tuple[str, ...] = ()) -> str:
    """``spec`` and what else decides one notice's outputs: its project file's bytes (the
    settings there) and the files a partial build keeps links to."""
    from pubkit.cache import file_sha
    from pubkit.config import project_file

    found = project_file(Path(path).parent)
    project = (str(found), file_sha(found)) if found is not None else None
    return repr((spec, project, existing))


def _configured_plan(job: Job, document: Document) -> Plan:
    """The plan of one notice: its settings (command line > front matter > project file)."""
    from pubkit.config import load_config, output_name
    from pubkit.pipeline import plan

    config = load_config(document, overrides=dict(job.settings), overrides_from="command line")
    return plan(
        list(job.formats) if job.formats else None,
        variant=job.variant,
        config=config,
        name=output_name(config, document),
        existing=job.existing,
    )


def run_job(job: Job) -> JobResult:
    """Render the outputs of ``job.only`` for the notice ``job.path``; never raises."""
    started = time.perf_counter()
    try:
        from pubkit.pipeline import Build

        _plan(job.formats, job.variant)  # an unknown format is reported before reading
        source_bytes = _read_bytes(job.path)
        build = Build.read(job.path)
        outputs_plan = _configured_plan(job, build.document)
        wanted = [o for o in outputs_plan if o.format in job.only]
        store: BuildCache | None = None
        digest = ""
        if job.cache:  # --no-cache: the cache module (hashing, JSON) is not even loaded
            from pubkit.cache import BuildCache, document_digest

            store = BuildCache(job.cache_dir)
            digest = document_digest(build.document)
    except PubkitError as exc:
        return JobResult(job=job, error=str(exc), seconds=time.perf_counter() - started)
    except Exception as exc:
        return JobResult(job=job, error=_describe(exc), seconds=time.perf_counter() - started)
    results: list[OutputResult] = []
    entries: dict[str, list[dict[str, str | bool]]] = {fmt: [] for fmt in job.only}
    incomplete: set[str] = set()
    reported = False
    for output in wanted:
        key = ""
        begun = time.perf_counter()
        fmt = output.format
        try:
            artifact: Artifact | None = None
            if store is not None:
                from pubkit.cache import output_key

                key = output_key(
                    digest, output, full_text=outputs_plan.full_text, strict=job.strict
                )
                refused = store.get_refusal(key)
                if refused is not None:
                    entries[fmt].append({"file": output.file_name, "entry": key, "refused": True})
                    results.append(
                        OutputResult(
                            file_name=output.file_name, format=fmt, error=refused, cached=True
                        )
                    )
                    continue
                artifact = store.get(key)
            cached = artifact is not None
            if artifact is None:
                artifact = build.render(output, strict=job.strict, full_text=outputs_plan.full_text)
                if store is not None:
                    store.put(key, artifact)
            entries[fmt].append({"file": output.file_name, "entry": key, "refused": False})
            report = None
            if output.source == "plain" and not reported and not cached:
                from pubkit.plain.report import summary_report

                reported = True
                report = summary_report(artifact.info)
            results.append(
                OutputResult(
                    file_name=output.file_name,
                    format=fmt,
                    artifact=artifact,
                    cached=cached,
                    report=report,
                    seconds=time.perf_counter() - begun,
                )
            )
        except InvalidDocument as exc:  # the checks' verdict: as deterministic as an output
            if store is not None:
                store.put_refusal(key, str(exc))
                entries[fmt].append({"file": output.file_name, "entry": key, "refused": True})
            results.append(OutputResult(file_name=output.file_name, format=fmt, error=str(exc)))
        except PubkitError as exc:
            incomplete.add(fmt)
            results.append(OutputResult(file_name=output.file_name, format=fmt, error=str(exc)))
        except Exception as exc:
            incomplete.add(fmt)
            message = _describe(exc)
            results.append(OutputResult(file_name=output.file_name, format=fmt, error=message))
    if store is not None and source_bytes is not None and _read_bytes(job.path) == source_bytes:
        _put_records(store, job, build.document, source_bytes, entries, incomplete)
    return JobResult(job=job, outputs=tuple(results), seconds=time.perf_counter() - started)


def _read_bytes(path: str) -> bytes | None:
    try:
        return Path(path).read_bytes()
    except OSError:
        return None


def _put_records(
    store: BuildCache,
    job: Job,
    document: Document,
    data: bytes,
    entries: dict[str, list[dict[str, str | bool]]],
    incomplete: set[str],
) -> None:
    """For each format of the job, the record a warm build finds from the file's bytes."""
    from pubkit.cache import FAST_FORMATS, images, source_key

    spec = notice_spec(
        spec_of(job.formats, job.variant, job.strict, job.settings), job.path, job.existing
    )
    base = str(Path(document.source).parent) if document.source else str(Path(job.path).parent)
    used = [[src, sha] for src, sha in images(document)]
    for fmt, items in entries.items():
        if fmt in incomplete or fmt not in FAST_FORMATS or not items:
            continue
        record = {"outputs": items, "images": used, "base": base}
        store.put_record(source_key(data, spec, fmt), record)


def has_records(store: BuildCache, path: Path, spec: str, formats: Sequence[str]) -> bool:
    """Whether a notice's outputs in ``formats`` are all in the cache under its file's bytes
    (records, images and entries present; the entries are not read)."""
    from pubkit.cache import file_sha, source_key

    data = _read_bytes(str(path))
    if data is None:
        return False
    for fmt in formats:
        record = store.get_record(source_key(data, spec, fmt))
        if not isinstance(record, dict):
            return False
        base = Path(str(record.get("base", "")))
        if any(file_sha(base / str(src)) != sha for src, sha in record.get("images", [])):
            return False
        if not all(store.has(str(item["entry"])) for item in record.get("outputs", [])):
            return False
    return True


def from_records(
    store: BuildCache, path: Path, spec: str, formats: Sequence[str]
) -> JobResult | None:
    """A notice's outputs in ``formats``, found from its file's bytes alone (see
    :func:`pubkit.cache.source_key`); None when any is missing or an image changed."""
    from pubkit.cache import file_sha, source_key

    started = time.perf_counter()
    data = _read_bytes(str(path))
    if data is None:
        return None
    outputs: list[OutputResult] = []
    for fmt in formats:
        record = store.get_record(source_key(data, spec, fmt))
        if not isinstance(record, dict):
            return None
        base = Path(str(record.get("base", "")))
        for src, sha in record.get("images", []):
            if file_sha(base / str(src)) != sha:
                return None
        for item in record.get("outputs", []):
            name, key = str(item["file"]), str(item["entry"])
            if item.get("refused"):
                refused = store.get_refusal(key)
                if refused is None:
                    return None
                outputs.append(OutputResult(file_name=name, format=fmt, error=refused, cached=True))
                continue
            artifact = store.get(key)
            if artifact is None:
                return None
            outputs.append(OutputResult(file_name=name, format=fmt, artifact=artifact, cached=True))
    job = Job(path=str(path), only=tuple(formats), formats=None)
    return JobResult(job=job, outputs=tuple(outputs), seconds=time.perf_counter() - started)


# -- running the jobs -------------------------------------------------------------------------

Runner = Callable[[Sequence[Job]], Iterator[JobResult]]


def run_serial(jobs: Sequence[Job]) -> Iterator[JobResult]:
    """In this process, one job after the other."""
    for job in jobs:
        yield run_job(job)


def run_local(jobs: Sequence[Job], workers: int) -> Iterator[JobResult]:
    """In a pool of ``workers`` processes. A job whose engine crashes its process is tried
    once more in a fresh pool; if it crashes again it fails alone."""
    if workers <= 1 or len(jobs) <= 1 or not worth_a_pool(jobs):
        yield from run_serial(jobs)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    # fork (Linux): the workers start with the reader and the plan already imported. The pool
    # starts its processes at the first submit, before any thread of ours exists.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    if context.get_start_method() == "fork":
        _preload(jobs)
    pending = list(jobs)
    crashes: dict[Job, int] = {}
    while pending:
        broken: list[Job] = []
        with ProcessPoolExecutor(
            max_workers=min(workers, len(pending)), mp_context=context
        ) as pool:
            futures: dict[Future[JobResult], Job] = {pool.submit(run_job, j): j for j in pending}
            for future in as_completed(futures):
                job = futures[future]
                try:
                    yield future.result()
                except BrokenProcessPool:
                    broken.append(job)
        pending = []
        for job in broken:
            crashes[job] = crashes.get(job, 0) + 1
            if crashes[job] >= 2:
                yield JobResult(
                    job=job,
                    error="the rendering process crashed (twice) on this notice; "
                    "run it alone with --jobs 1 to see the engine's message",
                )
            else:
                pending.append(job)


def _preload(jobs: Sequence[Job]) -> None:
    """Load the engines of the jobs' formats once, before the workers are forked, so that
    they share the modules instead of each loading them; and the data that at least two jobs
    need (the PDF fonts' character maps and hyphenation patterns, the plain version's German
    tagger and word-frequency lists, for the languages the notices name), which each of their
    workers would load again: on the two examples in every format each worker spent about
    0.4 s on the PDF's data and 1 s on the plain version's. Data only one job needs is left to
    its worker, which loads it while the other workers render (one long notice split by format)."""
    from pubkit.renderers import registry

    first = jobs[0]
    formats = {fmt for job in jobs for fmt in job.only}
    outputs = [o for o in _plan(first.formats, first.variant) if o.format in formats]
    paths = list(dict.fromkeys(job.path for job in jobs))
    if any(p.lower().endswith(".md") for p in paths):
        import pubkit.readers.markdown  # noqa: F401
    for name in dict.fromkeys(o.renderer for o in outputs):
        try:
            registry.get(name).preload()
        except (PubkitError, ImportError, OSError):
            continue  # the job that needs it reports it

    def shared(needs: Callable[[Any], bool]) -> bool:
        """Whether two jobs or more have an output that ``needs`` it."""
        return sum(any(needs(o) for o in outputs if o.format in job.only) for job in jobs) >= 2

    pdf, plain = shared(lambda o: o.renderer == "pdf"), shared(lambda o: o.source == "plain")
    if not (pdf or plain):
        return
    languages = notice_languages(paths)
    try:  # for speed only: a worker that needs what failed here meets the error and reports it
        if pdf:
            _preload_pdf(languages)
        if plain:
            _preload_plain(languages)
    except Exception:
        pass


def _preload_pdf(languages: set[str]) -> None:
    """The fonts' character maps (the missing-glyph check) and Pyphen's patterns of
    ``languages``, as WeasyPrint asks for them (one key: the dictionary's file)."""
    from pubkit.renderers import pdf_fonts

    pdf_fonts.preload()
    try:
        import pyphen  # type: ignore[import-untyped]  # a WeasyPrint dependency, untyped
    except ImportError:
        return
    for lang in sorted(languages):
        if pyphen.language_fallback(lang):
            pyphen.Pyphen(lang=lang)


def _preload_plain(languages: set[str]) -> None:
    """The plain version's tagger (German) and word-frequency lists (German notices are
    checked for English words too)."""
    import pubkit.plain.transform  # noqa: F401

    if "de" in languages:
        from pubkit.plain.nlp import has_tagger

        has_tagger("de")
        languages = languages | {"en"}
    from pubkit.plain.frequency import preload

    for lang in sorted(languages):
        preload(lang)  # nothing when wordfreq or its list for lang is missing


_LANG_LINE = re.compile(rb"^(?:lang|language|sprache)\s*:\s*[\"']?([A-Za-z]{2,3})\b", re.M)


def notice_languages(paths: Iterable[str], limit: int = 64) -> set[str]:
    """The primary languages (``de``) the first ``limit`` notices name in their front matter,
    from their first 4 KB; for loading per-language data before the workers fork. A guess
    for speed only: a language missed here is loaded by the worker that meets it."""
    found: set[str] = set()
    for number, path in enumerate(paths):
        if number >= limit:
            break
        try:
            with Path(path).open("rb") as stream:
                head = stream.read(4096)
        except OSError:
            continue
        if head.startswith(b"---"):
            match = _LANG_LINE.search(head.split(b"\n---", 1)[0])
            if match:
                found.add(match.group(1).decode("ascii").lower())
    return found


def run_dask(jobs: Sequence[Job], scheduler: str) -> Iterator[JobResult]:
    """On the Dask cluster at ``scheduler`` (``tcp://host:8786``): the same jobs, the same
    function; the workers need pubkit and its engines, and the notices at the same path."""
    try:
        from distributed import Client
        from distributed import as_completed as dask_completed
    except ImportError as exc:
        from pubkit.errors import MissingDependency

        raise MissingDependency(
            f'--scheduler needs Dask\'s distributed package ({exc.name}): pip install "pubkit-a11y[dask]"'
        ) from exc
    try:
        client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise PubkitError(
            f"Cannot reach the Dask scheduler at {scheduler}: {exc}. Is it running, and is "
            "the address (tcp://host:port) right?"
        ) from exc
    try:
        futures = client.map(run_job, list(jobs), pure=False)
        for future in dask_completed(futures):
            result: JobResult = future.result()
            yield result
    finally:
        client.close()


# -- the build and its summary ----------------------------------------------------------------


@dataclass(slots=True)
class FormatTally:
    files: int = 0
    cached: int = 0
    failed: int = 0
    seconds: float = 0.0


@dataclass(slots=True)
class BatchBuild:
    """A build of ``inputs`` × the formats of the plan into ``out``; :meth:`run` yields each
    job's result after writing its files; the tallies make the summary table."""

    inputs: Sequence[Path]
    out: Path
    formats: tuple[str, ...] | None = None
    variant: str | None = None
    strict: bool = True
    cache: bool = True
    cache_dir: str | None = None
    jobs: int = field(default_factory=default_jobs)
    scheduler: str | None = None
    settings: tuple[tuple[str, object], ...] = ()
    """Settings from the command line, by dotted key (:mod:`pubkit.config`)."""
    tallies: dict[str, FormatTally] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    total_jobs: int | None = None
    """Known once :meth:`run` has started: the results it will yield."""

    planned: bool = False
    """Whether this process has made the build's plan (a warm build may not need it)."""

    processes: int = 1
    """The processes that rendered (set by :meth:`run`): 1 unless the jobs went to a pool."""

    def skipped(self) -> tuple[Skipped, ...]:
        """The formats (or files) of the build this machine cannot make, each with the
        commands that install what it needs: the plan's list once it is made, else the same
        found without loading a renderer (:func:`pubkit.availability.predict`). A format
        chosen by name that cannot be made raises MissingDependency."""
        from pubkit.availability import predict

        predicted = predict(self.formats)
        return _plan(self.formats, self.variant).skipped if self.planned else predicted

    def plan_formats(self) -> tuple[str, ...]:
        """The formats of the plan, in its order (raises UnknownFormat early, in this process)."""
        self.planned = True
        return tuple(dict.fromkeys(o.format for o in _plan(self.formats, self.variant)))

    def job_list(self, inputs: Sequence[Path] | None = None) -> list[Job]:
        """One job per notice when there are at least two per process (eight for a cluster),
        else one per notice and format."""
        inputs = self.inputs if inputs is None else inputs
        formats = self.plan_formats()
        enough = 8 if self.scheduler else 2 * self.jobs  # a cluster's size is not known here
        split = len(inputs) < enough
        groups = _shared_products(_plan(self.formats, self.variant)) if split else [formats]
        return [
            Job(
                path=str(path),
                only=group,
                formats=self.formats,
                variant=self.variant,
                strict=self.strict,
                cache=self.cache,
                cache_dir=self.cache_dir,
                settings=self.settings,
                existing=self.existing(path),
            )
            for path in inputs
            for group in groups
        ]

    def folder(self, path: Path) -> Path:
        """The output folder of the notice ``path``: ``--out`` / its file stem."""
        return output_path(self.out, Path(path).stem)  # inside --out, whatever the name

    def existing(self, path: Path) -> tuple[str, ...]:
        """The files of *other* formats in the notice's output folder, when this build makes
        only some formats: the web page keeps linking to them."""
        if self.formats is None:
            return ()
        own = set(self.formats)
        try:
            names = [p.name for p in self.folder(path).iterdir() if p.is_file()]
        except OSError:
            return ()
        return tuple(sorted(n for n in names if format_of_file(n) not in (None, *own)))

    def check_clashes(self) -> None:
        """Refuse notices from different folders that would share an output folder (they
        would overwrite each other's files): :class:`PubkitError` naming both."""
        seen: dict[str, Path] = {}
        for path in self.inputs:
            key = self.folder(path).name.casefold()  # one folder on case-insensitive disks
            other = seen.setdefault(key, path)
            if other.resolve() != Path(path).resolve():
                raise PubkitError(
                    f'"{other}" and "{path}" would both be written to "{self.folder(path)}" '
                    "and overwrite each other's files. Rename one of them, or build them "
                    "with separate --out folders."
                )

    def ordered(self, jobs: list[Job]) -> list[Job]:
        """Longest first (LPT) when several processes share the jobs, so that no process is
        left with a long job at the end while the others wait; else in the given order."""
        if not self.scheduler and (self.jobs <= 1 or len(jobs) <= 1):
            return jobs
        return sorted(jobs, key=estimate, reverse=True)  # stable: ties keep their order

    def run(self) -> Iterator[tuple[JobResult, list[tuple[str, bool, str]]]]:
        """Run every job; write each finished output; yield (result, [(what, ok, message)]).

        With the cache on, the notices whose outputs are all in the cache under their file's
        bytes are written first, in this process, without planning or loading a renderer."""
        started = time.perf_counter()
        self.processes = 1
        self.check_clashes()
        store = None
        slow = list(self.inputs)
        known: object = None
        spec = spec_of(self.formats, self.variant, self.strict, self.settings)
        if self.cache and not self.scheduler:
            from pubkit.cache import BuildCache, record_key

            store = BuildCache(self.cache_dir)
            known = store.get_record(record_key("formats", spec))
        if isinstance(known, list) and known and store is not None:
            # which notices are all in the cache: found from records alone, without loading
            # an output; each is loaded again, written and let go, one at a time
            slow = []
            fast: list[Path] = []
            for path in self.inputs:
                (
                    fast
                    if has_records(store, path, self._spec(spec, path), [str(f) for f in known])
                    else slow
                ).append(path)
            jobs = self.job_list(slow) if slow else []
            self.total_jobs = len(fast) + len(jobs)
            for path in fast:
                found = from_records(store, path, self._spec(spec, path), [str(f) for f in known])
                if found is None:  # pruned or changed meanwhile: the full path
                    extra = self.job_list([path])
                    jobs += extra
                    self.total_jobs += len(extra) - 1
                    continue
                yield found, self._write(found)
        else:
            jobs = self.job_list(slow) if slow else []
            self.total_jobs = len(jobs)
        if jobs:
            if store is not None and _fast_formats(self.plan_formats()):
                from pubkit.cache import record_key

                store.put_record(record_key("formats", spec), list(self.plan_formats()))
            jobs = self.ordered(jobs)
            if not self.scheduler and self.jobs > 1 and len(jobs) > 1 and worth_a_pool(jobs):
                self.processes = min(self.jobs, len(jobs))  # as run_local starts its pool
            runner: Iterable[JobResult] = (
                run_dask(jobs, self.scheduler) if self.scheduler else run_local(jobs, self.jobs)
            )
            for result in runner:
                yield result, self._write(result)
        self.seconds = time.perf_counter() - started
        if self.cache:
            from pubkit.cache import BuildCache

            BuildCache(self.cache_dir).prune()

    def _spec(self, spec: str, path: Path) -> str:
        return notice_spec(spec, path, self.existing(path))

    def _write(self, result: JobResult) -> list[tuple[str, bool, str]]:
        source = result.job.path
        lines: list[tuple[str, bool, str]] = []
        if result.error is not None:
            for output in _plan(self.formats, self.variant):
                if output.format in result.job.only:
                    self.tallies.setdefault(output.format, FormatTally()).failed += 1
            self.failures.append(f"{source}: {result.error}")
            lines.append((source, False, result.error))
            return lines
        folder = self.folder(Path(source))
        for item in result.outputs:
            tally = self.tallies.setdefault(item.format, FormatTally())
            tally.seconds += item.seconds
            what = f"{source} → {item.file_name}"
            if item.artifact is None:
                tally.failed += 1
                self.failures.append(f"{what}: {item.error}")
                lines.append((what, False, item.error or "failed"))
                continue
            try:
                paths = _save_if_changed(item.artifact, folder / item.file_name)
            except PubkitError as exc:
                tally.failed += 1
                self.failures.append(f"{what}: {exc}")
                lines.append((what, False, str(exc)))
                continue
            tally.files += 1
            tally.cached += item.cached
            lines.append((str(paths[0]), True, item.report or ""))
        return lines

    @property
    def failed(self) -> int:
        return sum(t.failed for t in self.tallies.values())

    @property
    def written(self) -> int:
        return sum(t.files for t in self.tallies.values())

    def summary_rows(self) -> list[tuple[str, str, str, str, str]]:
        """(format, files, from cache, failed, render seconds) and a total row."""
        rows = [
            (fmt, str(t.files), str(t.cached), str(t.failed), f"{t.seconds:.1f}")
            for fmt, t in self.tallies.items()
        ]
        total = FormatTally()
        for t in self.tallies.values():
            total.files += t.files
            total.cached += t.cached
            total.failed += t.failed
            total.seconds += t.seconds
        rows.append(
            (
                "total",
                str(total.files),
                str(total.cached),
                str(total.failed),
                f"{total.seconds:.1f}",
            )
        )
        return rows


FILE_TAILS: dict[str, str] = {
    "index.html": "html",
    "-summary.html": "summary",
    "-summary.pdf": "summary",
    ".pdf": "pdf",
    "-large-print.pdf": "pdf",
    ".epub": "epub",
    "-narrated.epub": "narrated",
    ".mp3": "speech",
    ".ogg": "speech",
    ".wav": "speech",
    ".vtt": "speech",
    ".chapters.vtt": "speech",
    ".timings.json": "speech",
}
"""Which of pubkit's formats writes a file, by the end of its name after the output name
(``notice``, the stem or the slug); ``index.html`` whole. Kept here so that a warm build
needs no renderer; a test keeps it equal to what the renderers declare."""


def format_of_file(name: str) -> str | None:
    """The format that writes the output file ``name`` (the longest matching end), or None."""
    if name in FILE_TAILS and not name.startswith((".", "-")):
        return FILE_TAILS[name]
    best = max(
        (t for t in FILE_TAILS if t[0] in ".-" and name.endswith(t) and len(name) > len(t)),
        key=len,
        default=None,
    )
    return FILE_TAILS[best] if best else None


def _fast_formats(formats: Iterable[str]) -> bool:
    """Whether every format's outputs depend only on what :func:`pubkit.cache.source_key`
    covers (pubkit's own renderers)."""
    from pubkit.cache import FAST_FORMATS

    return all(f in FAST_FORMATS for f in formats)


def _save_if_changed(artifact: Artifact, target: Path) -> list[Path]:
    """Write the output and its attachments, unless every file already holds these bytes: a
    warm rebuild into the same folder then writes (and syncs) nothing."""
    files = [(target, artifact.data)]
    files += [(target.with_name(target.stem + a.name), a.data) for a in artifact.attachments]
    try:
        unchanged = all(
            p.is_file() and p.stat().st_size == len(d) and p.read_bytes() == d for p, d in files
        )
    except OSError:
        unchanged = False
    if unchanged:
        return [p for p, _ in files]
    return artifact.save(target)


def workers_label(build: BatchBuild) -> str:
    from pubkit.i18n import _, ngettext

    if build.scheduler:
        return _("Dask cluster {address}").format(address=build.scheduler)
    count = build.processes
    return ngettext("{count} process", "{count} processes", count).format(count=count)


def summary(build: BatchBuild, *, notices: int, plain: bool = False) -> Any:
    """The summary table: a rich Table, or (``plain``) the same drawn as text without rich."""
    from pubkit.i18n import _, ngettext

    title = _("{notices}, {formats}, {workers}, {seconds} s").format(
        notices=ngettext("{count} notice", "{count} notices", notices).format(count=notices),
        formats=ngettext("{count} format", "{count} formats", len(build.tallies)).format(
            count=len(build.tallies)
        ),
        workers=workers_label(build),
        seconds=f"{build.seconds:.1f}",
    )
    columns: list[tuple[str, Literal["left", "right"]]] = [
        (_("format"), "left"),
        (_("files"), "right"),
        (_("from cache"), "right"),
        (_("failed"), "right"),
        (_("render s"), "right"),
    ]
    if plain:
        from pubkit.textout import table_text

        return table_text(title, columns, build.summary_rows())
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=escape(title), title_justify="left")
    for name, justify in columns:
        table.add_column(name, justify=justify)
    for row in build.summary_rows():
        table.add_row(*row)
    return table
