"""The first screen saved beside the DB (tui/first_screen.py): shown on the next start before the
DB is read, and only for the very version of the DB it was made from."""

from __future__ import annotations

import os
from dataclasses import replace

from tests.tui.helpers import hold_the_db_read, notices, option_texts
from tests.waiting import wait_until


def shown(app) -> tuple:
    from tui.widgets.sources import SourcesList

    screen = app.main_screen
    return (screen.article.id, [claim.id for claim in screen.claims], option_texts(screen.query_one(SourcesList)))


async def test_the_next_start_shows_the_saved_first_screen_before_the_db_is_read(
    extraction, tmp_path, monkeypatch
) -> None:
    from tests.tui.corpus_fixture import write_corpus
    from tui.app import FactscopeApp
    from tui.first_screen import first_screen_path
    from tui.widgets.sources import SourcesList

    db = tmp_path / "mine.json"
    write_corpus(db, extraction, current=True)
    first = FactscopeApp(db_path=db)
    async with first.run_test(size=(120, 40)) as pilot:
        await wait_until(lambda: first_screen_path(db).exists(), pilot=pilot, what="the first screen to be saved")
        before = shown(first)

    started, release = hold_the_db_read(monkeypatch)
    app = FactscopeApp(db_path=db)
    said = notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(started.is_set, pilot=pilot, what="the DB read to start")
        await wait_until(lambda: app.main_screen.article is not None, pilot=pilot, what="the saved first screen")
        assert app.data is None and shown(app) == before
        sources = app.main_screen.query_one(SourcesList)
        other = next(row.article_id for row in sources.rows if row.article_id != before[0])
        sources.highlighted = [row.article_id for row in sources.rows].index(other)
        sources.action_select()
        await pilot.pause()
        assert app.main_screen.article.id == before[0]  # not read yet: said so, not opened
        assert "Still reading the corpus" in " ".join(said)
        release.set()
        await wait_until(lambda: app.data is not None, pilot=pilot, what="the DB to be read")
        await pilot.pause()
        assert shown(app) == before and app.main_screen.data is app.data
        sources.highlighted = [row.article_id for row in sources.rows].index(other)
        sources.action_select()
        await wait_until(lambda: app.main_screen.article.id == other, pilot=pilot, what="the other article")


