"""UserDB: bookmarks, notes and history survive reopen; failed writes are kept to retry."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from store import paths
from store.corpus_db import CorpusDB
from store.errors import CorruptDatabase, ReadOnlyDatabase, StoreError, StoreWriteError
from store.user_db import UserDB
from tests.store.fixtures import built_db, bundled_extraction  # noqa: F401 (pytest fixtures)


def test_bookmarks_notes_history_survive_reopen() -> None:
    user = UserDB.open()
    assert user.path == paths.user_db_path()
    user.add_bookmark("c1", claim_text="At least 12 killed.")
    user.add_bookmark("c2")
    user.add_bookmark("c1")  # twice: still one, keeps its first time
    assert user.toggle_bookmark("c3") is True
    assert user.toggle_bookmark("c2") is False
    user.set_note("c1", "check against\nthe UN figure")
    user.set_note("c9", "first")
    user.set_note("c9", "second")
    for query in ["kyiv", "speaker:zelensky", "kyiv", "  is:conflict  "]:
        user.add_search(query)

    again = UserDB.open()
    assert [b.claim_id for b in again.bookmarks()] == ["c3", "c1"]
    assert again.is_bookmarked("c1") and not again.is_bookmarked("c2")
    assert again.bookmarks()[1].claim_text == "At least 12 killed."
    assert again.note("c1").text == "check against\nthe UN figure"
    assert again.note("c9").text == "second"
    assert [n.claim_id for n in again.notes()] == ["c9", "c1"]
    assert again.search_history() == ["is:conflict", "kyiv", "speaker:zelensky"]


def test_blank_note_deletes_and_text_is_sanitised() -> None:
    user = UserDB.open()
    user.set_note("c1", "keep \x1b]52;c;ZXZpbA==\x07this\x1b[2J")
    assert user.note("c1").text == "keep this"
    user.set_note("c1", "   \n")
    assert user.note("c1") is None and UserDB.open().note("c1") is None


def test_overlong_note_is_refused_with_one_line() -> None:
    user = UserDB.open()
    with pytest.raises(StoreError, match="over the 100000 limit") as info:
        user.set_note("c1", "x" * 100_001)
    assert "\n" not in str(info.value)
    assert user.note("c1") is None


def test_history_is_capped_newest_first(tmp_path: Path) -> None:
    user = UserDB.open(tmp_path / "u.json", history_limit=3)
    for query in ["a", "b", "c", "d", "b", "e"]:
        user.add_search(query)
    assert user.search_history() == ["e", "b", "d"]
    assert UserDB.open(tmp_path / "u.json").search_history() == ["e", "b", "d"]
    user.add_search("   ")
    assert user.search_history() == ["e", "b", "d"]
    user.clear_search_history()
    assert UserDB.open(tmp_path / "u.json").search_history() == []


def test_failed_write_keeps_old_file_and_the_pending_change(monkeypatch: pytest.MonkeyPatch) -> None:
    user = UserDB.open()
    user.add_bookmark("c1")
    before = user.path.read_bytes()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", full)
        with pytest.raises(StoreWriteError, match="No space left"):
            user.set_note("c1", "my long careful note")
        with pytest.raises(StoreWriteError):
            user.add_bookmark("c2")
        user.remove_bookmark("c2")  # changed their mind: nothing to write, nothing pending
        with pytest.raises(StoreWriteError):
            user.add_bookmark("c3")
        with pytest.raises(StoreWriteError):
            user.remove_bookmark("c1")
        assert user.path.read_bytes() == before
        assert user.note("c1") is None and user.is_bookmarked("c1")
        assert [(p.kind, p.claim_id, p.value) for p in user.pending] == [
            ("note", "c1", "my long careful note"),
            ("bookmark", "c3", True),
            ("bookmark", "c1", False),
        ]
        assert "No space left" in user.pending[0].reason
        with pytest.raises(StoreWriteError):
            user.retry_pending()
        assert len(user.pending) == 3
    assert user.retry_pending() == 3
    assert user.pending == []
    again = UserDB.open()
    assert again.note("c1").text == "my long careful note"
    assert [b.claim_id for b in again.bookmarks()] == ["c3"]


def test_read_only_user_db_refuses_and_keeps_pending(tmp_path: Path) -> None:
    path = tmp_path / "u.json"
    UserDB.open(path).add_bookmark("c1")
    before = path.read_bytes()
    user = UserDB.open(path, readonly=True)
    assert user.readonly and user.is_bookmarked("c1")
    with pytest.raises(ReadOnlyDatabase):
        user.set_note("c1", "later")
    assert user.pending[0].value == "later"
    assert path.read_bytes() == before


def test_two_instances_both_keep_their_changes(tmp_path: Path) -> None:
    path = tmp_path / "u.json"
    first, second = UserDB.open(path), UserDB.open(path)
    first.add_bookmark("from-first")
    second.add_bookmark("from-second")  # second never saw first's change: must not lose it
    second.set_note("n", "hello")
    assert first.reload_if_changed() is True
    assert {b.claim_id for b in first.bookmarks()} == {"from-first", "from-second"}
    assert first.note("n").text == "hello"
    assert first.reload_if_changed() is False


def test_corrupt_user_db_fails_closed(tmp_path: Path) -> None:
    path = tmp_path / "u.json"
    path.write_bytes(b'{"bookmarks": {"1": {"claim_id": "c')
    with pytest.raises(CorruptDatabase):
        UserDB.open(path)
    assert path.read_bytes() == b'{"bookmarks": {"1": {"claim_id": "c'


def test_bookmarks_work_next_to_a_read_only_corpus_db(built_db: Path) -> None:
    corpus = CorpusDB.open(built_db, readonly=True)
    claim = corpus.claims()[0]
    user = UserDB.open()
    user.add_bookmark(claim.id)
    assert UserDB.open().is_bookmarked(claim.id)
    assert user.path.parent != built_db.parent


def test_odd_documents_in_a_hand_edited_user_db_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "u.json"
    UserDB.open(path).add_bookmark("good")
    import orjson

    data = orjson.loads(path.read_bytes())
    data["bookmarks"]["7"] = {"created": "x"}  # no claim id
    data["notes"] = {"1": {"claim_id": "c", "text": 5}}
    path.write_bytes(orjson.dumps(data))
    user = UserDB.open(path)
    assert [b.claim_id for b in user.bookmarks()] == ["good"] and user.notes() == []
    user.add_bookmark("more")  # still writable, the odd documents kept as they were
    assert orjson.loads(path.read_bytes())["bookmarks"]["7"] == {"created": "x"}


def test_any_text_round_trips_as_its_sanitised_form() -> None:
    import tempfile

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from corpus.sanitize import sanitize_line, sanitize_text

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "u.json"

        @settings(max_examples=20, deadline=None)
        @given(note=st.text(), query=st.text(), claim_id=st.text(min_size=1, max_size=20))
        def round_trip(note: str, query: str, claim_id: str) -> None:
            user = UserDB.open(path)
            user.set_note(claim_id, note)
            user.add_search(query)
            again = UserDB.open(path)
            expected = sanitize_text(note)
            stored = again.note(claim_id)
            assert (stored.text if stored else None) == (expected if expected.strip() else None)
            if sanitize_line(query):
                assert again.search_history()[0] == sanitize_line(query)

        round_trip()


def test_searching_does_not_push_bookmarks_out_of_the_backups(tmp_path: Path) -> None:
    from store.backup import list_backups

    path = tmp_path / "u.json"
    user = UserDB.open(path)
    user.add_bookmark("c1")
    user.set_note("c1", "important")
    for n in range(10):
        user.add_search(f"query {n}")
    backups = list_backups(path)
    assert len(backups) == 1  # taken before the note was saved; none per search
    restored = UserDB.open(backups[0].path, readonly=True)
    assert restored.is_bookmarked("c1") and restored.note("c1") is None
    assert restored.search_history() == []
