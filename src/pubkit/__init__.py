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

from pubkit.api import formats, render, renderers
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
