"""Files in and out: atomic writes, output paths kept inside the output folder, safe reads.

- :func:`write_files_atomically`: a reader never sees a half-written file; temporaries of
  builds that were killed are removed by the next write into the same folder.
- :func:`output_path`: every path pubkit writes lies inside the output folder, whatever the
  input files are called (``...md``, ``../x.md``, names with slashes or control characters).
- :func:`read_text_file`: reads only regular files (a FIFO or a device would block or never
  end), at most ``max_bytes``, as UTF-8.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import stat
import tempfile
import time
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from pubkit.errors import PubkitError, ReadError
from pubkit.i18n import _

__all__ = [
    "OutputError",
    "check_output_folder",
    "clean_stale_temporaries",
    "decode_text",
    "inside",
    "output_path",
    "read_file_bytes",
    "read_text_file",
    "read_text_file_and_encoding",
    "safe_name",
    "shown",
    "terminal_safe",
    "write_files_atomically",
]

_TMP_TAG = "pubkit"
# ".<target name>.pubkit-<pid>.<random>.tmp"
_TMP_NAME = re.compile(r"^\..+\.pubkit-(\d+)\.[^.]+\.tmp$")
_STALE_AFTER = 24 * 3600.0  # a temporary this old is stale even if its pid is reused
_UNSAFE = re.compile(r"[^\w.\-]+")
_MAX_NAME = 100


class OutputError(PubkitError, OSError):
    """An output cannot be written: outside the output folder, or the file system refused."""


def safe_name(name: str, *, fallback: str = "notice") -> str:
    """A file or folder name made from input text that cannot leave its folder.

    Keeps letters (ä, ß too), digits, ``-``, ``_`` and inner dots; everything else becomes
    ``-``; leading dots are dropped (no ``..``, no hidden files).

    >>> safe_name("..."), safe_name("../etc/passwd"), safe_name("Bürger info")
    ('notice', 'etc-passwd', 'Bürger-info')
    """
    name = unicodedata.normalize("NFC", name)
    name = _UNSAFE.sub("-", name).strip("-.")
    name = re.sub(r"-{2,}", "-", name)[:_MAX_NAME].strip("-.")
    return name or fallback


def check_output_folder(root: str | Path) -> Path:
    """The output folder, resolved; :class:`OutputError` when it is a file or unusable."""
    path = Path(root)
    try:
        resolved = path.resolve()
        if resolved.exists() and not resolved.is_dir():
            raise OutputError(
                _(
                    'The output folder "{path}" is a file, not a folder. Choose another --out '
                    "or remove the file."
                ).format(path=path)
            )
    except OSError as exc:
        if isinstance(exc, OutputError):
            raise
        raise OutputError(
            _('Cannot use the output folder "{path}": {error}.').format(
                path=path, error=exc.strerror
            )
        ) from None
    return resolved


def output_path(root: str | Path, *parts: str) -> Path:
    """``root/part/…`` with every part made safe, guaranteed to lie inside ``root``.

    >>> output_path("/srv/out", "..", "index.html").as_posix()
    '/srv/out/notice/index.html'
    """
    base = check_output_folder(root)
    safe = [safe_name(p) for p in parts]
    target = Path(root).joinpath(*safe)  # as the user wrote --out, for messages
    # A symlink inside the output folder could still lead out of it.
    if not base.joinpath(*safe).resolve().is_relative_to(base):
        raise OutputError(
            _(
                'Refusing to write "{target}": it leads outside the output folder "{folder}" '
                "(through a symbolic link). Remove the link."
            ).format(target=target, folder=base)
        )
    return target


def inside(root: Path, target: Path) -> bool:
    """Whether ``target`` (resolved, links followed) lies inside ``root``."""
    return target.resolve().is_relative_to(root.resolve())


def write_files_atomically(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write every file or none: all go to temporary files first, then are renamed in place.

    A failure before the renames leaves the targets untouched and removes the temporaries;
    a full disk, a read-only folder or a name taken by a folder raise :class:`OutputError`.
    """
    temporaries: list[tuple[Path, Path]] = []
    current: Path | None = None
    try:
        for target, data in files:
            current = target
            if target.is_dir():
                raise OutputError(
                    _(
                        'Cannot write "{target}": a folder of that name is in the way. Remove it.'
                    ).format(target=target)
                )
            target.parent.mkdir(parents=True, exist_ok=True)
            clean_stale_temporaries(target.parent)
            fd, name = tempfile.mkstemp(
                prefix=f".{target.name}.{_TMP_TAG}-{os.getpid()}.", suffix=".tmp", dir=target.parent
            )
            temporaries.append((Path(name), target))
            # mkstemp makes the file private (0600); give it the mode a new file would get.
            os.fchmod(fd, _new_file_mode())
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for tmp, target in temporaries:
            current = target
            tmp.replace(target)
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(_os_message(current, exc)) from exc
    finally:
        for tmp, _target in temporaries:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _os_message(target: Path | None, exc: OSError) -> str:
    denied = _("permission denied; make the output folder writable or choose another --out")
    in_the_way = _("a file stands where a folder is needed; remove it or choose another --out")
    hints = {
        errno.ENOSPC: _("the disk is full; free some space"),
        errno.EDQUOT: _("the disk quota is used up; free some space"),
        errno.EACCES: denied,
        errno.EPERM: denied,
        errno.EROFS: _("the file system is read-only; choose another --out"),
        errno.ENOTDIR: in_the_way,
        errno.EEXIST: in_the_way,
        errno.EISDIR: _("a folder of that name is in the way; remove it"),
        errno.ENAMETOOLONG: _("the name is too long; use a shorter file or folder name"),
    }
    hint = hints.get(exc.errno or 0, exc.strerror or str(exc))
    if target is None:
        return _("Cannot write the output: {reason}.").format(reason=hint)
    return _('Cannot write "{target}": {reason}.').format(target=target, reason=hint)


