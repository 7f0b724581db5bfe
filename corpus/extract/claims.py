"""Is a sentence a claim, and of which kind and certainty?"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from corpus.extract.attribution import (
    ADMITTED_INTO,
    CONCESSIVE_OPENERS,
    find_attributions,
    mask_quotes,
    role_kicker,
    straight_quotes,
)
from corpus.extract.cues import ADMITTED_PEOPLE, CONFIRMED_STATES, kind_of_cue
from corpus.extract.datelines import dateline_at
from corpus.extract.entities import find_entities
from corpus.extract.headline_acts import act_of_headline, happening_of_headline, is_guide
from corpus.extract.headlines import is_all_caps_line, sentence_case_reading
from corpus.first_letter import words


class _Keyed:
    """A pattern searched only in text holding one of the words every match contains: ``in`` is many
    times cheaper than a search that fails at every position, and most sentences hold none."""

    def __init__(self, pattern: re.Pattern[str], keys: str) -> None:
        self.pattern = pattern.pattern
        self._compiled = pattern
        self._keys = tuple(keys.split("|"))

    def search(self, text: str) -> re.Match[str] | None:
        return self._compiled.search(text) if any(k in text for k in self._keys) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._compiled.finditer(text) if any(k in text for k in self._keys) else iter(())


# All patterns run on the lower-cased sentence (faster than IGNORECASE).
_I = 0
# "did not confirm" and "neither ... nor ... confirmed" deny nothing, but say nothing either way; they
# stay here because xref reads such a "denial" as unconfirmed (corpus/xref/features.py polarity_of) and
# the bundled gold's links rely on it (as statements: bundled relation-right recall 0.878 -> 0.829).
_DENIAL = words(
    r"den(?:y|ied|ies|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing)|rebuff(?:ed)?|"
    r"hoax|fake news|false(?:ly)?|not true|baseless|groundless|untrue|inaccurate|unfounded|erroneous|"
    # "An earlier report that three had died was wrong": a report said to be wrong
    # (or "speculation": "said a newspaper report that it faces a fine was 'speculation'", "dismissed the
    # reports as speculation")
    r"(?:reports?|claims?|accounts?|allegations?|rumou?rs?|suggestions?|article|story)\b[^.;]{0,200}?\b(?:was|were|"
    r"is|are|(?:has|have|had) been|proved|proven|as)\s+(?:(?:simply|just|plainly|clearly|completely|totally|"
    r"entirely|flatly|categorically)\s+)?[\"“‘']?(?:(?:pure|mere|wild|media|market)\s+)?"
    r"(?:wrong|incorrect|mistaken|speculation)|"
    r"neither\b[^.]{0,60}\bnor\b[^.]{0,40}\bconfirm\w*|"
    # "has retracted a story that claimed", "withdrew its report": what was reported taken back
    r"(?:retract(?:ed|s|ing)?|withdr(?:ew|awn|awing|aws)|took\s+down|corrected)\s+(?:(?:a|an|the|its|their|his|her)\s+)?"
    r"(?:[\w-]+\s+)?(?:story|stories|report|reports|article|claims?|allegations?|statement)|"
    r"(?:did|does|do|has|have|had) not (?:yet )?(?:confirm|acknowledge|admit)\w*|no evidence|"
    # "said no decision had been made on closing plants", "No decision on job reductions has been taken": the
    # answer to a report of a decision (not "no decision is expected before June", what is to come)
    r"no (?:final |firm )?decisions? (?:[^.;]{0,60}? )?(?:has|have|had|was|were) (?:yet )?(?:been )?(?:taken|made|reached)",
    _I,
    capture=True,
)
# Words of denying in another sense, by what follows them: "deny them permits", "deny the right to",
# "rejected the request", "dismissed the lawsuit", "false hope": something withheld or turned down, not a
# report or claim said to be untrue ("denied the report", "rejected the allegations").
_OTHER_SENSE = {
    "den": re.compile(
        r"\s+(?:them|him|her|us|me|you|people|(?:\w+\s+){0,2}?(?:rights?|access|entry|permits?|licen[cs]es?|visas?|bail|"
        r"service|benefits|justice|care|treatment|coverage|funding|permission))\b"
    ),
    "rej": re.compile(
        # (a figure among the words: "rejected the 6% offer", "the £2m bid")
        r"\s+(?:[\w%$£€.’'-]+\s+){0,5}?(?:requests?|bids?|appeals?|offers?|proposals?|plans?|schemes?|motions?|applications?|"
        r"petitions?|bills?|measures?|amendments?|deals?|nominees?|nominations?|candidates?|invitations?|lawsuits?|"
        r"parents|settlements?|budgets?|laws?|legislation|treat(?:y|ies)|resolutions?|reforms?|package|contracts?|"
        r"constitution|charter|drugs?|medicines?|treatments?|vaccines?|therap(?:y|ies)|mergers?|takeovers?|"
        r"acquisitions?)\b"
    ),
    "dis": re.compile(
        r"\s+(?:\w+\s+){0,3}?(?:case|cases|lawsuits?|suits?|charges|indictments?|appeals?|jurors?|employees?|staff|"
        r"workers)\b"
    ),
    # ("believed false claims online", "charged with making false statements", "a false alarm": untruths told of, or
    # a thing that is not what it seems, never a report said to be untrue)
    "fal": re.compile(
        r"\s+(?:hope|sense|start|pretenses|pretences|teeth|modesty|claims|statements?|information|rumou?rs|"
        r"accusations|allegations|advertising|imprisonment|arrest|alarms?|positives?|negatives?|identit(?:y|ies)|"
        r"documents|papers|names?|flag|dawn|impression|promises|testimony|accounting|evidence|reporting)\b"
    ),
}
_CONFIRMATION = _Keyed(
    re.compile(
        r"\b(confirm(?:ed|s|ing)?|acknowledg(?:ed|es|ing)|admit(?:ted|s)?|admission|disclos(?:ed|es|ing)|verified|"
        r"for the first time)\b",
        _I,
    ),
    "confirm|acknowledg|admit|admission|disclos|verified|for the first time",
)
# A confirmation negated ("did not immediately confirm", "declined to confirm", "weren’t disclosed", "none
# were verified") confirms nothing. Looked for just before each match (lookbehinds tried at every
# position made the search three times slower).
_NEGATED = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\bnone (?:was|were)|\bno one|\b(?:refused|declined|failed) to|\bwithout)\s+"
    r"(?:\w+ly\s+|yet\s+)?$"  # ("have not yet confirmed")
    r"|\b(?:yet|still)\s+to\s+(?:be\s+)?$"  # "had yet to be confirmed", "has yet to confirm"
)
_NEGATION_REACH = 30
_FORECAST = re.compile(
    r"\b(will|would|shall|expect(?:s|ed)? to|plan(?:s|ned)? to|set to|likely to|"
    # "as predicted", "as forecast": what came true, told in the past, is no forecast
    r"poised to|going to|intends? to|(?<!as )forecast\w*|(?<!as )predict\w*|project(?:s|ed) to|in the near future|"
    # ("ahead of next week's talks" names a coming event, it tells nothing still to come)
    r"next (?:week|month|year)(?![’']s)|"
    r"by the end of)\b",
    _I,
)
# "The chief executive resigned, a week after the group cut its profit forecast": a forecast in a clause telling
# what came before the act is background to it; the claim is the act.
_IN_A_CLAUSE_OF_WHAT_WENT_BEFORE = re.compile(r",\s+(?:\w+\s+){0,3}?(?:after|following|since)\s[^,;:]*$")
# "compared with what would normally be expected", "more than would be needed": a yardstick, no forecast.
_COUNTERFACTUAL = re.compile(r"\b(?:what|than|as)\s+$")
_EVENT_VERBS = frozenset(
    "signed sent deployed dispatched killed died struck attacked invaded annexed met visited launched arrived fired "
    "captured retook retaking conducted held announced ordered approved imposed traveled travelled exchanged "
    "recognized recognised began started ended withdrew finalized finalised supplied".split()
)
_HEDGE = words(
    r"reportedly|allegedly|believed to|thought to|said to (?:be|have)|reported to (?:be|have)|rumou?red to|"
    r"(?:is|was|are|were|been) (?:widely |generally )?(?:reported|believed|thought|said|rumou?red|alleged) that|may|might|could|estimat\w+|appear(?:s|ed)? to|"
    r"apparently|likely|unlikely|possibly|probably|perhaps|suggest\w*|rumou?r\w*|unconfirmed|unverified|"
    r"seem(?:s|ed)?|feasible|potential(?:ly)?|claim(?:s|ed)?\s+(?:that|to)|purported(?:ly)?|presumably|unclear|"
    r"approximately|around|about|roughly|nearly|up to|as many as",
    re.IGNORECASE,  # read in the text as written: "May" with a capital is the month
    capture=True,
)
# A counted figure alone does not make a hedge; these words do only next to a figure.
_FIGURE_HEDGES = frozenset({"approximately", "around", "about", "roughly", "nearly", "up to", "as many as"})
_OWNED_NOUN = re.compile(
    r"(?:'s|’s|\bown|\btheir|\bits|\bhis|\bher|\bthe|\bthat|\bprevious|\bearlier|\bofficial)\s+"
    # ("well above the fire brigade's first estimate": whose estimate, and which of its estimates)
    r"(?:(?:first|initial|original|latest|last|own|new|revised|official|earlier|previous)\s+)?$",
    re.IGNORECASE,
)
_FIGURE_NEXT = re.compile(r"\s*[$€£]?\d")
_MIN_WORDS = 4
_WORD = re.compile(r"[A-Za-z]{2,}")
_DIGIT = re.compile(r"\d")
_LOWER = re.compile(r"[a-z]")
_SUBJECT_OPENS_WITHIN = 2  # words before a headline's named subject: "Chargers' Jamal Williams", "Mayor Ivo Brandt"
_VERB_FOLLOWS_WITHIN = 2
_CLOSED = re.compile(r"[.!?…:;][\"”’')\]]*\s*$")
# A line ending on an abbreviation's stop ("Saints put Bush on I.R.", "... win in K. C."): no sentence's close.
_ABBREVIATION_ENDS = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){1,3}$")


# A toll of none: "No deaths have been reported", "There were no casualties", "No one was hurt"; so an inquiry's count of
# none, checked against a later arrest: "No arrests have been made", "Nobody has been charged".
_NONE_HARMED = re.compile(
    r"\b(?:no|zero)\s+(?:(?:immediate|other|further|reported|confirmed)\s+)?(?:deaths|fatalities|casualties|injuries|"
    r"victims|dead|arrests)\b|\b(?:no\s+one|nobody|none)\s+(?:else\s+)?(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:killed|injured|hurt|wounded|harmed|arrested|charged)\b",
    re.IGNORECASE,
)


# An appeal to readers ("Anyone with information is asked to call 101, quoting incident 442.", "Witnesses should contact
# the police on 0800 555 111", "Anyone who saw the crash is urged to come forward"): what to do, nothing told, however
# many numbers it gives to call.
_APPEAL = re.compile(
    r"^\W*(?:(?:and|but)\s+)?(?:anyone|anybody|any\s+witnesses|witnesses|people|those|members\s+of\s+the\s+public)\b"
    r"[^.;:“”\"]{0,160}?\b(?:is|are|should|can|could|may|must)\s+(?:being\s+|also\s+|now\s+)?"
    r"(?:(?:asked|urged|encouraged|requested|invited|advised|told)\s+to\s+)?"
    r"(?:call|contact|ring|phone|e-?mail|text|get\s+in\s+touch|come\s+forward|report\s+(?:it|them|this|anything))\b",
    re.IGNORECASE,
)


# Scene-setting whose subject is what is sensed ("The smell of diesel hung over the square.", "A hush fell over the
# courtroom as ...", "The mood in the hall was sombre."): colour, whatever the clause after it tells.
_SENSED_SUBJECT = re.compile(
    r"^\W*(?:(?:outside|inside|by\s+(?:dawn|dusk|nightfall|evening|morning)|at\s+(?:dawn|dusk)),?\s+)?(?:the|a|an)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:smell|scent|stench|odou?r|sound|noise|hum|roar|hush|silence|mood|atmosphere|sunlight|"
    r"moonlight|glow|darkness)\b(?:\s+(?:of|in|at|inside|outside)\s+[^,;:“”\"]{1,50}?)?"
    r"\s+(?:was|were|is|hung|hangs|filled|fills|drifted|lingered|settled|fell|spread|rose|carried)\b|"
    # the weather, doing what weather does ("Heavy rain lashed the windows as ...", "Snow settled on the roofs"), not
    # what it did to anyone ("Heavy rain flooded 40 homes")
    r"^\W*(?:(?:the|a|an)\s+)?(?:(?:heavy|light|steady|driving|freezing|icy|thick|cold|warm|bright|pale|low|grey|gray|"
    r"fine|first|late|early|winter|summer|morning|evening)\s+)?(?:rain|snow|sleet|hail|drizzle|fog|mist|wind|winds|"
    r"thunder|sun|sunshine|cloud|clouds|frost|dust|smoke|haze)\s+(?:drummed|lashed|swept|beat|blew|rolled|hung|drifted|"
    r"poured|shone|glinted|settled|gathered|whipped|rumbled|pelted|streamed|clung|fell|rose|lifted|hammered|danced|"
    r"swirled|crept|glittered|sparkled|dripped|howled|whistled|came\s+out|had\s+come\s+out|broke\s+through)\b|"
    # the writer's own emphasis ("It is hard to overstate how much ...", "It is tempting to see ...")
    r"^\W*it\s+(?:is|was|would\s+be|['’]s)\s+(?:hard|difficult|impossible|easy|tempting)\s+to\s+(?:overstate|"
    r"exaggerate|overestimate|underestimate|imagine|believe|ignore|miss|forget|see|say|escape|resist)\b"
)


# A place or thing as it looked, in the writer's voice ("The public gallery was packed with former volunteers", "On a
# grey morning this week the bridge was fenced off", "Cranes stood idle along the quay on Monday afternoon"): a scene,
# whatever day it is dated. Its subject is a common noun (a named party's state is told: "The Senate was packed"), and
# its verb is being or standing in a state only the eye reports, not an act ("The bridge was closed", "was flooded").
_SCENE = re.compile(
    r"^\W*(?:(?:[Oo]n|[Bb]y|[Ii]n|[Aa]t)\s+(?:(?:a|an|the|that|this)\s+)?(?:[\w-]+\s+){0,3}?(?:morning|afternoon|evening|night|dawn|"
    r"dusk|nightfall)(?:\s+(?:this|last)\s+(?:week|month))?,?\s+)?"
    r"(?:(?:the|a|an|The|A|An)\s+(?:[a-z’'-]+\s+){0,3}?[a-z’'-]+|[A-Z][a-z]+s(?:\s+[a-z’'-]+){0,2}?)\s+"
    r"(?:was|were|is|are|lay|lies|stood|stands|sat|sits|remained|remains|looked|looks|seemed|seems)\s+"
    r"(?:(?:\w+ly|still|almost|already|all\s+but|once\s+again)\s+)*"
    r"(?:quiet|silent|empty|deserted|calm|idle|dark|hushed|packed|crowded|bathed|shrouded|blanketed|strewn|"
    r"littered|awash|draped|festooned|fenced\s+off|heavy\s+with|thick\s+with|bustling|sombre|somber|subdued|peaceful|"
    r"lined\s+with)\b"
)
# A body's founding told as its description, with nothing else done ("Harlow Foods was founded in 1962 and runs 310
# stores.", "The studio was founded in a garage in 2014."): the boilerplate of a profile or press release, not news.
_FOUNDED = re.compile(
    r"^\W*(?:(?:The|Its|Their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+|(?:[A-Z][\w’'&.-]*\s+)(?:(?:[A-Z][\w’'&.-]*|of|and|for|the)\s+)"
    r"{0,5}?)\s*(?:was|were)\s+(?:originally\s+|first\s+)?(?:founded|established|formed|set\s+up)\s+"
    # (not "founded in 2023 after floods destroyed 300 homes": why it was founded is news)
    r"(?:in|by|at|as|on)\s+(?:(?!\b(?:after|following|when|because|amid|since|to|which|who|but|despite)\b)[^,;:“”\"])*?"
    r"(?:,?\s+and\s+(?:now\s+|today\s+)?(?:runs|has|employs|operates|owns|serves|represents|manages|supports)\s+[^,;:“”\"]*)?"
    r"[.]?\s*$"
)
# A tribute or a wish said of someone ("said her thoughts were with him and wished him a swift recovery", "described
# him as “a kind and funny lad”"): what the speaker feels for a person, nothing done or to come.
# A body, place or person praised in the writer's voice as a profile does ("X is one of Britain's leading makers of
# ready meals", "Y is a well-known brand", "Z is one of the country's best-loved walks"): a promotional line, not a
# report (figures in it are kept as background). Not "is leading in the polls" (a verb: no noun phrase opens), nor a
# rank that can be checked ("one of the largest", "the biggest").
_PROMOTED = re.compile(
    r"\b(?:is|are|was|were|remains)\s+(?:now\s+|still\s+)?"
    r"(?:one\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]*['’]s\s+|the\s+(?:country|world|nation|region|city|town)['’]s\s+)"
    r"|an?\s+|the\s+)(?:(?:very|truly)\s+)?"
    r"(?:leading|best-known|well-known|renowned|premier|trusted|award-winning|much-loved|best-loved|popular|respected|"
    r"celebrated|iconic|prestigious|beloved)\s+[a-z]"
)
_TRIBUTE = re.compile(
    r"\b(?:thoughts|prayers|condolences|sympathies|hearts?)\s+(?:are|were|go|went|remain|remained)\s+(?:out\s+)?"
    r"(?:with|to)\b|\bwish(?:ed|es|ing)?\s+(?:him|her|them)\s+(?:a\s+)?(?:swift|speedy|quick|full|good|well|luck|"
    r"the\s+best)\b|\bdescrib(?:ed|es|ing)\s+(?:him|her)\s+as\s+(?:an?\s+)?[“\"‘']"
)
# What makes a tribute more than one: something done or to come beside it ("... and said the club would pay for").
_TRIBUTE_AND_MORE = re.compile(r"\b(?:will|would|but|however|after|because)\b")


# A sentence that restates a claim the article already made (a live blog's repeated boilerplate, a recap lower down:
# "Cruz has captured Texas and Oklahoma" after "Cruz, who captured Texas and Oklahoma, ..."): every word of it is
# in one earlier claim with the same speaker (or none), so it tells nothing new. A few words are too few to judge.
_RESTATED_MIN_WORDS = 4
_PLAIN_WORD = re.compile(r"[a-z0-9]+")
_FUNCTION_WORDS = frozenset(
    "a an and as at be been but by for from had has have in is it its of on or that the this to was were with".split()
)


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _PLAIN_WORD.findall(text.lower()) if w not in _FUNCTION_WORDS)


class ToldBefore:
    """The claims an article has made so far, each by its speaker, to tell a sentence that only restates one."""

    def __init__(self) -> None:
        self._told: list[tuple[str | None, frozenset[str]]] = []

    def restates(self, text: str, speaker: str | None) -> bool:
        words = _content_words(text)
        return len(words) >= _RESTATED_MIN_WORDS and any(
            said_by == speaker and words <= told for said_by, told in self._told
        )

    def note(self, text: str, speaker: str | None) -> None:
        if _web_address(text):
            return  # the page's address above its headline ("https://example.com/2013/05/02/ferry-sinks-off-..."):
            # its words are the headline's, which restates nothing
        self._told.append((speaker, _content_words(text)))


# A line that is a web address, as saved or as a tokeniser spaces it out ("http: / / example. com / 2013 / ...", "... /
# ferry-sinks-off _ n _ 3397642. html"): it opens with a scheme or "www." and no two words of it stand side by side.
_WEB_ADDRESS_OPENING = re.compile(r"\s*(?:https?\s*:\s*/\s*/|www\s*\.)", re.I)
_TWO_WORDS = re.compile(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}")


def _web_address(text: str) -> bool:
    opening = _WEB_ADDRESS_OPENING.match(text)
    return opening is not None and _TWO_WORDS.search(text, opening.end()) is None


def is_claim_text(text: str) -> bool:
    """Enough of a sentence to be checked or cited (questions and fragments are not)."""
    stripped = text.strip()
    if stripped.endswith("?") or _web_address(stripped):
        return False  # (a web address alone is the page's address, whatever words its path spells out)
    words = sum(1 for _ in islice(_WORD.finditer(stripped), _MIN_WORDS))  # enough once there are four
    if words < (2 if _DIGIT.search(stripped) else _MIN_WORDS):
        return False
    return bool(_LOWER.search(stripped))


# What makes a sentence colour or opinion rather than something to check, when nothing else
# (a speaker, a figure, a date, a denial, confirmation or forecast, a named party) marks it.
# The writer's own voice: "I" before a word ("I think", "I'm"; not "World War I"), "we", "you";
# case-sensitive so that "US" (the country) is not "us", capitalised only where a sentence or clause
# opens and not in a name ("Our Principles PAC", "In the Country We Love").
_NARRATOR_PERSON = re.compile(
    r"\bI(?=\s+[a-z]|[’']\w)|\b(?:we|our|us|you|your|my|me)\b|(?:^|[:;“\"‘])\W*(?:We|Our|You|Your|My)\b(?!\s+[A-Z])"
)
_COLOUR_OPENER = re.compile(
    r"^\W*(?:of course|yes|no|after all|to be sure|it goes without saying|perhaps|maybe|clearly|surely|just|so|still|"
    r"and,? yes|in short|in other words|imagine|remember|consider|let['’]s|let us|hopefully|needless to say|"
    r"make no mistake|to be fair|frankly|honestly)\b",
    re.IGNORECASE,
)
# The writer's own stance on what is told, anywhere in the sentence ("Race has undeniably shaped her life", "The
# plan will inevitably raise questions", "Some of the men, predictably, were crude"): a comment, not a report; not a
# manner an act was done in ("deftly contradicted", "was wrongly convicted"), nor a comment on a fact told
# ("Ironically, the mill closed", "was, coincidentally, another Virginian").
_WRITER_STANCE = _Keyed(
    re.compile(
        r"\b(?:undeniably|arguably|undoubtedly|no doubt|curiously|inevitably|predictably|understandably|tellingly)\b|"
        # what someone deserves, a hedge both ways, a missed chance: the writer's judgement ("They haven't got what they
        # deserve", "which may or may not be the best strategy", "That was a missed opportunity for him")
        r"(?<!\bwho )(?<!\bwhoever )\bdeserv(?:e|es|ed|ing)\b|\bmay or may not\b|\bfor better or (?:for )?worse\b|"
        r"\b(?:missed|lost) opportunit|"
        # a vague "not everyone" as the subject ("But in Velmar, not everyone agreed")
        r"^\W*(?:(?:but|and|yet|still)\s+)?(?:[^,]{1,40},\s+)?not\s+(?:everyone|everybody)\b"
    ),
    "undeniably|arguably|undoubtedly|no doubt|curiously|inevitably|predictably|understandably|tellingly|deserv|"
    "may or may not|for better or|missed opportunit|lost opportunit|not every",
)
# The writer's reading of how things look, or a guess hedged both ways, heading the main clause ("The court seemed
# to send a signal", "Home-state loyalty appears to play a role", "It is probably the most ...", "Unions may well
# endorse her"): an impression, not a report. A past act hedged ("appears to have been set deliberately") is told,
# as "may have" is (see ``_HEDGED_ACT``).
_PROBABLY_TO_COME = r"\b(?:will|would|won['’]t|wouldn['’]t)\s+(?:probably|likely|almost\s+certainly)\b"
_WRITERS_HEDGE = _Keyed(
    re.compile(
        r"\b(?:seem(?:s|ed)?|appear(?:s|ed)?)\s+(?:\w+ly\s+)?to\s+(?!have\b)\w+|"
        r"\b(?:may|might|could)\s+well\b|"
        r"\b(?:is|are|was|were)\s+(?:probably|perhaps|possibly)\b|" + _PROBABLY_TO_COME
    ),
    "seem|appear|well|probably|perhaps|possibly|likely|certainly",
)
# ... of which the writer's guess at what is to come or would be is one, however dated ("Rivals will likely paint her
# as an insider", "The governor would probably welcome a softer reading next month"): nobody's forecast to hold to.
_PROBABLY_TO_COME_AHEAD = _Keyed(re.compile(_PROBABLY_TO_COME), "probably|likely|certainly")
# A short phrase opening a sentence before its main clause ("As in past years, however,", "For the
# council,"): judged without it, when there is no act in it.
_INTRODUCTION = re.compile(r"[^,;:“”\"()]{1,60},\s+")
_INTRODUCTION_WORDS = 8
# A sentence that only places or announces a saying told elsewhere: "The mayor's remarks came as the
# council met", "Lenz made the comments at a rally", "She closed with a warning.": when and where it
# was said, not what.
_SAYING_PLACED = re.compile(
    r"^\W*(?:[\w’'.-]+\s+){0,6}?(?:comments?|remarks?|statements?|words|response|reply|pledge|criticism|"
    r"admission|admittance|tweets?|reference|warning|rebuke|apology)\s+(?:\w+\s+)?(?:came|comes|come)\b|"
    r"^\W*(?:(?!who\b|which\b|that\b)[\w’'.-]+\s+){0,4}?made (?:the|this|that|these|those|his|her|their|its) "
    r"(?:\w+ )?(?:comments?|remarks?|statements?|pledge|promise|claim|criticism|point|reference|case|argument|"
    r"observation|admission)\b|"
    # "..., he paused to make an improbable remark.": a saying announced, told in the next sentence
    r"\b(?:(?:make|made|makes|making|offer|offered|offers|deliver|delivered|delivers)\s+(?:an?|one|another)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:remark|comment|assertion|observation|admission|prediction|confession|warning)|"
    r"with\s+(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}?(?:remark|assertion|observation|confession))\W*$"
)
# What a sentence placing a saying would hold if it also told what was said.
_SAYING_HELD = re.compile(r"\b(?:that|saying|adding|calling|urging|warning)\b|[“”\":]")
# Page furniture that reads as a sentence: calls to follow or share, update and correction notes,
# embedded-post placeholders.
_FURNITURE = re.compile(
    # "For more, sign up for ...": a lead-in before the call
    r"^\W*(?:for more(?: information| news| on this(?: story)?)?,?\s+)?"
    r"(?:follow\b.{0,60}\bon (?:twitter|facebook|instagram|x)\b|(?:like|follow|subscribe to) us\b|"
    r"(?:this|the) (?:post|story|article|report) (?:has been|was|is) (?:updated|corrected|amended|revised)|"
    r"an earlier version of this (?:post|story|article|report)\b|"
    r"(?:editor['’]s note|correction|clarification)\s*:|click here\b|sign up\b|read more\b|"
    # a pointer to something else on the page: "Read part 1 here.", "(See the full timeline below.)"
    r"(?:see|read|watch|listen to|view)\b[^.!?]{0,80}\b(?:here|below|above)\W*$)"
    # markup left in the text ("<tweet ...>", "[<a href=...>"), and a contact line ("Email: desk@example.com")
    r"|^[\s\[(]*<[a-z-]+[\s>]|^\W*(?:e-?mail|contact|phone|tel|fax|website|web)\s*:\s*\S+\s*$",
    re.IGNORECASE,
)
# A party not answering, the boilerplate of reporting: "X did not immediately respond to requests for
# comment", "declined to comment", "could not be reached", "had no immediate comment"; nothing is said.
_NO_COMMENT = _Keyed(
    re.compile(
        r"\b(?:(?:did|does|has|have|had|could|would)\s*(?:not|n['’]t)|declined to|refused to)\s+(?:\w+ly\s+)?"
        r"(?:comment|elaborate|be reached|(?:respond|reply|return)\w*\s+(?:to\s+)?(?:\w+\s+){0,3}?"
        r"(?:requests?|calls?|messages?|e-?mails?|inquir\w+|queries)\b)|"
        r"\bhad no (?:immediate |further )?comment|\bnot (?:immediately )?(?:available|reachable) for comment|"
        r"\bdeclined (?:comment|interview requests|requests? for (?:an )?(?:comment|interview))"
    ),
    "comment|elaborate|reached|respond|reply|return",
)
# What may follow a refusal to comment that adds nothing: "on Friday", "for this story", "on the matter".
_NO_COMMENT_TAIL = re.compile(r"(?:[\s,]+(?:on|for|about|to|by|via|through|from|at)(?:\s+[\w’'-]+){1,4})*[\s,]*\W*$")
_QUOTE_ENDS_ASKING = re.compile(r"[?!][”\"’']")
# A question written with a full stop: "So why would the council even go down that road." ("What is
# clear is ..." opens a statement, not a question).
_ASKED_WITH_A_STOP = re.compile(
    r"^\W*(?:(?:so|but|and|then)\s+)?(?:(?:why|how)\s+(?:would|should|could|do|does|did|can|will|is|are|was|were|"
    r"has|have|on earth)|(?:what|who|which)\s+(?:would|should|could|do|does|did|can|will)(?!\s+not\b))\b",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with vs via".split())
_TITLE_WORD = re.compile(r"\b[A-Za-z][\w’'-]*")  # a whole word: not the "th" of "13th"
# Verbs of things that happen or are done, the checkable events of news (in any tense).
_HAPPENED_STEMS = (
    "sign send sent deploy kill die died strike struck attack invade annex meet met visit launch arrive fire "
    "capture retake retook conduct hold held order approve impose travel exchange began begun start end "
    "withdraw withdrew finalise finalize supply supplied arrest charge convict sentence indict sue file vote "
    "pass win won lose lost elect appoint nominate resign quit hire sack remove ban block veto override "
    "overrode raise cut increase reduce close open buy bought sell sold acquire merge invest pay paid spend "
    "spent borrow fine settle release free detain seize raid investigat probe rule overturn uphold upheld "
    "campaign rally march protest riot evacuate destroy damage injure wound shoot shot bomb crash collapse "
    "flood burn erupt establish create found build built introduce enact repeal pledge donate fund award "
    "grant deny denied reject accept join leave left return flee fled escape move moved shut suspend cancel "
    "postpone delay halt resume test tested lift host stage call called endorse back oppose agree decline "
    "refuse fail succeed hack leak publish report air broadcast testify subpoena threaten target demand ask "
    "urge warn accuse blame condemn criticiz criticis praise defend took take fell fall gave give made focus "
    "propose express provide use prohibit violate plan allow require force forced lead led receive commit "
    "admit inform notify confirm discover uncover reveal spread say said tell told state note add claim "
    "write wrote announce explain insist argue "
).split()
# Any form of them, "re-" too ("signs", "resigned", "investigation"): the words of a sentence are looked up.
# Irregular pasts that tell of something done ("fought", "stole", "overthrew"), which "-ed" does not find; not the
# ones that are also nouns or names ("bit", "fed", "bound", "beat", "rose").
_IRREGULAR_PASTS = frozenset(
    """
    fallen fought dug hung laid slew taught swam overcame overthrew overran oversaw undertook underwent withheld withstood
    forbade forgave bled ate drank wept dealt misled mistook knelt sprang swung stung flung crept stole froze sank
    shook tore broke threw caught chose drove ran hid swore drew flew rode
    """.split()
)
_HAPPENED = (
    frozenset(
        prefix + stem + suffix
        for prefix in ("", "re")
        for stem in _HAPPENED_STEMS
        for suffix in ("", "s", "es", "ed", "d", "ing", "ment", "ion")
    )
    | _IRREGULAR_PASTS
)
# Any other verb in the past tense ("the rain stopped", "the financing fell through" aside): something
# happened; not one of seeming, wanting or being described ("seemed", "needed", "talented").
_NOT_EVENTS = frozenset(
    "seemed appeared looked felt remained needed wanted liked loved hoped used supposed based related called named "
    "concerned interested involved tired worried excited surprised pleased scared aged talented skilled married retired "
    "limited united detailed advanced red bed shed need seed feed speed breed indeed hundred kindred sacred wicked naked "
    "rugged ragged crooked beloved learned ashamed "
    # manner and posture: scene-setting, not events ("Ruiz watched from the front row and smiled")
    "watched smiled nodded paused listened waited gazed stared cheered shrugged grinned frowned "
    "sighed gestured lingered "
    # a scene: crowds, queues and buildings as they looked ("queues stretched out of the terminal")
    "chanted stretched loomed towered drifted swirled echoed glowed "
    # qualities and feelings told with a participle ("he was qualified", "I was disappointed")
    "qualified dedicated determined motivated educated experienced sophisticated complicated biased unhinged deranged "
    "obsessed polarized polarised frustrated satisfied exhausted overwhelmed confused disappointed embarrassed outraged "
    "offended thrilled delighted amazed stunned horrified saddened troubled disgusted annoyed bored amused relieved "
    "discouraged devoted entitled".split()
)
_ED_WORD = re.compile(r"\b[a-z]{3,}ed\b")
# A past participle used as an adjective: group 1 (a word before it) or 2 (a hyphen) is what makes it
# one, group 3 the word.
_ED_VERB = re.compile(
    r"(?:\b(a|an|the|his|her|its|their|our|my|your|this|these|those|some|many|more|most|very|so|too|less|well|newly|of)"
    r"\s+|(?<=\w)(-))?\b([a-z]{3,}ed)\b"
)
# A word with the article, possessive or "of" before it that makes it a noun ("the campaign", "Lenz's
# plans", "secretary of state"): group 1 is that word, group 2 the word looked up.
_EVENT_WORD = re.compile(
    r"(?:\b(the|a|an|his|her|its|their|our|my|your|this|these|those|every|each|of)\s+|(?<=[’']s\s))?\b([a-z]+)\b"
)
# Irregular pasts of coming and going ("The response came in a series of tweets"): told of in the
# writer's voice, not in a quotation ("we came from", "You got a choice" tell nothing).
_MOVED = frozenset("came went became grew found drew flew rode overtook upheld".split())
# An act going on, adverbs between ("is once again questioning"); not "is something", "is during".
# Words in "-ing" that are no act going on: "nothing", "during", and an adjective of feeling or judgement
# standing alone ("they're terrifying", "it is encouraging to see"; not "is encouraging voters").
_NOT_PARTICIPLE = (
    r"(?!(?:(?:some|no|any|every)thing|during|morning|evening)\b|"
    r"(?:terrifying|frightening|exciting|boring|inspiring|compelling|devastating|heartbreaking|depressing|"
    r"encouraging|alarming|damning|overwhelming|staggering|humbling|fascinating|thrilling|annoying|infuriating|"
    r"maddening|sickening|outstanding|appalling|amazing|interesting|disturbing|troubling|worrying|shocking|"
    r"surprising|disappointing|embarrassing|humiliating|promising|refreshing|sobering|frustrating|astonishing|"
    r"baffling|puzzling|confusing|misleading|stunning|insulting|disgusting|amusing|charming|concerning|exhausting|"
    r"unsettling|uplifting|gratifying|satisfying|pleasing|touching|moving)"
    r"(?:\s*[.,;:!?”\"'’)]|\s*$|\s+(?:and|but|or|for|to|that|because|when|as)\b))"
)
_DOING = re.compile(r"\b(?:is|are|am|['’]s|['’]re)\s+(?:[a-z]+\s+){0,2}?" + _NOT_PARTICIPLE + r"[a-z]{3,}ing\b")
# A passive with an irregular participle ("is spread by mosquitoes", "are held in"): something done.
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|not\s+|also\s+|still\s+)*(?:spread|held|sent|made|known|"
    r"found|given|taken|shown|built|sold|bought|paid|told|hit|cut|put|set|run|seen|led|kept|left|lost|won|brought|"
    r"caught|taught|fought|sought|struck|shot|beaten|chosen|driven|written|stolen|spoken|broken|frozen|hidden|born|"
    r"worn|torn|sworn|drawn|grown|thrown|flown|done|shut|split|spent|lent|laid|hung|dug|upheld|withdrawn|overseen)\b"
)
_TOKEN = re.compile(r"\w+")
_FIRM_FORECAST = re.compile(
    r"\b(?:expect\w*|forecast\w*|predict\w*|project(?:s|ed|ion)|likely to|set to|poised to|on track to|plans? to|intends? to|"
    r"within (?:the next )?(?:a few |two |three |several )?(?:days|weeks|months))\b"
)
# The writer's speculation, advice or hypothesis, not a fact: a modal heading the main clause ("Others
# could buy in", "The court should act"), or a sentence opened by a condition ("If she wins, ...").
_MODAL = _Keyed(
    re.compile(r"\b(?:could|might|may|should|must|ought to|needs? to|can(?:not|['’]t)?)\b"),
    "could|might|may|should|must|ought to|need|can",
)
_BEFORE_MAIN = re.compile(
    r"\b(?:which|that|who|whom|whose|if|when|whether|unless|because|although|though|while|where|after|before|"
    r"since|until)\b"
)
_HEDGED_ACT = re.compile(
    r"\s+(?:not\s+)?(?:have\s+(?!been\b)\w+|(?:have\s+)?been\s+(?:\w+\s+)?\w{3,}(?:ing|ed|en)\b|be\s+(?:\w+\s+)?\w{3,}ing\b)"
    r"|(?<=could)\s+not\s+(?!be\b)\w+"
)
_MAIN_CLAUSE_WORDS = 12
_WOULD_HEADING = re.compile(r"\bwould(?:n['’]t)?\b")
_ACT_AFTER_WOULD = 4  # "would also be sold to": the act comes within a few words
# Something to come or that may come: "will", "would", "could", "may".
_FUTURE = _Keyed(
    re.compile(r"\b(?:will|won['’]t|going to|would|could|might|may|shall)\b|['’]ll\b"),
    "ll|won|going to|would|could|might|may|shall",
)
_HYPOTHESIS = re.compile(r"^\W*(?:if|unless|were|had|should|suppose|imagine)\b")
# An open question in the writer's voice: "It is unclear whether the vote will be held", "It remains
# to be seen if ...": what follows is not asserted.
_UNANSWERED = (
    r"(?:['’]s|\s+is|\s+was|\s+remains)\s+(?:still\s+|also\s+)?(?:unclear|not clear|uncertain|unknown|not known|"
    r"to be seen|an open question|anyone['’]s guess)"
)
# ... or the question as the subject: "Whether the vote is held is an open question", "How it ends remains to be seen".
_OPEN_QUESTION = re.compile(
    r"^\W*(?:it|that)" + _UNANSWERED + r"\s+(?:whether|if|how|what|why|when|who|which)\b|"
    r"^\W*(?:whether|how|why)\b[^.;:]{3,160}?" + _UNANSWERED + r"\b"
)
# Words only an opinion can predicate: "is extraordinary", "was a disgrace", "isn't right".
_EVALUATIVE = (
    r"(?:different|extraordinary|remarkable|important|clear|obvious|unclear|striking|ironic|odd|strange|curious|"
    r"surprising|unsurprising|unusual|interesting|notable|telling|troubling|disturbing|worrying|alarming|shocking|"
    r"absurd|ridiculous|outrageous|sad|tragic|unfortunate|welcome|good|bad|better|worse|best|worst|great|terrible|"
    r"awful|horrible|wrong|right|fair|unfair|easy|hard|difficult|simple|complicated|complex|crucial|critical(?! of)|"
    r"essential|vital|necessary|unnecessary|possible|impossible|inevitable|dangerous|risky|mistake|disaster|shame|"
    r"pity|problem|puzzle|irony|paradox|joke|disgrace|nonsense|amazing|incredible|unbelievable|fantastic|"
    r"tremendous|beautiful|wonderful|pathetic|crazy|insane|stupid|dumb|smart|unacceptable|irresponsible|"
    r"deplorable|waste|disgusting|excellent|brilliant|superb|outstanding|impressive|admirable|appalling|shameful|"
    r"disgraceful|despicable|offensive|insulting|hypocritical|dishonest|unfit|unqualified|incompetent|ignorant|"
    r"clueless|hateful|reckless|foolish|silly|naive|misguided|wise|unwise|clever|disappointing|encouraging|"
    r"promising|embarrassing|humiliating|nice|lovely|awesome|perfect|appropriate|inappropriate|reasonable|"
    r"unreasonable|fraud|liar|bully|failure|fiasco|idiot|loser|hero|fitting|awkward|bizarre|weird|ugly|nasty|messy|"
    r"painful|bitter|delusion|symbolic|stunning|astonishing|frustrating|refreshing|sobering|unfortunate|fortunate|"
    r"lucky|unlucky|ironic|laughable|baffling|puzzling|confusing|predictable|unpredictable|understandable|"
    r"inexcusable|indefensible|unconscionable|wrongheaded|overblown|exaggerated|overstated|understated|misleading|mixed)"
)
# A judgement in the writer's voice: a subject (no verb) said to be something only an opinion can be.
_JUDGEMENT = re.compile(
    r"^\W*(?:[\w’'.-]+\s+){0,8}?(?:is|are|was|were|remains?|remained|seems?|seemed|looks?|looked|becomes?|became|"
    # ("Her record on housing has been mixed", "The choice turned out to be a fortunate one")
    r"(?:has|have|had)\s+been|turned\s+out\s+to\s+be|prove[dn]\s+(?:to\s+be\s+)?)\s+"
    r"(?:not\s+)?(?:(?:more|most|less|least|very|so|too|quite|rather|deeply|truly|especially|particularly|"
    r"increasingly|equally|also|still|just|even|all the|hardly|far|much|\w+ly)\s+)*(?:an?\s+|the\s+)?(?:\w+ly\s+)?"
    + _EVALUATIVE
    + r"\b"
)
# The writer's guess at what is to come: "The rules are likely to anger farmers", "Velmar will find the win hard to
# repeat", "The delay will make it difficult for ..." (not "is expected to", "plans to": a forecast or a plan someone
# made, which can be checked against them).
_GUESS_TO_COME = re.compile(
    r"\b(?:is|are|was|were|seems?|seemed|looks?)\s+(?:\w+ly\s+)?(?:likely|unlikely)\s+to\b|"
    r"\b(?:will|would|may|might|could)\s+(?:\w+\s+){0,3}?(?:be|find|make|prove|remain)\s+(?:\w+\s+){0,3}?"
    r"(?:hard|harder|difficult|easy|easier|impossible|tough|tricky|unable)\b"
)
_WILL = _Keyed(
    re.compile(r"\b(?:will|won['’]t|going to)\b|['’]ll\b|\bwould\b"),
    "ll|won|going to|would",
)
# An act told of in a reported statement, in the past or perfect: say-verbs aside (they only relay).
_REPORTED_ACTS = (
    frozenset(
        "signed sent deployed killed died struck attacked invaded met visited launched arrived fired captured "
        "conducted held ordered approved imposed began begun started ended withdrew arrested charged convicted "
        "sentenced indicted sued filed voted passed won lost elected appointed nominated resigned quit hired "
        "banned blocked vetoed raised cut increased reduced closed opened bought sold paid spent borrowed "
        "released detained seized raided ruled destroyed damaged injured wounded shot built introduced pledged "
        "donated funded joined left returned fled moved shut suspended cancelled canceled postponed delayed "
        "halted resumed tested hacked leaked published threatened demanded accused admitted discovered revealed "
        "broke took gave made created established agreed refused failed declined said told asked warned beat hit "
        "led ran rose fell grew chose drove threw caught brought sought spoke wrote stole swore forgot froze hid "
        "lent sank sat stood stuck swept tore woke wore ".split()
    )
    | _IRREGULAR_PASTS
)
# Those not in "-ed" ("took", "held", "sent"): what is done, wherever it stands.
_IRREGULAR_ACTS = frozenset(word for word in _REPORTED_ACTS if not word.endswith("ed"))
# A stance someone can be held to: what they back, oppose, propose, call for or promise.
# Not after an article or possessive, where the word is a noun ("the Clean Power Plan", "a need for"),
# and "back" not as an adverb ("back to", "gets back out there").
_NOT_AS_NOUN = "".join(f"(?<!\\b{w} )" for w in "the a an his her its their our my your this".split())
_STANCE = (
    # the lookbehinds are tried only where a stance word starts, not at every position of the text
    r"\b(?=support|oppose|propose|favo|endorse|back|want|plan|vow|promise|pledge|demand|urge|call|push|seek|"
    r"sought|recommend|reject|refuse|need)"
    + _NOT_AS_NOUN
    + r"(?:support|oppose|propose|favou?r|endorse|back(?!\s+(?:to|out|in|into|on|onto|from|home|up|down|off|away|"
    r"there|here|then|when|and|at|for|with)\b)|want|plan|vow|promise|pledge|demand|urge|call(?:ed|s|ing)? for|"
    r"push(?:ed|es|ing)? for|seek|sought|recommend|reject|refuse|need)(?:s|es|ed|d|ing)?\b"
)
_POSITION = re.compile(_STANCE + r"|\b(?:should|must)\b")
# Cues that only relay words, however firmly ("insisted", "argued", "tweeted": the act reported, if any,
# is in the content); any other cue ("urged", "warned", "condemned", "announced") is itself something done.
_RELAYING_CUE = re.compile(
    r"(?:(?:has|have|had|also|later|then|further)\s+)*(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|"
    r"adding|note|notes|noted|explain\w*|recall\w*|think\w*|thought|believe\w*|feel\w*|felt|according to|"
    r"wrote|writes|write|put it|observ\w+|remark\w*|continu\w+|quipped|mused|recount\w*|:|—|―|"
    r"stat(?:e|es|ed|ing)|argu(?:e|es|ed|ing)|assert\w*|insist\w*|maintain\w*|emphasi[sz]\w*|stress\w*|"
    r"declar\w+|claim(?:s|ed|ing)?|comment\w*|tweet\w*|posted|repl(?:y|ies|ied|ying)|respond\w*|answer\w*|"
    r"describ\w+|suggest\w*|"
    # feelings and manners of speaking: what they carry decides ("she yells", "environmentalists worry that ...")
    r"hop(?:e|es|ed|ing)|fear(?:s|ed|ing)?|worr(?:y|ies|ied|ying)|jok(?:e|es|ed|ing)|yell\w*|shout\w*|exclaim\w*|"
    r"chant\w*|lament\w*|bemoan\w*)"
)
# An opinion opened by a pronoun, quoted or in the writer's voice: "It's a disgrace", "This just isn't
# right", "That was incredibly important", "It's unclear whether ...".
_QUOTED_JUDGEMENT = re.compile(
    r"^\W*(?:it|this|that|she|he|they|these|those|there|what|which)(?:\s+(?:just|really|simply|still|also))?"
    r"(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were|\s+seems|\s+looks)(?:\s+not|n['’]t)?\s+"
    r"(?:(?:\w+ly|just|so|very|too|quite|a|an|the|all|about)\s+)*" + _EVALUATIVE + r"\b"
)
# Feelings in the first person: "I love you", "We're so proud of them", "I think it's time".
_FEELING = re.compile(
    r"^\W*(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)?(?:\s+(?:really|just|so|very|truly|all|do|don['’]t|did|didn['’]t))*\s+"
    r"(?:think|thought|feel|felt|love|loved|hate|hope|wish|wonder|believe|guess|like|proud|happy|glad|sad|"
    r"sorry|disappointed|excited|thrilled|honou?red|grateful|worried|concerned)\b"
)
# A feeling the speaker reports of themselves ("he was “heartbroken”", "she had been overwhelmed by the response", "they
# felt betrayed"): a state of mind, with no act told beside it ("said it was devastated and had closed its kitchen").
# ("told the Fenland Echo he was ...", "In a statement after the hearing, the family said they were ...": whom it was
# told to, or where, before the blanked source and cue: up to three words, or an opening phrase set off by a comma)
_REPORTED_FEELING = re.compile(
    r"^[\W_]*(?P<before>(?:(?:in|at|after|during|outside|on)\s[^,;:“”\"]{1,50},[\W_]*)?(?:(?:[a-z][\w’'.-]*)\s+){0,3}?)"
    r"(?:he|she|they|it|we|i)\s+(?:was|were|is|are|am|had\s+been|has\s+been|have\s+been|felt|feels|feel)\s+"
    r"(?:(?:\w+ly|so|very|too|quite|absolutely|just)\s+)*[“\"‘']?(?:heartbroken|overwhelmed|furious|devastated|delighted|"
    r"thrilled|saddened|shocked|angry|upset|relieved|proud|disappointed|gutted|horrified|appalled|humbled|honou?red|"
    r"grateful|elated|ecstatic|distraught|dismayed|livid|sad|happy|glad|sorry|betrayed|hurt|stunned|amazed)\b"
)
# A comparison that can be checked: "the worst in a decade", "for the first time", "a record".
# A comparison with the past: "than ever", "for the first time", "a record 65 million", "in three decades"; not a
# party's track record ("her record", "his voting record", "off the record"), "ever" asking or denying ("no one would
# ever say", "never, ever"), nor "since" telling when ("friends since high school", "since he took office").
_COMPARED = re.compile(
    r"\b(?:than ever|ever (?:before|recorded)|first time|"
    r"(?<![’']s )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!\bown )(?<!\btrack )(?<!\bvoting )(?<!\bbusiness )"
    r"(?<!\bpublic )(?<!\bcriminal )(?<!\bservice )(?<!\bmilitary )(?<!\bsafety )(?<!\bpolice )(?<!\bthe )(?<!\bfor )"
    r"record|in (?:a|the last|the past|\d+|two|three|five|ten) (?:decades?|years?|"
    r"months?|weeks?|generations?|centur(?:y|ies)))\b|\bnot credible\b|\b(?:broke|broken|breaks|breaking|equall?ed|matched|tied) the record\b"
)
# A record: "the worst disaster in the history of the state", "the largest since 1990", "the first since 2008", "his
# second win since the Iowa caucuses", "the first real reform of the V.A. ever".
_RECORD = re.compile(
    r"\b(?:\w+est|most \w+|worst|best|first|second|third|fourth|fifth|only)\b(?:[^.]|\.(?=\w)){0,70}?"
    r"\b(?:in (?:the |our |its |their )?(?:history|world)|ever|since)\b"
)
# What a speaker says that is checkable whatever else it holds: a forecast, a comparison or a record
# (one search, faster than three).
_FORECAST_OR_RECORD = re.compile("|".join(f"(?:{p.pattern})" for p in (_FIRM_FORECAST, _COMPARED, _RECORD)))
# A speaker's opinion in the first person: "I think", "I don't believe", "I mean", "you know".
_SPEAKER_OPINION = re.compile(
    r"\b(?:i|we)(?:['’]m|\s+am|\s+are)?\s+(?:(?:do|did|really|just|still|also|personally|honestly|strongly|truly|"
    r"firmly|certainly|don['’]t|didn['’]t|do not)\s+)*(?:think|thought|believe|feel|felt|guess|suppose|hope|wish|"
    r"wonder|mean|doubt|love|hate|like|know|sure|convinced|glad|proud|happy|sad|sorry)\b|\byou know\b"
)
# The speaker's own view framing what is said ("I think they lied", "I hope it passes", "I mean, ...",
# "you know"): an opinion, whatever it tells. "We believe", "I know" are left out: an official's "We
# believe the fire was set" reports a finding.
_OPINION_FRAME = _Keyed(
    re.compile(
        r"\bi(?:['’]m|\s+am)?\s+(?:(?:do|did|really|just|still|also|personally|honestly|don['’]t|didn['’]t|do not|did not)\s+)*"
        r"(?:think|thought|guess|suppose|hope|wish|wonder|mean|feel|felt)\b|\bi\s+(?:don['’]t|do not)\s+know\b|\byou know\b|"
        r"\bi(?:['’]d|\s+would)\s+(?:much\s+)?rather\b"  # a preference: "I'd rather live in ..."
    ),
    "think|thought|guess|suppose|hope|wish|wonder|mean|feel|felt|know|rather",
)
# Words to the listener ("You got a choice", "your vote"): rhetoric, not a report.
_ADDRESS = _Keyed(
    re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b"),
    "you",
)
# A quoted order or plea: "Don't shoot", "Let's go", "Please stay home".
_ORDER = re.compile(
    r"^[\s“”\"'‘’]*(?:don['’]t|do not|let['’]s|let us|please|tell (?:that|it) to|imagine|believe me|trust me|come on|"
    r"god forbid|look,|listen,|remember,|"
    # a call to the listener or reader to do something ("Look at what they did", "Vote for liberty", "Stay indoors",
    # "Book early", "Never forget that ..."): an imperative opening the sentence, with the words that make it one
    r"look at|take a look|tell (?:me|us)|give (?:me|us)|vote for|go back to|get (?:serious|out|a sense|real|over)|"
    r"make (?:sure|the most)|be sure|keep (?:your|an eye|in mind)|bear in mind|remember (?:that|to|when|how|what)|"
    r"stay (?:indoors|at home|home|away|tuned|safe)|book (?:early|ahead|now)|never forget)\b"
)
# A reported text that is only a gesture after its cue: "Ruiz said, looking at the crowd", "she said, smiling".
_GESTURE = re.compile(
    r"^[\s,;.—–-]*(?!(?:add|not|say|explain|insist|argu|warn|call|cit|point|describ|refer|claim|urg|accus|"
    r"promis|vow|pledg|stress|report|announc|writ|tell|ask|suggest)\w*ing\b)[a-z]+ing\b(?:(?!\bthat\b)[^“”\"]){0,60}$"
)
_SUBORDINATE = re.compile(
    r"(?:though|although|while|whereas|if|unless|when|whenever|because|since|as|after|before|until)\b"
)
# A main clause whose verb is a state in the present ("is", "means", "doesn't"), not a passive or an
# ongoing act ("is banned", "is sending"), within its first few words.
_STATE_PLACE = r"(?:in|on|at|under|behind|inside|near|with|among|without|outside|out of|in charge|under way|back)\b"
_STATIVE = re.compile(
    r"(?:(?!(?:that|which|who|has|have|had|says?|said|saying|suspects?|thinks?|believes?|knows?)\b)[\w’'-]+\s+){0,6}?"
    r"(?:(?:(?:is|are|am|isn['’]t|aren['’]t|remains?|seems?|looks?|sounds?|feels?)\b|"
    r"(?:it|that|this|there|here|what|he|she|we|they|you)['’](?:s|re)\b)"
    r"(?![\s“”\"'‘’]+(?:(?:not|now|still|already|also)\s+)*(?:\w+ly\s+)?"
    r"(?:(?!(?:no|some|any|every)thing\b)\w+(?:ed|en|ing)\b|" + _STATE_PLACE + r"))"
    r"|(?:knows?|means?|needs?|wants?|deserves?|matters?|belongs?|doesn['’]t|don['’]t|does not|do not)\b"
    r"(?![\s“”\"'‘’]+" + _STATE_PLACE + r"))"
)
# An act going on or done: "is sending", "has sent"; not "have got to" (a must).
_ONGOING = re.compile(
    r"\b(?:is|are|was|were|am|be|been|['’]s|['’]re)[\s“”\"'‘’]+(?:\w+ly\s+|now\s+|still\s+|not\s+)*"
    + _NOT_PARTICIPLE
    + r"\w{2,}ing\b|"
    r"\b(?:has|have|had|['’]ve|['’]d)\s+(?:\w+ly\s+|not\s+|never\s+|already\s+|also\s+|just\s+)*(?:been\s+)?"
    r"(?!got to\b)\w+(?:ed|en|wn|ne|t|ught|un|de)\b"
)
_LIKELIHOOD = _Keyed(
    re.compile(r"\b(?:likely|unlikely|possible|possibly|probable|probably|plausible|feasible|chance|risk)\b"),
    "likely|possib|probab|plausible|feasible|chance|risk",
)
# What a quotation says something is, or how good or bad: "“Wall Street's a cynical place”", "“a spectacular deal”".
_QUOTED_VIEW = re.compile(
    r"\b(?:is|are|was|were|be|been|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|seems?|doesn['’]t mean)\b|"
    r"\b(?:it|that|this|there|here|he|she|what|who|we|they|you)['’](?:s|re)\b|"
    r"\w['’]s\s+(?:a|an|the|not|no|very|so|too|just|really|never|always|been)\b|\b" + _EVALUATIVE + r"\b"
)
# A question reported rather than asked: the cue asks ("asked", "wondered", "questioned") and what
# follows is a question ("Ruiz asked whether the council had read it").
_ASKING_CUE = re.compile(r"(?:\w+\s+)*?(?:ask(?:ed|s|ing)?|wonder(?:ed|s|ing)?|question(?:ed|s|ing)?)")
_WH = r"(?:whether|if|how|why|what|who|whom|when|where|which)\b"
_INDIRECT_QUESTION = re.compile(r"^[\s,]*(?:[\w’'.-]+\s+){0,4}?" + _WH)
_ASKS = re.compile(r"\b(?:ask(?:ed|s)?|wonder(?:ed|s)?|question(?:ed|s))\s+(?:[\w’'.-]+\s+){0,4}?" + _WH)
# Words a quotation can have around it and still be one ("in a statement", "at the rally"); more are
# the reporter's paraphrase ("she would name regulators who “are tough enough”").
_AROUND_QUOTE_WORDS = 3
_QUOTE_OPENS = re.compile(r"[“\"]")
_QUOTE_CLOSES = re.compile(r'”|(?<=\S)"(?=\s|$)')
# A second cue after a quotation's own: "..., adding that", "arguing", "saying".
_SAYING_ON = re.compile(
    r"\b(?:add|not|say|explain|insist|argu|warn|cit|claim|urg|accus|promis|vow|pledg|stress|announc|suggest|predict)"
    r"\w*ing\b"
)
# Where the source and cue were blanked out after a quotation ("“...,”           in an interview").
_CUE_BLANK = re.compile(r"[\s,.;:—–―-]*\s{3}")
# A quotation this short with nothing done in it is an exclamation or a fragment: "“Here comes Big Daddy”".
_QUOTED_FRAGMENT_WORDS = 5
# What a quotation can hold that is checkable without an act told: a future, a stance, something going
# on or done to someone, a likelihood ("“We will appeal”", "“We oppose the plan”", "“The road is being
# repaired”", "“We have had problems with intrusions”"); not "would", "should" or "must":
# in a speaker's own words they are supposition and advice ("“He would be a great senator”").
_STANDING = re.compile(
    r"\b(?:will|won['’]t|going to)\b|['’]ll\b|"
    + _STANCE
    + "|"
    + "|".join(f"(?:{p.pattern})" for p in (_ONGOING, _LIKELIHOOD, _PASSIVE, _DOING))
    + r"|\b(?:has|have|['’]ve)\s+(?:\w+ly\s+)?had\b"
)
_QUOTE_MARKS = " ,.“”\"'‘’"
# The speaker's or listener's own person, in a quotation (lower-cased).
_PERSONAL = re.compile(r"\b(?:i|we|us|our|me|my|you|your)\b")
# Accepting, rejecting or answering for something: a stance, however personal ("We respect the result").
_ACCEPTING = re.compile(
    r"\b(?:respect|accept|welcome|regret|recogni[sz]e|condemn|apologi[sz]e|thank|congratulate|concede|stand (?:by|with))"
    r"(?:s|d|ed)?\b"
)
# Pasts that tell something happened without "-ed" or an act of ``_REPORTED_ACTS``: "did", "saw", "came".
_TOLD_PAST = _MOVED | frozenset("did didn't didn’t never saw heard shook knew got kept".split())
# Where a reported text's sentences, quotations or blanked-out source and cue ("are now ___ they") part.
_QUOTED_SENTENCE = re.compile(r"(?<=[.!;])[\s”\"’']+|[“\"]|\s{3,}")
# "that" opens a clause ("that the mill closed"), "that's" does not ("That's a disgrace").
_CLAUSE_OPENER = re.compile(r"[\s,:;“”\"'‘’.—–-]*(?:(?:that|but|and|so|yet|still|well|now|also|even)\b(?![’'])[\s,]*)*")


def _reported_aside_then_party(text: str) -> bool:
    """ "While critics argue that the swap is unfair, the minister has backed it": a concessive clause holding what
    someone says (no part of the sentence's claim), then a main clause whose subject is a party."""
    if not _CONCESSIVE_OPENS.match(text):
        return False
    ends = [a.clause_end for a in find_attributions(text) if a.clause_end is not None]
    if not ends:
        return False
    main = text[ends[0] :].lstrip(" ,")
    return bool(_ANAPHORIC_SUBJECT.match(main) or _PARTY_SUBJECT.match(main)) and not _IMPERSONAL_SUBJECT.match(main)


_CONCESSIVE_OPENS = re.compile(r"\W*" + CONCESSIVE_OPENERS + r"\s")
# A party as the main clause's subject: "most members voted", "his administration keeps", "some officials".
_PARTY_SUBJECT = re.compile(r"(?:most|many|some|all|few|several|his|her|their|its)\s+(?:[a-z-]+\s+)?[a-z-]+s?\s+[a-z]+")
_IMPERSONAL_SUBJECT = re.compile(r"(?:it|this|these|that|there)\b", re.IGNORECASE)
_ANAPHORIC_SUBJECT = re.compile(r"^\W*(?:it|they|he|she|this|these|the (?:\w+ ){0,2}\w+)\b", re.IGNORECASE)


# The writer's caveat on what a report says, naming no one who confirms or denies it: "The claim could not be independently
# verified.", "Neither account could be confirmed.", "Reuters could not independently verify the footage."
_UNVERIFIED = re.compile(
    r"\W*(?:(?:The|This|That|These|Those|Such|Neither|None\s+of\s+the|Either)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:claims?|reports?|accounts?|figures?|footage|videos?|images?|photos?|photographs?|tolls?|numbers?|allegations?|"
    r"statements?|details?|assertions?|casualty\s+figures|death\s+toll)\s+"
    r"(?:(?:could|can|has|have|had|was|were|is|are)\s+not|(?:could|has|have|had|was|were|is|are)n[’']t|can[’']t|cannot"
    r"|(?<=\s)(?:could|can)(?=\s+be\s+(?:independently\s+|immediately\s+)?(?:verified|confirmed)\b))\s+(?:yet\s+)?(?:be\s+|been\s+)?"
    r"(?:independently\s+|immediately\s+|separately\s+)?(?:verified|confirmed)\b[^,;:]*[.]?$"
    r"|\W*(?:[A-Z][\w.&’'-]*\s+){1,4}(?:could\s+not|was\s+unable\s+to|were\s+unable\s+to|has\s+not\s+been\s+able\s+to|"
    r"could\s+not\s+immediately|cannot)\s+(?:independently\s+|immediately\s+)?(?:verify|confirm)\s+"
    r"(?:the|this|these|those|that|either|any|its|their|his|her)\b[^,;:]*[.]?$"
)


def _unverified(text: str) -> bool:
    """The writer's caveat (see ``_UNVERIFIED``); a bare "could be verified" only after "Neither" or "None of"."""
    found = _UNVERIFIED.match(text)
    if found is None:
        return False
    negated = re.search(r"\b(?:not|cannot|n[’']t)\b|n[’']t\b|\bunable\b", found.group())
    return bool(negated) or bool(re.match(r"\W*(?:Neither|None)\b", text))


# The writer's guess with the act it supposes after "that" ("It is possible that Lee played a role", "It seems unlikely
# that the talks will resume", "It is not clear that the work ended there"): not asserted, so nothing to check.
_EXTRAPOSED_GUESS = re.compile(
    r"\W*(?:(?:But|And|Yet|So|Still|Of course|Indeed),?\s+)?(?:it|It)(?:\s+(?:is|was|seems|seemed|remains|remained|"
    r"appears|appeared|would\s+be|may\s+be|might\s+be)|['’]s)\s+(?:also\s+|still\s+|quite\s+|entirely\s+|"
    r"perfectly\s+|at\s+least\s+|highly\s+|very\s+)*"
    r"(?:(?:not\s+)?(?:possible|conceivable|plausible|likely|probable)|unlikely|improbable|doubtful|unclear|uncertain|"
    r"(?:not|far\s+from|by\s+no\s+means)\s+(?:clear|certain|obvious))"
    r"\s+(?:that|whether|if)\b"
)


def not_a_proposition(text: str, *, figures: bool, dated: bool, headline: bool = False) -> bool:
    """Page furniture, a line introducing what follows with no figure of its own ("He made this
    comment:"), a question or an exclamation (a quoted one too, when only its attribution stands
    around it: "“Who pays?” she asked"), or a headline in title case with no figure or date: text,
    but nothing asserted (not a ``headline`` line the page's layout told apart, judged by ``headline_asserts``)."""
    stripped = text.strip()
    if _FURNITURE.search(stripped) or stripped.endswith(("?", "!")) or (stripped.endswith(":") and not figures):
        return True
    if _ASKED_WITH_A_STOP.match(stripped):
        return True
    if not (figures or dated or headline) and _is_title_case(stripped):
        return True
    return (
        bool(_QUOTE_ENDS_ASKING.search(stripped)) and _words_outside_quotes(mask_quotes(straight_quotes(stripped))) <= 6
    )


def _words_outside_quotes(masked: str) -> int:
    """Words of a text whose quotations ``mask_quotes`` turned into runs of x."""
    return sum(1 for w in _WORD.findall(masked) if w.strip("x"))


def headline_asserts(text: str, body: str = "") -> bool:
    """A headline or heading that tells a checkable event: a named party opening it, then an act ("Mayor Ivo Brandt
    arrested in bribery inquiry", "Velmar Corp sold its port stake": the verb right after the name, as a headline is
    written), or an act in headline grammar right after whoever it happened to or was done by ("Fire destroys Velmar
    mill", "Two hikers killed in fall", "Lee to host awards": ``headline_acts``). A title-case headline ("Senator
    Pledges Aid To Flood Towns") is judged as a sentence writes it (``sentence_case_reading``, its names told by
    ``body``). A label naming a happening and where it happened ("Major fire at Velmar mill") tells it too
    (``happening_of_headline``). Section headings, topic tags, guides and live blogs name no act and stay page
    furniture; so does the headline present of a verb not known as an act ("Lenz heads home"), which cannot be told
    from a plural noun ("Lenz fans")."""
    stripped = text.strip()
    if is_all_caps_line(stripped) and not stripped.endswith((":", "?", "!")):
        reading = sentence_case_reading(stripped, body)  # "MAYOR QUITS OVER PORT DEAL": judged as "Mayor quits ..."
        return reading is not None and not is_all_caps_line(reading) and headline_asserts(reading, body)
    if not is_claim_text(stripped) or stripped.endswith((":", "?", "!")) or is_guide(stripped):
        return False  # (nor a guide naming its event by a name and an act: "Jeju Air crash: what we know")
    if _is_title_case(stripped):
        reading = sentence_case_reading(stripped, body)
        return reading is not None and not _is_title_case(reading) and headline_asserts(reading, body)
    if role_kicker(stripped) is not None:
        return True  # "Fire chief: blaze was deliberate": who says it, by role, and what
    if act_of_headline(stripped) is not None:
        return True
    if happening_of_headline(stripped) is not None:
        return True
    names = [m for m in find_entities(stripped) if not m.tentative]
    if not names:
        return False
    subject = names[0]
    if len(stripped[: subject.start].split()) > _SUBJECT_OPENS_WITHIN:
        return False
    verb = _TOKEN.findall(stripped[subject.end :].lower())[:_VERB_FOLLOWS_WITHIN]  # "was arrested", "has resigned"
    return not (_HAPPENED.isdisjoint(verb) and _REPORTED_ACTS.isdisjoint(verb)) or _past_event(" ".join(verb))


def _is_title_case(text: str) -> bool:
    """ "Senator Pledges Aid To Flood Towns": every word but the small ones capitalised."""
    capitalised = 0
    for match in _TITLE_WORD.finditer(text):  # most sentences stop at their second or third word
        word = match.group()
        if word.lower() in _SMALL_WORDS:
            continue
        if not word[0].isupper():
            return False
        capitalised += 1
    return capitalised >= 4


def deciding_cue(cues: list[str]) -> str:
    """Of a sentence's cues, the one that decides whether its report is worth checking: the first that is an act of
    its own ("urged", "confirmed") rather than a relay of words ("said", "according to"), else the first
    ("Lee said the plan was a disgrace, and Marsh urged calm": what Marsh urged is told)."""
    said = [
        cue for cue in cues if not _NOT_SAID_CUE.search(cue.lower())
    ] or cues  # not "did not mention" beside "noted"
    return next((cue for cue in said if not _RELAYING_CUE.fullmatch(cue.lower().strip())), said[0] if said else "")


# Something due on a date: "is to take over on Jan. 1", "are due to vote in May", "was set to open on Monday"; not
# "how important it is to win".
_SCHEDULED = re.compile(
    r"\b(?:is|are|was|were)\s+(?:(?:due|set|scheduled|slated|expected|poised)\s+|(?<!\bit is )(?<!\bit was ))to\s+(?!be\b)[a-z]+"
)


def worth_checking(
    text: str,
    *,
    speaker: bool,
    quantities: bool,
    date: bool,
    kind: str,
    named: int,
    masked: str,
    content: str | None = None,
    cue: str = "",
    headline: bool = False,
) -> bool:
    """Is the sentence an assertion a reader might check or cite, not background or colour?

    A figure, a dated event, a denial, confirmation or forecast is; a reported statement is when
    what it reports is more than opinion (see ``_reported_worth``). Otherwise it must name a party
    (or continue one: "It is spread by mosquitoes") in the article's own voice: an unattributed
    quotation, an aside to the reader ("we", "you"), an exclamation or an opinion opener ("Of
    course", "After all") is not, nor is page furniture, a headline, or a question.
    ``masked`` is the text with quoted speech masked out; ``content`` what a reported statement
    reports (the text less its source and cue); ``named`` counts the parties named in it. A ``headline`` (a line the
    page's layout shows as one, which ``headline_asserts`` found telling an act) is a claim as it stands.
    """
    content = text if content is None else content
    if not_a_proposition(text, figures=quantities, dated=date, headline=headline):
        return False
    if headline:
        return True
    stripped = text.strip()
    if not speaker and stripped[:1] in "“\"‘'" and _words_outside_quotes(masked) < _MIN_WORDS:
        return False  # a quotation nobody is named for ("“It gives people false hope.”" denies nothing)
    if _declines_comment(stripped):
        return False
    if _APPEAL.match(_without_dateline(stripped)):
        return False
    if not speaker and not quantities and _ORDER.match(_without_dateline(stripped).lower()):
        return False  # "Make the most of Saturday.", "Take a look at our list of 9 things": the writer's call to the reader
    if not speaker and not quantities and _unverified(stripped):
        return False  # "The claim could not be independently verified.": the writer's caveat on a report, nothing told
    if not speaker and _FOUNDED.match(_without_dateline(stripped)):
        return False  # "Harlow Foods was founded in 1962 and runs 310 stores.": a profile's boilerplate (figures kept)
    if not speaker and _PROMOTED.search(stripped):
        return False  # "Harlow Foods is one of Britain's leading bakers": a promotional line (figures kept)
    if not speaker and not quantities and (_SCENE.match(stripped) or _SENSED_SUBJECT.match(stripped.lower())):
        return False  # "On a sunny Sunday afternoon the street was quiet": a scene, however dated
    if kind in ("denial", "confirmation") or _NONE_HARMED.search(stripped):
        return True  # ("No deaths have been reported": a count of none, checked against later tolls)
    if speaker and _NOT_SAID_CUE.search(cue.lower()) and not (quantities and _BUT_THEN_SAID.search(stripped)):
        # "Lee would not say whether she would run next year", "The campaign has not commented": nothing said, whatever
        # figure or date the question holds (not "Rovers did not disclose the fee, but it is understood to be £40m")
        return False
    if not quantities and _TRIBUTE.search(stripped) and not _TRIBUTE_AND_MORE.search(stripped.lower()):
        return False  # "She said her thoughts were with him and wished him a swift recovery": a tribute
    if speaker:
        if quantities:
            return True
        if date and not _dated_view(content):
            return True  # "The talks will resume next week, he said Monday": to come, or no view in it
        if _holds_a_view(cue) and not _SAID_TOO.search(masked) and not _acted(content.lower()):
            # "Environmentalists worry that the mine will leak", "Lee believes the plan is sound": a mind, not a
            # deed ("Investigators believe the fire was started by a car" tells what was done)
            return False
        # no source or cue of its own blanked out of it: a sentence carried inside a quotation running
        # over several ("“We lost. We are sad. It hurts,” she said": "We are sad."), or introduced by
        # "She said:", is the speaker's own words, judged as a quotation
        own_words = content == text
        return not _places_a_saying(masked) and _reported_worth(content, named, cue, own_words=own_words)
    if _NARRATOR_PERSON.search(masked) and not (named and quantities):
        return False  # the writer's own voice ("I met the mayor last week"), unless telling of a named party's figures
    if quantities or date or kind in ("quantity", "event"):
        if quantities:
            return True
        if _conjecture(stripped) or _probably_to_come(masked.lower()):
            return False  # "The Nov. 8 vote could be pivotal", "Lee will probably run in May": speculation
        # a state with a date ("Lenz was a partner at the firm from 2002 to 2010", "Lenz is the mayor since May"):
        # biography and description, however dated; an event ("signed", "met") is told
        lower = masked.lower()
        return (
            kind == "event"
            or bool(_SCHEDULED.search(lower))
            or not _MOVED.isdisjoint(_TOKEN.findall(lower))  # "came out against the tax in September"
            or not _state_only(lower)
        )
    if _COLOUR_OPENER.match(_without_dateline(stripped)) or _conjecture(stripped) or _supposed(stripped):
        return False
    if _writers_hedge(masked.lower()):
        return False  # "The court seemed to send a signal": the writer's impression, nothing reported
    if _habitual(masked.lower()):
        return False  # "He rarely gives interviews": a habit told, no act, time or place to check
    if _writers_reading(masked):
        return False  # "The fight underscored the anger of his supporters": the writer's reading of what was told
    if _EXTRAPOSED_GUESS.match(_without_dateline(stripped)):
        return False  # "It is possible that Lee played a role": the writer's guess, whatever act it supposes
    if _SENSED_SUBJECT.match(stripped.lower()):
        return False
    if _WRITER_STANCE.search(masked.lower()):
        return False  # "Race and gender have undeniably shaped Lee's life": the writer's comment
    if _places_a_saying(masked):
        return False
    if _GUESS_TO_COME.search(masked.lower()):
        return False  # "The rules are likely to anger farmers": the writer's own guess, nobody's forecast
    if kind == "forecast" and _FIRM_FORECAST.search(masked.lower()):
        return True  # "The bank expects growth to slow": a forecast someone can be held to
    # Otherwise the sentence must report something that happened to or was done by a party the article
    # names (or continues: "It is spread by mosquitoes"): descriptions, judgements, scene-setting and
    # biography ("He was sick in the head", "The choice was between ...", "Lenz is the former mayor of
    # Velmar", "Velmar and Ostra are members of the league") are background, however many parties they name.
    if not (named or _ANAPHORIC_SUBJECT.match(stripped) or _reported_aside_then_party(stripped)):
        return False
    lower = masked.lower()
    asked = _ASKS.search(lower)
    if asked and not _event_told(masked[: asked.start()], lower[: asked.start()]):
        return False  # "Earhardt then asked Ruiz which districts she could win": a question told
    if _state_only(lower):
        return False  # "Lenz is a co-founder of Ostra Partners", "The plan is linear": a description
    if _event_told(masked, lower):
        return True
    if named >= 2 and (_acted(lower) or _ONGOING.search(lower)):
        return True  # what one named party did or is doing to another ("Lenz has overtaken Brandt")
    # a headline's present ("Velmar Corp buys rival"): a line with no closing stop, as headlines are written
    closed = _CLOSED.search(stripped) and not _ABBREVIATION_ENDS.search(stripped)
    return not closed and headline_asserts(stripped)


# A saying its subject did not make ("would not say", "has not commented"): the cue attribution.py gives a denied saying.
_NOT_SAID_CUE = re.compile(r"\bnot\s+\w+$|n[’']t\s+\w+$")
# A clause of its own after the refusal: "did not disclose the fee, but it is understood to be an initial £40m".
_BUT_THEN_SAID = re.compile(r",\s+but\s+(?:it|the\s+\w+|this|that)\s+(?:is|was|has|had|will|would)\b", re.IGNORECASE)
# A saying told beside the view ("Residents said they feared unrest"): a statement made, checkable as one.
_SAID_TOO = re.compile(
    r"\b(?:said|says|say|saying|told|tells|tell|stated|states|wrote|writes|added|adds|according to)\b"
)


_STANCE_TAKEN = re.compile(r"\b(?:critical|supportive|dismissive|skeptical|sceptical)\b")


def _holds_a_view(cue: str) -> bool:
    """Does the cue tell what its speaker believes, fears, hopes, knows or sees ("worry that", "believes", "is
    convinced that", "hoped"), not what they said ("expressed concern" is said)? A view held is nobody's
    assertion to check, with no figure or date in it."""
    lower = " ".join(cue.lower().split())
    return (
        bool(lower)
        and not lower.startswith("express")
        and "consider" not in lower  # "is considering sending troops": a step weighed, not only a view
        and not _STANCE_TAKEN.search(lower)  # "was critical of the board": a stance taken, as said
        and kind_of_cue(lower, "verb") == "believes"
    )


def _declines_comment(text: str) -> bool:
    """ "A spokesman for Ostra did not immediately respond to a request for comment on Friday": a party
    not answering, with nothing else told after it (not "..., but said the mill would close")."""
    lower = text.lower()
    found = _NO_COMMENT.search(lower)
    return found is not None and _NO_COMMENT_TAIL.match(lower, found.end()) is not None


def _event_told(masked: str, lower: str) -> bool:
    """Something happened or was done: a word of ``_HAPPENED`` where it can be a verb, or a verb in
    the past tense. After an article or a possessive it is a noun ("the campaign", "her plans", "the
    secretary of state"), which tells of an event only when the sentence has an act of its own ("is
    promoting her plans", "came to a similar conclusion")."""
    nominal = False
    for match in _EVENT_WORD.finditer(masked):
        word = match.group(2)
        if word not in _HAPPENED:
            continue
        if match.group(1) is None:
            return True
        nominal = True
    if _past_verb(masked):
        return True
    words = set(_TOKEN.findall(lower))
    return nominal and (
        _past_verb(lower)
        or not (_IRREGULAR_ACTS.isdisjoint(words) and _MOVED.isdisjoint(words))
        or _ONGOING.search(lower) is not None
    )


def _past_verb(text: str) -> bool:
    """A verb in the past tense (see ``_past_event``) that is not an adjective after an article, a
    possessive or a hyphen ("the proposed plan", "uniformed officers", "college-educated women"), nor a
    participle describing the noun before it ("the network financed by the government")."""
    return any(
        m.group(1) is m.group(2) is None and m.group(3) not in _NOT_EVENTS and not _describing_participle(text, m)
        for m in _ED_VERB.finditer(text)
    )


# A noun, then a participle and its agent: "a network financed by the government", "the rules drafted by the board".
# (not an amount or a means: "voting decreased by a third", "she cheated by meeting her staff")
_AGENT_AFTER = re.compile(
    r"\s+by\s+(?!(?:between|about|around|nearly|almost|more|less|over|under|up|roughly|some|half|an?\s+(?:quarter|"
    r"third|half|fifth|tenth|factor)|one|two|three|four|five|six|seven|eight|nine|ten|\d)\b|\d|\w+ing\b)"
)
_NOUN_BEFORE = re.compile(r"\b([a-z]{3,})\s+$")
_NOT_A_NOUN = frozenset(
    "is are was were be been being has have had get got gets getting not also just later then who which that "
    "they he she it we you i and or but".split()
)


def _describing_participle(text: str, m: re.Match[str]) -> bool:
    """Is the "-ed" word of ``m`` a participle with its agent after a common noun ("a network financed by the
    government"): what describes the noun, not what the sentence tells was done?"""
    if not _AGENT_AFTER.match(text, m.end(3)):
        return False
    noun = _NOUN_BEFORE.search(text, max(0, m.start(3) - 30), m.start(3))
    return noun is not None and noun.group(1) not in _NOT_A_NOUN and not noun.group(1).endswith("ly")


def _state_only(lower: str) -> bool:
    """A present state told in the writer's voice with nothing done, to come or compared in it ("Lenz
    is a co-founder of Ostra Partners", "The state also has some control over the account")."""
    if _acted(lower) or _FORECAST_OR_RECORD.search(lower) or _PASSIVE.search(lower) or _DOING.search(lower):
        return False
    return _described(lower, list(_main_clauses(lower)))


def _past_event(text: str) -> bool:
    """A verb in the past tense other than of seeming, wanting or being described (``_NOT_EVENTS``)."""
    return any(word not in _NOT_EVENTS for word in _ED_WORD.findall(text))


def _acted(text: str) -> bool:
    """Something done is told: an act ("signed", "took", ``_REPORTED_ACTS``) or any other past tense."""
    words = _TOKEN.findall(text)
    return (
        not _REPORTED_ACTS.isdisjoint(words)
        or any(w.startswith("re") and w[2:] in _IRREGULAR_ACTS for w in words)  # "rebuilt", "retook", "resold"
        or _past_verb(text)  # not an adjective in "-ed" ("the well-reasoned decision", "a skilled worker")
    )


def _places_a_saying(masked: str) -> bool:
    """ "Lenz made the remarks at a rally", "The mayor's comments came as ...": where and when a saying
    was made, with nothing of what was said (told in another sentence)."""
    return bool(_SAYING_PLACED.search(masked.lower())) and not _SAYING_HELD.search(masked)


def _without_dateline(text: str) -> str:
    """``text`` less the dateline opening it ("VELMAR, Ostra (Reuters) - ")."""
    dateline = dateline_at(text) if text[:1].isupper() else None
    return text[dateline.end :] if dateline else text


def _from_main_clause(lower: str) -> str:
    """``lower`` from its main clause on: without up to two short phrases introducing it that tell no
    act ("as in past years, however, the vote is different" -> "the vote is different")."""
    for _ in range(2):
        intro = _INTRODUCTION.match(lower)
        if intro is None or len(intro.group().split()) > _INTRODUCTION_WORDS or _acted(intro.group()):
            break
        lower = lower[intro.end() :]
    return lower


def _conjecture(text: str) -> bool:
    """The writer's speculation, advice, hypothesis, open question or judgement (see ``_MODAL``,
    ``_OPEN_QUESTION``, ``_JUDGEMENT`` and ``_QUOTED_JUDGEMENT``), once a dateline is set aside; a
    judgement also after a phrase introducing it ("For the council, the vote was a disaster")."""
    lower = _without_dateline(text).lower()
    if _HYPOTHESIS.match(lower) or _OPEN_QUESTION.match(lower):
        return True
    judged = _JUDGEMENT.match(lower) or _QUOTED_JUDGEMENT.match(lower)
    if judged:
        # "Lee was nearly perfect as the Colts beat the Jaguars": a judgement, but an act is told after it
        return not _acted(lower[judged.end() :])
    main = _from_main_clause(lower)
    judged = (_JUDGEMENT.match(main) or _QUOTED_JUDGEMENT.match(main)) if main is not lower else None
    if judged and not _acted(main[judged.end() :]):
        return True
    modal = _MODAL.search(lower)
    if modal is None:
        return False
    if modal.group() in ("may", "might", "could") and _HEDGED_ACT.match(lower, modal.end()):
        return False  # "may be receiving aid", "may not have paid", "could not explain": an act, hedged or past
    return _heads_main_clause(lower, modal.start())


def _heads_main_clause(lower: str, at: int) -> bool:
    """Is the word at ``at`` within the first words of the main clause (no "which", "if", "when" nor
    an act before it)? A demonstrative alone before it is the clause's subject, not a clause opener
    ("That could include new sanctions", "This might be wishful thinking")."""
    before = lower[:at]
    if _DEMONSTRATIVE_SUBJECT.fullmatch(before):
        return True
    return len(before.split()) <= _MAIN_CLAUSE_WORDS and not (_BEFORE_MAIN.search(before) or _acted(before))


_HABIT = _Keyed(
    re.compile(r"\b(rarely|seldom|often|usually|typically|normally|tends?\s+to)\s+([a-z’'-]+)\b(?!,)"),
    "rarely|seldom|often|usually|typically|normally|tend",
)
_NOT_A_PRESENT_VERB = ("ed", "en", "ing", "ous", "al", "ive", "ful", "ic", "ly", "ent", "ant", "ble", "ist")
_AUXILIARY_BEFORE = re.compile(r"(?:\b(?:has|have|had|is|are|was|were|been|be|an?|the)|['’]s|[-,])\s*$")
_HABIT_PASTS = _IRREGULAR_PASTS | _TOLD_PAST | frozenset("was were had took made gave said left".split())
_READING = _Keyed(
    re.compile(
        r"\b(?:(?:also|only|further)\s+)?(?:underscor(?:es|ed)|reflect(?:s|ed)|illustrat(?:es|ed)|epitomi[sz](?:es|ed)|"
        r"exemplif(?:ies|ied)|(?:is|was|are|were)\s+(?:also\s+|just\s+|yet\s+)?(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+)?"
        r"(?:evidence|testament|reminder|sign|reflection|emblematic|symptomatic|indicative)\s+(?:of|to|that)\b)"
    ),
    "underscor|reflect|illustrat|epitomi|exemplif|evidence|testament|reminder|sign|emblematic|symptomatic|indicative",
)
# A person or a pronoun as the whole subject: "He", "Philip Bump", "Sen. Ann Lee" (capitalised words, no possessive).
_PERSON_AS_SUBJECT = re.compile(
    r"\W*(?:(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Yy]ou)|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?<![’']s))(?:\s+(?:also|only|further))?\W*"
)
_DEMONSTRATIVE_SUBJECT = re.compile(r"\W*(?:(?:but|and|yet|so|still)[\s,]+)?(?:that|this)\s+")


def _writers_hedge(lower: str) -> bool:
    """A hedge of ``_WRITERS_HEDGE`` heading the main clause (not in a clause opened by "though", "if", "which", nor
    after an act told: "Lee won, and seemed to enjoy it" tells the win)."""
    return any(_heads_main_clause(lower, m.start()) for m in _WRITERS_HEDGE.finditer(lower))


def _probably_to_come(lower: str) -> bool:
    """The writer's guess at what is to come (see ``_PROBABLY_TO_COME_AHEAD``) heading the main clause."""
    return any(_heads_main_clause(lower, m.start()) for m in _PROBABLY_TO_COME_AHEAD.finditer(lower))


def _habitual(lower: str) -> bool:
    """A habit heading the main clause, in the writer's voice: "She rarely gives interviews", "Economists tend to
    watch core inflation", "He often takes credit for the idea": what someone is like or generally does, not an
    act on a day that can be checked. "Rarely" and "seldom" in any tense ("rarely left the village", "have rarely
    been worse"); the others only before a verb in the present, right after the subject: not in a perfect ("has
    often beaten him": a record), nor before a participle or an adjective ("often smiling", "an often
    incendiary vernacular"), which leave the act of the sentence told."""
    for m in _HABIT.finditer(lower):
        if not _heads_main_clause(lower, m.start()) or _acted(lower[m.end() :]):
            continue  # ("He often takes credit for the wall, and has promised to build it": the promise is told)
        if m.group(1) in ("rarely", "seldom"):
            return True
        word = m.group(2)
        if word in _HABIT_PASTS or word.endswith(_NOT_A_PRESENT_VERB) or _AUXILIARY_BEFORE.search(lower, 0, m.start()):
            continue
        return True
    return False


def _writers_reading(masked: str) -> bool:
    """The writer's reading of what something shows, heading the main clause: "The fight in Nevada underscored the
    anger of his supporters", "Her warm reception is evidence of the capital invested in her", "The tweet is a
    reminder of how many issues he stumbled over": an interpretation, nothing done to check. Not with a person or
    a pronoun as the subject ("Clinton underscored the urgency", "Lee reflected on her years": what they said)."""
    lower = masked.lower()
    for m in _READING.finditer(lower):
        subject = masked[: m.start()].strip()
        if not _heads_main_clause(lower, m.start()) or not subject or _PERSON_AS_SUBJECT.fullmatch(subject):
            continue
        return True
    return False


def _supposed(text: str) -> bool:
    """The writer's "would" heading the main clause with no act after it: what the writer supposes
    ("The ruling would also shed light on his finances", "Few towns would be as exposed"), not a plan
    told ("The mines would be sold to Ostra Coal") nor an act inside a clause ("Lenz, who would later
    resign, ...")."""
    lower = text.lower()
    would = _WOULD_HEADING.search(lower)
    if would is None or not _heads_main_clause(lower, would.start()):
        return False
    after = _TOKEN.findall(lower[would.end() : would.end() + 40])[:_ACT_AFTER_WOULD]
    return _HAPPENED.isdisjoint(after) and _REPORTED_ACTS.isdisjoint(after)


# That something does not exist, or did not ("there is no agreement", "there was no deal", "there's no plan"); not
# a turn of speech ("there is no doubt", "there's no need to panic", "there is no way").
_NONE_EXISTS = re.compile(
    r"\bthere(?:\s+|[’']\s*)(?:is|s|was|are|were|has\s+been|have\s+been|had\s+been)\s+no\s+"
    r"(?!doubt\b|question\b|need\b|reason\b|point\b|way\b|time\b|place\b|one\b|shame\b|excuse\b)[a-z]"
)

# A party said not to be in a state a report may have put it in: "We are not in talks with Volta", "The company is
# not for sale", "We were not aware of any leak": a denial, checkable against what is reported later.
_DENIED_STATE = re.compile(
    r"\b(?:am|are|is|was|were)(?:\s+not|n[’']t)\s+(?:(?:currently|now|yet|ever|in\s+any\s+way)\s+)?"
    r"(?:in\s+(?:talks|negotiations|discussions|contact)|negotiating|involved|for\s+sale|aware\s+of|responsible\s+for|"
    r"behind|under\s+investigation|planning|considering|bankrupt|insolvent)\b"
)


def _reported_worth(content: str, named: int, cue: str, *, own_words: bool = False) -> bool:
    """A reported statement is a claim unless it reports nothing ("Trump said, looking at the crowd") or
    only its speaker's opinion, feelings or rhetoric: a question, "I think", a word to "you", a
    judgement ("It's a disgrace"), a speculation ("Perhaps it can help") or a feeling ("I love this
    town"), with no act, forecast or comparison in it; an act told within an opinion frame ("I think
    they lied", "you know") is that opinion. A cue that is itself an act ("urged", "warned",
    "condemned") is what is reported."""
    if _ASKING_CUE.fullmatch(cue.lower().strip()) and _INDIRECT_QUESTION.match(content):
        return False  # "Ruiz asked whether the council had read it": a question, nothing asserted
    if cue and not own_words and not _RELAYING_CUE.fullmatch(cue.lower().strip()):
        # "Officials expect more delays", "The mayor urged calm" (the cue's act is its own sentence's, not
        # that of the quoted sentences carried after it)
        return True
    if len(_WORD.findall(content)) < 3 or _GESTURE.match(content):
        return False  # "Ruiz said, looking at the crowd": what is said is in another sentence
    lower = content.lower()
    if _FORECAST_OR_RECORD.search(lower):
        return True  # a forecast or a record: checkable whoever says it
    if _NONE_EXISTS.search(lower):
        return True  # "There is no agreement to close the plant", "There was no deal": a denial, checkable
    if _DENIED_STATE.search(lower):
        return True  # "We are not in talks with anyone": a denial, checkable
    if _OPINION_FRAME.search(lower) or _ORDER.match(lower):
        return False  # "I think they lied", "Tell that to the men who lost their boats": the speaker's view
    feeling = _REPORTED_FEELING.match(lower)
    if feeling and (not named or _told_to_and_felt(feeling, lower)) and " and " not in lower:
        return False  # "Pike told the Echo he was “heartbroken”": how the speaker feels, nothing done or to come
    if not named and _own_story(content, own_words):
        return False  # "“My wife took the photos. I took the dog,” he said": what befell the speaker, told as colour
    clauses = list(_main_clauses(lower))
    quotation = _quotation(content) or (_as_quotation(content) if own_words else None)
    if quotation is not None and _rhetoric(quotation, content, lower, named, clauses):
        return (
            False  # "“If you work overtime, you should get paid for it,” she said": rhetoric, whatever acts it supposes
        )
    if _acted(lower):
        return True  # something done: checkable whoever says it
    if _opinion_only(content, lower, named, clauses) or _described(lower, clauses):
        return False
    if quotation is not None and _quoted_view(quotation.lower()):
        return False  # "“It was the least bad outcome,” he said": the speaker's own view, nothing to check
    if quotation is not None and not named and _personal_sentiment(quotation.lower(), lower):
        return False  # "“We try to help each other out,” she said": a sentiment, nothing done or to come
    if own_words and not named and _carried_musing(content, lower):
        return False  # "“Those are the kinds of events where it's becoming possible to draw attribution.”": a view
    if not (_QUOTED_JUDGEMENT.match(lower) or _FEELING.match(lower)):
        return True
    return bool(named or _WILL.search(lower) or _POSITION.search(lower))


# What a sentence carried inside a speaker's quotation can tell besides a view: an act going on ("they are sending",
# "has been sending"), a plan or what is to come ("we expect", "will"), or the speaker's pledge ("I would bring back").
_GOING_ON_OR_TO_COME = re.compile(
    r"\b(?:will|won['’]t|expects?|expected|plans?|planned|intends?|aims?|going\s+to)\b|['’]ll\b|"
    r"\b(?:has|have|had)\s+been\s+\w+ing\b|"
    r"\b(?:i|we)\s+(?:would|['’]d)\s+(?!rather\b|like\b|love\b|say\b|argue\b|think\b|hope\b|imagine\b|guess\b|suggest\b)\w+"
)


def _carried_musing(content: str, lower: str) -> bool:
    """A sentence carried inside a speaker's quotation (no source or cue of its own: "... It was destined to fail."),
    naming nobody, with no figure or date (the caller's tests) and nothing done in it (``_acted`` came first),
    going on, planned or to come: the speaker's view or musing, not a report ("“Black folks have done above
    and beyond their part already.”", "“I give him the benefit of the doubt.”")."""
    stripped = content.strip()
    in_quotes = stripped[:1] in _OPENING_MARKS or stripped.rstrip(".")[-1:] in _CLOSING_MARKS
    return in_quotes and not _DOING.search(lower) and not _GOING_ON_OR_TO_COME.search(lower)


_OPENING_MARKS = "“\"‘'"
_CLOSING_MARKS = "”\"’'"


# The speaker's own act or denial in a quotation ("we introduced a bill", "I have concluded that ...", "I never said that"),
# or someone's act denied ("he didn't answer"): what was done or not, checkable, however rhetorical the words around it.
_OWN_ACT_TOLD = re.compile(
    r"\b(?:i|we)(?:\s+|['’]ve\s+|['’]d\s+)(?:(?:have|had)\s+)?(?:(?:\w+ly|just|also|now|then|already)\s+)*"
    r"(?:[a-z]{3,}ed\b|(?:never|not|didn['’]t|did\s+not)\s)|\b(?:didn['’]t|did\s+not)\s+(?!have\b)\w+"
)


def _rhetoric(quotation: str, content: str, lower: str, named: int, clauses: list[str]) -> bool:
    """A quotation that only argues: naming nobody, a question, an opinion in the first person, words to a generic
    "you" ("Any time you cut taxes, ..."), a speculation or a judgement (see ``_opinion_only``); naming someone too,
    a hypothesis opening it ("If the FBI wanted his laptop, they'd just go get it"). The acts it supposes or
    generalises over are not told as done, unless the speaker tells their own act or denies one ("we introduced a
    bill", "I never said that", "he didn't answer"), pledges one ("we would register") or tells what will be ("They
    will not accept another pay cut": a stance to hold them to)."""
    if _OWN_ACT_TOLD.search(lower) or _WILL_BE.search(lower):
        return False
    if named:
        return bool(_SUPPOSING.match(quotation.lower())) and not _PLEDGED.search(lower)
    return _opinion_only(content, lower, 0, clauses, framed=False)  # "“We believe the fire started in the kitchen”"


_WILL_BE = re.compile(r"\b(?:will|won['’]t)\b|['’]ll\b")
# A quotation opened by what it supposes: "If ...", "Unless ...", "Any time you ...", "Whenever ...".
_SUPPOSING = re.compile(r"^[\W_]*(?:(?:but|and|so)\s+)?(?:if|unless|even\s+if|any\s*time|whenever|when\s+you)\b")
# What the speaker would do or someone would be committed to under the supposition ("we would appeal"): a pledge,
# checkable against them; not a counterfactual ("we would have won").
_PLEDGED = re.compile(
    r"\b(?:i|we)\s*(?:would|['’]d)\s+(?!have\b|rather\b|like\b|love\b|say\b|think\b|want\b)\w+|\bwould\s+be\s+committed\b"
)


_FEELING_ENDS = re.compile(r"[\s“”\"'‘’]*[.!]?[\s“”\"'‘’]*$")


def _told_to_and_felt(feeling: re.Match[str], lower: str) -> bool:
    """A feeling told to a named listener or after an opening phrase, nothing after it ("told the Fenland Echo he was
    “heartbroken”"): the name is whom it was told to, not a party to something done ("he was happy to see that ...")."""
    return bool(feeling.group("before").strip()) and _FEELING_ENDS.match(lower, feeling.end()) is not None


_FIRST_PERSON = re.compile(r"\b(?:i|my|me)\b")


def _own_story(content: str, own_words: bool) -> bool:
    """A quotation in the speaker's own words, in the first person singular, that tells what happened to them or
    what they did, in the past, with nobody named and nothing to come ("“My wife took the photos. I took the
    dog”", "“I wanted to run faster, but the heat said no”"): a witness's colour, nothing a reader could check
    ("we" and "our" may be a body's: "“Our troops acted in self-defence,” the army's spokesman said")."""
    quotation = _quotation(content) or (_as_quotation(content) if own_words else None)
    if quotation is None:
        return False
    lower = quotation.lower()
    return (
        bool(_FIRST_PERSON.search(lower))
        and not _WILL.search(lower)
        and not _DENIED_OR_FOUND.search(lower)
        and _acted(lower)
    )


# What makes a first-person quotation more than the speaker's story: a denial ("I have never been influenced by
# donors"), or a finding or a saying told ("I have concluded that the allegations are unsupported").
_DENIED_OR_FOUND = re.compile(
    r"\b(?:never|not|no|nobody|none|nothing|concluded|decided|found|said|told|denied|confirmed)\b|n['’]t\b"
)


def _personal_sentiment(quotation: str, lower: str) -> bool:
    """A quotation in the first or second person ("we", "you", "my") with nothing done, to come, going
    on or wanted in it, and no future in the reporter's words around it ('would "respond decisively"'):
    how the speaker feels or sees things ("“Whether we agree or not, we can talk,” she said")."""
    if not _PERSONAL.search(quotation) or _STANDING.search(quotation) or _WILL.search(lower):
        return False
    if _ACCEPTING.search(quotation):
        return False  # "“We respect the voters' decision”": a stance the speaker can be held to
    return _TOLD_PAST.isdisjoint(_TOKEN.findall(quotation))


def _dated_view(content: str) -> bool:
    """A date tells when something was said, not that what was said can be checked: a dated saying
    is judged like any other ("“It's a disgrace,” she said Monday") when it holds a view (a copula
    or a word of judgement, "I think", "I hope") and neither something to come by then ("Experts
    believe prices could fall by 2026") nor anything else standing (a stance, an act going on); the
    cheap tests first, as most dated sayings report something done."""
    lower = content.lower()
    if _FUTURE.search(lower) or _SCHEDULED.search(lower):
        return False  # ("A replacement is due to launch in 2027, the agency said": to come by then)
    if _OPINION_FRAME.search(lower):
        return True
    return not _STANDING.search(lower) and _QUOTED_VIEW.search(lower) is not None


def _quotation(content: str) -> str | None:
    """The quotation a reported text is, with the few words around it ("in a statement"), or up to
    its end when it opens the text and only where and when it was said follow the blanked cue
    ("“...,” she said in an interview with CNN": not 'He said “The Hispanics” and swears ...'). None
    when the reporter paraphrases around quoted words ("He said that Lenz's “only experience” was
    her “criminal” attempt")."""
    straight = straight_quotes(content)
    masked = mask_quotes(straight)
    if masked == straight:
        return _quotation_ending(content)
    if _words_outside_quotes(masked) <= _AROUND_QUOTE_WORDS:
        return content
    opened, closed = _QUOTE_OPENS.search(masked), max(masked.rfind("”"), masked.rfind('"'))
    if opened is None or _WORD.search(masked, 0, opened.start()) or _words_outside_quotes(masked[:closed]) > 1:
        return None
    if not _CUE_BLANK.match(masked, closed + 1) or _SAYING_ON.search(masked, closed + 1):
        return None  # "“...,” she said, adding that the aides would stay": more is reported after it
    return content[: closed + 1]


def _as_quotation(words: str) -> str:
    """Words known to be quoted, with one pair of quote marks around them (their own marks, opening or
    closing a quotation that runs over several sentences, dropped)."""
    return f"“{words.strip(_QUOTE_MARKS)}”"


def _quotation_ending(content: str) -> str | None:
    """The end of a quotation opened in an earlier sentence, up to its closing mark, when only the
    blanked source and cue follow it ("It hurts,”           ." of "It hurts,” she said.")."""
    text = straight_quotes(content)
    closing = _QUOTE_CLOSES.search(text)
    if closing is None or _QUOTE_OPENS.search(text, 0, closing.start()) or not _CUE_BLANK.match(text, closing.end()):
        return None
    return None if _SAYING_ON.search(text, closing.end()) else _as_quotation(content[: closing.end()])


def _quoted_view(quotation: str) -> bool:
    """A quotation that only says what something is or how good it is, or is too short to assert
    anything, with no future, stance, act going on or done in it; the reporter's "would" outside the
    quotation is a future ('said the army would "respond decisively"')."""
    short = len(_WORD.findall(quotation)) - _words_outside_quotes(mask_quotes(straight_quotes(quotation)))
    if not (_QUOTED_VIEW.search(quotation) or short < _QUOTED_FRAGMENT_WORDS) or _STANDING.search(quotation):
        return False
    return not _WILL.search(mask_quotes(straight_quotes(quotation)))


def _opinion_only(content: str, lower: str, named: int, clauses: list[str], *, framed: bool = True) -> bool:
    """What a speaker says that holds nothing to check (see ``_reported_worth``): a question asked
    ("Are we where we need to be?"), an opinion in the first person ("I think", "I mean"; not with ``framed``
    false, where an act told after "We believe" is a finding), words to the listener ("You got a choice"), a
    quoted order ("Don't shoot"), a judgement heading a clause ("The trajectory is clear"), or a speculation
    naming no party ("Perhaps it can help")."""
    if "?" in content or (framed and _SPEAKER_OPINION.search(lower)) or _ADDRESS.search(lower) or _ORDER.match(lower):
        return True
    if not named and _conjecture(content.strip(_QUOTE_MARKS)):
        return True
    return any(_QUOTED_JUDGEMENT.match(c) or _JUDGEMENT.match(c) for c in clauses)


def _described(lower: str, clauses: list[str]) -> bool:
    """A state told in the present with nothing done, to come or likely in it: "The real issue is
    governance", "It doesn't make any sense", "Coal isn't the villain". A passive ("is banned"), an
    ongoing act ("is sending"), a perfect ("has sent"), a future ("would respond"), a likelihood ("a
    feasible scenario") or a stance ("wants a vote") is something to check."""
    if not any(_STATIVE.match(c) for c in clauses):
        return False
    return not (_ONGOING.search(lower) or _WILL.search(lower) or _LIKELIHOOD.search(lower) or _POSITION.search(lower))


def _main_clauses(lower: str) -> Iterator[str]:
    """The sentences of a reported text, each without its opening "that", "but", quote marks; one
    opened by a subordinate clause ("Though it is hard to tell, ...") is not judged by that clause,
    nor a scrap left by the source and cue ("are now" of "Police are now saying")."""
    for part in _QUOTED_SENTENCE.split(lower):
        clause = _CLAUSE_OPENER.sub("", part, count=1)
        if not _SUBORDINATE.match(clause) and clause.count(" ") >= 2:
            yield clause


def kind_of(text: str, has_quantities: bool, has_date: bool) -> str:
    text = text.lower()
    if any(not _denies_otherwise(text, m) and not _recalled(text, m) for m in _DENIAL.finditer(text)):
        return "denial"
    if any(
        not _negated(text, m.start())
        and not _TESTED.match(text, m.end())
        and not (m.group(1).startswith("confirm") and _APPOINTED.match(text, m.end()))
        and not _FIGURE_ASIDE.search(text, max(0, m.start() - 40), m.start())
        and not text[max(0, m.start() - 4) : m.start()].endswith("-")
        and not (
            m.group(1).startswith("admit")
            and (ADMITTED_PEOPLE.match(text, m.end()) or ADMITTED_INTO.match(text, m.end()))
        )
        for m in _CONFIRMATION.finditer(text)
    ):
        return "confirmation"
    if has_quantities:
        return "quantity"
    if any(
        (m.group(1) != "would" or not _COUNTERFACTUAL.search(text, 0, m.start()))
        and not _IN_A_CLAUSE_OF_WHAT_WENT_BEFORE.search(text, 0, m.start())
        for m in _FORECAST.finditer(text)
    ):
        return "forecast"
    if has_date and not _EVENT_VERBS.isdisjoint(_TOKEN.findall(text)):
        return "event"
    return "statement"


# "212 confirmed cases", "confirmed by laboratory tests", "lab-confirmed": a count's standing, not a confirmation
# of what was reported.
_TESTED = re.compile(
    rf"\s+(?:cases?|deaths?|infections?|patients?|fatalities|{CONFIRMED_STATES})\b|"
    r"\s+(?:by|in|through|with)\s+(?:a\s+|the\s+)?(?:laboratory|lab|tests?|testing|dna|autops(?:y|ies)|genetic)\b"
)


# "to confirm Supreme Court justices", "confirmed 68 judicial nominees", "confirm Lee as the next labor secretary": a
# vote to appoint, not a confirmation of what was reported.
_APPOINTED = re.compile(
    r"\s+(?:[\w’'.-]+\s+){0,4}?(?:judges?|justices?|nominees?|nominations?|appointees?|appointments?|ambassadors?)\b"
    r"(?!\s+(?:had|has|have|was|were|is|are|would|will|could|did|\w+ed)\b)|"  # not "confirmed the judge had resigned"
    r"\s+(?:[\w’'.-]+\s+){1,3}?as\s+(?:the\s+|a\s+|an\s+)?(?:next\s+|new\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:secretary|judge|justice|ambassador|director|chair(?:man|woman)?|governor|minister|commissioner|attorney general)\b"
)


# ("Her appeal against the planning decision was dismissed": what it was against or for, a few words)
_WHAT_IT_WAS_FOR = r"(?:(?:against|over|for|to|from|by)\s+(?:[\w’'£$€.,-]+\s+){1,5}?)?"
_TURNED_DOWN_BEFORE = {
    "rej": re.compile(
        r"\b(?:requests?|bids?|appeals?|offers?|proposals?|plans?|motions?|applications?|petitions?|bills?|"
        r"amendments?|nominations?|settlements?|budgets?)\s+" + _WHAT_IT_WAS_FOR + r"(?:(?:was|were|is|are|had\s+been|"
        r"has\s+been|have\s+been|been)\s+)?"
        r"(?:(?:firmly|swiftly|unanimously|narrowly|again)\s+)?$"
        # an offer named before a relative clause: "TfL had offered a 4% pay rise, which the union rejected"
        r"|\b(?:offer(?:s|ed)?|propos(?:al|als|ed)|bids?)\b[^.;:]{0,80}?,\s*which\s+(?:[\w’'-]+\s+){1,3}?$",
        re.IGNORECASE,
    ),
    "dis": re.compile(
        r"\b(?:case|cases|lawsuits?|suits?|charges|indictments?|appeals?)\s+"
        + _WHAT_IT_WAS_FOR
        + r"(?:(?:was|were|is|are|had\s+been|has\s+been|"
        r"have\s+been|been)\s+)?$",
        re.IGNORECASE,
    ),
}


def _denies_otherwise(text: str, found: re.Match[str]) -> bool:
    """A word of denying in another sense, by what follows it (see ``_OTHER_SENSE``)."""
    other = _OTHER_SENSE.get(found.group(1)[:3])
    if other is not None and other.match(text, found.end()) is not None:
        return True
    # told in the passive, what was turned down before the word: "had a £15m bid rejected", "his appeal was dismissed"
    before = _TURNED_DOWN_BEFORE.get(found.group(1)[:3])
    if before is not None and before.search(text, max(0, found.start() - 60), found.start()) is not None:
        return True
    return _sacked(text, found)


# "The head coach was dismissed on Sunday", "300 workers were dismissed": someone sacked, in the passive, unless what
# was dismissed is something said ("Claims of a cover-up were dismissed") or dismissed "as" something ("as speculation").
_SACKED = re.compile(
    r"(?<!\w)(?P<subject>(?:[\w’'-]+\s+){0,6}?)(?:was|were|been|being|be|got|get|gets)\s+(?:\w+ly\s+)?dismissed\b"
    r"(?!\s+as\b)"
)
_SAID_THINGS = re.compile(
    r"\b(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?|ideas?|concerns?|criticisms?|"
    r"theor(?:y|ies)|warnings?|stor(?:y|ies)|fears?|complaints?|calls?|questions?|notions?|charges?)\b"
)


def _sacked(text: str, found: re.Match[str]) -> bool:
    """Is the "dismissed" at ``found`` someone sacked, told in the passive (see ``_SACKED``)?"""
    if not found.group(1).startswith("dismissed"):
        return False
    told = _SACKED.search(text[max(0, found.start() - 60) : found.end() + 4])
    return told is not None and _SAID_THINGS.search(told["subject"]) is None


# "acknowledged on Wednesday that ..., days after it denied the reports", "despite having rejected": an earlier
# denial the sentence recalls, not what it says now.
_RECALLING = re.compile(r"\b(?:after|despite|since|having)\s+(?:\w+\s+){0,3}?$")
# "Bluewave Lines, which had denied the report, said it accepted the findings": a denial in a clause set off
# by commas describes the subject; the sentence says what follows it.
_ASIDE_OPENS = re.compile(
    r",\s*(?:which|who)\s+(?:(?:had|has|have|previously|earlier|initially|first|already|long)\s+)*$"
)
_ASIDE_CLOSES = re.compile(r"[^.;:]{0,160}?,\s+(?:[a-z]+\s+){0,3}?(?:said|says|told|added|announced|\w+ed)\b")


# An appositive about the sentence's figure or claim after a comma: ", a figure Kyiv has not confirmed", ", a claim
# the army has not denied".
_FIGURE_ASIDE = re.compile(
    r",\s+(?:a|an|the)\s+(?:figure|number|toll|estimate|claim|count|total|tally)\s+(?:that\s+|which\s+)?"
    r"(?:[\w’'-]+\s+){1,4}?$"
)


def _recalled(text: str, found: re.Match[str]) -> bool:
    before = max(0, found.start() - 40)
    if _RECALLING.search(text, before, found.start()) is not None:
        return True
    if _FIGURE_ASIDE.search(text, before, found.start()) is not None:
        return True  # "..., the official said, a figure Kyiv has not confirmed": a note on the figure, no denial
    return _ASIDE_OPENS.search(text, before, found.start()) is not None and bool(_ASIDE_CLOSES.match(text, found.end()))


def _negated(text: str, at: int) -> bool:
    """Is the word at ``at`` negated ("did not immediately confirm", "refused to admit")?"""
    return _NEGATED.search(text, max(0, at - _NEGATION_REACH), at) is not None


def certainty_of(text: str) -> str:
    return "hedged" if _hedges(text, figures=True) else "asserted"


def hedged_beyond_figures(text: str) -> bool:
    """Hedged by more than a rounded figure: "about 300 were killed" is still asserted as a count."""
    return _hedges(text, figures=False)


# "May" with a capital is the month ("in May", "May 5", "May was wet"), unless it opens a wish ("May the talks
# succeed") or a question ("May I ask").
_MAY_THE_MODAL = re.compile(r"\W*May\s+(?:I|we|you|he|she|it|they|the|this|God|all|our|his|her|their)\b")


_MODALS = frozenset({"may", "might", "could"})
# A relative clause on a noun after the report's own clause: ", in a deal that could", ", a move which may".
_DESCRIBING_CLAUSE = re.compile(
    r",\s+(?:in\s+|as\s+)?(?:a|an|the)\s+(?:[a-z]+\s+){1,2}?(?:that|which)\s+$|,\s+which\s+$"
)


def _hedges(text: str, figures: bool) -> bool:
    for m in _HEDGE.finditer(text):
        word = m.group(1)
        if word == "May" and (text[: m.start()].strip(_QUOTE_MARKS + "(") or not _MAY_THE_MODAL.match(text)):
            continue  # the month
        word = word.lower()
        if word in _FIGURE_HEDGES and (not figures or not _FIGURE_NEXT.match(text, m.end())):
            continue
        if word in _MODALS and _DESCRIBING_CLAUSE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "..., in a deal that could ease tensions": what may follow from it, not a hedge on the report
        if (
            word.startswith("estimate")
            and not word.startswith("estimated")
            and _OWNED_NOUN.search(text, max(0, m.start() - 24), m.start())
        ):
            continue  # "the army's own estimate": a noun naming someone's figure, not a hedge on this one
        return True
    return False
