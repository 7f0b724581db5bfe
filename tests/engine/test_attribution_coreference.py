"""Pronouns and short names resolved to earlier speakers (corpus/extract/coreference.py)."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.extract.coreference import Discourse, resolve_pronoun

from .conftest import make_article, speakers_in


def test_she_skips_a_man_named_just_before() -> None:
    body = (
        "Engineer Anna Kowalczyk inspected the levee on Monday. "
        "Mayor Tomas Berg arrived an hour later with the fire chief. "
        "She said the levee had held overnight."
    )
    assert speakers_in(body)[-1] == "Anna Kowalczyk"


def test_he_is_a_subject_not_a_place_named_in_passing() -> None:
    body = (
        "Mayor Tomas Berg spoke at a rally in Coral Heights on Friday evening. "
        "He said the budget would grow by 4% next year."
    )
    assert speakers_in(body)[-1] == "Tomas Berg"


def test_a_name_inside_a_quotation_is_not_a_referent() -> None:
    body = (
        "Mayor Tomas Berg toured the harbour with reporters on Friday. "
        "“Here comes Big Harbour Joe,” one of the dockers shouted at the crowd. "
        "He said the quay would reopen within a month."
    )
    assert speakers_in(body)[-1] == "Tomas Berg"


def test_a_pronoun_nobody_fits_stays_unresolved() -> None:
    assert speakers_in("The storm closed the harbour for three days. She said more rain was coming.") == [None, None]


def test_the_article_ties_a_pronoun_to_a_name() -> None:
    # Nothing in "Robin Vale" tells the gender; "Vale said she" does, and a later "he" is someone else.
    body = (
        "Robin Vale said she would stand for the council seat in the spring. "
        "Councillor Jonas Lind, her rival, announced his campaign on Tuesday. "
        "She said the race would be decided on housing."
    )
    assert speakers_in(body)[-1] == "Robin Vale"


def test_one_surname_shared_by_a_man_and_a_woman_does_not_decide_a_gender() -> None:
    body = (
        "Former governor Paul Hale endorsed the plan in March. "
        "Senator Maria Hale, his wife, introduced the bill on Monday. "
        "Hale led the floor debate all afternoon. "
        "She said the bill would pass easily."
    )
    assert speakers_in(body)[-1] == "Maria Hale"


def test_a_surname_is_a_person_never_a_building_named_after_him() -> None:
    body = (
        "Protesters gathered outside Keller Tower on Sunday. "
        "Interior Minister Anton Keller said the police would protect them. "
        "The march was peaceful, Keller said."
    )
    assert speakers_in(body)[-1] == "Anton Keller"


def test_a_bare_surname_as_subject_is_the_person_named_in_full_before() -> None:
    body = (
        "Senator Maria Hale opened the hearing on Tuesday. "
        "Later the committee chair, Omar Haleb, questioned the minister. "
        "Hale then returned to the budget. "
        "She said the cuts went too far."
    )
    assert speakers_in(body)[-1] == "Maria Hale"


def test_a_titled_surname_is_a_person_of_the_titles_gender() -> None:
    body = (
        "Mrs. Hale opened the hearing on Tuesday. "
        "Mr. Brandt asked about the harbour budget. "
        "“The cuts go too far,” she said."
    )
    assert speakers_in(body)[-1] == "Hale"


def test_a_nearer_person_of_unknown_gender_wins_over_one_named_long_before() -> None:
    body = (
        "Minister Anton Keller opened the harbour session on Monday with a long speech about budgets and quays. "
        "The session then moved on to dredging, lighting and the state of the old ferry terminal at the north end. "
        "Port director Okonkwo Adeyemi spoke next about the cranes. "
        "He said two of them would be replaced."
    )
    assert speakers_in(body)[-1] == "Okonkwo Adeyemi"


def test_a_place_acting_as_a_subject_is_never_a_person() -> None:
    body = (
        "Engineer Dora Lind inspected the dam on Sunday. Easter Island lost power on Monday. She said the dam had held."
    )
    assert speakers_in(body)[-1] == "Dora Lind"


def test_a_given_name_outranks_a_relative_named_beside_it() -> None:
    body = (
        "Maria Olsen, whose husband runs the ferry, said fares would rise in May. "
        "Mayor Tomas Berg disagreed at the meeting on Tuesday. "
        "She said the ferry could not survive without it."
    )
    assert speakers_in(body)[-1] == "Maria Olsen"


def test_an_unknown_surname_acting_as_a_subject_can_be_he() -> None:
    body = (
        "The council met residents on Monday to discuss the harbour plan. "
        "Okafor largely agreed with the plan. "
        "“It is long overdue,” he said."
    )
    assert speakers_in(body)[-1] == "Okafor"


def test_he_is_the_person_named_with_a_middle_initial() -> None:
    body = (
        "Peter K. Vollmer, the ferry company's chief, met the mayor on Monday. "
        "He said the new timetable would start in May."
    )
    assert speakers_in(body)[-1] == "Peter K. Vollmer"


def test_a_heading_is_not_a_referent() -> None:
    body = (
        "Varo Lindqvist, the harbour master, opened the new wing on Friday.\n\n"
        "Coastal Defences.\n\n"
        "He said the sea wall would be raised by a metre."
    )
    assert speakers_in(body)[-1] == "Varo Lindqvist"


def test_a_name_in_an_appositive_after_a_comma_is_not_the_subject() -> None:
    body = (
        "“We float like boats,” Varo Lindqvist said, quoting the author of the line, Bruno Kestrel, who died in May. "
        "He said the town would honour the poet next year."
    )
    assert speakers_in(body)[-1] == "Varo Lindqvist"


def test_a_pronoun_after_a_name_in_its_own_sentence_is_that_name() -> None:
    body = (
        "Mayor Tomas Berg opened the session on Monday.\n\n"
        "When Jonas Lindqvist, the harbour master, was asked about the strike, he said the port would stay open."
    )
    assert speakers_in(body)[-1] == "Jonas Lindqvist"


def test_someone_quoted_in_a_relative_clause_is_no_referent_for_the_next_he() -> None:
    body = (
        "Jonas Lindqvist, the harbour master, spoke to the council on Monday.\n\n"
        "Asked whether he feared that Tomas Berg, the mayor, who has said the port must shrink, would win, "
        "he smiled.\n\n"
        "“The port will stay as it is,” he said."
    )
    assert speakers_in(body)[-1] == "Jonas Lindqvist"


def test_a_pronoun_nobody_fits_yields_to_a_named_speaker_of_its_sentence() -> None:
    body = (
        "The storm closed the harbour for a week.\n\nBack when he wrote his memoir, Mr. Lindqvist said he feared debt."
    )
    assert speakers_in(body)[-1] == "Lindqvist"


def test_they_is_the_last_plural_party_that_acted() -> None:
    body = (
        "Mayor Tomas Berg opened the new ferry terminal on Monday. "
        "Twelve towns led by Ashton and two unions are challenging the port rules in court. "
        "They argue that the rules break the harbour charter."
    )
    assert speakers_in(body)[-1] == "Twelve towns led by Ashton and two unions"


def test_a_party_named_in_the_plural_is_they_not_he() -> None:
    body = (
        "Democrats on the harbour committee walked out of the hearing on Tuesday. "
        "They said the vote had been rushed. "
        "Mayor Tomas Berg arrived an hour later. "
        "He said the vote would stand."
    )
    assert speakers_in(body)[1::2] == ["Democrats on the harbour committee", "Tomas Berg"]


def test_a_clause_opening_the_sentence_is_no_plural_subject() -> None:
    body = "When dockers strike, the port loses a million a day. They said the talks would resume on Monday."
    assert speakers_in(body)[-1] is None


def test_a_bare_surname_is_the_person_who_spoke_not_a_relative_named_in_passing() -> None:
    body = (
        "Senator Tomas Berg said on Monday that he would back the harbour bill. "
        "The bill was drafted after critics attacked his wife, Anna Berg, and his brother. "
        "Berg said the attacks had made the fight personal."
    )
    assert speakers_in(body)[-1] == "Tomas Berg"


def test_it_is_the_city_of_a_place_that_spoke() -> None:
    body = (
        "The city of Ashton is demanding that the ferry company stop using its harbour crest. "
        "The city sent a letter to the company on Thursday. "
        "It says the crest is protected by law."
    )
    assert speakers_in(body)[-1] == "city of Ashton"


def test_a_senator_from_a_state_is_a_person_not_the_state() -> None:
    assert speakers_in("Senator from Ohio says he will vote against the harbour bill.")[0] == "Senator from Ohio"


def test_a_name_after_a_descriptor_like_front_runner_is_the_subject() -> None:
    body = (
        "Harbour front-runner Anna Keller stretched the truth during the debate, when she claimed the port had doubled. "
        "“The quay is our future,” she said."
    )
    assert speakers_in(body) == ["Anna Keller", "Anna Keller"]


def test_a_surname_that_is_also_a_given_name_tells_no_gender() -> None:
    body = (
        "“The vote is split by age,” said Mattie Thomas, 66, a retired cook who lives near the harbour. "
        "She is a Keller supporter but concedes that most of her friends back the mayor."
    )
    assert speakers_in(body) == ["Mattie Thomas", "Mattie Thomas"]


def test_he_is_the_one_man_named_just_before_when_no_subject_fits() -> None:
    body = (
        "Harbour front-runner Anna Keller attacked Councillor Tomas Berg over the budget on Monday. "
        "Keller put Berg on the defensive through much of the debate. "
        "He accused Keller of being too close to the shipping firms."
    )
    assert speakers_in(body)[-1] == "Tomas Berg"


def test_he_stays_unresolved_when_two_men_were_named_just_before() -> None:
    body = (
        "Harbour front-runner Anna Keller attacked Councillor Tomas Berg and Mayor Ivo Brandt over the budget. "
        "Keller put both on the defensive through much of the debate. "
        "He accused Keller of being too close to the shipping firms."
    )
    assert speakers_in(body)[-1] is None


def test_a_subject_after_an_opening_phrase_with_a_town_and_its_state() -> None:
    body = (
        "At a harbour rally in St. Ives, Cornwall, 62-year-old Dora Lind also railed against the new tolls. "
        "“They should pay like everyone else,” she said."
    )
    assert speakers_in(body) == ["Dora Lind", "Dora Lind"]


def test_a_participle_opening_a_sentence_is_no_surname() -> None:
    body = (
        "Having stumbled in the vote in May, Inspector Karl Vogt nevertheless toured the harbour on Friday. "
        "He said the quay would reopen within a month."
    )
    assert speakers_in(body)[-1] == "Karl Vogt"


def test_a_surname_is_not_a_pair_named_with_it() -> None:
    body = (
        "Ina Feld and Karl Vogt said on Monday that the quay would reopen. "
        "Later, the council met. “The levy stays,” Feld said."
    )
    assert speakers_in(body)[-1] == "Ina Feld"


def test_a_count_that_speaks_is_no_person_for_a_later_she() -> None:
    body = (
        "Harbour pilot Anna Kowalczyk docked the ferry on Monday after a long night at sea with a crew of nine, "
        "most of them new to the boat and to the bay, and she moored it at the east quay by the old fish market. "
        "The market stalls were closed for the week while the town council repaired the roof of the hall. "
        "Three said the quay had flooded overnight. "
        "“The water came up fast,” she said."
    )
    assert speakers_in(body)[-1] == "Anna Kowalczyk"


def test_a_spokesman_for_someone_speaks_not_the_one_he_speaks_for() -> None:
    body = "A spokesman for Anna Kowalczyk said the ferry would resume on Friday. “It was a mistake,” he added."
    assert speakers_in(body) == ["spokesman for Anna Kowalczyk", "spokesman for Anna Kowalczyk"]


def test_a_count_of_years_before_a_pronoun_is_no_subject() -> None:
    body = (
        "Anna Kowalczyk inspected the levee on Monday. "
        "Eight years ago, she opposed the levee and said it would never hold."
    )
    assert speakers_in(body)[-1] == "Anna Kowalczyk"


def test_they_and_it_are_never_one_person_named() -> None:
    discourse = Discourse()
    # a woman's name a gazetteer or a heading typed as a thing: still one person, never "they" or "it"
    discourse.remember("Anna Kowalczyk", "Anna Kowalczyk", "thing", True, 10, spoke=True)
    assert resolve_pronoun("they", discourse, 200) is None
    assert resolve_pronoun("it", discourse, 200) is None
    discourse.remember("Harbour Board", "the Harbour Board", "thing", True, 100, spoke=True)
    assert resolve_pronoun("it", discourse, 200) == ("Harbour Board", True)


def test_a_role_is_never_someone_named_with_another_occupation() -> None:
    body = (
        "Tomas Berg, the harbour master, has repeatedly said the quay is safe. "
        "Asked about the levy, the mayor declined to comment."
    )
    assert speakers_in(body)[-1] == "mayor"


def test_the_judge_is_only_someone_named_as_a_judge() -> None:
    body = "Senator Tomas Berg said the ruling was wrong. The judge ruled that the quay must stay open."
    assert speakers_in(body)[-1] == "judge"


def test_an_office_holder_is_still_the_candidate() -> None:
    body = "Ohio Gov. Tomas Berg said he would stay in the race. The candidate said he expected to win in May."
    assert speakers_in(body)[-1] == "Tomas Berg"


def test_the_union_is_one_of_two_parties_never_both() -> None:
    body = (
        "The union and the port operator said in a joint statement that the dispute was over. "
        "On Friday the union said about 900 members had voted. "
        "The operator said trade would resume."
    )
    assert speakers_in(body) == ["union and the port operator", "union", "operator"]


def test_parties_that_agreed_a_deal_said_nothing() -> None:
    body = (
        "Ferry crews went back to work after the union and the operator agreed a new contract. "
        "The two sides agreed a ceasefire on Sunday. "
        "Ministers agreed that the plan was too costly. "
        "The council agreed to sell the land."
    )
    claims, _ = extract_article(make_article(body))
    said = {c.text.split()[1]: c.speaker for c in claims}
    assert said.get("crews") is None and said.get("two") is None
    assert said["agreed"] == "Ministers" and said["council"] == "council"


def test_a_name_described_as_a_business_is_a_body_for_it_and_the_firm() -> None:
    body = (
        "Maltrek, the Danish pump maker, said on Monday it would cut 800 jobs. Its shares fell 9%. "
        "It expects to finish the cuts by June, the firm added."
    )
    claims, _ = extract_article(make_article(body))
    last = next(c for c in claims if "June" in c.text)
    assert last.speaker == "Maltrek"


def test_a_text_or_figure_opening_a_sentence_is_no_surname_for_a_later_role() -> None:
    body = (
        "Footage shows the barrier giving way. Polls show most residents oppose the new road. "
        "The minister acknowledged that mistakes had been made."
    )
    claims, _ = extract_article(make_article(body))
    last = next(c for c in claims if "mistakes" in c.text)
    assert last.speaker == "minister"


def test_an_opening_preposition_or_subordinator_is_no_one() -> None:
    body = (
        "Marta Quell runs the bakery on Dock Street. Within hours of the fire, the shop was closed. "
        "“We lost everything,” she said."
    )
    assert speakers_in(body)[-1] == "Marta Quell"
    assert "Whenever" not in speakers_in("Whenever asked about the budget, they changed the subject to the port.")
    assert speakers_in("Like Tallis, Brennan wants the levy scrapped.")[0] == "Brennan"


def test_a_common_noun_after_the_is_no_surname_for_a_later_pronoun() -> None:
    body = "The Internet has made it easy to spread rumours about the mine. “It is a hard problem to fix,” she said."
    assert speakers_in(body)[-1] is None


def test_a_double_barrelled_surname_is_one_name() -> None:
    body = "Alice Brandon-Wolfe is one of the nurses who stayed. “We had no choice,” she said."
    assert speakers_in(body)[-1] == "Alice Brandon-Wolfe"


def test_a_noun_before_a_plural_of_people_in_a_headline_is_no_one() -> None:
    body = (
        "Factory workers feel sting of global trade.\n\nThe plant closed in May after 40 years. "
        "“We have lost 300 jobs since May,” she said."
    )
    assert speakers_in(body)[-1] is None


def test_a_one_word_name_that_says_its_or_is_described_with_which_is_a_body() -> None:
    body = "Orvane said on Monday that its profits fell by a third. She added that 400 jobs would go."
    assert speakers_in(body)[-1] is None
    body = "Brightwell, which makes boilers, said it would cut jobs. She added that 400 jobs would go."
    assert speakers_in(body)[-1] is None


def test_a_body_described_by_its_kind_is_the_body_that_spoke_unless_said_to_be_another() -> None:
    body = (
        "Amnesty International urged both sides to show restraint. "
        "The rights group said at least three people had been killed."
    )
    assert speakers_in(body)[-1] == "Amnesty International"
    body = "Vantor Group said on Monday it would buy Kell Motors. The rival firm said 300 jobs were at risk."
    assert speakers_in(body)[-1] != "Vantor Group"


def test_they_remembered_for_a_party_is_never_a_person_for_a_later_he() -> None:
    body = (
        "The two ministers will meet again in Brasilia. They said a joint statement would follow. "
        "Peru's president, who has struggled in the polls, praised the talks. He called them historic."
    )
    assert speakers_in(body)[-1] != "two ministers"


def test_she_goes_on_from_the_person_who_just_spoke_not_a_woman_before_her() -> None:
    body = (
        "A company spokeswoman said the plan stood. "
        "Union official Petra Sommer said workers were angry at the plan. "
        '"Management is not being honest with us," she said.'
    )
    assert speakers_in(body) == ["company spokeswoman", "Petra Sommer", "Petra Sommer"]


def test_a_name_given_an_age_is_a_person_whatever_its_last_word() -> None:
    # "Park" and "Hall" name places too; the age after the name says this one is a woman who spoke.
    body = (
        "Its chair, Karen Osei, said the board would look at the track. "
        "Families waited at a school gym in the next town. "
        "“I took the cat and my pills and that was all,” said Ellen Park, 71, who has lived in the village for years. "
        "She said she did not know when she could go back."
    )
    assert speakers_in(body)[-1] == "Ellen Park"


def test_they_after_people_familiar_with_the_matter_are_those_people() -> None:
    body = (
        "May 11 (Harbour Desk) - Vessa is in talks to buy Orlo Ports, three people familiar with the matter said. "
        "A deal could come next week, the people said. They cautioned that the talks could still fail."
    )
    assert speakers_in(body)[-1] == "people familiar with the matter"


def test_a_role_then_a_name_of_a_body_closing_the_sentence_names_the_speaker() -> None:
    body = (
        "“The risk rose with every year,” said the study's lead author, Dr Mia Sorel of Tarvik University. "
        "She said more work was needed."
    )
    assert speakers_in(body) == ["Mia Sorel", "Mia Sorel"]


def test_a_study_published_speaks_as_the_study() -> None:
    body = "Risk rose by a third, according to a study published on Monday in a medical journal."
    assert speakers_in(body) == ["study"]


def test_a_poll_made_for_a_paper_speaks_as_the_pollsters_poll() -> None:
    assert speakers_in("Support fell to 11%, according to a new Opinium poll for the Observer.") == ["Opinium poll"]
    assert speakers_in("Support fell to 11%, according to a poll by Ipsos for Reuters.") == ["Ipsos"]


def test_a_body_named_general_staff_keeps_its_title_word_and_puts_a_figure() -> None:
    assert speakers_in("Ostra's General Staff put enemy losses at 88,000 as of March 4.") == ["General Staff"]
    assert speakers_in("General Petraeus said the surge worked.") == ["Petraeus"]


def test_a_live_blog_entry_opening_with_a_role_and_a_name_after_its_time_stamp_is_a_referent() -> None:
    body = (
        "11:05 Schools will stay shut, a council spokesman told us.\n\n"
        "11:40 Vantor's chief executive, Lars Ek, has apologised. "
        '"We let our customers down," he said.\n'
    )
    assert speakers_in(body)[-1] == "Lars Ek"


def test_it_closing_a_sentence_is_the_body_that_opens_it_not_an_earlier_speaker() -> None:
    body = (
        "Harbour Bank said its profits rose. "
        "The ministry will close two schools next year, it said. "
        "Velora Air will cancel 300 flights, it said on Monday."
    )
    assert speakers_in(body)[1:] == ["ministry", "Velora Air"]


def test_she_after_a_county_sheriff_is_the_sheriff_not_a_named_fire() -> None:
    body = (
        "The Larch Gully fire was 20% contained, the forestry department said.\n"
        "Marion County Sheriff Leah Okafor said a body had been found in a burned barn.\n"
        "The number of people under evacuation orders rose to 6,000, she said."
    )
    assert speakers_in(body)[-1] == "Leah Okafor"


def test_a_closing_description_with_a_nationality_is_the_body_that_opens_the_sentence() -> None:
    for description in ("the Danish lender", "the Aarhus-based lender", "the lender"):
        body = f"Brekka Bank will cut 1,800 jobs over the next two years, {description} said on Thursday."
        assert speakers_in(body) == ["Brekka Bank"], description
    # a capitalised word that is no nationality names another body
    assert speakers_in("Brekka Bank will cut 1,800 jobs, the Harbour club said on Thursday.") != ["Brekka Bank"]


def test_a_later_description_with_a_nationality_refers_back_to_the_body() -> None:
    body = (
        "Brekka Bank said on Monday it would close 40 branches.\n"
        "Unions called the decision a betrayal.\n"
        "The cuts will save 300 million crowns a year, according to the Danish lender."
    )
    assert speakers_in(body)[-1] == "Brekka Bank"


def test_the_agency_is_an_organization_that_spoke_before() -> None:
    body = (
        "Cases could double within a month, the World Relief Organization warned on Wednesday.\n"
        "Its envoy, Dr. Ruth Adeyemi, said a vaccination drive would start on Monday.\n"
        "The agency said it had appealed for $3 million to fund the response."
    )
    assert speakers_in(body)[-1] == "World Relief Organization"


def test_a_describing_word_opening_the_sentence_is_not_part_of_the_speaker() -> None:
    body = "Neighbouring Kestria has reported 14 deaths from a separate outbreak."
    assert speakers_in(body) == ["Kestria"]


def test_a_nationality_description_after_another_body_is_not_read_as_the_subject() -> None:
    body = "Arden Rovers have signed striker Leo Marsh from Real Sabado, the Spanish club said on Friday."
    assert speakers_in(body) != ["Arden Rovers"]


def test_evidence_cited_with_nobody_named_for_it_is_no_speaker() -> None:
    assert speakers_in("The statistics office revised the jobless rate to 6.2%, citing late data on rents.") == [None]
    # figures someone is named for still speak through them
    assert speakers_in("Rents rose 5% last year, citing data compiled by Rentwise.") == ["Rentwise"]


def test_a_body_s_name_is_not_the_first_word_of_a_product_named_in_passing() -> None:
    body = (
        "The recall covers 2025 and 2026 model-year Corvo Lumen sedans, the agency said.\n"
        "Corvo said it was aware of 12 fires linked to the defect."
    )
    assert speakers_in(body)[-1] == "Corvo"
