"""What a figure counts, read from the words next to it, for comparing figures across reports.

The extractor names a measure for most figures; for comparing two reports what matters is
the family of what is counted: "injured 23 workers" and "25 workers were treated for
injuries" both count the injured, "1,840 people had been infected" and "5,600 cases" both
count cases, "a 40% tariff" and "the tariff ... would be 45%" are one rate. The nearest
outcome word in the figure's clause decides; without one, the extractor's measure stands.
"""

from __future__ import annotations

import re
from dataclasses import replace

from corpus.countries import country_of
from corpus.extract.measures import MODELS_AFTER, THING_DEEDS
from corpus.extract.measures import STRIKING as _STRIKING
from corpus.extract.quantities import AGES, MEASURED_IN, noun_family
from corpus.extract.units import singular
from corpus.first_letter import located
from corpus.model import Claim, Quantity

# How old someone is: compared only with another age, and two ages are two people, never a revision.
AGE = "age"
# Outcome words -> the measure compared. Order does not matter: the nearest word wins.
_OUTCOMES = (
    (r"casualt(?:y|ies)", "casualties"),  # killed and wounded together
    # An army's losses are its killed and wounded: "Russia has lost about 845,000 troops" (not "lost 400 jobs")
    (
        r"(?:lost|loses|lose|losing)(?=\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|"
        r"an\s+estimated\s+|an\s+average\s+of\s+(?:about\s+)?)?[\d,.]+(?:\s+(?:million|thousand))?\s+"
        # ("lost 180,000 soldiers killed": its killed alone)
        r"(?:troops|soldiers|servicemen|personnel|fighters)\b(?!\s+(?:killed|dead)\b))",
        "casualties",
    ),
    (
        r"killed|kills?|killing|dead|died|dies|deaths?|death toll|toll|lives|bodies|fatalities|drowned(?!\s+out)",
        "killed",
    ),
    (
        r"injured|injur(?:y|ies)|wounded|hurt|hospitali[sz]ed|treated for injuries|"
        r"(?:suffered|sustained|treated\s+for)\s+(?:\w+\s+){0,2}?burns|burn\s+injuries",
        "wounded",
    ),
    (r"missing|unaccounted for", "missing"),
    # Sickened by food, water or a bug: "40 children fell ill", "the number taken ill has reached 164".
    (r"(?:fell|fallen|falling|taken|been|became|become|got|gotten)\s+(?:ill|sick)|sickened", "sickened"),
    # Out of a prison: "eleven inmates escaped", "the 11 men who broke out", "tunnelled out"; those still out are
    # another count ("seven prisoners still on the run", "three remain at large").
    (r"escaped|escapees|broke\s+out|tunnell?ed\s+out", "escaped"),
    (r"(?:still\s+|remain\s+|remains\s+)?(?:at\s+large|on\s+the\s+run)", "at large"),
    # In hospital, however written: "Nineteen children are in hospital" / "12 were taken to hospital".
    (r"(?:in|to)\s+(?:a\s+|the\s+)?hospital|hospital\s+treatment", "hospitalised"),
    (r"trapped", "trapped"),  # who they are, as troops is: what happened to them since outranks it
    # Brought out of a collapse, a flood or the sea: "brought 11 miners to the surface", "pulled out alive".
    (r"rescued|rescues|to\s+the\s+surface|to\s+safety|(?:out\s+)?alive|freed", "rescued"),
    # Put back as they were: "restored power to 15,000 homes" is not a count of the homes without it.
    (r"restored|reconnected|back\s+on(?:line)?", "restored"),
    (
        r"displaced|evacuat(?:e|ed|ing|ion|ions)|evacuees|homeless|fled|relief camps?|shelters?|moved out|"
        # "have crossed from Sudan into eastern Chad", "crossed the border into Thailand": who fled across a border
        r"cross(?:ed|ing)\s+(?:the\s+(?:border|frontier)\s+)?(?:from\s+(?:[\w'’-]+\s+){1,3}?)?into|"
        # "about 4,000 people were still unable to return home"
        r"(?:unable|not\s+able|yet)\s+to\s+(?:return|go\s+back)\s+(?:to\s+their\s+)?homes?|"
        r"(?:leave|left|leaving|from|out of)\s+their\s+homes|under\s+(?:evacuation\s+)?orders?|"
        # "were sheltering in school buildings", "are sleeping in tents and schools": those who left their homes
        r"shelter(?:ing|ed)\s+in|(?:sleeping|living|staying|camping|camped)\s+(?:in|at)\s+(?:makeshift\s+|temporary\s+)?"
        r"(?:tents|camps|schools|shelters|the\s+open)",
        "displaced",
    ),
    # Taken by kidnappers and held since: "abducted at least 80 pupils", "115 hostages"; those still held
    # are another count ("77 were still being held"), as those freed are ("rescued").
    (
        r"abduct(?:ed|s|ing)?|kidnapp?(?:ed|s|ing)?|taken\s+(?:hostage|captive)|hostages?|captives?",
        "abducted",
    ),
    # Held by the police, not by kidnappers: "taken into custody", "three are now in custody", "back behind bars".
    (
        r"(?:taken\s+into|(?:back\s+)?in|(?:remain(?:s|ed)?\s+)?in)\s+(?:police\s+)?custody|under\s+arrest|"
        r"back\s+behind\s+bars|(?:being\s+)?held\s+by\s+(?:the\s+)?police",
        "detained",
    ),
    (
        r"(?:still|remain(?:s|ed|ing)?)\s+(?:being\s+)?(?:held|captive|in\s+captivity)|being\s+held|"
        r"held\s+(?:hostage|captive|in\s+captivity)|in\s+captivity",
        "still held",
    ),
    # Cases not yet confirmed by a test are counted apart from confirmed ones: "390 suspected cases".
    (
        r"(?:suspected|probable|possible|presumed|unconfirmed)\s+(?:[\w-]+\s+){0,2}?(?:cases?|infections?)",
        "suspected cases",
    ),
    (r"infected|infections?|cases", "cases"),
    (r"troops|soldiers|forces|servicemen", "troops"),  # only for a figure whose counted noun is not read
    (r"arrested|arrests|detained|captured|recaptured|nabbed|nabs|apprehended|rounded up", "detained"),
    (r"jobs|job\s+(?:losses|cuts)|layoffs|redundancies|laid\s+off|lay(?:s|ing)?\s+off|made\s+redundant", "jobs"),
    # How many a business employs: "the plant employs about 9,500 people", "where 9,500 people work".
    (r"employ(?:s|ed|ing)?|employees|workforce|(?:people|staff)\s+work(?=\s*(?:[,.;]|$))", "employees"),
    # How many a venue or vessel takes: "the stadium holds about 40,000 people", "can hold 40,000 spectators".
    (r"(?:can|could)\s+(?:hold|accommodate|seat|carry)|holds|accommodates|(?:seating\s+)?capacity\s+of", "capacity"),
    # How many came to a march or rally: "180,000 people took part", "put the turnout at 42,000".
    (
        r"took\s+part|tak(?:e|es|en|ing)\s+part|marched|marching|turned\s+out|turnout|attended|"
        r"took\s+to\s+the\s+streets|(?:the|a)\s+crowd\s+(?:at|of|numbered|(?:was\s+)?estimated\s+at)|"
        # ("joined Saturday's march", "a rally that drew 30,000")
        r"joined\s+(?:the|a|their|\w+[’']s)\s+(?:[\w'’-]+\s+){0,2}?(?:march|protest|rally|demonstration|procession)|"
        r"(?:march|protest|rally|demonstration|procession)\s+(?:that\s+)?(?:drew|attracted)|"
        # a match's or a show's crowd: "The attendance was 41,212", "in front of 38,500 fans"
        r"attendance\s+(?:was|of|reached|stood\s+at)|in\s+front\s+of",
        "turnout",
    ),
)
# What befell people or jobs: a count of them is no quarter's result ("will cut 1,800 jobs, after reporting a
# first-quarter loss": the quarter is the loss's).
OUTCOME_MEASURES = frozenset(measure for _, measure in _OUTCOMES)
# (Every outcome begins with a letter: the lookahead spares the two dozen branches at a word's end, 2.5x cheaper.)
# (Each match's group says which outcome; found where an outcome's first letter begins a word: corpus/first_letter.py.)
_OUTCOME = located(
    re.compile(
        r"\b(?=[a-z])(?:" + "|".join(f"(?P<m{i}>{p})" for i, (p, _) in enumerate(_OUTCOMES)) + r")\b", re.IGNORECASE
    ),
    "|".join(p for p, _ in _OUTCOMES),
)
# Counted nouns (Quantity.counted_lemma) that are the armed forces.
_TROOP_NOUNS = frozenset({"troop", "soldier", "force", "serviceman", "servicemen", "troops", "forces", "soldiers"})
# Counted nouns a crowd is counted by ("6,000 tractors took part" counts no one's turnout).
_CROWD_NOUNS = frozenset({None, "people", "person", "protester", "demonstrator", "marcher", "participant", "supporter"})
# "cancelled more than 300 flights", "640 cancellations": what happened to them names the count, as
# "killed" does, whatever was cancelled.
_CANCELLED = re.compile(r"\bcancel(?:l?ed|l?ing|s)?\b", re.IGNORECASE)
_CANCELLATIONS = frozenset({"cancellation", "cancelation"})
# A rate of one group or one part ("youth unemployment", "core inflation", "food price inflation") is not the
# general rate.
_QUALIFIED_RATE = re.compile(
    r"\b(youth|long-term|female|male|women's|men's|graduate|teenage|core|underlying|food|energy|services|goods|"
    r"house|wage|rent|shop|producer|fuel)\s+(?:prices?\s+)?(unemployment|jobless|inflation)\b",
    re.IGNORECASE,
)
_GROUP_RATE = re.compile(_QUALIFIED_RATE.pattern.replace(r"\b(", r"^(", 1) + r" rate$", re.IGNORECASE)


def is_group_rate(measure: str) -> bool:
    """The measure is one group's or one part's rate, as ``framed`` names it ("core inflation rate", "youth
    unemployment rate")."""
    return _GROUP_RATE.match(measure) is not None


