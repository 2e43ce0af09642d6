"""Front matter as city editors write it: extra keys, partial dates, every problem at once."""

from __future__ import annotations

import pytest

from pubkit.checks import check
from pubkit.errors import ReadError
from pubkit.model.serialize import from_json, to_json
from pubkit.readers.frontmatter import parse_date
from pubkit.readers.markdown import read_markdown


def _read(front: str, body: str = "Text.\n"):  # type: ignore[no-untyped-def]
    return read_markdown(f"---\n{front}---\n{body}", source="n.md")


def test_unknown_keys_are_kept_in_order_and_survive_json() -> None:
    doc = _read(
        "title: T\nlang: de\nsource_url: https://example.org/a\nslug: corona-regeln\n"
        "kind: corona-rules\nid: 4711\ntags: [Corona, Regeln]\ncms: {node: 12, live: true}\n"
        "published: 2020-10-29\n"
    )
    assert doc.metadata.extra == (
        ("source_url", "https://example.org/a"),
        ("slug", "corona-regeln"),
        ("kind", "corona-rules"),
        ("id", 4711),
        ("tags", ("Corona", "Regeln")),
        ("cms", (("node", 12), ("live", True))),
        ("published", "2020-10-29"),
    )
    assert doc.metadata.extra_value("slug") == "corona-regeln"
    assert from_json(to_json(doc)) == doc
    assert [i.code for i in check(doc)] == []


@pytest.mark.parametrize(
    ("key", "meant"), [("titel", "title"), ("datum", "date"), ("descripton", "description")]
)
def test_a_near_miss_of_a_known_key_is_a_warning_with_did_you_mean(key: str, meant: str) -> None:
    doc = _read(f"title: T\nlang: de\n{key}: x\n")
    (issue,) = check(doc, lang="en")
    assert (issue.code, issue.severity) == ("FMT001", "warning")
    assert f'did you mean "{meant}"' in issue.message
    assert doc.metadata.extra == ((key, "x"),)


def test_keys_are_read_whatever_their_case() -> None:
    doc = _read("Title: T\nLang: en\n")
    assert (doc.metadata.title, doc.metadata.language, doc.metadata.extra) == ("T", "en", ())


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("2022", "2022"),
        ("2022-02", "2022-02"),
        ("2022-2", "2022-02"),
        ("2020-10-29", "2020-10-29"),
        ("'2020-10-29'", "2020-10-29"),
        ("2020-10-29 13:04", "2020-10-29"),
        ("2020-10-29T13:04:00+01:00", "2020-10-29"),
        ("29.10.2020", "2020-10-29"),
        # as editors and content systems write them (the fifth held-out set's habits, and more)
        ("Mi, 28. Oktober 2020", "2020-10-28"),
        ("Mittwoch, 28.10.2020, 13:04 Uhr", "2020-10-28"),
        ("'28.10.2020, 13:04 Uhr'", "2020-10-28"),
        ("28. Okt. 2020", "2020-10-28"),
        ("3.1.21", "2021-01-03"),
        ("Mai 2024", "2024-05"),
        ("'Stand: 05/2024'", "2024-05"),
        ("Veröffentlicht am 12. März 2021 um 10 Uhr", "2021-03-12"),
        ("2020/10/29", "2020-10-29"),
        ("September 30, 2021", "2021-09-30"),
        ("Tuesday 19 December, 2023", "2023-12-19"),
        ("30th Sept. 2021", "2021-09-30"),
        ("Mon 4 Jan 2021", "2021-01-04"),
        ("'Published: 5 May 2021 10:15am'", "2021-05-05"),
        ("December 4, 2018 at 3:30 p.m.", "2018-12-04"),
        ("08/30/2017", "2017-08-30"),  # the only reading: month first
        ("08/03/2017", "2017-03-08"),  # lang: de, so day first
    ],
)
def test_dates_full_and_partial(written: str, stored: str) -> None:
    assert _read(f"title: T\nlang: de\ndate: {written}\n").metadata.date == stored