def clean_stale_temporaries(folder: Path) -> list[Path]:
    """Remove pubkit's own temporaries in ``folder`` left by builds that were killed.

    A temporary is stale when the process that made it is gone (or it is a day old).
    Returns the files removed. Other files are never touched.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _TMP_NAME.match(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        pid = int(match.group(1))
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > _STALE_AFTER
        except OSError:
            continue
        if pid == os.getpid() and not old:
            continue
        if old or not _alive(pid):
            with contextlib.suppress(OSError):
                Path(entry.path).unlink()
                removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


LEGACY_ENCODING = "windows-1252"
"""What Windows programs save as „ANSI“ in German and English offices (a superset of
ISO 8859-1): the one other encoding pubkit reads, and says so (check ``DOC006``)."""


def decode_text(data: bytes, *, source: str | None = None) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read in: UTF-8 (with or without a byte
    order mark), UTF-16 with its byte order mark (Windows Notepad's „Unicode“), else
    Windows-1252 when that reads as text (no control characters); else :class:`ReadError`
    naming the first byte that is not UTF-8 and how to save the file.

    >>> decode_text("Grüße".encode("cp1252"))
    ('Grüße', 'windows-1252')
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        try:
            legacy = data.decode("cp1252")
        except UnicodeDecodeError:
            legacy = None
        if legacy is not None and not _CONTROL.search(legacy):
            return legacy, LEGACY_ENCODING
        line = data[: exc.start].count(b"\n") + 1
        raise ReadError(
            _(
                "The file is not UTF-8 text (byte {position}, {byte}); save it as UTF-8 (in Word "
                "or an editor: Save as, encoding UTF-8)."
            ).format(position=exc.start, byte=repr(data[exc.start : exc.start + 1])),
            source=source,
            line=line,
        ) from None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_text_file(path: str | Path, *, max_bytes: int) -> str:
    """The text of a regular file, read as :func:`decode_text` reads it."""
    return read_text_file_and_encoding(path, max_bytes=max_bytes)[0]


def read_text_file_and_encoding(path: str | Path, *, max_bytes: int) -> tuple[str, str]:
    """The text of a regular file of at most ``max_bytes`` bytes and its encoding
    (:func:`decode_text`), or :class:`ReadError`.

    The file type is checked on the open descriptor before reading, so a FIFO, a device or
    a folder named ``x.md`` is refused at once instead of hanging or failing later.
    """
    data = read_file_bytes(path, max_bytes=max_bytes)
    return decode_text(data, source=str(path))


def read_file_bytes(path: str | Path, *, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` bytes, or :class:`ReadError`."""
    from pubkit.limits import LimitExceeded

    source = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ReadError(_('No such file: "{path}".').format(path=path)) from None
    except IsADirectoryError:
        raise ReadError(_("This is a folder, not a notice file."), source=source) from None
    except OSError as exc:
        raise ReadError(
            _("Cannot open the file: {error}.").format(error=exc.strerror), source=source
        ) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ReadError(_("This is a folder, not a notice file."), source=source)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(
                _(
                    "This is not a regular file (a pipe, socket or device?); pubkit reads only "
                    "ordinary files."
                ),
                source=source,
            )
        if info.st_size > max_bytes:
            raise LimitExceeded("max_input_bytes", info.st_size, max_bytes, source=source)
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=True) as handle:
            fd = -1
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ReadError(
            _("Cannot read the file: {error}.").format(error=exc.strerror), source=source
        ) from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > max_bytes:  # the file grew while we read it
        raise LimitExceeded("max_input_bytes", len(data), max_bytes, source=source)
    return data


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Text from documents or paths as a terminal shows it, never as commands to it.

    Escape sequences, other control characters, lone surrogates and bidirectional overrides
    become visible ``\\x1b``-style escapes.

    >>> terminal_safe("Titel\x1b[2J")
    'Titel\\x1b[2J'
    """
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def shown(value: object) -> str:
    """``value`` as text safe for a terminal and for rich markup (``[/x]`` stays literal)."""
    from pubkit.textout import escape  # rich.markup.escape's output, without loading rich

    return escape(terminal_safe(str(value)))


@functools.cache
def _new_file_mode() -> int:
    # The umask can only be read by setting it; do that once per process, not per file,
    # so other threads (speech encodes on a pool) rarely see the temporary value.
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask
