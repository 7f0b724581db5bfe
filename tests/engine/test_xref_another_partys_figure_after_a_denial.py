"""A denial of one company's figure is not contradicted by another company's own figure weeks later: "Halvorsen Motors
denied a report that it planned to cut 9,000 jobs" / "Kestrel Components will cut 2,400 jobs" are two parties, each
opening its claim by name. And a headline's doer and its act to come ("Kestrel to cut 2,400 jobs") are read as a
sentence's are. Our own sentences."""

from corpus.xref.doers import doers_and_owners
from corpus.xref.stems import stem
from tests.engine.conftest import links_across


def test_another_companys_later_figure_does_not_update_a_denial() -> None:
    may = (
        "Carmaker denies job cuts report\nHalvorsen Motors on Tuesday denied a newspaper report that it planned to cut "
        "9,000 jobs in Sweden, calling the figure speculation.\nThe company gave no details.",
        "2031-05-13",
        "Reuters",
    )
    june = (
        "Supplier to shed staff\nKestrel Components will cut 2,400 jobs in Sweden by 2034, the supplier said on "
        "Thursday.\nUnions criticised the plan.",
        "2031-06-12",
        "Associated Press",
    )
    links = links_across([may, june])
    assert [(r, x, y) for r, x, y in links if r != "related" and "9,000" in x + y and "2,400" in x + y] == [], links


def test_a_headlines_doer_before_its_act_to_come() -> None:
    doer, _ = doers_and_owners("Kestrel Components to cut 2,400 jobs in Sweden", stem("cut"))
    assert doer == frozenset({"kestrel"})
    doer, _ = doers_and_owners("Sweden to cut 2,400 public sector jobs", stem("cut"))
    assert doer == frozenset({"@sweden"})


def test_a_company_joined_to_a_union_is_the_doer() -> None:
    doer, _ = doers_and_owners(
        "Halvorsen Motors and the Metalworkers union agreed on Friday to cut 9,000 jobs in Sweden.", stem("cut")
    )
    assert doer == frozenset({"halvorsen"})
    # ("and" inside a body's name joins no second doer)
    doer, _ = doers_and_owners("The US Food and Drug Administration approved the drug on Thursday.", stem("approved"))
    assert doer != frozenset({"@united states"})
