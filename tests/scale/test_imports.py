"""Start-up cost: what ``import pubkit`` and each command load (issue 18)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from pubkit.renderers import registry

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("rich", "yaml", "markdown_it", "mdit_py_plugins", "nh3", "weasyprint", "ebooklib", "lxml")


def _loaded(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    modules = set(result.stdout.split())
    return modules | {m.split(".")[0] for m in modules}


def test_import_pubkit_loads_only_pubkit() -> None:
    before = _loaded("pass")
    after = _loaded("import pubkit; assert pubkit.__version__")
    # pubkit.renderers is an empty package loaded first, so that the pubkit.renderers()
    # function keeps its name when a renderer module is imported later.
    assert after - before == {"pubkit", "pubkit.renderers"}


def test_lazy_names_resolve_to_their_modules() -> None:
    import pubkit
    from pubkit.pipeline import Build

    assert pubkit.Build is Build
    assert set(pubkit.__all__) <= set(dir(pubkit))
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = pubkit.no_such_name  # type: ignore[attr-defined]


@pytest.mark.parametrize("argv", [["--help"], ["check", "--help"], ["build", "--help"]])
def test_help_loads_no_reader_renderer_or_rich(argv: list[str]) -> None:
    code = f"from pubkit.cli import main\ntry:\n    main({argv!r})\nexcept SystemExit:\n    pass"
    loaded = _loaded(code)
    assert not loaded & set(HEAVY)
    assert "importlib.metadata" not in loaded
    if argv[0] != "check":  # only `pubkit check` needs pubkit.audit for its options
        assert not loaded & {"pubkit.audit", "tomllib"}


def test_a_single_html_build_loads_no_other_engine(tmp_path: Path) -> None:
    notice = tmp_path / "n.md"
    notice.write_text("---\ntitle: T\nlang: de\n---\n\nEin Satz.\n", encoding="utf-8")
    code = (
        "from pubkit.cli import main\n"
        f"assert main(['build', {str(notice)!r}, '-f', 'html', '-o', {str(tmp_path / 'out')!r}]) == 0"
    )
    loaded = _loaded(code)
    assert not loaded & {"weasyprint", "ebooklib", "pyttsx3", "pikepdf", "lameenc"}


def test_builtin_renderers_match_the_declared_entry_points() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = project["project"]["entry-points"]["pubkit.renderers"]
    assert declared == registry.BUILTIN


ENGINES = {"weasyprint", "pydyf", "pyttsx3", "lameenc", "pikepdf", "numpy", "HanTa", "wordfreq"}


def test_a_single_epub_build_loads_only_what_the_epub_needs(tmp_path: Path) -> None:
    notice = ROOT / "examples" / "notices" / "helden-in-der-krise.md"
    code = (
        "from pubkit.cli import main\n"
        f"assert main(['build', {str(notice)!r}, '-f', 'epub', '-j', '1', '--no-cache',"
        f" '-o', {str(tmp_path / 'out')!r}]) == 0"
    )
    loaded = _loaded(code)
    assert {"ebooklib", "lxml", "markdown_it", "yaml"} <= loaded  # it did build the EPUB
    assert not loaded & (
        ENGINES | {"num2words", "_pubkit_num2words", "pubkit.plain", "pubkit.speech"}
    )
    # one reader (Markdown), no process pool, no build cache, no validator
    assert not loaded & {"pubkit.readers.html", "pubkit.readers.docx", "pubkit.readers.text"}
    assert not loaded & {"concurrent.futures.process", "pubkit.cache", "pubkit.validators"}
    assert "pubkit.audit" not in loaded  # `pubkit check`'s options are added when it is chosen
    assert "rich" not in loaded  # stderr is no terminal here: the plain writer, same text
    assert "ctypes.util" not in loaded  # no system library looked for (pango, espeak-ng)
    assert "pubkit.renderers.epub_overlay" not in loaded  # media overlays: narrated books only
    # pubkit's own files from its folder; hashlib (OpenSSL) and difflib only when needed;
    # the image's own Pillow plugin only
    assert not loaded & {"importlib.resources", "hashlib", "difflib"}
    assert "PIL.PngImagePlugin" in loaded
    assert not loaded & {"PIL.BmpImagePlugin", "PIL.GifImagePlugin", "PIL.JpegImagePlugin"}


def test_planning_every_format_loads_no_pdf_or_epub_engine() -> None:
    loaded = _loaded(
        "from pubkit.pipeline import plan\n"
        "outputs = plan(None).outputs\n"
        "assert {o.format for o in outputs} >= {'html', 'pdf', 'epub'}"
    )
    assert not loaded & {"weasyprint", "pydyf", "ebooklib", "lxml", "pyttsx3", "lameenc"}
    # the read-aloud and narration settings (Synthesis) come without the speech stack
    assert not loaded & {"num2words", "_pubkit_num2words", "pubkit.speech.timeline"}
    assert "pubkit.writers.speech" not in loaded
    assert not loaded & {"pubkit.speech.engine", "pubkit.speech.mp3", "pubkit.speech.cache"}


def test_synthesis_is_still_importable_from_the_timeline() -> None:
    from pubkit.speech.synthesis import Synthesis
    from pubkit.speech.timeline import Synthesis as FromTimeline

    assert FromTimeline is Synthesis


def test_the_speech_writers_load_num2words_and_metadata_on_first_use() -> None:
    loaded = _loaded("import pubkit.writers.speech.numbers, pubkit.speech.mp3")
    assert not loaded & {"num2words", "_pubkit_num2words", "importlib.metadata"}
    loaded = _loaded(
        "from pubkit.writers.speech.numbers import cardinal, ordinal\n"
        "assert cardinal(21, 'de') == 'einundzwanzig'\n"
        "assert ordinal(3, 'en') == 'third'"
    )
    # its German and English converters only, not the package's ~50 languages
    assert {"_pubkit_num2words.lang_DE", "_pubkit_num2words.lang_EN"} <= loaded
    assert "num2words" not in loaded


def test_a_missing_engine_is_still_missing_dependency() -> None:
    code = (
        "import sys\n"
        "sys.modules['weasyprint'] = None  # as if not installed\n"
        "sys.modules['ebooklib'] = None\n"
        "from pubkit.errors import MissingDependency\n"
        "from pubkit.renderers import registry\n"
        "for name in ('pdf', 'epub'):\n"
        "    try:\n"
        "        registry.get(name)\n"
        "    except MissingDependency as exc:\n"
        "        print(name, exc)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 'pdf The "pdf" format cannot be made on this machine: needs weasyprint' in done.stdout
    assert 'pip install "pubkit-a11y[pdf]"' in done.stdout
    assert 'epub The "epub" format cannot be made on this machine: needs ebooklib' in done.stdout
    assert 'pip install "pubkit-a11y[epub]"' in done.stdout


def test_preload_loads_the_engine_before_a_pool_forks() -> None:
    pytest.importorskip("weasyprint")
    loaded = _loaded(
        "from pubkit.batch import Job, _preload\n"
        "_preload([Job(path='x.md', only=('pdf',), formats=('html', 'pdf'))])\n"
        "import pyphen\n"
        "from pubkit.renderers.hyphenation import _Patterns\n"
        "assert isinstance(pyphen.hdcache, _Patterns)\n"
    )
    assert {"weasyprint", "pubkit.renderers.pdf_tags"} <= loaded
    assert not loaded & {"ebooklib", "pyttsx3"}  # only the formats of the jobs


def test_a_page_rebuilt_beside_an_epub_links_it_without_reading_metadata(tmp_path: Path) -> None:
    notice = ROOT / "examples" / "notices" / "helden-in-der-krise.md"
    out = tmp_path / "out"
    common = f"'-j', '1', '--no-cache', '-o', {str(out)!r}"
    code = (
        "from pubkit.cli import main\n"
        f"assert main(['build', {str(notice)!r}, '-f', 'epub', {common}]) == 0\n"
        "import sys\n"
        "sys.modules.pop('importlib.metadata', None)\n"
        f"assert main(['build', {str(notice)!r}, '-f', 'html', {common}]) == 0\n"
    )
    loaded = _loaded(code)
    assert "importlib.metadata" not in loaded  # the EPUB is pubkit's own: no scan
    page = (out / "helden-in-der-krise" / "index.html").read_text(encoding="utf-8")
    assert 'href="helden-in-der-krise.epub"' in page


def test_a_file_no_pubkit_format_writes_is_looked_up_among_all_renderers() -> None:
    code = (
        "from pubkit.pipeline import plan\n"
        "own = plan(['html'], existing=('notice.epub',))\n"
        "assert [o.file_name for o in own.outputs] == ['index.html']\n"
        "import sys\n"
        "assert 'importlib.metadata' not in sys.modules\n"
        "other = plan(['html'], existing=('notice.epub', 'notice.docx'))\n"
        "assert other.outputs == own.outputs  # no installed renderer writes notice.docx\n"
    )
    assert "importlib.metadata" in _loaded(code)


def test_one_notice_as_html_and_epub_is_built_without_a_pool(tmp_path: Path) -> None:
    notice = ROOT / "examples" / "notices" / "helden-in-der-krise.md"
    code = (
        "from pubkit.cli import main\n"
        f"assert main(['build', {str(notice)!r}, '-f', 'html,epub', '-j', '2', '--no-cache',"
        f" '-o', {str(tmp_path / 'out')!r}]) == 0"
    )
    done = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sys.modules))"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    assert "concurrent.futures.process" not in done.stdout.split()  # 40 ms of work: no pool
    assert "(1 process)" in done.stderr
