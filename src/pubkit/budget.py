"""Render with a wall-clock budget, in a child process that can be stopped.

The limits in :mod:`pubkit.limits` keep known costs bounded, but an engine can still be slow
(or crash) for a reason no limit foresees, and native code cannot be interrupted from
Python. :func:`render_with_budget` renders in a fresh child process (``spawn``: no state
shared with engines the parent already started), waits at most ``max_render_seconds`` and
stops the child when the time is up. A child that dies (a segmentation fault in a native
library) becomes a :class:`~pubkit.errors.RenderError` too, so the caller survives both.

>>> art = render_with_budget(doc, "pdf", seconds=30)  # doctest: +SKIP
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from multiprocessing.connection import Connection

from pubkit import errors
from pubkit.errors import PubkitError, ReadError, RenderError
from pubkit.limits import Limits, current_limits, refusal
from pubkit.model import Document
from pubkit.renderers.base import Artifact

__all__ = ["render_with_budget"]


def _child(
    conn: Connection,
    document: Document,
    format: str,  # the word users know
    options: object | None,
    strict: bool,
    limits: Limits,
) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (limits.max_render_memory, limits.max_render_memory))
    try:
        from pubkit.api import render
        from pubkit.limits import use_limits

        any_format: Callable[..., Artifact] = render  # options checked by render at run time
        with use_limits(limits):
            artifact = any_format(document, format, options=options, strict=strict)
    except PubkitError as exc:
        conn.send(("error", type(exc).__name__, str(exc)))
    except MemoryError:
        conn.send(
            (
                "error",
                "RenderError",
                f"The render needed more memory than {limits.max_render_memory:,} bytes "
                "(limit max_render_memory). If this is intended, raise it: "
                "pubkit.limits.use_limits(Limits(max_render_memory=…)).",
            )
        )
    except Exception as exc:  # reported to the parent as a RenderError
        conn.send(("error", "RenderError", f"{type(exc).__name__}: {exc}"))
    else:
        conn.send(("ok", artifact, ""))
    finally:
        conn.close()


def render_with_budget(
    document: Document,
    format: str,  # the word users know
    *,
    options: object | None = None,
    strict: bool = True,
    seconds: float | None = None,
    limits: Limits | None = None,
) -> Artifact:
    """:func:`pubkit.render` in a child process, stopped after ``seconds``.

    ``seconds`` defaults to ``Limits.max_render_seconds`` of the limits in force, which also
    apply inside the child. Errors keep their pubkit class where it can be rebuilt from the
    message (limits found while reading arrive as :class:`ReadError`).
    """
    limits = limits or current_limits()
    budget = limits.max_render_seconds if seconds is None else seconds
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_child,
        args=(sender, document, format, options, strict, limits),
        name=f"pubkit-render-{format}",
        daemon=True,
    )
    started = time.monotonic()
    child.start()
    sender.close()
    try:
        if not receiver.poll(budget):
            where = f"{document.source}: " if document.source else ""
            raise RenderError(
                where
                + refusal(
                    "max_render_seconds",
                    round(time.monotonic() - started),
                    round(budget),
                    f'the "{format}" renderer was stopped',
                )
            )
        try:
            status, value, message = receiver.recv()
        except EOFError:
            child.join(5)
            raise RenderError(
                f'The "{format}" renderer process ended without a result (exit code '
                f"{child.exitcode}; a negative code is the signal that stopped it, -11 a "
                "crash in a native library, perhaps out of memory past the limit "
                "max_render_memory). Check the engine's installation, or raise the limit."
            ) from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join(5)
    if status == "ok":
        assert isinstance(value, Artifact)
        return value
    raise _rebuild(str(value), message)


def _rebuild(name: str, message: str) -> PubkitError:
    cls = getattr(errors, name, None)
    if name == "LimitExceeded":
        return ReadError(message)
    if isinstance(cls, type) and issubclass(cls, PubkitError):
        try:
            return cls(message)
        except TypeError:
            pass
    return RenderError(message)
