"""Two undated reports leading with one event, whose later paragraphs tell different things (one the suspect and the
town's reaction, the other the victim and his colleagues), are about one event: their headlines and leads share the
event's rare words though their whole texts share less (issue 12, statements.leads_tell_one_event). Our own
sentences."""

from __future__ import annotations

from .conftest import links_across

_CHARGED = (
    "Harlow Bay man charged with murder after killing at company dinner\n"
    "A Harlow Bay man has been charged with murder after a killing at a printing firm's company dinner on Friday.\n"
    "Police said the suspect, a former driver at the firm, was arrested at his home hours later and is due before "
    "magistrates on Monday.\n"
    "The firm had laid off a dozen drivers in the spring, a union official said, and talks over redundancy pay had "
    "broken down twice since then, leaving several families short of money before the winter.\n"
    "Neighbours of the suspect described a quiet man who kept pigeons and repaired bicycles for local children.\n"
    "The council leader called for calm and asked residents not to speculate on social media while the inquiry "
    "continued.\n"
    "Local churches held prayers on Sunday, and a vigil is planned outside the town hall on Tuesday evening.\n",
    None,
    "Coast Wire",
)


def _mourned(town: str, workplace: str) -> tuple[str, None, str]:
    return (
        f"Man charged with murder after {town} company dinner killing\n"
        f"Staff at a {town} {workplace} were mourning their manager, who was shot dead at the company dinner.\n"
        "Police said a former driver at the firm has been charged with murder and is due before magistrates on "
        "Monday.\n"
        f"Colleagues laid flowers outside the {workplace} on Saturday morning, and the owners said it would stay "
        "closed until Wednesday while counsellors spoke with staff who had been at the dinner.\n"
        "The manager had run the works for eleven years and coached a junior rugby side on Sunday mornings.\n"
        "A book of condolence has been opened at the rugby club, where players wore black armbands at training.\n"
        "His widow thanked paramedics who fought to save him and asked for privacy for their two teenage sons.\n",
        None,
        "Bay Herald",
    )


def test_reports_leading_with_one_event_corroborate_the_charge_told_in_other_words() -> None:
    links = links_across([_CHARGED, _mourned("Harlow Bay", "printing firm")])
    assert any(
        relation == "corroborates"
        and "charged with murder" in x
        and "charged with murder" in y
        and (x.startswith("Police said a former driver") or y.startswith("Police said a former driver"))
        for relation, x, y in links
    )


def test_reports_leading_with_a_killing_in_another_town_are_not_linked() -> None:
    # (a guard: the same kind of killing at a bakery in another town; the leads share its kind, not its names)
    assert links_across([_CHARGED, _mourned("Dunmore Quay", "bakery")]) == []
