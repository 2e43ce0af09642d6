"""An example extension of pubkit (docs/extending.md): one of each kind.

- :class:`~pubkit_textout.renderer.TextRenderer` — a new output format, ``text``: the notice as
  plain text for an e-mail newsletter or a text-only channel, registered through the
  ``pubkit.renderers`` entry point in ``pyproject.toml``.
- :func:`~pubkit_textout.reader.read_opening_hours` — a reader: a CSV file of opening hours
  becomes a notice with a real table (header row, caption).
- :func:`~pubkit_textout.glossary.city_glossary` — a transform: the city's shared list of
  abbreviations fills in expansions a notice forgot.
"""

from pubkit_textout.glossary import CITY_GLOSSARY, city_glossary
from pubkit_textout.reader import read_opening_hours
from pubkit_textout.renderer import TextOptions, TextRenderer

__all__ = ["CITY_GLOSSARY", "TextOptions", "TextRenderer", "city_glossary", "read_opening_hours"]