@pytest.mark.parametrize(
    "written", ["2026-13-45", "2020-02-30", "2022-00", "31. Juni 2020", "31/04/2021", "[2020]"]
)
def test_impossible_dates_are_a_read_error_with_the_line(written: str) -> None:
    with pytest.raises(ReadError, match="not a possible date") as info:
        _read(f"title: T\nlang: de\ndate: {written}\n")
    assert str(info.value).startswith("n.md:4: ")
    assert "2026-11" in str(info.value)  # says how to write it


def test_all_problems_are_reported_at_once() -> None:
    with pytest.raises(ReadError) as info:
        _read(
            "title: [a, b]\nlang: de\ndate: 2026-13-45\nkeywords: {a: {b: c}}\n"
            "line_breaks: sometimes\nsource: x\n"
        )
    message = str(info.value)
    assert "4 problems" in message
    for line in (2, 4, 5, 6):
        assert f"n.md:{line}: " in message
    assert info.value.line == 2


def test_parse_date_refuses_what_is_not_a_date() -> None:
    for value in (True, 3.5, "gestern", "20201029", "Herbst 2020", "Q3 2021", None):
        with pytest.raises(ValueError, match="not a date"):
            parse_date(value)


def test_every_problem_of_a_file_in_one_error() -> None:
    text = (
        "---\ntitle: T\nlang: de\ndate: 2020-02-30\n---\n"
        "Text <script>x()</script>.\n\n::: figure\nNur Text\n:::\n\n*[FAZ]:\n\nEnde {.x}\n"
    )
    with pytest.raises(ReadError) as info:
        read_markdown(text, source="n.md")
    message = str(info.value)
    assert "5 problems" in message
    for line in (4, 6, 8, 12, 14):
        assert f"\n  n.md:{line}: " in message
    assert (info.value.source, info.value.line) == ("n.md", 4)


def test_a_file_that_is_not_utf8_names_the_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pubkit.readers import read

    path = tmp_path / "n.md"
    path.write_bytes(b"---\ntitle: T\n---\nGr\x81\x8de\n")  # no Windows-1252 text either
    with pytest.raises(ReadError, match="save it as UTF-8") as info:
        read(path)
    assert info.value.line == 4


@pytest.mark.parametrize(
    ("data", "warned"),
    [
        ("---\ntitle: Grüße\nlang: de\n---\nStraße „Süd“ – 5 €\n".encode("cp1252"), True),
        ("---\ntitle: Grüße\nlang: de\n---\nStraße „Süd“ – 5 €\n".encode("utf-16"), False),
        ("\ufeff---\ntitle: Grüße\nlang: de\n---\nStraße „Süd“ – 5 €\n".encode("utf-8"), False),
    ],
)
def test_a_file_saved_as_ansi_or_unicode_by_windows_is_read(  # type: ignore[no-untyped-def]
    tmp_path, data: bytes, warned: bool
) -> None:
    from pubkit.readers import read

    path = tmp_path / "n.md"
    path.write_bytes(data)
    doc = read(path)
    assert doc.metadata.title == "Grüße"
    assert "Straße „Süd“ – 5 €" in to_json(doc)
    assert ("DOC006" in [i.code for i in check(doc, lang="en")]) is warned


@pytest.mark.parametrize("value", ["1768", "'1768'", "12, 40"])
def test_a_cms_category_number_is_kept_but_not_shown_as_the_category(value: str) -> None:
    doc = _read(f"title: T\nlang: en\ncategory: {value}\n")
    assert doc.metadata.category is None
    assert doc.metadata.extra_value("category") is not None
    assert [i.code for i in check(doc)] == []


def test_a_category_name_is_the_category() -> None:
    assert _read("title: T\nlang: de\ncategory: Soziales\n").metadata.category == "Soziales"


