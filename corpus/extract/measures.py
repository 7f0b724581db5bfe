"""What a figure counts (its measure) and the short subject label of a claim.

The measure is read from the words around the figure: the counted noun after
it ("6,000 military personnel"), an outcome right after it ("600 killed",
"were killed or wounded", "suffered casualties"), or the verb before it
("killed more than 20 soldiers", "deploy 6,000 ...").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from corpus.countries import country_of
from corpus.extract import cues as cue_verbs
from corpus.extract.number_words import TENS, UNITS
from corpus.extract.patterns import Gated, trie
from corpus.extract.topics import in_military_sense
from corpus.extract.units import SAME_IN_THE_PLURAL, is_plural, singular

if TYPE_CHECKING:
    from corpus.extract.entities import Mention

TROOP_NOUNS = r"troops|soldiers|personnel|servicemen|servicemembers|fighters|infantry|officers|forces|volunteers|mercenaries|combatants|conscripts|recruits|commandos|sailors|marines|pilots"
WORKER_NOUNS = r"\w*workers|laborers|labourers|builders|lumberjacks|deminers|engineers|technicians|specialists|staff|employees|miners"
PEOPLE_NOUNS = r"people|civilians|residents|persons|children|women|men|refugees|migrants|prisoners|detainees|hostages|victims|North Koreans|Koreans|Russians|Ukrainians|Americans|others"

# (the words between are the noun's own, never a phrase going on past another noun: "six new sites to US forces",
# "40 jets for Indian forces" count sites and jets)
# ("65 for workers" counts no workers; nor does a figure before a clause of its own: "fell 1.2% to 8,210 on Tuesday as
# miners slid")
_NOT_A_PREPOSITION = r"(?!(?:to|for|from|with|by|into|against|no|as|while|whereas|when|after|because|although|though|until|unless|once)\b)"
_NOUN_AFTER = re.compile(
    rf"^(?:\s+{_NOT_A_PREPOSITION}(?:[A-Za-z][\w’'-]*|\d[\d,]*))??(?:\s+{_NOT_A_PREPOSITION}(?:[A-Za-z][\w’'-]*)){{0,3}}?\s+(?P<noun>{TROOP_NOUNS}|{WORKER_NOUNS}|{PEOPLE_NOUNS}|casualties|deaths|dead|fatalities|injuries)\b",
)
# "destroyed seven hospitals and damaged three others": the noun after "and" + a verb is another clause's.
_COORDINATED_CLAUSE = re.compile(
    r"\b(?:and|or|but)\s+(?:also\s+|then\s+)?(?:[a-z]+ed|hit|left|cut|sent|took|made|tore|shot|set|put)\s",
    re.IGNORECASE,
)
# An earthquake's size, never a count: "a magnitude 6.1 quake", "the 7.8-magnitude quake", "measuring 6.4 on
# the Richter scale", "a magnitude of 5.9".
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s*-\s*|\s+(?:of\s+)?)$", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(
    r"^(?:\s*-\s*|\s+)magnitude\b|^\s+(?:on\s+the\s+)?(?:open-ended\s+)?Richter\b", re.IGNORECASE
)
_LOWEST_MAGNITUDE, _HIGHEST_MAGNITUDE = 1, 10
_CASUALTY_AFTER = re.compile(
    r"^[^.;:\d]{0,90}?\b(?P<outcome>killed(?:\s*(?:/|or|and)\s*(?:wounded|injured))?|wounded(?:\s*(?:/|or|and)\s*killed)?|"
    r"injured|died|drowned|dead|casualties|deaths)(?-i:(?![a-z]))",
    re.IGNORECASE,
)
_OUTCOME_AFTER = re.compile(
    r"^\s*(?:[\w’'-]+\s+){0,6}?(?P<outcome>killed(?:\s*(?:/|or|and)\s*(?:wounded|injured))?|murdered|"
    r"wounded(?:\s*(?:/|or|and)\s*killed)?|injured|hurt(?!\s+by\b)|died|drowned|dead|casualties|deployed|dispatched|sent|stationed|"
    r"captured|missing|unaccounted\s+for|trapped|displaced|evacuated|arrested|detained|rescued|affected|hospitali[sz]ed|taken to hospital|"
    # Let in for care: "Four people have been admitted to hospital" ("admitted to the bar" is no outcome).
    r"admitted\s+to\s+(?:a\s+|the\s+)?hospitals?|"
    # "Sixteen people were treated in hospital": those a hospital took in (not "treated at the scene")
    r"treated\s+in\s+(?:a\s+|the\s+)?hospitals?|"
    # "11 of whom needed hospital care", "40 required hospital treatment": those a hospital took in
    r"(?:needed|needing|need|needs|required|requiring|require|requires)\s+(?:hospital\s+(?:care|treatment)|"
    r"hospitali[sz]ation|treatment\s+in\s+(?:a\s+|the\s+)?hospital)|"
    # Still there: "42 people remained in hospital", "11 are still in hospital" (not "in hospital beds")
    r"(?:remain(?:s|ed)?|are|were|is|was)\s+(?:still\s+)?in\s+(?:a\s+|the\s+)?hospitals?(?!\s+(?:beds?|staff|wards?))|"
    r"forced (?:from|out of)|fled|made homeless|left homeless|vaccinated|immuni[sz]ed|"
    # The state the hurt are in, said of them: "23 remain in critical condition", "two are in a serious condition"
    # (not "three of them in a serious condition": a part of the injured, counted as they are).
    r"(?:remain(?:s|ed)?|are|is|was|were|listed|left)\s+in\s+(?:a\s+)?(?:critical|serious|grave)\s+condition|"
    # Made ill: "About 40 people fell ill after eating at a canteen", "sickened", "taken ill".
    r"(?:fell|fallen|falling|became|become|got|gotten|taken|were\s+taken)\s+(?:ill|sick)|sickened|"
    r"(?:told|ordered|urged|forced|asked|advised)\s+to\s+(?:leave|evacuate|flee)|"
    # Ordered out: "26,000 people remained under evacuation orders" (not "were under evacuation warnings": told only to
    # be ready)
    r"(?:remain(?:s|ed)?|are|were|is|was|been|stay(?:s|ed)?)\s+(?:still\s+)?under\s+(?:an?\s+)?(?:mandatory\s+)?"
    r"evacuation\s+orders?)(?-i:(?![a-z]))",
    re.IGNORECASE,
)
# The words a reader names a family by besides its own name ("arrests" for `detained`, "injured" for `wounded`), one
# map with two uses: a count of a noun that is one of these words is that family ("made 2,140 arrests" is `detained`,
# as "arrested 2,140 people" is), and the evaluation scores a gold measure told in one of
# them as the family's (tests/bench/eval_quantities.py). Only words that name nothing else in news are listed
# ("posts", "positions", "seizures" name other things too).
FAMILY_WORDS: dict[str, frozenset[str]] = {
    family: frozenset(words.split("|"))
    for family, words in {
        "killed": "deaths|fatalities|death toll|lives lost",
        "wounded": "injured|injuries",
        "detained": "arrests|arrested|detentions",
        "evacuated": "evacuees|evacuations",
        "hospitalised": "hospitalisations|hospitalizations|hospitalized",
        "vaccinated": "vaccinations|immunisations|immunizations",
        "prize money": "jackpot|winnings",
        "turnout": "attendance",
        "time span": "duration",
        "recruits": "recruitment|enlistments",
        "unemployed": "jobless|out of work",
        "stolen": "thefts",
        "fraud": "scams|frauds",
        "culled": "cull",
        "aircraft": "jets|planes|airliners",
        "ships": "vessels",
    }.items()
}
# Families a count of their words is not named by: sums ("14 jackpots", "380 scams" count no prize money, no sum
# taken), and things counted, whose counts are named by their own noun as written or as its lemma ("110 ships": ship or
# ships; the cross-references merge "vessels" and "planes" with them, features._SAME_MEASURE, in either form).
_NOT_NAMED_BY_A_COUNT = frozenset({"prize money", "fraud", "stolen", "ships", "aircraft"})
_FAMILY_OF_COUNTED = {
    singular(word): family
    for family, words in FAMILY_WORDS.items()
    if family not in _NOT_NAMED_BY_A_COUNT
    for word in words
    if " " not in word
}


def family_of_word(word: str) -> str | None:
    """The family a count of ``word`` (a noun, singular or plural) is of, a reader's name of it in FAMILY_WORDS
    ("arrests": detained); None if none, or if the family is one of sums."""
    return _FAMILY_OF_COUNTED.get(singular(word.lower()))


# A count named as such before what it counts: "the number of", "the count of", "the tally of" ("The count of
# people without a job fell to 112,000" is the number of them).
_NUMBER_OF_WORDS = r"(?:number|count|tally)\s+of"
_NUMBER_NEEDS = ("number", "count", "tally")
# "the hospital waiting list rose to 7.8 million", "the number of people waiting for treatment hit 7.6 million"
_WAITING_BEFORE = Gated(
    re.compile(
        r"(?:waiting\s+lists?|"
        + _NUMBER_OF_WORDS
        + r"\s+(?:people|patients)\s+(?:waiting|on\s+(?:the\s+|a\s+)?waiting\s+lists?))"
        r"\b[^.;\d]{0,80}?\b(?:to|at|of|reached|stands\s+at|stood\s+at|hit|was|is|passed|past|above|exceeded|"
        r"surpassed|topped)\s+(?:(?:a\s+record|about|around|nearly|almost|some|more\s+than|over)\s+)?$",
        re.IGNORECASE,
    ),
    ("waiting",),
)
# Things a verb of harm ends, counted after it: "killed 300 jobs", "kills two bills".
_NO_ONE_HARMED = re.compile(
    r"(?i)^\s+(?:[a-z-]+\s+)?(?:jobs|posts|roles|positions|deals|bills|plans|projects|proposals|programmes|programs|"
    r"contracts|orders|stories|flights|services|routes)\b"
)
# Who the dead, hurt or missing were, listed after them: "Among the dead were 14 Nepalis, nine Indians and three",
# "The injured include two firefighters": the outcome opens the clause, and a list (figures, words, commas, "and")
# leads to the figure.
_AMONG_THE_HURT = re.compile(
    r"(?i)\b(?:among\s+)?the\s+(?P<outcome>dead|killed|injured|wounded|missing)\s+(?:were|are|include[sd]?|"
    r"included)\s+(?P<gap>(?:(?:\d[\d,.]*|[A-Za-z][\w’'-]*)[\s,]+)*?)(?:(?:about|around|some|nearly|at\s+least)\s+)?$"
)
# A verb in that list is another clause's ("..., and police said 30 were arrested").
_LIST_GAP_VERB = re.compile(
    r"(?i)\b(?:said|says|say|told|were|was|is|are|has|have|had|according|while|but|who|which|also|after)\b"
)


def _a_list_of_figures(gap: str) -> bool:
    """Nothing, or items of a list with their figures, between "among the dead were" and a figure."""
    if not gap.strip():
        return True
    return not _LIST_GAP_VERB.search(gap) and any(w[0].isdigit() or w.lower() in CARDINAL_WORDS for w in gap.split())


# "the number of people out of work fell to 7.42 million", "the number of unemployed rose by 30,000 to 1.6 million"
# (both figures)
_UNEMPLOYED_BEFORE = Gated(
    re.compile(
        r"\b"
        + _NUMBER_OF_WORDS
        + r"\s+(?:(?:people|workers|adults)\s+(?:who\s+are\s+|who\s+were\s+)?(?:out\s+of\s+work|"
        r"unemployed|jobless|without\s+(?:a\s+)?jobs?)|unemployed(?:\s+(?:people|workers|adults))?|jobless)"
        r"\b[^.;\d]{0,60}?\b(?:"
        # (the change, "rose by 62,000", and the level after it, "rose by 62,000 to 1.78 million")
        r"(?P<by>by)|(?:by\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?\d[\d,.]*(?:\s*(?:million|thousand|m|k|%|per\s*cent|percent))?\s+)?"
        r"(?:to|at|of|reached|stands\s+at|stood\s+at|hit|was|is|passed|past|above|exceeded|"
        r"surpassed|topped))\s+(?:(?:a\s+record|about|around|nearly|almost|some|more\s+than|over)\s+)?$",
        re.IGNORECASE,
    ),
    _NUMBER_NEEDS,
)
_TOLL_BEFORE = Gated(
    re.compile(
        r"(?P<what>death toll|toll|(?:number|count|tally) of (?:dead|deaths|fatalities)|fatalities|deaths|"
        r"(?:number|count|tally) of (?:injured|wounded)|injury toll)\b"
        r"(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?"
        # (a headline's present: "ferry toll reaches 31", "death toll passes 500", "cholera deaths reach 140")
        r"\b(?:to|at|of|reached|stands at|stood at|hit|was|is|passed|past|above|exceeded|surpassed|topped|crossed|"
        r"reach|reaches|hits|passes|tops|exceeds|surpasses|crosses|nears)"
        r"\s+(?:\w+\s+)?$",
        re.IGNORECASE,
    ),
    ("toll", *_NUMBER_NEEDS, "fatalities", "deaths"),
)
_EVACUATION_OF = re.compile(
    r"\bevacuations?\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least|up\s+to)\s+)?$",
    re.IGNORECASE,
)
_NUMBER_OF_BEFORE = Gated(
    re.compile(
        r"\b"
        + _NUMBER_OF_WORDS
        + r"\s+(?:[a-z]+\s+){0,2}?(?:(?:who|that)\s+(?:have\s+|had\s+)?)?(?P<outcome>killed|dead|died|"
        r"injured|wounded|missing|trapped|displaced|evacuated|arrested|detained|rescued|hospitali[sz]ed|"
        # "the number of people treated in hospital has risen to 27"
        r"(?:treated|admitted|taken)\s+(?:in|to)\s+(?:a\s+|the\s+)?hospitals?|"
        r"(?:fell|fallen|became|become|got|gotten|(?:been\s+)?taken)\s+(?:ill|sick)|sickened)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?"
        r"\b(?:to|at|of|reached|stands at|stood at|hit|was|is|passed|past|above|exceeded|surpassed|topped|crossed)"
        r"\s+(?:\w+\s+)?$",
        re.IGNORECASE,
    ),
    _NUMBER_NEEDS,
)
# One rate under two names: "the jobless rate climbed to 4.6%" is the unemployment rate.
_RATE_SYNONYMS = {"jobless": "unemployment", "joblessness": "unemployment"}
_PART_OUTCOME = re.compile(
    r"^\s+of\s+(?:the|those|them)\s+(?:[\d,]+\s+)?(?:[a-z]+\s+){0,2}?(?:later\s+|have\s+|had\s+|subsequently\s+)?"
    r"(?P<outcome>died|were\s+killed|have\s+died)\b",
    re.IGNORECASE,
)
# "two injured passengers died", "three wounded soldiers later succumbed": the hurt who died are the dead.
_HURT_WHO_DIED = re.compile(
    r"^\s+(?:[a-z-]+\s+)?(?:wounded|injured|hurt)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+"
    r"(?:(?:later|subsequently|have|had|also|since|then)\s+)*(?:died|succumbed)\b",
    re.IGNORECASE,
)
_OUTCOME_LABEL = re.compile(
    r"(?:^|(?<=[\n;•(]))\s*(?P<label>(?i:deaths|dead|killed|fatalities|injured|wounded|injuries|casualties|missing|"
    r"displaced|evacuated|arrested|detained|rescued|hospitali[sz]ed))\s*:\s*(?:(?i:about|around|at\s+least|more\s+than|"
    r"over|nearly|some)\s+)?$"
)
_BODIES_AFTER = re.compile(
    r"^\s+(?:(?:more|other|further|unidentified|charred|decomposed|burned|burnt)\s+)?bodies\b", re.IGNORECASE
)
_LEVIES = r"tariffs?|tax|taxes|duty|duties|levy|levies|surcharge|vat|interest|commission|royalty|royalties"
# (a word between may be of the levy, "a 25% import duty", never a preposition or a conjunction opening a phrase or a
# clause of its own: "cut its forecast to 2.8% on tariffs", "Exports fell 9% after tariffs rose" are no tariff rates)
_LEVY_AFTER = re.compile(
    r"^\s*(?:(?!(?:on|over|amid|after|as|because|despite|before|since|while|when|whereas|and|or|but|from|with|against|"
    rf"following|under|than|if|once|until|where|so|to|for|by|of)\b)[a-z]+\s+)?(?P<levy>{_LEVIES})\b",
    re.IGNORECASE,
)
_LEVY_BEFORE = Gated(
    re.compile(
        rf"\b(?P<levy>{_LEVIES})\b(?:\s+(?:rate|on\s+[\w\s]{{1,30}}?))?\s+(?:(?:to|of|at|is|was|by)\s+(?:\w+\s+)?|"
        # "the tariff was raised to 125 percent", "duties will be cut to 10%"
        rf"(?:(?:was|were|is|are|will\s+be|would\s+be|has\s+been|have\s+been|had\s+been)\s+)?"
        rf"(?:raised|lifted|hiked|increased|cut|lowered|reduced|set|fixed|slashed|kept|held|capped)\s+(?:to|at)\s+|"
        # "tariffs will rise to 125 percent", "duties doubled to 50%": the level the levy moves to (not "rose by 2%",
        # which may be its sum's change)
        rf"(?:(?:will|would|could|may|might|to|are\s+set\s+to|is\s+set\s+to)\s+)?(?:rise|rises|rose|risen|rising|"
        rf"climb(?:s|ed)?|jump(?:s|ed)?|increase[sd]?|fall|falls|fell|fallen|drop(?:s|ped)?|double[sd]?|soar(?:s|ed)?)"
        rf"\s+to\s+)$",
        re.IGNORECASE,
    ),
    ("tariff", "tax", "dut", "lev", "surcharge", "vat", "interest", "commission", "royalt"),
)
_TURNOUT_BEFORE = Gated(
    re.compile(
        r"\b(?:turnout|participation)\b[^.;%]{0,30}?\b(?:at|of|to|was|reached|hit)\s+(?:\w+\s+)?$", re.IGNORECASE
    ),
    ("turnout", "participation"),
)
# A percentage that qualifies the word right after it: how effective a vaccine or a drug is, how contained a fire is.
# ("gave 71% protection against severe illness": how well a vaccine protects, its efficacy)
# A share of those who may vote that did ("58% of eligible voters took part", "29% of the electorate bothered to
# vote", "61% of registered voters cast a ballot"): the turnout.
_OF_VOTERS_WHO_VOTED = re.compile(
    r"(?i)^\s+of\s+(?:the\s+|all\s+|its\s+)?(?:(?:eligible|registered|potential)\s+)?(?:electorate|voters|electors)\s+"
    r"(?:(?:had|have|has|did|actually|then|eventually|finally|even)\s+)?(?:voted|turned\s+out|took\s+part|participated|"
    r"went\s+to\s+the\s+polls|cast\s+(?:a|their|its)\s+(?:ballots?|votes?)|bothered\s+to\s+vote)\b"
)
# A percentage named by the noun right after it, the figure after a determiner ("a 40% haircut on", "bought a 30% stake
# in", "a 5% discount."): the noun ends its phrase (not "a 9.5% pay rise", a move read by its own words).
_DETERMINER_BEFORE_PERCENT = re.compile(
    r"(?i)\b(?:a|an|the|its|their|his|her)\s+(?:(?:about|around|nearly|almost|roughly|further|additional|extra|record|"
    r"mere|near)\s+)?$"
)
_PERCENT_NOUN_AFTER = re.compile(
    r"(?i)^\s*(?P<noun>[a-z]{3,}(?<!s))(?=\s*[.,;:)]|\s*$|\s+(?:on|in|of|for|to|from|at|by|with|and|or|but|that|which|"
    r"after|before|was|is|will|would|as|than)\b)"
)
# The same named before "of": "a load factor of 91%", "a bonus of up to 150%", "a yield of 4.2%".
_NOUN_OF_PERCENT_BEFORE = re.compile(
    r"(?i)\b(?:a|an|the|its|their|his|her)\s+(?:(?P<kind>[a-z-]+)\s+)?(?P<noun>[a-z]{3,})\s+of\s+(?:(?:about|around|"
    r"some|nearly|almost|roughly|up\s+to|more\s+than|less\s+than|over|under|just\s+(?:over|under)|an\s+estimated)\s+)?$"
)
# Words before or after a percentage that name no kind of percentage: its size, a move, a part, or a word read by a
# family of its own (rates, chances, levies, turnout, shares).
_NOT_A_PERCENT_NOUN = frozenset(
    """
    total sum amount value worth record high low average figure estimate maximum minimum level peak rise fall increase
    decrease drop jump gain cut reduction tune excess third quarter half fraction part portion period range number one
    each none all most some any rest remainder cap floor ceiling limit growth hike boost uplift slump decline climb
    surge rate rates chance probability likelihood odds tax tariff duty levy turnout vote more less fewer higher lower
    annual yearly monthly quarterly overall relative year month week day point points forecast forecasts estimate
    prediction projection target expectation consensus guidance offer award deal settlement capacity
    """.split()
)
# A share of a whole named in the singular: "about 6% of its workforce", "45% of the population face hunger" (the whole
# ends its noun phrase: not "of the value of").
_SHARE_OF_A_SINGULAR_WHOLE = re.compile(
    r"(?i)^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+|(?:the\s+)?[a-z]+['’]s\s+)?(?:[a-z]+\s+)?"
    r"(?!(?:after|before|in|on|at|for|from|since|by|with|and|or|but|as|than|to|this|that|last|next|which|who|the|"
    # (a verb after a plural whole is none: "30% of the island's beaches are closed")
    r"are|were|was|will|would|can|could|have|had|may|might|must|should)\b)"
    r"(?P<whole>[a-z]{3,}(?<!s))"
    r"\b(?!['’-]|\s+of\b)"
)
_LOST_OR_GAINED_BEFORE = re.compile(
    r"(?i)\b(?:lost|lose|loses|losing|shed|sheds|shedding|gained|gains|gaining|wiped\s+out|added|adds|adding)\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|another|a\s+further)\s+)?$"
)
_NOT_A_WHOLE = frozenset(
    """
    year month week day time average total level normal target value worth price cost vote gdp output income revenue
    salary pay budget capacity volume limit estimate forecast peak record
    """.split()
)
# Earned or being paid, right before a sum per an hour: what someone is paid (not "Parking will cost £4.50 an hour").
_EARNS_BEFORE = re.compile(
    r"(?i)\b(?:(?:be|been|being|is|are|was|were|get|gets|got|getting)\s+paid|earn(?:s|ed|ing)?)\s+(?:(?:at\s+least|no\s+less\s+than|no\s+more\s+than|"
    r"less\s+than|more\s+than|just|only|about|around|up\s+to|an\s+average\s+of|on\s+average)\s+)*$"
)
# A central bank's rate told by what it does: "held borrowing costs at 3.75%", "cut borrowing costs to 4%".
_BORROWING_COSTS_BEFORE = re.compile(
    r"(?i)\bborrowing\s+costs\s+(?:(?:unchanged|steady|on\s+hold|again|once\s+more)\s+)?(?:at|to)\s+"
    r"(?:(?:about|around|just|a\s+record)\s+)?$"
)
_PERCENT_SAID_OF = re.compile(r"(?i)^\s*(effective|effectiveness|efficacy|protection|protective|contained)\b")
_OF_OUTPUT = re.compile(
    r"^\s+of\s+(?:(?:the\s+)?(?:country|nation|economy)['’]s\s+|its\s+|their\s+)?(?:gross\s+domestic\s+product|GDP|"
    r"economic\s+output|gross\s+national\s+(?:product|income)|GNP|GNI|national\s+income)\b",
    re.IGNORECASE,
)
_OUTPUT_LEVEL_BEFORE = re.compile(
    r"(?i)\b(?:budget\s+|fiscal\s+|public\s+)?(?P<noun>deficit|debt|surplus)s?"
    r"(?:\s+(?:would|will|could|should|is|was|were|are|be|been|now|expected|forecast|set|projected|to|fall|fell|fallen|"
    r"rise|rose|risen|widen|widened|narrow|narrowed|reach|reached|stood|stands|stand|come|came|in)){0,4}"
    r"\s+(?:to|at|be|is|was|were|are|reached|reach|of)\s+(?:(?:about|around|nearly|some|just|roughly)\s+)?$"
)
_OUTPUT_MEASURE = re.compile(r"\b(deficit|debt|surplus|spending|borrowing|expenditure)s?\b", re.IGNORECASE)
_SHARE_OF = re.compile(
    # (or an owner's: "62% of the reef's corals")
    r"^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|(?:the\s+)?[a-z]+['’]s\s+)?(?:[a-z]+\s+){0,2}?(?P<group>[a-z]{3,}s)\b"
    r"(?!\s+of\b)"
)
# A share of a whole named in the singular, said to come from or go to somewhere: "60% of its revenue comes from
# Asia", "a third of the budget goes to defence" (the "-s" word after the noun is the verb, no plural group).
_SHARE_OF_A_WHOLE = re.compile(
    r"^\s+of\s+(?:the\s+|its\s+|their\s+|(?:the\s+)?[a-z]+['’]s\s+)?(?:[a-z]+\s+)?(?P<whole>[a-z]{3,}(?<!s))\s+"
    r"(?:now\s+|still\s+|already\s+)?(?:comes|goes|stems|flows|derives)\b"
)
# A share of runs of a service that kept to time: "of trains arrived on time", "of flights from the airport left on
# time", "of services ran on time".
_ON_TIME_AFTER = re.compile(
    r"(?i)^\s+of\s+(?:(?:the|its|all)\s+)?(?:[\w’'-]+\s+){0,2}?(?P<runs>trains?|flights?|services|departures|arrivals|"
    r"buses|journeys|ferries)\b(?:\s+[\w’'-]+){0,5}?\s+(?:arrived|arriving|left|leaving|departed|departing|ran|running|landed|"
    r"were|was)\s+(?:on\s+time|punctually|on\s+schedule)\b"
)
_OF_THE_VOTE = re.compile(
    r"(?i)^\s+of\s+(?:the\s+|all\s+)?(?:(?:popular|national|total|first-round|second-round|valid|party|overall)\s+)?"
    r"votes?(?:\s+cast)?\b(?!\s+(?:on|for|in\s+favou?r)\b)"
)
_VERB_BEFORE = Gated(
    re.compile(
        # (and a headline's present: "Quake kills 22 in Ostrel", "Blast injures 23", "Police arrest 14")
        r"(?<![\w’'-])(?P<verb>killed|killing|kills|kill|murder(?:ed|ing)|wounded|wounding|wounds|injured|injuring|injures|deploy(?:ed|ing|s)?|"
        r"sen[dt](?:ing|s)?|dispatch(?:ed|ing|es)?|"
        r"station(?:ed|ing)?|mobilis(?:ed|ing)|mobiliz(?:ed|ing)|recruit(?:ed|ing)?|displac(?:ed|ing|es)|evacuat(?:ed|ing|es)|"
        r"arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|rescu(?:ed|ing|es)|trap(?:ped|ping|s)|sicken(?:ed|ing|s))\s+(?:[A-Za-z][\w’'-]*\s+){0,3}$",  # no figure in between: the verb governs the next one
        re.IGNORECASE,
    ),
    (
        "kill",
        "murder",
        "wound",
        "injur",
        "sicken",
        "deploy",
        "sen",
        "dispatch",
        "station",
        "mobili",
        "recruit",
        "displac",
        "evacuat",
        "arrest",
        "detain",
        "rescu",
        "trap",
    ),
)
# Verbs that take on the troops counted after them, or told of them after ("recruited 8,100 soldiers", "signed up
# 3,000 new sailors", "1,200 troops were conscripted"): a force's intake, not a deployment.
_TAKEN_ON = (
    r"recruit(?:ed|s|ing)?|enlist(?:ed|s|ing)?|conscript(?:ed|s|ing)?|hir(?:e|ed|es|ing)|sign(?:ed|s|ing)?\s+up|"
    r"t(?:ook|ake|akes|aking|aken)\s+on"
)
_RECRUITED_BEFORE = re.compile(
    r"(?i)\b(?:" + _TAKEN_ON + r")\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|up\s+to|"
    r"another|a\s+further|an\s+extra|a\s+record|just|only|an\s+estimated)\s+)*$"
)
_RECRUITED_AFTER = re.compile(
    r"(?i)\s+(?:(?:have|has|had)\s+)?(?:were|was|been|are|be)\s+(?:recruited|enlisted|conscripted|hired|signed\s+up|"
    r"taken\s+on)\b"
)
_MONEY_AFTER = re.compile(
    r"^\s*(?P<per>(?:a |per |each |every )?(?:month|monthly|year|yearly|annually|annual|week|weekly|day|daily)?\s*"
    r"(?:per|a|for each|each)\s+(?:\w+\s+)?(?P<who>soldier|worker|person|head|fighter|laborer|labourer|recruit|employee|troop)s?\b)?",
    re.IGNORECASE,
)
_BY_THE_MONTH_OR_WEEK = re.compile(r"(?i)monthly|a month|per month|weekly|a week")
# A home let or lived in for rent: "rents", "tenants", "a landlord", "a one-bedroom flat", "a small flat", "apartments".
_RENTED_HOME = re.compile(
    r"(?i)\b(?:rents?|rented|renting|tenants?|tenancy|landlords?|letting|apartments?|bedsits?|"
    r"[a-z]+-bed(?:room)?(?:ed)?\s+(?:flat|home|house|apartment)s?|"
    r"(?:a|an|the|their|his|her|its|each|per|every|small|large|typical|average|new|rented)\s+flats?)(?![\w-])"
)
_MORTGAGE = re.compile(r"(?i)\bmortgages?\b")


def _rented_home(sentence: str) -> bool:
    """Does ``sentence`` tell of a home rented (and of no mortgage, whose repayments are paid by the month too)?"""
    return bool(_RENTED_HOME.search(sentence)) and not _MORTGAGE.search(sentence)


_PERIOD_AFTER = re.compile(
    # ("$95 million a year earlier" is when, not per what: as units.per_after reads it)
    r"^\s*(?P<period>monthly|a month|per month|annually|per annum|a year|per year|yearly|weekly|a week|daily|a day)\b"
    r"(?!\s+(?:earlier|ago|before|later|after|since|from\s+now)\b)",
    re.IGNORECASE,
)
_RATE_BEFORE = Gated(
    # ("mortgage rates topped 7%"; a decimal point between is no sentence's end: "rose 0.5 percentage points to 5%")
    re.compile(r"(?P<noun>[a-z]+)\s+rates?\b(?:[^.]|(?<=\d)\.(?=\d)){0,40}$", re.IGNORECASE),
    ("rate",),
)
# How likely something is, said as a percentage: "a 1.2% chance of", "the probability ... to 3.1%", "the odds at 35%"
# (no other figure between).
_CHANCE_AFTER = re.compile(r"\s*(?:-\s*)?(?:chance|probability|likelihood)\b", re.IGNORECASE)
_CHANCE_BEFORE = re.compile(r"\b(?:chances?|probability|likelihood|odds)\b[^.%;,]{0,60}$", re.IGNORECASE)
# Words before "rates" that move or compare them, not what the rate is of ("raised rates", "held rates", "lower rates").
_MOVES_A_RATE = re.compile(
    r"rais(?:e|ed|es|ing)|cut(?:s|ting)?|hold(?:s|ing)?|held|keep(?:s|ing)?|kept|lift(?:s|ed|ing)?|"
    r"lower(?:s|ed|ing)?|hik(?:e|ed|es|ing)|leav(?:e|es|ing)|left|set(?:s|ting)?|increas(?:e|ed|es|ing)|"
    r"reduc(?:e|ed|es|ing)|slash(?:ed|es|ing)?|trim(?:med|s|ming)?|maintain(?:s|ed|ing)?|push(?:ed|es|ing)?|"
    r"brought|bring(?:s|ing)?|higher|high|low|steady|unchanged"
)
_UNIT_AFTER = re.compile(
    r"^(?:\s*|-(?=(?:percentage|basis)-points?\b))(?P<unit>times|years?|months?|weeks?|days?|hours?|decades?|centuries|km|kilometers|kilometres|miles|meters|metres|tons|tonnes|barrels|shells|rounds|missiles|drones|tanks|vehicles|aircraft|jets|ships|villages|towns|settlements|countries|nations|states|members|votes|seats|cases|buildings|homes|houses|households|customers|users|jobs|ships|vessels|flights|schools|hospitals|arrests|tonnes|acres|hectares|kilometres|percentage[\s-]points?|basis[\s-]points?|mm|cm|millimetres|millimeters|centimetres|centimeters|inches|degrees)\b(?!/)",
    re.IGNORECASE,
)
_CROWD_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|were|are|had\s+)\s+)?(?:turned\s+out|marched|rallied|protested|gathered|demonstrated|"
    # ("Between 300 and 400 residents packed the hall", "More than 61,000 packed the stands")
    r"took\s+part|attended|queued|signed\s+up)\b",
    re.IGNORECASE,
)
# How many came, named before the figure: "a crowd of 48,000", "put the turnout at 25,000", "put the crowd at".
_CROWD_BEFORE = re.compile(
    r"(?i)(?:\b(?:a|the)\s+(?:[a-z-]+\s+){0,2}?crowd\s+(?:of|at)|\bput\s+(?:the\s+)?(?:crowd|turnout|attendance|number\s+of\s+"
    r"(?:protesters|demonstrators|marchers|participants))(?:\s+at)?)\s+(?:(?:about|around|some|nearly|almost|roughly|"
    r"more\s+than|over|at\s+least|up\s+to|an\s+estimated|only|just)\s+)?$"
)
# A place a crowd filled, told right after its count: "Between 300 and 400 residents packed the hall", "More than 61,000
# packed the stands" (the figure's unit as written: no people named).
_CROWD_FILLED_AFTER = re.compile(
    r"(?i)\s+(?:(?:have|has|had)\s+)?(?:packed|crammed\s+into|thronged|flocked\s+to|lined\s+the)\b"
)
_JOINED_GATHERING = re.compile(
    r"(?i)\s+(?:have\s+|had\s+)?joined\s+(?:the|a|their)\s+(?:[\w’'-]+\s+){0,2}?(?:march|protest|rally|demonstration|procession|vigil)"
)
_OPERATION_NOUN = re.compile(r"(?i)officers|police(?:men|women)?|agents|firefighters|rescuers|troops|soldiers|guards")
# ... where the figure opens its clause ("Police said 300 marched"), not "sales of 300 rallied".
_CROWD_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:(—–-]\s*|\b(?:and|but|that|while|as|when|where|after|before|said|says|say|estimated|estimate)\s+)$",
    re.IGNORECASE,
)
_DEPLOY_WORDS = Gated(
    re.compile(r"\b(deploy\w*|sen[dt]\w*|dispatch\w*|station\w*|contingent|transferr?\w*)\b", re.IGNORECASE),
    ("deploy", "sen", "dispatch", "station", "contingent", "transfer"),
)

# What every word of _CASUALTY_AFTER and _OUTCOME_AFTER starts with (a few "in" tests spare both patterns).
_OUTCOME_STEMS = (
    "kill",
    "murder",
    "drown",
    "hurt",
    "wound",
    "injur",
    "die",
    "dead",
    "casualt",
    "death",
    "deploy",
    "dispatch",
    "sent",
    "station",
    "captur",
    "missing",
    "unaccounted",
    "trapp",
    "displac",
    "evacuat",
    "arrest",
    "detain",
    "rescu",
    "affect",
    "hospital",
    "taken to",
    "forced",
    "to leave",
    " ill",
    " sick",
    "to evacuate",
    "to flee",
    "fled",
    "made",
    "left",
    " condition",
    "vaccinat",
    "immuni",
)
_OUTCOME_MEASURE = {
    "killed": "killed",
    # (people "murdered" are counted as "murders" are: a crime's count, not a toll of every death)
    "murdered": "murder",
    "died": "killed",
    "drowned": "killed",
    "dead": "killed",
    "deaths": "killed",
    "fatalities": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "hurt": "wounded",
    "injuries": "wounded",
    "casualties": "casualties",
    "captured": "captured",
    "missing": "missing",
    "unaccounted for": "missing",
    "trapped": "trapped",
    "displaced": "displaced",
    "evacuated": "evacuated",
    "arrested": "detained",
    "detained": "detained",
    "rescued": "rescued",
    "affected": "affected",
    "hospitalised": "hospitalised",
    "hospitalized": "hospitalised",
    "taken to hospital": "hospitalised",
    "fled": "displaced",
    "made homeless": "displaced",
    "left homeless": "displaced",
    "sickened": "sickened",
    "vaccinated": "vaccinated",
    "immunised": "vaccinated",
    "immunized": "vaccinated",
}
_MADE_ILL = re.compile(
    r"(?:fell|fallen|falling|became|become|got|gotten|(?:(?:were|was|been)\s+)?taken)\s+(?:ill|sick)", re.IGNORECASE
)
# Verbs before a figure ("killed at least 39", "detained 457"), by stem.
_VERB_MEASURE = (
    ("kill", "killed"),
    ("murder", "murder"),
    ("wound", "wounded"),
    ("injur", "wounded"),
    ("displac", "displaced"),
    ("evacuat", "evacuated"),
    ("arrest", "detained"),
    ("detain", "detained"),
    ("rescu", "rescued"),
    ("trap", "trapped"),
    ("sicken", "sickened"),
)
# What an amount of money is for, from the words around it.
_MONEY_PURPOSE = (
    (
        Gated(
            re.compile(r"\b(aid|assistance|relief|humanitarian)\b", re.IGNORECASE),
            ("aid", "assistance", "relief", "humanitarian"),
        ),
        "aid",
    ),
    # (not "lender": a bank, whatever sum is near it: "Shares in the lender closed at 412 pence")
    (
        Gated(
            re.compile(r"\b(loans?|credit lines?|lend(?!ers?\b)\w*)\b", re.IGNORECASE), ("loan", "credit line", "lend")
        ),
        "loans",
    ),
    (
        Gated(
            re.compile(
                r"\b(fund(?:s|ing|ed)?|subsid\w+|grants?|invest\w*|spend\w*|set aside|allocat\w+|budget\w*)\b",
                re.IGNORECASE,
            ),
            ("fund", "subsid", "grant", "invest", "spend", "set aside", "allocat", "budget"),
        ),
        "funding",
    ),
    # "About £60,000 was taken in the raid", "£60,000 in cash was stolen", "made off with $1.2m": the haul
    (
        Gated(
            re.compile(
                r"\b(stolen|stole|steal|steals|stealing|robbed|looted|embezzl(?:ed|ing|es|e)|made off with|"
                # what thieves took, named as such: "The haul is worth around 40 million crowns"
                r"taken in the (?:raid|robbery|heist|burglary)|(?:the|their)\s+(?:haul|loot)|"
                r"(?:was|were|been)\s+taken\s+from)\b",
                re.IGNORECASE,
            ),
            ("stole", "steal", "robbed", "looted", "embezzl", "made off", "taken", "haul", "loot"),
        ),
        "stolen",
    ),
    (Gated(re.compile(r"\b(damages?|losses|cost of the damage)\b", re.IGNORECASE), ("damage", "losses")), "losses"),
    (Gated(re.compile(r"\b(fined?|penalty|penalties)\b", re.IGNORECASE), ("fine", "penalt")), "fine"),
)
# A new clause with its own figure: "killed 39 people and left 68 missing".
# (The lookahead first: the characters a match can begin with.)
_NEXT_CLAUSE = re.compile(
    r"(?=[;:(),\sabwu])(?:[;:()]|,\s|\s[–—-]\s|\b(?:and|but|while|whereas)\s+(?:[a-z]+\s+){0,3}(?=[$€£¥₩\d])"
    # A clause of its own with its own subject: "wounding eight before he was shot dead by police" (the eight
    # are the wounded; the dead is the gunman)
    r"|\b(?:before|after|until|when|because)\s+(?:he|she|they|it|we|the\s+[a-z]+)\s"
    # "... have risen to 1,690 this year and a fourth child has died": another subject, and its own verb
    # ("... had been confirmed and that a third child had died": the same, as a second reported clause)
    r"|\b(?:and|but|while|whereas)\s+(?:that\s+)?(?:a|an|the|another)\s+(?:[\w-]+\s+){0,2}?(?=(?:has|have|had|was|were|is|are)\s))"
)


# A negation right before an outcome word: "but no deaths", "no one was hurt", "without any injuries", "none died".
_NEGATED_OUTCOME = re.compile(
    r"(?i)\b(?:no|none|nobody|zero|without|not|never|nor|neither)\b(?:\s+(?:one|any|other|further|new|more|serious|"
    r"reported|confirmed|was|were|has|had|have|been|is|are))*\s+$"
)


# An aside about a counted group between it and its verb: "Three people, including two children, were killed",
# "Twelve miners, most of them migrants, remain trapped".
_ASIDE = re.compile(
    r",\s+(?:including|among\s+them|(?:most|many|some|all|two|three)\s+of\s+(?:them|whom)|mostly|mainly)\b[^,;.:()]{1,60},\s+"
    r"(?=(?:were|was|are|is|have|has|had|remain|remained|remains|died|been)\b)",
    re.IGNORECASE,
)

_TROOP_NOUN = re.compile(TROOP_NOUNS)
_WORKER_NOUN = re.compile(WORKER_NOUNS)
_CONJUNCTION = re.compile(r"\b(?:and|or|but)\b", re.IGNORECASE)
_KILLED_AND_WOUNDED = re.compile(r"killed(?:\W|or|and)+(wounded|injured)|wounded(?:\W|or|and)+killed")
_LEADING_PERIOD = re.compile(r"^\s*(monthly|a month|per month|annually|yearly|weekly|daily)\b", re.IGNORECASE)
_DETERMINERS = frozenset("its the a an their his her our this that whose".split())
_PREPOSITIONS = frozenset("in of on to for at by with from into".split())


# Officers who are no soldiers: "27,000 police officers", "prison officers", "chief executive officers".
_CIVIL_OFFICERS = re.compile(
    r"\b(?:police|prison|correctional|corrections|customs|immigration|probation|parole|election|polling|press|loan|"
    r"executive|health|traffic|fire|peace|compliance|information|security)\s+$",
    re.IGNORECASE,
)


# Pilots and sailors are troops only when said to serve: "fighter pilots", "navy sailors"; an airline's
# pilots or a union's are people.
_MILITARY_QUALIFIER = re.compile(
    r"\b(?:fighter|bomber|combat|military|army|air force|navy|naval|marine|warship|attack|helicopter|jet)\s+$",
    re.IGNORECASE,
)


# A force named in the clause before the figure: "The navy signed up 3,900 new sailors" (its sailors serve; "the
# airline hired 300 pilots" names none).
_MILITARY_BODY = re.compile(r"(?i)\b(?:navy|naval|army|air\s+force|marines|military|armed\s+forces)\b")


_FIGHTING_VOLUNTEERS = re.compile(r"(?:\b(?:foreign|armed)|\b[A-Z][a-z]+(?:an|ese|ish|ian|i))\s+$")


def _noun_class(noun: str, before: str = "", context: str = "") -> str:
    """``before``: the words between the figure and its noun; ``context``: the clause before the figure."""
    noun = noun.lower()
    if noun == "officers" and (
        _CIVIL_OFFICERS.search(before)
        or not (_MILITARY_QUALIFIER.search(before) or _FIGHTING_VOLUNTEERS.search(before) or in_military_sense(context))
    ):
        return "people"  # "put 600 more officers on the streets": police; "Kavari officers", "army officers" serve
    if noun in ("pilots", "sailors") and not (_MILITARY_QUALIFIER.search(before) or _MILITARY_BODY.search(context)):
        return "people"
    if noun == "volunteers" and not (_MILITARY_QUALIFIER.search(before) or _FIGHTING_VOLUNTEERS.search(before)):
        return "people"  # "70 volunteers took part in the search"; "North Korean volunteers" are sent to fight
    if _TROOP_NOUN.fullmatch(noun):
        return "troops"
    if _WORKER_NOUN.fullmatch(noun):
        return "workers"
    if noun in _OUTCOME_MEASURE:
        return _OUTCOME_MEASURE[noun]
    return "people"


def _outcome(word: str) -> str | None:
    word = word.lower()
    if _KILLED_AND_WOUNDED.search(word):
        return "casualties"
    if word in ("deployed", "dispatched", "sent", "stationed"):
        return "deployed"
    if re.search(r"\sto\s+(?:leave|evacuate|flee)$|\bevacuation\s+orders?$", word):
        return "evacuated"  # "5,000 people have been told to leave their homes", "remained under evacuation orders"
    if word.startswith("forced"):
        return "displaced"
    if word.startswith(("admitted", "treated", "need", "requir")) or re.search(
        r"\sin\s+(?:a\s+|the\s+)?hospitals?$", word
    ):
        return "hospitalised"
    if _MADE_ILL.fullmatch(word):
        return "sickened"
    if word.endswith("condition"):
        return f"{word.split()[-2]} condition"  # ("critical condition", "serious condition")
    return _OUTCOME_MEASURE.get(word)


# A figure in words or digits between a figure and an outcome word is that word's own ("87 cases and two deaths");
# "one" is left out ("12 people, one of them a child, were killed").
_ANOTHER_FIGURE = re.compile(
    r"\d|\b(?:"
    + "|".join(sorted(({*UNITS, *TENS} - {"one"}) | {"ten", "eleven", "twelve", "dozens", "hundreds", "thousands"}))
    + r")\b",
    re.IGNORECASE,
)
# The counted and where they were, then what befell them: "More than 300 passengers on the cruise ship Aurora Star
# have fallen ill", "40 workers at the Dunmore packing plant were injured" (a place phrase of up to six words, no
# clause in it, between the noun and a passive or perfect outcome).
_OUTCOME_AFTER_A_PLACE = re.compile(
    r"^\s*[a-z][\w’'-]*\s+(?:on|aboard|at|in|inside)\s+"
    r"(?:(?!(?:who|which|that|where|when|and|or|but|said|says|after|before|while|as|with)\b)[\w’'-]+,?\s+){1,6}?"
    r"(?:(?:have|has|had)\s+(?:been\s+)?|(?:were|was|are|is)\s+)"
    r"(?P<outcome>(?:fallen|become|got|gotten|taken)\s+(?:ill|sick)|sickened|killed|injured|wounded|hurt|"
    r"hospitali[sz]ed|evacuated|rescued|trapped)(?-i:(?![a-z]))",
    re.IGNORECASE,
)
# People who came across or in: "crossed the Channel", "arrived on Lampedusa" (a noun of people before it).
_ARRIVED_AFTER = re.compile(
    r"^\s*(?:[\w’'-]+\s+){1,3}?(?:have\s+|had\s+|has\s+)?(?:crossed|arrived|landed)\s+(?:in|on|at|the)\b",
    re.IGNORECASE,
)
# Stopping work in a strike: "joined the strike", "walked off the job", "were absent from work" (the cross-references
# read strikers by it too).
STRIKING = (
    r"on\s+strike|(?:joined|joining|join)\s+(?:the\s+|a\s+)?(?:strike|walkout|stoppage)|went\s+on\s+strike|"
    r"walk(?:ed|ing)?\s+(?:out|off\s+the\s+job)|stay(?:ed|ing)?\s+away\s+from\s+work|absent\s+from\s+work|strikers|"
    r"stop(?:ped|ping)?\s+work|down(?:ed|ing)?\s+tools"
)
# Those who stop work in a strike, told right after them ("Some 7,500 dock workers walked out", "About 14,000 nurses
# will strike", "6,800 postal workers joined the walkout", "30,000 bus drivers stopped work"): the strikers, whoever
# they are. (Not "walked out of the chamber": a protest leaving a room; not "voted to strike": a ballot's count.)
_WALKOUT_AFTER = re.compile(
    r"^\s*(?:[\w’'-]+\s+){0,4}?(?:(?:will|would|have|has|had|are|were|is|was|also|then|(?:are|were)\s+(?:set|due)\s+to|"
    r"plan\s+to|began\s+to|started\s+to)\s+){0,2}"
    r"(?:" + STRIKING + r"|(?<=will\s)strike|walk\s+out)\b(?!\s+of\b)",
    re.IGNORECASE,
)
# "a strike by 3,000 cleaners", "a walkout of about 900 baggage handlers": the strike's own count
_SPAN_AFTER = re.compile(r"\s*(?:hours?|days?|weeks?|months?|years?)\b", re.IGNORECASE)
_STRIKE_BY_BEFORE = re.compile(
    r"\b(?:strike|walkout|stoppage)\s+(?:by|of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
# What was done to the things or the stuff a figure counts, named by the verb whose object they are ("destroyed 12,000
# homes", "culled 2.7 million hens", "sold 58 million phones", "seized 1.4 tonnes of cocaine", "harvested 14.1 million
# tonnes") or, for things, by the participle told of them ("300 homes were destroyed", "1.8 million hens to be
# slaughtered", "180,000 copies sold"): the deed, by its family. One table for both kinds of figure, each verb flagged
# for the kinds it names: a COUNT of things, an AMOUNT of a good by mass or volume (read in quantities.py), or both
# ("shipped 31 million phones" and "shipped 2 million tonnes of grain" are shipments; "culled" says nothing of a
# weight, "pumped" nothing of a count). (People's fates are read by _VERB_BEFORE and _OUTCOME_AFTER; a sum is no
# count of things.)
COUNT, AMOUNT = 1, 2
_VERB_DEEDS = (  # (the verb's forms before its object, its participle told after it, family, kinds)
    (
        r"destroy(?:ed|ing|s)?|wreck(?:ed|ing|s)?|flatten(?:ed|ing|s)?|raz(?:ed|ing|es)|gutt(?:ed|ing)|"
        r"(?:swept|sweeping|washed|washing)\s+away",
        r"destroyed|wrecked|flattened|razed|gutted|(?:swept|washed)\s+away",
        "destroyed",
        COUNT | AMOUNT,
    ),
    (r"damag(?:ed|ing|es)|shatter(?:ed|ing|s)?|smash(?:ed|ing|es)?", "damaged|shattered|smashed", "damaged", COUNT),
    (
        r"cull(?:ed|ing|s)?|slaughter(?:ed|ing|s)?|put(?:ting)?\s+down",
        r"culled|slaughtered|put\s+down",
        "culled",
        COUNT,
    ),
    (
        r"seiz(?:e|ed|ing|es)|confiscat(?:e|ed|ing|es)|impound(?:ed|ing|s)?",
        "seized|confiscated|impounded",
        "seized",
        COUNT | AMOUNT,
    ),
    (r"intercept(?:ed|ing|s)?", "intercepted", "seized", AMOUNT),  # ("intercepted 12 drones" shot them down)
    # ("is calling back 212,000 SUVs": a recall in two words)
    (r"recall(?:ed|ing|s)?|call(?:ed|ing|s)?\s+back", r"recalled|called\s+back", "recalled", COUNT | AMOUNT),
    (r"s(?:old|ells?|elling)", "sold", "sales", COUNT | AMOUNT),
    (r"ship(?:ped|ping|s)?", "shipped", "shipments", COUNT | AMOUNT),
    (r"export(?:ed|ing|s)?", "exported", "exports", COUNT | AMOUNT),
    (r"import(?:ed|ing|s)?", "imported", "imports", COUNT | AMOUNT),
    (r"deliver(?:ed|ing|s)?", "delivered", "deliveries", COUNT | AMOUNT),
    (
        r"remov(?:ed|ing|es)|delet(?:ed|ing|es)|(?:took|taken|tak(?:e|es|ing))\s+down",
        r"removed|deleted|taken\s+down",
        "removed",
        COUNT | AMOUNT,
    ),
    (r"detect(?:ed|ing|s)?", "detected", "detected", COUNT),
    (r"bann(?:ed|ing)|bans?|barr(?:ed|ing)", "banned|barred", "banned", COUNT),
    (r"repossess(?:ed|es|ing)?", "repossessed", "repossessions", COUNT),
    (r"recover(?:ed|ing|s)?", "recovered", "recovered", COUNT | AMOUNT),
    (r"install(?:ed|ing|s)?", "installed", "installed", COUNT),
    (r"plant(?:ed|ing)", "planted", "planted", COUNT),
    (r"approv(?:e|ed|es|ing)|sign(?:ed|ing|s)?\s+off(?:\s+on)?", r"approved|signed\s+off", "approvals", COUNT),
    # ("The carrier scrapped 340 flights")
    (
        r"cancell?(?:ed|ing|s)?|call(?:ed|ing|s)?\s+off|scrap(?:ped|ping|s)?",
        r"cancell?ed|called\s+off|scrapped",
        "cancelled",
        COUNT,
    ),
    (r"clos(?:e|ed|es|ing)|shut(?:s|ting)?", r"closed|shut", "closed", COUNT),
    # (what a chain or a builder opens, as what it closes: "will open 85 new shops")
    (r"open(?:ed|ing|s)?", "opened", "openings", COUNT),
    # (pupils put out of a school: "permanently excluded 96 pupils"; those named as people are read by
    # _DONE_TO_PEOPLE_BEFORE)
    (r"exclud(?:e|ed|es|ing)|expell?(?:ed|ing|s)?", "excluded|expelled", "exclusions", COUNT),
    # (things dug up or come upon: "unearthed 3,300 Roman coins", "discovered 14 new species")
    (
        r"unearth(?:ed|ing|s)?|dug\s+up|dig(?:s|ging)?\s+up|discover(?:ed|ing|s)?",
        r"unearthed|dug\s+up|discovered",
        "found",
        COUNT,
    ),
    (r"harvest(?:ed|ing|s)?", "harvested", "harvest", COUNT | AMOUNT),
    (r"produc(?:ed|es|e|ing)", "produced", "output", COUNT | AMOUNT),
    (
        r"pump(?:ed|s|ing)?|mined|mining|smelt(?:ed|s|ing)?|refin(?:ed|es|e|ing)",
        "pumped|mined|smelted|refined",
        "output",
        AMOUNT,
    ),
    (r"emit(?:ted|s|ting)?", "emitted", "emissions", AMOUNT),
    (r"consum(?:ed|es|e|ing)", "consumed", "consumption", AMOUNT),
)
_DEEDS = tuple((forms, name) for forms, _, name, kinds in _VERB_DEEDS if kinds & COUNT)
_AMOUNT_DEEDS = tuple((forms, name) for forms, _, name, kinds in _VERB_DEEDS if kinds & AMOUNT)
_DEED_PARTICIPLES = "|".join(told for _, told, _, kinds in _VERB_DEEDS if kinds & COUNT)
# The deeds the cross-references compare by the things done to (culled hens are birds, recalled SUVs vehicles); things
# cancelled are compared as such (a tally of their own, as relations.TALLIES reads them).
THING_DEEDS = frozenset(name for _, name in _DEEDS) - {"cancelled"}
_DEED = re.compile("|".join(f"(?P<d{i}>{p})" for i, (p, _) in enumerate(_DEEDS)), re.IGNORECASE)
_AMOUNT_DEED = re.compile("|".join(f"(?P<d{i}>{p})" for i, (p, _) in enumerate(_AMOUNT_DEEDS)), re.IGNORECASE)
_DEED_BEFORE = re.compile(
    r"\b(?P<verb>" + "|".join(p for p, _ in _DEEDS) + r")\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|"
    r"at\s+least|up\s+to|another|a\s+further|a\s+total\s+of|an\s+estimated|a\s+record)\s+)?$",
    re.IGNORECASE,
)
# (the deed's object: a plural noun phrase right after the figure, or a noun the same in the plural)
_PLURAL_NOUN_AHEAD = re.compile(r"\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]{2,}s\b")
_PLURAL_THING = r"(?:[a-z][\w’'-]{2,}s|[A-Z]{2,6}s|sheep|cattle|livestock|poultry|deer|swine|aircraft|geese|mice)"
_THINGS_AFTER = re.compile(r"\s+(?:[A-Za-z][\w’'-]*\s+){0,3}?" + _PLURAL_THING + r"\b")
_ADVERB = r"(?:now|already|also|since|so\s+far|[a-z]+ly)"
# Places a chain says will close, told after them with no object: "Forty-six branches of the chain will close", "300
# stores are to close".
_WILL_CLOSE_AFTER = re.compile(
    r"(?i)\s+(?:[\w’'-]+\s+){0,6}?(?:will|would|are\s+to|is\s+to|are\s+set\s+to|are\s+due\s+to)\s+(?:now\s+|also\s+)?"
    r"(?:close|shut)(?:\s+(?:down|for\s+good|permanently))?\b(?!\s+(?:the|a|an|its|their|\d))"
)
_DEED_AFTER = re.compile(
    # (or no noun: "3,400 homes had been damaged and 46 destroyed", "hundreds more damaged")
    r"(?:\s+(?:[A-Za-z][\w’'-]*\s+){0,3}?" + _PLURAL_THING + r"|\s+more)?\s+"
    # (a passive's auxiliaries, an adverb among them: "have now been cancelled", "were reportedly destroyed", "had to be
    # culled"; never "have destroyed", an active perfect with its own object)
    r"(?P<aux>(?:were|was|are|is|(?:are\s+|had\s+)?to\s+be|(?:have|has|had|will|would)\s+(?:"
    + _ADVERB
    + r"\s+)?(?:been|be)|"
    r"(?:(?:are|were)\s+)?being)\s+)?"
    r"(?:" + _ADVERB + r"\s+)?(?P<verb>" + _DEED_PARTICIPLES + r")\b",
    re.IGNORECASE,
)
# A participle with no auxiliary is a passive only with no object after it ("180,000 copies sold in its first week";
# not "40 trucks delivered 600 tonnes of aid", the trucks' own deed)
_OBJECT_NEXT = re.compile(
    r"\s+(?:[\d$€£¥]|(?:a|an|the|their|its|his|her|our|some|about|more|nearly|over|almost|around)\b)", re.IGNORECASE
)


def deed_done_to_things(text: str, start: int, end: int) -> str | None:
    """The family of what was done to the things the figure at ``text[start:end]`` counts, or None."""
    from corpus.extract.units import UNITS, singular, unit_after

    first = re.match(r"\s*([A-Za-z]+)", text[end : end + 30])
    if first is None or singular(first.group(1).lower()) in UNITS or unit_after(text, end):
        return None  # "sold 3 million barrels", "damaged 3,700 km of road": an amount of a stuff, no count of things
    verb = None
    if _THINGS_AFTER.match(text, end):
        verb = _DEED_BEFORE.search(text, max(0, start - 40), start)
    if verb is None:
        verb = _DEED_AFTER.match(text, end)
        if verb is not None and not verb.group("aux") and _OBJECT_NEXT.match(text, verb.end()):
            verb = None
    if verb is None and MODELS_AFTER.match(text, end) and _RECALL_BEFORE.search(text, max(0, start - 40), start):
        return "recalled"  # "is calling back about 332,000 Grand Cherokees": a recall of a model, named in capitals
    if verb is None:
        # "Forty-six branches of the chain will close": things a chain closes, told with no object
        return "closed" if _THINGS_AFTER.match(text, end) and _WILL_CLOSE_AFTER.match(text, end) else None
    deed = _DEED.fullmatch(re.sub(r"\s+", " ", verb.group("verb")))
    family = next(name for i, (_, name) in enumerate(_DEEDS) if deed.group(f"d{i}")) if deed else None
    if family == "closed" and _JOBS_AFTER.match(text, end):
        return None  # "will close about 1,100 roles": jobs cut, read by their noun, no places closed
    return family


# A model's name in the plural after the figure ("332,000 Grand Cherokees", "48,000 F-150s", "12,000 Model Ys"): the
# things a recall counts (only a recall's: "expelled 12 Russians" counts people).
MODELS_AFTER = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*s\b")
_RECALL_BEFORE = re.compile(
    r"(?i)\b(?:recall(?:ed|ing|s)?|call(?:ed|ing|s)?\s+back)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|"
    r"at\s+least|up\s+to|another|a\s+further)\s+)?$"
)
_JOBS_AFTER = re.compile(r"(?i)\s+(?:[a-z-]+\s+){0,2}?(?:jobs|roles|posts|positions|vacancies)\b")


# (an amount's verb before it: "harvested 14.1 million tonnes", "seized a record 2.1 tonnes", "pumped an average of
# 9.8 million barrels per day")
_AMOUNT_DEED_BEFORE = re.compile(
    r"(?i)\b(?P<verb>" + "|".join(forms for forms, _ in _AMOUNT_DEEDS) + r")\s+"
    r"(?:(?:a\s+record|an?\s+(?:average|estimated|total|combined)\s+of|a\s+total\s+of|about|around|some|nearly|"
    r"almost|roughly|more\s+than|over|up\s+to|just|only|another|a\s+further|an\s+estimated)\s+)*$"
)


# Illegal drugs, weighed, brought across a border: smuggled, never a trade's imports or exports ("The gang imported 900
# kilograms of heroin"). (A weight of them found stays its unit, as a find told again by its weight alone is: the
# cross-references compare a story's finds by the weight's unit.)
_DRUGS = (
    r"cocaine|heroin|cannabis|marijuana|methamphetamine|crystal\s+meth|meth|fentanyl|ecstasy|MDMA|amphetamines?|"
    r"ketamine|khat|opium|hashish|captagon|skunk|crack(?:\s+cocaine)?|(?:illegal\s+|illicit\s+)?drugs|narcotics"
)
_OF_DRUGS_AFTER = re.compile(r"(?i)\s+(?:[a-z]+\s+){0,2}?of\s+(?:[\w’'-]+\s+){0,2}?(?:" + _DRUGS + r")\b")
_DRUGS_SMUGGLED_BEFORE = re.compile(
    r"(?i)\b(?:smuggl(?:e|ed|es|ing)|traffick(?:ed|s|ing)?|import(?:ed|s|ing)?|export(?:ed|s|ing)?|ship(?:ped|s|ping)?|"
    r"brought\s+in|bring(?:s|ing)?\s+in|flown\s+in)\s+(?:(?:a\s+record|about|around|some|nearly|almost|roughly|"
    r"more\s+than|over|up\s+to|at\s+least|just|only|another|a\s+further|an\s+estimated|a\s+total\s+of)\s+)*$"
)


# Drugs found are drugs seized: "Police found 320 kilograms of cocaine", "2.3 tonnes of cocaine was found in a lorry"
# (police find them to take them; "found 320 kilograms of scrap metal" is no seizure).
_FOUND = r"f(?:ind|ound)(?:s|ing)?|discover(?:ed|s|ing)?|uncover(?:ed|s|ing)?|intercept(?:ed|s|ing)?|confiscat(?:ed|es|e|ing)"
_DRUGS_FOUND_BEFORE = re.compile(
    r"(?i)\b(?:" + _FOUND + r")\s+(?:(?:a\s+record|about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to|"
    r"at\s+least|just|only|another|a\s+further|an\s+estimated|a\s+total\s+of)\s+)*$"
)
_FOUND_AFTER = re.compile(
    r"(?i)\s+(?:[\w’'-]+\s+){0,4}?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:later\s+|also\s+)?(?:"
    + _FOUND
    + r")\b"
)


def deed_done_to_stuff(text: str, start: int, end: int | None = None) -> str | None:
    """The family of what was done to the amount of a good (by mass or volume) at ``text[start:end]``, named by the verb
    right before it ("seized 1.4 tonnes of cocaine": seized), or None."""
    drugs = _OF_DRUGS_AFTER.match(text, end) if end is not None else None
    if drugs and _DRUGS_SMUGGLED_BEFORE.search(text, max(0, start - 50), start):
        return "smuggled"
    if drugs and (_DRUGS_FOUND_BEFORE.search(text, max(0, start - 50), start) or _FOUND_AFTER.match(text, drugs.end())):
        return "seized"
    verb = _AMOUNT_DEED_BEFORE.search(text, max(0, start - 60), start)
    if verb is None:
        return None
    deed = _AMOUNT_DEED.fullmatch(re.sub(r"\s+", " ", verb.group("verb")))
    return next(name for i, (_, name) in enumerate(_AMOUNT_DEEDS) if deed.group(f"d{i}")) if deed else None


# What the people counted are in, told right after them: across a border or seeking refuge (refugees), out of work,
# sleeping rough, in need of aid, facing hunger ("More than 1,200 people crossed into Poland", "with 1.7 million people
# out of work", "left 450,000 people in need of food aid", "2.1 million people face acute food insecurity").
_STATE_OF_PEOPLE_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:(?:have|has|had|are|were|is|was|remain|remained)\s+)?"
    r"(?:(?:now|already|so\s+far|also|still)\s+)?(?:been\s+)?"
    r"(?:(?P<crossed>crossed\s+(?:the\s+border\s+)?into\s+[A-Z])|(?P<refugees>(?:registered|recorded)\s+as\s+refugees|"
    r"(?:sought|seeking|claimed|applied\s+for)\s+(?:refuge|asylum))"
    r"|(?P<unemployed>out\s+of\s+work\b|unemployed\b|without\s+(?:a\s+)?(?:jobs?|work)\b)"
    # "600 million people watching on television", "4 million viewers tuned in": a broadcast's audience
    r"|(?P<audience>(?:watch(?:ed|ing)|tun(?:ed|ing)\s+in)\b(?!\s+(?:as|while|in\s+horror)\b))"
    r"|(?P<rough>sleeping\s+(?:rough|on\s+the\s+streets?)\b)"
    r"|(?P<aid>in\s+(?:urgent\s+|desperate\s+|dire\s+)?need\s+of\s+(?:[a-z]+\s+)?(?:aid|assistance|help)\b)"
    r"|(?P<hunger>fac(?:e|es|ed|ing)\s+(?:acute\s+|severe\s+|extreme\s+)?(?:hunger|food\s+insecurity|famine|"
    r"starvation)\b)"
    # "1,900 families are on the waiting list", "patients waiting for surgery", "waiting for a council flat"
    r"|(?P<waiting>on\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?waiting\s+lists?\b|waiting\s+for\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:homes?|flats?|houses?|housing|treatment|surgery|operations?|transplants?|beds?)\b)"
    # "put 14,200 people in hospital", "40 patients are in hospital" (not "in hospitals", where staff work)
    r"|(?P<hospital>in\s+(?:a\s+|the\s+)?hospital\b(?!\s+(?:beds?|staff|wards?|car\s+parks?)))"
    # "forced 6,500 people into emergency shelters", "210,000 people remain in shelters": those made homeless
    # (those taken in or staying there: "into shelters", "remain in shelters", "living in camps"; not "claimed 112 lives
    # in the camps", where the dead were)
    r"|(?P<shelter>(?:into|(?:remain(?:s|ed)?|are|were|is|was|now|still|living|sheltering|staying|housed|sleeping)\s+in)\s+"
    r"(?:the\s+)?(?:emergency\s+|temporary\s+|evacuation\s+|relief\s+|government\s+)?"
    r"(?:shelters|camps|evacuation\s+cent(?:re|er)s|relief\s+camps)\b))",
)
_STATE_OF_PEOPLE = {
    # (who "crossed into" a country fled across its border: the cross-references count them with those who "fled
    # into" it and "crossed from" another country "into" it; "refugees" are those the words call so)
    "crossed": "displaced",
    "refugees": "refugees",
    "unemployed": "unemployed",
    "rough": "rough sleeping",
    "aid": "in need of aid",
    "hunger": "food insecurity",
    "waiting": "waiting list",
    "hospital": "hospitalised",
    "shelter": "displaced",
    "audience": "audience",
}
# The families of those states, read of a count of people by whatever words say they are in one.
STATES_OF_PEOPLE = frozenset(_STATE_OF_PEOPLE.values())
_AND_ANOTHER_VERB = re.compile(r"\s*(?:and|but|while|as)\s+$", re.IGNORECASE)
# An object after an outcome verb makes it a verb of its own clause ("seized 30 hostages and killed two of them").
_OBJECT_AFTER = re.compile(
    r"\s+(?:(?:a|an|the|its|their|his|her|at\s+least|more\s+than|about|some|nearly|around|almost|over|up\s+to|"
    r"dozens|scores|hundreds|thousands|several|many)\b|\d|(?:"
    + "|".join(sorted({*UNITS, *TENS} | {"ten", "eleven", "twelve"}))
    + r")\b)",
    re.IGNORECASE,
)


# A figure of things that did the harm is not of those harmed: "One attack in June killed 24 people", "Two
# bombs wounded at least 30": an active verb with its object after it, and the noun the figure counts between the
# figure and the verb ("Five people were killed the day before" is passive; "3 killed 2 injured" has no noun).
_AGENT_OUTCOMES = frozenset(
    "killed wounded injured hurt captured arrested detained rescued evacuated displaced affected trapped".split()
)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|be|is|are|get|gets|got|getting)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)
# (a noun first, what the figure counts: "one on Sulawesi in June killed 24" names no thing of its own)
_WORD_FIRST = re.compile(
    r"^\s*(?!(?:on|in|at|of|from|by|for|with|to|and|or|but|who|which|that|was|were|is|are|has|have|had)\b)[a-z]",
    re.IGNORECASE,
)


def _did_harm(clause_after: str, outcome: re.Match[str]) -> bool:
    return (
        outcome.group("outcome").lower() in _AGENT_OUTCOMES
        and _WORD_FIRST.match(clause_after, 0, outcome.start("outcome")) is not None
        and not _PASSIVE_BEFORE.search(clause_after, 0, outcome.start("outcome"))
        and _OBJECT_AFTER.match(clause_after, outcome.end("outcome")) is not None
    )


def measure_for(text: str, start: int, end: int, unit: str | None) -> tuple[str | None, str | None]:
    """Return ``(measure, unit)`` for the figure at ``text[start:end]``."""
    after = text[end : end + 90].lstrip("”\"’'")
    clause_end = _NEXT_CLAUSE.search(after)
    clause_after = after[: clause_end.start()] if clause_end else after
    aside = _ASIDE.match(after, clause_end.start()) if clause_end and unit in (None, "people") else None
    if aside is not None:
        # "Three people, including two children, were killed": the group's verb comes after the aside about it
        at = end + len(text[end : end + 90]) - len(after) + aside.end()
        rest = text[at : at + 90]
        rest_end = _NEXT_CLAUSE.search(rest)
        clause_after = clause_after + " " + (rest[: rest_end.start()] if rest_end else rest)
    before = text[max(0, start - 60) : start]
    if unit is None and _BENEFIT_AFTER.match(clause_after):
        # "Around 3.3 million households would benefit from the rebate", "6.2 million workers stand to gain": those a
        # measure reaches, as a report of them by any noun is compared (not the group they are of)
        return "beneficiaries", unit
    if unit == "percent":
        said_of = _PERCENT_SAID_OF.match(after)
        if said_of:
            # "was 81% effective": a vaccine's efficacy; "is 40% contained": a fire's containment (no share of a group)
            return ("containment" if said_of.group(1).lower() == "contained" else "efficacy"), unit
        levy = _LEVY_AFTER.match(after) or _LEVY_BEFORE.search(text[max(0, start - 60) : start])
        if levy:
            # "a 145% tariff", "raise the tariff to 125 percent": the rate of what is levied
            from corpus.extract.units import singular

            return f"{singular(levy.group('levy').lower())} rate", unit  # ("duties": duty rate)
        if _OF_OUTPUT.match(after):
            # "a deficit of 3.4% of GDP", "debt will fall to 94% of gross domestic product": the deficit or debt
            # measured against the economy's output, never a share of a group ("gross" is no plural)
            nouns = list(_OUTPUT_MEASURE.finditer(text[max(0, start - 90) : start]))
            return (f"{nouns[-1].group(1).lower()} to gdp" if nouns else "share of gdp"), unit
        level = _OUTPUT_LEVEL_BEFORE.search(text, max(0, start - 70), start)
        if level is not None:
            # "estimated the deficit would be 3.1% next year", "cut the deficit to 2.9%": a deficit or a debt in
            # percent is of the economy's output (not "the deficit rose 5%", a move of it)
            return f"{level.group('noun').lower()} to gdp", unit
        if _OF_THE_VOTE.match(after):
            return "vote share", unit  # "took 36.2% of the vote", "41% of votes cast": a share of the vote
        noun_after = _PERCENT_NOUN_AFTER.match(after) if _DETERMINER_BEFORE_PERCENT.search(before) else None
        if noun_after and noun_after.group("noun").lower() not in _NOT_A_PERCENT_NOUN:
            return noun_after.group("noun").lower(), unit  # "a 40% haircut on its bonds", "bought a 30% stake in"
        of = _NOUN_OF_PERCENT_BEFORE.search(text, max(0, start - 60), start)
        if of and of.group("noun").lower() not in _NOT_A_PERCENT_NOUN and not is_plural(of.group("noun")):
            kind = (of.group("kind") or "").lower()
            kind_named = bool(kind) and not _ADJECTIVE.search(kind) and kind not in _DESCRIBING
            # "a load factor of 91%", "a bonus of up to 150%": what the percentage is
            return (f"{kind} {of.group('noun').lower()}" if kind_named else of.group("noun").lower()), unit
        if _OF_VOTERS_WHO_VOTED.match(after):
            return "turnout", unit  # "Only 58% of eligible voters took part", "29% of the electorate voted"
        if _BORROWING_COSTS_BEFORE.search(text, max(0, start - 60), start):
            return "interest rate", unit  # "Rate-setters held borrowing costs at 3.75%": a bank's rate by its effect
        whole = _SHARE_OF_A_WHOLE.match(after)
        if whole:
            return f"share of {whole.group('whole').lower()}", unit
        on_time = _ON_TIME_AFTER.match(after)
        if on_time:
            # "61% of trains arrived on time": how punctual a service ran, of all its runs (a train's punctuality is
            # never compared with a flight's)
            from corpus.extract.units import singular

            return f"{singular(on_time.group('runs').lower())} punctuality", unit
        share = _SHARE_OF.match(after)
        if share:
            # "85% of teachers had joined the strike": a share of a stated group, comparable across reports.
            return f"share of {share.group('group').lower()}", unit
        whole_share = _SHARE_OF_A_SINGULAR_WHOLE.match(after)
        if (
            whole_share
            # ("lost 3.2% of their volume": a fall, no share)
            and not _LOST_OR_GAINED_BEFORE.search(text, max(0, start - 30), start)
            and whole_share.group("whole").lower() not in _NOT_A_WHOLE
            and not _ADJECTIVE.search(whole_share.group("whole"))
        ):
            return f"share of {whole_share.group('whole').lower()}", unit  # "about 6% of its workforce"
        if _CHANCE_AFTER.match(after) or _CHANCE_BEFORE.search(text, max(0, start - 70), start):
            return "probability", unit  # "a 1.2% chance of striking Earth", "put the odds of a recession at 35%"
        rate = _RATE_BEFORE.search(text[max(0, start - 80) : start])
        noun = rate.group("noun").lower() if rate else None
        if noun in _DETERMINERS or noun in _PREPOSITIONS or (noun and _MOVES_A_RATE.fullmatch(noun)):
            # "raised its rate to 4.5%", "held rates at 4.5%", "lower rates", "a rise in rates to 4%" (a preposition
            # names no rate)
            return "rate", unit
        if noun:
            return f"{_RATE_SYNONYMS.get(noun, noun)} rate", unit
        turnout = _TURNOUT_BEFORE.search(text[max(0, start - 60) : start])
        if turnout:
            return "turnout", unit  # "put participation at about 80%"
        return "share", unit
    if unit in ("celsius", "fahrenheit"):
        return "temperature", unit  # "46.2C" as "46 degrees Celsius": a temperature, whichever way it is written
    if unit is not None and is_money(unit):
        if unit.endswith(" per hour") and _EARNS_BEFORE.search(text, max(0, start - 50), start):
            # "Care workers will be paid at least £12.90 an hour", "earn no less than C$19.25 per hour": a payment per
            # its time, as "earns £900 a week" is (the hour was read as no period)
            return "payment per period", unit
        if unit.endswith(" per share") and _EARNINGS_BEFORE.search(text, max(0, start - 80), start):
            # "net income of $2.3bn, or $1.12 per diluted share", "earnings were 94 cents a share": a company's
            # earnings per share, never a price of its shares nor its whole profit
            return "earnings per share", unit
        per = _MONEY_AFTER.match(_strip_period(after))
        period = _PERIOD_AFTER.match(after)
        if per and per.group("who"):
            return "payment per person", unit
        if period:
            # a sum per a time named by what it is ("rents ... to £2,252 a month", "to save £80m a year") is that
            named_per = (
                _money_verb_family(text, start, end) or _sum_named_after(text, start, end) or _named_sum(text, start)
            )
            if named_per and named_per not in ("payment", "price"):
                return named_per, unit
            if _CONTRACT_WORTH_BEFORE.search(text, max(0, start - 80), start):
                return "salary", unit  # "signed a contract worth £300,000 a week": what the player is paid
            if _BY_THE_MONTH_OR_WEEK.fullmatch(period.group("period")) and _rented_home(
                _sentence_around(text, start, end)
            ):
                # "Renting a small flat costs €1,400 a month", "Tenants pay €1,580 a month for a one-bedroom flat": what
                # a home costs by the month or the week is its rent (not a mortgage's repayment)
                return "rent", unit
            return "payment per month" if "month" in period.group("period").lower() else "payment per period", unit
        window = max(0, start - 60)
        told = _WHICH_WAS.search(text, window, start)
        # "fined up to 4% of its turnover, which was €9.3 billion": the sum the clause tells is the turnover's
        transfer = _transfer_fee(text, start, end)
        if transfer:
            return transfer, unit  # "his £86m move", "a fee of £38m for the winger", "€10m in add-ons"
        paid = _IN_WHAT_IT_PAID.match(text, end)
        if paid:
            # "paid 450 million pounds in dividends", "$12m in damages": what the sum was, whatever is near it
            # ("cost it €25m in lost revenue": a loss)
            if paid.group("lost"):
                return "loss", unit
            if (paid.group("kind") or "").lower() == "punitive" and paid.group("what").lower() == "damages":
                return "punitive damages", unit  # "$40 million in punitive damages": a part of the award
            return _SUM_PAID_AS.get(re.sub(r"\s+", " ", paid.group("what").lower()), "amount"), unit
        if _WIPED_OFF_BEFORE.search(text, max(0, start - 40), start) and _OFF_A_VALUE_AFTER.match(text, end):
            # "wiping $90bn off the group's market value": what a fall took off a value, never the value itself
            return "market value lost", unit
        if _BRIBES_BEFORE.search(text, max(0, start - 50), start):
            return "bribes", unit  # "took bribes worth £120,000", "bribes totalling $2m"
        if _DEFRAUDED_BEFORE.search(text, max(0, start - 80), start):
            return "fraud", unit  # "fraudsters fleeced victims of £212 million", "cheated savers out of $95m"
        if _AWARDED_BEFORE.search(text, max(0, start - 50), start) and _AWARDING_BODY.search(text, 0, start):
            return "damages", unit  # "A jury awarded the widow $12 million": what a court or a jury awards
        if _TO_SETTLE_AFTER.match(text, end):
            return "settlement", unit  # "agreed to pay $1.4 billion to settle the claims": what ends a claim or a suit
        named = _money_verb_family(text, start, end) or _sum_named_after(text, start, end) or _named_sum(text, start)
        if named:
            return named, unit
        if (
            _BOX_OFFICE.search(text, max(0, start - 100), end + 60)
            or (_FILM_TAKINGS.search(text, window, start) and _FILM.search(text))
            or _GROSSED.search(text, window, start)
        ):
            return "box office", unit  # "The sequel took $88m in its opening weekend": what a film took
        if priced_per(unit):
            return "price", unit  # "$74.20 a barrel", "151.4p a litre", "€340 a night": what a unit of it costs
        if _ONE_COSTS.search(text, window, start) and not _TO_BUILD.match(text, end):
            return "price", unit  # "A dozen eggs now costs $4.95", "a pint costs £5.10": what one of a thing costs
        if _CHARGES_BEFORE.search(text, window, start) and _FOR_A_THING.match(text, end):
            # "The bistro charges £95 for its tasting menu", "A collector paid $41 million for the sculpture": what one
            # asks or gives for a thing
            return "price", unit
        if _TO_BUILD.match(text, end) and _COSTS_BEFORE.search(text, window, start):
            return "cost", unit  # "The bridge will cost about $3.1bn to build": what making it costs
        if _WORK_COSTS.search(text, window, start):
            # "repairs would cost €3.2 million", "the upgrade will cost about $40m": what doing it costs
            return "cost", unit
        if _COST_SOMEONE.search(text, window, start):
            return "cost", unit  # "The storm cost the insurer $320 million", "costing the health service £2.3bn"
        if _THE_THING_COSTS.search(text, max(0, start - 90), start) and not _TO_BUILD.match(text, end):
            # "The new model costs $799", "has a 6.1-inch screen and costs $649": what the thing sells for (a work's
            # or a project's cost is read above, a sum a thing costs someone too)
            return "price", unit
        if _COST_IN_THE_PAST_BEFORE.search(text, window, start):
            # "The tunnel is 57 kilometres long and cost €9 billion", "the plant, costing £4bn,": what a work cost
            # (what one thing sells for is read above)
            return "cost", unit
        if _RAISED_BEFORE.search(text, window, start) and _CHARITY.search(text, max(0, start - 120), end + 60):
            return "donations", unit  # "The charity raised £1.8m", "raising R3.2 million for charity"
        priced = property_of(text, start)
        if priced:
            head = priced.split()[-1].lower()
            if head in COMMODITIES and len(priced.split()) <= 2:
                return "price", unit  # "Silver hit $48.20", "Ether dropped to $2,310": what the market prices it at
            if head in CURRENCY_NAMES and len(priced.split()) <= 2 and not unit.startswith(CURRENCY_NAMES[head]):
                return "exchange rate", unit  # "The pound rose half a cent to $1.284", "the euro slipped to $1.082"
        purpose = _money_purpose(text[told.start() if told else window : end + 60])
        if purpose == "amount" and (of := _NOUN_OF_SUM_BEFORE.search(text, window, start)):
            noun, kind = of.group("noun").lower(), (of.group("kind") or "").lower()
            if noun not in _NOT_A_SUM_NAME and not is_plural(noun):
                # "Motorists face a toll of €14.50", "a confiscation order of £1.3m": what it is (with the noun before
                # it that names its kind, not a word that only describes it: "a new toll")
                kind_named = bool(kind) and not _ADJECTIVE.search(kind) and kind not in _DESCRIBING
                return (f"{kind} {noun}" if kind_named and not is_plural(kind) else noun), unit
        return purpose, unit
    if _MARGIN_BEFORE.search(text, max(0, start - 50), start) and not (
        _MAJORITY_OF.search(text, max(0, start - 40), start) and (unit is not None or _PLURAL_NOUN_NEXT.match(after))
    ):
        return "margin", unit  # "won the seat by 412 votes", "a winning margin of 3.1 points", "lost by 20 runs"
    if unit is None or unit in _SUPPLIED:
        if cut := _POWER_CUT_BEFORE.search(text, max(0, start - 60), start):
            if not re.search(r"(?i)power|electric", cut.group(0)) and _OTHER_SERVICE_AFTER.match(after):
                return "affected", unit  # "The outage hit 2.3 million broadband customers": no power cut
            return "without power", unit  # "cut power to 9,000 homes"
        without = _WITHOUT_SUPPLY_AFTER.match(clause_after) or _NUMBER_WITHOUT_SUPPLY_BEFORE.search(
            text, max(0, start - 140), start
        )
        if without:
            # "leaving 180,000 homes without electricity", "12,000 households lost their gas supply"
            supply = re.sub(r"\s+", " ", without.group("supply").lower())
            return f"without {_SUPPLY_FAMILY.get(supply, supply)}", unit
        if _POWER_RESTORED_BEFORE.search(text, max(0, start - 60), start):
            return "power restored", unit  # "had reconnected more than 140,000 customers"
    label = _OUTCOME_LABEL.search(text, max(0, start - 30), start)
    if label and unit is None:
        # a fact box: "Deaths: 1,204", "Injured: 3,400", "Missing: 12"
        return _OUTCOME_MEASURE[label.group("label").lower()], "people"
    among = _AMONG_THE_HURT.search(text, max(0, start - 120), start) if unit is None else None
    if among and _a_list_of_figures(among.group("gap")):
        # "Among the dead were 14 Nepalis, nine Indians and three Sri Lankans", "the injured included two
        # children": who they were, among those the outcome names
        return _OUTCOME_MEASURE[among.group("outcome").lower()], "people"
    counted_before = _NUMBER_OF_BEFORE.search(text[max(0, start - 120) : start])
    if counted_before:
        # "The number of people killed in Saturday's strike has risen to 34", "put the number of miners trapped at 14".
        return _outcome(counted_before.group("outcome")) or counted_before.group("outcome").lower(), "people"
    placed = _OUTCOME_AFTER_A_PLACE.match(clause_after)
    if placed and not _ANOTHER_FIGURE.search(clause_after, 0, placed.start("outcome")):
        return _outcome(placed.group("outcome")) or placed.group("outcome").lower(), "people"
    part_outcome = _PART_OUTCOME.match(clause_after)
    if part_outcome:
        # "seven of the wounded died": what happened to them, not the group they came from.
        return _outcome(part_outcome.group("outcome")) or "killed", "people"
    if _HURT_WHO_DIED.match(clause_after):
        return "killed", "people"
    if _BODIES_AFTER.match(clause_after):
        return "killed", "people"  # "four bodies were recovered": the dead ("three regulatory bodies" are not)
    if unit is None and _WAITING_BEFORE.search(text[max(0, start - 140) : start]):
        return "waiting list", "people"
    if unit is None and (jobless := _UNEMPLOYED_BEFORE.search(text[max(0, start - 120) : start])):
        # "the number of people out of work fell to 7.42 million" (a move "by 62,000" keeps no unit of people: the
        # number is the change of a count)
        return "unemployed", (None if jobless.group("by") else "people")
    toll = _TOLL_BEFORE.search(text[max(0, start - 120) : start])
    if toll:
        return ("wounded" if re.search(r"injur|wound", toll.group("what"), re.IGNORECASE) else "killed"), "people"
    moved = _EVACUATION_OF.search(text, max(0, start - 40), start) if unit is None else None
    moved_noun = _NOUN_AFTER.match(clause_after) if moved else None
    if moved and (moved_noun is None or _noun_class(moved_noun.group("noun"), "") == "people"):
        # "forcing the evacuation of about 300", "the evacuation of 1,200 people": those moved out
        return "evacuated", "people"
    if _HOLDS_BEFORE.search(text, max(0, start - 40), start) and _VENUE_OR_CRAFT.search(
        text, max(0, start - 120), start
    ):
        return "capacity", unit  # "the stadium, which holds 52,000", "The A380 can seat up to 853 passengers"
    if _TRIAL_OF_BEFORE.search(text, max(0, start - 40), start):
        return "participants", "people"  # "in a trial of 9,400 volunteers", "a study involving 820 patients"
    if _SOUGHT_BEFORE.search(text, max(0, start - 40), start) and _SEARCH_AND_RESCUE.search(
        _sentence_around(text, start, end)
    ):
        sought = _NOUN_AFTER.match(clause_after) or _SOUGHT_PEOPLE.match(clause_after)
        if unit is None and (
            (sought is None and _NOTHING_COUNTED_AFTER.match(after))
            or (
                sought is not None
                and sought.group("noun").lower() not in ("casualties", "deaths", "dead", "fatalities")
            )
        ):
            # "Rescuers are still searching for 14 people", "divers searched for six fishermen after the boat sank":
            # those not yet found are the missing (not "police are hunting for two men": no rescue is told)
            return "missing", "people"
    noun = _NOUN_AFTER.match(clause_after)
    if noun and (
        _COORDINATED_CLAUSE.search(clause_after, 0, noun.start("noun"))
        or _ANOTHER_FIGURE.search(clause_after, 0, noun.start("noun"))
    ):
        noun = None  # "87 cases and two deaths": the deaths are the other figure's
    if noun and _NEGATED_OUTCOME.search(clause_after, 0, noun.start("noun")):
        noun = None  # "damaged 40 homes without any injuries": casualties the words deny are no one's count
    lowered = clause_after.lower()
    outcome = (
        (_CASUALTY_AFTER.match(clause_after) or _OUTCOME_AFTER.match(clause_after))
        if any(stem in lowered for stem in _OUTCOME_STEMS)
        else None
    )
    if (
        outcome is not None
        and outcome.re is _CASUALTY_AFTER
        and _ANOTHER_FIGURE.search(clause_after, 0, outcome.start("outcome"))
        and (own := _OUTCOME_AFTER.match(clause_after)) is not None
        and own.start("outcome") < outcome.start("outcome")
        and not _ANOTHER_FIGURE.search(clause_after, 0, own.start("outcome"))
    ):
        # "23 people were arrested and six officers were injured": the injured are the next figure's, the arrest is
        # this one's own outcome, nearer it
        outcome = own
    if outcome and (
        _ANOTHER_FIGURE.search(clause_after, 0, outcome.start("outcome"))
        or _AND_ANOTHER_VERB.match(clause_after, 0, outcome.start("outcome"))
        or (
            _AND_ANOTHER_VERB.search(clause_after, 0, outcome.start("outcome"))
            and (_VERB_BEFORE.search(before) or _OBJECT_AFTER.match(clause_after, outcome.end("outcome")))
        )
    ):
        # "killed 12 and injured dozens": the injured are the next figure's; "killed two soldiers and wounded
        # five others", "arrested 12 people and injured three": the outcome after "and" is another verb's, the
        # verb before the figure is its own
        outcome = None
    if outcome and _NEGATED_OUTCOME.search(clause_after, 0, outcome.start("outcome")):
        # "14 cases of the virus but no deaths", "12 people were trapped, but no one was hurt": an outcome the words
        # deny befell no one, least of all the figure's own
        outcome = None
    if outcome and (noun is None or noun.start("noun") > outcome.start("outcome")) and _did_harm(clause_after, outcome):
        outcome = noun = None  # "One attack in June killed 24 people": the attack did it, the 24 are the dead
    counted = _noun_class(noun.group("noun"), clause_after[: noun.start("noun")], before) if noun else None
    result = _outcome(outcome.group("outcome")) if outcome else None
    if counted in ("killed", "wounded", "casualties"):
        return counted, "people"
    if result and result != "deployed":
        return result, "people"
    if (
        result is None
        and unit is None
        and (_WALKOUT_AFTER.match(clause_after) or _STRIKE_BY_BEFORE.search(text, max(0, start - 40), start))
        and not _SPAN_AFTER.match(clause_after)  # "ending a strike of more than seven weeks": how long, not who
    ):
        return "strikers", "people"  # "Some 7,500 dock workers walked out", "a strike by 3,000 cleaners"
    if result is None and counted == "people" and _ARRIVED_AFTER.match(clause_after):
        # "1,195 migrants crossed the Channel", "some 800 people arrived on the island": those who arrived
        return "arrivals", "people"
    if (
        (noun is None or counted == "people")
        and _MADE_TO_LEAVE_BEFORE.search(before)
        and _TO_LEAVE_AFTER.match(clause_after)
    ):
        return "evacuated", "people"  # "forced about 2,000 residents to leave", "ordered 300 people to evacuate"
    if (noun is None or noun.group("noun").lower() in ("people", "persons")) and _WORKFORCE_BEFORE.search(before):
        # "a workforce of 1,200", "employs roughly 8,500 people": its workers, as "8,500 employees" are (what
        # "employs 1,200 pilots" counts is named)
        return "workers", unit if noun is None else "people"
    verb = _VERB_BEFORE.search(before)
    first_verb = verb
    while verb and (closer := _VERB_BEFORE.pattern.search(before, verb.end("verb"))):
        verb = closer  # "killed two and arrested 14": the verb nearest the figure governs it
    if verb and _CONJUNCTION.search(before, verb.end("verb")):
        verb = None  # "400 people were injured and 1,200 buildings were damaged": the verb was the clause before's
    if verb and first_verb and _KILLED_AND_WOUNDED.search(before[first_verb.start("verb") :].lower()):
        return "casualties", "people"  # "killed or wounded 40 people"
    if verb and _NO_ONE_HARMED.match(clause_after):
        verb = None  # "killed 300 jobs", "kills the deal": things a verb of harm ends, no one it harms
    if verb:
        v = verb.group("verb").lower()
        measure = next((m for stem, m in _VERB_MEASURE if v.startswith(stem)), None)
        if measure:
            return measure, "people"
    if _LIVES_AFTER.match(after) and _CLAIMED_BEFORE.search(before):
        return "killed", "people"  # "Cholera has now claimed 112 lives", "the crash cost 14 lives"
    if (
        result is None
        and counted in ("workers", "people")
        and (
            _DISMISSED_BEFORE.search(before) or (noun is not None and _DISMISSED_AFTER.match(clause_after, noun.end()))
        )
    ):
        # "will lay off 780 workers", "sacked 900 staff", "1,200 employees will be made redundant": the jobs cut, as
        # "cut 780 jobs" counts them
        return "jobs", "people"
    if (
        result is None
        and counted in (None, "people", "workers")
        and (done := _DONE_TO_PEOPLE_BEFORE.search(text, max(0, start - 40), start))
    ):
        # "Detectives charged 14 people", "swapped 260 prisoners", "has infected 94 children": what was done to
        # them names the count (those infected are an outbreak's cases)
        verb_done = done.group("verb").lower()
        # (prisoners swapped are named as people: "swapped 40 letters" counts no one)
        if counted is not None or not verb_done.startswith(("swap", "exchang")):
            return next(family for stem, family in _DONE_TO_PEOPLE if verb_done.startswith(stem)), "people"
    if (
        result is None
        and counted in (None, "people")
        and _DROVE_BEFORE.search(before)
        and _OUT_OF_AFTER.match(clause_after, noun.end() if noun else 0)
    ):
        return "displaced", "people"  # "Rising waters drove 52,000 people out of riverside neighbourhoods"
    if (
        result is None
        and counted in (None, "people", "workers")
        and _TO_SAFETY_AFTER.match(clause_after, noun.end() if noun else 0)
    ):
        return "rescued", "people"  # "Rescuers pulled 17 miners to safety", "led 40 children to safety"
    if counted == "troops" and (
        _RECRUITED_BEFORE.search(before) or (noun is not None and _RECRUITED_AFTER.match(clause_after, noun.end()))
    ):
        # "The army recruited 8,100 soldiers", "4,000 sailors were enlisted": those taken on, no troops sent anywhere
        return "recruits", "people"
    if counted == "troops":
        deployed = result == "deployed" or verb or _DEPLOY_WORDS.search(text)
        return ("troops deployed" if deployed else "troops"), "people"
    if counted == "workers":
        return "workers", "people"
    if (
        (noun is None or counted == "people")
        # ("About 3,000 officers took part in the raids": those who carried out an operation, no crowd)
        and not (noun is not None and _OPERATION_NOUN.fullmatch(noun.group("noun")))
    ) and (
        _CROWD_BEFORE.search(before)
        or (
            (
                _CROWD_AFTER.match(clause_after, noun.end() if noun else 0)
                or _CROWD_FILLED_AFTER.match(clause_after, noun.end() if noun else 0)
                or _JOINED_GATHERING.match(after, noun.end() if noun else 0)
            )
            and _CROWD_SUBJECT_BEFORE.search(before)
        )
    ):
        # "a crowd of 48,000", "police put the turnout at 25,000", "60,000 people joined the march", "about 300
        # marched": how many came, the family the cross-references compare a gathering's reports by (the unit as
        # before: people where a noun or a verb of coming says so, none after "a crowd of")
        said_people = counted == "people" or (noun is None and _CROWD_AFTER.match(clause_after))
        return "turnout", ("people" if said_people else unit)
    if counted == "people":
        if (result != "deployed" and _CARRYING_BEFORE.search(before)) or (
            # ("had 40 people on board when it sent a distress call": aboard, whatever was sent after)
            noun is not None and _ABOARD_AFTER.match(clause_after, noun.end())
        ):
            return "passenger", "people"  # "was carrying more than 300 people", "212 people on board": its passengers
        state = _STATE_OF_PEOPLE_AFTER.match(clause_after, noun.end() if noun else 0) if result is None else None
        if state:
            # "More than 1,200 people crossed into Poland overnight" (displaced, as the cross-references count those
            # who fled across a border), "with 1.7 million people out of work" (unemployed), "3,900 people sleeping rough"
            return _STATE_OF_PEOPLE[next(name for name, group in state.groupdict().items() if group)], "people"
        return (("people " + result) if result == "deployed" else "people"), "people"
    if _HOMES_AFTER.match(after) and (built := _HOMES_BUILT_BEFORE.search(before)):
        # "Builders started work on 31,200 homes", "completed 38,500 new homes": the housing market's starts and
        # completions, never a count of homes a disaster destroyed or a council owns
        return ("housing starts" if built.group("started") else "housing completions"), unit
    if _POINTS_AFTER.match(after) and _SCORED_BEFORE.search(before):
        return "points", unit  # "Okoye scored 31 points", "after conceding 14 points": points of a game
    if unit is None and (deed := deed_done_to_things(text, start, end)):
        return deed, unit  # "destroyed 12,000 homes", "culled 2.7 million hens", "180,000 copies sold"
    if unit is None and result is None and _CUT_OFF_AFTER.match(clause_after):
        return "affected", unit  # "knocked 3 million users offline", "left 2.4 million customers unable to call"
    if unit is None and noun is None and result is None and _PLURAL_NOUN_AHEAD.match(clause_after):
        state = _STATE_OF_PEOPLE_AFTER.match(clause_after)
        if state:
            # "Some 1,900 families are on the waiting list", "4,000 patients waiting for surgery": what those the
            # figure's own noun counts are in, as for people
            return _STATE_OF_PEOPLE[next(name for name, group in state.groupdict().items() if group)], unit
    if unit is None and (jobs := _jobs_cut_or_added(text, start, end, clause_after)):
        return jobs, unit
    unit_word = _UNIT_AFTER.match(after)
    if unit_word:
        word = re.sub(r"[\s-]+", " ", unit_word.group("unit").lower())
        if word in ("percentage point", "basis point"):
            return f"{word}s", word  # "1 percentage point" is measured as "0.5 percentage points" is
        if word == "degrees" and _HEAT_WORDS.search(text, max(0, start - 120), end + 60):
            return "temperature", word  # "Temperatures hit 40 degrees" (not "The car turned 180 degrees")
        if word == "times" and (act := _ACT_DONE_TIMES.search(text, max(0, start - 40), start)):
            return _ACT_COUNTED[act.group("act").lower()], word  # "The clip was viewed 14 million times": views
        return (word if word != "times" else "ratio"), word
    if unit is None and _CROWD_AFTER.match(after) and _CROWD_SUBJECT_BEFORE.search(before):
        return None, "people"  # "nearly 2,000 turned out", "about 300 marched": people, though unnamed
    return None, unit


# Points a player or a team scored or let in (not an index's or a poll's points, which rise, fall or lead).
_POINTS_AFTER = re.compile(r"(?i)^\s*points?\b")
_SCORED_BEFORE = re.compile(
    r"(?i)\b(?:scor(?:ed|es|e|ing)|conced(?:ed|es|e|ing)|(?:pour(?:ed|s|ing)|rack(?:ed|s|ing))\s+(?:in|up)|tallied|"
    r"finish(?:ed|es|ing)\s+with)\s+(?:(?:a\s+)?(?:game|season|career|team|match)-(?:high|best)\s+|just\s+|only\s+|"
    r"another\s+|a\s+further\s+|all\s+(?:of\s+)?(?:his|her|their|its)\s+)*$"
)


# A thing viewed, streamed or downloaded so many times: a count of those acts, no ratio ("was streamed 27 million
# times", "has been downloaded more than 2 million times").
_ACT_DONE_TIMES = re.compile(
    r"(?i)\b(?P<act>viewed|watched|streamed|downloaded)\s+(?:(?:more\s+than|over|about|around|nearly|almost|some)\s+)?$"
)
_ACT_COUNTED = {"viewed": "views", "watched": "views", "streamed": "streams", "downloaded": "downloads"}


# Words of the weather and of heat or cold that make bare "degrees" a temperature (not "hotel", "Heathrow").
_HEAT_WORDS = re.compile(
    r"(?i)\b(?:temperatures?|heat(?:wave|waves|ed|ing|s)?|hot(?:ter|test)?|cold\w*|warm\w*|cool\w*|freez\w*|frost\w*|chill\w*|celsius|centigrade|"
    r"fahrenheit|thermometers?|mercury|weather|forecast\w*|climbed|soared|plunged|sweltering|scorching)\b"
)


_WORKFORCE_BEFORE = Gated(
    re.compile(
        r"\b(?:(?:workforce|headcount|payroll|staff)\s+of|employ(?:s|ed|ing)?)\s+(?:(?:about|around|some|nearly|"
        r"almost|roughly|more\s+than|over|just\s+over|just\s+under|fewer\s+than|less\s+than|under)\s+)?$",
        re.IGNORECASE,
    ),
    ("employ", "workforce", "headcount", "payroll", "staff"),
)


# "forced about 2,000 residents to leave", "ordered 300 families to evacuate": those made to leave.
# The words that may stand between a verb and the count it governs ("carrying about 300", "forced some 2,000").
_COUNT_LEVEL = r"(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|over|up\s+to|an\s+estimated)\s+)?"
_MADE_TO_LEAVE_BEFORE = re.compile(
    r"\b(?:forc(?:ed|ing|es?)|order(?:ed|ing|s)?|told|tell(?:ing|s)?|urg(?:ed|ing|es?))\s+" + _COUNT_LEVEL + "$",
    re.IGNORECASE,
)
_TO_LEAVE_AFTER = re.compile(
    # ("Wildfire forces 3,000 from homes", "forced 500 residents from their homes")
    r"^\s*(?:[a-z]+\s+){0,2}?(?:to\s+(?:leave|evacuate|flee|get\s+out)|from\s+(?:their\s+)?homes)\b",
    re.IGNORECASE,
)
# Who a vessel or vehicle had aboard: "carrying 300 people", "212 people on board".
_CARRYING_BEFORE = re.compile(
    r"\b(?:carrying|carried|carries|ferrying|transporting)\s+" + _COUNT_LEVEL + "$", re.IGNORECASE
)
# ("212 people on board", "45 people had been aboard the boat", "all 19 passengers were on board")
_ABOARD_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+)?(?:on\s+board|aboard)\b", re.IGNORECASE
)


# A verb of putting people out of work right before their count ("will lay off 780 workers", "sacked 900 staff",
# "is cutting 300 nurses"), or its passive right after them ("1,200 employees will be made redundant").
_DISMISSED_BEFORE = re.compile(
    r"(?i)\b(?:lay(?:s|ing)?\s+off|laid\s+off|sack(?:ed|ing|s)?|fir(?:e|ed|es|ing)|dismiss(?:ed|es|ing)?|"
    r"ax(?:e|ed|es|ing)|shed(?:s|ding)?|cut(?:s|ting)?|let\s+go(?:\s+of)?)\s+" + _COUNT_LEVEL + "$"
)
_DISMISSED_AFTER = re.compile(
    r"(?i)\s+(?:[\w’'-]+\s+){0,3}?(?:will\s+be|are\s+to\s+be|is\s+to\s+be|were|was|have\s+been|has\s+been|"
    r"had\s+been|are\s+being|be)\s+(?:laid\s+off|sacked|fired|dismissed|made\s+redundant|let\s+go|axed)\b"
)
# Jobs told by any of their nouns ("cut 2,500 positions", "is shedding 900 roles", "will create 1,500 jobs"), a word or
# two before it ("full-time", "office", "more"); what a verb of cutting or losing does to them, before or after them
# ("1,200 roles will go"), is a job cut, of the one family `jobs` ("cut 3,000 jobs", "laid off 780 workers"), and what
# one of adding or creating does, jobs added, a family of its own: a count of one is never a value of the other.
_JOB_NOUN_AFTER = re.compile(r"(?i)^\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>jobs|positions|posts|roles)\b")
_JOBS_CUT_BEFORE = re.compile(
    # ("with the loss of 1,900 roles")
    r"(?i)\b(?:(?:the\s+)?loss(?:es)?\s+of|cut(?:s|ting)?|ax(?:e|ed|es|ing)|shed(?:s|ding)?|eliminat(?:e|ed|es|ing)|slash(?:es|ed|ing)?|"
    r"scrap(?:s|ped|ping)?|los(?:e|es|t|ing)|lay(?:s|ing)?\s+off|laid\s+off|abolish(?:es|ed|ing)?|"
    r"(?:make|makes|made|making)\s+redundant)\s+" + _COUNT_LEVEL + r"(?:(?:another|a\s+further)\s+)?$"
)
_JOBS_CUT_AFTER = re.compile(
    r"(?i)\s+(?:(?:will|would|are\s+to|is\s+to|were|was|are|have|has|had)\s+)?(?:(?:be|been|being)\s+)?"
    r"(?:cut|axed|lost|shed|eliminated|scrapped|abolished|made\s+redundant|go|gone|disappear)\b"
)
_JOBS_ADDED_BEFORE = re.compile(
    r"(?i)\b(?:add(?:s|ed|ing)?|creat(?:e|es|ed|ing)|generat(?:e|es|ed|ing)|bring(?:s|ing)?|brought)\s+"
    + _COUNT_LEVEL
    + r"(?:(?:another|a\s+further)\s+)?$"
)


def _jobs_cut_or_added(text: str, start: int, end: int, clause_after: str) -> str | None:
    """`jobs` for a count of jobs cut or lost, "jobs added" for one of jobs added or created, told by any noun of
    jobs right after the figure; None otherwise (a count of roles in a film, of posts online, of jobs done)."""
    noun = _JOB_NOUN_AFTER.match(clause_after)
    if noun is None:
        return None
    before = text[max(0, start - 60) : start]
    if _JOBS_CUT_BEFORE.search(before) or _JOBS_CUT_AFTER.match(clause_after, noun.end()):
        return "jobs"
    if _JOBS_ADDED_BEFORE.search(before):
        return "jobs added"
    return None


# Lives a disaster or a disease took: "has claimed 112 lives", "cost 14 lives".
_LIVES_AFTER = re.compile(r"(?i)\s+(?:more\s+)?lives\b")
_CLAIMED_BEFORE = re.compile(
    r"(?i)\b(?:claim(?:ed|s|ing)?|cost(?:s|ing)?|took|taken|tak(?:e|es|ing))\s+(?:(?:the|about|around|some|nearly|almost|"
    r"at\s+least|more\s+than|over|another|a\s+further|an\s+estimated)\s+)*$"
)
# What was done to people counted right after the verb, no harm and no outcome of a disaster: charged by the police,
# swapped in an exchange of prisoners, infected in an outbreak, put out of a school.
_DONE_TO_PEOPLE = (
    ("charg", "charged"),
    ("swap", "exchanged"),
    ("exchang", "exchanged"),
    ("infect", "cases"),
    ("exclud", "exclusions"),
    ("expel", "exclusions"),
    ("vaccinat", "vaccinated"),
    ("immunis", "vaccinated"),
    ("immuniz", "vaccinated"),
)
_DONE_TO_PEOPLE_BEFORE = re.compile(
    r"(?i)(?<![\w’'-])(?P<verb>charg(?:ed|es|ing)|swap(?:ped|ping|s)?|exchang(?:ed|es|ing)|infect(?:ed|ing|s)?|"
    r"exclud(?:ed|es|ing)|expell?(?:ed|ing|s)?|vaccinat(?:ed|es|ing)|immuni[sz](?:ed|es|ing))\s+(?:(?:a\s+further|another|a\s+total\s+of)\s+)?"
    + _COUNT_LEVEL
    + "$"
)
# Those driven from their homes: "drove 52,000 people out of riverside neighbourhoods", "chased 300 families from".
_DROVE_BEFORE = re.compile(r"(?i)\b(?:dr(?:ove|iven|ives|ive|iving)|chas(?:ed|es|ing))\s+" + _COUNT_LEVEL + "$")
_OUT_OF_AFTER = re.compile(r"(?i)\s*(?:[\w’'-]+\s+){0,2}?(?:out\s+of|from)\b")
# Those brought out of danger, told after them: "pulled 17 miners to safety", "Teams dug 23 people out alive".
_BENEFIT_AFTER = re.compile(
    r"(?i)^\s*(?:(?:[a-z][\w’'-]*\s+){0,2}?(?:[a-z][\w’'-]*s|people)\s+)?"
    r"(?:would|will|could|should|may|might|stands?\s+to|(?:are|is)\s+(?:set|due|expected|likely)\s+to)\s+"
    # ("stand to gain", "will gain from"; not "Shares in 12 companies would gain": a price's move)
    r"(?:also\s+|directly\s+)?(?:benefit|(?<=to\s)gain|gain(?=\s+from\b))\b"
)
_TO_SAFETY_AFTER = re.compile(r"(?i)\s*(?:[\w’'-]+\s+){0,3}?(?:to\s+safety|out\s+alive|alive\s+from)\b")


def is_magnitude(text: str, start: int, end: int, value: float | None) -> bool:
    """Whether the figure at ``text[start:end]`` is an earthquake's magnitude (which counts no one)."""
    return (
        value is not None
        and _LOWEST_MAGNITUDE <= value < _HIGHEST_MAGNITUDE
        and bool(
            _MAGNITUDE_BEFORE.search(text[max(0, start - 16) : start]) or _MAGNITUDE_AFTER.match(text[end : end + 24])
        )
    )


