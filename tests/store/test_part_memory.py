"""What a DB read in part for a first screen holds: its catalogue's articles once, as the objects
made of them (the browser keeps the catalogue for its life), not also as the parsed documents, and
no empty list of claims for each article whose claims are not read."""

from __future__ import annotations

import gc
import tracemalloc

from corpus.model import Article, Claim, Extraction
from store.corpus_db import CorpusDB

SENTENCE = "The council said the ferry to Lornholm would run {n} times a week from {month}. "


def _extraction(articles: int, claims_per_article: int) -> Extraction:
    made, claims = [], []
    for a in range(articles):
        texts = [SENTENCE.format(n=a + k, month=("May", "June")[k % 2]) for k in range(claims_per_article)]
        body = "".join(texts)
        made.append(Article(f"a{a}", f"Ferry {a}", "Gazette", ["Desk"], "2024-05-02", False, f"a{a}.txt", body))
        offset = 0
        for k, text in enumerate(texts):
            end = offset + len(text) - 1
            claims.append(Claim(f"c{a}-{k}", f"a{a}", offset, end, body[offset:end], "statement", None, "asserted"))
            offset += len(text)
    return Extraction(made, claims, [], [])


def test_a_partly_read_db_holds_each_catalogue_article_once(tmp_path) -> None:
    path = tmp_path / "corpus.json"
    extraction = _extraction(2000, 2)  # 4,000 claims: four shards
    CorpusDB.open(path, create=True).replace_all(extraction, None, includes_bundled=False)
    bodies = sum(len(article.body) + 49 for article in extraction.articles)  # str of ASCII: 49 + 1 a char
    del extraction
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        db = CorpusDB.open_part(path, lambda _articles: None)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert not db.complete and len(db.articles()) == 2000
    per_article = (held - bodies) / 2000
    # its Article, its other fields' strings and its place in the index (~750 bytes): the parsed
    # document kept as well was ~350 more, an empty list of its claims ~80 more
    assert per_article < 790, per_article
    # and what the articles are is unchanged, the whole DB read from them as before
    assert [a.id for a in db.articles()][:2] == ["a0", "a1"] and db.article("a7").title == "Ferry 7"
    assert db.load_rest() and len(db.claims()) == 4000 and db.complete
