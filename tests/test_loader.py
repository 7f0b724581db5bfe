"""The loader: bundled articles kept byte-for-byte, and every kind of bad file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus.article_errors import (
    ArticleTooLarge,
    BadLimitSetting,
    BinaryFile,
    EmptyArticle,
    MalformedFrontMatter,
    UndecodableFile,
    UnsupportedFileType,
)
from corpus.errors import FactscopeError
from corpus.loader import (
    ArticleError,
    article_id,
    bundled_articles,
    bundled_files,
    load_dir,
    load_file,
    read_article,
)

PROSE = "North Korea sent troops, officials said on Monday.\nThe Kremlin denied it.\n"


@pytest.fixture(autouse=True)
def _no_size_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTSCOPE_MAX_ARTICLE_BYTES", raising=False)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def messages(result) -> list[str]:
    return [str(w) for w in result.warnings]


# --- bundled corpus ---------------------------------------------------------


def test_bundled_bodies_are_the_files_byte_for_byte() -> None:
    files = bundled_files()
    articles = bundled_articles()
    assert len(files) == len(articles) == 5
    for path, article in zip(files, articles, strict=True):
        assert article.body == path.read_bytes().decode("utf-8")
        assert article.id == article_id(article.body)
        assert article.bundled and article.source_file == path.name
        assert read_article(path, bundled=True).warnings == []


def test_bundled_metadata_comes_from_sidecars() -> None:
    post = next(a for a in bundled_articles() if a.outlet == "The Washington Post")
    assert post.published == "2024-10-11" and post.published_estimated is False
    assert post.authors == ["Michelle Ye Hee Lee", "Kostiantyn Khudov", "Isabelle Khurshudyan"]
    unknown = [a for a in bundled_articles() if a.outlet is None]
    assert unknown and all(a.authors == [] for a in unknown)


# --- plain text and front matter --------------------------------------------


def test_plain_file_title_is_first_line_and_date_unknown(tmp_path: Path) -> None:
    path = write(tmp_path, "story.TXT", "\n\n  Headline here  \n" + PROSE)
    result = read_article(path)
    assert result.article.title == "Headline here"
    assert result.article.published is None
    assert result.article.source_file == str(path.resolve())
    assert result.warnings == []


def test_front_matter_supplies_metadata_and_stays_out_of_the_body(tmp_path: Path) -> None:
    text = "---\ntitle: My title\nauthors: [A. Writer, B. Writer]\npublished: 2024-10-11\noutlet: Daily\n---\n" + PROSE
    article = load_file(write(tmp_path, "a.md", text))
    assert article.body == PROSE
    assert (article.title, article.outlet, article.published) == ("My title", "Daily", "2024-10-11")
    assert article.authors == ["A. Writer", "B. Writer"]


def test_an_unquoted_title_with_a_colon_is_refused_saying_how_to_fix_it(tmp_path: Path) -> None:
    path = write(tmp_path, "colon.md", "---\ntitle: Harbour strike: day two\n---\n" + PROSE)
    with pytest.raises(MalformedFrontMatter) as refused:
        read_article(path)
    assert "colon.md:2: malformed front matter" in str(refused.value)
    assert "in quotes" in str(refused.value)


def test_malformed_front_matter_refuses_the_file_naming_the_line(tmp_path: Path) -> None:
    text = "---\ntitle: fine\nauthors: [unclosed\noutlet: x\n---\n" + PROSE
    path = write(tmp_path, "bad.md", text)
    with pytest.raises(MalformedFrontMatter) as refused:
        read_article(path)
    message = str(refused.value)
    assert re.match(rf"{re.escape(str(path))}:[345]: malformed front matter", message)
    assert "\n" not in message


def test_unclosed_front_matter_is_refused_on_line_one(tmp_path: Path) -> None:
    text = "---\ntitle: never closed\n" + PROSE
    with pytest.raises(MalformedFrontMatter, match=r"open\.md:1: .*never closed"):
        read_article(write(tmp_path, "open.md", text))


def test_front_matter_that_is_not_a_mapping_is_refused(tmp_path: Path) -> None:
    text = "---\n- just\n- a list\n---\n" + PROSE
    with pytest.raises(MalformedFrontMatter, match="not a list of 'key: value' lines"):
        read_article(write(tmp_path, "list.md", text))


@pytest.mark.parametrize("heading", ["# Storm hits coast", "## Storm hits coast ##", "#   Storm hits coast"])
def test_a_markdown_heading_titles_the_article_without_its_marks(tmp_path: Path, heading: str) -> None:
    article = load_file(write(tmp_path, "storm.md", f"{heading}\n\n{PROSE}"))
    assert article.title == "Storm hits coast"
    assert article.body.startswith("Storm hits coast\n")  # the text as it reads (a reader sees no marks)


def test_a_hash_in_a_plain_text_title_is_kept(tmp_path: Path) -> None:
    assert load_file(write(tmp_path, "tag.txt", f"# Storm hits coast\n\n{PROSE}")).title == "# Storm hits coast"


def test_wrongly_shaped_metadata_is_dropped_with_a_warning(tmp_path: Path) -> None:
    text = "---\ntitle: [not, text]\npublished: last Tuesday\nauthors: {a: b}\n---\n" + PROSE
    result = read_article(write(tmp_path, "shapes.md", text))
    assert result.article.title == PROSE.splitlines()[0]  # fell back to the first line
    assert result.article.published is None and result.article.authors == []
    joined = "\n".join(messages(result))
    assert "'title' is not text" in joined and "'published' is not an ISO date" in joined
    assert "'authors' is not a name" in joined


def test_metadata_is_sanitised_and_one_line(tmp_path: Path) -> None:
    text = '---\ntitle: "Evil\\e]0;pwned\\a title\\nsecond line"\n---\n' + PROSE
    article = load_file(write(tmp_path, "meta.md", text))
    assert article.title == "Evil title second line"


@pytest.mark.parametrize(
    "block",
    [
        "published: 2024-13-45",  # PyYAML raises ValueError, not YAMLError
        "title: !!float abc",
        "title: !!python/object/apply:os.system [echo]",
        "[" * 5000,  # RecursionError in PyYAML's composer
        "x: " + "{a: " * 3000 + "1" + "}" * 3000,
        "n: !!int " + "9" * 5000,  # over Python's int-string limit
    ],
    ids=["bad-date", "bad-float", "python-tag", "deep-list", "deep-map", "huge-int"],
)
def test_hostile_front_matter_is_refused_never_a_crash(tmp_path: Path, block: str) -> None:
    text = f"---\n{block}\n---\n{PROSE}"
    with pytest.raises(MalformedFrontMatter, match=r"hostile\.md:2: malformed front matter"):
        read_article(write(tmp_path, "hostile.md", text))


@pytest.mark.parametrize(
    "sidecar",
    ['title = "unterminated\n', "a = " + "[" * 5000 + "]" * 5000, b"title = '\xff'"],
    ids=["syntax", "deep", "not-utf8"],
)
def test_broken_sidecar_is_a_warning_naming_it(tmp_path: Path, sidecar: str | bytes) -> None:
    path = write(tmp_path, "s.txt", PROSE)
    write(tmp_path, "s.meta.toml", sidecar)
    result = read_article(path)
    assert result.article.body == PROSE
    assert "s.meta.toml: unreadable metadata" in messages(result)[0]


# --- untrusted text -----------------------------------------------------------


def test_escape_sequences_are_removed_before_offsets_exist_and_reported(tmp_path: Path) -> None:
    raw = "Title\r\nA \x1b]52;c;ZXZpbA==\x07claim\x1b[2J here.\r\nNext\x01 line \u202eRLO.\r\n"
    result = read_article(write(tmp_path, "esc.txt", raw))
    assert result.article.body == "Title\nA claim here.\nNext line ⟨RLO⟩RLO.\n"
    assert result.article.id == article_id(result.article.body)
    [warning] = messages(result)
    assert "2 terminal escape sequence(s) removed" in warning and "bidi" in warning


# --- encodings ----------------------------------------------------------------


def test_windows_1252_is_detected_and_reported(tmp_path: Path) -> None:
    text = "Le président a dit « non » — l’armée coûte 5 € de plus. Déjà vu à Zürich.\n"
    result = read_article(write(tmp_path, "fr.txt", text.encode("cp1252")))
    assert result.article.body == text
    assert any("not valid UTF-8; read as cp1252" in w for w in messages(result))


def test_cyrillic_legacy_encoding_is_detected(tmp_path: Path) -> None:
    text = "Северная Корея направила войска в Россию, сообщают украинские СМИ.\n"
    result = read_article(write(tmp_path, "ru.txt", text.encode("cp1251")))
    assert result.article.body == text
    assert "cp1251" in messages(result)[0]


def test_utf8_with_stray_bytes_keeps_utf8_and_counts_replacements(tmp_path: Path) -> None:
    raw = ("Kim’s “full support” — reported " * 10).encode() + b"\xff\xfe end\n"
    result = read_article(write(tmp_path, "stray.txt", raw))
    assert result.article.body.count("\ufffd") == 2 and "Kim’s “full support”" in result.article.body
    assert "2 undecodable byte(s) replaced with U+FFFD" in "\n".join(messages(result))


@pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-8-sig"])
def test_byte_order_marks_are_honoured_silently(tmp_path: Path, codec: str) -> None:
    result = read_article(write(tmp_path, "bom.txt", PROSE.encode(codec)))
    assert result.article.body == PROSE and result.warnings == []


def test_an_explicit_encoding_overrides_detection(tmp_path: Path) -> None:
    text = "Zażółć gęślą jaźń, Łódź.\n"
    article = load_file(write(tmp_path, "pl.txt", text.encode("iso-8859-2")), encoding="iso-8859-2")
    assert article.body == text
    with pytest.raises(UndecodableFile, match="unknown encoding 'klingon'"):
        load_file(write(tmp_path, "pl2.txt", b"x"), encoding="klingon")


# --- refusals -----------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
REFUSED = [
    ("photo.txt", PNG, BinaryFile, "PNG image"),
    ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryFile, "PDF document"),
    ("nul.txt", b"text then\x00a NUL byte", BinaryFile, "NUL bytes"),
    ("doc.md", b"PK\x03\x04\x14\x00\x06\x00", BinaryFile, "ZIP archive"),
    ("ctl.txt", bytes(range(1, 9)) * 50, BinaryFile, "control bytes"),
    ("empty.txt", b"", EmptyArticle, "empty file"),
    ("blank.txt", b" \n\t\r\n  \n", EmptyArticle, "empty file"),
    ("ctl-only.txt", b"\x1b[2J\x1b]0;t\x07\n", EmptyArticle, "no article text"),
    ("fm-only.md", b"---\ntitle: x\n---\n\n", EmptyArticle, "no article text"),
    ("noise.txt", bytes(range(0x80, 0x100)) * 8, UndecodableFile, "encoding"),
    ("scan.pdf", b"%PDF-1.4", UnsupportedFileType, "cannot read '.pdf' files"),
    ("notes.docx", b"PK", UnsupportedFileType, "cannot read '.docx' files"),
    ("README", b"hello", UnsupportedFileType, "files without a suffix"),
]


@pytest.mark.parametrize(("name", "content", "error", "says"), REFUSED, ids=[r[0] for r in REFUSED])
def test_bad_files_are_refused_with_one_line_naming_the_file(
    tmp_path: Path, name: str, content: bytes, error: type, says: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(error) as caught:
        load_file(path)
    message = str(caught.value)
    assert isinstance(caught.value, ArticleError) and isinstance(caught.value, FactscopeError)
    assert message.startswith(f"{path}: ") and says in message and "\n" not in message


def test_size_limit_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "big.txt", "word " * 3000)
    monkeypatch.setenv("FACTSCOPE_MAX_ARTICLE_BYTES", "10KB")
    with pytest.raises(
        ArticleTooLarge, match=r"big\.txt: 14\.6 KB is over the 10\.0 KB limit.*FACTSCOPE_MAX_ARTICLE_BYTES"
    ):
        load_file(path)
    assert load_file(path, max_bytes=20_000).body.startswith("word word")
    monkeypatch.setenv("FACTSCOPE_MAX_ARTICLE_BYTES", "lots")
    with pytest.raises(BadLimitSetting, match="FACTSCOPE_MAX_ARTICLE_BYTES='lots' is not a size"):
        load_file(path)


def test_default_limit_refuses_a_ten_megabyte_single_line(tmp_path: Path) -> None:
    path = tmp_path / "oneline.txt"
    with path.open("wb") as fh:
        fh.truncate(10 * 1024 * 1024)  # sparse: the size is what matters
    with pytest.raises(ArticleTooLarge, match=re.escape("10.0 MB is over the 5.0 MB limit")):
        load_file(path)


def test_directories_missing_and_special_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match=re.escape("missing.txt: cannot read")):
        load_file(tmp_path / "missing.txt")
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(ArticleError, match="is a directory"):
        load_file(tmp_path / "dir.txt")


# --- HTML -----------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Tab title</title>
<meta property="og:title" content="Troops &amp; tensions">
<meta property="og:site_name" content="The Daily">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-10-11T08:00:00Z">
<style>p { color: red }</style><script>document.title = "x"</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Troops &amp; tensions</h1>
<p>First   paragraph, with <b>bold</b>
and a line break.</p><p>Second&nbsp;one<br>on two lines &#x1b;]0;evil&#7;</p>
<ul><li>one</li><li>two</li></ul></article>
<footer>© 2024 The Daily</footer></body></html>"""