# What a sum is the price of when it is said per one of them: a good counted by its unit or by the piece.
_GOODS = frozenset(
    "barrel night share ticket bottle pint pack packet loaf container box bag bushel carat dozen item unit "
    "room seat meal kilo head-of-cattle cup carton sack bale therm".split()
)
# Units a sum per which is no price: of time (a wage, a payment per period), of a rate, of a temperature.
_NOT_PRICED_PER = frozenset({"percent", "percentage point", "basis point", "point", "times", "degree"})


# What one of a thing costs, said in the present: "A dozen eggs now costs $4.95", "a litre of diesel costs 1.89
# euros", "each ticket sells for €70" (not "a new bridge would cost", nor what it costs to build or run).
_ONE_COSTS = re.compile(
    r"(?i)(?:^|[.;:]\s+|\b(?:and|but|while|where|now)\s+)(?:a|an|each|one|every)\s+(?:[\w’'-]+\s+){0,6}?(?:now\s+|still\s+|typically\s+|"
    r"usually\s+)?(?:costs|sells\s+for|retails\s+(?:at|for)|goes\s+for)\s+(?:(?:about|around|roughly|some|nearly|almost|"
    r"just\s+(?:over|under)|more\s+than|less\s+than|over|under|up\s+to|as\s+much\s+as|an\s+average\s+of|on\s+average)\s+)?$"
)
# Homes begun or finished by builders, named right before the figure.
_HOMES_BUILT_BEFORE = re.compile(
    r"(?i)\b(?:(?P<started>(?:start(?:ed|s|ing)?|began|begun|begin(?:s|ning)?)\s+(?:work|building|construction)\s+on|"
    r"broke\s+ground\s+on)|complet(?:ed|es|e|ing)|finish(?:ed|es|ing)?)\s+(?:(?:about|around|some|nearly|almost|"
    r"roughly|more\s+than|over|just|only|a\s+record|an?\s+(?:estimated|total)\s+of)\s+)?$"
)
_HOMES_AFTER = re.compile(r"(?i)\s+(?:new\s+|more\s+)?(?:homes|houses|dwellings|flats|apartments|housing\s+units)\b")
# A contract's worth per a time named right before the sum: "a new contract worth a reported £300,000 a week".
_CONTRACT_WORTH_BEFORE = re.compile(
    r"(?i)\b(?:contract|deal)\b(?:\s+(?!(?:and|but|while)\b)[\w’'-]+){0,6}?\s+worth\s+(?:(?:a\s+reported|a\s+reputed|an?\s+"
    r"estimated|about|around|some|nearly|almost|roughly|more\s+than|up\s+to)\s+)?$"
)
# A sum a fall took off a value: "wiping some $90bn off the group's market capitalisation", "knocked £4bn off the
# value of the company".
_WIPED_OFF_BEFORE = re.compile(
    r"(?i)\b(?:wip(?:e|es|ed|ing)|knock(?:s|ed|ing)?|shav(?:e|es|ed|ing))\s+(?:(?:about|around|some|nearly|almost|roughly|"
    r"more\s+than|over|an\s+estimated|another|a\s+further)\s+)?$"
)
_OFF_A_VALUE_AFTER = re.compile(
    r"(?i)\s+off\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,4}?(?:market\s+(?:value|capitali[sz]ation|cap)|"
    r"value|valuation|worth)\b"
)
# A thing's price told by "costs" in the present, its subject the clause's first noun phrase or the verb joined to
# its clause ("the tablet ... and costs $649").
_THE_THING_COSTS = re.compile(
    r"(?i)(?:(?:^|[.;:]\s+|\b(?:and|but|while|where|now|with)\s+)(?:the|its|their|his|her|this|that)\s+(?:[\w’'-]+\s+){0,5}?"
    # ("with the average home now costing £268,400": what it sells for)
    r"|\b(?:and|but)\s+)(?:now\s+|still\s+|typically\s+|usually\s+)?(?:costs|costing)\s+(?:(?:about|around|roughly|some|nearly|"
    r"almost|just\s+(?:over|under)|more\s+than|less\s+than|over|under|up\s+to|from)\s+)?$"
)
# What a built or done thing cost, said after "and", "which" or an appositive "costing": "took 11 years to build and
# cost $2.1bn", "the bridge, which cost £80m", "The battery plant, costing £4bn, ...".
_COST_IN_THE_PAST_BEFORE = re.compile(
    r"(?i)(?:\b(?:and|which|that)\s+(?:had\s+|has\s+|have\s+|eventually\s+|finally\s+|ultimately\s+)?cost|,\s*costing)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|an\s+estimated|a\s+total\s+of)\s+)?$"
)
# What a film took: "at the box office", or a verb of takings right before the sum in a sentence about a film
# ("The sequel took $88m in its opening weekend", "The animated film has grossed $1.2bn").
_BOX_OFFICE = re.compile(r"(?i)\bbox[- ]office\b")
_FILM_TAKINGS = re.compile(
    r"(?i)\b(?:grossed|grossing|took|takes|taken|earned|earns|made|makes|raked\s+in|pulled\s+in)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|an\s+estimated|a\s+record)\s+)?$"
)
# A show's takings told by "grossed" alone, no film named ("The superhero reboot grossed $148 million", "the tour
# grossed $310m"): what a box office took.
_GROSSED = re.compile(
    r"(?i)\b(?:grossed|grossing|grosses)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|"
    r"an\s+estimated|a\s+record)\s+)?$"
)
_FILM = re.compile(r"(?i)\b(?:films?|movies?|sequels?|prequels?|blockbusters?|opening\s+weekend)\b")
# What a seller asks for a thing: "charges £95 for its tasting menu", "charged $30 for a ticket" (not "charged with").
_CHARGES_BEFORE = re.compile(
    r"(?i)\b(?:charg(?:es|ed|ing)|pa(?:id|ys?|ying))\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|up\s+to|"
    r"as\s+much\s+as|a\s+record)\s+)?$"
)
_FOR_A_THING = re.compile(
    r"(?i)\s+for\s+(?:a|an|its|their|the|each|every|one)\b(?!\s+(?:[a-z]+\s+)?(?:damage|harm|losses|injur|loss\b))"
)
# Who a power network supplies, counted by what it supplies: homes, customers, properties ...
_SUPPLIED = frozenset(
    "home household customer property premise premises business user resident people connection meter subscriber "
    "consumer".split()
)
# "180,000 homes without power", "households were still without electricity", "properties lost power", and the other
# supplies a home goes without: "40,000 homes without running water", "households lost their gas supply", "remain
# without broadband" (a bare "supply" names none: "customers who lost their supply" are counted by their own words)
_WITHOUT_SUPPLY_AFTER = re.compile(
    r"(?i)^\s*(?:[\w’'-]+\s+){0,5}?(?:without|lost|losing|lose|loses|had\s+no|have\s+no|has\s+no)\s+"
    r"(?:(?:their|its|mains|running|drinking|tap|piped)\s+)*(?P<supply>power|electricity|electric\s+power|water|gas|"
    r"heating|broadband|internet)\b"
)
# "the number of customers without water has fallen to 26,000", "the number of homes without power rose to 90,000"
_NUMBER_WITHOUT_SUPPLY_BEFORE = re.compile(
    r"(?i)\b"
    + _NUMBER_OF_WORDS
    + r"\s+(?:[\w’'-]+\s+){0,3}?(?:still\s+)?(?:without|with\s+no)\s+(?:(?:mains|running|drinking|tap|"
    r"piped)\s+)*(?P<supply>power|electricity|electric\s+power|water|gas|heating|broadband|internet)\b[^.;\d]{0,60}?"
    r"\b(?:to|at|of|reached|stands\s+at|stood\s+at|hit|was|is|passed|past|above|exceeded|surpassed|topped)\s+"
    r"(?:(?:about|around|nearly|almost|some|more\s+than|over|just|only)\s+)?$"
)
# Each supply's family ("electricity": power).
_SUPPLY_FAMILY = {"electricity": "power", "electric power": "power"}
# "cut power to about 9,000 homes", "power was cut to 90,000 customers", "outages affecting 30,000 customers"
_POWER_CUT_BEFORE = re.compile(
    r"(?i)\b(?:(?:cut|cuts|cutting|knocked\s+out)\s+(?:power|electricity)|(?:power|electricity)\s+"
    r"(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?(?:cut|knocked\s+out)(?:\s+off)?|(?:power\s+)?outages?\s+"
    r"(?:affecting|hitting|hit))\s+(?:to\s+|for\s+)?(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|"
    r"at\s+least|up\s+to)\s+)?$"
)
# Those an outage hit named as another service's users ("2.3 million broadband customers", "mobile users")
_OTHER_SERVICE_AFTER = re.compile(
    r"(?i)\s+(?:[a-z-]+\s+)?(?:broadband|internet|mobile|phone|cable|network|online|banking|app|e-?mail|streaming|"
    r"wi-?fi|[45]G|card|payment)\b"
)
# What an outage did to those counted: "knocked 3 million users offline", "left 2.4 million customers unable to call":
# those affected (whom the cross-references count by their noun)
_CUT_OFF_AFTER = re.compile(
    r"(?i)\s+(?:[a-z-]+\s+){0,3}?[a-z-]{3,}s\s+(?:offline|off\s+line|unable\s+to\s+(?:call|use|connect|pay|access|make|"
    r"log|get|send|go\s+online))\b"
)
# "restored power to 140,000 customers" (not "reconnected 40,000 customers", which may be a water company's)
_POWER_RESTORED_BEFORE = re.compile(
    r"(?i)\b(?:restored|restoring|restores|reconnected|reconnecting|reconnects)\s+(?:power|electricity)\s+"
    r"(?:to\s+)?(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|at\s+least|up\s+to)\s+)?$"
)
# How many a place or a craft takes, told by a verb of holding right before the figure, of a venue or a craft named
# before it ("a stadium that holds 52,000", "the jet can seat up to 300"; not "Republicans hold 220 seats").
_HOLDS_BEFORE = re.compile(
    r"(?i)\b(?:holds|seats|can\s+(?:now\s+)?(?:hold|seat|take|carry|accommodate|fit)|accommodates|"
    r"has\s+(?:room|space|capacity)\s+for)\s+(?:(?:up\s+to|about|around|roughly|more\s+than|over|nearly|almost|some|"
    r"just\s+(?:over|under))\s+)?$"
)
_VENUE_OR_CRAFT = re.compile(
    r"(?i)\b(?:stadium|arena|ground|venue|hall|theatre|theater|auditorium|amphitheatre|concert\s+hall|plane|aircraft|"
    r"airliner|jet|A3\d\d|ship|vessel|ferry|liner|boat|bus|train|carriage|hospital|prison|jail|shelter|camp)s?\b"
)
# Those a trial or a study enrolled: "in a trial of 9,400 volunteers", "a study involving about 820 patients", "the
# trial enrolled 14,500 patients" (not a poll's or a survey's sample, which is who answered).
_TRIAL_OF_BEFORE = re.compile(
    r"(?i)\b(?:trials?|stud(?:y|ies))\s+(?:of|involving|with|among|enrolled|enrolling|recruited|followed)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least|just\s+(?:over|under))\s+)?$"
)
# Those sought after a disaster: "searching for 14 people", "looking for at least six", "the search for 30 miners".
_SOUGHT_BEFORE = re.compile(
    r"(?i)\b(?:search(?:ing|ed|es)?|look(?:ing|ed)|hunt(?:ing|ed)?)\s+for\s+(?:(?:the|another|a\s+further)\s+)?"
    r"(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|over|up\s+to|dozens\s+of)\s+)?$"
)
# The words of a search for the missing (a rescue, a wreck, a disaster), not of a manhunt.
_SEARCH_AND_RESCUE = re.compile(
    r"(?i)\b(?:rescu\w*|divers?|coastguards?|coast\s+guard|lifeboats?|search\s+(?:and\s+rescue|teams?|parties)|"
    r"rubble|debris|wreck\w*|capsi[sz]\w*|s[au]nk|sinking|landslides?|mudslides?|avalanches?|flood\w*|collaps\w*|"
    r"earthquake|quake|tsunami|eruption|explosion|blast|survivors?)\b"
)
# A figure that counts no noun after it: the end of its clause, or a word that goes on to something else ("searching
# for at least nine after the landslide", "looking for 12 still unaccounted for").
_NOTHING_COUNTED_AFTER = re.compile(
    r"(?i)^\s*(?:$|[,.;:)—–]|(?:after|in|on|at|since|following|near|off|who|still|under|beneath|believed|feared|"
    r"thought|that|as|and|but|when|amid|missing|trapped|unaccounted)\b)"
)
# Who such a search is for, besides the people nouns: "six fishermen", "three climbers", "the 12 crew members".
_SOUGHT_PEOPLE = re.compile(
    r"(?i)^\s+(?:[a-z-]+\s+)?(?P<noun>fishermen|fishers|crew(?:\s+members)?|climbers|hikers|walkers|skiers|divers|"
    r"miners|passengers|tourists|villagers|swimmers|students|pupils|campers)\b"
)


