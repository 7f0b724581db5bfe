"""News names one event in other words: "resigned" / "stepped down", "inquiry" / "investigation" / "probe",
"killed" / "lost their lives", "arrested" / "detained" / "taken into custody". Statement matching reads them
as one word (weighted by the rarer form's rarity), and a count of people held by the police is one measure
however it is worded ("recaptured", "back in custody", "in custody")."""

from __future__ import annotations

from corpus.xref.stems import phrases, stem

from .conftest import links_of, make_article, relations_between


def test_news_paraphrases_of_one_event_share_a_stem() -> None:
    assert stem("probe") == stem("investigation") == stem("inquiry") == stem("enquiry")
    assert stem("detained") == stem("arrested") == stem("custody") == stem("recaptured")
    assert stem("resigned") == stem("quit") == stem("resignation")
    assert stem("escaped") == stem("escapees") == stem("jailbreak")
    assert stem("fatalities") == stem("died") == stem("killed")


def test_phrases_read_as_their_one_word() -> None:
    assert phrases("Thirteen people lost their lives when the block fell") == "Thirteen people died when the block fell"
    assert phrases("the minister who stepped down last week") == "the minister who resigned last week"
    assert phrases("Stepping down, she said") == "resigned, she said"
    assert phrases("Nine men broke out of the jail") == "Nine men escaped the jail"
    assert phrases("The talks broke down") == "The talks broke down"  # no phrase of the list


def test_a_resignation_and_a_stepping_down_of_one_person_are_linked() -> None:
    wire = make_article(
        "Veldan security chief quits after prison escape\n"
        "ORSK (Reuters) - The security chief of the Veldan region where nine prisoners escaped last week has "
        "quit, the governor's office said on Tuesday.\n"
        "Tomas Ravel resigned on Monday evening, the office said.\n",
        published="2026-09-22",
        outlet="Reuters",
        title="Veldan security chief quits after prison escape",
    )
    analysis = make_article(
        "Analysis: Veldan breakout exposes a crowded prison system\n"
        "Tomas Ravel, the regional security chief who stepped down after the breakout, had promised to end "
        "overcrowding.\n",
        published=None,
        outlet="Weekly Review",
        title="Analysis: Veldan breakout exposes a crowded prison system",
    )
    links = links_of(wire, analysis)
    assert relations_between(links, "resigned on Monday evening", "who stepped down"), links


def test_inmates_recaptured_then_back_in_custody_is_one_count() -> None:
    first = make_article(
        "Seven inmates escape from Dorn prison\n"
        "DORN, Veldana (AP) - Seven inmates escaped from Dorn prison early on Monday, officials said.\n"
        "Two of the escapees were recaptured within hours, the prisons service said.\n",
        published="2026-09-14",
        outlet="AP",
        title="Seven inmates escape from Dorn prison",
    )
    later = make_article(
        "Dorn escapees: five now back in custody\n"
        "DORN - Five of the seven escaped inmates are now back in custody, police said on Wednesday.\n",
        published="2026-09-16",
        outlet="Dorn Gazette",
        title="Dorn escapees: five now back in custody",
    )
    links = links_of(first, later)
    assert "updates" in relations_between(links, "now back in custody", "were recaptured"), links