def test_html_page_becomes_paragraphs_and_metadata(tmp_path: Path) -> None:
    result = read_article(write(tmp_path, "page.html", PAGE))
    article = result.article
    assert article.body == (
        "Troops & tensions\n\nFirst paragraph, with bold and a line break.\n\n"
        "Second\u00a0one\non two lines \n\none\n\ntwo"
    )
    assert (article.title, article.outlet, article.authors, article.published) == (
        "Troops & tensions", "The Daily", ["Jane Roe"], "2024-10-11",
    )  # fmt: skip
    assert "1 terminal escape sequence(s) removed" in messages(result)[0]


@pytest.mark.parametrize(
    ("title", "headline", "outlet"),
    [
        ("Dam bursts near Ostra | Velmar Herald", "Dam bursts near Ostra", "Velmar Herald"),
        ("Dam bursts near Ostra - The Daily", "Dam bursts near Ostra", "The Daily"),
        ("Ostra dam - what we know so far", "Ostra dam - what we know so far", None),
        ("Dam bursts near Ostra", "Dam bursts near Ostra", None),
    ],
)
def test_a_page_title_without_og_tags_gives_the_headline_and_the_sites_name(
    tmp_path: Path, title: str, headline: str, outlet: str | None
) -> None:
    page = f"<html><head><title>{title}</title></head><body><h1>{headline}</h1><p>The dam burst on Monday.</p></body></html>"
    article = read_article(write(tmp_path, "page.html", page)).article
    assert (article.title, article.outlet) == (headline, outlet)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("# Floods hit the **valley** town", "Floods hit the valley town"),
        (
            "## Storm *Ilse* closes the [Harwick ferry](https://example.org/ferry)",
            "Storm Ilse closes the Harwick ferry",
        ),
        ("# Dock_workers strike at `Port 4`", "Dock_workers strike at Port 4"),
    ],
)
def test_a_markdown_heading_is_titled_as_it_reads(tmp_path: Path, heading: str, title: str) -> None:
    article = load_file(write(tmp_path, "story.md", heading + "\n\nThe river rose on Monday, officials said.\n"))
    assert article.title == title


