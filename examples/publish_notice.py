"""Publish one notice in every format pubkit has: the example a city app would copy.

    python examples/publish_notice.py examples/notices/corona-teststellen.md --out out/site

Reads the notice, reports what the checks find, stops on errors, then renders each
installed format next to the others.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pubkit


def publish(source: Path, out: Path) -> int:
    try:
        doc = pubkit.read(source)  # Markdown + front matter -> pubkit.Document
    except pubkit.ReadError as exc:
        print(f"cannot read the notice: {exc}", file=sys.stderr)
        return 2

    issues = pubkit.check(doc)  # accessibility checks on the model; renders nothing
    for issue in issues:
        print(issue, file=sys.stderr)
    if any(issue.severity == "error" for issue in issues):
        print("fix the errors above, then run again", file=sys.stderr)
        return 1

    for name in pubkit.renderers():  # e.g. ('epub', 'html', 'pdf', 'speech', 'summary')
        try:
            artifact = pubkit.render(doc, name)  # checks, then renders in memory
        except pubkit.MissingDependency as exc:  # an optional engine is not installed
            print(f"skipped {name}: {exc}", file=sys.stderr)
            continue
        except pubkit.RenderError as exc:
            print(f"{name} failed: {exc}", file=sys.stderr)
            return 1
        for path in artifact.save(out / f"{source.stem}-{name}{artifact.suffix}"):
            print(f"wrote {path}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the notice, a Markdown file")
    parser.add_argument("--out", type=Path, default=Path("out/site"), help="output folder")
    args = parser.parse_args()
    return publish(args.source, args.out)


if __name__ == "__main__":
    sys.exit(main())
