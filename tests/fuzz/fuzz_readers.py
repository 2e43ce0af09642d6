"""atheris target: any bytes as a notice either read and render to HTML, or raise PubkitError.

Run (see README.md in this folder)::

    PYTHONPATH=src python tests/fuzz/fuzz_readers.py -max_total_time=600 -rss_limit_mb=1024

Anything else that escapes (a Python error, a hang past -timeout, memory past
-rss_limit_mb) is a finding: atheris writes the input to crash-… in the working folder.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from pubkit.errors import PubkitError
    from pubkit.readers.json_check import read_model_json
    from pubkit.readers.markdown import read_markdown
    from pubkit.readers.text import read_press_release
    from pubkit.writers.html import HtmlOptions, write_html

_HEAD = "---\ntitle: Fuzz\nlang: de\n"


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    mode = provider.ConsumeIntInRange(0, 3)
    text = provider.ConsumeUnicodeNoSurrogates(len(data))
    try:
        if mode == 0:  # front matter and body as given
            doc = read_markdown(text, source="fuzz.md")
        elif mode == 1:  # known keys first, the rest as more front matter
            doc = read_markdown(_HEAD + text, source="fuzz.md")
        elif mode == 2:
            doc = read_press_release(text, language="de", source="fuzz.txt")
        else:
            read_model_json(text, source="fuzz.json")
            return
        write_html(doc, HtmlOptions())
    except PubkitError:
        return


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