# A win's or a defeat's margin: "won the seat by 412 votes", "beat Fiji by 13 points", "a margin of 435 votes" (not
# "a margin of error of 3 points", nor a lead: "leads by five points" is the poll's or the table's).
_MARGIN_BEFORE = re.compile(
    r"(?i)(?:\b(?:won|wins|win|winning|beat|beats|beaten|beating|defeated|defeats|lost|loses|lose|losing)\s+"
    r"(?:[\w’'-]+\s+){0,4}?by|\b(?:a|the|its|his|her|their)\s+(?:(?:winning|narrow|slim|wide|comfortable|record)\s+)?"
    r"margin\s+of"
    # "her winning margin narrowed to 389 votes", "the margin was cut to 12 votes": the margin's new size
    r"|(?<!profit\s)(?<!operating\s)(?<!gross\s)(?<!net\s)(?<!interest\s)\bmargin\s+(?:(?:has|had|was|is)\s+)?"
    r"(?:(?:been|now)\s+)?(?:narrowed|narrows|widened|widens|shrank|shrunk|grew|"
    r"cut|reduced|increased|fell|rose|stood|stands|trimmed)\s+(?:to|at)"
    # a seat held or a bill passed "with a majority of 42": by how much it was won (not "a majority of 52 senators")
    r"|\b(?:a|the|its|his|her|their)\s+(?:(?:working|overall|slim|narrow|wafer-thin|comfortable|reduced|increased|"
    r"new)\s+)?majority\s+of)\s+(?:(?:just|only|about|around|nearly|almost|some|more\s+than|fewer\s+than|less\s+than)\s+)?$"
)
# (after "majority of", a noun after the figure counts those it is a majority of)
_PLURAL_NOUN_NEXT = re.compile(r"\s*(?:[a-z-]+\s+)?[a-z]{3,}s\b")
_MAJORITY_OF = re.compile(r"(?i)\bmajority\s+of\s+(?:\w+\s+)?$")
# Work that costs a sum to do: "repairs would cost", "the renovation will cost", "the clean-up could cost".
_WORK_COSTS = re.compile(
    r"(?i)\b(?:repairs?|works?|project|scheme|programme|program|renovation|refurbishment|upgrade|construction|"
    r"rebuild(?:ing)?|reconstruction|clean-?up|restoration|demolition|expansion|extension|redevelopment)\s+"
    r"(?:(?:to|of|on|at|for)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,3}?)?"  # "repairs to the sea wall"
    # ("are estimated to cost", "is now expected to cost", "is likely to cost")
    r"(?:(?:would|will|could|might|may|(?:is|are)\s+(?:now\s+)?(?:expected|set|estimated|projected|forecast|likely)"
    r"\s+to)\s+)?"
    r"cost(?:s)?\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least|up\s+to|"
    r"an\s+estimated|between)\s+)?$"  # ("will cost between £7m and £9m": a range)
)
_TO_BUILD = re.compile(r"(?i)\s+(?:\w+\s+)?to\s+(?:build|run|make|produce|operate|develop|maintain|complete)\b")
_COSTS_BEFORE = re.compile(
    r"(?i)\bcost(?:s|ing)?\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least|up\s+to|"
    r"an\s+estimated)\s+)?$"
)
# A company's earnings named before a sum per share, with no price of the shares between: "net income of $2.3bn, or
# $1.12 per diluted share" (not "Shares closed at $41.20 a share after earnings beat forecasts").
_EARNINGS_BEFORE = re.compile(
    r"(?i)\b(?:earnings|profits?|income|eps|loss(?:es)?)\b(?:(?!\b(?:clos\w*|trad\w*|offer\w*|bid|valu\w*|pric\w*|"
    r"shares?\s+(?:rose|fell|jumped|slid|closed|ended))\b)(?:[^.;]|\.(?=\d)))*$"
)
# Currencies by the name a report gives them as the subject of a move or level, and their codes: "the pound rose to
# $1.284" is the pound's rate against the dollar (not a sum in pounds).
CURRENCY_NAMES = {
    "pound": "GBP",
    "sterling": "GBP",
    "euro": "EUR",
    "dollar": "USD",
    "greenback": "USD",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rouble": "RUB",
    "ruble": "RUB",
    "lira": "TRY",
    "naira": "NGN",
    "forint": "HUF",
    "won": "KRW",
    "rand": "ZAR",
    "peso": "MXN",
    "real": "BRL",
    "franc": "CHF",
    "krona": "SEK",
    "krone": "NOK",
    "zloty": "PLN",
    "ringgit": "MYR",
    "baht": "THB",
    "rupiah": "IDR",
    "shekel": "ILS",
    "hryvnia": "UAH",
    "cedi": "GHS",
    "shilling": "KES",
    "taka": "BDT",
}


