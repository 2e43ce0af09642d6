"""One Build used from several threads at once (a threaded WSGI server): same results."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pubkit
from tests.images import png

TEXT = """---
title: Laternenumzug am Martinstag
lang: de
---

Der Umzug beginnt um 17 Uhr am Rathaus. Kinder mit Laternen sind willkommen.

![Eine gelbe Laterne](laterne.png)
"""


def test_threads_share_a_build() -> None:
    build = pubkit.Build.from_text(TEXT, resources={"laterne.png": png(30, 30, (240, 200, 40))})
    page = build.plan(["html"]).outputs[0]
    pdf = build.plan(["pdf"], variant="standard").outputs[0]
    jobs = [page] * 8 + [pdf] * 2
    with ThreadPoolExecutor(max_workers=4) as pool:
        done = list(pool.map(build.render, jobs))
    pages = {a.data for a, o in zip(done, jobs, strict=True) if o is page}
    assert len(pages) == 1  # the same page from every thread
    pdfs = [a.data for a, o in zip(done, jobs, strict=True) if o is pdf]
    assert all(d.startswith(b"%PDF-") for d in pdfs)
    assert len(pdfs[0]) > 1000
