"""An add killed at any file operation leaves a link index the next add can use: its links are
still those of a build (store/link_index.py is derived, caught up from the shards)."""

from __future__ import annotations

from pathlib import Path

from corpus.loader import load_file
from store.build import add_articles, build_corpus_db
from store.corpus_db import CorpusDB
from tests.faults.crashpoints import crash_trials
from tests.faults.helpers import FIRST, SECOND, resetter, run_cli, write_article

FOURTH = "Harbour delays ease\nThe port authority said 30 ships were still delayed on Wednesday.\n"


def _links(db: CorpusDB) -> set[tuple[str, str, str, float, str]]:
    return {(x.source, x.target, x.relation, x.score, x.reason) for x in db.xrefs()}


def test_an_add_after_a_killed_add_links_as_a_build_does(user_corpus, tmp_path: Path) -> None:
    template, third = user_corpus
    fourth = write_article(tmp_path, "fourth.txt", FOURTH)
    files = [write_article(tmp_path, "first.txt", FIRST), write_article(tmp_path, "second.txt", SECOND)]
    every = [load_file(path) for path in (*files, third, fourth)]
    built = _links(build_corpus_db(tmp_path / "built" / "corpus.json", every, keep_added=False))
    without_third = _links(build_corpus_db(tmp_path / "b3" / "corpus.json", [*every[:2], every[3]], keep_added=False))
    assert len(built) > len(without_third) > 0  # the articles really link, the third too
    db = tmp_path / "db" / "corpus.json"
    kills = 0
    for trial in crash_trials(
        run_cli("--db", str(db), "add", str(third)), resetter(template, db.parent), tmp_path / "log"
    ):
        kills += trial.crashed
        add_articles(CorpusDB.open(db), [load_file(fourth)])
        third_in = any(a.source_file.endswith("third.txt") for a in CorpusDB.open(db).articles())
        assert _links(CorpusDB.open(db)) == (built if third_in else without_third), trial
    assert kills >= 6
