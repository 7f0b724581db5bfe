"""One person called by two nationalities is two people (issue 12): "British climber dies in fall" and "An Australian
ski mountaineer died after a fall" on one mountain the same weekend are two deaths, neither report of the other. A
claim naming both nationalities ("Australian and British climbers killed") may tell of either. Our own sentences."""

from __future__ import annotations

from corpus.model import is_background
from corpus.pipeline import extract
from corpus.xref.features import features
from corpus.xref.statements import different_people

from .conftest import links_of, make_article, relations_between

_BRITISH = (
    "British climber dies in fall on Mount Velmar\n"
    "A British climber has died after falling 300 metres from a ridge on Mount Velmar, police said on Sunday.\n"
)
_AUSTRALIAN = (
    "Australian ski mountaineer dies in fall on Mount Velmar\n"
    "An Australian ski mountaineer died on Saturday after falling from a ridge on Mount Velmar, police said.\n"
)
_BOTH = (
    "Australian and British climbers killed on Mount Velmar\n"
    "Two climbers, one Australian and one British, have died in separate falls on Mount Velmar this weekend.\n"
)


def _article(body: str, day: str, outlet: str):
    return make_article(body, published=day, outlet=outlet, title=body.split("\n")[0])


def test_one_person_of_another_nationality_is_another_death() -> None:
    links = links_of(_article(_BRITISH, "2027-03-14", "Wire"), _article(_AUSTRALIAN, "2027-03-14", "Herald"))
    assert not relations_between(links, "British climber dies", "Australian ski mountaineer dies"), links


def _headline_features(body: str):
    article = _article(body, "2027-03-14", "Wire")
    claim = next(c for c in extract([article]).claims if not is_background(c) and c.start == 0)
    return features(claim, article)


def test_a_claim_naming_both_nationalities_is_about_either() -> None:
    british, australian, both = (_headline_features(b) for b in (_BRITISH, _AUSTRALIAN, _BOTH))
    assert different_people(british, australian)
    assert not different_people(both, british)
    assert not different_people(both, australian)
