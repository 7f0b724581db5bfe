"""Search folds invisible characters out of its keys: a name with a ZWJ, a
variation selector or a combining grapheme joiner inside still matches."""

from __future__ import annotations


def test_search_finds_a_name_with_an_invisible_character_inside() -> None:
    from corpus.model import Article, Claim
    from store.search import SearchIndex, parse_query

    texts = [
        "Pu\u200dtin said the talks would go on.",  # ZWJ
        "Putin\ufe0f met the envoy.",  # VS16
        "Pu\u034ftin denied it.",  # CGJ
        "Pu\U000e0100tin spoke again.",  # a variation selector from the supplement
        "Nobody else spoke.",
    ]
    body = "\n".join(texts) + "\n"
    article = Article("a000000000001", "T", None, [], None, False, "t.txt", body)
    claims = []
    for n, text in enumerate(texts):
        start = body.index(text)
        claims.append(Claim(f"c{n}", article.id, start, start + len(text), text, "statement", None, "asserted"))
    index = SearchIndex.build(claims, [article])
    found = {hit.claim_id for hit in index.search(parse_query("Putin"), limit=10)}
    assert found == {"c0", "c1", "c2", "c3"}
    found = {hit.claim_id for hit in index.search(parse_query("Pu\u200dtin"), limit=10)}
    assert found == {"c0", "c1", "c2", "c3"}