# What something cost someone: "cost the insurer $320 million", "costing taxpayers £2.3bn", "cost it $190 million".
_COST_SOMEONE = re.compile(
    r"(?i)\bcost(?:s|ing)?\s+(?:it|them|him|her|us|you|taxpayers|(?:the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+|"
    # a plural with no determiner: "costing schools an extra £1.2bn", "cost farmers £90m"
    r"[a-z]{3,}s)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least|up\s+to|an\s+estimated|a\s+further|"
    r"another|a\s+total\s+of|an\s+extra|an\s+additional)\s+)*$"
)
# Money raised for a charity or an appeal is given: its donations ("the charity raised £1.8m", "raising R3.2 million
# for charity"), not a firm's funding.
_RAISED_BEFORE = re.compile(
    r"(?i)\b(?:raised|raising|raises|raise|collected|collecting)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|"
    r"a\s+record|an\s+estimated|a\s+further|another)\s+)*$"
)
_CHARITY = re.compile(
    r"(?i)\b(?:charit(?:y|ies|able)|appeals?|fundrais\w*|donors?|donations?|crowdfund\w*|telethon|gala|sponsored)\b"
)
# Commodities and assets a market prices: their level in money, and their move, is their price's ("Silver hit
# $48.20", "Bitcoin fell 5%").
COMMODITIES = frozenset(
    """
    gold silver platinum palladium copper aluminium aluminum nickel zinc lithium oil crude brent wti bitcoin ether
    wheat corn soybeans cocoa coffee sugar cotton
    """.split()
)