_RATE_NOUN = re.compile(
    r"(?<!-)\b(tariffs?|duty|duties|levy|tax|vat|interest rate|inflation|unemployment|turnout)\b"
    # "tax revenue grew 2.1%", "tax receipts", "pre-tax profit": money, not the tax's rate
    r"(?!\s+(?:revenues?|receipts|take|income|collections?|returns?|cuts?|breaks?|credits?|evasion|bills?|payers?|profits?|"
    r"office|authorit(?:y|ies)|officials?)\b)",
    re.IGNORECASE,
)
# The subject of a running count's verb is what it counts, however far before the figure it stands:
# "casualties among its troops have now reached about 3,000", "put the number of troops in the region at 3,000".
_LEVEL = r"(?:about|around|nearly|almost|roughly|some|more\s+than|over|at\s+least|up\s+to|close\s+to)\s+"
_COUNTED = "|".join(p for p, _ in _OUTCOMES)
_SUBJECT_REACHED = re.compile(
    r"\b(?P<noun>" + _COUNTED + r")\b(?:\s+[\w'’-]+){0,6}?\s+(?:(?:has|have|had)\s+)?(?:now\s+)?"
    r"(?:reached|risen\s+to|rose\s+to|climbed\s+to|jumped\s+to|grown\s+to|stood\s+at|stands?\s+at|topped|"
    r"exceeded|passed|surpassed|(?:to\s+)?(?:rise|climb|grow|increase|jump)\s+to|(?:to\s+)?(?:reach|exceed|top))\s+"
    r"(?:" + _LEVEL + r")?$",
    re.IGNORECASE,
)
_NUMBER_OF = re.compile(
    r"\b(?:put|puts|putting|estimated?|estimates|estimating|gave|gives)\s+(?:the\s+)?(?:number|total|tally|count)\s+"
    r"of\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>" + _COUNTED + r")\b(?:\s+[\w'’-]+){0,4}?\s+at\s+(?:" + _LEVEL + r")?$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|while|as|which|who|with)\b|\band\s+(?:killed|injured|wounded)\b")
_SEPARATOR = re.compile(r"\b(?:and|or|but)\b|[,;]")
_REACH = 45  # characters either side of the figure
# Outcome words that tell no fate of people: a toll never yields to them ("protests over government jobs killed 150").
_NO_FATE = frozenset({"jobs", "employees", "capacity"})
# The extractor's measures that say only that people were counted, not what happened to them.
_GENERIC = frozenset({None, "people", "workers", "share", "percent", "amount"})
# An earthquake's size as news writes it; an aftershock's is not the main quake's.
_MAGNITUDE = re.compile(r"\bmagnitude\b|\bRichter\b", re.IGNORECASE)
_AFTERSHOCK = re.compile(r"\baftershocks?\b", re.IGNORECASE)
_LOWEST_MAGNITUDE, _HIGHEST_MAGNITUDE = 2, 10  # a quake news reports; "1 on the Richter scale" is a broken "5.1"
# Outcome words that say who or where people are rather than what became of them: any other outcome
# word in the clause outranks them ("the 26 miners who were trapped were rescued alive" counts the rescued).
_STANDING_OUTCOMES = frozenset({"troops", "trapped", "abducted"})
# "Thirty-eight of the pupils abducted from the school were freed": a figure opening a partitive names a
# part of a group the words after "of the" describe; what the verb after them says of it is its measure.
# (The auxiliary after "who", "that" or "which" is the group's own clause: "seven of the nine miners who had been
# missing" were found, not seven missing.)
_PARTITIVE = re.compile(
    r"\s+of\s+(?:the|those|these|them|their)\b[^,;.:]{0,80}?(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)"
    r"\b(?:were|was|have\s+been|has\s+been|had\s+been)"
    r"\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
# "Ten of the 11 escaped inmates are now back in custody": the state the group's part is in, after "of the".
_PARTITIVE_STATE = re.compile(
    r"\s+of\s+(?:the|those|these|them|their)\b[^,;.:]{0,80}?\b(?:are|is|were|was|remain|remains|remained)"
    r"\s+(?:now\s+|still\s+)?(?P<verb>(?:back\s+)?in\s+(?:police\s+)?custody|under\s+arrest|missing|trapped)\b",
    re.IGNORECASE,
)


def partitive_outcome(text: str, end: int) -> str | None:
    """What became of a part ("Thirty-eight of the pupils ... were freed": rescued) told right after the figure
    ending at ``end``, or None."""
    partitive = _PARTITIVE.match(text, end) or _PARTITIVE_STATE.match(text, end)
    verb = _OUTCOME.fullmatch(partitive.group("verb")) if partitive is not None else None
    if verb is None:
        return None
    return next(_OUTCOMES[i][1] for i in range(len(_OUTCOMES)) if verb.group(f"m{i}"))


# The extractor's measures an outcome word in the clause may replace (its "trapped" too: "the 26 miners
# who were trapped were rescued").
_YIELDING = _GENERIC | {"trapped"}


# A forecast of growth and the level it was set at: "its global growth forecast to 3.0%", "its forecast for world
# growth this year to 2.8%" (where the growth is, as written: the world's is not a country's).
_GROWTH_FORECAST = re.compile(
    r"(?:\b(?:(?:19|20)\d\d\s+)?(?P<a>global|world|euro[- ]?zone|[A-Z][a-z]+)?\s*(?:economic\s+)?growth\s+"
    r"(?:forecasts?|outlook|projections?|estimates?)"
    r"|\bforecasts?\s+for\s+(?:(?:19|20)\d\d\s+)?(?P<b>global|world|euro[- ]?zone|[A-Z][a-z]+)?\s*(?:economic\s+)?growth)"
    r"\b(?:[^.;%]{0,50}?)\b(?:to|at)\s+(?:about\s+|around\s+)?$"
)
# A clause after a figure that tells why or what was said of it: ", citing higher tariffs", ", saying tariffs had".
_REASON_CLAUSE = re.compile(
    r",\s+(?:citing|saying|blaming|adding|noting|warning|as|amid|after|because|while|despite|due\s+to|thanks\s+to)\b"
)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The figure's clause within ``text``: cut at semicolons and at ", and ..." so that
    "injured 25 workers and killed two" gives each figure its own verb."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    for m in _CLAUSE_END.finditer(text, lo, start):
        lo = m.end()
    cut = _CLAUSE_END.search(text, end, hi)
    return lo, (cut.start() if cut else hi)


# A sum of money named by what it measures: "its full-year core profit forecast to between 1.1 billion
# and 1.3 billion euros", "sales fell 7% to 2.4 billion euros". A company's outlook is one series.
_MONEY_METRIC = re.compile(
    r"\b(?P<metric>(?:net\s+|operating\s+|pre-tax\s+|pretax\s+|core\s+)?(?:profits?|earnings|income|ebitda|ebit)|"
    r"revenues?|sales|turnover)\b(?P<outlook>\s+(?:forecast|outlook|guidance|target|estimate)s?\b)?"
    # (an adverbial set off by commas may stand before the sum: "cut its profit outlook twice in five months, to")
    # (and the move before the new level: "Revenue rose 6.5% to £5.1bn")
    r"(?:,?\s+[\w%.-]+){0,6}?,?\s+(?:to|at|of|was|were|is|are|by)\s+(?:between\s+|about\s+|around\s+|nearly\s+|some\s+)?$",
    re.IGNORECASE,
)
_METRIC_WORDS = (
    r"(?P<metric>(?:net\s+|operating\s+|pre-tax\s+|pretax\s+|core\s+)?(?:profits?|earnings|income|ebitda|ebit)|"
    r"revenues?|sales|turnover)\b"
)
# The same named after the sum, when the words say it is a figure yet to come: "gave a figure of £350m for expected
# annual pretax profit", "$2 billion in forecast revenue" (not "£2m in sales": a sum spent or earned in them).
_MONEY_METRIC_AFTER = re.compile(
    r"\s+(?:for|in|of)\s+(?:its\s+|the\s+|their\s+)?(?:expected|forecast|projected)\s+(?:[\w-]+\s+){0,2}?"
    + _METRIC_WORDS,
    re.IGNORECASE,
)
_REVENUE_WORDS = ("revenue", "sales", "turnover")
_SCORED_BEFORE = re.compile(r"\b(?:scored|scoring|netted|netting)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "said it expected annual pretax profit of 410 million pounds", "now forecasts revenue of $2 billion": the sum the
# company expects is its outlook, the same series as "cut its profit forecast to 410 million pounds".
_EXPECTED_BEFORE = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|forecasting|projects?|projected|predicts?|predicted|sees)\s+"
    r"(?:(?:an?|its|the|full-year|annual|yearly|first-half|second-half|underlying|adjusted)\s+){0,2}$",
    re.IGNORECASE,
)


def _money_metric(text: str, start: int, lo: int, end: int | None = None) -> str | None:
    """ "profit forecast", "profit", "revenue forecast" or "revenue" for a sum named so before it (or, as a
    forecast, after it: ``end``)."""
    m = _MONEY_METRIC.search(text, lo, start)
    if m is None:
        after = _MONEY_METRIC_AFTER.match(text, end) if end is not None else None
        if after is None:
            return None
        return f"{_metric_name(after.group('metric'))} forecast"
    metric = _metric_name(m.group("metric"))
    expected = _EXPECTED_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None
    return f"{metric} forecast" if m.group("outlook") or expected else metric


def _metric_name(words: str) -> str:
    return "revenue" if words.lower().startswith(_REVENUE_WORDS) else "profit"


