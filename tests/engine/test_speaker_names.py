"""A speaker's name as shown: the words of its source, one space apart."""

from __future__ import annotations

from corpus.loader import article_id
from corpus.model import Article
from corpus.pipeline import extract


def test_party_labels_dropped_from_two_senators_leave_no_run_of_spaces() -> None:
    body = "Dairy bill stalls\nSens. Ann Harlow (R-Vt.) and Joe Brandt (D-Minn.) said the bill would raise milk prices by 8 percent.\n"
    article = Article(article_id(body), "Dairy bill stalls", "Wire", [], "2025-03-04", False, "dairy.txt", body)
    (claim,) = [c for c in extract([article]).claims if "milk prices" in c.text]
    assert claim.speaker == "Ann Harlow and Joe Brandt"