def test_a_saved_first_screen_is_used_only_for_the_db_it_was_made_from(extraction, tmp_path) -> None:
    from tests.tui.corpus_fixture import write_corpus
    from tui.data import open_existing
    from tui.first_screen import first_screen_path, load, save

    db = tmp_path / "mine.json"
    write_corpus(db, extraction, current=True)
    data = open_existing(db)
    assert data is not None and data.sources and load(db) is None
    save(data)
    found = load(db)
    assert found is not None and found.rows == data.sources
    article = data.corpus.article(data.sources[0].article_id)
    assert found.corpus.article(article.id) == article
    assert found.corpus.claims_for_article(article.id) == data.corpus.claims_for_article(article.id)
    assert found.corpus.article(data.sources[-1].article_id) is None  # the one article only

    stamp = db.stat()
    os.utime(db, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000))  # another version of the DB
    assert load(db) is None

    data = open_existing(db)
    save(data)
    assert load(db) is not None
    saved = first_screen_path(db).read_bytes()
    first_screen_path(db).write_bytes(saved[: len(saved) // 2])  # damaged
    assert load(db) is None

    hostile = replace(
        data, sources=(data.sources[0]._replace(title="Report \x1b[2J\x1b]0;owned\x07"), *data.sources[1:])
    )
    first_screen_path(db).unlink()
    save(hostile)
    assert first_screen_path(db).exists() and load(db) is None  # what the sanitiser would change is never shown


def test_the_db_read_behind_a_saved_first_screen_takes_its_rows_only_when_of_the_same_version(
    extraction, tmp_path
) -> None:
    from tests.tui.corpus_fixture import write_corpus
    from tui.data import ListOrder, open_existing
    from tui.first_screen import load, save

    db = tmp_path / "mine.json"
    write_corpus(db, extraction, current=True)
    data = open_existing(db)
    save(data)
    shown = load(db)
    read = open_existing(db, order=ListOrder(shown))
    assert read.sources is shown.rows and read.sources == data.sources  # not worked out again

    stamp = db.stat()
    os.utime(db, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000))  # the DB changed since it was shown
    read = open_existing(db, order=ListOrder(shown))
    assert read.sources is not shown.rows and read.sources == data.sources  # worked out from the DB read


async def test_the_first_screen_reads_only_the_first_rows_of_the_sources_list(
    extraction, tmp_path, monkeypatch
) -> None:
    """Every row read and checked before the first screen cost ~115 ms of CPU at 50,000 articles:
    the rows past the first few are read when one of them is first drawn, or by the loading worker."""
    from tests.tui.corpus_fixture import write_corpus
    from tui import first_screen
    from tui.app import FactscopeApp
    from tui.data import open_existing
    from tui.widgets.sources import SourcesList

    db = tmp_path / "mine.json"
    write_corpus(db, extraction, current=True)
    data = open_existing(db)
    monkeypatch.setattr(first_screen, "HEAD_ROWS", 1)
    first_screen.save(data)
    whole = [(row.article_id, row.title) for row in data.sources]
    assert len(whole) == 3
    reads: list[int] = []
    other_rows = first_screen._other_rows

    def counted_other_rows(*args):
        reads.append(1)
        return other_rows(*args)

    monkeypatch.setattr(first_screen, "_other_rows", counted_other_rows)
    started, release = hold_the_db_read(monkeypatch)
    app = FactscopeApp(db_path=db)
    async with app.run_test(size=(120, 8)) as pilot:  # a list one row high: the others are not drawn
        await wait_until(started.is_set, pilot=pilot, what="the DB read to start")
        await wait_until(lambda: app.main_screen.article is not None, pilot=pilot, what="the saved first screen")
        sources = app.main_screen.query_one(SourcesList)
        await wait_until(lambda: sources.virtual_size.height >= 6, pilot=pilot, what="the list laid out")
        assert len(sources.rows) == 3  # laid out from every row's widths
        assert reads == []  # the others are not read for the first screen
        sources.focus()
        await pilot.press("end")  # the last row drawn: the others are read now, once
        await pilot.pause()
        assert reads == [1] and [(row.article_id, row.title) for row in sources.rows] == whole
        release.set()
        await wait_until(lambda: app.data is not None, pilot=pilot, what="the DB to be read")
        assert app.data.sources is sources.rows and reads == [1]  # the same rows: not read again


def test_saved_rows_past_the_first_that_fail_the_checks_are_shown_sanitised_and_not_kept(
    extraction, tmp_path, monkeypatch
) -> None:
    from tests.tui.corpus_fixture import write_corpus
    from tui import first_screen
    from tui.data import ListOrder, open_existing

    db = tmp_path / "mine.json"
    write_corpus(db, extraction, current=True)
    data = open_existing(db)
    monkeypatch.setattr(first_screen, "HEAD_ROWS", 1)
    hostile = replace(data, sources=(*data.sources[:2], data.sources[2]._replace(title="Report \x1b[2J")))
    first_screen.save(hostile)
    shown = first_screen.load(db)
    assert shown is not None  # its first rows are fine
    assert shown.rows[2].title == "Report \\x1b[2J" and not shown.rows.intact()
    read = open_existing(db, order=ListOrder(shown))
    assert read.sources is not shown.rows and list(read.sources) == list(data.sources)  # made from the DB


def test_the_first_screen_reads_every_row_s_widths_as_they_lie_and_no_other_row(
    extraction, tmp_path, monkeypatch
) -> None:
    """The widths are two 16-bit arrays, read as they lie (no list of 100,000 numbers parsed and
    checked at 50,000 articles), and the other rows' bytes are read from the file only when a row
    past the first is asked for: ~5 ms less of the loader's CPU before the first frame at 1M claims."""
    import zipfile

    from tests.tui.corpus_fixture import write_corpus
    from tui import first_screen
    from tui.data import open_existing

    db = tmp_path / "mine.json"
    write_corpus(db, extraction, current=True)
    data = open_existing(db)
    monkeypatch.setattr(first_screen, "HEAD_ROWS", 1)
    first_screen.save(data)
    whole = [(row.article_id, row.title, row.title_cells, row.meta_cells) for row in data.sources]
    read: list[str] = []
    real = zipfile.ZipFile.read

    def counted(self, name, *args):
        read.append(name)
        return real(self, name, *args)

    monkeypatch.setattr(zipfile.ZipFile, "read", counted)
    first = first_screen.load(db)
    assert first is not None and "rest.npy" not in read
    titles, metas = first.rows.cells()
    assert list(titles) == [w[2] for w in whole] and list(metas) == [w[3] for w in whole]
    assert [(r.article_id, r.title, r.title_cells, r.meta_cells) for r in first.rows] == whole
    assert read.count("rest.npy") == 1  # read once, when a row past the first was asked for
    assert first.rows.intact()


def test_a_first_screen_whose_file_is_replaced_reads_the_other_rows_of_its_own_version(
    extraction, tmp_path, monkeypatch
) -> None:
    from tests.tui.corpus_fixture import write_corpus
    from tui import first_screen
    from tui.data import open_existing

    db = tmp_path / "mine.json"
    write_corpus(db, extraction, current=True)
    data = open_existing(db)
    monkeypatch.setattr(first_screen, "HEAD_ROWS", 1)
    first_screen.save(data)
    first = first_screen.load(db)
    assert first is not None
    path = first_screen.first_screen_path(db)
    os.replace(path, tmp_path / "kept.npz")
    path.write_bytes(b"not a first screen any more")
    assert [row.article_id for row in first.rows] == [row.article_id for row in data.sources]
    assert first.rows.intact()


def test_a_row_wider_than_the_widths_hold_saves_no_first_screen(extraction, tmp_path, monkeypatch) -> None:
    from tests.tui.corpus_fixture import write_corpus
    from tui import first_screen
    from tui.data import open_existing

    db = tmp_path / "mine.json"
    write_corpus(db, extraction, current=True)
    data = open_existing(db)
    rows = list(data.sources)
    data = replace(data, sources=[rows[0]._replace(title_cells=first_screen.WIDEST + 1), *rows[1:]])
    first_screen.save(data)
    assert not first_screen.first_screen_path(db).exists()


def test_with_a_saved_first_screen_the_ui_thread_imports_no_db_code_before_it(extraction, tmp_path) -> None:
    """The loader draws a saved first screen before it reads the DB, so the UI thread does not
    import the store's DB code for it (``import_store``: ~14 ms of its CPU, a twentieth of the
    frame): at the first useful frame it is not imported; without a saved screen it is, first."""
    import subprocess
    import sys

    from tests.tui.corpus_fixture import write_corpus
    from tui import first_screen
    from tui.data import open_existing

    db = tmp_path / "mine.json"
    write_corpus(db, extraction, current=True)
    script = (
        # (the loader's wait for the first frame is a safety valve of one second: on a loaded machine the frame can
        # take longer, and the test is of the order, not of the valve)
        "import os, sys\nfrom pathlib import Path\nimport tui.app\nfrom tui.app import FactscopeApp\n"
        "tui.app.FIRST_SCREEN_WAIT_SECONDS = 120\n"
        "class T(FactscopeApp):\n"
        "    def useful_screen_shown(self):\n"
        # (written to the descriptor: a running app captures print(), and os._exit drops a buffered stdout
        # unless PYTHONUNBUFFERED is set, as it is not in a new user's shell)
        "        os.write(1, f\"{'store.corpus_db' in sys.modules} {'store.user_db' in sys.modules} {'tinydb' in sys.modules}\\n\".encode())\n"
        "        os._exit(0)\n"
        f"T(db_path=Path({str(db)!r})).run(headless=True, size=(80, 24))\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}

    def imported_by_the_first_frame() -> str:
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
        return done.stdout.strip()

    assert imported_by_the_first_frame() == "True True True"  # no saved first screen: the DB is read for it
    first_screen.save(open_existing(db))
    assert first_screen.first_screen_path(db).exists()
    # nor the user DB's writer: its bookmarks and notes are read for the first screen without it
    assert imported_by_the_first_frame() == "False False False"


async def test_the_saved_first_screen_shows_the_bookmarks_and_a_bookmark_set_on_it_is_kept(
    extraction, tmp_path, monkeypatch
) -> None:
    """The first screen reads the user DB's marks without opening it; a bookmark set while that
    screen is shown opens it then, is saved, and is shown, before and after the DB is read."""
    from store import paths
    from store.user_db import UserDB
    from tests.tui.corpus_fixture import write_corpus
    from tests.tui.helpers import option_texts
    from tui import first_screen
    from tui.app import FactscopeApp
    from tui.data import open_existing
    from tui.widgets.claims import ClaimsList

    db = tmp_path / "mine.json"
    write_corpus(db, extraction, current=True)
    first_screen.save(open_existing(db))
    shown_first = first_screen.load(db)
    assert shown_first is not None
    claims = [claim.id for claim in shown_first.corpus.claims_for_article(shown_first.corpus._article.id)]
    assert len(claims) >= 2
    UserDB.open(paths.user_db_path()).add_bookmark(claims[0], "kept")

    started, release = hold_the_db_read(monkeypatch)
    app = FactscopeApp(db_path=db)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(started.is_set, pilot=pilot, what="the DB read to start")
        await wait_until(lambda: app.main_screen.article is not None, pilot=pilot, what="the saved first screen")
        listed = app.main_screen.query_one(ClaimsList)
        assert app.data is None and "★" in option_texts(listed)[0] and "★" not in option_texts(listed)[1]
        listed.focus()
        app.main_screen.selected_id = claims[1]
        await pilot.pause()
        await pilot.press("b")  # while the first screen is shown: the user DB is opened for it
        await wait_until(lambda: "★" in option_texts(listed)[1], pilot=pilot, what="the new bookmark shown")
        assert UserDB.open(paths.user_db_path()).is_bookmarked(claims[1])
        release.set()
        await wait_until(lambda: app.data is not None, pilot=pilot, what="the DB to be read")
        await pilot.pause()
        marks = option_texts(app.main_screen.query_one(ClaimsList))
        assert "★" in marks[0] and "★" in marks[1]


def test_a_user_db_that_cannot_be_read_gives_the_first_screen_its_stand_in(extraction, tmp_path) -> None:
    from store import paths
    from store.user_db import UnavailableUserDB
    from tests.tui.corpus_fixture import write_corpus
    from tui import first_screen
    from tui.data import open_existing, open_first_screen

    db = tmp_path / "mine.json"
    write_corpus(db, extraction, current=True)
    first_screen.save(open_existing(db))
    user_db = paths.user_db_path()
    user_db.parent.mkdir(parents=True, exist_ok=True)
    user_db.write_bytes(b'{"bookmarks": {"1": ')  # truncated
    shown = open_first_screen(db)
    assert shown is not None
    user, problem = shown.user.opened()
    assert isinstance(user, UnavailableUserDB) and problem and "Bookmarks and notes are off" in problem
    assert not shown.data.user.is_bookmarked("anything") and shown.data.user.bookmarks() == []
    assert user_db.read_bytes() == b'{"bookmarks": {"1": '  # untouched