def priced_per(unit: str) -> bool:
    """Is ``unit`` a sum per a unit of a good ("USD per barrel", "penny per litre", "EUR per night"), so a price?
    (Per an hour, a day or a year it is a wage or a payment; per a person, a payment per person.)"""
    from corpus.extract.units import DURATIONS, UNITS

    head, sep, per = unit.partition(" per ")
    if not sep or not is_money(head):
        return False
    per = per.partition(" of ")[0]  # "38 cents per litre of milk": per a litre (of what, the words say)
    return per in _GOODS or (per in UNITS and per not in DURATIONS and per not in _NOT_PRICED_PER)


def is_money(unit: str) -> bool:
    """A currency, or one of its hundredths written as such ("151.4p", "18 cents"): a sum of money."""
    head = unit.split(" per ")[0]
    return is_currency(head) or head in ("penny", "cent", "sen")


def is_currency(unit: str) -> bool:
    """ISO codes ("USD") and the plural names kept for currencies without one ("pesos", "kroner")."""
    head = unit.split(" per ")[0]
    return (len(head) == 3 and head.isupper()) or head in (
        "pesos",
        "francs",
        "shillings",
        "dinars",
        "riyals",
        "rials",
        "kroner",
        "crowns",
        "kwacha",
    )


# What a figure counts: the noun phrase after it, up to its plural head ("1,100 public housing
# properties", "eight other employees"), or after "of" ("60% of its revenue", "dozens of people").
# (a word ends with an apostrophe only as a plural's possessive before a noun, "Sanders’ colleagues", not as a
# closing quote: "‘thousands of shootings’ in the city" counts shootings)
_NP_WORD = re.compile(
    # (a place abbreviated with stops before a noun, "120,000 U.S. vehicles", and a century before one, "the stolen
    # 17th-century paintings", are modifiers of the noun counted)
    r"\s+(?:(?P<word>(?:[A-Z]\.){2,}(?=\s+[a-z])|\d{1,2}(?:st|nd|rd|th)-[a-z]+(?=\s+[A-Za-z])|[A-Za-z](?:[\w’'&-]*[\w&-])?"
    r"(?:[’'](?=\s+(?!(?:in|on|at|of|to|for|from|by|with|and|or|but|as|this|that|is|are|was|were|has|have|had)\b)[a-z]))?"
    r"|\d+(?:[.,]\d+)*(?:[kmbKMB]|bn|mn)?(?=\s+[A-Za-z]))|(?P<stop>\S))"
)
_NOT_IN_NP = frozenset(
    """
    a an the its their his her our my your this that these those on in at of to from by for with as and or but nor than
    into onto over under after before during since until while if so who whom whose which what where when why how there
    here is are was were be been being has have had do does did will would could can may might must shall should said
    says say told not no more less most least than then also just only about around some each every per all both either
    neither other another such up down out off again already still even very too it they he she we you i them him us
    according including across against along among amid between through toward towards within without worth
    behind beyond near inside outside around below above despite via per whose once because unless although though
    whereas whether fell fallen rose risen fled died lay remained
    """.split()
)
# Past participles not in -ed that describe the noun after them: "two of the stolen paintings were found in" counts
# paintings, never "stolen" with "paintings" as its verb.
_PARTICIPLES_AS_ADJECTIVES = frozenset(
    """
    stolen broken hidden taken frozen chosen given written driven beaten forgotten fallen shaken sunken swollen woven
    spoken eaten bitten hewn sewn sown shown grown thrown known drawn worn torn sworn born borne mistaken overgrown
    """.split()
)
# A plural in "-ings" is a noun ("paintings", "buildings", "findings"), not a verb before its preposition.
_NOUN_IN_INGS = re.compile(r"[a-z]{3,}ings$")
_VERB_BEFORE_PREPOSITION = re.compile(r"\s+(?:from|to|in|on|at|into|for|with|by|up|down|out|off)\b", re.IGNORECASE)
_ADJECTIVE = re.compile(r"(?:al|ic|ive|ous|ing|ed|ful|less|ary|an|ese|ish|est|ent|ant|ble|ern)$|^[A-Z]")
_PLURAL_AHEAD = re.compile(r"\s+(?:[A-Za-z][\w’'-]*\s+){0,3}[a-z][\w’'-]{2,}s\b")
# A capitalised plural alone counts people when shaped like a nationality or a party: "1 in 4 Americans",
# "300 Israelis", "12 Britons", "40 Republicans" (not "Leeds", "Rangers").
_PEOPLES = re.compile(r"[A-Z][a-z]+(?:an|i|on)s")
_ACRONYMS = re.compile(r"[A-Z]{2,6}s")  # "12 MPs", "40 SUVs"
# Peoples whose plural the rule for nouns does not read: the same word as the adjective ("French", "Dutch", "Swiss",
# "Irish", "British", "Welsh", "Lebanese", "Vietnamese") and plurals in -is ("Nepalis", "Iraqis", "Israelis").
_PEOPLE_AS_WRITTEN = re.compile(
    r"French|Dutch|Swiss|Irish|British|Welsh|English|[A-Z][a-z]{2,}ese|"
    r"(?:Iraq|Pakistan|Israel|Nepal|Somal|Saud|Kuwait|Qatar|Bahrain|Oman|Yemen|Emirat|Bangladesh|Azer|Punjab|Kashmir|"
    r"Bengal|Gujarat|Sindh|Baloch|Baluch|Tajik|Uzbek|Afghan|Thai|Iran|Malaw|Burund|Hind)is"
)
# Nouns the same in the plural that also qualify a plural after them: "police officers", "28 poultry farms",
# "300 sheep farmers".
_COLLECTIVE = frozenset("police people staff personnel security crew".split()) | SAME_IN_THE_PLURAL
_PLURAL_NEXT_WORD = re.compile(r"\s+[a-z][\w’'-]{2,}s\b")
_TOTALLING = frozenset("combined total cumulative overall".split())
# "five of their last six matches": the whole's figure and its place are no part of what is counted.
_WHOLE_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred thousand "
    "million billion trillion".split()
)
# A number written out: the words after it belong to that number, not to a figure before it.
CARDINAL_WORDS = frozenset(
    {*UNITS, *TENS} | set("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())
)
_PLACE_WORDS = frozenset("last first next past previous remaining top opening final".split())
_KEEP_FIRST = frozenset("other more additional new further extra".split())
# A whole's figure after its owner, in digits or words: "the island's 11 villages", "the island's eleven villages".
# (longest first, then in alphabetical order: a set's own order changes from process to process, and with it the
# pattern's text, which the pattern cache then compiles and saves again in every process: corpus/regex_cache.py)
_NUMBER_NEXT = re.compile(r"(?i)\s+(?:\d|(?:" + "|".join(sorted(_WHOLE_WORDS, key=lambda w: (-len(w), w))) + r")\b)")
# ("four out of the island's 11 villages" as "four of the island's 11 villages")
_APPROXIMATING = frozenset("roughly nearly about around some approximately almost estimated".split())
_OF_START = re.compile(
    r"\s+(?:out\s+)?of(?:\s+(?P<det>the|its|their|his|her|our|those|these|all|them))?(?=\s)", re.IGNORECASE
)


# An age written as a compound modifier between a count and its noun: "two 19-year-old men", "three 20-month-old calves".
_AGE_MODIFIER = re.compile(r"\s+\d{1,3}-(?:year|month|week|day)-old(?=\s+[a-z])", re.IGNORECASE)
# What follows a verb, not a count's noun: "Formula 1 returns to", "Channel 1 airs the".
_VERB_COMPLEMENT = re.compile(r"\s+(?:to|the|a|an|its|his|her|their|our|this|that|as|after|back|home)\b")


_STATE_VERBS = frozenset("remain remains stay stays are were is was".split())
_PARTICLES_AFTER_ONE = frozenset("back apiece each again away off out up down over ahead behind home clear".split())


# Verbs a figure that is a subject ("the figure of 3,000 appears ...") is followed by, never what it counts.
_VERB_AFTER_A_FIGURE = frozenset(
    "appears seems remains looks means represents includes suggests exceeds equals compares accounts".split()
)


# A time word after "last"/"next": "last year", "next Tuesday" (not "one last chance").
_TIME_WORD_NEXT = re.compile(
    r"(?i)\s+(?:year|month|week|weekend|night|season|quarter|spring|summer|autumn|fall|winter|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


def _is_figure_word(word: str) -> bool:
    """A number in a noun phrase ("the 19 schools"), not an ordinal compound ("17th-century")."""
    return word[0].isdigit() and "-" not in word


def counted_after(text: str, end: int, after_of: bool = False, single: bool = False) -> tuple[str, str] | None:
    """``(noun phrase as written, its head singular)`` of what the figure ending at ``end`` counts."""
    from corpus.extract.units import is_plural, singular, unit_after

    pos = end
    start = None
    if after_of:
        m = _OF_START.match(text, end)
        if m is None:
            return None
        pos = m.end()
        if m.group("det") and m.group("det").lower() in ("them",):
            return None
        start = m.start("det") if m.group("det") else None
    elif (age := _AGE_MODIFIER.match(text, end)) is not None:
        pos = age.end()  # "two 19-year-old men": men are counted, the age says which
    words: list[tuple[int, int, str]] = []
    whole_figure = False  # "12 of the 19 ...": the words after the whole's figure
    for _ in range(6):
        m = _NP_WORD.match(text, pos)
        if m is None or m.group("stop"):
            break
        word = m.group("word")
        lower = word.lower()
        if after_of and not words and lower in _APPROXIMATING and _NUMBER_NEXT.match(text, m.end()):
            pos, start = m.end(), None
            continue  # "1,800 of the roughly 6,500 jobs": the whole's figure, told as approximate, then its noun
        if not words and lower in _VERB_AFTER_A_FIGURE:
            return None  # "the figure of 3,000 appears to come from", "the toll of 3,000 remains disputed": a verb
        if (
            not words
            and not after_of
            and (_is_figure_word(word) or lower in CARDINAL_WORDS)
            and unit_after(text, m.end("word"))
        ):
            return None  # "up from nine two weeks ago": the unit after the next number is that number's
        if words and (lower in CARDINAL_WORDS or (lower in ("last", "next") and _TIME_WORD_NEXT.match(text, m.end()))):
            break  # "one man two days ago", "one crack last year": the noun ended; a time begins
        if lower in ("and", "or") and words and _PLURAL_AHEAD.match(text, m.end()):
            pass  # "Kia and Hyundai vehicles", "digital and physical sales": modifiers joined
        elif (
            lower in _NOT_IN_NP and not (lower in _KEEP_FIRST and not words) and not (word.isupper() and len(word) > 1)
        ):
            break  # ("US", "IT" written in capitals are names, not pronouns)
        elif (lower.endswith("ly") and not _PLURAL_AHEAD.match(text, m.end())) or (
            lower.endswith("ed") and not words and not after_of and not _PLURAL_AHEAD.match(text, m.end())
        ):
            break  # "300 recently", "600 killed": not what is counted ("300 recorded songs", "40 daily flights" are)
        if not words and not after_of and lower in _IRREGULAR_PAST_FIRST:
            break  # "a crowd of 28,900 saw Tomas Hruby score": a verb, then a name, never what is counted
        if after_of and not words and lower.endswith(("'s", "’s")) and _NUMBER_NEXT.match(text, m.end()):
            pos, start = m.end(), None
            continue  # "12 of the city's 48 public schools": public schools, whose owner is not what is counted
        if not words and (
            lower in _TOTALLING
            or (after_of and (_is_figure_word(word) or lower in _WHOLE_WORDS or lower in _PLACE_WORDS))
        ):
            whole_figure = whole_figure or _is_figure_word(word) or lower in _WHOLE_WORDS
            pos, start = m.end(), None
            continue  # "4,500 combined sales": sales are counted, "combined" says how; "28 of 35 passes": passes
        if start is None:
            start = m.start("word")
        words.append((m.start("word"), m.end("word"), word))
        pos = m.end()
        if lower in ("and", "or"):
            continue
        if lower in _COLLECTIVE and _PLURAL_NEXT_WORD.match(text, pos):
            continue  # "police officers", "people smugglers": the collective noun is a modifier here
        if len(words) == 1 and _PEOPLE_AS_WRITTEN.fullmatch(word) and not _PLURAL_AHEAD.match(text, pos):
            # "150 Britons, 30 Germans and 12 French", "14 Nepalis", "nine Lebanese": a people ends the noun phrase
            # (not "five Chinese firms", "12 French police officers": there the noun after it is counted)
            return text[start : m.end("word")], (word[:-1] if word.endswith("is") else word).lower()
        if (
            is_plural(word)
            and not word.endswith(("’s", "'s"))
            and (
                len(words) > 1 or word[0].islower() or after_of or _PEOPLES.fullmatch(word) or _ACRONYMS.fullmatch(word)
            )
        ):
            if (
                after_of
                and len(words) > 1
                and _VERB_BEFORE_PREPOSITION.match(text, pos)
                and not _ADJECTIVE.search(words[-2][2])
                and words[-2][2].lower() not in _PARTICIPLES_AS_ADJECTIVES
                and not _NOUN_IN_INGS.search(lower)
            ):
                head = words[-2]  # "60% of its revenue comes from": "comes" is its verb
                return text[start : head[1]], singular(head[2]).lower()
            if single and not after_of and len(words) == 1 and _VERB_COMPLEMENT.match(text, pos):
                return None  # "1 returns to": one thing takes no plural noun; the word is a verb
            if (
                single
                and not after_of
                and len(words) == 2
                and words[0][2][0].islower()
                and not is_plural(words[0][2])
                and _VERB_BEFORE_PREPOSITION.match(text, pos)
            ):
                head = words[0]  # "One adult remains in hospital": one thing, then its verb
                return text[start : head[1]], singular(head[2]).lower()
            head = words[-1]
            return text[start : head[1]], singular(head[2]).lower() if not head[2].isupper() else singular(head[2])
    while (
        after_of
        and len(words) > 1
        and (words[-1][2].lower().endswith("ed") or words[-1][2].lower() in _PAST_VERBS or words[-1][2] in _STATE_VERBS)
    ):
        words.pop()  # "seven of the wounded died", "a third of the budget went", "22 of the injured remain": what they did
    if whole_figure:
        return None  # "12 of the 19 contain secrets": a verb follows the whole's figure, no noun it counts
    if words and single and not after_of and words[0][2].lower() in _PARTICLES_AFTER_ONE:
        return None  # "Marsh pulled one back", "won one apiece": an adverb after "one", nothing counted
    if words and (single or after_of):
        head = words[-1] if after_of else words[min(len(words), 2) - 1]
        if head[2][0].islower() or after_of:
            return text[start : head[1]], singular(head[2]).lower()
    return None


# A figure inside a compound modifier counts the noun right after it: "a 12-member jury" (members), "a three
# course meal" (courses), "the 15-member panel". Hyphened after a determiner, or spaced after "a"/"an" (which
# cannot take a plural count: "the 19 contain" is no modifier), and before the noun it modifies.
_HYPHENED_DETERMINER = re.compile(r"(?i)\b(?:a|an|the|its|their|his|her|our|this|that|each)\s+$")
_SPACED_DETERMINER = re.compile(r"(?i)\ban?\s+$")
_COMPOUND_COUNTED = re.compile(r"(?P<gap>-|\s+)(?P<word>[a-z]{3,})\s+(?P<next>[A-Za-z][\w’'-]*)")
_NOT_COUNTED = re.compile(r"(?:ed|ly|ing|s)$")
_PAST_VERBS = frozenset(
    "found won lost met gave took made sent held left hit cut set put came went saw began ran rose fell".split()
)
# Idioms that count nothing: "a two-way race", "a six-time champion", "a seven-figure sum", "double-digit".
# Irregular verbs in the past right after a figure ("28,900 saw", "300 fled"); not "hit", "cut", "set", which also
# describe nouns ("40 hit songs").
_IRREGULAR_PAST_FIRST = (_PAST_VERBS - frozenset("lost held left hit cut set put".split())) | {"fled"}
_IDIOM_COMPOUNDS = frozenset("way time figure digit fold".split())


def compound_counted(text: str, start: int, end: int) -> tuple[str, str] | None:
    """``(noun, noun)`` for a figure written as a modifier before the noun phrase it describes."""
    m = _COMPOUND_COUNTED.match(text, end)
    if m is None:
        return None
    determiner = _HYPHENED_DETERMINER if m.group("gap") == "-" else _SPACED_DETERMINER
    word, following = m.group("word"), m.group("next").lower()
    if word == "strong" and m.group("gap") == "-":
        # "a 5,000-strong crowd", "the 1.5 million-strong union": the size of the group, not a count of "strong"
        if following in _NOT_IN_NP or not determiner.search(text, max(0, start - 6), start):
            return None
        return m.group("next"), m.group("next").lower()  # (what it counts is the group's members)
    if (
        word in _NOT_IN_NP
        or word in _PAST_VERBS
        or word in _IDIOM_COMPOUNDS
        or _NOT_COUNTED.search(word)
        or following in _NOT_IN_NP
        or following in _PAST_VERBS
        or not determiner.search(text, max(0, start - 6), start)
    ):
        return None
    return word, word


# A clause telling what an amount named before it came to: "its turnover, which was", "revenue, which reached".
_WHICH_WAS = re.compile(
    r",\s+which\s+(?:was|were|is|are|had\s+been|reached|totall?ed|amounted\s+to|stood\s+at|came\s+to)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|less\s+than|over|under)\s+)?$",
    re.IGNORECASE,
)


# A sum named by what it was paid or earned as, right after it: "450 million pounds in dividends", "in bonuses".
_IN_WHAT_IT_PAID = re.compile(
    r"\s+in\s+(?:(?P<lost>lost|forgone|foregone|missed)\s+|(?P<kind>[a-z-]+)\s+)?(?P<what>dividends|bonuses|pay|wages|salaries|revenue|sales|profits?|taxes|fees|fines|"
    r"royalties|donations|ransom|bribes|rent|damages|compensation|costs|prize\s+money)\b",
    re.IGNORECASE,
)
# Bribes named right before their sum: "bribes worth £120,000", "kickbacks totalling $2m", "a bribe of €50,000".
# A sum taken by deceit from those named right before it: "fleeced victims of £212 million", "a scheme that cheated
# savers of $95 million", "conned pensioners out of £1.4m", "defrauded the health service of £3m" (what a fraud took,
# compared as such; not a sum stolen, nor a fine for it).
_DEFRAUDED_BEFORE = re.compile(
    r"(?i)\b(?:cheat(?:ed|s|ing)?|fleec(?:e|ed|es|ing)|swindl(?:e|ed|es|ing)|defraud(?:ed|s|ing)?|con(?:ned|ning|s)?|"
    r"trick(?:ed|s|ing)?|dup(?:e|ed|es|ing)|scamm(?:ed|ing))\s+(?:[\w’'-]+\s+){0,4}?(?:out\s+of|of)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|up\s+to|an\s+estimated|a\s+total\s+of|"
    r"a\s+combined|a\s+record)\s+)*$"
)
_BRIBES_BEFORE = re.compile(
    r"(?i)\b(?:bribes?|kickbacks?)\s+(?:worth|totall?ing|amounting\s+to|of)\s+(?:(?:about|around|some|nearly|almost|"
    r"roughly|more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)*$"
)
# A sum awarded to someone, right after the verb and whom it goes to ("awarded the widow $12 million", "awarded her
# £45,000"), by a court, a jury or a tribunal the sentence names before it.
_AWARDED_BEFORE = re.compile(
    r"(?i)\bawarded\s+(?:(?:him|her|them|the\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+)?"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|a\s+total\s+of)\s+)*$"
)
_AWARDING_BODY = re.compile(r"(?i)\b(?:jury|juries|jurors|court|judge|tribunal|arbitrat\w+)\b")
# Its family by the word after "in" ("$12m in damages": damages; "$5bn in sales": revenue).
_SUM_PAID_AS = {
    "dividends": "dividend",
    "bonuses": "bonus",
    "pay": "wage bill",
    "wages": "wage bill",
    "salaries": "wage bill",
    "revenue": "revenue",
    "sales": "revenue",
    "profit": "profit",
    "profits": "profit",
    "taxes": "tax",
    "royalties": "royalties",
    "donations": "donations",
    "ransom": "ransom",
    "bribes": "bribes",
    "rent": "rent",
    "damages": "damages",
    "compensation": "payment",
    "fees": "fee",
    "fines": "fine",  # "ordered to pay £18,000 in fines and costs"
    "costs": "cost",  # "ordered to pay £850 in costs": a court's costs order
    "prize money": "prize money",
}


