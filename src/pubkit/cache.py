"""The build cache: finished outputs stored under a key made of everything they depend on.

An output is rendered again only when something it is made from changes. The key
(:func:`output_key`) is the SHA-256 of:

- the prepared notice (:func:`pubkit.model.serialize.to_json`), and the contents of the local
  images it uses (the HTML, EPUB and PDF embed them);
- the output: renderer name, source (notice or plain version), options, file name, the file
  the plain version links back to, whether the build is strict;
- pubkit's version and a fingerprint of its code (every ``.py`` and ``.css`` in the
  package), so a changed writer or style sheet re-renders everything;
- the versions of the engines the renderer uses (WeasyPrint, pydyf, pikepdf, ebooklib, lxml,
  pyttsx3, lameenc, mutagen, espeak-ng; HanTa and wordfreq for the plain version) and, for
  PDFs, a fingerprint of the installed fonts.

The cache is a folder of entries ``ab/abcdef….entry``, each written to a temporary file in
the same folder and renamed into place, so concurrent builds (processes, machines sharing
the folder) never see half an entry; two builds writing the same key write the same bytes.
An entry that cannot be parsed is treated as missing. The folder is bounded
(:data:`DEFAULT_MAX_BYTES`, ``$PUBKIT_CACHE_MAX_MB``): :meth:`BuildCache.prune` removes the
least recently used entries.

Location: ``--cache-dir``, else ``$PUBKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/pubkit/build``
(``~/.cache/pubkit/build``). Speech keeps its own per-sentence cache next to it
(:mod:`pubkit.speech.cache`), so an edited notice re-synthesises only the changed sentences.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pubkit.lru import bound_from_env, prune, stored_files, user_cache_dir

if TYPE_CHECKING:
    from pubkit.model import Document
    from pubkit.renderers.base import Artifact, Output

__all__ = [
    "DEFAULT_MAX_BYTES",
    "BuildCache",
    "CacheStats",
    "default_cache_dir",
    "environment",
    "output_key",
    "record_key",
    "source_key",
]

ENV_DIR = "PUBKIT_CACHE_DIR"
ENV_MAX = "PUBKIT_CACHE_MAX_MB"
DEFAULT_MAX_BYTES = 2 * 1024**3
"""2 GiB: a year of a city's notices in every format, with room to spare."""

_MAGIC = b"pubkit-cache/1\n"
_SUFFIX = ".entry"
_REFUSAL = "application/x-pubkit-refusal"
_RECORD = "application/json; x-pubkit-record"

# The packages each renderer's output depends on, besides pubkit itself.
_PACKAGES: dict[str, tuple[str, ...]] = {
    "html": (),
    "pdf": ("weasyprint", "pydyf", "pikepdf", "tinycss2", "cssselect2"),
    "epub": ("ebooklib", "lxml"),
    "speech": ("pyttsx3", "lameenc", "mutagen", "num2words"),
}
_PLAIN_PACKAGES = ("HanTa", "wordfreq", "numpy")
_READER_PACKAGES = ("markdown-it-py", "mdit-py-plugins", "PyYAML", "nh3", "python-docx", "Pillow")
FAST_FORMATS = frozenset({"html", "pdf", "epub", "speech", "summary"})
"""The formats whose outputs depend on nothing outside :func:`full_environment`."""
_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")


def default_cache_dir() -> Path:
    """``$PUBKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/pubkit/build``, else ``~/.cache/pubkit/build``."""
    return user_cache_dir(ENV_DIR, "build")


def _max_bytes() -> int:
    return bound_from_env(ENV_MAX, DEFAULT_MAX_BYTES, example=500)


# -- the key --------------------------------------------------------------------------------


