"""A corrupt user.json never locks the user out of the corpus: the browser opens
with bookmarks and notes off and says why; nothing is written over the file;
`factscope check` names it and `check --repair` restores its last good backup."""

from __future__ import annotations

from pathlib import Path

from tests.faults.helpers import run_factscope
from tests.waiting import wait_until

DAMAGED = b'{"bookmarks": {"1": {"claim_id": '


def _corpus(tmp_path: Path) -> Path:
    from tests.tui.corpus_fixture import build_extraction, write_corpus

    path = tmp_path / "mine.json"
    write_corpus(path, build_extraction(), current=True)
    return path


async def test_the_browser_opens_the_corpus_with_bookmarks_off_and_says_why(tmp_path: Path) -> None:
    from store import paths
    from tui.app import FactscopeApp

    db = _corpus(tmp_path)
    user_path = paths.user_db_path()
    user_path.parent.mkdir(parents=True, exist_ok=True)
    user_path.write_bytes(DAMAGED)
    app = FactscopeApp(db_path=db)
    messages: list[str] = []
    notify = app.notify
    app.notify = lambda message, **options: (messages.append(message), notify(message, **options))  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(
            lambda: any("Bookmarks and notes are off" in m for m in messages), pilot=pilot, what="the warning"
        )
        assert app.data is not None and app.data.corpus.claims(), "the corpus did not open"
        warning = next(m for m in messages if "Bookmarks and notes are off" in m)
        assert "corrupt database" in warning and "check --repair" in warning
        messages.clear()
        await pilot.press("b")  # bookmark the selected claim: refused, with the reason
        await wait_until(lambda: any("Bookmark not saved" in m for m in messages), pilot=pilot, what="the refusal")
        assert any("Bookmark not saved" in m and "bookmarks and notes are off" in m for m in messages), messages
    assert user_path.read_bytes() == DAMAGED  # never written over


def test_check_names_a_corrupt_user_db_and_repair_restores_its_backup(corpus_db: Path, tmp_path: Path) -> None:
    from store.user_db import UserDB

    data_dir = tmp_path / "data"
    user = UserDB.open(data_dir / "user.json")
    user.add_bookmark("a0123456789ab-0123456789")
    user.add_bookmark("a0123456789ab-9999999999")  # the first version is now user.json.bak.1
    good = (data_dir / "user.json.bak.1").read_bytes()
    (data_dir / "user.json").write_bytes(DAMAGED)
    env = {"FACTSCOPE_DATA_DIR": str(data_dir)}
    out = run_factscope("--db", corpus_db, "check", env=env, timeout=300)  # a sound corpus DB: the user DB is at fault
    assert out.returncode == 1
    assert f"{data_dir / 'user.json'}: 1 problem" in out.stdout and "corrupt database" in out.stdout
    out = run_factscope("--db", corpus_db, "check", "--repair", env=env, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"restored {data_dir / 'user.json'} from user.json.bak.1" in out.stdout
    assert (data_dir / "user.json").read_bytes() == good
    assert any(p.read_bytes() == DAMAGED for p in data_dir.glob("user.json.damaged-*"))
    assert [b.claim_id for b in UserDB.open(data_dir / "user.json").bookmarks()] == ["a0123456789ab-0123456789"]