# What a sum is, named right before it: "set bail at $250,000", "bail was set at", "an average salary of £32,900",
# "weekly pay of A$1,940", "the price of a litre of diesel hit 1.89 euros", "priced at €70", "a valuation of $2.1bn",
# "Revenue rose 14% to €1.31bn", "pre-tax profit more than doubled to €212m". The nearest such noun, at most five
# words before the verb or preposition that gives the sum, with no other sum and no new clause between.
_SUM_NOUNS = (
    r"(?P<bail>bail)|(?P<minimum_wage>(?:minimum|living)\s+wages?)|(?P<salary>salar(?:y|ies)|(?<!minimum\s)(?<!living\s)wages?|(?:weekly|hourly|monthly|average|median|starting|basic|base)\s+"
    r"(?:pay|earnings))|(?P<price>prices?|fares?)|(?P<valuation>valuation)|(?P<revenue>revenues?|sales|turnover)|"
    # (a company's earnings; "average weekly earnings" are a wage)
    r"(?P<profit>(?:(?:net|operating|pre-?tax|core|underlying|gross|adjusted)\s+)?(?:profits?|income|"
    r"(?<!weekly\s)(?<!hourly\s)(?<!monthly\s)(?<!average\s)(?<!median\s)earnings)|ebitda)"
    # The other sums a report names and another report gives again: "at a cost of £2.3bn", "a budget of €45m", "monthly rent of", "damages of $4.1m", "a one-off payment of £4,800", "a bonus
    # of", "a prize pool of $7.8m", "donations of", "spending of", "a net loss of €340m", "a dividend of".
    r"|(?P<cost>costs?|(?:repair|clean-?up|rebuild(?:ing)?|reconstruction|restoration|construction|legal|medical|"
    r"hospital)\s+bills?)|(?P<budget>budgets?)|(?P<rent>rents?)"
    # what a court or a jury awarded: "punitive damages of $40m" apart from the whole award ("a $48 million jury award",
    # "reduced the verdict to $21 million")
    r"|(?P<punitive>punitive\s+damages)|(?P<damages>(?<!punitive\s)damages|(?:jury|court|damages)\s+awards?|verdicts?)"
    r"|(?P<payment>payments?|payouts?|compensation|handouts?)|(?P<bonus>bonus(?:es)?)"
    # what ends a claim or a suit ("a $250 million settlement"), what an investor puts in ("an investment of €2bn")
    r"|(?P<settlement>settlements?)|(?P<investment>investments?)"
    r"|(?P<prize>prize(?:\s+(?:money|pool|fund))?|jackpot|purse)|(?P<donations>donations)"
    r"|(?P<spending>spending|expenditure)|(?P<loss>(?:(?:net|operating|pre-?tax|underlying)\s+)?loss)"
    r"|(?P<dividend>dividends?)|(?P<ransom>ransom)|(?P<fee>(?:transfer\s+)?fees?)"
    # what a country earns, holds or owes: "Remittances rose to $12.4bn", "reserves fell to $18.3bn", "exports of
    # whisky rose 7% to £5.9bn"
    # "a trade deficit of $68.9bn", "a net worth of $2.1bn", "a market value of $90bn", "an MSRP of $45,000"
    r"|(?P<deficit>(?:trade\s+|budget\s+|fiscal\s+|current[- ]account\s+)?deficit)"
    r"|(?P<surplus>(?:trade\s+|budget\s+|fiscal\s+|current[- ]account\s+)?surplus)"
    r"|(?P<street_value>street\s+value)|(?P<net_worth>net\s+worth|personal\s+fortune)|(?P<market_value>market\s+(?:value|capitali[sz]ation|cap))"
    r"|(?P<msrp>msrp|list\s+price|sticker\s+price|face\s+value)"
    # what is charged for a service or a supply: "parking charges", "a standing charge of", "energy bills" (not "in
    # charge of", nor a company's one-off charge, a loss)
    r"|(?P<charges>(?:standing|parking|service|call-out|delivery|booking|entry|admission|congestion|water|energy|"
    r"electricity|gas|user|access|roaming|tuition)\s+charges?|(?:energy|electricity|gas|water|phone|broadband|"
    r"household|utility|heating)\s+bills?)"
    r"|(?P<share_price>shares)|(?P<remittances>remittances)|(?P<reserves>reserves)|(?P<exports>exports)|(?P<imports>imports)"
    # what a state or a firm owes or borrows, an insurer charges, a club pays its players, a budget lacks, a sale
    # brought in: "Italy's debt stands at €2.97 trillion", "the average premium fell 7% to £608", "a payroll of $341m",
    # "a $48m shortfall", "proceeds of €4.3bn"; futures are priced ("gas futures jumped 11% to €41.50")
    r"|(?P<debt>(?:public|national|government|sovereign|federal|total|net)\s+debt|debt)|(?P<borrowing>borrowing)"
    r"|(?P<premium>premiums?)|(?P<payroll>payroll)|(?P<shortfall>shortfall|funding\s+gap|(?:black\s+|budget\s+)?hole)"
    r"|(?P<proceeds>proceeds)"
    r"|(?P<futures>futures)"
)
# Each named group's family ("prize pool": prize money).
_SUM_FAMILIES = (
    ("bail", "bail"),
    ("minimum_wage", "minimum wage"),
    ("salary", "salary"),
    ("price", "price"),
    ("valuation", "valuation"),
    ("revenue", "revenue"),
    ("profit", "profit"),
    ("cost", "cost"),
    ("budget", "budget"),
    ("rent", "rent"),
    ("punitive", "punitive damages"),
    ("damages", "damages"),
    ("payment", "payment"),
    ("bonus", "bonus"),
    ("settlement", "settlement"),
    ("investment", "investment"),
    ("prize", "prize money"),
    ("donations", "donations"),
    ("spending", "spending"),
    ("loss", "loss"),
    ("dividend", "dividend"),
    ("ransom", "ransom"),
    ("fee", "fee"),
    ("deficit", "deficit"),
    ("surplus", "surplus"),
    ("street_value", "street value"),
    ("net_worth", "net worth"),
    ("market_value", "market value"),
    ("msrp", "price"),
    ("charges", "price"),
    ("share_price", "share price"),
    ("remittances", "remittances"),
    ("reserves", "reserves"),
    ("exports", "exports"),
    ("imports", "imports"),
    ("debt", "debt"),
    ("borrowing", "borrowing"),
    ("premium", "premium"),
    ("payroll", "payroll"),
    ("shortfall", "shortfall"),
    ("proceeds", "proceeds"),
    ("futures", "price"),
)
# The families of a sum named with it (none names the claim's subject).
SUM_FAMILIES = frozenset(name for _, name in _SUM_FAMILIES) | frozenset(_SUM_PAID_AS.values())
_SUM_MOVES = (
    r"(?:rose|rise|rises|fell|falls?|climb(?:s|ed)?|jump(?:s|ed)?|drop(?:s|ped)?|slip(?:s|ped)|"
    r"increas(?:e|es|ed)|decreas(?:e|es|ed)|gain(?:s|ed)|edged\s+(?:up|down)|(?:go|goes|went|gone)\s+(?:up|down))"
)
_SUM_NAMED_BEFORE = re.compile(
    r"(?s:.*)\b(?:(?:" + _SUM_NOUNS + r")(?:[\s,]+(?!(?:and|but|while|whereas|or|which|who)\b)[\w%.’'-]+){0,7}?[\s,]+"
    # ("The cost of the recall would be about $160 million": a verb's own "be")
    r"(?:of|at|to|was|were|is|are|(?P<to_be>(?:will|would|could|may|might|should)\s+be)|hit|hits|reached|totall?ed|averag(?:e|es|ed)|stood\s+at|came\s+(?:in\s+)?at|amounted\s+to|"
    # "A single bus fare will cost £2.50", "the season ticket's price now costs £1,100" (the noun right before the
    # verb: "a tub of premium ice cream costs $9" is no premium)
    r"(?P<costs>costs?)|"
    # "ticket prices range from 90 to 1,450 Swiss francs"
    r"(?:range|ranges|ranged|ranging)\s+(?:from|between)|"
    # "house prices rose by £3,200 to £291,000", "bills will fall by £129 a year to £1,720": the level after the move
    + _SUM_MOVES
    + r"\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?[$€£¥]?\d[\d.,]*(?:\s*(?:bn|m|k|billion|million|"
    r"%|per\s*cent|percent|p|cents?|pence))?"
    # ("rose by £40 a month to £1,260", "fell by $1.9 billion in the month to $48.2 billion")
    r"(?:\s+(?:a|an|per)\s+(?:month|year|week|day|hour))?(?:\s+(?:in|over|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?"
    r"\s+to)"
    # ("A typical semi changed hands for £312,000": what it sold for)
    r"|(?P<priced>priced\s+at|(?:re-?)?sells?\s+for|(?:re-?)?sold\s+(?:at\s+auction\s+)?for|retails?\s+(?:at|for)|fetch(?:ed|es)|went\s+for|goes\s+for|"
    r"chang(?:ed|es|ing)\s+hands\s+(?:for|at))"
    r"|(?P<valued>valu(?:ed|es|ing)\s+(?:[\w’'-]+\s+){0,3}?at))\s+"
    r"(?:(?:an?|the)\s+)?(?:(?:estimated|reported|record|initial|average|total|combined|about|around|some|nearly|"
    r"almost|roughly|just|more\s+than|less\s+than|over|under|between)\s+)*$",  # ("at between £7m and £9m")
    re.IGNORECASE,
)
# Between a sum's noun and "cost(s)": nothing but the verb's own words ("fare will now cost").
_ONLY_AUXILIARIES = re.compile(
    r"(?i)(?:\s+(?:will|would|could|may|might|now|still|currently|typically|usually|also))*\s+"
)
# Words that make a named revenue or profit a figure yet to come ("expects revenue of $2bn", "its profit forecast
# of"): left to the cross-references, which tell an outlook from a result.
_OUTLOOK_WORDS = re.compile(
    r"(?i)\b(?:expect\w*|brac(?:e|ed|es|ing)\s+for|anticipat\w*|forecast\w*|outlook|guidance|target\w*|estimat\w*|project\w*|predict\w*|sees?|consensus|"
    r"analysts?|could|would|will|may|might)\b"
)


