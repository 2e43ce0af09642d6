"""Speech after a fork (gunicorn --preload, Celery prefork): works with no setting."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import re

import pubkit
from pubkit.speech.engine import get_engine

TEXT = """---
title: Wertstoffhof geschlossen
lang: de
---

Der Wertstoffhof ist am Montag geschlossen. Ab Dienstag ist er wieder geöffnet.
"""


def _render_in_child(queue: multiprocessing.Queue[tuple[int, str, int]], cache: str) -> None:
    try:
        build = pubkit.Build.from_text(TEXT)
        output = build.plan(["speech"]).outputs[0]
        options = dataclasses.replace(output.options, cache_dir=cache)
        artifact = build.render(dataclasses.replace(output, options=options))
        vtt = next(a for a in artifact.attachments if a.name == ".vtt").data.decode()
        queue.put((os.getpid(), vtt, len(artifact.data)))
    except Exception as exc:  # the parent reports it
        queue.put((os.getpid(), f"error: {type(exc).__name__}: {exc}", 0))


def test_speech_in_a_forked_child_after_use_in_the_parent(tmp_path: object) -> None:
    parent_cache = str(tmp_path) + "/parent"
    child_cache = str(tmp_path) + "/child"  # empty: the child must synthesise itself
    get_engine("pyttsx3").synthesize("Vorher.", voice="gmw/de", rate=145)  # espeak-ng started
    queue: multiprocessing.Queue[tuple[int, str, int]] = multiprocessing.Queue()
    _render_in_child(queue, parent_cache)  # the same render in the parent, for comparison
    _, parent_vtt, parent_size = queue.get(timeout=5)
    assert not parent_vtt.startswith("error"), parent_vtt

    ctx = multiprocessing.get_context("fork")
    results: multiprocessing.Queue[tuple[int, str, int]] = ctx.Queue()
    children = [
        ctx.Process(target=_render_in_child, args=(results, f"{child_cache}{i}")) for i in range(2)
    ]
    for child in children:
        child.start()
    got = [results.get(timeout=120) for _ in children]
    for child in children:
        child.join(30)
        assert child.exitcode == 0
    for pid, vtt, size in got:
        assert pid != os.getpid()
        assert not vtt.startswith("error"), vtt
        assert _texts(vtt) == _texts(parent_vtt)
        # espeak-ng's first sentence after starting differs by a few samples: times agree
        # to within 50 ms, not to the sample
        for mine, theirs in zip(_times(vtt), _times(parent_vtt), strict=True):
            assert abs(mine - theirs) < 0.05
        assert abs(size - parent_size) < parent_size * 0.02


def _texts(vtt: str) -> list[str]:
    return [line for line in vtt.splitlines() if line and "-->" not in line]


def _times(vtt: str) -> list[float]:
    found = re.findall(r"(\d+):(\d+):(\d+\.\d+)", vtt)
    return [int(h) * 3600 + int(m) * 60 + float(s) for h, m, s in found]
