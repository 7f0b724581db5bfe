"""Who said it (session 40). Every sentence is the test's own. Each case of the first group of a rule fails on the
code before its change; the guards pass before and after.

- What a party's own plan or proposal would do, opening the sentence, is what that party proposes: "Mark Bell's plan
  would raise the tax", "Her proposal would also cap rents", "Under Lee's plan, every driver would pay". Guards: a plan
  with no owner written ("The plan would", "Under the plan, ...") and a budget, which is also a sum ("Velmar's budget
  will rise"), are nobody's.
- Stances and dismissals with no verb of saying: "advocates a ban", "has long advocated tougher rules", "disavowed the
  endorsement", "downplayed the risk", "played down fears of", "brushed off questions about", "distanced herself from the
  remarks", "pushed for a vote", "lobbied for". Guards: the noun "advocates" ("Consumer advocates say" is theirs alone,
  "Advocates for the disabled marched" is nobody's saying), a knee injury shrugged off, children who "played down by the
  river", someone "pressed for time", and "Sanders's push for" (a noun).
- A title-case headline's verb of backing, disowning or reassuring after a name of at most two words is a cue with a
  capitalised object and no clause, as "Urges" is ("Karl Weber Disavows Harbour Plan Remarks", "Ann Lee Downplays
  Harbour Plan Delays", "Ann Lee Reassures Velmar Voters On Taxes"), and an adverb before "Says" or "Said" goes with the
  verb, not the name ("Tessa Morgan Just Said ...", "Ivo Brandt Now Says ..."). Guards: "Storm Slams Velmar Coast",
  "Police Question Velmar Suspect" and "Velmar Sees Record Crowds" hold nobody's words.
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


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        ("The mayor, Ann Lee, advocates a ban on diesel cars in the old town.", "The mayor", "Ann Lee"),
        ("Councillor Ivo Brandt has long advocated tougher rules for landlords.", "Councillor", "Ivo Brandt"),
        ("Tessa Morgan disavowed the endorsement on Monday.", "Tessa Morgan", "Tessa Morgan"),
        ("Finance minister Karl Weber downplayed the risk of a strike.", "Finance minister", "Karl Weber"),
        ("Tessa Morgan played down fears of a recession in the spring.", "Tessa Morgan", "Tessa Morgan"),
        ("Coach Ivo Brandt brushed off questions about his future.", "Coach", "Ivo Brandt"),
        ("Senator Ann Lee distanced herself from the remarks.", "Senator", "Ann Lee"),
        ("The Velmar teachers' union pushed for a vote on the offer.", "The Velmar", "Velmar teachers' union"),
    ],
)
def test_stances_and_dismissals_with_no_verb_of_saying(body, opening, speaker):
    claim = _claim_of(body, opening)
    assert claim is not None and claim.speaker == speaker


def test_the_noun_advocates_is_who_they_are():
    claim = _claim_of("Consumer advocates say the new law on rents is weak.", "Consumer")
    assert claim is not None and claim.speaker == "Consumer advocates"
    assert [a.speaker for a in claim.attributions] == ["Consumer advocates"]


@pytest.mark.parametrize(
    "body, opening",
    [
        ("Advocates for the disabled marched through Velmar on Monday.", "Advocates"),
        ("The striker Ivo Brandt shrugged off a knee injury to score twice on Saturday.", "The striker"),
        ("The children of Velmar played down by the river all summer in 2023.", "The children"),
        ("Ann Lee was pressed for time at the summit on Monday.", "Ann Lee"),
        ("Sanders's push for health centers in 2010 won over 12 lawmakers.", "Sanders's"),
    ],
)
def test_acts_and_nouns_that_look_like_stances_are_nobodys(body, opening):
    claim = _claim_of(body, opening)
    assert claim is None or claim.speaker is None


@pytest.mark.parametrize(
    "headline, speaker",
    [
        ("Karl Weber Disavows Harbour Plan Remarks", "Karl Weber"),
        ("Ann Lee Downplays Harbour Plan Delays", "Ann Lee"),
        ("Ann Lee Reassures Velmar Voters On Taxes", "Ann Lee"),
        ("Tessa Morgan Just Said Velmar Will Build A Tram", "Tessa Morgan"),
        ("Ivo Brandt Now Says Harbour Plan Is Dead", "Ivo Brandt"),
    ],
)
def test_a_title_case_headlines_verb_of_backing_or_disowning_is_a_cue(headline, speaker):
    claim = _claim_of(f"{headline}.\n\nThe vote on the plan is due in May.", headline[:8])
    assert claim is not None and claim.speaker == speaker


@pytest.mark.parametrize(
    "headline",
    ["Storm Slams Velmar Coast", "Police Question Velmar Suspect", "Velmar Sees Record Crowds At Summer Festival"],
)
def test_a_title_case_headline_of_an_act_or_a_scene_holds_nobodys_words(headline):
    claim = _claim_of(f"{headline}.\n\nTourists came in May.", headline[:8])
    assert claim is None or claim.speaker is None