# "raised the number of pupils abducted from the school to 115": what became of the noun after "number of"
# is what the figure given for that number counts; so too in a clause on the noun, however long the words
# after it ("the number of pupils who fell ill after Monday's lunch at the village school has risen to 112").
_NUMBER_OF_OUTCOME = re.compile(
    r"\b(?:number|total|count|tally)\s+of\s+(?:(?:[\w'’-]+\s+){1,2}?(?P<outcome>" + _COUNTED + r")\b[^.;:]{0,60}?"
    r"|[a-z-]+\s+(?:who|that)\s+(?:have\s+|had\s+|were\s+)?(?P<clause>" + _COUNTED + r")\b[^.;:]{0,100}?)"
    r"\s+(?:to|at)\s+(?:" + _LEVEL + r")?$",
    re.IGNORECASE,
)
# "two injured passengers died in hospital", "three wounded soldiers later succumbed": the injured named before
# their noun have died since, and the figure counts the dead.
_INJURED_DIED = re.compile(
    r"\s+(?:injured|wounded|hurt)\s+(?:[a-z]+\s+){0,2}?(?:(?:later|also|since|subsequently|then|have|had|has)\s+)*"
    r"(?:died|succumbed)\b",
    re.IGNORECASE,
)
# "Two more passengers injured in Sunday's crash near Orlo have died": where they were hurt, then their death.
_INJURED_IN_DIED = re.compile(
    r"\s+(?:(?:more|other|further)\s+)?(?:[a-z-]+\s+){0,2}?(?:injured|wounded|hurt)\s+(?:in|during|at|by|on)\s+"
    r"[^,.;:]{1,80}?\s+(?:(?:later|also|since|subsequently|then|have|had|has)\s+)*(?:died|succumbed)\b",
    re.IGNORECASE,
)
# "after five passengers died of their injuries in hospital", "three soldiers later succumbed to their wounds":
# people counted where they died of what hurt them are dead, whatever word for injuries comes after.
_DIED_OF_INJURIES = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:(?:later|also|since|subsequently|then|have|had|has)\s+)*(?:died|succumbed)\s+"
    r"(?:of|from|to)\s+(?:their|his|her|its)\s+(?:injuries|wounds|burns)\b",
    re.IGNORECASE,
)
# What a quantity in a unit is of, by the words before it: what is grown or made, sent abroad or bought from abroad,
# what may be sent at most, or held in store.
_TRADE_KIND = re.compile(
    r"\b(?:(?P<production>harvests?|crops?|production|output|yields?|produc(?:ed|es|e|ing)|harvested|mined)|(?P<exports>exports?|exported|exporting|shipments?|shipped)|(?P<imports>imports?|imported|importing)|"
    r"(?P<cap>cap|caps|capped|capping|limit|limits|limited|limiting|quotas?|ceiling)|"
    r"(?P<stocks>stocks?|reserves?|stockpiles?|inventor(?:y|ies)))\b",
    re.IGNORECASE,
)
# A gap between two figures: "four seats short of", "11 points behind", "two votes shy of", "three fewer than".
_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:short\s+of|shy\s+of|behind|ahead\s+of|fewer\s+than|more\s+than\s+(?:the|its|their|his|her))\b",
    re.IGNORECASE,
)
# What they had been, then what became of them: "fishermen who had been missing were rescued on Monday".
_FORMER_STATE_THEN_FATE = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:who|that)\s+(?:had|have|has)\s+been\s+[a-z]+(?:\s+for\s+[\w\s]{1,20}?)?\s+"
    r"(?:were|was|have\s+been|had\s+been|are|is)\s+(?:(?:now|later|since|also)\s+)?(?P<fate>[a-z]+)\b"
)
# A mass noun opening the sentence as the subject of the level a bare figure gives: "Net migration to Brenland
# fell to 412,000", "Immigration totalled 1.1 million", "Attendance was 41,000".
_LEVEL_OF_SUBJECT = re.compile(
    r"\W*(?:The\s+)?(?P<noun>(?:[A-Za-z][a-z-]+\s+)?[a-z][a-z-]+(?<!s)|[A-Z][a-z-]+(?:tion|ment|ance|ence|ity|ure|age|"
    r"ness|ing|put))(?:\s+(?:to|in|of|from|at)\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s+(?:(?:has|had|have)\s+)?(?:(?:fell|dropped|declined|rose|risen|climbed|"
    r"increased|grew|grown|jumped|fallen|reached|hit|totalled|totaled|stood\s+at|stands\s+at|was|is)\s+)"
    r"(?:(?:to|at|by)\s+)?(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over|at\s+least|a\s+record)\s+)?"
)
_NOT_A_MEASURE = frozenset(
    "it this that figure number total count estimate tally result score rate level amount price cost value sum".split()
)
_NUMBER_OF_WORDS = re.compile(r"\b(?:number|count|tally)\s+of\b", re.IGNORECASE)


# Jobs a closure puts at risk are not the cuts announced: "putting 2,600 jobs at risk", "threatens 900 jobs".
_AT_RISK_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:at\s+risk|under\s+threat|in\s+jeopardy|threatened)\b", re.IGNORECASE
)
_THREATENS_BEFORE = re.compile(
    r"\bthreaten(?:s|ed|ing)?\s+(?:(?:about|some|around|up\s+to|nearly|more\s+than)\s+)?$", re.IGNORECASE
)


_PRODUCED = frozenset({"harvest", "output"})
_REFUGEE_NOUNS = frozenset({"refugee", "refugees", "asylum seeker", "asylum-seeker", "asylum seekers"})
_HELD_BY_A_STATE = frozenset({"prisoner", "inmate", "detainee", "convict", "political prisoner"})


