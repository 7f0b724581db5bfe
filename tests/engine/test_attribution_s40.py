"""Who said it (session 40). Every sentence is the test's own. Each case of the first group of a rule fails on the
code before its change; the guards pass before and after.

- What a party's own plan or proposal would do, opening the sentence, is what that party proposes: "Mark Bell's plan
  would raise the tax", "Her proposal would also cap rents", "Under Lee's plan, every driver would pay". Guards: a plan
  with no owner written ("The plan would", "Under the plan, ...") and a budget, which is also a sum ("Velmar's budget
  will rise"), are nobody's.
"""

from __future__ import annotations

import pytest

from .conftest import claims_in


def _claim_of(body: str, opening: str):
    return next((c for c in claims_in(body) if c.text.startswith(opening)), None)


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        ("Mark Bell's plan would raise the fuel tax by ten cents a gallon.", "Mark Bell's", "Mark Bell"),
        (
            "Tessa Morgan chairs the housing committee. Her proposal would also cap rents for five years.",
            "Her proposal",
            "Tessa Morgan",
        ),
        (
            "Ivo Brandt spoke to farmers on Monday. Under Brandt's plan, every farm would get 2,000 euros a year.",
            "Under Brandt's",
            "Ivo Brandt",
        ),
    ],
)
def test_a_partys_own_plan_is_what_the_party_proposes(body, opening, speaker):
    claim = _claim_of(body, opening)
    assert claim is not None and claim.speaker == speaker


@pytest.mark.parametrize(
    "body, opening",
    [
        ("The plan would raise the fuel tax by ten cents a gallon.", "The plan"),
        ("Under the plan, every farm would get 2,000 euros a year.", "Under the plan"),
        ("Velmar's budget will rise by 4 percent next year.", "Velmar's"),
    ],
)
def test_a_plan_with_no_owner_and_a_budget_are_nobodys(body, opening):
    claim = _claim_of(body, opening)
    assert claim is not None and claim.speaker is None