# A sum written before the noun that names it, after a determiner: "a $48 million shortfall", "the £44m prize", "its
# $3.1bn surplus", "the $1.3 billion Powerball jackpot"; the noun ends its phrase ("a $5bn sales target" is a target).
_DETERMINER_BEFORE_SUM = re.compile(
    # (or an owner's name: "The broadcaster's $787.5m settlement", "Voltra's €2bn investment")
    r"(?i)\b(?:a|an|the|its|their|his|her|our|this|that|[a-z][\w-]*['’]s?)\s+(?:[a-z-]+\s+)?$"
)
_SUM_NOUN_AFTER = re.compile(
    r"(?:\s+(?:[A-Z][\w-]*|[a-z]+(?:-[a-z]+)*))??\s+(?:" + _SUM_NOUNS + r")"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:is|was|were|are|has|had|have|will|would|could|in|for|on|at|to|from|this|next|last|and|or|"
    r"but|that|which|after|as|with|by|over|since|against)\b"
    # (its own verb in the past: "The $787.5m settlement ended the case")
    r"|\s+(?!(?:need|seed|speed|feed|bed)\b)[a-z]+ed\b)",
    re.IGNORECASE,
)


# A sum named by the verb right before it: "visitors spent £32.5bn" (what was spent, told as a total: not "will spend
# ... on", a budget's funding), "the government borrowed £17.4bn", "would save
# an average of $1,480", "must repay $6.3 billion", "will invest €10bn in a plant" (an investor's sum, which the
# cross-references compare as funding) (not "pledged": a donor's pledge stays aid or funding, which the
# cross-references compare as one donor's sums).
_MONEY_VERBS = (
    ("buy", "buyback"),
    ("bought", "buyback"),
    ("spen", "spending"),
    ("borrow", "borrowing"),
    ("sav", "savings"),
    ("repa", "repayment"),
    ("invest", "investment"),
)
_MONEY_VERB_BEFORE = re.compile(
    r"(?i)\b(?P<verb>(?:buy(?:s|ing)?|bought)\s+back|spent|spends?|spending|borrow(?:ed|s|ing)?|sav(?:e|es|ed|ing)|"
    r"repa(?:y|ys|id|ying)|invest(?:s|ed|ing)?)\s+"
    r"(?:(?:an?\s+(?:average|estimated|total|extra|further|additional|combined|record)(?:\s+of)?|"
    r"about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to|just|only|another|a\s+further|an\s+extra)\s+)*$"
)


# A sum someone lost: "The airline lost £140m in the half", "Investors lost $2bn when the fund collapsed" (not a
# currency's or an asset's move, "The pound lost 1.2 cents to $1.27", "Bitcoin lost $4,000 on Monday": a price's fall).
_LOST_BEFORE = re.compile(
    r"(?i)\b(?:lost|lose|loses|losing)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to|"
    r"at\s+least|an\s+estimated|a\s+combined|a\s+total\s+of|a\s+further|another|a\s+record)\s+)*$"
)
# (the level it fell to, after the sum's unit: "lost 1.2 cents to $1.27", "lost $4 to close at $81.20"; or the fall
# told in percent beside it: "The fund lost $2.3 billion, or 11.5 percent": its value's fall)
_MOVED_TO_A_LEVEL = re.compile(
    r"(?i)[^,;.]{0,20}?\s(?:to|at)\s+(?:an?\s+)?(?:[$€£¥₩]|\d)|[^,;.]{0,20}?,\s+or\s+(?:about\s+)?[\d.]+\s*(?:%|per\s*cent|pc)"
)
_LOSER_BEFORE = re.compile(r"(?i)(?P<head>[\w’'-]+)\s+(?:(?:has|have|had|also|already|reportedly)\s+)*$")
_PRICED_THINGS = frozenset("shares share stock stocks index price prices futures bonds bond it".split())


def is_sum_lost(text: str, start: int, end: int) -> bool:
    """Is the sum at ``text[start:end]`` what someone lost ("lost £1.1m"), not a price's fall by it?"""
    lost = _LOST_BEFORE.search(text, max(0, start - 40), start)
    if lost is None or _MOVED_TO_A_LEVEL.match(text, end):
        return False
    loser = _LOSER_BEFORE.search(text, max(0, lost.start() - 40), lost.start())
    head = loser.group("head").lower() if loser else ""
    return not (head in COMMODITIES or head in CURRENCY_NAMES or head in _PRICED_THINGS)


# A suit or a claim settled for a sum: "The network settled for more than $787 million", "settled the case for $4m".
_SETTLED_FOR = re.compile(
    r"(?i)\bsettl(?:ed|es|e|ing)\s+(?:(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?)?for\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to|just|only|an\s+undisclosed)\s+)*$"
)


def _money_verb_family(text: str, start: int, end: int) -> str | None:
    """The family of a sum the verb right before it names ("borrowed £17.4bn": borrowing), else None."""
    if is_sum_lost(text, start, end):
        return "loss"
    if _SETTLED_FOR.search(text, max(0, start - 60), start):
        return "settlement"  # what ends a claim or a suit, as "agreed to pay $4m to settle" is
    m = _MONEY_VERB_BEFORE.search(text, max(0, start - 50), start)
    if m is None:
        return None
    verb = m.group("verb").lower()
    if verb.startswith("spen") and (verb != "spent" or _SPENT_ON.match(text, end)):
        return None  # "will spend 1.2 trillion yen on reactors", "spent £1.1m on staff": funding, or a sum of its own
    return next(family for stem, family in _MONEY_VERBS if verb.startswith(stem))


_TO_SETTLE_AFTER = re.compile(r"(?i)\s+(?:in\s+order\s+)?to\s+settle\b")
# (what it was spent on, after the sum and its period: "spent £1.1m on staff", "spent £5m a year on wages")
_SPENT_ON = re.compile(r"(?i)(?:\s+(?:a|an|per|each)\s+(?:year|month|week|day))?\s+on\b")


def _sum_named_after(text: str, start: int, end: int) -> str | None:
    """The family of a sum named by the noun right after it ("a $48 million shortfall": shortfall)."""
    if not _DETERMINER_BEFORE_SUM.search(text, max(0, start - 30), start):
        return None
    m = _SUM_NOUN_AFTER.match(text, end)
    if m is None:
        return None
    family = next(name for group, name in _SUM_FAMILIES if m.group(group))
    if family in ("revenue", "profit", "loss", "fee") or family == "share price":
        return None  # (an outlook, a transfer or a share price: the readings by name before it decide)
    return family


# The sums a named noun "will be" is ("The cost of the recall would be about $160 million"): a cost or a charge
# fixed in advance.
_SUMS_TO_BE = frozenset("cost budget price fee bail damages ransom".split())


def _named_sum(text: str, start: int) -> str | None:
    """The family of a sum named right before it ("bail", "salary", "price", "valuation", "revenue", "profit")."""
    window = max(0, start - 90)
    m = _SUM_NAMED_BEFORE.match(text, window, start)
    if m is None:
        return None
    if m.group("priced"):
        return "price"
    if m.group("valued"):
        return "valuation"
    group, family = next((group, name) for group, name in _SUM_FAMILIES if m.group(group))
    if m.group("to_be") and family not in _SUMS_TO_BE:
        return None  # (what pay or revenue "will be" is left to the words after it: "£28,500 a year from April")
    if m.group("costs") and not _ONLY_AUXILIARIES.fullmatch(text, m.end(group), m.start("costs")):
        return None
    if family == "fee" and _TRANSFER_WORDS.search(_sentence_around(text, start, start)):
        return "transfer fee"  # "Chelsea agreed a fee of £38m for the winger": what a club pays for a player
    if family in ("revenue", "profit", "loss") and _OUTLOOK_WORDS.search(text, max(0, m.start(family) - 60), start):
        return None  # an outlook, or a result told in another tense: the words around it decide downstream
    return family


# The families a sum takes from words near it, not from a name right before it (a guess a clearer reading outranks).
MONEY_PURPOSES = frozenset(name for _, name in _MONEY_PURPOSE)


