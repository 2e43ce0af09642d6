"""A fallback engine: the ``espeak-ng`` program, one process per sentence (several at once).

Same voices as the pyttsx3 engine; useful in processes forked after espeak-ng started
(where the in-process library cannot be used again) and as the benchmark's baseline.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from functools import cache
from typing import ClassVar

from pubkit.errors import RenderError
from pubkit.i18n import _
from pubkit.speech.engine import VOLUME, Audio, Engine, Voice

__all__ = ["EspeakEngine"]


@cache
def _program() -> str:
    path = shutil.which("espeak-ng")
    if path is None:
        raise RenderError(
            _("The espeak-ng program is not installed: {fix}.").format(fix="apt install espeak-ng")
        )
    return path


TIMEOUT_SECONDS = 120.0
"""How long one espeak-ng call may take before it is stopped."""


def _run(args: list[str], *, data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run espeak-ng; a failure, a hang or a missing program is a RenderError."""
    try:
        return subprocess.run(
            args, input=data, capture_output=True, check=True, timeout=TIMEOUT_SECONDS
        )
    except subprocess.TimeoutExpired:
        raise RenderError(
            f"espeak-ng did not finish within {TIMEOUT_SECONDS:.0f} s and was stopped; check "
            "that it works: echo Test | espeak-ng --stdout > /dev/null."
        ) from None
    except subprocess.CalledProcessError as exc:
        message = (exc.stderr or b"").decode("utf-8", "replace").strip()[:200] or "no message"
        raise RenderError(
            f"espeak-ng failed (exit status {exc.returncode}): {message}. Reinstall it: "
            "apt-get install --reinstall espeak-ng."
        ) from None
    except OSError as exc:
        raise RenderError(f"espeak-ng cannot be started: {exc.strerror}.") from None


@cache
def _version() -> str:
    try:
        out = subprocess.run(
            [_program(), "--version"], capture_output=True, text=True, check=False, timeout=30
        )
    except (subprocess.TimeoutExpired, OSError):
        return f"espeak-ng-unknown/volume-{VOLUME}"
    match = re.search(r"(\d+\.\d+(?:\.\d+)?)", out.stdout)
    return f"espeak-ng-{match.group(1) if match else 'unknown'}/volume-{VOLUME}"


@cache
def _voices() -> tuple[Voice, ...]:
    out = _run([_program(), "--voices"])
    voices = []
    for line in out.stdout.decode("utf-8", "replace").splitlines()[1:]:
        fields = line.split()
        if len(fields) >= 5:
            languages = [fields[1].lower()]
            languages += [m.lower() for m in re.findall(r"\(([\w-]+) \d+\)", line)]
            voices.append(Voice(fields[4].lower(), tuple(languages), fields[3]))
    return tuple(voices)


class EspeakEngine(Engine):
    """Calls ``espeak-ng -w`` with the text on standard input (UTF-8)."""

    name: ClassVar[str] = "espeak-ng"
    concurrent: ClassVar[bool] = True  # one process per call, nothing shared

    def version(self) -> str:
        return _version()

    def voices(self) -> tuple[Voice, ...]:
        return _voices()

    def synthesize(self, text: str, *, voice: str, rate: int) -> Audio:
        result = _run(
            [_program(), "-v", voice, "-s", str(rate), "-a", str(VOLUME), "-b", "1", "--stdout"],
            data=text.encode("utf-8"),
        )
        if len(result.stdout) <= 44:
            message = result.stderr.decode("utf-8", "replace").strip() or "no audio"
            raise RenderError(f"espeak-ng failed on {text[:60]!r}: {message}")
        # A streamed WAV header has no real length: read the format, take the rest as PCM.
        head = result.stdout[:44]
        channels, rate_hz, _, _, bits = struct.unpack("<HIIHH", head[22:36])
        if head[:4] != b"RIFF" or head[36:40] != b"data" or (channels, bits) != (1, 16):
            raise RenderError(f"espeak-ng wrote an unexpected WAV format for {text[:60]!r}.")
        pcm = result.stdout[44:]
        return Audio(pcm[: len(pcm) // 2 * 2], rate_hz)