_ALL_BUT_RESTORED = re.compile(
    r"\b(?:power|electricity|supply|supplies)\s+(?:had|has|have|was|were)\s+(?:now\s+)?(?:been\s+)?"
    r"(?:restored|reconnected)\s+to\s+all\s+but\s+(?:about\s+|around\s+|some\s+)?$"
    r"|\brestored\s+(?:power|electricity|supplies?)\s+to\s+all\s+but\s+(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)


# An index's reading named by the words before its verb: "the air quality index rose to 468", "The city's air quality
# index touched 494", "the UV index reached 11" (its own words name which index; "the index reached" alone does not).
_INDEX_READ = re.compile(
    r"\b(?P<name>[a-z]+(?:\s+[a-z]+)?)\s+index\s+(?:has\s+|had\s+)?(?:now\s+)?(?:rose|risen|rises|fell|fallen|falls|"
    r"touched|touches|hit|hits|reached|reaches|peaked|climbed|jumped|dropped|stood|stands)(?:\s+(?:to|at))?\s+"
    r"(?:about\s+|around\s+|nearly\s+|more\s+than\s+)?$"
)
_NOT_AN_INDEX_NAME = frozenset({"the", "a", "an", "its", "their", "this", "that", "city's", "country's", "new"})


def _index_read(q: Quantity, claim: Claim) -> str | None:
    """``q`` as a named index's reading (``_INDEX_READ``): the measure is the index ("air quality index")."""
    start = q.start - claim.start
    if q.unit not in (None, "point") or not 0 <= start <= len(claim.text):
        return None
    m = _INDEX_READ.search(claim.text, max(0, start - 60), start)
    if m is None:
        return None
    words = [w for w in m["name"].split() if w not in _NOT_AN_INDEX_NAME]
    return f"{' '.join(words)} index" if words else None


_PLACE = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
# The places the counted people come from, listed after their noun: "About 3,000 residents of Varnavas, Marathon and
# nearby villages were evacuated". The list's commas and "and" are no clause of another figure.
_LISTED_PLACES_AFTER = re.compile(
    r"\s+[a-z]+\s+(?:of|from|in)\s+(?P<kind>the\s+(?:villages|towns|districts|suburbs|islands|neighbou?rhoods)\s+of\s+)?"
    rf"(?P<first>{_PLACE})(?P<rest>(?:,\s+{_PLACE})*,?\s+(?:and|or)\s+"
    rf"(?:(?:nearby|neighbouring|neighboring|surrounding|other)\s+)?(?:{_PLACE}|villages|towns|hamlets|settlements|"
    r"suburbs|districts|areas|communities|islands))\b"
)


def _places_list_shortened(q: Quantity, claim: Claim) -> tuple[Quantity, Claim] | None:
    """The claim with a list of places after the figure's noun cut to its first place ("3,000 residents of Varnavas
    were evacuated", "300 people from the villages of Vlahi and Oshtava": "from Vlahi"), and ``q`` in it; None when
    no such list follows the figure."""
    end = q.end - claim.start
    m = _LISTED_PLACES_AFTER.match(claim.text, end) if 0 <= end <= len(claim.text) else None
    if m is None:
        return None
    cut_from, cut_to = m.start("kind") if m.group("kind") else m.start("first"), m.end()
    text = claim.text[:cut_from] + m.group("first") + claim.text[cut_to:]
    shift = len(claim.text) - len(text)
    after = claim.start + cut_to

    def moved(o: Quantity) -> Quantity:
        return replace(o, start=o.start - shift, end=o.end - shift) if o.start >= after else o

    quantities = [moved(o) for o in claim.quantities]
    shortened = replace(claim, text=text, end=claim.end - shift, quantities=quantities)
    return quantities[claim.quantities.index(q)] if q in claim.quantities else q, shortened


def frame_measure(q: Quantity, claim: Claim) -> str | None:
    """The measure to compare ``q`` by, or the extractor's when the words say nothing more."""
    shortened = _places_list_shortened(q, claim)
    if shortened is not None:
        q, claim = shortened
    index = _index_read(q, claim)
    if index is not None:
        return index
    measure = _frame_measure(q, claim)
    if measure is not None and measure == q.unit and measure in MEASURED_IN:
        # "the harvest will fall to 14 million tonnes", "cap exports at 4 million tonnes", "exported 9.5 million
        # tonnes": a quantity in a unit is a harvest, exports or a cap by the words before it, never all three
        start = q.start - claim.start
        kinds = [
            next(name for name, group in m.groupdict().items() if group)
            for m in _TRADE_KIND.finditer(claim.text, max(0, start - 90), max(0, start))
        ]
        if kinds:  # ("limit wheat exports to 4 million tonnes": a cap on exports, not exports)
            return "cap" if "cap" in kinds else kinds[-1]
    if measure in _PRODUCED and q.unit in MEASURED_IN:
        return "production"  # the extractor's "harvest" or "output" of a good is what the words above call production
    if measure is not None and measure == _kindred(q.counted_lemma or "", "") and _closing(q, claim):
        # "38 stores would close" / "trades from 112 stores": the shops a chain closes are a part of those it has,
        # counted apart from them ("closed 12 of the city's 48 schools", "19 schools in the city closed")
        return f"closed {measure}"
    if measure in ("restored", "households", "homes", "customers", "properties", "household", "home", "customer"):
        start = q.start - claim.start
        if 0 <= start <= len(claim.text) and _ALL_BUT_RESTORED.search(claim.text, 0, start):
            # "Power had been restored to all but 2,500 households": those still without it
            return "without power"
    if measure == "displaced" and (q.counted_lemma or "").lower() in _REFUGEE_NOUNS:
        return "refugees"  # those who fled abroad are a part of all who fled their homes, not the same count
    if measure == "rescued" and (q.counted_lemma or "").lower() in _HELD_BY_A_STATE:
        # "Israel freed 90 Palestinian prisoners" / "Three more hostages were freed": prisoners let out of jail,
        # not captives brought to safety
        return "released prisoners"
    if measure == "jobs":
        start, end = q.start - claim.start, q.end - claim.start
        if 0 <= start <= end <= len(claim.text) and (
            _AT_RISK_AFTER.match(claim.text, end) or _THREATENS_BEFORE.search(claim.text, max(0, start - 40), start)
        ):
            return "jobs at risk"
    return measure


# A count of places closing: "will close 38 stores", "plans to shut another 20", "closed 12 of the city's 48 schools"
# (the verb before it), "38 stores would close", "12 branches that will close", "19 schools in the city closed", "the
# number of shops shut" (after its noun).
_CLOSING_BEFORE = re.compile(
    r"\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?)\s+(?:(?:about|some|around|nearly|almost|more\s+than|over|up\s+to|"
    r"another|a\s+further|a\s+total\s+of)\s+)?$",
    re.IGNORECASE,
)
_CLOSING_AFTER = re.compile(
    r"\s*(?:[a-z'’-]+\s+){0,3}?(?:(?:that|which)\s+)?(?:(?:would|will|are\s+to|were\s+to|to|are\s+set\s+to|"
    r"are\s+due\s+to|have|had|has|were|are|was|will\s+be|would\s+be|have\s+been|had\s+been|remain|remained|stayed)"
    r"\s+)?(?:clos(?:e|ed|ing)|shut)\b(?!\s+(?:to|down\s+to)\b)",
)


def _closing(q: Quantity, claim: Claim) -> bool:
    """The count is of places closed or to close (``_CLOSING_BEFORE``, ``_CLOSING_AFTER``)."""
    start, end = q.start - claim.start, q.end - claim.start
    text = claim.text
    if not (0 <= start <= end <= len(text)) or q.unit in ("percent", "fraction"):
        return False
    if _CLOSING_BEFORE.search(text, max(0, start - 40), start):
        return True
    noun = (q.counted or "").split()[-1:] or [""]
    at = text.find(noun[0], end) if noun[0] else -1
    after = at + len(noun[0]) if 0 <= at <= end + 30 else end
    return _CLOSING_AFTER.match(text, after) is not None


# Counted nouns that name their people's fate themselves: "one survivor" counts those who lived, whatever toll the
# clause beside it tells ("one survivor as death toll rises to 265").
_OWN_FATES = {"survivor": "survivors"}


def _things_family(q: Quantity) -> str | None:
    """What a count of things done to (recalled, culled, seized) is compared by: the things' family, and a recalled
    model named in capitals ("calling back 332,000 Grand Cherokees") as vehicles."""
    family = noun_family(q)
    head = (q.counted or "").split()[-1:] or [""]
    if q.measure == "recalled" and head[0][:1].isupper() and not head[0].rstrip("s").isupper():
        return "vehicle"
    return family


# A number joined to its noun by a hyphen, as one word: "a three-train collision", "a two-car crash", "a 10-storey
# block" (how old, "45-year-old", is an age, read before).
_COMPOUND_AFTER = re.compile(r"-[a-z]+\b")


def _frame_measure(q: Quantity, claim: Claim) -> str | None:
    if q.counted_lemma in _OWN_FATES:
        return _OWN_FATES[q.counted_lemma]
    if q.measure in THING_DEEDS and q.counted_lemma and q.unit and q.unit.partition(" per ")[0] == q.counted_lemma:
        # a count of things is compared by the things (culled hens are birds, recalled SUVs are vehicles), whatever
        # the extractor read was done to them (an amount "seized" or "shipped" in tonnes stays as it is)
        q = replace(q, measure=_things_family(q))
    start, end = q.start - claim.start, q.end - claim.start
    text = claim.text
    if not (0 <= start <= end <= len(text)):
        return q.measure
    if _COMPOUND_AFTER.match(text, end) and q.unit not in AGES:
        return q.measure  # "the toll from a three-train collision": a number joined to its noun tells what kind
    if q.measure == "recalled" and not q.counted_lemma and MODELS_AFTER.match(text, end):
        return "vehicle"  # "is calling back about 145,000 Tacomas": a model named in capitals, no noun read for it
    if (
        q.measure is not None
        and q.measure == q.counted_lemma
        and not _NUMBER_OF_WORDS.search(text, 0, start)
        # ("gained one seat, to 10": 10 counts seats it does not name)
        and (q.counted or q.measure).split()[-1][:4].lower() in text[end : end + 40].lower()
    ):
        # the extractor's family of a noun outside its families is the noun itself: read as no measure (the
        # words around it and the noun decide, as before it had one); "the number of infected farms" stands
        q = replace(q, measure=None)
    if q.unit in AGES:
        return AGE  # "children under 10", "a woman, 81": how old, never what the clause counts
    if _DIFFERENCE_AFTER.match(text, end):
        return None  # "four seats short of the 62 it won", "11 points behind the leaders": a gap, not a level
    lo, hi = _clause(text, start, end)
    money = q.measure == "amount" and q.unit is not None and q.unit.split()[0].isupper()  # ("GBP per year")
    if q.unit == "times" and _SCORED_BEFORE.search(text, max(0, start - 30), start):
        return "goal"  # "netted 27 times last season" counts the goals "scored 27 goals" counts
    if money:  # ("annual profit of")
        metric = _money_metric(text, start, lo, end)
        if metric:
            return metric
    if q.unit == "percent":
        earlier = _moved_from_measure(q, claim, start)
        if earlier is not None:
            return earlier
        if _CONTAINED.match(text, end) or _CONTAINED_BEFORE.search(text, max(0, start - 40), start):
            return "containment"  # "the fire was 12% contained", "is 20% contained"
        if _STRIKE_SHARE.match(text, end, hi):
            return (
                "strikers share"  # "92% of its members had joined the strike", "38% of doctors were absent from work"
            )
        move = _SHARE_MOVE.search(text, lo, start)
        if move:
            way = (move.group("way") or "").lower()  # "closed up 18%", "ended lower"
            rises = move.group("verb").lower() in _RISES or way in ("up", "higher")
            return "share price rise" if rises else "share price fall"
        risk = relative_risk(text, start, end, hi)
        if risk:
            return risk
        share = _percent_of(text, start, end, lo, hi) or percent_change(text, start, end, lo, hi)
        if share:
            return share
        forecast = _GROWTH_FORECAST.search(text, lo, start)
        if forecast:
            # "cut its forecast for global growth this year to 2.8%", "raised its 2026 global growth forecast to 3.0%"
            where = (forecast.group("a") or forecast.group("b") or "").strip().lower()
            where = "global" if where == "world" else where
            return f"{where} growth forecast".strip()
        qualified = _QUALIFIED_RATE.search(text, lo, start) or _qualified_subject(text, start)
        if qualified:
            return (
                f"{qualified.group(1).lower()} {qualified.group(2).lower()} rate"  # "youth unemployment rose to 18.5%"
            )
        if q.measure and q.measure.endswith(" rate"):
            # the figure's own rate, named beside it ("raised its deposit rate ... to 2.5%"), not another the
            # sentence names ("... if inflation stays high")
            return q.measure
        nouns = {
            m.group(1).lower().rstrip("s")
            for m in _RATE_NOUN.finditer(text)
            # (not a rate a clause after the figure gives a reason with: "to 2.8% from 3.1%, citing higher tariffs")
            if m.start() < start or not _REASON_CLAUSE.search(text, end, m.start())
        }
        nouns = {"duty" if n in ("dutie", "duty", "levy") else n for n in nouns} - _rates_of_other_figures(q, claim)
        own = [m.group(1).lower().rstrip("s") for m in _RATE_NOUN.finditer(text, lo, start)]
        if len(nouns) > 1 and own and own[-1] in nouns:
            # "kept its interest rate at 4.25%, a day after figures showed inflation slowing to 3.1%": the rate the
            # figure's own clause names before it is the figure's
            nouns = {own[-1]}
        if len(nouns) != 1:
            return q.measure
        noun = nouns.pop()
        return noun if noun.endswith("rate") else f"{noun} rate"  # ("interest rate", never "interest rate rate")
    if q.measure != "amount" and (
        q.counted_lemma in _CANCELLATIONS
        or _cancelled_before(text, lo, start)
        or (q.counted or "").lower().startswith(("cancelled ", "canceled "))  # "led to 540 cancelled flights"
    ):
        return "cancelled"
    if q.measure in _GENERIC and not q.counted_lemma:
        subject = _counted_subject(text[:start])
        if subject:
            return subject
        if q.measure is None and q.unit is None:
            level_of = _LEVEL_OF_SUBJECT.fullmatch(text, 0, start)
            if level_of and level_of.group("noun").lower().split()[-1] not in _BARE_NOUNS | _NOT_A_MEASURE:
                return level_of.group("noun").lower()  # "Net migration to Brenland fell to 412,000": net migration
    best: tuple[tuple[bool, int], str] | None = None
    if q.counted_lemma in _TROOP_NOUNS:
        best = ((True, 0), "troops")  # what the extractor read it counts; any outcome word outranks it
    others = [(o.start - claim.start, o.end - claim.start) for o in claim.quantities if o is not q]
    if q.unit == "fraction":
        return q.measure  # "a quarter of the plant's workforce" is a share of a count, not a count
    if q.unit == "magnitude" or (
        q.unit is None
        and q.value is not None
        and _LOWEST_MAGNITUDE <= q.value < _HIGHEST_MAGNITUDE
        and _MAGNITUDE.search(text, lo, hi)
    ):
        # "a magnitude 6.1 earthquake", "the 7.8-magnitude quake killed 300" (6.1 counts no one),
        # "put the quake's magnitude at 6.4"; an aftershock's is its own.
        return "aftershock magnitude" if _AFTERSHOCK.search(text, lo, hi) else "magnitude"
    home = _ALLOWED_HOME.search(text, lo, min(len(text), end + 2 * _REACH)) if q.measure in _YIELDING else None
    if home is not None and not (home.end() <= start and _CONTRAST.search(text, home.end(), start)):
        # no longer evacuated: not the count of those still away (not "Some were allowed home, though about 6,000
        # remain under evacuation orders": the others)
        return "allowed home"
    former = _FORMER_STATE_THEN_FATE.match(text, end)
    if former is not None:
        fate = _OUTCOME.fullmatch(former.group("fate"))
        if fate is not None:  # "Five fishermen who had been missing were rescued": the rescued, not the missing
            return next(_OUTCOMES[i][1] for i in range(len(_OUTCOMES)) if fate.group(f"m{i}"))
    if _INJURED_DIED.match(text, end) or _DIED_OF_INJURIES.match(text, end) or _INJURED_IN_DIED.match(text, end):
        return "killed"  # "after two injured passengers died in hospital": the injured who died are dead
    yielding = q.measure in _YIELDING or q.measure == q.counted_lemma  # (a noun's own count, "the number of")
    named = _NUMBER_OF_OUTCOME.search(text, 0, start) if yielding else None
    if named is not None:  # "raised the number of pupils abducted from the school to 115"
        word = _OUTCOME.fullmatch(named.group("outcome") or named.group("clause"))
        if word is not None:
            return next(_OUTCOMES[i][1] for i in range(len(_OUTCOMES)) if word.group(f"m{i}"))
    partitive = (_PARTITIVE.match(text, end) or _PARTITIVE_STATE.match(text, end)) if q.measure in _YIELDING else None
    if partitive is not None:
        verb = _OUTCOME.fullmatch(partitive.group("verb"))
        if verb is not None:
            return next(_OUTCOMES[i][1] for i in range(len(_OUTCOMES)) if verb.group(f"m{i}"))
    # What befell people is never what a sum counts: "pay 200,000 taka to the family of each worker killed".
    for m in _OUTCOME.finditer(text, lo, hi) if not money else ():
        distance = _gap(m.start(), m.end(), start, end)
        if distance < 0 or any(
            0 <= _gap(m.start(), m.end(), s, e) < distance and _joined(text, m, s, e) for s, e in others
        ):
            continue  # "3,200, with 97 deaths": the word belongs to the figure nearer to it
        between = text[m.end() : start] if m.end() <= start else text[end : m.start()]
        if _SEPARATOR.search(between):
            continue  # "killed and 2,700 others injured": the word before "and" is another figure's
        measure = next(_OUTCOMES[i][1] for i in range(len(_OUTCOMES)) if m.group(f"m{i}"))
        if measure == "troops" and q.counted_lemma:
            continue  # the figure's own counted noun says whether it counts troops, not a word beside it
        if measure == "turnout" and q.counted_lemma not in _CROWD_NOUNS:
            continue
        # What happened to them outranks who they are: "90 soldiers have been killed" counts the dead.
        if q.measure not in _YIELDING and m.end() > start:
            continue  # the extractor's own measure yields only to a verb before the figure ("injured 25 workers"),
            # not to a word after it ("seven of the wounded died")
        rank = (measure in _STANDING_OUTCOMES, distance)
        if best is None or rank < best[0]:
            best = (rank, measure)
    if best is None:
        clause = text[lo:hi]
        tallied = _TALLIED_BEFORE.search(text, max(0, start - 40), start) is not None
        read = _noun_measure(q, clause) or q.measure or _counted_noun(q, clause, tallied)
        # "the number of ducks culled": the extractor's measure is the noun itself, compared as news's kin of it.
        return _kindred(read, clause) if read and read == q.counted_lemma else read
    if best[1] == "suspected cases" and q.measure == "cases":
        return best[1]  # the extractor's "cases", told to be suspected ones
    if q.measure not in _YIELDING and (
        best[1] == "troops" or q.measure not in ("killed", "wounded", "troops deployed", "troops")
    ):
        return q.measure  # a specific measure stands against the counted noun or a measure of another kind
    if q.measure in ("killed", "wounded") and best[1] in _NO_FATE:
        return q.measure  # "Clashes over government jobs quotas left 150 people dead": the dead, whatever the quarrel
    return best[1]


_STRIKE_SHARE = re.compile(
    r"\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:(?:had|have|has|were|was|are|is)\s+)?(?:(?:been|also)\s+)?"
    r"(?:" + _STRIKING + r"|(?:taken|took|taking)\s+part)\b",  # (a share "taken part" in a strike is of strikers)
    re.IGNORECASE,
)
# How much of a fire's edge is held: "was 12% contained", "is 20% contained", "containment at 35%" is not read.
_CONTAINED = re.compile(r"\s+contained\b", re.IGNORECASE)
# "crews have contained 60% of the fire", "containment reached 60%", "containment at 60%", "containment rose to 60%"
_CONTAINED_BEFORE = re.compile(
    r"\b(?:contained|containment)\s+(?:of\s+the\s+(?:[\w'’-]+\s+){1,3}?(?=(?:is|was|has|had|rose|grew|climbed|jumped|"
    r"reache)))?(?:(?:is|was|of|at|to|(?:has\s+|had\s+)?(?:reached|risen\s+to|grown\s+to|"
    r"increased\s+to|climbed\s+to|jumped\s+to)|reaches|rose\s+to|grew\s+to|climbed\s+to|jumped\s+to|stood\s+at|"
    # ("with containment rising to 35%")
    r"stands\s+at|(?:rising|climbing|growing|increasing|jumping)\s+to|reaching)\s+)?"
    r"(?:(?:about|nearly|roughly|almost|around)\s+)?$",
    re.IGNORECASE,
)
# Those told they may go home are no longer evacuated: "Evacuation orders for about 2,000 residents were lifted",
# "1,500 people were allowed to return home". Another count than those still away.
_ALLOWED_HOME = re.compile(
    r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?lifted\b|"
    r"\ballowed\s+(?:to\s+)?(?:return|go\s+(?:back|home)|back)\b|\breturned\s+(?:to\s+their\s+)?homes?\b",
    re.IGNORECASE,
)

_CONTRAST = re.compile(r"\b(?:though|although|but|while|whereas|yet)\b", re.IGNORECASE)

# A day's move of a company's share price: "Torvane shares fell 11%", "its stock gained 4%".
_SHARE_MOVE = re.compile(
    r"\b(?:shares?|stock|share\s+price)\b(?:\s+[\w-]+){0,3}?\s+(?P<verb>fell|dropped|slid|lost|tumbled|plunged|"
    r"sank|declined|slumped|rose|gained|jumped|climbed|soared|added|surged|rallied|"
    r"(?:closed|ended|finished)\s+(?P<way>up|down|higher|lower))\s+(?:by\s+)?"
    r"(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|as\s+much\s+as\s+)?$",
    re.IGNORECASE,
)
_RISES = frozenset("rose gained jumped climbed soared added surged rallied".split())
SHARE_MOVES = frozenset({"share price rise", "share price fall"})

# A share of the vote: "won 51.8% of the vote", "finished with 50.9% of the ballots cast".
_OF_THE_VOTE = re.compile(
    r"^\s*of\s+(?:the\s+)?(?:popular\s+|total\s+)?(?:vote|votes|ballots)\b"
    r"(?!\s+(?:(?:have|had|has|were|was)\s+been\s+)?(?:counted|tallied|processed|reported)\b)",  # the count's progress
    re.IGNORECASE,
)
# The sides of a ballot: for ("yes", "in favour", "to accept the offer", "to strike") or against ("no", "to reject").
_SIDES = r"yes|no|for|against|in\s+favou?r|to\s+(?:accept|approve|endorse|ratify|back|reject|strike)"
_AGAINST = ("no", "against", "to reject")
_VOTED_A_SIDE = re.compile(
    r"^\s*(?:of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:voters|members|workers|shareholders|delegates|"
    r"those\s+voting|those\s+who\s+voted)\s+)?(?:voted|voting)\s+" + r"(?P<side>" + _SIDES + r")\b(?!\s+of\b)",
    re.IGNORECASE,
)
# "machinists voted 64% to reject a new offer": the figure between the vote and its side
_VOTED_BEFORE = re.compile(r"\b(?:voted|voting)\s+(?:by\s+)?$", re.IGNORECASE)
_SIDE_AFTER = re.compile(r"^\s*(?P<side>" + _SIDES + r")\b(?!\s+of\b)", re.IGNORECASE)
# A pay rise asked for, offered or agreed: three figures of a dispute, never values of one count.
_PAY = re.compile(r"\b(?:pay|wages?|salar(?:y|ies))\b", re.IGNORECASE)
_RISE_AFTER = re.compile(r"^\s*(?:(?:pay|wage|salary)\s+)?(?:rise|raise|increase|hike)\b", re.IGNORECASE)
_OFFER = re.compile(r"\boffer(?:s|ed|ing)?\b", re.IGNORECASE)
# "a 5% raise": a raise (the noun) is a pay rise whatever else the claim names ("a rise" may be of anything).
_RAISE_AFTER = re.compile(r"^\s*raise\b", re.IGNORECASE)
# "agreed to increase drivers' pay by 5 per cent", "will raise wages by 4%": the rise told by its verb.
_PAY_BY = re.compile(
    r"\b(?:rais|increas|lift|boost)\w*\s+(?:(?:the\s+|its\s+|their\s+)?[\w-]+(?:'s|s'|’s|s’)?\s+)?"
    r"(?:pay|wages?|salar(?:y|ies))\s+by\s+(?:about\s+|around\s+|up\s+to\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
_RISE_OF = re.compile(
    r"\b(?:pay|wage|salary)\s+(?:rise|raise|increase|hike)\s+of\s+(?:about\s+|around\s+|up\s+to\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
_DEMAND = re.compile(
    r"\b(?:demand\w*|seek\w*|sought|want\w*|call\w*\s+for|ask\w*\s+for|claim\w*)\b",
    re.IGNORECASE,
)


# A demand verb governing the figure itself: "the union is demanding 8%", "wants 9 per cent", "asking for 7%".
_DEMANDED = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|call(?:s|ed|ing)?\s+for)\s+"
    r"(?:an?\s+)?(?:about\s+|around\s+|up\s+to\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
PAY_MEASURES = frozenset({"pay offer", "pay demand", "pay rise"})
_OFFER_OR_DEMAND_AFTER = re.compile(r"^\s*(?:pay|wage|salary)\s+(?P<side>offers?|demands?|claims?)\b", re.IGNORECASE)
# An offer raised to a percentage: "raised their offer to 6%", "improved its pay offer to 5.5 per cent".
_RAISED_OFFER = re.compile(
    r"\b(?:rais|increas|improv|lift|sweeten|boost|revis)\w*\s+(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,2}?offer\s+to\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)

# A relative risk as news gives a study's finding: "are 36% more likely to develop type 2 diabetes", "a 36 per
# cent higher risk of type 2 diabetes", "a 36% greater chance of developing ...", "raises the risk of type 2
# diabetes by 36 per cent", "20% less likely to die of ...". The measure names the direction and the outcome
# ("higher risk of type 2 diabetes"): the same rise of another outcome (a heart attack) is another finding.
_MORE = r"(?P<way>more|less|higher|greater|increased|raised|elevated|lower|reduced|smaller|decreased)"
_RISK_NOUN = r"(?:risk|chance|likelihood|odds|probability)"
_OUTCOME_VERBS = (
    r"(?:(?P<outcome_verb>develop|suffer|ha(?:ve|ving)|get|contract|catch|experienc|die|dying|"
    r"(?:be|being)\s+diagnosed|(?:be|being)\s+admitted)\w*"
    r"(?:\s+(?:from|of|with|to))?\s+)?"
)
_RISK_AFTER = re.compile(
    r"\s+(?:"
    + _MORE
    + r"\s+likely\s+to\s+|"
    + _MORE.replace("way", "way2")
    + r"\s+"
    + _RISK_NOUN
    + r"\s+(?:of|for)\s+)"
    + _OUTCOME_VERBS
    + r"(?P<outcome>[^,;.()]+)",
    re.IGNORECASE,
)
_RISK_BEFORE = re.compile(
    r"\b(?P<verb>rais\w*|increas\w*|boost\w*|doubl\w*|cut\w*|lower\w*|reduc\w*|halv\w*)\s+(?:the\s+|their\s+|its\s+"
    r"|a\s+person's\s+|people's\s+)?"
    + _RISK_NOUN
    + r"\s+(?:of|for)\s+"
    + _OUTCOME_VERBS
    + r"(?P<outcome>[^,;.()]+?)\s+by\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)
# The risk named before its figure as the subject of "was ... higher": "the risk of stroke was 25% higher among ...".
_RISK_SUBJECT = re.compile(
    r"\b" + _RISK_NOUN + r"\s+(?:of|for)\s+" + _OUTCOME_VERBS + r"(?P<outcome>[^,;.()]+?)\s+(?:was|were|is|are)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)
_HIGHER_OR_LOWER = re.compile(r"\s+(?P<way>higher|greater|lower|smaller)\b", re.IGNORECASE)
# Where the outcome's words end: a comparison, a group, a place or time, or another clause.
_OUTCOME_END = re.compile(
    r"\s+(?:than|in|among|for|compared|after|if|when|by|according|over|within|during|while|because|but|and\s+(?:were|are|was|is))\b"
    r"|\s+(?:the\s+)?(?:study|research|researchers|scientists)\b",
    re.IGNORECASE,
)
_LESS = frozenset("less lower reduced smaller decreased".split())
_LESS_VERBS = ("cut", "lower", "reduc", "halv")


def relative_risk(text: str, start: int, end: int, hi: int) -> str | None:
    """ "higher risk of type 2 diabetes" (or "lower risk of ...") for a percentage that is a study's relative
    risk of an outcome; None otherwise."""
    after = _RISK_AFTER.match(text, end, hi)
    if after is not None:
        way = (after.group("way") or after.group("way2")).lower()
        lower = way in _LESS
    else:
        before = _RISK_BEFORE.search(text, max(0, start - 120), start)
        subject = None if before else _RISK_SUBJECT.search(text, max(0, start - 120), start)
        way = _HIGHER_OR_LOWER.match(text, end, hi) if subject else None
        if before is not None:
            after = before
            lower = before.group("verb").lower().startswith(_LESS_VERBS)
        elif subject is not None and way is not None:
            after = subject
            lower = way.group("way").lower() in _LESS
        else:
            return None
    outcome = after.group("outcome")
    cut = _OUTCOME_END.search(outcome)
    if cut is not None:
        outcome = outcome[: cut.start()]
    words = [w for w in outcome.lower().split() if w not in ("a", "an", "the")][:4]
    if not words:
        return None
    if (after.group("outcome_verb") or "").lower() in ("die", "dying"):
        if words[0] in _EARLY:
            words = ["early", "death"]  # "dying early", "dying prematurely": an early death
        else:
            words = ["death", "from", *words]  # dying of a disease is not developing it
    elif words[:2] in (["premature", "death"], ["premature", "deaths"]):
        words = ["early", "death"]
    return f"{'lower' if lower else 'higher'} risk of {' '.join(words)}"


_EARLY = frozenset("early prematurely young sooner".split())


def _rates_of_other_figures(q: Quantity, claim: Claim) -> set[str]:
    """The rates another percentage of the claim was read as ("with 52% voting yes, on a turnout of 61%": the
    turnout is the 61%'s), unless this figure was read as the same rate: they are not this figure's."""
    own = (q.measure or "").split(" ")[0]
    return {
        rate
        for other in claim.quantities
        if other is not q and other.unit == "percent" and other.measure
        for rate in (other.measure.split(" ")[0],)
        if rate != own and _RATE_NOUN.fullmatch(rate)
    }


def is_risk(measure: str | None) -> bool:
    return measure is not None and measure.startswith(("higher risk of ", "lower risk of "))


def _qualified_subject(text: str, start: int) -> re.Match[str] | None:
    """A qualified rate that is the subject of the figure's clause across an aside ("Core inflation, which strips
    out food and energy, eased to 3.8%"): only when the clause names no rate of its own."""
    # (looked for back to the sentence's start: an aside may be longer than the figure's reach, "Services inflation,
    # closely watched by the ECB, rose to 4.1%")
    qualified = next(reversed(list(_QUALIFIED_RATE.finditer(text, 0, start))), None)
    if qualified is None or _RATE_NOUN.search(text, qualified.end(), start):
        return None
    return qualified if _ONE_ASIDE.fullmatch(text, qualified.end(), start) else None


_ONE_ASIDE = re.compile(
    r",[^,\d]*,[^,\d]*"  # ", which strips out food and energy, eased to "
    # (an aside telling what the rate leaves out may list it: ", which excludes energy, food, alcohol and tobacco,")
    r"|,\s*(?:which|that)\s+(?:excludes?|strips?|leaves?|omits?)\b[^\d]*,[^,\d]*"
    r"|,\s*(?:excluding|stripping|leaving|omitting)\b[^\d]*,[^,\d]*"
)


def _percent_of(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """ "vote share" for a percentage of the vote; "pay offer", "pay demand" or "pay rise" for a pay rise
    offered, asked for or agreed (the offer's word, else the demand's, nearest before the figure
    in its clause)."""
    after = text[end:hi]
    if _OF_THE_VOTE.match(after):
        return "vote share"
    before = text[lo:start]
    side = _VOTED_A_SIDE.match(after) or (_SIDE_AFTER.match(after) if _VOTED_BEFORE.search(before) else None)
    if side:
        # "54.1 per cent voted yes", "with 54% voting in favour", "94.6% of union members voted to reject", "voted 64%
        # to reject": the side's share; the other side's is another figure
        said = " ".join(side.group("side").lower().split())
        return "no vote share" if said in _AGAINST else "yes vote share"
    named_after = _OFFER_OR_DEMAND_AFTER.match(after)
    if named_after:
        # "rejecting a 4% pay offer", "a 9% wage claim": the figure's own noun says whose side it is
        return "pay offer" if named_after.group("side").lower().startswith("offer") else "pay demand"
    if _RAISED_OFFER.search(before):
        return "pay offer"  # "employers raised their offer to 6%": a rise offered, named by its offer alone
    about_pay = _PAY.search(text) is not None or _RAISE_AFTER.match(after) is not None
    if _PAY_BY.search(before):
        return "pay rise"  # "agreed to increase drivers' pay by 5 per cent"
    rise_of = _RISE_OF.search(before)  # "a pay rise of 5%": the rise named before its figure
    if rise_of is not None:
        before = before[: rise_of.start()]
    elif not _RISE_AFTER.match(after) and not (about_pay and (_OFFER.search(before) or _DEMANDED.search(before))):
        return None  # a rise, or "has offered 4%" in a claim about pay; then only an offer or pay is pay
    if rise_of is None and not _RISE_AFTER.match(after) and _DEMANDED.search(before) and not _OFFER.search(before):
        return "pay demand"  # "while the union is demanding 8%" in a claim about pay
    offer, demand = list(_OFFER.finditer(before)), list(_DEMAND.finditer(before))
    if offer and (not demand or offer[-1].start() > demand[-1].start()):
        return "pay offer"
    if demand:
        return "pay demand"
    return "pay rise" if about_pay else None


# A percentage by which something measured moved: "food prices rose 5.2%", "exports have fallen
# sharply, by 4%", "consumer prices in November were 3.4% higher". The subject is any plural noun (an
# open vocabulary: what two reports name alike is compared), with at most one word before it and a
# short phrase ("in November") between it and the verb.
_CHANGE_SUBJECT = r"\b(?P<subject>(?:(?P<modifier>[A-Za-z][a-z-]+)\s+)?(?P<head>[A-Za-z][a-z]{2,}s))\b(?:\s+(?:in|for|of|at|across|to|from|on)\s+(?:the\s+)?(?:[\w-]+\s+)?[\w-]+){0,2}"
_CHANGE_BEFORE = re.compile(
    _CHANGE_SUBJECT + r"\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:(?:been|also)\s+)?(?P<verb>"
    r"rose|risen|rise|rises|rising|increased|climbed|jumped|grew|grown|gained|fell|fallen|falls|dropped|declined|"
    # (not "had fallen to 54%": a level it fell to, no move of that size)
    r"decreased|slid|shrank|shrunk|were|was|are|is|been)\s+(?:(?P<way>up|down)\s+)?(?:(?!to\s)[a-z]+,?\s+){0,2}?(?:by\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$"
)
_HIGHER_AFTER = re.compile(r"\s+(?P<way>higher|lower|up|down)\b")
_FALLS = frozenset("fell fallen falls dropped declined decreased slid shrank shrunk".split())
_LEVEL_VERBS = frozenset("were was are is been".split())
# Words before a plural subject that are not part of its name ("said wages were up 4%").
_DETERMINERS = frozenset(
    "the its their his her our a an this that these those said says say and or but as than while when where who "
    "whose which all both some many most".split()
)
# Words a plural subject of "rose 5%" is not: who says it, or a count's own unit.
_NOT_MEASURED = frozenset("officials analysts economists experts says years months weeks days hours points".split())
# Prices in general, the consumer's: their yearly rise is the inflation rate, unless it is a month's.
_GENERAL_PRICES = frozenset({None, "consumer", "retail"})
_GENERAL_PRICE_SUBJECTS = frozenset(f"{modifier} prices" if modifier else "prices" for modifier in _GENERAL_PRICES)
_RATES_OF_PRICES = frozenset({"inflation rate"})
_MONTHLY = re.compile(r"\b(?:month-on-month|on\s+the\s+month|from\s+(?:the\s+previous|a|last)\s+month|monthly)\b", re.I)


# A percentage by which someone or something moved a plural noun: "cut malaria cases by 72%", "has reduced
# road deaths by about 40%", "boosted exports by 12%"; or a noun of the move before it: "a 72% fall in malaria
# cases", "a 12% rise in exports". The thing moved is named as the subject of "rose"/"fell" is.
_MADE_TO_FALL = "cut|cuts|cutting|reduced|reduces|reducing|lowered|lowers|lowering|slashed|slashes|slashing|curbed"
_MADE_TO_RISE = "raised|raises|raising|increased|increases|increasing|boosted|boosts|boosting|lifted|lifts|lifting"
_MOVED_BY_BEFORE = re.compile(
    rf"\b(?P<verb>{_MADE_TO_FALL}|{_MADE_TO_RISE})\s+(?:the\s+(?:number\s+of\s+)?|its\s+|their\s+)?"
    r"(?P<subject>(?:(?P<modifier>[a-z][a-z-]+)\s+)?(?P<head>[a-z][a-z]{2,}s))"
    r"(?:\s+(?:in|for|of|at|across|among|on)\s+(?:the\s+)?(?:[\w-]+\s+)?[\w-]+){0,2}"
    r"\s+by\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|up\s+to\s+)?$"
)
_MOVE_NOUN_AFTER = re.compile(
    r"\s*(?P<noun>fall|drop|decline|decrease|reduction|cut|rise|increase|jump|growth)\s+in\s+(?:the\s+)?"
    r"(?:number\s+of\s+)?(?P<subject>(?:(?P<modifier>[a-z][a-z-]+)\s+)?(?P<head>[a-z][a-z]{2,}s))\b"
)
# ... or told before it: "capped next year's rise in regulated rail fares at 3.9%", "the increase in fees will be 5%".
_MOVE_NOUN_BEFORE = re.compile(
    r"\b(?P<noun>fall|drop|decline|decrease|reduction|cut|rise|increase|jump|growth)\s+in\s+(?:the\s+)?"
    r"(?:number\s+of\s+)?(?:[a-z][a-z-]+\s+)??(?P<subject>(?:(?P<modifier>[a-z][a-z-]+)\s+)?(?P<head>[a-z][a-z]{2,}s))"
    # (not "a rise in rates to 4%": the level they rise to)
    r"\s+(?:(?:will|would|could|is|was|has|had)\s+(?:be|been)\s+|(?:is|was|at|of)\s+)"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|just\s+)?$"
)
_NOUNS_OF_FALLS = frozenset("fall drop decline decrease reduction cut".split())


def _moved_by(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """ "malaria cases fall" for "cut malaria cases by 72%" or "a 72% fall in malaria cases"; None otherwise."""
    m = _MOVED_BY_BEFORE.search(text, lo, start)
    if m is not None:
        falls = re.fullmatch(_MADE_TO_FALL, m.group("verb").lower()) is not None
    else:
        m = _MOVE_NOUN_AFTER.match(text, end, hi) or _MOVE_NOUN_BEFORE.search(text, lo, start)
        if m is None:
            return None
        falls = m.group("noun").lower() in _NOUNS_OF_FALLS
    subject = _moved_thing(m)
    return f"{subject} {'fall' if falls else 'rise'}" if subject else None


def _moved_thing(m: re.Match[str]) -> str | None:
    """What moved, as "modifier head" ("malaria cases"), from a match with those groups; None for a head that is
    no measured thing."""
    head = m.group("head").lower()
    modifier = (m.group("modifier") or "").lower() or None
    if head in _NOT_MEASURED or head.endswith("ss"):
        return None
    if m.group("head")[:1].isupper() and m.string[: m.start("head")].strip(" \"“‘'("):
        return None  # "Knife crime in England and Wales rose 7%": a name ending in s, not a plural that moved
    if modifier in _DETERMINERS:
        modifier = None
    return f"{modifier} {head}" if modifier else head


# An economy's growth: "the economy grew 0.3%", "GDP shrank by 0.2%", "gross domestic product expanded 1.1%".
_ECONOMY_MOVED = re.compile(
    r"(?:\b(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+|\b(?:the\s+)?(?P<people>[A-Z][\w-]+)\s+)?"
    r"\b(?:economy|GDP|gross\s+domestic\s+product|output\s+of\s+goods\s+and\s+services)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:(?:has|have|had)\s+)?(?P<verb>grew|grown|grows|expanded|expands|rose|risen|rises|increased|shrank|shrunk|"
    r"shrinks|contracted|contracts|fell|fallen|falls|declined|dropped)\s+(?:by\s+)?(?:an?\s+(?:annual|annualised|"
    r"annualized|revised|estimated)\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|just\s+|only\s+|"
    r"merely\s+|barely\s+|a\s+mere\s+)?$"
)
_ECONOMY_FALLS = frozenset("shrank shrunk shrinks contracted contracts fell fallen falls declined dropped".split())


def percent_change(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """ "food prices rise", "exports fall", or "inflation rate" for a percentage by which a plural noun
    moved ("consumer prices ... were 3.4% higher" is the year's inflation; "cut malaria cases by 72%" is a fall of
    malaria cases); None for anything else."""
    economy = _ECONOMY_MOVED.search(text, lo, start)
    if economy is not None:
        # "Germany's economy grew 0.3% in the third quarter", "GDP shrank 0.2%": a country's growth, named by its
        # country (two countries' growth in one roundup are two figures; an economy of no country named, none)
        country = country_of(economy.group("country") or economy.group("people") or "")
        if country is None:
            return None
        return f"{country} economy {'fall' if economy.group('verb').lower() in _ECONOMY_FALLS else 'rise'}"
    m = _CHANGE_BEFORE.search(text, lo, start)
    if m is None:
        return _moved_by(text, start, end, lo, hi)
    verb = m.group("verb").lower()
    higher = _HIGHER_AFTER.match(text, end, hi)
    way = higher.group("way") if higher else m.group("way")  # "3.4% higher", "were up 4%"
    if verb in _LEVEL_VERBS and way is None:
        return None  # "exports were 4% of output": a share, not a move
    subject = _moved_thing(m)
    if subject is None:
        return None
    falls = verb in _FALLS or (way is not None and way.lower() in ("lower", "down"))
    if subject in _GENERAL_PRICE_SUBJECTS and not falls and not _MONTHLY.search(text):
        return "inflation rate"
    return f"{subject} {'fall' if falls else 'rise'}"


def is_move(measure: str | None) -> bool:
    """A measure that is a percentage move of something ("food prices rise", "share price fall"): its
    figure is the move's size, compared as a level."""
    return measure is not None and measure.endswith((" rise", " fall"))


_SMALLEST_COUNTED = 20
# Counted nouns that say only how much, not of what: never a measure of their own.
_BARE_NOUNS = frozenset(
    "people person time times year years day days week weeks month months hour hours minute minutes "
    "second seconds percent point points other others one ones thing things way ways".split()
)


# Extractor measures that say only that something happened to what is counted, not what was counted:
# "1.2 million customers were affected" counts customers, as "the data of 1.2 million customers" does.
VAGUE_OUTCOMES = frozenset({"affected"})
# The measures the outcome words name: known by name, never respelled as a counted noun.
_NAMED_MEASURES = frozenset(m for _, m in _OUTCOMES) | {"workers", "people"}


def _noun_measure(q: Quantity, clause: str = "") -> str | None:
    """The counted noun as the measure when the extractor's measure is only that noun's plural (a unit
    word: "customers", "barrels") or a vague outcome ("affected"): any noun two reports count alike is
    compared, known family or not, under one spelling."""
    noun = q.counted_lemma
    if not noun or not q.measure or q.measure in _NAMED_MEASURES:
        return None
    if q.measure in VAGUE_OUTCOMES:
        return _counted_noun(q, clause)
    plural = q.measure != noun and q.measure.islower() and singular(q.measure) == noun
    return _kindred(noun, clause) if plural else None


# Counted nouns news uses for one another, under the one name they are compared by: the jobs a company
# cuts are also its "positions", "posts" or "roles"; a flock's hens, chickens, ducks and turkeys are its birds.
_KINDRED_NOUNS = {
    "position": "jobs",
    "post": "jobs",
    "role": "jobs",
    "job": "jobs",
    "hen": "bird",
    "chicken": "bird",
    "broiler": "bird",
    "duck": "bird",
    "turkey": "bird",
    "goose": "bird",
    "poultry": "bird",
    "fowl": "bird",
}
# A flock culled or jobs cut are counted as an unfolding matter under these names, not as a fixed fact.
KINDRED_NAMES = frozenset(_KINDRED_NOUNS.values())
# "cut 2,200 positions", "axe 400 posts", "roles at risk": the clause is about jobs, not letters or acting parts.
_JOB_WORDS = re.compile(
    r"\b(?:cut|cuts|cutting|axe[ds]?|axing|shed|sheds|shedding|slash\w*|eliminat\w*|lose|losing|lost|los[se]s|"
    r"scrap\w*|redundan\w*|lay(?:s|ing)?\s+off|laid\s+off|at\s+risk|hir\w+|creat\w+|add\w*)\b",
    re.IGNORECASE,
)


def _kindred(noun: str, clause: str) -> str:
    """The name ``noun`` is compared by (itself unless news uses it for another, in a clause that says so)."""
    kin = _KINDRED_NOUNS.get(noun)
    if kin is None or (kin == "jobs" and not _JOB_WORDS.search(clause)):
        return noun
    return kin


# "Prices rose 3.1% in October, down from 3.6% in September": the rate's value before, told after its new one.
_MOVED_FROM_BEFORE = re.compile(
    r",\s+(?:up|down|slowing|easing|accelerating|rising|falling|dropping|climbing)\s+from\s+(?:a\s+|the\s+)?"
    r"(?:revised\s+)?$",
    re.IGNORECASE,
)
_MOVED_FROM_REACH = 80


def _moved_from_measure(q: Quantity, claim: Claim, start: int) -> str | None:
    """The measure of the percentage a claim gives just before ``q`` when ``q`` is told as where that one moved from
    (", down from 3.6% in September"): one rate's earlier value, never a share of its own."""
    text = claim.text
    if not _MOVED_FROM_BEFORE.search(text, max(0, start - 40), start):
        return None
    before = [
        o
        for o in claim.quantities
        if o is not q and o.unit == "percent" and start - _MOVED_FROM_REACH <= o.end - claim.start <= start
    ]
    if not before:
        return None
    return _frame_measure(max(before, key=lambda o: o.end), claim)


def _counted_noun(q: Quantity, clause: str = "", tallied: bool = False) -> str | None:
    """A figure the extractor names no measure for counts its noun ("180 passengers", "310 passengers"):
    two reports counting the same noun (or one news uses for it, ``_KINDRED_NOUNS``) are compared. ``tallied``:
    the figure is what someone received or recorded ("had received 11 complaints"), a tally however small."""
    noun = q.counted_lemma
    if not noun or not noun.isalpha() or noun in _BARE_NOUNS or q.value is None:
        return None
    if q.value < _SMALLEST_COUNTED and not tallied:
        return None  # "four robbers" in two robberies of one shop: a small count of a noun is a coincidence
    return _kindred(noun, clause)


# "it had received 11 complaints", "police recorded 14 burglaries": a running tally someone keeps, told as received.
_TALLIED_BEFORE = re.compile(
    r"\b(?:received|recorded|registered|logged|lodged)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|at\s+least\s+|"
    r"over\s+)?$",
    re.IGNORECASE,
)


# "The number of ships waiting to berth had risen to 52": the figure counts the noun after "number of";
# "brings the total number of recalled batteries to about 138,000" too (a new running total).
_NUMBER_OF_NOUN = re.compile(
    r"\bthe\s+(?:number|total|count)\s+of\s+(?P<noun>[a-z]{3,})\b(?:\s+[\w'’-]+){0,6}?\s+"
    r"(?:(?:has|have|had)\s+)?(?:now\s+)?(?:reached|risen\s+to|rose\s+to|climbed\s+to|jumped\s+to|grown\s+to|"
    r"stood\s+at|stands?\s+at|fallen\s+to|fell\s+to|dropped\s+to)\s+(?:" + _LEVEL + r")?$"
    r"|\b(?:bring\w*|brought|rais\w*|tak(?:e|es|ing)|took|push\w*|lift\w*)\s+the\s+(?:total\s+|overall\s+)?"
    r"(?:number|total|count|tally)\s+of\s+(?P<words>(?:[a-z-]+\s+){0,7}?[a-z]{3,})\s+to\s+(?:" + _LEVEL + r")?$",
    re.IGNORECASE,
)


def _counted_subject(before: str) -> str | None:
    """The measure a figure with no counted noun of its own gets from the subject of "has reached",
    "stood at" or "put the number of ... at" before it, else the noun of "the number of ships ...
    had risen to"."""
    m = _SUBJECT_REACHED.search(before) or _NUMBER_OF.search(before)
    if m is None:
        named = _NUMBER_OF_NOUN.search(before)
        if named is None:
            noun = _number_put_at(before)
        elif named.group("noun"):  # "the number of confirmed victims has reached": the plural, not "confirmed"
            noun = _first_plural(before[named.start("noun") :].lower().split()[:3])
        else:  # "brings the number of birds culled or due to be culled to": the first plural after "of"
            noun = _first_plural(named.group("words").lower().split()[:3])
        outcome = _OUTCOME.fullmatch(noun) if noun else None  # "bringing the number of dead to 41"
        if outcome is not None:
            return next(_OUTCOMES[i][1] for i in range(len(_OUTCOMES)) if outcome.group(f"m{i}"))
        if not noun or noun in _BARE_NOUNS or noun.rstrip("s") in _BARE_NOUNS:
            return None
        return _KINDRED_NOUNS.get(noun, noun)
    outer = _OUTCOME_AMONG.search(before, 0, m.start("noun"))
    # "Casualties among Marovian troops ... have reached": the troops are the object of "among", not the subject
    word = _OUTCOME.fullmatch(outer.group("noun") if outer else m.group("noun"))
    return next(_OUTCOMES[i][1] for i in range(len(_OUTCOMES)) if word.group(f"m{i}")) if word else None


_OUTCOME_AMONG = re.compile(
    r"\b(?P<noun>" + _COUNTED + r")\s+(?:among|of)\s+(?:(?:the|its|their|[\w'’-]+)\s+){0,2}$", re.IGNORECASE
)


# "puts the number of customers hit by the breach at 3.1 million", "estimated the total of affected homes
# at 4,000": whatever noun is counted (the words after "of", up to the verb or "at").
_PUT_NUMBER_AT = re.compile(
    r"\b(?:put|puts|putting|estimated?|estimates|estimating|gave|gives|set|sets)\s+(?:the\s+)?(?:total\s+)?"
    r"(?:number|total|tally|count)\s+of\s+(?P<words>(?:[a-z][a-z-]*\s+){1,3}?)(?:[\w'’-]+\s+){0,6}?at\s+"
    r"(?:" + _LEVEL + r")?$",
    re.IGNORECASE,
)


def _number_put_at(before: str) -> str | None:
    """The counted noun of "put the number of ... at": the first plural among the words after "of"
    ("affected customers" counts customers), else the first word."""
    m = _PUT_NUMBER_AT.search(before)
    if m is None:
        return None
    return _first_plural(m.group("words").lower().split())


def _first_plural(words: list[str]) -> str:
    """The counted noun among the words after "number of": the first plural ("affected customers",
    "confirmed victims"), else the first word; singular."""
    plural = next((w for w in words if len(w) > 3 and singular(w) != w), None)
    return singular(plural or words[0])


def _cancelled_before(text: str, lo: int, start: int) -> bool:
    """ "cancelled more than 300 flights": the verb before the figure in its clause, with no other
    figure's "and" or comma between."""
    if "ancel" not in text:
        return False  # (most claims: no regex search)
    verbs = list(_CANCELLED.finditer(text, lo, start))
    return bool(verbs) and not _SEPARATOR.search(text, verbs[-1].end(), start)


def _joined(text: str, word: re.Match[str], start: int, end: int) -> bool:
    """No comma or "and" between the word and the figure: "remain in hospital, three of them in a serious condition"
    leaves "hospital" to the figure before it, as "killed and 2,700 others injured" leaves "killed"."""
    between = text[word.end() : start] if word.end() <= start else text[end : word.start()]
    return not _SEPARATOR.search(between)


def _gap(word_start: int, word_end: int, start: int, end: int) -> int:
    """Characters between a word and a figure (negative when they overlap)."""
    return start - word_end if word_end <= start else word_start - end


def _as_a_rise(q: Quantity, fall: str) -> Quantity:
    """A percentage fall as the rise of its thing with the value's sign turned ("exports fall" 3% is "exports rise"
    -3%); its bounds turn about."""

    def turned(value: float | None) -> float | None:
        return None if value is None else -value

    return replace(
        q,
        measure=fall.removesuffix(" fall") + " rise",
        change="=",
        value=turned(q.value),
        low=turned(q.high),
        high=turned(q.low),
    )


def framed(claim: Claim) -> Claim:
    """The claim with each figure's measure read as its frame (a copy; the claim is not changed)."""
    quantities = []
    changed = False
    for q in claim.quantities:
        measure = frame_measure(q, claim)
        # A percentage move read as its measure ("food prices rose 5.2%") is that measure's value, whether xref
        # read the measure from the words or the extractor already named the move so ("rents rise").
        # (an offered or demanded pay rise, a study's higher risk: the size of the rise is the figure)
        moved = (
            q.unit == "percent"
            and q.change in ("up", "down")
            and (
                is_move(measure)
                or (
                    measure != q.measure
                    and (measure in _RATES_OF_PRICES or measure in PAY_MEASURES or is_risk(measure))
                )
            )
        )
        if moved and measure is not None and measure.endswith(" fall") and measure not in SHARE_MOVES:
            # "shrank 0.1%" is a rise of -0.1%: one measure with a sign, so a first estimate of 0.1% growth and its
            # revision to a 0.1% fall compare (a fall and a rise never would, as two measures)
            q = _as_a_rise(q, measure)
            changed = True
        elif measure != q.measure or moved:
            q = replace(q, measure=measure, change="=" if moved else q.change)
            changed = True
        quantities.append(q)
    return replace(claim, quantities=quantities) if changed else claim


# What befell people, the measures "another" and "a further" can set side by side: "nine were killed ... a
# further 23 were trapped" names others besides the dead, never 23 more dead.
_FATES = frozenset({"killed", "wounded", "missing", "trapped", "rescued", "displaced", "abducted", "still held"})
_ADDED = re.compile(
    r"\b(?:an?\s+)?(?:additional|another|further|extra)\s+(?:\w+\s+)?\d|\b(?:\d[\d,.]*|two|three|four|five|"
    r"six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds)\s+(?:more|other)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z“\"])|\n")
_BEFORE = 500  # characters back for the sentences before


def fates_named(text: str) -> frozenset[str]:
    """The fates (killed, wounded, trapped ...) the outcome words of ``text`` name."""
    found = set()
    for m in _OUTCOME.finditer(text):
        measure = _OUTCOMES[int(next(k for k, v in m.groupdict().items() if v is not None)[1:])][1]
        if measure in _FATES:
            found.add(measure)
    return frozenset(found)


def besides_other_fates(text: str, before: str) -> bool:
    """``text`` adds people with "another"/"a further"/"two more" to a different fate than the one just told
    of, and to none of its own: "At least nine miners were killed. A further 23 were trapped", "12 died and
    another 30 were injured". Those are others besides the dead, a count of their own, not an addition to a
    count of the same fate. ``before``: the article's text before ``text`` (the last sentences count)."""
    added = _ADDED.search(text)
    if added is None:
        return False
    own = fates_named(text[added.start() :])
    if not own:
        return False
    lead_in = text[: added.start()]
    ends = [m.end() for m in _SENTENCE_END.finditer(before[-_BEFORE:])]
    previous = before[-_BEFORE:][ends[-2] if len(ends) > 1 else 0 :] if before else ""
    told = fates_named(previous + " " + lead_in)
    return bool(told) and not (told & own)
