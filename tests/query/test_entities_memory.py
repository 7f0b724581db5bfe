"""The entities view's model holds what an entity's claims are, not a place for each claim it lists:
a claim is made, and kept, only when a screen reads it (the browser prepares the model behind search,
over every claim of the corpus)."""

from __future__ import annotations

import gc
import tracemalloc

from corpus.model import Article, Claim, Entity, Extraction
from store.query.entities import EntityIndex
from store.query.reader import ExtractionReader
from store.query.view_source import ViewSource

PEOPLE = [f"Person {i}" for i in range(20)]
SENTENCE = "{who} said the bridge on Harbour Road would reopen in {month}. "


def _reader(articles: int, claims_per_article: int) -> ExtractionReader:
    made_articles, claims = [], []
    for a in range(articles):
        texts = [
            SENTENCE.format(who=PEOPLE[(a + k) % len(PEOPLE)], month=("May", "June")[k % 2])
            for k in range(claims_per_article)
        ]
        body = "".join(texts)
        made_articles.append(Article(f"a{a}", f"Bridge {a}", "Gazette", [], "2024-05-02", False, f"a{a}.txt", body))
        offset = 0
        for k, text in enumerate(texts):
            who = PEOPLE[(a + k) % len(PEOPLE)]
            end = offset + len(text) - 1
            claims.append(
                Claim(f"c{a}-{k}", f"a{a}", offset, end, body[offset:end], "statement", who, "asserted", entities=[who])
            )
            offset += len(text)
    entities = [Entity(name, "person") for name in PEOPLE]
    return ExtractionReader(Extraction(made_articles, claims, entities, []))


def test_entity_rows_hold_no_slot_per_listed_claim_until_it_is_read() -> None:
    reader = _reader(400, 25)  # 10,000 claims, each said by one of 20 people
    source = ViewSource.of(reader)  # the view columns, as the browser has them mapped
    index = EntityIndex.of(reader, source)  # warm: imports, caches
    del index
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        index = EntityIndex.of(reader, source)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    listed = sum(len(row.said) + len(row.about) for row in index.rows)
    assert listed == 10_000
    # the rows each entity lists (8 bytes a claim), and little else; a slot per listed claim was 8 more
    assert held / listed < 14, held / listed
    row = index.rows[0]
    first = row.said[0]
    assert first.speaker == row.entity.name and row.said[0] is first  # made when read, then kept
