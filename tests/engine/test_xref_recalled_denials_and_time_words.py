"""A confirmation of "reports the company had denied" confirms, and the words of when a denied thing happened
("last year") are not what was denied. Our own sentences."""

from __future__ import annotations

from corpus.pipeline import extract
from corpus.xref.features import polarity_of

from .conftest import links_of, make_article, relations_between


def test_confirming_reports_a_company_had_denied_is_a_confirmation() -> None:
    article = make_article(
        "Regulator finds leak\nThe pipeline had leaked crude into the Orva delta for weeks, the environment "
        "agency said on Tuesday, confirming local reports the operator had denied.\n",
        title="Regulator finds leak",
    )
    (claim,) = [c for c in extract([article]).claims if "Orva" in c.text]
    assert polarity_of(claim) == "confirm"


def test_a_confirmation_of_what_was_denied_never_corroborates_the_denial() -> None:
    denial = make_article(
        "Operator rejects leak claims\nKestrel Pipelines denied reports that its pipeline had leaked crude into "
        "the Orva delta.\n",
        published="2026-05-04",
        outlet="Energy Wire",
        title="Operator rejects leak claims",
    )
    finding = make_article(
        "Regulator finds leak\nThe Kestrel pipeline had leaked crude into the Orva delta for weeks, the "
        "environment agency said on Tuesday, confirming local reports the operator had denied.\n",
        published="2026-05-12",
        outlet="Delta Times",
        title="Regulator finds leak",
    )
    links = links_of(denial, finding)
    assert "corroborates" not in relations_between(links, "confirming local reports", "denied reports"), links


def test_when_a_denied_thing_happened_is_not_what_was_denied() -> None:
    denial = make_article(
        "Dam operator denies warning\nHydra Energia denied reports that inspectors had warned it about leaks in "
        "the Lenta dam's spillway last year.\n",
        published="2026-04-02",
        outlet="Wire",
        title="Dam operator denies warning",
    )
    other = make_article(
        "Second dam checked\nThe water authority said the Brisa dam had passed a safety check last year.\n",
        published="2026-06-20",
        outlet="Gazette",
        title="Second dam checked",
    )
    links = links_of(denial, other)
    assert "conflicts" not in relations_between(links, "passed a safety check", "denied reports"), links
