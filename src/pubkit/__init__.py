"""pubkit: publish one notice as accessible HTML, PDF/UA, EPUB 3, plain language and speech.

>>> import pubkit
>>> doc = pubkit.read("examples/notices/helden-in-der-krise.md")  # doctest: +SKIP
>>> for issue in pubkit.check(doc):  # doctest: +SKIP
...     print(issue)
>>> pubkit.render(doc, "html", out="out/index.html")  # doctest: +SKIP

A whole build (what ``pubkit build`` does): every output made from products made once.

>>> build = pubkit.Build.read("examples/notices/helden-in-der-krise.md")  # doctest: +SKIP
>>> results = list(build.write("out/helden", pubkit.plan()))  # doctest: +SKIP
"""

TYPE_CHECKING = False  # not `from typing import`: typing alone costs more than this module

if TYPE_CHECKING:
    from pubkit.api import formats, render
    from pubkit.checks import check
    from pubkit.errors import (
        FidelityError,
        InvalidDocument,
        MissingDependency,
        PubkitError,
        ReadError,
        RenderError,
        ResourceError,
        UnknownFormat,
    )
    from pubkit.issues import Issue
    from pubkit.model import Document, Metadata
    from pubkit.pipeline import PREPARE, Build, Plan, plan
    from pubkit.readers import read
    from pubkit.readers.markdown import read_markdown
    from pubkit.renderers.base import Artifact, Attachment, Output

# ``import pubkit`` loads nothing else: each name is imported from its module when it is
# first used (PEP 562), so ``pubkit --help`` or ``pubkit check file.pdf`` do not load the
# Markdown reader, YAML or the renderer registry.
_LAZY = {
    "formats": "pubkit.api",
    "render": "pubkit.api",
    "check": "pubkit.checks",
    "FidelityError": "pubkit.errors",
    "InvalidDocument": "pubkit.errors",
    "MissingDependency": "pubkit.errors",
    "PubkitError": "pubkit.errors",
    "ReadError": "pubkit.errors",
    "RenderError": "pubkit.errors",
    "ResourceError": "pubkit.errors",
    "UnknownFormat": "pubkit.errors",
    "Issue": "pubkit.issues",
    "Document": "pubkit.model",
    "Metadata": "pubkit.model",
    "PREPARE": "pubkit.pipeline",
    "Build": "pubkit.pipeline",
    "Plan": "pubkit.pipeline",
    "plan": "pubkit.pipeline",
    "read": "pubkit.readers",
    "read_markdown": "pubkit.readers.markdown",
    "Artifact": "pubkit.renderers.base",
    "Attachment": "pubkit.renderers.base",
    "Output": "pubkit.renderers.base",
}


# ``pubkit.renderers`` is both a subpackage and the function below: load the (empty)
# subpackage first, so that the function owns the name and a later import of a renderer
# module does not replace it.
from pubkit import renderers as _renderers_package  # noqa: E402, F401


def renderers() -> tuple[str, ...]:
    """The names of the installed renderers: ``('epub', 'html', 'pdf', …)``."""
    from pubkit.api import renderers as available

    return available()


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pubkit' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module), name)
    globals()[name] = value  # once: later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__version__ = "0.1.0"

__all__ = [
    "PREPARE",
    "Artifact",
    "Attachment",
    "Build",
    "Document",
    "FidelityError",
    "InvalidDocument",
    "Issue",
    "Metadata",
    "MissingDependency",
    "Output",
    "Plan",
    "PubkitError",
    "ReadError",
    "RenderError",
    "ResourceError",
    "UnknownFormat",
    "__version__",
    "check",
    "formats",
    "plan",
    "read",
    "read_markdown",
    "render",
    "renderers",
]
