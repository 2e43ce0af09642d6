"""MkDocs hooks for pubkit's documentation site (mkdocs.yml ``hooks:``).

- A page whose front matter says ``lang: de`` gets ``lang="de"`` on its ``<article>``, so
  screen readers read it with a German voice (WCAG 3.1.2); the site's own language is English.
"""

from __future__ import annotations

import re
from typing import Any

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">')


def on_post_page(output: str, page: Any, config: Any, **_: Any) -> str:
    lang = page.meta.get("lang")
    if not lang:
        return output
    return _ARTICLE.sub(
        f'<article class="md-content__inner md-typeset" lang="{lang}">', output, count=1
    )