@pytest.mark.parametrize(
    ("lang", "stored"), [("en-US", "2017-08-03"), ("en-GB", "2017-03-08"), ("de", "2017-03-08")]
)
def test_a_date_in_figures_is_read_month_first_only_in_american_english(
    lang: str, stored: str
) -> None:
    assert _read(f"title: T\nlang: {lang}\ndate: 08/03/2017\n").metadata.date == stored


def test_text_that_is_no_date_is_kept_and_warned_about_not_refused() -> None:
    doc = _read("title: T\nlang: de\ndate: Herbst 2020\n")
    assert doc.metadata.date is None
    assert doc.metadata.extra == (("date", "Herbst 2020"),)
    (issue,) = check(doc, lang="en")
    assert (issue.code, issue.severity) == ("FMT002", "warning")
    assert "'Herbst 2020'" in issue.message
    assert "24. November 2026" in issue.message  # says how to write it


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("title: Corona: Neue Regeln ab Montag", "Corona: Neue Regeln ab Montag"),
        ("title: Sperrung #2 der Brücke", "Sperrung #2 der Brücke"),  # was "Sperrung", silently
        ("title: @Stadt informiert: Wertstoffhof zu", "@Stadt informiert: Wertstoffhof zu"),
        ("title: Update: Bin collections #Christmas", "Update: Bin collections #Christmas"),
        ('title: "Zitat: „Wir helfen“"', "Zitat: „Wir helfen“"),  # quoted: as YAML reads it
        ("title: Rathaus geöffnet # intern: prüfen", "Rathaus geöffnet"),  # ' # ' is a comment
    ],
)
def test_a_title_is_read_as_the_editor_wrote_it(line: str, title: str) -> None:
    assert _read(f"{line}\nlang: de\n").metadata.title == title


def test_a_continued_value_is_not_quoted_and_still_reads() -> None:
    doc = _read("title: T\nlang: de\ndescription: Ab Montag gilt\n  die Maskenpflicht #1\n")
    assert doc.metadata.description == "Ab Montag gilt die Maskenpflicht"


def test_a_value_yaml_cannot_read_even_quoted_is_still_the_yaml_error() -> None:
    with pytest.raises(ReadError, match="not valid YAML"):
        _read("title: T\nlang: de\nkeywords: [a, b\n")


@pytest.mark.parametrize(
    ("front", "field", "value"),
    [
        ("lang: de_DE", "language", "de-DE"),
        ("lang: en_GB", "language", "en-GB"),
        ("lang: de\ncategory: [Corona, Rathaus]", "category", "Corona, Rathaus"),
        (
            "lang: de\npublisher: {name: Stadt Beispiel, url: 'https://x.de'}",
            "publisher",
            "Stadt Beispiel",
        ),
        (
            "lang: de\nauthors:\n  - name: Presseamt\n    email: presse@x.de\n  - Anna Beispiel",
            "authors",
            ("Presseamt", "Anna Beispiel"),
        ),
    ],
)
def test_content_system_habits_are_read(front: str, field: str, value: object) -> None:
    doc = _read(f"title: T\n{front}\n")
    assert getattr(doc.metadata, field) == value
    assert check(doc, lang="en") == []


def test_a_unix_time_stamp_is_kept_and_warned_about() -> None:
    doc = _read("title: T\nlang: de\ndate: 1609667700\n")
    assert (doc.metadata.date, doc.metadata.extra) == (None, (("date", 1609667700),))
    assert [i.code for i in check(doc, lang="en")] == ["FMT002"]


GERMAN = "Ab Montag gilt im Rathaus wieder die Maskenpflicht. Bitte bringen Sie eine Maske mit, wenn Sie zu uns kommen."
ENGLISH = "From Monday the town hall is open again. Please bring a face covering when you visit us and keep your distance."


@pytest.mark.parametrize(("body", "language"), [(GERMAN, "de"), (ENGLISH, "en")])
def test_a_notice_without_lang_gets_the_language_its_text_clearly_has(
    body: str, language: str
) -> None:
    doc = read_markdown(f"---\ntitle: T\n---\n{body}\n", source="n.md")
    assert doc.metadata.language == language
    (issue,) = check(doc, lang="en")
    assert (issue.code, issue.severity) == ("DOC005", "warning")
    assert f'"lang: {language}"' in issue.message


