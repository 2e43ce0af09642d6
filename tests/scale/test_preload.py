"""What a pool's parent loads before it forks (``batch._preload``), so that the workers share
it instead of each loading it again (issue 18: two workers on a small set)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pubkit.batch import notice_languages

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ("helden-in-der-krise.md", "corona-teststellen.md")


def test_notice_languages_come_from_the_front_matter(tmp_path: Path) -> None:
    files = {
        "a.md": "---\ntitle: A\nlang: de\n---\n\nText.\n",
        "b.md": "---\ntitle: B\nlanguage: en-GB\n---\n\nText.\n",
        "c.md": "---\nsprache: 'tr'\n---\n\nMetin.\n",
        "d.md": "---\ntitle: D\n---\n\nlang: fr\n",  # in the text, not the front matter
        "e.docx": "PK\x03\x04 not a notice with front matter",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = [str(tmp_path / n) for n in files] + [str(tmp_path / "missing.md")]
    assert notice_languages(paths) == {"de", "en", "tr"}
    assert notice_languages(paths, limit=1) == {"de"}


def test_the_parent_loads_what_each_worker_would() -> None:
    pytest.importorskip("weasyprint")
    pytest.importorskip("HanTa")
    pytest.importorskip("wordfreq")
    notices = [str(ROOT / "examples" / "notices" / n) for n in EXAMPLES]
    code = (
        "import sys\n"
        "from pubkit.batch import Job, _preload\n"
        "formats = ('html', 'pdf', 'summary')\n"
        f"_preload([Job(path=p, only=(f,), formats=formats) for p in {notices!r} for f in formats])\n"
        "import pyphen\n"
        "from pubkit.plain import frequency, nlp\n"
        "from pubkit.renderers import pdf_fonts\n"
        "assert 'pubkit.readers.markdown' in sys.modules\n"
        "assert any('hyph_de' in str(p) for p in pyphen.hdcache), list(pyphen.hdcache)\n"
        "assert pdf_fonts._stack_coverage.cache_info().currsize == 1\n"
        "assert nlp._hanta.cache_info().currsize == 1\n"
        "assert frequency._table.cache_info().currsize == 2  # de, and en for it\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_data_only_one_job_needs_is_left_to_its_worker() -> None:
    pytest.importorskip("weasyprint")
    notice = str(ROOT / "examples" / "notices" / "helden-in-der-krise.md")
    code = (
        "import sys\n"
        "from pubkit.batch import Job, _preload\n"
        "formats = ('html', 'epub', 'summary')\n"
        f"_preload([Job(path={notice!r}, only=(f,), formats=formats) for f in formats])\n"
        "from pubkit.plain import frequency, nlp\n"
        "from pubkit.renderers import pdf_fonts\n"
        "assert 'weasyprint' in sys.modules  # the engines' modules, as always\n"
        "assert nlp._hanta.cache_info().currsize == 0  # one summary job: its worker loads it\n"
        "assert frequency._table.cache_info().currsize == 0\n"
        "assert pdf_fonts._stack_coverage.cache_info().currsize == 0  # one job makes PDFs\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_a_failure_while_loading_ahead_is_left_to_the_worker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("HanTa")
    from pubkit import batch
    from pubkit.plain import nlp

    called: list[str] = []

    def broken(language: str) -> bool:
        called.append(language)
        raise RuntimeError("a damaged model file")

    monkeypatch.setattr(nlp, "has_tagger", broken)
    jobs = [
        batch.Job(path=str(ROOT / "examples" / "notices" / n), only=("summary",), formats=None)
        for n in EXAMPLES
    ]
    batch._preload(jobs)  # two summary jobs: the tagger is loaded ahead, and fails
    assert called == ["de"]
