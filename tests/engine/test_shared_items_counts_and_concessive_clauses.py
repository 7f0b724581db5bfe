"""Who speaks (session 26): a post or a video shared online is its own source, never the platform it is on; a count with
no noun ('The other four') is no name; a concessive clause's attribution ('While critics argue that ..., the minister
has ...') covers only its own clause. Every sentence is the test's own. Guards that pass before the change too: a
post's named author, 'posted on Facebook that' after a person, a platform never speaking ('A post on Facebook' read
'post' before), the main clause still a claim, a source of the main clause ('..., ministers say'), 'As the Courier
reported', the closing 'reported' after a concessive clause, 'Although he insisted' (an unresolved 'he'), a main
clause with no party of its own ('..., none were confirmed') and a saying or view near 'all told' or a time
('predicted last year, and again in May, that'). Later: 'All told, ...' and '30,000 migrants expected this year' name
nobody."""

from __future__ import annotations

import pytest

from .conftest import claims_in, sources_in


@pytest.mark.parametrize(
    "body, speaker, source",
    [
        (
            "A post shared on Facebook claims that the Tarrow bypass will cost 90 million pounds.",
            "post shared on Facebook",
            "A post shared on Facebook",
        ),
        (
            "A post shared thousands of times on Facebook claims that the toll will rise to 12 pounds in April.",
            "post shared thousands of times on Facebook",
            "A post shared thousands of times on Facebook",
        ),
        (
            "A video posted online claims the mayor of Hallam has resigned.",
            "video posted online",
            "A video posted online",
        ),
        (
            "A clip circulating on TikTok claims the Ostra ferry will stop running in June.",
            "clip circulating on TikTok",
            "A clip circulating on TikTok",
        ),
    ],
)
def test_a_post_or_video_shared_online_is_its_own_source(body: str, speaker: str, source: str) -> None:
    assert sources_in(body)[0] == (speaker, source)


@pytest.mark.parametrize(
    "body",
    [
        "A post on Facebook claims that the Velmar bridge will close for a year.",
        "A post shared on Facebook claims that the Velmar bridge will close for a year.",
        "A tweet shared on X claims that the Velmar bridge will close for a year.",
    ],
)
def test_the_platform_never_speaks(body: str) -> None:
    speaker = claims_in(body)[0].speaker
    assert speaker not in ("Facebook", "X")


def test_a_posts_named_author_speaks() -> None:
    assert claims_in("A post by Mayor Ann Kessler on Facebook claims the bridge is safe.")[0].speaker == "Ann Kessler"


def test_a_person_who_posted_speaks() -> None:
    assert claims_in("Tom Brandt posted on Facebook that the bridge was safe.")[0].speaker == "Tom Brandt"


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "Six members of the Velmar planning committee were asked about the scheme. Two backed it. "
            "The other four said it would cost too much.",
            "the other four",
        ),
        (
            "Five councillors voted against the plan. The remaining two said the roads could not cope.",
            "the remaining two",
        ),
        ("The judges retired on Monday. All three said the ruling would stand.", "all three"),
    ],
)
def test_a_count_with_no_noun_is_no_name(body: str, speaker: str) -> None:
    assert claims_in(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        "While critics argue that the prisoner swap rewards kidnappers, the minister has backed it.",
        "Although the union says the pay offer is too low, most members voted to accept it.",
        "While Ann Kessler said the bridge was safe, engineers closed it on Monday.",
        "Although he insisted he was innocent, the jury convicted Tom Brandt on Monday.",
    ],
)
def test_a_concessive_clauses_source_does_not_speak_the_main_clause(body: str) -> None:
    claims = claims_in(body)
    assert claims and claims[0].speaker is None


def test_the_main_clause_after_a_concessive_one_is_still_a_claim() -> None:
    claims = claims_in("While critics argue that the prisoner swap rewards kidnappers, the minister has backed it.")
    assert claims and claims[0].kind != "background"


def test_a_source_of_the_main_clause_speaks_after_a_concessive_clause() -> None:
    body = "While critics argue that the plan, which costs 5 million pounds, is wasteful, ministers say it will pay."
    assert sources_in(body)[0] == ("ministers", "ministers")


def test_a_source_inside_the_concessive_clause_does_not_speak_the_main_clause() -> None:
    body = (
        "While the president has said he opposes sending troops abroad, his administration keeps exceptions for "
        "special forces."
    )
    assert claims_in(body)[0].speaker is None


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("As the Velmar Courier reported, the mayor resigned on Monday.", "Velmar Courier"),
        ("While the talks went on, the bridge stayed shut, the Velmar Courier reported.", "Velmar Courier"),
    ],
)
def test_other_subordinate_attributions_still_speak(body: str, speaker: str) -> None:
    assert claims_in(body)[0].speaker == speaker


def test_a_main_clause_with_no_party_of_its_own_goes_on_with_the_report() -> None:
    body = (
        "While Velmar's border agency noted that foreign troops had been seen near the river, none were confirmed "
        "in the city."
    )
    assert "border agency" in (claims_in(body)[0].speaker or "")


@pytest.mark.parametrize(
    "body",
    [
        "All told, up to 5 million people in Velmar could be eligible for the scheme.",
        "All told, the group raised 4 million euros in February, three times its best month before.",
        "Migration to Ostra keeps rising, with over 30,000 migrants expected this year mostly from Velmar.",
    ],
)
def test_all_told_and_a_count_expected_name_nobody(body: str) -> None:
    assert claims_in(body)[0].speaker is None


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Ann Lee told reporters that, all told, the plan would cost 5 million euros.", "Ann Lee"),
        ("About 300 economists predicted last year, and again in May, that rates would fall.", "economists"),
    ],
)
def test_a_saying_or_view_near_those_words_still_speaks(body: str, speaker: str) -> None:
    assert speaker in (claims_in(body)[0].speaker or "")
