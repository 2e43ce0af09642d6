"""``python -m pubkit.validators TOOL FILE...``: run one validator, print its findings.

Exit status: 0 every file passed, 1 some finding, 2 the tool is missing or failed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from pubkit.validators._base import Report, ValidatorError, ValidatorUnavailable
from pubkit.validators.ace import run_ace
from pubkit.validators.axe import run_axe
from pubkit.validators.epubcheck import run_epubcheck
from pubkit.validators.verapdf import FLAVOURS, run_verapdf

TOOLS = ("verapdf", "epubcheck", "ace", "axe")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pubkit.validators",
        description="Run an external validator on finished files and list its findings.",
    )
    parser.add_argument("tool", choices=TOOLS, help="which validator")
    parser.add_argument("files", nargs="+", help="files to check (axe also takes folders)")
    parser.add_argument(
        "--flavour",
        default="ua1",
        choices=sorted(FLAVOURS),
        help="veraPDF profile (default ua1; ua2 = PDF/UA-2, 2a = PDF/A-2a)",
    )
    parser.add_argument("--raw", action="store_true", help="also print each tool's full report")
    return parser


def _run(tool: str, files: Sequence[str], flavour: str) -> list[Report]:
    if tool == "axe":
        return run_axe(files)
    if tool == "verapdf":
        return [run_verapdf(f, flavour=flavour) for f in files]
    if tool == "epubcheck":
        return [run_epubcheck(f) for f in files]
    return [run_ace(f) for f in files]


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        reports = _run(args.tool, args.files, args.flavour)
    except (ValidatorUnavailable, ValidatorError, FileNotFoundError) as exc:
        print(f"{args.tool}: {exc}", file=sys.stderr)
        return 2
    failed = False
    for report in reports:
        if args.raw:
            print(report.raw)
        status = "passed" if report.passed else "FAILED"
        count = len(report.findings)
        print(f"{report.target}: {report.validator} {status}, {count} finding(s)")
        for finding in report.findings:
            print(f"  {finding}")
        failed = failed or not report.passed or count > 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
