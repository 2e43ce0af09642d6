"""Publish one notice in every format pubkit has: the example a city app would copy.

    python examples/publish_notice.py examples/notices/corona-teststellen.md --out out/site

Reads the notice, reports what the checks find, stops on errors, then builds each
installed format into one folder (out/site/<notice>/), as ``pubkit build`` does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pubkit


def publish(source: Path, out: Path) -> int:
    try:
        build = pubkit.Build.read(source)  # Markdown + front matter -> prepared Document
    except pubkit.ReadError as exc:
        print(f"cannot read the notice: {exc}", file=sys.stderr)
        return 2

    for issue in build.issues:  # accessibility checks on the model, run once
        print(issue, file=sys.stderr)
    if any(issue.severity == "error" for issue in build.issues):
        print("fix the errors above, then run again", file=sys.stderr)
        return 1

    # Every format whose engine is installed: index.html, <stem>.pdf, <stem>-summary.html …
    # with the web page linking to the others by relative file names. The plan of the
    # build has the notice's settings (front matter, pyproject.toml [tool.pubkit]).
    outputs = build.plan(pubkit.formats())
    failed = False
    for result in build.write(out / source.stem, outputs):
        if result.error is not None:
            print(f"{result.output.file_name} failed: {result.error}", file=sys.stderr)
            failed = True
            continue
        for path in result.paths:
            print(f"wrote {path}")
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the notice, a Markdown file")
    parser.add_argument("--out", type=Path, default=Path("out/site"), help="output folder")
    args = parser.parse_args()
    return publish(args.source, args.out)


if __name__ == "__main__":
    sys.exit(main())
