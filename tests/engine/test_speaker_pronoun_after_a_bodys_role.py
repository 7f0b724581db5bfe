""" "She" after "A Dunmore spokeswoman said" is the spokeswoman, not the body whose name qualifies her role,
even when that body spoke just before (sentences written for these tests)."""

from __future__ import annotations

from .conftest import speaker_of


def test_she_is_the_spokeswoman_not_the_body_her_role_names() -> None:
    body = (
        "Dunmore Health said in June that 8,000 homes had been affected.\n"
        "A Dunmore spokeswoman said the figure had since risen.\n"
        "She said 300 homes were still without water.\n"
    )
    assert speaker_of(body, "She said 300 homes") == "Dunmore spokeswoman"


def test_he_is_the_finance_chief_not_his_company() -> None:
    body = (
        "Brantley Care said 900 jobs would go.\n"
        "A Brantley finance chief told analysts that costs would fall.\n"
        "He said margins would recover by 2031.\n"
    )
    assert speaker_of(body, "He said margins") == "Brantley finance chief"