def test_html_saved_as_txt_is_sniffed_and_declared_charset_honoured(tmp_path: Path) -> None:
    page = '<html><head><meta charset="iso-8859-2"></head><body><p>Zażółć gęślą jaźń</p></body></html>'
    result = read_article(write(tmp_path, "saved.txt", page.encode("iso-8859-2")))
    assert result.article.body == "Zażółć gęślą jaźń"
    assert messages(result) == [f"{tmp_path / 'saved.txt'}: looks like an HTML page; converted to text"]


def test_html_behind_a_byte_order_mark_is_still_sniffed(tmp_path: Path) -> None:
    page = "\ufeff<!DOCTYPE html><html><body><p>Kyiv said so.</p></body></html>"
    assert load_file(write(tmp_path, "bom.md", page)).body == "Kyiv said so."


def test_prose_mentioning_a_tag_is_not_html(tmp_path: Path) -> None:
    text = "Use the <b> tag for bold, the editor said.\n"
    assert load_file(write(tmp_path, "prose.txt", text)).body == text


def test_absurdly_nested_html_is_refused_fast(tmp_path: Path) -> None:
    path = write(tmp_path, "deep.html", "<div>" * 50_000 + "x")
    with pytest.raises(ArticleError, match=re.escape("deep.html: HTML nested more than 1000 blocks deep")):
        load_file(path)


