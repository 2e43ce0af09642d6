"""The canonical document model: immutable, typed values that every stage shares.

Readers build it, transforms map it to a new value, checks inspect it, and writers and
renderers turn it into output. It imports nothing from the rest of pubkit except the
error types.
"""

from pubkit.model.blocks import (
    ASIDE_KINDS,
    Aside,
    AsideKind,
    Block,
    Cell,
    CodeBlock,
    Figure,
    Heading,
    List,
    ListItem,
    Paragraph,
    Quote,
    Row,
    Table,
    ThematicBreak,
)
from pubkit.model.document import (
    EASY_READ_KINDS,
    FRONT_MATTER_KEYS,
    Accessibility,
    Document,
    ExtraValue,
    Metadata,
    is_easy_read_kind,
)
from pubkit.model.inlines import (
    Abbreviation,
    Code,
    Emphasis,
    Footnote,
    Image,
    Inline,
    LanguageSpan,
    LineBreak,
    Link,
    Strong,
    Text,
)

__all__ = [
    "ASIDE_KINDS",
    "EASY_READ_KINDS",
    "FRONT_MATTER_KEYS",
    "Abbreviation",
    "Accessibility",
    "Aside",
    "AsideKind",
    "Block",
    "Cell",
    "Code",
    "CodeBlock",
    "Document",
    "Emphasis",
    "ExtraValue",
    "Figure",
    "Footnote",
    "Heading",
    "Image",
    "Inline",
    "LanguageSpan",
    "LineBreak",
    "Link",
    "List",
    "ListItem",
    "Metadata",
    "Paragraph",
    "Quote",
    "Row",
    "Strong",
    "Table",
    "Text",
    "ThematicBreak",
    "is_easy_read_kind",
]
