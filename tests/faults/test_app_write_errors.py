"""In the running browser, a bookmark whose save fails at any file operation, with
EIO, ENOSPC or EROFS, is one notice naming user.json and the reason; the app
keeps running, user.json keeps its old contents, and the next press saves it."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from tests.faults.errorpoints import FAULTS, errno_at
from tests.faults.fileops import install


class Fault:
    """Makes the N-th file operation from now fail (and every later one, if sticky)."""

    def __init__(self, n: int, err: int, sticky: bool) -> None:
        self.n, self.err, self.sticky = n, err, sticky
        self.count = 0
        self.reached = False

    def __call__(self, name: str, args: tuple, returned: bool) -> None:
        if returned:
            return
        self.count += 1
        if self.count == self.n or (self.sticky and self.count > self.n):
            self.reached = True
            raise OSError(self.err, os.strerror(self.err))


async def test_a_failed_bookmark_save_at_each_file_operation_is_a_notice(tmp_path: Path) -> None:
    from store.corpus_db import CorpusDB
    from store.user_db import UserDB
    from tests.tui.corpus_fixture import build_extraction, write_corpus
    from tui.app import FactscopeApp
    from tui.data import AppData

    corpus = tmp_path / "corpus.json"
    write_corpus(corpus, build_extraction())
    user_path = tmp_path / "user.json"
    UserDB.open(user_path).add_search("harbour")  # the file exists, with a backup to rotate
    data = AppData(corpus=CorpusDB.open(corpus), user=UserDB.open(user_path))
    app = FactscopeApp(data=data)
    messages: list[str] = []
    notify = app.notify
    app.notify = lambda message, **options: (messages.append(message), notify(message, **options))  # type: ignore[method-assign]
    failures = 0
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for errnos, sticky in FAULTS.values():
            n = 0
            while True:
                n += 1
                err = errno_at(errnos, n)
                before = user_path.read_bytes()
                messages.clear()
                fault = Fault(n, err, sticky)
                undo = install(fault, file_objects=True)
                try:
                    await pilot.press("b")
                    await pilot.pause()
                finally:
                    undo()
                assert app.is_running
                marked = data.user.bookmarks() != []
                if not fault.reached or marked:  # the save went through (a backup may be missing)
                    assert marked and any(m == "Bookmarked." for m in messages), messages
                    await pilot.press("b")  # back to no bookmark, for the next trial
                    await pilot.pause()
                    assert data.user.bookmarks() == []
                    if not fault.reached:
                        break
                    continue
                failures += 1
                reason = "read-only" if err == errno.EROFS else os.strerror(err)
                notices = [m for m in messages if m.startswith("Bookmark not saved")]
                assert len(notices) == 1 and "user.json" in notices[0], messages
                assert reason.lower() in notices[0].lower() and "to retry" in notices[0], messages
                assert user_path.read_bytes() == before  # nothing half-written, nothing lost
            assert n > 3
    assert failures >= 9