def test_html_without_text_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EmptyArticle, match="no article text"):
        load_file(write(tmp_path, "shell.html", "<html><body><script>app()</script><nav>x</nav></body></html>"))


# --- directories --------------------------------------------------------------


def test_load_dir_reads_article_files_and_can_skip_refused_ones(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", PROSE)
    write(tmp_path, "a.md", "# Heading\n" + PROSE)
    write(tmp_path, "c.txt", PNG)
    write(tmp_path, "a.meta.toml", 'title = "From the sidecar"\n')
    write(tmp_path, "image.png", PNG)
    with pytest.raises(BinaryFile, match=re.escape("c.txt")):
        load_dir(tmp_path)
    warnings: list = []
    articles = load_dir(tmp_path, warnings=warnings, skip_refused=True)
    assert [a.title for a in articles] == ["From the sidecar", PROSE.splitlines()[0]]
    assert [str(w) for w in warnings] == [f"{tmp_path / 'c.txt'}: skipped: looks like a PNG image, not a text article"]


# --- hostile file names -----------------------------------------------------------


def test_hostile_file_names_are_spelled_out_in_messages_and_storable(tmp_path: Path) -> None:
    import os

    evil = os.fsdecode(b"evil\x1b]0;pwned\x07\n\xff\xe2\x80\xae.txt")  # ESC, newline, a non-UTF-8 byte, RLO
    path = tmp_path / evil
    path.write_bytes(PNG)
    with pytest.raises(BinaryFile) as caught:
        load_file(path)
    message = str(caught.value)
    assert "\n" not in message and "\x1b" not in message and "\u202e" not in message
    assert "evil\\x1b]0;pwned\\x07\\n\\udcff\\u202e.txt: looks like a PNG image" in message
    message.encode("utf-8")  # printable: no lone surrogate left
    path.write_text(PROSE, encoding="utf-8")
    article = load_file(path)
    assert article.source_file.endswith("evil\\x1b]0;pwned\\x07\\n\\udcff\\u202e.txt")
    article.source_file.encode("utf-8")


# --- 8-bit C1 controls (0x9B is CSI to a terminal, "›" in Windows-1252) --------------


def test_an_8_bit_csi_in_ascii_text_is_read_as_a_control_and_removed(tmp_path: Path) -> None:
    raw = b"Title\nThe army said 40 people\x9b2J were killed in Tarsk.\n"
    result = read_article(write(tmp_path, "csi.txt", raw))
    assert result.article.body == "Title\nThe army said 40 people were killed in Tarsk.\n"
    assert "\x9b" not in result.article.body and "\u203a" not in result.article.body
    joined = "\n".join(messages(result))
    assert "read as iso8859-1" in joined and "escape sequence" in joined


def test_a_lone_8_bit_csi_byte_is_replaced_without_eating_the_next_word(tmp_path: Path) -> None:
    result = read_article(
        write(tmp_path, "lone.txt", b"Title\nThe army said 40 people were killed \x9b in the attack.\n")
    )
    assert result.article.body == "Title\nThe army said 40 people were killed \ufffd in the attack.\n"
    assert "1 undecodable byte(s) replaced with U+FFFD" in "\n".join(messages(result))


@pytest.mark.parametrize(
    "raw",
    [
        b"Title\nA lone \x9b byte and an OSC \x9d0;pwned\x07 title.\n",  # only C1 introducers: Latin-1
        "Title\nC1 written as UTF-8: \u009b31m red \u009b0m.\n".encode(),  # valid UTF-8 carrying U+009B
        "Title\nLe caf\u00e9 co\u00fbte 5 \u20ac \u203aplus\u2039 \u2014 d\u00e9j\u00e0 vu.\n".encode(
            "cp1252"
        ),  # real cp1252
    ],
)
def test_no_decoded_article_keeps_a_c1_control(tmp_path: Path, raw: bytes) -> None:
    body = read_article(write(tmp_path, "c1.txt", raw)).article.body
    assert not any("\x80" <= ch <= "\x9f" for ch in body), repr(body)


def test_a_forced_single_byte_encoding_cannot_smuggle_a_csi_in(tmp_path: Path) -> None:
    path = write(tmp_path, "forced.txt", b"Title\nRed \x9b31mtext\x9b0m here.\n")
    body = read_article(path, encoding="latin-1").article.body
    assert body == "Title\nRed text here.\n"


def test_a_markdown_article_reads_without_its_marks(tmp_path: Path) -> None:
    """What the reader shows and claims quote is the text as it reads, not its Markdown source."""
    text = (
        "# Floods hit the **valley** town #\n\n"
        "**Tom Park** said on Monday that 300 homes in [Harwick](https://example.org) were flooded.\n\n"
        '"We lost 40 cattle," said *Ana Ruiz*, a farmer at `Mill_Farm`.\n\n'
        "```\n**kept** as written\n```\n"
        "#42 on the list, snake_case_name and 5 * 3 stay.\n"
    )
    article = load_file(write(tmp_path, "floods.md", text))
    assert article.body == (
        "Floods hit the valley town\n\n"
        "Tom Park said on Monday that 300 homes in Harwick were flooded.\n\n"
        '"We lost 40 cattle," said Ana Ruiz, a farmer at Mill_Farm.\n\n'
        "```\n**kept** as written\n```\n"
        "#42 on the list, snake_case_name and 5 * 3 stay.\n"
    )
    assert article.title == "Floods hit the valley town"
    plain = load_file(write(tmp_path, "floods.txt", text))  # a text file is kept as written
    assert plain.body == text