# A transfer: a club buying a player. The words that tell a sum in the sentence is paid for one ("the winger",
# "add-ons", "a release clause", "the signing"), and those that name the sum itself as the fee.
_TRANSFER_WORDS = re.compile(
    r"(?i)\b(?:transfers?|add-ons|(?:release|buy-?out)\s+clause|signings?|to\s+sign|strikers?|midfielders?|defenders?|"
    r"wingers?|goalkeepers?|full-backs?|cent(?:re|er)-backs?|playmakers?|(?:the|a|\d\d-year-old)\s+forward)\b"
)
# Right after the sum: "his £86m move to Bayern", "a €60m bid for the defender", "€10m in add-ons", "a £45m release
# clause"; a move, switch or transfer of a person ("his", "the striker's") needs no other word.
_TRANSFER_AFTER = re.compile(
    r"(?i)\s*(?:-\s*)?(?:(?:club|British|world|league|transfer)[- ]record\s+)?(?:(?P<own>move|switch|transfer)|signing|"
    r"bid|offer|fee|deal|(?:release|buy-?out)\s+clause|(?:in\s+(?:potential\s+|performance-related\s+)?add-ons))\b"
)
_PERSONS_BEFORE = re.compile(r"(?i)(?:\b(?:his|her)|[’']s)\s+(?:[a-z-]+\s+)?[$€£]?$")
# Right before it: "paid an initial €45m for", "signed for a club-record £50m", "a fee of", "a release clause of",
# "worth an initial £55m" after a transfer named, "plus £10m" or "a further €15m" after its first sum.
_TRANSFER_BEFORE = re.compile(
    r"(?i)\b(?:paid|pay|pays|paying|for|bid\s+of|offer\s+of|fee\s+of|clause\s+of|(?P<worth>worth)|"
    r"(?P<more>plus|further|another|rising\s+to))\s+(?:(?:an?|the)\s+)?"
    r"(?:(?:initial|reported|club-record|record|British-record|world-record|guaranteed|fixed|total|potential|"
    r"further|up\s+to)\s+)*(?:[A-Z]{0,3}[$€£]|\d)?$"
)
_CLAUSE_AFTER = re.compile(r"(?i)\s*(?:-\s*)?(?:release|buy-?out|exit)\s+clause\b")
_CLAUSE_BEFORE = re.compile(
    r"(?i)\b(?:release|buy-?out|exit)\s+clause\s+(?:(?:of|is|was|stands\s+at|set\s+at|worth)\s+)(?:an?\s+|the\s+)?"
    r"(?:(?:reported|reputed)\s+)?(?:[A-Z]{0,3}[$€£]|\d)?$"
)
_TRANSFER_NAMED_BEFORE = re.compile(r"(?i)\b(?:transfer|move|switch|signing|fee)\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z“\"])")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``text[start:end]`` (at most 200 characters either side)."""
    lo = max(0, start - 200)
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    lo = ends[-1].end() if ends else lo
    hi = _SENTENCE_END.search(text, end, min(len(text), end + 200))
    return text[lo : hi.start() + 1 if hi else min(len(text), end + 200)]


def _transfer_fee(text: str, start: int, end: int) -> str | None:
    """ "transfer fee" for a sum a club pays for a player, by the words right around it and a transfer word in its
    sentence: "his £86m move", "paid an initial €45m for the 22-year-old midfielder, with a further €10m in add-ons"
    (not "a $40bn deal" or "paid $2bn for the firm": no player, no transfer)."""
    if _CLAUSE_AFTER.match(text, end) or _CLAUSE_BEFORE.search(text, max(0, start - 40), start + 1):
        return "release clause"  # "a release clause of 100 million euros": what would free him, no fee paid
    after = _TRANSFER_AFTER.match(text, end)
    if after and after.group("own") and _PERSONS_BEFORE.search(text, max(0, start - 40), start + 1):
        return "transfer fee"  # "his £86m move to Bayern", "the striker's €70m switch"
    before = _TRANSFER_BEFORE.search(text, max(0, start - 50), start + 1)
    if not (after or before):
        return None
    # "The transfer, worth an initial £55m", "£55m plus £10m in add-ons": a transfer named before the sum
    if (
        before
        and (before.group("worth") or before.group("more"))
        and not _TRANSFER_NAMED_BEFORE.search(text, max(0, before.start() - 40), before.start())
        and not (before.group("more") and after)
    ):
        return None
    return "transfer fee" if _TRANSFER_WORDS.search(_sentence_around(text, start, end)) else None


# The noun a sum is "of", right before it: "a toll of €14.50", "a confiscation order of £1.3m".
_NOUN_OF_SUM_BEFORE = re.compile(
    r"(?i)\b(?:a|an|the|its|their|his|her)\s+(?:(?P<kind>[a-z-]+)\s+)?(?P<noun>[a-z]{3,})\s+of\s+(?:(?:about|around|some|"
    r"nearly|almost|roughly|up\s+to|more\s+than|less\s+than|over|under|just\s+(?:over|under)|an\s+estimated)\s+)?$"
)
# Nouns a sum is "of" that name no kind of sum: its size, a move of it, a part or a time ("a total of", "a rise of",
# "to the tune of", "a third of", "a period of").
_NOT_A_SUM_NAME = frozenset(
    """
    total sum amount value worth record high low average figure estimate maximum minimum level peak rise fall increase
    decrease drop jump gain cut reduction tune excess third quarter half fraction part share portion period range
    number one each none all most some any rest remainder minimum cap floor ceiling limit
    loss profit revenue fee deficit surplus turnover earnings income sales
    """.split()
)  # (a company's loss, profit or revenue, and a fee: the readings by name above decide, an outlook's too)


_DESCRIBING = frozenset("new record further total big huge small hefty one-off extra first last final".split())


def _money_purpose(window: str) -> str:
    return next((name for pattern, name in _MONEY_PURPOSE if pattern.search(window)), "amount")


def _strip_period(after: str) -> str:
    return _LEADING_PERIOD.sub("", after)


_SUBJECT_NOUN = {
    "killed": "casualties",
    "wounded": "casualties",
    "casualties": "casualties",
    "troops deployed": "troops deployed",
    "troops": "troops",
    "workers": "workers",
    "payment per person": "payment per person",
    "payment per month": "payments",
}
_NO_SUBJECT = frozenset(
    {
        "ratio",
        "years",
        "year",
        "months",
        "month",
        "weeks",
        "week",
        "days",
        "day",
        "decades",
        "decade",
        "hours",
        "hour",
        "share",
        "percent increase",
        "percent decrease",
        "amount",
        "weight",  # ("the device weighs 240 grams": the device is what the claim measures)
        # the families of a sum, as "amount" was (the words naming it give the claim's subject, as before)
        *SUM_FAMILIES,
    }
)
# Where a figure's noun phrase ends: one of those nouns as a trie, and any "...workers" from its suffix
# (only where the match ends is used).
_NP_END = re.compile(
    r"(?:\b"
    + trie(
        sorted(
            {
                w.lower()
                for w in f"{TROOP_NOUNS}|{WORKER_NOUNS}|{PEOPLE_NOUNS}|casualties|killed|wounded|injured".split("|")
                if w != r"\w*workers"
            }
        )
    )
    + r"|workers)\b",
    re.IGNORECASE,
)


def demonym_in(text: str) -> str | None:
    """The first nationality in ``text``: a demonym, or a country turned into one."""
    from corpus.extract.entities import (
        gazetteer,  # late: measures is imported by the gazetteer's users
    )

    gaz = gazetteer()
    for mention in gaz.find(text):
        if mention.surface in gaz.demonyms:
            return gaz.demonym_of.get(mention.name, mention.surface)
        if mention.name in gaz.demonym_of and mention.type == "country":
            return gaz.demonym_of[mention.name]
    return None


def subject_for(
    text: str,
    measure: str | None,
    quantity_start: int,
    previous: str | None = None,
    quantity_end: int | None = None,
    mentions: list[Mention] | None = None,
) -> str | None:
    """Short label of what the claim measures, e.g. "North Korean casualties".

    The nationality comes from the figure's own noun phrase ("600 North Korean
    soldiers"), else from the previous figure's subject in the same paragraph
    ("These figures ..."), else from the first nationality in the sentence.
    """
    if not measure or measure in _NO_SUBJECT or measure.endswith((" increase", " decrease")):
        return None  # (a move of a named thing, "revenue increase", names no subject, as "percent increase" does not)
    noun = _SUBJECT_NOUN.get(measure, measure)
    if noun.startswith("payment"):
        return noun
    after = text[quantity_start : quantity_start + 80]
    end = _NP_END.search(after)
    window = after[: end.end()] if end else ""
    tail = text[quantity_end : quantity_start + end.end()] if end and quantity_end is not None else ""
    dem = (demonym_in(window) or _proper_adjective_in(tail)) if window else None
    told = next(reversed(list(_TOLD_THAT.finditer(text, 0, quantity_start))), None)  # the last telling before it
    # ("Ukraine's military intelligence agency said that about 11,000 soldiers of the Korean People's Army ...": the
    # teller's country is not whose soldiers they are; only the words told are searched)
    lo = told.end() if told is not None else 0
    before = (
        [replace(m, start=m.start - lo, end=m.end - lo) for m in mentions if lo <= m.start and m.end <= quantity_start]
        if mentions is not None
        else None
    )
    if dem is None and previous and previous.endswith(" " + noun):
        # the previous figure's subject, unless the sentence names its own place before the figure ("In India's
        # Himachal Pradesh, the toll stood at 31. In Pakistan, at least 44 have died": Pakistan's)
        own = _placed_in_before(text[lo:quantity_start])
        if own is None or previous == f"{own} {noun}":
            return previous
        return f"{own} {noun}"
    dem = dem or _last_demonym(text[lo:quantity_start], names=noun in _OWNED, mentions=before)
    return f"{dem} {noun}" if dem else noun


# A sentence opening on the place it tells of: "In Pakistan, ...", "In India's Himachal Pradesh, ...".
_OPENS_IN_A_PLACE = re.compile(r"^\s*In\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:['’]s\b|\s*,)")


def _placed_in_before(text: str) -> str | None:
    """The country a sentence opens by placing itself in (``_OPENS_IN_A_PLACE``), as a subject names it."""
    opening = _OPENS_IN_A_PLACE.match(text)
    if opening is None:
        return None
    country = country_of(opening["name"])
    return country if country == opening["name"] else None


# A telling and the clause it reports: "said on Wednesday that", "told reporters".
# (the forms come from the cue lexicon, as the other lists of reporting verbs do: corpus/extract/cues.py)
_TELLING_FORMS = "|".join(
    sorted(
        {f for lemma in ("say", "estimate", "report", "announce", "believe", "claim") for f in cue_verbs.forms(lemma)}
        - set(cue_verbs.PROGRESSIVE)
    )
)
_TOLD_THAT = re.compile(
    rf"\b(?:{_TELLING_FORMS}|told\s+(?:\w+\s+)?(?:reporters|lawmakers|journalists|parliament|a\s+briefing))\s+"
    r"(?:(?:on|late\s+on|last)\s+\w+\s+)?(?:that\s+)?"  # ("said the North had sent": a clause told without "that")
)


# What a measurement is of, named before it: "a speed of 15 mph", "winds of at least 74 mph", "the aircraft
# is 72.7 metres", "turnover of 1.3 billion shekels", "revenue rose to $7.4 billion", "the index fell 0.9%",
# "the set will cost $200", "petrol averaged $2.11", "the field stretched for seven miles" (the subject of
# a verb that moves, costs or measures; not "put turnout at").
_MEASURING_VERBS = (
    r"ros|rises?|rising|fell|falls?|climb(?:ed|s)?|jump(?:ed|s)?|dropp?(?:ed|s)?|increas(?:ed|es?)|decreas(?:ed|es?)|"
    r"gr[eo]w|grows|declin(?:ed|es?)|slipp?(?:ed|s)?|edged\s+(?:up|down)|gain(?:ed|s)?|slid|slides?|plung(?:ed|es?)|"
    r"plummet(?:ed|s)?|surg(?:ed|es?)|soar(?:ed|s)?|tumbl(?:ed|es?)|sank|sinks?|cost|costs|averag(?:ed|es?)|"
    r"stretch(?:ed|es)?|measur(?:ed|es?)|weigh(?:ed|s)?|total(?:l?ed|s)|top(?:ped|s)|exceed(?:ed|s)?|"
    r"reach(?:ed|es)?|hit|hits|stood|stands|amount(?:ed|s)\s+to|came\s+in|"
    # a figure revised in the passive: "Growth was revised down to 0.2%", "The estimate was cut to 41,000"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|since\s+|now\s+|also\s+)?"
    r"(?:revised|marked|cut|trimmed|raised|lowered|lifted|reduced|upgraded|downgraded|scaled)"
    r"(?:\s+(?:up|down|back|upwards?|downwards?))?(?=\s+(?:to|by)\b)|"
    r"was|is|were|are|"
    r"(?:ended|closed|finished|opened|settled|traded)(?:\s+(?:up|down|higher|lower))?|"
    r"risen|fallen|grown|eas(?:ed|es)|dipp?(?:ed|s)?|slow(?:ed|s)|accelerat(?:ed|es)|remain(?:ed|s)?|stay(?:ed|s)?|"
    r"hover(?:ed|s)?|rang(?:ed|es)|vari(?:ed|es)|fl(?:y|ies|ew)|travel(?:l?ed|s)?|covers?|covered|"
    r"(?:sold|sells?|bought|buys?|went|goes|go)\s+for|(?:priced|valued|estimated|put|pegged)\s+at|"
    r"(?:go|goes|going|gone|went)\s+(?:up|down)|"  # "Rail fares will go up by 4.6%"
    # "Unemployment held at 5.8%", "Inflation held steady at 2.1%" (not "Police held 40 people")
    r"(?:held|holds|holding)(?:\s+(?:steady|unchanged|flat|stable))?(?=\s+at\b)|"
    # "Services inflation stuck at 4.9%", "The jobless rate steadied at 4.1%"
    r"(?:stuck|sticks|steadied|steadies)(?=\s+at\b)|"
    r"costs?\s+(?:me|us|him|her|them|you)|"
    # "unemployment doubled to 8%", "output shrank 0.3%", "the deficit widened to 4.1%"
    r"doubl(?:ed|es)|tripl(?:ed|es)|halv(?:ed|es)|quadrupl(?:ed|es)|leap(?:t|ed|s)|spik(?:ed|es)|slump(?:ed|s)?|"
    r"rebound(?:ed|s)?|recover(?:ed|s)?(?=\s+to\b)|peak(?:ed|s)|shr[au]nk|shrinks?|contract(?:ed|s)|expand(?:ed|s)|widen(?:ed|s)|narrow(?:ed|s)"
)
# A lower-case verb in the past inside a run of words ("brought", "packed", "caused"), not "speed" or "need"
# (nor "hit", "cut", "set", "put", which also name things: "the cut rate").
_FINITE_IN_RUN = re.compile(
    r"[a-z]{2,}(?<!e)ed|"
    + "|".join(sorted((_PAST_VERBS - {"hit", "cut", "set", "put"}) | {"brought", "caught", "had", "kept"}))
)
_PROPERTY_BEFORE = re.compile(
    r"(?P<np>(?:[A-Za-z\d][\w&’'-]*\s+){0,7}[A-Za-z\d][\w&’'-]*)\s+"
    rf"(?:(?:{_MEASURING_VERBS.replace('ros|', 'rose|')})"
    r"(?:\s+(?:to|by|from|at|for|only|just|about|around|roughly|nearly|almost|some|another|a|an|further|up|down|"
    r"between))*"
    r"|(?P<of>of))\s+$"
)

# The last word of every _PROPERTY_BEFORE match: a verb, the word ending a verb of two words, a particle or "of".
_PROPERTY_LAST = re.compile(
    rf"(?:{_MEASURING_VERBS.replace('ros|', 'rose|')})|to|by|from|at|for|only|just|about|around|roughly|nearly|"
    r"almost|some|another|a|an|further|up|down|between|of|in|higher|lower|me|us|him|her|them|you"
)


_RELATIVE = frozenset("that which who".split())
_EXPECTED = frozenset("expected forecast projected set likely due poised tipped predicted estimated seen".split())
_BE = frozenset("is are was were be been being".split())
_PRONOUNS = frozenset("he she it they we i you this these those".split())
# Words after which a new clause (and its subject) begins: "he said prices rose 5%", "the bank expects
# inflation to reach 3%", "what polls show is a 30-point lead"; a reporting verb in its past or -s form.
_CLAUSE_WORDS = frozenset(
    "that which who whom what and but or while when as because if whereas appears appeared seems seemed said told "
    "thought felt found knew saw wrote says expects believes thinks wants shows warns predicts "
    "however meanwhile nevertheless nonetheless still yet instead moreover furthermore overall".split()
) | {verb for verb in cue_verbs.FINITE if verb.endswith("ed")}  # not "state", "reports": nouns as often


_PARTICIPLE = re.compile(r"^[a-z]{3,}(?<!e)ed$")  # "stored", "employed"; not "speed", "seed", "need"


# The dimension a size word after a figure gives ("57km long": length, "a crater 8 metres across": width).
SIZES = {
    "long": "length",
    "deep": "depth",
    "high": "height",
    "tall": "height",
    "wide": "width",
    "thick": "thickness",
    "across": "width",
    "away": "distance",
}
SIZE_MEASURES = frozenset({*SIZES.values(), "diameter"})


def is_unit_word(measure: str) -> bool:
    """Is ``measure`` only the unit written after its figure ("miles", "basis points"), its name ("kilometre") or
    a dimension ("length"), naming nothing measured?"""
    from corpus.extract.units import UNITS

    if measure in UNITS or measure in SIZE_MEASURES:
        return True  # ("length" names a dimension, not what has it: "the aircraft is 72.7 metres long")
    m = _UNIT_AFTER.match(" " + measure)
    return m is not None and m.end() == len(measure) + 1


# "boost the driving range by 35 miles", "cut its deficit by $2bn": the object of a verb of change before "by".
_CHANGED_OBJECT = re.compile(
    r"(?i)\b(?:rais|increas|boost|lift|extend|expand|cut|reduc|lower|trim|slash|shrink|shorten|narrow|widen)\w*\s+"
    r"(?:(?:the|its|their|his|her|our|this|that)\s+(?P<np>(?:[A-Za-z][\w’'-]*\s+){0,3}?[A-Za-z][\w’'-]*)"
    # a plural with no determiner: "raise parking charges by 8%", "cut fares by 10%"
    r"|(?P<plural>(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*[a-z]s))"
    # where or whose: "the minimum wage in Jakarta", "fees for students"
    r"(?:\s+(?:in|for|at|across|on)\s+(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*)?)?\s+by\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just|only|more\s+than|up\s+to|another|a\s+further)\s+)?$"
)


# Reporting verbs in the plural present ("Analysts estimate the company's sales fell 15%"): a clause follows when a
# determiner or a possessive does; alone before the verb they are nouns ("the estimate rose to 5%").
_PLURAL_REPORTING = frozenset(
    "say estimate expect believe think warn predict forecast project show find report claim fear suspect argue".split()
)
_OPENS_NP = frozenset("the a an its their his her our this these those".split())


def _opens_clause(words: list[str], i: int) -> bool:
    word = words[i].lower()
    if word in ("and", "or") and _joins_objects_of_a_preposition(words, i):
        return False  # "Turnover at the bakery and cafe chain", "Shares in the oil and gas group": one noun phrase
    if word in _CLAUSE_WORDS:
        return True
    if word not in _PLURAL_REPORTING or i + 1 >= len(words):
        return False
    after = words[i + 1].lower()
    return after in _OPENS_NP or after.endswith(("'s", "’s"))


_PHRASE_PREPOSITIONS = frozenset("at of in for from on by with".split())


def _joins_objects_of_a_preposition(words: list[str], i: int) -> bool:
    """Whether "and"/"or" at ``words[i]`` joins words inside a preposition's phrase opened at most three words before
    it, no verb between ("at the trainer and tracksuit maker")."""
    for j in range(i - 1, max(-1, i - 4), -1):
        word = words[j].lower()
        if word in _PHRASE_PREPOSITIONS:
            return True
        if word in _NOT_IN_NP and word not in _OPENS_NP:
            return False
    return False


def property_of(text: str, start: int) -> str | None:
    """The noun phrase a measurement at ``start`` is said of ("speed" in "at a speed of 15 mph"), or None
    when the words before it are no noun phrase ("it was", "was traveling at")."""
    changed = _CHANGED_OBJECT.search(text, max(0, start - 80), start)
    changed_np = changed and (changed.group("np") or changed.group("plural"))
    if changed_np and not any(w.lower() in _NOT_IN_NP for w in changed_np.split()):
        return changed_np
    window = text[max(0, start - 80) : start]
    tail = window.rstrip()
    if len(tail) == len(window) or not tail or not _PROPERTY_LAST.fullmatch(tail.rsplit(None, 1)[-1]):
        return None  # (the word before the figure is no verb, particle or "of" a match ends with: no search)
    m = _PROPERTY_BEFORE.search(text, max(0, start - 80), start)
    if m is None:
        return None
    # Content words only: after "of" the run right before it ("at a speed of"), before a verb the
    # first run, its subject ("Revenue in the quarter rose to").
    words = m.group("np").split()
    while len(words) > 2 and words[-1].lower() == "to" and words[-2].lower() in _EXPECTED:
        # "prices are expected to increase 5%": the subject of what is expected, not a clause after "expected"
        words = words[:-2] if words[-3].lower() not in _BE else words[:-3]
    if not m.group("of") and words[-1].lower() in _PRONOUNS:
        return None  # "since he was 5": its subject is a pronoun, which names nothing
    if len(words) == 1 and words[0].lower() == "which" and text[: m.start()].rstrip().endswith(","):
        # "The rupee, which fell 4% last month, ...": what the clause is said of, before its comma
        words, last = _antecedent(text[: m.start()].rstrip()[:-1]), True
    elif words[-1].lower() in _RELATIVE:
        words, last = words[:-1], True  # "the small country that is 90 miles across": the country
    else:
        clause = max((i for i, w in enumerate(words) if _opens_clause(words, i)), default=-1)
        words, last = words[clause + 1 :], bool(m.group("of"))
    runs = " ".join("|" if w.lower() in _NOT_IN_NP else w for w in words).split("|")
    if (
        not last
        and len(words) > 2
        and words[1].lower() in _OPENS_NP
        and re.fullmatch(r"[A-Z][a-z]+", words[0])
        and not text[: m.start()].strip(" \t\n\"“‘'")
    ):
        # a word opening the sentence right before a determiner is an adverb setting the scene, no subject:
        # "Upstream the water stood 6.4 metres", "Offshore the waves reached 9 metres"
        runs[0] = ""
    # (a time opening the sentence is no subject: "Next month the fare will rise to £3", "In June prices rose 2%")
    words = (runs[-1] if last else next((r for r in runs if r.strip() and not _TIME_RUN.fullmatch(r)), "")).split()
    if last:
        # "Storm Elsa brought gusts of": the noun phrase after the verb, not the clause's subject and its verb
        verb = max((i for i, w in enumerate(words[:-1]) if _FINITE_IN_RUN.fullmatch(w)), default=-1)
        words = words[verb + 1 :]
    while len(words) > 1 and _PARTICIPLE.search(words[-1]):
        words.pop()  # "the charge stored in the cell was 3.2 volts": the charge
    while len(words) > 1 and words[0].islower() and words[0] in cue_verbs.PROGRESSIVE:
        words.pop(0)  # "..., saying repairs would cost €3.2 million": the repairs, not the saying
    head = words[-1].lower() if words else ""
    if (
        not head
        or (head.isdigit() and len(words) == 1)
        or (head.endswith(("ing", "ly")) and head not in _ING_NOUNS)
        or (head.endswith("ed") and not head.endswith("eed") and len(head) > 4)
    ):
        return None
    return " ".join(words)


def _antecedent(before: str) -> list[str]:
    """The noun phrase ending ``before`` (the words a clause after its comma describes): its last words up to a
    determiner, a preposition or a verb ("The rupee" → ["rupee"], "Sales of new homes" → ["homes"])."""
    words: list[str] = []
    for word in reversed(before.split()[-4:]):
        if word.lower() in _NOT_IN_NP or not re.fullmatch(r"[A-Za-z][\w&’'-]*", word):
            break
        words.insert(0, word)
    return words


# Nouns ending in -ing that news reports as rising and falling, no gerund: "Consumer spending rose 3.2%", "Mortgage
# lending fell 12%", "Sterling fell 0.4%".
_ING_NOUNS = frozenset({"spending", "lending", "borrowing", "sterling"})


_TIME_RUN = re.compile(
    r"(?i)\s*(?:(?:next|last|this|early|late|mid|(?:19|20)\d\d|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|"
    r"month|year|quarter|spring|summer|autumn|fall|winter|today|yesterday|tomorrow|tonight|morning|afternoon|"
    r"evening|night|overnight)\s*)+"
)


# A measure written before a noun describes that noun: "a 750 meter swim", "a 120Hz refresh rate", "the 50mph
# winds", "an $800 pizza oven", "12 C melting point" (the unit singular, as an attributive measure is written).
_ATTRIBUTIVE_WORD = re.compile(r"(?:\s+|(?<=-))(?P<word>[A-Za-z][\w’'-]*)")
_NOT_ATTRIBUTIVE = frozenset(
    """
    last next earlier later ago today yesterday tomorrow year years month months week weeks day days ahead away
    higher lower up down off apiece each altogether overall instead respectively compared including
    """.split()
)


def attributive_noun(text: str, end: int) -> str | None:
    """The noun phrase right after a measure that ends at ``end`` and modifies it ("swim" after "a 750 meter"),
    or None where what follows is no noun phrase ("rose 5% last year", "0.68 percent lower")."""
    words: list[tuple[int, int, str]] = []
    pos = end
    while len(words) < 4:
        m = _ATTRIBUTIVE_WORD.match(text, pos)
        if m is None:
            break
        word = m.group("word")
        lower = word.lower()
        if lower in _NOT_IN_NP or lower in _NOT_ATTRIBUTIVE or lower.endswith("ly"):
            break
        words.append((m.start("word"), m.end("word"), word))
        pos = m.end()
    if not words:
        return None
    head = words[-1][2].lower()
    if (head.endswith("ed") and not head.endswith("eed")) or head.endswith("ing"):
        return None  # "5% fell", "$200 according": a verb, not what the measure describes
    return text[words[0][0] : words[-1][1]]


# Counts that belong to a country or side: an unseen name before them is their owner.
_OWNED = frozenset({"casualties", "troops deployed", "troops", "workers"})


_PROPER_ADJECTIVE = re.compile(
    r"^\s+(?:[a-z]+\s+)?(?P<adj>(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}\S+$"
)


def _proper_adjective_in(tail: str) -> str | None:
    """An unseen nationality between the figure and its noun: "14 Kavari soldiers"."""
    m = _PROPER_ADJECTIVE.match(tail)
    return m.group("adj") if m else None


_HAS_AFTER = re.compile(r"\s+(?:has|have|had)\b")


def _last_demonym(text: str, names: bool = True, mentions: list[Mention] | None = None) -> str | None:
    """Whose figure it is: the nationality or name nearest before the figure
    ("North Korea was willing to send 100,000", "Drusia has about 1,500 troops")."""
    from corpus.extract.entities import find_entities, gazetteer

    gaz = gazetteer()
    found = None
    for mention in mentions if mentions is not None else find_entities(text):
        if mention.surface in gaz.demonyms:
            found = gaz.demonym_of.get(mention.name, mention.surface)
        elif mention.name in gaz.demonym_of:
            found = gaz.demonym_of[mention.name]
        elif (
            names
            and not mention.known
            and mention.type in ("other", "place")
            and " " not in mention.name
            # An unseen country or region; one opening the sentence must be what "has" the figure.
            and (not mention.tentative or _HAS_AFTER.match(text, mention.end))
        ):
            found = mention.name
    return found
