"""Run the extension example without installing it: read a CSV, apply the city glossary,
build the web page and the new ``text`` format.

    PYTHONPATH=src:examples/extending python examples/extending/run_example.py out/extending

Installed (``pip install ./examples/extending``), the ``text`` renderer is found through its
entry point and ``pubkit build notice.md -f html,text`` works from the shell too. Uninstalled,
this script registers it the same way an installed package does: it writes the package's
metadata (``entry_points.txt`` in a ``.dist-info`` folder) into a folder on ``sys.path``,
which is exactly what pip would write.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pubkit
from pubkit.renderers import registry

HERE = Path(__file__).resolve().parent


def register_entry_point(folder: Path) -> None:
    """Make ``pubkit_textout`` visible as an installed distribution with its entry point."""
    info = folder / "pubkit_textout-0.1.0.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: pubkit-textout\nVersion: 0.1.0\n")
    (info / "entry_points.txt").write_text(
        "[pubkit.renderers]\ntext = pubkit_textout.renderer:TextRenderer\n"
    )
    sys.path.insert(0, str(folder))
    registry._entry_points.cache_clear()  # the registry reads the entry points once per process


def main(out: Path) -> int:
    from pubkit_textout import city_glossary, read_opening_hours

    document = read_opening_hours(
        HERE / "data" / "oeffnungszeiten.csv",
        title="Öffnungszeiten der Ämter",
        publisher="Landeshauptstadt Beispielstadt",
    )
    build = pubkit.Build(document, transforms=(city_glossary, *pubkit.PREPARE))
    for issue in build.issues:
        print(issue, file=sys.stderr)
    for result in build.write(out, pubkit.plan(["html", "text"])):
        if result.error is not None:
            print(f"{result.output.file_name}: {result.error}", file=sys.stderr)
            return 1
        for path in result.paths:
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as metadata:
        register_entry_point(Path(metadata))
        sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out/extending")))
