"""The import graph the pipeline relies on, read from the source with ``ast``.

Renderers consume products: they never import the checks, the transforms, plain language
or the registry, and never another renderer. ``plain/`` and ``transforms/`` do not import
each other. Imports inside functions and ``TYPE_CHECKING`` blocks count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "pubkit"


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every module ``path`` imports, and every ``module.name`` it imports from one."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


RENDERER_MODULES = sorted(
    p for p in (PACKAGE / "renderers").rglob("*.py") if p.name not in ("registry.py",)
)
FORBIDDEN = ("pubkit.checks", "pubkit.transforms", "pubkit.plain", "pubkit.renderers.registry")


def test_the_helper_finds_imports_of_every_kind() -> None:
    found = imports(PACKAGE / "renderers" / "pdf.py")
    assert "pubkit.renderers.base.Renderer" in found  # from m import name
    assert "pubkit.renderers.pdf_tags" in found  # from package import module
    assert "weasyprint" in found  # import m
    assert "pubkit.speech.opus.encode_ogg_opus" in imports(PACKAGE / "renderers" / "speech.py")
    # ... the last one sits inside a method: imports in functions count as well.


@pytest.mark.parametrize("path", RENDERER_MODULES, ids=lambda p: p.name)
def test_renderers_import_no_checks_transforms_plain_or_registry(path: Path) -> None:
    bad = sorted(n for n in imports(path) if any(_within(n, f) for f in FORBIDDEN))
    assert not bad, f"{path.name} imports {bad}: renderers consume products of the pipeline"


@pytest.mark.parametrize("path", RENDERER_MODULES, ids=lambda p: p.name)
def test_renderers_never_use_another_renderer(path: Path) -> None:
    own = _module_name(path)
    others = sorted(
        n
        for n in imports(path)
        if _within(n, "pubkit.renderers")
        and not _within(n, own)
        and not _within(n, "pubkit.renderers.base")
        and n.rpartition(".")[2].endswith("Renderer")
    )
    assert not others, f"{path.name} uses {others}; compose products in pubkit.pipeline instead"


def test_plain_and_transforms_do_not_import_each_other() -> None:
    for folder, other in (("plain", "pubkit.transforms"), ("transforms", "pubkit.plain")):
        for path in (PACKAGE / folder).rglob("*.py"):
            bad = sorted(n for n in imports(path) if _within(n, other))
            assert not bad, f"{folder}/{path.name} imports {bad}"


def test_speech_text_work_is_pure() -> None:
    """writers/speech (what is said) needs no engine, codec or cache from pubkit.speech."""
    for path in (PACKAGE / "writers" / "speech").rglob("*.py"):
        bad = sorted(n for n in imports(path) if _within(n, "pubkit.speech"))
        assert not bad, f"writers/speech/{path.name} imports {bad}"