@cache
def _code_fingerprint() -> str:
    """SHA-256 over pubkit's own files: a changed writer or style sheet changes every key."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".css") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


@cache
def _installed() -> dict[str, str]:
    """Installed distributions and their versions, from the ``*.dist-info`` folder names on
    ``sys.path`` (one directory listing each: ``importlib.metadata`` costs ten times more)."""
    import sys

    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = [p.name for p in Path(entry or ".").iterdir()]
        except OSError:
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                dist, _, version = name.rsplit(".", 1)[0].partition("-")
                found.setdefault(_normal(dist), version)
    return found


def _normal(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def _package_version(name: str) -> str:
    return _installed().get(_normal(name), "-")


@cache
def _fonts_fingerprint() -> str:
    """The installed font files (name, size, modification time): a new font changes PDFs."""
    digest = hashlib.sha256()
    for folder in _FONT_DIRS:
        root = Path(folder).expanduser()
        if not root.is_dir():
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                try:
                    st = (Path(dirpath) / name).stat()
                except OSError:
                    continue
                digest.update(f"{dirpath}/{name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@cache
def _espeak_version() -> str:
    """The espeak-ng program and its voice data (size and time of each): a new version or
    new voices change the audio."""
    program = shutil.which("espeak-ng")
    if program is None:
        return "-"
    parts = []
    data = [Path(program).resolve()]
    for pattern in ("/usr/lib/*/espeak-ng-data/phontab", "/usr/share/espeak-ng-data/phontab"):
        data += sorted(Path("/").glob(pattern.lstrip("/")))
    for path in data:
        try:
            st = path.stat()
        except OSError:
            continue
        parts.append(f"{path}:{st.st_size}:{st.st_mtime_ns}")
    return ";".join(parts)


@cache
def environment(renderer: str, plain: bool) -> str:
    """What the output of ``renderer`` depends on outside the document, as one string."""
    from pubkit import __version__

    parts = [f"pubkit={__version__}", f"code={_code_fingerprint()}"]
    parts += [f"{p}={_package_version(p)}" for p in _PACKAGES.get(renderer, ())]
    if renderer not in _PACKAGES:  # a renderer from another package: its own version
        parts.append(f"renderer-package={renderer}")
    if plain:
        parts += [f"{p}={_package_version(p)}" for p in _PLAIN_PACKAGES]
    if renderer == "pdf":
        parts.append(f"fonts={_fonts_fingerprint()}")
    if renderer == "speech":
        parts.append(f"espeak-ng={_espeak_version()}")
    return "\n".join(parts)


@cache
def full_environment() -> str:
    """Everything any built-in format depends on outside the source file: pubkit's code, the
    readers' and every engine's versions, the fonts, espeak-ng."""
    parts = [environment(r, True) for r in ("html", "pdf", "epub", "speech")]
    parts += [f"{p}={_package_version(p)}" for p in _READER_PACKAGES]
    return "\n".join(parts)


def source_key(data: bytes, spec: str, fmt: str) -> str:
    """The key of the record that lists the outputs of format ``fmt`` made from a source file
    with the bytes ``data`` in a build described by ``spec`` (formats, variant, strictness).

    With it a warm build finds a notice's outputs from the file's bytes alone, without
    reading the notice, planning or importing a renderer; the record also lists the images
    the notice used, with their SHA-256, which the build checks."""
    from pubkit.i18n import chosen, environment_language

    # a refusal's message is in the chosen or the locale's language (pubkit.i18n)
    messages = f"messages={chosen() or ''}/{environment_language() or ''}"
    digest = hashlib.sha256(b"pubkit-source-key/1\n")
    for part in (spec, fmt, full_environment(), messages):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(data)
    return digest.hexdigest()


def record_key(*parts: str) -> str:
    """The key of a small record (e.g. the formats of a build ``spec``) in this environment."""
    text = "\0".join(("pubkit-record/1", *parts, full_environment()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_sha(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def images(document: Document) -> list[tuple[str, str]]:
    """(target, SHA-256 of the file) for each local image the document uses."""
    from pubkit.model import Image
    from pubkit.model.walk import iter_nodes

    base = Path(document.source).parent if document.source else Path.cwd()
    found: list[tuple[str, str]] = []
    for node in iter_nodes(document):
        if not isinstance(node, Image) or "://" in node.src or node.src.startswith("data:"):
            continue
        found.append((node.src, file_sha(base / node.src)))  # "missing": the renderer says so
    return found


def document_digest(document: Document) -> str:
    """SHA-256 of the prepared notice and the images it uses."""
    from pubkit.model.serialize import to_json

    digest = hashlib.sha256(to_json(document).encode("utf-8"))
    for src, sha in images(document):
        digest.update(f"\nimage {src} {sha}".encode())
    return digest.hexdigest()


def output_key(
    document_sha: str, output: Output[Any], *, full_text: str | None, strict: bool
) -> str:
    """The cache key of one output of a notice whose :func:`document_digest` is given."""
    plain = output.source == "plain"
    text = "\n".join(
        (
            "pubkit-build-key/1",
            f"document={document_sha}",
            f"renderer={output.renderer}",
            f"source={output.source}",
            f"file={output.file_name}",
            f"options={output.options!r}",
            f"full_text={full_text}",
            f"strict={strict}",
            environment(output.renderer, plain),
        )
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- the store ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CacheStats:
    """What ``pubkit cache info`` shows."""

    folder: Path
    entries: int
    size: int
    max_size: int


class BuildCache:
    """A folder of finished outputs, by :func:`output_key`."""

    def __init__(self, folder: str | Path | None = None, *, max_bytes: int | None = None) -> None:
        self.folder = Path(folder).expanduser() if folder else default_cache_dir()
        self.max_bytes = max_bytes if max_bytes is not None else _max_bytes()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / (key + _SUFFIX)

    def get(self, key: str) -> Artifact | None:
        """The artifact stored under ``key``, or None (also for a damaged entry)."""
        path = self._path(key)
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        artifact = _decode(raw)
        if artifact is not None:
            with contextlib.suppress(OSError):
                os.utime(path)  # recently used: pruned last
        return artifact

    def has(self, key: str) -> bool:
        """Whether an entry exists under ``key`` (without reading or checking it)."""
        return self._path(key).is_file()

    def get_refusal(self, key: str) -> str | None:
        """The message of a refusal stored under ``key`` (see :meth:`put_refusal`), or None."""
        artifact = self.get(key)
        if artifact is None or artifact.media_type != _REFUSAL:
            return None
        return artifact.data.decode("utf-8", errors="replace")

    def put_refusal(self, key: str, message: str) -> None:
        """Store that the output under ``key`` was refused (the checks found errors, the plain
        version would change a fact): a function of the same inputs as the output, so an
        unchanged notice is not checked and simplified again only to be refused again.
        Engine failures are never stored."""
        from pubkit.renderers.base import Artifact

        self.put(key, Artifact(data=message.encode("utf-8"), media_type=_REFUSAL, suffix=""))

    def get_record(self, key: str) -> Any:
        """The JSON value stored with :meth:`put_record`, or None."""
        artifact = self.get(key)
        if artifact is None or artifact.media_type != _RECORD:
            return None
        try:
            return json.loads(artifact.data)
        except ValueError:
            return None

    def put_record(self, key: str, value: Any) -> None:
        from pubkit.renderers.base import Artifact

        data = json.dumps(value, sort_keys=True).encode("utf-8")
        self.put(key, Artifact(data=data, media_type=_RECORD, suffix=""))

    def put(self, key: str, artifact: Artifact) -> None:
        """Store ``artifact`` under ``key`` atomically; a cache that cannot be written is
        skipped silently (the build does not depend on it)."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=_SUFFIX)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(_encode(artifact))
                Path(tmp).replace(path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            return

    def _entries(self) -> list[tuple[float, int, Path]]:
        return stored_files(self.folder, (_SUFFIX,))

    def stats(self) -> CacheStats:
        entries = self._entries()
        return CacheStats(
            folder=self.folder,
            entries=len(entries),
            size=sum(size for _, size, _ in entries),
            max_size=self.max_bytes,
        )

    def prune(self) -> int:
        """Remove the least recently used entries until the folder fits; returns how many."""
        return prune(self._entries(), self.max_bytes)

    def clean(self) -> int:
        """Remove every entry (and stale temporary files); returns how many entries."""
        if not self.folder.is_dir():
            return 0
        count = 0
        for path in self.folder.glob("*/*" + _SUFFIX):
            if not path.name.startswith(".tmp-"):
                count += 1
            path.unlink(missing_ok=True)
        for folder in self.folder.iterdir():
            if folder.is_dir() and len(folder.name) == 2:
                with contextlib.suppress(OSError):
                    folder.rmdir()
        return count


def _encode(artifact: Artifact) -> bytes:
    header = {
        "media_type": artifact.media_type,
        "suffix": artifact.suffix,
        "info": dict(artifact.info),
        "size": len(artifact.data),
        "attachments": [
            {"name": a.name, "media_type": a.media_type, "size": len(a.data)}
            for a in artifact.attachments
        ],
    }
    head = json.dumps(header, ensure_ascii=True, sort_keys=True).encode("ascii")
    body = b"".join([artifact.data, *(a.data for a in artifact.attachments)])
    content = head + b"\n" + body
    return _MAGIC + content + hashlib.sha256(content).digest()


def _decode(raw: bytes) -> Artifact | None:
    """The artifact in an entry, or None when the entry is damaged or from another version."""
    from pubkit.renderers.base import Artifact, Attachment

    if not raw.startswith(_MAGIC) or len(raw) < len(_MAGIC) + 32:
        return None
    content, check = raw[len(_MAGIC) : -32], raw[-32:]
    if hashlib.sha256(content).digest() != check:
        return None
    head, _, body = content.partition(b"\n")
    try:
        header = json.loads(head)
        size = int(header["size"])
        data, rest = body[:size], body[size:]
        attachments = []
        for item in header["attachments"]:
            n = int(item["size"])
            attachments.append(
                Attachment(
                    name=str(item["name"]), data=rest[:n], media_type=str(item["media_type"])
                )
            )
            rest = rest[n:]
        if rest or len(data) != size:
            return None
        return Artifact(
            data=data,
            media_type=str(header["media_type"]),
            suffix=str(header["suffix"]),
            attachments=tuple(attachments),
            info=dict(header["info"]),
        )
    except (ValueError, KeyError, TypeError):
        return None
