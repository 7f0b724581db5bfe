"""One served session of the browser: a shared corpus opened read-only, and a user DB of its own.

``factscope serve`` starts this module once per SSH session or web visitor
(``python -m tui.session --db PATH (--user-db FILE | --visitor-dir DIR)``):

- the corpus DB is opened read-only: a session never rebuilds it nor writes
  anything beside it (the operator's ``serve`` brought it and its search index
  up to date before the first session);
- ``--user-db FILE``: the bookmarks, notes and history of one SSH key, kept;
- ``--visitor-dir DIR``: a fresh user DB for this one web visitor, removed
  when the session ends, so visitors never see each other's notes (nor the
  operator's).
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import sys
from pathlib import Path

from tui.app import FactscopeApp
from tui.data import AppData


def open_shared(db_path: Path, user_db_path: Path) -> AppData:
    """The corpus read-only, whatever its file's permissions, and this session's user DB."""
    from store.corpus_db import CorpusDB
    from store.user_db import UserDB

    return AppData(corpus=CorpusDB.open(db_path, readonly=True), user=UserDB.open(user_db_path))


class SessionApp(FactscopeApp):
    """The browser on a corpus it must never write, with the user DB the server chose."""

    def __init__(self, db_path: Path, user_db_path: Path, keymap: str | None = None) -> None:
        super().__init__(db_path=db_path, keymap=keymap)
        self.user_db_path = user_db_path

    def open_data(self) -> FactscopeApp.DataLoaded:
        # "already checked": a session must not rebuild a stale corpus; the operator's serve did that
        assert self.db_path is not None  # a session is always given the served corpus
        return self.DataLoaded(open_shared(self.db_path, self.user_db_path), checked=True)


def visitor_user_db(visitor_dir: Path) -> Path:
    """A user DB path no other visitor has, in a new 0700 directory of its own."""
    from store.paths import make_private_dirs

    make_private_dirs(visitor_dir)
    own = visitor_dir / f"visitor-{secrets.token_hex(8)}"
    own.mkdir(mode=0o700)
    return own / "user.json"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tui.session", description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="the shared corpus DB (opened read-only)")
    whose = parser.add_mutually_exclusive_group(required=True)
    whose.add_argument("--user-db", type=Path, help="this user's own user DB (kept)")
    whose.add_argument("--visitor-dir", type=Path, help="make a fresh user DB here, removed at the end")
    parser.add_argument("--keymap", default=None)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    from corpus.errors import FactscopeError
    from corpus.sanitize import escape_unsafe

    args = parse_args(sys.argv[1:] if argv is None else argv)
    user_db = args.user_db if args.user_db is not None else visitor_user_db(args.visitor_dir)
    try:
        if args.keymap:
            from keymaps.config import require_keymap

            require_keymap(args.keymap)
        app = SessionApp(args.db, user_db, args.keymap)
        app.run()
        return app.return_code or 0
    except FactscopeError as exc:
        print(f"factscope: {escape_unsafe(str(exc))}", file=sys.stderr)
        return exc.exit_code
    finally:
        if args.visitor_dir is not None:
            shutil.rmtree(user_db.parent, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
