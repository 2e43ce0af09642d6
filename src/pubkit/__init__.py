"""pubkit: publish one notice as accessible HTML, PDF/UA, EPUB 3, plain language and speech.

>>> import pubkit
>>> doc = pubkit.read("examples/notices/helden-in-der-krise.md")  # doctest: +SKIP
>>> for issue in pubkit.check(doc):  # doctest: +SKIP
...     print(issue)
>>> pubkit.render(doc, "html", out="out/index.html")  # doctest: +SKIP
"""

from pubkit.api import render, renderers
from pubkit.checks import check
from pubkit.errors import (
    InvalidDocument,
    MissingDependency,
    PubkitError,
    ReadError,
    RenderError,
    UnknownFormat,
)
from pubkit.issues import Issue
from pubkit.model import Document, Metadata
from pubkit.readers import read
from pubkit.readers.markdown import read_markdown
from pubkit.renderers.base import Artifact, Attachment

__version__ = "0.1.0"

__all__ = [
    "Artifact",
    "Attachment",
    "Document",
    "InvalidDocument",
    "Issue",
    "Metadata",
    "MissingDependency",
    "PubkitError",
    "ReadError",
    "RenderError",
    "UnknownFormat",
    "__version__",
    "check",
    "read",
    "read_markdown",
    "render",
    "renderers",
]