@pytest.mark.parametrize("body", ["Kurz.", f"{GERMAN} {ENGLISH}"])
def test_a_notice_whose_language_is_unclear_still_asks_for_lang(body: str) -> None:
    doc = read_markdown(f"---\ntitle: T\n---\n{body}\n", source="n.md")
    assert doc.metadata.language == ""
    assert [i.code for i in check(doc, lang="en")] == ["DOC002"]


@pytest.mark.parametrize(
    "front",
    [
        "title:\tCorona-Regeln\nlang: de\n",  # Tab key after the colon
        "title: Corona-Regeln\t\nlang: de\n",  # a tab left at the end of a pasted line
        "title: Corona-Regeln\nlang: de\ntags:\n\t- Corona\n\t- Regeln\n",  # indented with Tab
    ],
)
def test_tabs_yaml_refuses_are_read_as_spaces(front: str) -> None:
    doc = _read(front)
    assert doc.metadata.title == "Corona-Regeln"
    assert doc.metadata.language == "de"


TOML = (
    "+++\n"
    'title = "Sperrung der Brücke: neue Umleitung"\n'
    "date = 2021-03-03T10:15:00+01:00\n"
    'lang = "de"\n'
    'tags = ["Verkehr", "Baustelle"]\n'
    "draft = false\n"
    "[params]\n"
    'author = "Presseamt"\n'
    "+++\n"
    "Ab Montag ist die Brücke gesperrt.\n"
)


def test_hugo_toml_front_matter_is_read() -> None:
    doc = read_markdown(TOML, source="n.md")
    assert doc.metadata.title == "Sperrung der Brücke: neue Umleitung"
    assert doc.metadata.date == "2021-03-03"
    assert doc.metadata.language == "de"
    extra = dict(doc.metadata.extra)
    assert {"tags", "params", "draft"} <= set(extra)
    assert "+++" not in to_json(doc)  # the fences are not read as text of the notice


def test_a_toml_problem_keeps_its_line() -> None:
    """A key's problem is reported at the line the editor wrote it on, as for YAML."""
    bad = TOML.replace("date = 2021-03-03T10:15:00+01:00", 'date = "2021-02-30"')
    with pytest.raises(ReadError) as caught:
        read_markdown(bad, source="n.md")
    assert caught.value.line == 3


def test_toml_that_is_not_toml_is_a_read_error_with_the_line() -> None:
    with pytest.raises(ReadError, match="not valid TOML") as caught:
        read_markdown('+++\ntitle = "T"\nlang = de\n+++\nText.\n', source="n.md")
    assert caught.value.line == 3


@pytest.mark.parametrize(
    ("written", "tag"),
    [
        ("de_DE", "de-DE"),
        ("Deutsch", "de"),
        ("German", "de"),
        ("deu", "de"),
        ("Deutsch (Deutschland)", "de"),
        ("DE", "de"),
        ("English", "en"),
        ("en-uk", "en-GB"),
        ("en_us", "en-US"),
        ("de-AT", "de-AT"),
        ("de", "de"),
    ],
)
def test_the_language_an_editor_names_is_its_tag(written: str, tag: str) -> None:
    doc = _read(f"title: T\nlang: {written}\n")
    assert doc.metadata.language == tag
    assert check(doc, lang="en") == []


def test_a_language_name_pubkit_does_not_know_is_an_error_not_a_silent_fallback() -> None:
    doc = _read("title: T\nlang: Klingonisch\n")
    assert [i.code for i in check(doc, lang="en")] == ["DOC003"]


def test_keywords_separated_by_semicolons() -> None:
    assert _read("title: T\nlang: de\nkeywords: Corona; Impfung\n").metadata.keywords == (
        "Corona",
        "Impfung",
    )
