"""Find who a sentence attributes its content to, as raw noun phrases.

Patterns: "X said/told/claimed/...", "..., said X", "according to X",
"citing X", "X was quoted as saying by Y" (X via Y), "X, speaking on
condition of anonymity, said", and a trailing "..., Y reported" relay.
Quoted speech is masked first so that words inside quotations never count.
Resolving the phrases to names is ``speakers.py``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from corpus.countries import country_of, is_nationality
from corpus.extract import cues, number_words
from corpus.extract.units import is_plural, singular
from corpus.wordlist import rarity

VERBS = (
    "said|says|say|told|tells|tell|stated|states|claimed|claims|claim|estimated|estimates|estimate|reported|reports|"
    "note|warn|argue|insist|believe|allege|acknowledge|admit|suggest|assert|"
    "confirmed|confirms|confirm|denied|denies|deny|dismissed|dismisses|warned|warns|noted|notes|added|adds|"
    "announced|announces|urged|urges|condemned|condemns|called|posted|argued|argues|insisted|insists|"
    "acknowledged|acknowledges|admitted|admits|disclosed|discloses|indicated|indicates|detailed|details|"
    "revealed|reveals|wrote|writes|declared|declares|boasted|boasts|believes|assessed|assesses|alleged|alleges|"
    "accused|accuses|explained|explains|suggested|asserted|asserts|maintained|maintains|predicted|predicts|"
    "tweeted|affirmed|concluded|observed|testified|stressed|emphasized|emphasised|blamed|rejected|rejects|"
    "pledged|vowed|promised|conceded|recalled|translated|put|puts|expect|expects|expected|fear|fears|feared|measured"
)
# Verbs that report speech; when a sentence has one, it names the speaker before action verbs do
# ("The government has pledged $25 million, Prime Minister X announced").
SPEECH = frozenset(
    "said says say told tells tell stated claimed claims claim announced announces reported reports report noted notes "
    "note added adds wrote writes declared declares explained explains insisted insists argued argues warned warns "
    "estimated estimates estimate confirmed confirms denied denies indicated indicates suggested tweeted testified "
    "asserted asserts alleged alleges believes believe quoted maintained maintains "
    "acknowledged acknowledges admitted admits conceded concedes revealed reveals disclosed discloses".split()
)
ROLE_HEADS = frozenset(
    "leaders officials media sources experts analysts residents witnesses investigators police authorities officers "
    "diplomats observers researchers scientists doctors lawmakers activists organizers organisers spokesman "
    "spokeswoman spokesperson official source expert analyst diplomat aides advisers advisors allies friends "
    "colleagues relatives neighbors neighbours staffers republicans democrats conservatives liberals "
    "progressives".split()
)
# Plural nouns for parties that speak or act: people, and the bodies they form.
_PEOPLE_PLURALS = frozenset(
    """
    people police officials leaders majorities veterans immigrants refugees women men children adults retirees lawmakers legislators senators representatives members voters critics opponents
    supporters proponents residents citizens protesters protestors demonstrators activists workers employees investors
    analysts economists experts scientists researchers doctors nurses teachers students parents families officers
    troops soldiers forces militants rebels fighters insurgents authorities prosecutors lawyers attorneys judges
    justices regulators investigators diplomats negotiators ministers governments countries nations states companies
    firms banks lenders groups organizations organisations unions agencies parties campaigns candidates delegates donors
    allies aides advisers advisors executives directors managers owners farmers miners drivers pilots victims survivors
    witnesses relatives neighbours neighbors fans players coaches teams clubs landlords tenants consumers customers
    shoppers patients observers commentators pundits pollsters bishops sources spokesmen spokeswomen chiefs heads
    committees councils governors mayors republicans democrats conservatives liberals progressives staffers cities
    towns counties provinces municipalities districts schools universities colleges hospitals agents locals
    organisers organizers campaigners volunteers inspectors engineers contractors developers builders traders
    shopkeepers growers producers manufacturers retailers suppliers operators airlines carriers rescuers firefighters
    paramedics medics crews
    """.split()
)
# Capitalised plurals that name a party of people: parties, faiths, nationalities ("Democrats", "Ukrainians").
_GROUP_NAMES = frozenset(
    """
    Democrats Republicans Conservatives Liberals Progressives Tories Libertarians Socialists Independents Evangelicals
    Catholics Muslims Christians Jews Protestants Germans Cubans Afghans Israelis Iraqis Saudis Pakistanis Somalis Kurds
    Arabs Turks Britons French
    """.split()
)
# Plurals in -ers/-ors that are things, not agents ("Orders fell", "Borders closed").
_THING_AGENT_FORMS = frozenset(
    """
    others numbers papers orders letters matters waters centers centres borders powers towers offers transfers
    computers layers containers markers headquarters filters answers corners quarters rivers disasters registers
    barriers characters parameters meters chapters clusters shelters printers posters flowers factors sectors errors
    motors floors colors colours mirrors doors indicators monitors corridors interiors exteriors sensors tractors
    reactors elevators calculators theaters theatres headlines others' members'
    """.split()
)


PEOPLE_PLURALS = _PEOPLE_PLURALS  # the listed ones only: "-ers" alone is also a verb's ending ("refers", "offers")


PEOPLES_ENDINGS = ("ians", "cans", "eans")  # "Ukrainians", "Americans", "Europeans"


def people_plural(word: str) -> bool:
    """Is the word a plural party of people or bodies ("senators", "the two companies", "Democrats")?"""
    if word in _GROUP_NAMES or (word[:1].isupper() and word.endswith(PEOPLES_ENDINGS)):
        return True
    lower = word.lower()
    if lower in _PEOPLE_PLURALS or (word.islower() and is_plural(word) and singular(word) in _BODY_NOUNS):
        return True  # ("utilities said"; written in lower case only: "Harwick Utilities" is one body, "its engineers")
    return (
        word[:1].islower()
        and lower.endswith(("ers", "ors", "ists", "ians"))
        and len(lower) > 5
        and lower not in _THING_AGENT_FORMS
    )


_OLD_VERBS = frozenset(VERBS.split("|"))
# Cue words that are nouns too, and the verbs that take them as objects ("saw fear", "voiced doubt", "raised hopes").
_NOUN_CUES = frozenset("fear fears hope hopes doubt doubts worry worries concern concerns claim claims".split())
# Verbs that list what a thing holds: a cue word after them is an adjective ("include pledged delegates").
_LISTING_VERBS = frozenset(
    "include includes included contain contains contained feature features featured cover covers covered exclude "
    "excludes excluded".split()
)
_ADDED = frozenset("add adds added adding".split())
_COUNT_LAST = re.compile(r"(?:^|\s)(?:\d[\d,.]*|dozens|hundreds|thousands|millions)$")
_PARTICIPLE_BEFORE_A_NOUN = re.compile(r"[a-z]+ed\s+[a-z]+s\b")


def _an_adverb(np: str) -> bool:
    """A lone adverb of an English adjective ("Eagerly", "Widely"), not a surname ending so ("Kelly", "Jolly")."""
    word = np.lower()
    if " " in word or not word.endswith("ly") or len(word) < 6:
        return False
    stem = word[:-2]
    return rarity(stem) < 3.5 or (stem.endswith("i") and rarity(stem[:-1] + "y") < 3.5)


_ADDED_TO = re.compile(
    r"\s+to\s+(?:the|a|an|his|her|its|their|this|that|these|those|growing|mounting|already)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?P<head>[a-z-]+)\b(?!\s+(?:of|at|in|for)\s+[A-Z])"
)
_ADDED_TO_PEOPLE = frozenset("crowd audience press media reporters journalists listeners viewers readers".split())


# "added another layer to the problem", "added a new worry to the season": a thing put with others, not words
_ADDED_A_THING_TO = re.compile(
    r"\s+(?:another|a|an|the|more|new|its|his|her|their|some|extra)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+to\s+"
    r"(?:the|a|an|his|her|its|their|this|that|these|those|our|my)\s"
)
_POSSESSIVE_END = re.compile(r"(?:[’']s|s[’'])$")
# a noun right after a word in -ed ("proposed ban", "planned cuts"), not a clause ("said the debt", "reported that")
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:the|a|an|that|this|these|those|its|his|her|their|our|it|he|she|they|we|there|to|on|in|at|by|for|with|"
    r"as|and|or|but|not|no|some|any|all|more|most|[a-z]+ly)\b)[a-z][a-z-]+\b"
)
# a cue word that is also a noun, right before a finite verb ("the bond note fell", "the report was")
_BARE_CUE_NOUNS = frozenset("note notes report reports claim claims estimate estimates".split())
# ("which the agency estimates will cost", "what he claims was a bribe": a relative clause, the cue a verb)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|what|that|who|whom|whatever)\s+(?:[\w’'.-]+\s+){0,6}$", re.IGNORECASE)
_FINITE_NEXT = re.compile(r"\s+(?:fell|rose|was|were|is|are|has|had|will|would|could|can|may|might|shows?|showed)\b")
_POSTED = frozenset("posted posts post".split())
_FOUND = frozenset(("find", *cues.forms("find")))
_REMINDS = frozenset(("remind", *cues.forms("remind")))
_REMINDS_OF = re.compile(r"\s+(?:us|me|you|one|many)\s+of\b")  # not "reminded voters of his record": told them
_BOASTS = frozenset(("boast", *cues.forms("boast")))
_BOASTS_A_THING = re.compile(r"\s+(?:an?|the|some|more\s+than|nearly|almost|\d)\b")  # not "boasts about", "of"
_REFLEXIVE_NEXT = re.compile(r"\s+(?:itself|himself|herself|themselves|ourselves|myself|yourself|yourselves)\b")
_POSTED_RESULT = re.compile(
    r"\s+(?:(?:an?|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?(?:victory|victories|win|wins|loss|losses|gains?|"
    r"profits?|deficits?|surplus|declines?|rises?|increases?|drops?|falls?|growth|revenues?|sales|earnings|record|"
    r"times?|scores?|lead|results?|returns?)\b"
)
# an aside of saying right after a word: "Repair estimates, she added, were ...", "Claims, Lee said, were ..."
_ASIDE_OF_SAYING_AFTER = re.compile(
    rf",\s+(?:(?:he|she|they|we|I)\s+|(?:[A-Z][\w’'.-]*\s+){{1,4}})(?:also\s+)?(?:{VERBS})\s*,"
)


def _added_to_a_thing(masked: str, end: int) -> bool:
    """ "added to the pressure", "adds to a growing list": a thing made greater, not words added for someone;
    "added another layer to the problem": a thing put with others."""
    if _ADDED_A_THING_TO.match(masked, end) and not re.search(
        r"\b(?:that|would|will|was|were|is|are|had|has)\b", masked[end : end + 60].split(" to ")[0]
    ):
        return True
    m = _ADDED_TO.match(masked, end)
    if m is None or re.search(r"[A-Z]", m.group(0)):
        return False  # "added to the Velmar Courier": words told
    if _RELATIVE_THAT.match(masked, m.end()):
        return True  # "adds to the trouble that has surrounded the bridge": a relative clause, not words told
    if _SAYING_FOLLOWS.match(masked, m.end()):
        return False  # "added to the statement that ...": words told
    head = m.group("head")
    return not (head in _ADDED_TO_PEOPLE or people_plural(head) or head in ROLE_HEADS)


_SAYING_FOLLOWS = re.compile(r"\s*,?\s*(?:that\b|:|[“\"])")
_RELATIVE_THAT = re.compile(r"\s+that\s+(?:has|have|had|is|are|was|were|will|would|[a-z]{3,}ed)\b")


_VERBS_OF_A_NOUN_CUE = frozenset(
    "saw see sees seeing felt feel feels feeling sensed senses had has have showed shows show shown expressed expresses "
    "voiced voices raised raises raising eased eases fuelled fueled fuels stoked stokes sparked sparks allayed shared "
    "shares share caused causes heightened dismissed dismisses spread spreads".split()
)
_VERB = re.compile(rf"\b(?P<verb>{VERBS})\b")
# Every cue of the lexicon (corpus/extract/cues.py): the verbs above, their other forms, and phrases.
# Looked up word by word in a set: one regex alternation of hundreds of words is many times slower.
_CUE_WORDS = frozenset(VERBS.split("|")) | cues.FINITE | cues.PROGRESSIVE
_MATCHED_WORDS = _CUE_WORDS | cues.BASE
# Bare verbs that are cues only after a subject they agree with; "the home state", "to support", "a new
# report" are told apart before anything else is done (what polls "show" is checked in full).
_BARE_ONLY = cues.BASE - _CUE_WORDS - cues.FINDING_FORMS
_LOWER_WORD = re.compile(r"[a-z]+")


class _CueMatch:
    __slots__ = ("_end", "_start", "_verb")

    def __init__(self, start: int, end: int, verb: str):
        self._start, self._end, self._verb = start, end, verb

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self, _name: str = "verb") -> str:
        return self._verb


def _cue_matches(masked: str, lower_words: set[str]) -> list[_CueMatch]:
    """Cue words and phrases in reading order; a phrase ("called for") hides the word it starts with."""
    phrases = (
        [_CueMatch(m.start(), m.end(), m.group("verb")) for m in cues.PHRASE.finditer(masked)]
        if not cues.PHRASE_WORDS.isdisjoint(lower_words)
        else []
    )
    taken = [(p.start(), p.end()) for p in phrases]
    words = []
    # The few cue words a sentence holds are found by set lookup first, then located (fewer objects made).
    for word in _MATCHED_WORDS.intersection(lower_words):
        start = masked.find(word)
        while start >= 0:
            end = start + len(word)
            if (
                (start == 0 or not (masked[start - 1].isalnum() or masked[start - 1] == "-"))  # not "self-described"
                and (end == len(masked) or not masked[end].isalnum())
                and not any(a <= start < b for a, b in taken)
                and (
                    word not in _BARE_ONLY
                    or _may_precede_a_bare_verb(masked, start)
                    # "Most farmers in the county oppose", "Only 4 in 10 voters in each state want": a view held
                    or (word in cues.HELD and _OPENS_WITH_A_SHARE.match(masked, 0, start) is not None)
                )
            ):
                words.append(_CueMatch(start, end, word))
            start = masked.find(word, start + 1)
    return sorted(phrases + words, key=lambda c: c.start())


# "plans to close", "hopes to win": "to" and a verb, not "to the port" nor "to 5%".
_TO_VERB = re.compile(r" to (?!(?:the|a|an|his|her|their|its|this|that|be|date)\b)[a-z]{2,}\b")
# ("is once again questioning", "is now also calling": two adverbs at most)
_BE_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|been|am)|[’'](?:s|re))\s+(?:(?:also|now|still|(?:once\s+)?again|not|\w+ly)\s+){0,2}$"
)
_NOUN_USE_AFTER = re.compile(
    r"\s+(?:were|was|are|is|have|had|has|will|would|could|can|may|might|of|from|about|against|in|on|for|with|by|to|"
    r"over|and|or|that\s+(?:were|was|are|is|have|had))\b|[.,;:]"
)
_BASE_NOUN_AFTER = re.compile(
    r"\s+(?:were|was|are|is|have|had|has|will|would|could|can|may|might|of|from|among|and|or)\b|[.,;:]"
)
_GENITIVE_BEFORE = re.compile(r"^\W*[A-Z]\w*(?:[’']s|s[’'])\s+$")
_NOTE_LABEL = re.compile(r"\s*:")
_POSSESSOR_BEFORE = re.compile(
    r"(?:[’']s|s[’']|\b(?:his|her|their|its|our|the|a|an|this|these|those|such|new|latest))(?:\s+own)?"
    r"(?:\s+(?:initial|first|earlier|previous|original|official|final|preliminary|early|revised|updated|rough|"
    r"conservative|best|latest|new))?\s+$",  # "the company's initial estimate": a noun
    re.IGNORECASE,
)
# Plural people nouns ("mediators", "economists", "physicians", "residents") speak as a group.
_AGENT_PLURAL = re.compile(r"(?!others|numbers|papers|members)[a-z]{3,}(?:ers|ors|ists|ians|ants|ents|ics)")
# An adverb in -ly; not the nouns and adjectives that end so ("The family said", "the daily reported").
_NOT_ADVERBS = (
    "family ally rally reply supply assembly only bully belly fly holy ugly daily weekly monthly yearly quarterly "
    "likely elderly friendly lonely deadly costly comply apply anomaly monopoly italy folly orderly homily "
    "melancholy burly surly hourly nightly unlikely silly jolly panoply".split()
)
# Checked behind a word that ends in -ly (rare), not ahead of every word: the lookahead made _AUX slow.
ADVERB = r"[a-z]{2,}ly\b" + "".join(rf"(?<!\b{w})" for w in _NOT_ADVERBS)
# "both" or "all" floating after an auxiliary or a plural pronoun: "Lee and Ortiz have both argued", "they all said".
_FLOATING_QUANTIFIER = "".join(rf"(?<=\b{w} )(?:both|all)|" for w in "have had are were they They we We".split())
_AUX = re.compile(
    r"(?:\s+(?:" + _FLOATING_QUANTIFIER + r"has|have|had|was|were|is|are|do|does|did|also|already|long|" + ADVERB + r"|"
    r"reportedly|later|earlier|again|first|then|now|once|recently|separately|further|itself|themselves|often|always|"
    r"today|yesterday|tonight|"  # "Halvorsen Pharma today announced"
    r"(?<=\bhas )since|(?<=\bhave )since|(?<=\bhad )since|"  # "has since said"
    r"in the past|in recent (?:days|weeks|months|years)|"
    r"never|sometimes|usually|frequently|almost|even|just|still|"
    # ("on Dec. 30", "on 30 December": a day written with the month abbreviated or after it)
    r"(?:on|this|last|earlier|later on|in|late|early|this past) (?:[A-Z]\w+\.?|\d{1,2} [A-Z][a-z]+|week|weekend|month|year|"
    r"day|morning|evening|\d{4})"
    r"(?: \d{1,2})?(?: (?:morning|afternoon|evening|night))?))+$"  # "on Wednesday morning"
)
# The longest run of auxiliaries and adverbs before a cue ("has also long since repeatedly ... on Monday") fits in
# this many characters; searching only them keeps the search from trying every position of a long left context.
_AUX_REACH = 120


def _unhelped(left: str) -> str:
    """``left`` without the auxiliaries, adverbs and times that end it ("The council has also" -> "The council",
    "she's since" -> "she")."""
    cut = max(0, len(left) - _AUX_REACH)
    tail = _CONTRACTED_BEEN.sub("", _AUX.sub("", left[cut:]))  # "Christie's been making the case"
    if not tail.endswith(("s", "d", "ve")) or _COMPARED.search(tail):
        return left[:cut] + tail  # "than she'd planned": a comparison, nobody's statement
    return left[:cut] + _CONTRACTED_AUX.sub("", tail)


# A pronoun's contracted "has", "have" or "had" before a cue ("he's said", "they've argued"); not an author's "I've".
_CONTRACTED_BEEN = re.compile(r"[’']s\s+been$")
_COMPARED = re.compile(r"\bthan\s+\w+[’'](?:s|ve|d)$")
_CONTRACTED_AUX = re.compile(
    r"(?<=\b(?:he|He))[’'](?:s|d)$|(?<=\b(?:we|We))[’'](?:ve|d)$|(?<=\b(?:she|She))[’'](?:s|d)$|"
    r"(?<=\b(?:they|They))[’'](?:ve|d)$"
)


_CLAUSE_WORDS = re.compile(
    r"\b(?:that|which|who|whom|when|while|because|after|before|but|if|where|whereas|although|though|since|"
    r"as|and that|so|meaning|saying|adding|claiming|noting)\s+$|^"
)
_BOUNDARY_CHARS = ',;:()“”"‘[]—–•'
_LAST_BOUNDARY = re.compile(r"[,;:()“”\"‘\[\]—–•][^,;:()“”\"‘\[\]—–•]*$")
# A noun phrase may hold "U.N.", an initial ("Vann R. Newkirk") or a title ("Rep. Ann Lee") but ends at a full stop.
_ABBREVIATED = r"(?:(?<=\b[A-Z])|(?<=\bMrs)|(?<=\bMr)|(?<=\bMs)|(?<=\bDr)|(?<=\bRep)|(?<=\bSen)|(?<=\bGov)|(?<=\bGen)|(?<=\bLt)|(?<=\bCol)|(?<=\bSt)|(?<=\bJr)|(?<=\bProf)|(?<=\bSgt)|(?<=\bAdm)|(?<=\bDel)|(?<=\bRev))\."
_NP_CHARS = rf"(?:[^,.;:“”\"]|\.(?=\S|\s+[a-z])|{_ABBREVIATED}|(?<=\d),(?=\d{{3}}\b))"  # "a study of 12,000 pupils"
# Not "told": "..., told AFP" names the listener, not the speaker.
_INVERTED_VERBS = (
    "said|says|added|adds|noted|notes|wrote|writes|stated|claimed|warned|explained|reported|reports|asked|asks|continued|"
    "recalled|argued|insisted|observed|remarked|replied|responded|countered|tweeted|declared|announced|concluded|"
    "acknowledged|admitted|conceded|suggested|predicted|cautioned|joked|quipped|added|wondered|say|exclaimed|gloated|mused|"
    "marveled|marvelled|whispered|pleaded|complained|lamented|boasted|shouted|confirmed|answered|retorted|agreed|"
    "stressed|emphasised|emphasized|interjected|confirms|answers|agrees|stresses"
)
_INVERTED = re.compile(
    rf"[,”\"?!]\s*(?P<verb>{_INVERTED_VERBS})\s+(?P<np>(?:[A-Z]|\d|(?:the|a|an|one|two|three|another|some|several|many|both|each|"
    rf"other|former|senior|top|its|his|her|their)\s|(?:[a-z]+\s+){{1,3}}(?=[A-Z])|(?=(?:[a-z]+\s+){{0,2}}[a-z]+\s*[.!?]?[”\"’]?\s*$))"
    rf"{_NP_CHARS}{{1,80}})"
)
# "said engineer Dora Lind": a role word may stand before the name (an agent noun or a known role).
_ROLE_BEFORE_NAME = re.compile(
    r"(?:[a-z]+\s+)?(?:[a-z]+(?:er|or|ist|ian|man|woman|ant|ent)|" + "|".join(sorted(ROLE_HEADS)) + r")\s+[A-Z]"
    # "said rescue team leader Fiona Gair": two words before a role that is one
    r"|[a-z]+\s+[a-z]+\s+(?:leader|chief|director|head|manager|coordinator|commander|"
    + "|".join(sorted(ROLE_HEADS))
    + r")\s+[A-Z]"
)
# After "said", the words that may follow the speaker's name: circumstances, not a clause of its own
# (", said Ann Lee in a statement" is inverted; ", said Ann Lee had left" reports what Lee did).
_INVERTED_NP_WORDS = re.compile(
    r"(?:[A-Z\d][\w’'./-]*|&|de|da|del|von|van|al|bin|(?:the|a|an|one|two|three|another|some|several|many|both|each|other|former|senior|top|[a-z]+(?:’s|'s))(?=\s))"
)
_TIME_WORD = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Today|Yesterday|Tonight)\b\.?"
)
_ACCORDING = re.compile(rf"\b(?:according to|as reported by|as cited by)\s+(?P<np>{_NP_CHARS}{{2,90}})", re.IGNORECASE)
# "in a YouGov poll": the pollster is the source; "the survey of 2,041 adults found": the survey is.
# ("in an early-October CBS News poll", "in a CNN national poll": when it was taken and what kind of poll, around the
# pollster's name; "in the latest Keystone poll" is the writer's own summary, as "in the polls" is)
_IN_POLL = re.compile(
    r"\b[Ii]n\s+an?\s+(?:(?:new|latest|most\s+recent|recent|"
    r"[a-z]+-[A-Za-z]+)\s+)?(?P<np>(?:[A-Z][\w&./-]*\s+){1,3})(?:(?:national|statewide|state|online|exit|telephone)\s+)?"
    r"(?:poll|survey|study|report|census)\b"
)
# "In an NBC News/Marist poll released Monday, ...", "In the latest national polls, ...": opening the sentence, the
# pollster, else the polls, are the source (not "ahead in the polls", "in New Hampshire polls").
_OPENING_POLL = re.compile(
    r"(?:^\W*|;\s*)[Ii]n\s+(?P<whole>(?:(?:the|an?|its|their|this|that|most|many|several|other)\s+)?"
    r"(?:(?:new|latest|most\s+recent|recent|same|previous|early|late|[a-z]+-[a-z]+)\s+)*"
    r"(?P<np>(?:[A-Z][\w&./’'-]*\s+){0,4})(?:(?:national|statewide|state|online|public\s+opinion|exit|new|latest|recent)\s+)?"
    r"(?P<kind>poll|survey|study|report|census)s?)\b(?:\s+(?:released|conducted|published|taken|out)\b[^,;:]{0,60})?,"
)
_STUDY_FOUND = re.compile(
    # ("cautioned that the study showed": "that" opens what was said, the study is no demonstrative's)
    r"(?P<np>\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat(?!\s+(?:the|an?|its|their|this|his|her)\s))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:poll|survey|study|report|analysis|census|review|audit))"
    r"(?:\s+of\s+(?:[^,.;]|[,.](?=\d)){1,40}?)?\s+(?:found|finds|showed|shows|concluded|concludes)\b"
)
# "A Monmouth poll out Monday showed", "a WBUR poll last week showed", "The survey, conducted by the Pew Research
# Center, finds", "Polls there show", "exit polls suggested": a poll or a study
# and what it shows, with the time or the maker between them.
_POLL_SHOWS = re.compile(
    r"(?:^\W*|(?<=[,;:(]\s)|(?<=\b[Aa]nd\s)|(?<=\b[Bb]ut\s)|(?<=\b[Yy]et\s)|(?<=\bas\s)|(?<=\bwhile\s))"
    r"(?P<np>(?:(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Mm]ost|[Oo]ther)\s+)?"
    r"(?:(?:(?!(?:And|But|Yet|So|Or|Nor|That|This|These|Those|The|An?|In|On|At|For|If|When|While|As|It|He|She|They|We)\b)"
    r"[A-Z][\w&./’'-]*(?:\s+of)?|new|latest|recent|early|earlier|previous|separate|similar|larger|national|statewide|state|online|exit|entrance|official|"
    r"government|federal|internal|independent|private|public|opinion|[a-z]+-[a-z]+)\s+){0,5}"
    r"(?:polls?|surveys?|study|studies|analysis|census|audit|research)"
    r"|(?:Polls?|Surveys?|Studies|Research))"  # capitalised only opening the sentence: "Polls show"
    r"(?P<asked>\s+(?:of|for|among)\s+(?:[^,.;:“”\"]|[,.](?=\d)){1,60}?)??"  # whom it asked: "of 1,000 adults"
    r"(?P<maker>\s+(?:by|from)\s+(?:[^,.;:“”\"]){1,60}?)?)"  # who made it: "a poll from Marquette Law School"
    # when it was taken or where ("out Monday", "released last week", "in June", "there"): no part of the name
    r"(?:\s+(?:(?:out|released|published|conducted|taken|reported)\s+)?(?:(?:on|in|last|this|late|early|over\s+the)\s+){0,2}"
    r"(?:week|weekend|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|morning|there|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|today|yesterday)"
    r"(?:\s+(?:night|morning|afternoon|evening))?)?"
    r"(?:,\s+(?:released|conducted|published|taken|carried\s+out|commissioned)\s+[^,;:“”\"]{1,90},)?"
    r"\s+(?P<aux>(?:has|have|had)\s+)?(?:(?:also|now|again|consistently|still)\s+)?"  # "a survey by X has found"
    r"(?P<verb>found|finds|showed|shows?|concluded|concludes|suggests?|suggested|indicates?|indicated|"
    # "The survey ... puts the party on 24%", "gave Lee a lead of 5 points": a figure it reports
    r"(?:puts?|gives?|gave|placed|places)(?=\s+(?:[\w’'-]+\s+){0,6}?(?:(?:on|at|ahead|behind|a\s+lead)\b[^.;:“”\"]{0,30}?\d|"
    r"an?\s+\d[\d.,]*(?:-|\s+)(?:point|percentage-point|per\s*cent|percent)\s+lead\b)))\b"
)
_CITING = re.compile(rf"\b[Cc]iting\s+(?P<np>{_NP_CHARS}{{2,90}})")
_QUOTED = re.compile(
    r"(?P<x>[^,.;:“”\"]{2,80}?),?\s+(?:was|were|has been|have been|is)\s+(?:also\s+)?quoted\s+"
    r"(?:by\s+(?P<by>[^,.;:“”\"]{2,60}?)\s+|(?:\w+\s+)?)as\s+saying"  # "quoted by the Courier as saying"
    r"(?:\s+by\s+(?P<y>[^,.;:“”\"]{2,80}))?"
)
# "In the statement, Kim referred to the soldiers as heroes, saying that ...": the subject speaks.
# The sentence's subject, after an opening phrase ("During the debate on Monday, ") and before its verb
# ("has also", "then", "repeatedly" allowed): a name, "the"/"a" and up to five words, or a pronoun.
_MAIN_SUBJECT = re.compile(
    r"^\W*(?:(?:In|On|At|During|After|Before|Earlier|Later|Asked|Speaking|In response|Meanwhile|However|Since|Following|"
    r"By|Within|Throughout|Despite|Amid|Upon|Minutes|Hours|Moments|(?:A\s+)?(?:few|couple\s+of)\s+\w+\s+later|"
    r"[A-Z][a-z]+ing|(?:[A-Z][a-z]+|\d+)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:ago|later|earlier|before|after))"
    r"\b[^,]{0,90},\s*)?"  # "Walking to the next house, Lee ...", "Eight years ago, she ..."
    r"(?P<np>(?:[Tt]he\s+|[Aa]n?\s+)?(?:[\w’'.&-]+\s+){0,5}?(?:[A-Z][\w’'.-]*|[a-z]+(?:ers?|ors?|ists?|ians?|ants|ents|men|women|man|woman)|"
    # a role or a body named by its head ("The judge rubbed his chin and said", "The court overruled and said")
    r"(?:people|officials?|person|minister|president|leader|chief|secretary|senator|governor|mayor|campaign|aides?|"
    r"justice|judge|group|committee|party|company|firm|administration|government|ministry|agency|department|team|union|"
    r"council|court|board|police|staff|family|candidate|nominee|spokesperson))|He|She|They|It|We|I|"
    r"(?<=,\s)(?:he|she|they|we))"  # "Eight years ago, she supported ... and said"
    r"(?:\s\([RDI](?:-[A-Z][A-Za-z.]{0,12})?\))?"  # a party in brackets: "Gov. Rick Lee (R) blasted ... and said"
    r"(?:\s+(?:on|late|early|this|last)\s+[A-Z][a-z]+(?:\s+(?:morning|afternoon|evening|night))?(?=\s+[a-z]))?"
    r"(?P<aside>,\s+(?:a|an|the|whose|[a-z]+ing)\s[^,]{2,100},)?"  # "Ann Lee, a former chairman,", "Democrats, looking for a way,"
    r"\s+(?:(?:has|have|had|was|were|is|are|also|then|later|again|once|[a-z]+ly)\s+){0,3}"
    # (not a plural noun of the subject's phrase: "Clinton campaign communications director Ann Lee")
    r"(?!said|says|told|tells)(?![a-z]+(?:ions|ments|ships|ness)\b)(?P<verb>[a-z]+(?:ed|s)|took|made|gave|went|spoke|wrote|sent|began|came|drew|held|hit|fought|stood|met|led|struck|threw|"
    r"shook|sat|rose|broke|ran|got|kept|brought|caught|felt|heard|knew|lost|saw|sought|spent|swept|grew|flew|fled|fell|wore|hung|put|"
    r"left|won|paid|built|sold|bought|found|taught|drove|chose|became|did|ate|lay|slept|withdrew|"
    r"ha[ds](?=\s+to\s))\b(?![’'])"
    r"(?:\s+to\s+[a-z]+)?"  # "had to leave early but said", "wanted to stay and said"
)
# Roles and bodies an -ing word makes a compound with ("planning officer", "managing director", "organising committee").
_ROLE_AFTER_ING = (
    r"(?:officers?|officials?|directors?|managers?|advis[eo]rs?|assistants?|committees?|bod(?:y|ies)|board|partners?|"
    r"secretary|editors?|staff|council|team|members?|agents?|consultants?|engineers?|inspectors?|coordinators?|"
    r"supervisors?|administrators?|authority|panel|unit)"
)
# The subject a participle of saying belongs to may also follow a dateline ("PARIS (Reuters) - ") or an
# opening phrase, be a lower-case pronoun after it ("Meanwhile, it attacked ..., saying"), a possessed
# body ("His campaign sued ..., claiming"), carry an appositive ("Dora Lind, a doctor, then appeared
# ... by saying"), and act through "is making", "rose" or "seemed to".
_PARTICIPLE_SUBJECT = re.compile(
    r"^\W*(?:[A-Z][A-Za-z .,]{1,40}?(?:\d{1,2}\s*)?\([A-Za-z ]+\)\s*[-–—]\s*)?"
    r"(?:(?:In|On|At|During|After|Before|Earlier|Later|Asked|Speaking|In response|Meanwhile|However|Since|Following|Here|There|"
    r"Hours later|Days later|Back in|Still|Instead|Separately|Then|Now|Today|Yesterday|Last|This|Recently|"
    r"For (?:his|her|their|its) part|The (?:day|night|week) (?:before|after)|The next (?:day|morning))\b[^,]{0,90},"
    # then a time, a place or an aside ("The day before, at a rally in Tulsa, Kessler ...")
    r"(?:\s*(?:[A-Z][\w. ]{1,30}|on [A-Z]\w+|in \d{4}|(?:at|in|during) (?:an?|the) [^,]{1,40}|however|though|meanwhile|"
    r"instead|too|again),){0,2}\s*)?"
    # "And then Trump went on the attack, saying", "Then he cut into Bush, calling"
    r"(?:(?:And|But|So|Yet)\s+(?:then\s+|even\s+)?|Then\s+|Even\s+)?"
    # a pronoun first: "he defended Mr. Lee's views, saying" is "he", not "he defended Mr. Lee's"; up to eight words
    # before the head ("A spokeswoman for the House Armed Services Committee emailed ..., arguing")
    r"(?P<np>(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)(?=\s)|(?:[Tt]he\s+|[Aa]n?\s+|[Hh]is\s+|[Hh]er\s+|[Tt]heir\s+|[Ii]ts\s+)?(?:[\w’'.&-]+\s+){0,8}?"
    r"(?:[A-Z][\w’'.-]*(?:\s+\([^)]{1,20}\))?|[a-z]*(?:ers?|ors?|ists?|ians?|ants|ents|men|women|man|woman|people|"
    r"officials?|person|minister|president|leader|chief|secretary|senator|governor|mayor|campaign|aides?|nurse|justice|"
    r"judge|groups?|committees?|party|parties|company|companies|firms?|administration|government|ministry|agency|"
    r"agencies|department|teams?|unions?|"
    r"council|court|board|police|staff|employee|family|candidate|nominee|lawmakers?|spokesperson|bank|authority|"
    r"authorities|coastguard|commission|regulator|watchdog|service|trust|charity|association|federation|airline|lender))"
    r"|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)"
    # "Ann Lee, a nurse,", "Ann Lee, vice chair of the board,", "Lee, who ...,", "Bush, Florida's former governor,",
    # "Sen. Ann Lee, R-Ill., who faces ...,"
    r"(?:,(?:\s+(?:[a-z]+\b|[A-Z][\w’'.-]*[’']s\b|[RDI]-[A-Z][\w.]*)[^,]{0,100},){1,2})?"
    # "The transport minister, Ellen Varga, resigned ..., saying": a role and the name after it
    r"(?P<named>(?<=[a-z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z]),\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3},)?"
    r"(?:[’'](?:s|ve|d))?\s+(?:(?:has|have|had|was|were|is|are|also|then|later|again|once|even|just|still|now|first|"
    r"further|[a-z]+ly)\s+){0,3}"
    # (an -ing word before a role or a body is a compound's first half: "chief planning officer", "managing director")
    r"(?!said|says|told|tells)(?P<verb>[a-z]+(?:ed|s)|[a-z]{2,}ing(?!\s+"
    + _ROLE_AFTER_ING
    + r"\b)|took|made|gave|went|"
    r"spoke|wrote|sent|began|came|drew|gone|"
    r"held|hit|fought|stood|met|led|struck|threw|rose|won|ran|sought|brought|left|put|set|cut|taken|given|written|spoken|"
    r"shot|swept|beat|fell|grew|sat|kept|felt|shut|quit|"
    # an act not done ("Police did not name the man, saying only that ...")
    r"(?:did|does|would|could|will)\s+not\s+[a-z]{3,}|(?:didn|doesn|wouldn|couldn|won)[’']t\s+[a-z]{3,}|"
    # an act to come ("Lee would cut taxes by $9 trillion, promising growth in return")
    r"(?:would|will|could|can|may|might|must)\s+(?!be\b)[a-z]{3,})\b"
)
# A count opening the subject ("Two objectors", "Several residents"): never the subject alone.
_COUNT_WORDS = frozenset([*number_words.UNITS, "ten", "several", "many", "both", "few", "some", "dozens", "hundreds"])
_SUBORDINATE_OPENING = re.compile(
    r"\W*(?:As|When|While|If|Although|Though|Because|After|Before|Since|Until|Once|Whether|Unless|Where)\b"
)
_VERB_AFTER_A_PLURAL = re.compile(
    r"[’']?\s+(?:[a-z]+\s+)?(?:in\s+[A-Z]\w+\s+)?(?:(?:is|are|was|were|has|have|had|will|would|also|then)\b|[a-z]{3,}ed\b)"
)
# Participles of what a party holds or demands as it acts: read only after a comma closing the sentence's own clause
# ("Organisers cancelled the event, blaming ...", not "tweets criticizing", nor after "As word came in, he ...").
_HELD_PARTICIPLES = frozenset(
    "blaming alleging urging demanding predicting pledging criticising criticizing complaining".split()
)
# Judgements and requests as participles: after a comma only, as the held ones above ("an ad mocking Lee" is the ad's).
_JUDGING_PARTICIPLES = frozenset(
    "mocking praising ridiculing questioning asking attacking slamming blasting lambasting assailing knocking fearing "
    "hoping believing expecting suspecting worrying".split()
)
# A participle of saying: "..., saying ...", "responded by saying", "began by telling".
# Texts that say something, right before "saying" ("a series of tweets saying", "a letter on Monday saying"): each
# its own lookbehind (a lookbehind has one width).
_TEXTS_SAYING = "".join(
    rf"(?<=\b{noun}\s)|"
    for noun in (
        "statement statements tweet tweets letter letters video videos post posts message messages email emails "
        "note memo ad ads advert op-ed editorial interview speech remarks filing release "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"  # "a letter on Monday saying"
    ).split()
)
_SAYING_PARTICIPLE = re.compile(
    r"(?:,[”\"’]?\s*(?:\w+ly\s+)?|(?<=\s)[–—]\s*|\b(?:by|after|before|while)\s+|(?<=ing\b)[^,.;:“”\"]{1,80}?\band\s+|"
    + _TEXTS_SAYING[:-1]
    + r")(?P<cue>saying|noting|arguing|insisting|warning|"
    r"telling|asserting|declaring|explaining|stressing|writing|tweeting|accusing|calling|describing|suggesting|promising|vowing|"
    # what the subject grants, holds or makes known as it acts, with the clause it says: "withdrew the product,
    # admitting that tests had been skipped", "ended the talks, announcing that members would strike"
    r"(?:acknowledging|conceding|admitting|contending|maintaining|charging|announcing|confirming|denying|reiterating|"
    r"disclosing|revealing|stating|estimating|projecting|forecasting)(?=\s+that\b)|"
    # what a party holds or demands as it acts ("cancelled the event, blaming poor sales", "is suing X, alleging that")
     + "|".join(sorted(_HELD_PARTICIPLES)) + r"|"
    # the reason a party gives as it acts ("cancelled 40 flights, citing a strike"), read as the held ones above
    r"citing|"
    # not "adding to his wins", "claiming 41 percent of the vote"; "claiming, without evidence, that" is a claim
    r"(?:adding|claiming)(?=(?:,?\s+without\s+(?:any\s+)?(?:evidence|proof)\b,?)?\s+(?:that\b|[“\":])|"
    r"\s+(?:the|a|an|his|her|their|its|he|she|they|it|[A-Z][\w’'-]*)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:was|were|is|are|had|has|have|would|will|could|can|should|did|[a-z]{3,}ed)\b)|"  # "claiming the ban violated"
    r"(?:painting|portraying|casting|characteri[sz]ing|labell?ing|branding)(?=\s+(?:[\w’'-]+\s+){1,5}?as\s)|"
    # judgements and requests said as the subject acts, with what makes them words: "..., mocking Lee's record",
    # "..., questioning whether he was eligible", "..., asking voters to stay home", "..., attacking Lee for lying"
    r"mocking|praising|ridiculing|"
    # a view held as the subject acts, with what it holds: "..., fearing that the party could lose its majority"
    r"(?:fearing|hoping|believing|expecting|suspecting|worrying)(?=\s+that\b)|"
    r"questioning(?=\s+(?:whether|if|why|how)\b|\s+(?:[\w’'.-]+(?:[’']s)?\s+){1,3}?(?:judg(?:e)?ment|motives?|record|fitness|"
    r"commitment|credibility|integrity|honesty|eligibility|claims?|decisions?|leadership|competence|patriotism|"
    r"qualifications|wisdom|sincerity|loyalty|legitimacy|account|version|figures|numbers|data|findings)\b)|"
    r"asking(?=\s+(?:[\w’'.-]+\s+){0,5}?(?:to\s+(?!(?:the|a|an|his|her|their|its|this|that|be)\b)[a-z]+|whether|if|why|"
    r"how|what)\b)|"
    r"(?:attacking|slamming|blasting|lambasting|assailing|knocking)(?=\s+(?:[\w’'.,-]+\s+){1,8}?(?:for\s+(?:[a-z]+ing|his|her|"
    r"their|its)\b|as\s+(?:an?\s|being\s|[“\"‘]))|\s+(?:[\w’'.-]+\s+){0,4}?[“\"‘])|"
    # after "by" only: the means by which the subject did something is what it said ("began her speech by slamming
    # candidates who ...", "ended the meeting by announcing it would buy bonds"); only words that are always said, not
    # acts ("responded by attacking the village", "by questioning the suspects", "by recalling its ambassador",
    # "by denying them visas", "by repeating the test", "by dismissing the case")
    r"(?<=\bby\s)(?:announcing|emphasi[sz]ing|mentioning|proposing|denouncing|critici[sz]ing|condemning|slamming|"
    r"touting|praising|urging|demanding|reminding|pointing\s+out|blaming|highlighting|citing|threatening|pledging|"
    r"acknowledging|conceding|predicting|mocking|ridiculing|endorsing|lamenting|decrying|boasting|bragging|"
    r"complaining|apologi[sz]ing|thanking|quoting|reiterating|declaring|releasing\s+a\s+statement))\b"
)
# "the Post translated his remarks as saying", "Reuters quoted him as saying": the pronoun speaks, relayed.
_RELAYED_PRONOUN = re.compile(
    r"(?P<y>[^,.;:“”\"]{2,60}?)\s+(?:quoted|translated|cited|paraphrased)\s+(?!by\s)"
    r"(?P<x>him|her|them|(?:his|her|their)\s+(?:remarks|words|comments|statement)|(?:the\s+|an?\s+)?[A-Za-z][\w.’'-]*(?:\s+[\w.’'-]+){0,5}?)"
    r"\s+as\s+saying"
)
# ", with diplomatic sources suggesting ...": a source for the rest of the sentence.
# ", with diplomatic sources suggesting ...", ", with former Gov. Ann Lee calling the plan a fraud": a source for the
# rest of the sentence.
# Also who puts a figure or estimates one ("with organisers putting the crowd at 120,000", "with police estimating
# that 5,000 took part") and the parties news names by their plural role ("with forecasters warning that").
_WITH_SOURCE = re.compile(
    r"\bwith\s+(?P<np>(?:[A-Z][\w.-]*\s+|[a-z]+\s+){0,4}(?:sources|officials|analysts|experts|diplomats|reports|"
    r"organi[sz]ers|police|forecasters|economists|witnesses|residents|campaigners|critics|authorities|scientists|"
    r"researchers|investigators|prosecutors|rescuers|observers|activists|estimates|polls|surveys)|"
    r"(?:(?:former|then|the)\s+)?(?:[A-Z][\w.’'-]*\s+){1,5}[A-Z][\w’'-]+|"
    # a poll's share of people: "with 50 percent saying", "with 30 percent of voters saying"
    r"(?:(?:only|just|about|nearly|some|roughly|almost)\s+)?\d[\d,.]*\s*(?:percent|per cent|%)"
    r"(?:\s+of\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?)"
    r"\s+(?:(?:also|repeatedly|even)\s+)?"
    r"(?:suggesting|saying|warning|indicating|claiming|calling(?!\s+(?:off|in|up|out|back)\b)|accusing|arguing|insisting|"
    # "reporting that" only: "with 98 percent of precincts reporting" is a count's progress, nobody's statement
    r"noting|predicting|urging|estimating|forecasting|reporting(?=\s+that\b)|"
    # "putting" a figure only ("with organisers putting the crowd at 120,000"; never "putting pressure on")
    r"putting(?=\s+(?:(?:the|its|their)\s+)?(?:[A-Za-z'’-]+\s+){0,3}?at\s+(?:(?:about|around|roughly|some|nearly|"
    r"almost|over|under|more\s+than|at\s+least|up\s+to|just|close\s+to)\s+)?(?:[$€£]\s?)?\d))\b"
)
# Each pattern with a word it cannot match without ("according to", "as reported by", "as cited by", "as stated in").
# "As stated in the council's report, ...": what a text someone wrote states, as "according to" it; never a time ("As
# stated in May") nor the writer's own text ("as stated in this column").
_STATED_IN = re.compile(
    r"\b[Aa]s\s+stated\s+in\s+(?P<np>(?:(?:the|a|an|his|her|their|its)\s+|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:’s|'s|’|')\s+)"
    r"(?:[\w’'-]+\s+){0,3}?(?:report|statement|letter|filing|commentary|ruling|judg(?:e)?ment|memo|study|release|complaint|"
    r"lawsuit|affidavit|indictment|article|post|tweet|email|interview|speech|testimony|book|paper|survey|review|"
    r"decision|submission|document|minutes|manifesto|guidance)s?)\b"
)
# "Per the port authority, ...", "..., per figures from the ministry.": "per" as "according to", after a comma or
# opening the sentence and before a source (never "per cent", "$5 per gallon", "per day").
# Opening the sentence only before a comma: "Per Lind wrote to the minister" is a man named Per.
_PER = re.compile(
    r"(?:(?P<opening>^)|(?<=, ))[Pp]er\s+(?P<np>(?:(?:the|a|an|its|his|her|their)\s+|[A-Z]|(?:figures|data|documents|"
    r"records|reports|estimates|statistics|filings)\s)" + rf"{_NP_CHARS}{{1,90}}?)"
    r"(?=\s*(?:[,;]|(?(opening)(?!)|[.!?]?[”\"’]?\s*$)))"
)
_INDIRECT = (
    (_ACCORDING, "according", ("ccording", "CCORDING", "ed by", "ED BY")),
    (_STATED_IN, "according", ("tated in",)),
    (_PER, "according", ("Per ", "per ")),
    (_CITING, "citing", ("iting",)),
    (_WITH_SOURCE, "according", ("with ",)),
)
# A view held, opening the sentence: "In Ann Lee's view,", "In the board's opinion,", "In the eyes of many traders,",
# "In his view,": what follows is the holder's (never "In Ann Lee's home," nor "In view of the delays,").
_VIEW_NOUNS = r"(?:view|opinion|estimation|judge?ment|assessment|eyes|mind|reckoning)"
_IN_VIEW = re.compile(
    r"\W*(?:(?:But|And|Yet|So|Still)\s+)?(?P<cue>In\s+(?:"
    r"(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}|the\s+[a-z]+(?:\s+[a-z]+)?)[’']s?\s+(?:own\s+)?"
    + _VIEW_NOUNS
    + r"|"
    r"the\s+" + _VIEW_NOUNS + r"\s+of\s+(?P<of>[^,;:“”\"]{2,80}?)|"
    r"(?P<pronoun>his|her|their|its)\s+(?:own\s+)?" + _VIEW_NOUNS + r"))\s*,"
)
_VIEW_WORDS = frozenset("view opinion estimation judgment judgement assessment eyes mind reckoning".split())
# The same view set off by commas inside the sentence: "The only answer, in Ann Lee's view, would be ...", "The plan,
# in the opinion of most economists, would cost too much" (not "eyes" or "mind": "in the eyes of the law").
_VIEW_ASIDE = re.compile(
    r",\s+(?P<cue>in\s+(?:"
    r"(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}|the\s+[a-z]+(?:\s+[a-z]+)?)[’']s?\s+(?:own\s+)?"
    r"(?:view|opinion|estimation|assessment)|"
    r"the\s+(?:view|opinion|estimation|assessment)\s+of\s+(?P<of>[^,;:“”\"]{2,80}?)|"
    r"(?P<pronoun>his|her|their|its)\s+(?:own\s+)?(?:view|opinion|estimation|assessment)))\s*,"
)
# ... or closing it: "The plan was a mistake in Ann Lee's view.", "The deal was a mistake, in the view of most economists."
_VIEW_CLOSING = re.compile(
    r"(?:,\s+|\s+)(?P<cue>in\s+(?:"
    r"(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})[’']s?\s+(?:own\s+)?(?:view|opinion|estimation)|"
    r"the\s+(?:view|opinion|estimation)\s+of\s+(?P<of>[^,;:“”\"]{2,80}?)|"
    r"(?P<pronoun>his|her|their)\s+(?:own\s+)?(?:view|opinion|estimation)))\s*[.!]?[\s”\"’']*$"
)
# A view named as its holder's and told after "that": "Ann Lee's view is that the recovery has further to run", "Her
# fear was that ...", "The union's position remains that ...". The cue is the noun and its verb.
_VIEW_IS_THAT = re.compile(
    r"\W*(?:(?:But|And|Yet|So|Still)\s+)?(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}(?=[’']s?\s)|"
    r"(?:The|the)\s+[a-z]+(?:\s+[a-z]+)?(?=[’']s?\s)|(?P<pronoun>His|Her|Their|Its)(?=\s))(?:[’']s?)?\s+(?:own\s+)?"
    r"(?:(?:main|central|chief|key|biggest|real|only|basic|underlying|first|final)\s+)?"
    r"(?P<cue>(?:view|belief|opinion|assessment|conclusion|fear|hope|expectation|argument|position|answer|response|reply|"
    r"message|contention|case|bet|worry|concern|complaint|explanation|excuse|reasoning|theory|thinking|claim|suggestion|"
    r"warning|advice|point|premise|assumption|verdict|finding)\s+"
    r"(?:is|was|remains|remained|has\s+been|had\s+been)\s+that)\b"
)
# What a party's own plan would do, opening the sentence, is what that party proposes: "Mark Bell's plan would raise
# the tax", "Her proposal would also cap rents", "Under the council's plan, fees will rise". Not a plan with no owner
# written ("The plan would", "Under the plan, ..."), nor a budget, which is also a sum ("Velmar's budget will rise").
_OWNED_PLAN = re.compile(
    r"\W*(?:(?:But|And|Yet|So|Still)\s+)?(?:(?P<under>Under)\s+)?(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}(?=[’']s?\s)|"
    r"(?:The|the)\s+[a-z]+(?:\s+[a-z]+)?(?=[’']s?\s)|(?P<pronoun>His|Her|Their|Its|his|her|their|its)(?=\s))(?:[’']s?)?\s+"
    r"(?:(?:own|new|latest|revised|original|proposed)\s+)?(?P<cue>(?:plan|proposal)s?"
    r"(?(under)(?=,)|\s+(?:(?:also|only|still)\s+)?(?:would|will)(?=\s+(?:(?:also|only|still|not|[a-z]+ly)\s+)?[a-z]{3,})))"
)
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_PLAN_WORDS = frozenset("plan plans proposal proposals".split())
# A name opening the sentence as its subject, after an opening "According to ...," if any: then an aside or a verb.
_NAMED_SUBJECT = re.compile(
    r"\W*(?:According\s+to\s+[^,;:]{2,60},\s+)?(?P<name>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3})"
    r"(?=,|\s+(?:has|have|had|is|was|were|will|[a-z]{2,}ed|[a-z]{2,}s|sold|made|lost|won|paid|cut|spent|took|gave)\b)"
)
# What a party's own statement holds, named by the possessive right before the noun ("his remarks that", "the
# ministry's announcement that", "Ann Lee's claim that"): the owner said it, wherever the phrase stands in the sentence
# ("Critics seized on his remarks that ...", "There was anger at the council's warning that ..."). The nouns are
# cues.PHRASES' owned statements; a lowercase noun before "'s" needs "the" ("the ministry's").
_OWNED_STATEMENT = re.compile(
    r"(?:assertion|contention|insistence|conclusion|belief|argument|suggestion|prediction|accusation|allegation|"
    r"assessment|assurance|view|claim|statement|announcement|remarks?|comments?|promise|pledge|warning|vow|admission|"
    r"denial|complaint|insinuation|hope|fear) that"
)
_A_TIME_OWNER = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|today|yesterday|tonight|day|week|weekend|month|year|morning|night|"
    r"evening|afternoon)$",
    re.IGNORECASE,
)
_OWNER_BEFORE = re.compile(
    r"(?:(?<![\w’'])(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?P<owner>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*|"
    r"(?:[Tt]he)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)[’']s)\s+(?:(?:own|earlier|latest|repeated|public|first|initial|"
    r"new|previous)\s+)?$"
)


# A record or a finding of a party named by its possessive pronoun ("its own figures", "their latest estimate"): the
# party, not the record, is who says it.
_OWNERS_RECORD = re.compile(
    r"(?P<owner>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:own\s+)?(?:(?:latest|new|internal|official|preliminary|initial|"
    r"provisional|annual|quarterly|monthly|weekly)\s+)?(?:figures|data|numbers|estimates?|records|count|tally|"
    r"calculations?|statistics|accounts|filings?|research|analysis|reckoning)"
)
# "- Ann Lee and Tom Marsh: “...”", "More from the report: “...”": the quotation after a colon is theirs.
# Who a headline quotes by role, after a name or a place ("Harbour chief: “...”").
_HEADLINE_ROLES = frozenset(
    "chief boss head minister mayor leader leaders official officials spokesman spokeswoman spokesperson police coach "
    "manager president governor judge doctor doctors expert experts residents union ministry council owner founder "
    "director chairman chairwoman chair envoy commander prosecutor prosecutors lawyer lawyers minister general "
    "secretary senator candidate striker captain".split()
)
_COLON_QUOTE = re.compile(
    r"(?:^\W*|\s[-–—]\s+|[.!?]\s+)(?:More from\s+(?P<from>(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?)|"
    r"(?P<np>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|and|of|de|van|von|al)){0,5}"
    # a headline's role after a name or a place ("Harbour chief: “...”", "Velmar minister: “...”")
    rf"(?:\s+(?:{'|'.join(sorted(_HEADLINE_ROLES))}))?))\s*:\s*[“\"]"
)
# "Said Ann Lee, who grew up in the town, “...”": a sentence opened by its cue names the speaker after it.
_CUE_FIRST_WORDS = ("Said ", "Says ", "Added ", "Adds ", "Wrote ", "Writes ")
_CUE_FIRST = re.compile(
    r"^\W*(?P<verb>Said|Says|Added|Adds|Wrote|Writes)\s+(?P<np>[^,:;“”\"]{2,80}?)\s*(?:,|:)(?=[^“”\"]{0,160}[“\"])"
)
# "So says Ann Lee, who runs the bakery.", "That is the warning from Ann Lee, ...", "That was the promise from the mayor":
# the words quoted or told just before are named as someone's after them; this sentence's source is that someone.
_NAMED_AFTER_WORDS = re.compile(
    r"^\W*(?:So\s+(?P<verb>says|said)|(?:That|This)(?:\s+(?:is|was)|[’']s)\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<noun>warning|message|promise|pledge|verdict|view|assessment|argument|advice|prediction|forecast|conclusion|"
    r"plea|hope|fear|claim)\s+(?:from|of))"
    r"\s+(?P<np>(?:the\s+)?[A-Z][^,:;“”\"]{1,80}?|(?:the\s+|many\s+|some\s+|most\s+)?(?:[a-z-]+\s+){0,2}?[a-z]{4,}s"
    # a role and the name after it: "union leader Kevin Marsh", "the general secretary of the Transport Workers' Union,
    # Kevin Marsh"
    r"|(?:the\s+)?(?P<role>(?:[a-z-]+\s+){0,2}?[a-z]{3,})(?:\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][^,:;“”\"]{1,60}?,)?\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}))"
    r"\s*(?:,|\.?$|\s+(?:at|on|in|to|during|after|before|who|from)\s)"
)  # (a group named in lower case, "from commuters at a packed meeting", only when its head is a party of people)
# Roles a name may follow in "That was the message from union leader Kevin Marsh".
_NAMED_AFTER_ROLES = frozenset(
    "leader leaders secretary general chief boss head president chairman chairwoman chair minister spokesman "
    "spokeswoman spokesperson director executive manager coach governor mayor commissioner officer founder owner "
    "economist analyst professor doctor captain councillor councilor senator lawmaker judge".split()
)
# "..., a court in Velden heard on Monday.", "..., the inquest was told.": what was told in a hearing, closing the sentence;
# the hearing is the source (an allegation or evidence given there, not a finding).
_HEARING_HEARD = re.compile(
    r",\s+(?P<np>(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:court|jury|inquiry|inquest|tribunal|hearing|trial)"
    r"(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?)\s+(?P<verb>heard|has\s+heard|was\s+told|has\s+been\s+told)"
    r"(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?\s*[.!]?[”\"’']*\s*$"
)
# '“...,” the email read.', '“...,” it read.', '“...,” read the statement.': a written text read out after the quotation
# that closes the sentence ("read" is a cue only here: "the judge read his decision" reports nothing).
_TEXT_READ = re.compile(
    r"[”\"]\s*,?\s*(?:(?P<np>it|(?:the|a|an|one|its|his|her|their)(?:\s+[\w’'-]+){0,4}?)\s+(?P<verb>read|reads)"
    r"|(?P<verb2>read|reads)\s+(?P<np2>(?:the|a|an|one|its|his|her|their)(?:\s+[\w’'-]+){0,4}?))\s*[.!]?\s*$"
)
# A person's full name, then the body or place they are of ("Phil Musser of digital consulting firm IMGE").
_NAME_THEN_OF = re.compile(r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][\w’'.-]*){1,2})\s+(?:of|from|at|with)\s+\S")
# "Lee: I will not resign", "Lee to voters: We will win": a name before a colon and a clause in the first
# person after it (a headline's way to quote); one letter is a transcript's "Q:"/"A:".
_COLON_FIRST_PERSON = re.compile(
    r"^\W*(?P<np>(?!(?:The|A|An|This|That|These|Those|It|In|On|At|For|From|With|By|Of|To)\s)[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"(?:\s+(?:to|on|at)\s+[^:“”\"]{1,60})?\s*:\s+(?=[‘']?(?:I|We)(?:[’'][a-z]{1,2})?\s+[A-Za-z])"
)
_DASH_SIGNATURE = re.compile(r"[”\"]\s*(?P<dash>[―—–])\s*(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s*$")
_SUBORDINATE = re.compile(
    r"^\s*(?:(?:While|Although|Though|As|Since|Because|If|When|After|Before|Whereas)\b|"
    # a measure of time before "after" or "before": "Two days after a newspaper reported ...,", "Hours before ...,"
    r"(?:(?:Just|Only|Barely|About|Some|Less\s+than|More\s+than)\s+)?(?:(?:[A-Za-z]+|\d+)\s+){0,2}?"
    r"(?:[Mm]inutes?|[Hh]ours?|[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?|[Mm]oments?)\s+(?:after|before)\b)[^,]{3,200},"
)
_DASH_ASIDE = re.compile(r"\s[–—-]\s[^–—]{1,200}?\s[–—-]\s")
# " -- " typed for a dash: an aside between a subject and its verb ("A former senator -- Ann Lee, who lost in
# 2008 -- said"), not a dateline's dash ("WASHINGTON -- ") nor one before the subject ("-- which holds a caucus -- Lee").
_TYPED_DASH_ASIDE = re.compile(r"(?<=[a-z.)])\s--\s[^–—]{1,200}?\s--\s(?=(?:[a-z]+ly\s+)?[a-z])")
_BAD_NP_START = re.compile(
    r"^(?:it’s|it's|there|this|that|these|those|what|how|why|to|of|in|on|for|with|not|no|none|neither|nobody|according)\b",
    re.IGNORECASE,
)
_BAD_NP_END = re.compile(
    r"\b(?:the|a|an|of|to|its|their|his|her|these|those|this|that|according|by|for|with|in|on)$", re.IGNORECASE
)
# Verb forms that are also plural nouns ("member states from", "the reports of").
_NOUN_LIKE = frozenset(
    "states claims claim reports report notes note details estimates estimate calls warns posts believe suggest".split()
)
# A finite verb right after a verb form that is also a plural noun makes that word the subject's noun.
_FINITE_VERB_AFTER = re.compile(
    r"\s+(?:were|was|are|is|have|has|had|show|showed|shown|suggest|suggested|indicate|indicated|range|ranged|rose|fell|"
    r"put|stood|stand|vary|varied|remain|remained|reached|climbed|jumped|doubled|said|say|came|come|point|pointed)\b"
)
# "the army's own", "their own": what follows is a noun they own ("estimate", "report"), never a verb.
_OWN_BEFORE = re.compile(r"(?:[’']s|s[’']|\b(?:his|her|their|its|our|my|your))\s+own\s+$", re.IGNORECASE)
_PREPOSITION_AFTER = re.compile(
    r"\s+(?:from|of|in|on|for|with|by|to|about|against|out|over|and|or|like|such|that\s+(?:were|was|are|is|have|had))\b"
)
_DETERMINER_START = re.compile(
    r"^(?:the|a|an|some|both|other|another|several|many|two|three|multiple|unnamed|one|his|her|their|its|former|"
    r"retired|acting|outgoing|incoming)\s",
    re.IGNORECASE,
)
_ACRONYM_PAREN = re.compile(r"\s\([A-Z][A-Za-z.-]{0,10}\)")  # "(NIS)", "(R-Ind.)"
_OWNERS_ROLE = re.compile(r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:'s|’s)\s+(?:[a-z-]+\s+){0,3}[a-z-]+")
_PERSON_NAME_CHUNK = re.compile(r"(?:[A-Z][a-z’'.-]+\s+){1,3}[A-Z][a-z’'-]+")
_ASIDE = re.compile(r"^(?:the|a|an|which|who|whose|speaking|described|citing|according|[a-z])", re.UNICODE)


@dataclass(slots=True)
class Attribution:
    phrase: str  # the noun phrase as written
    relay: str | None = None  # who relayed it ("by Yonhap"), if stated
    how: str = "verb"  # verb | inverted | according | quoted | citing
    verb: str | None = None
    source: tuple[int, int] | None = None  # where the phrase is, as offsets into the sentence
    cue: tuple[int, int] | None = None  # the reporting verb or phrase
    embedded: bool = False  # in a clause about someone ("..., Ann Lee, who said ..."): not the sentence's own subject
    body: bool = False  # an appositive says the source is a body ("Kelvra, the Swedish battery maker, said")
    # the phrase is the sentence's subject, a body, which the source ("the club") describes ("Arden Rovers have ...")
    subject_body: bool = False
    # the description as written when the phrase is a lone name read from the sentence's subject ("Aldwerk will close
    # two plants, the carmaker said"): the speaker falls back to it when the article knows the name as a person's
    described_as: str | None = None
    # where a concessive clause that holds the attribution ends ("While critics argue that ..., the plan has ..."): what
    # is reported runs to there, and the main clause after it is not the source's
    clause_end: int | None = None
    # told only in a clause of time or cause after the sentence's main clause ("Shares fell 38% after the lender said
    # it would sell stock"): the main clause, and its figure, are the writer's report, not the source's
    subordinate: bool = False


@lru_cache(maxsize=4096)
def mask_quotes(text: str) -> str:
    """Replace quoted speech by 'x' (same length), keeping the quote marks and a final comma."""
    out = list(text)
    for m in re.finditer(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’(?!\w)", text):
        s, e = m.start() + 1, m.end() - 1
        inner_end = e - 1 if e - 1 >= s and text[e - 1] in ",." else e
        for i in range(s, inner_end):
            if not text[i].isspace():
                out[i] = "x"
    return "".join(out)


def _mask_unclosed(masked: str) -> str:
    """A quotation opened and not closed in the sentence runs to its end; one closed and not opened ran from
    its start (a quotation over several sentences): neither part names who speaks ("If they want it,
    they ought to pay.”" is the words of whoever the quotation's other sentences name)."""
    opened = masked.rfind("“")
    if opened >= 0 and "”" not in masked[opened:] and '"' not in masked[opened:]:
        masked = masked[: opened + 1] + _XED.sub("x", masked[opened + 1 :])
    closed = masked.find("”")
    if (
        closed > 0
        and not masked[closed - 1].isspace()  # not a mistyped opener (‘aides ”get close’)
        and "“" not in masked[:closed]
        and '"' not in masked[:closed]
    ):
        masked = _XED.sub("x", masked[:closed]) + masked[closed:]
    if masked.count('"') % 2 and "“" not in masked and "”" not in masked:
        # A straight mark closes before a space or the end ('late," he'). One that opens a sentence and is not
        # closed is as often a stray mark of scraped text as a quotation: left as it is.
        first = masked.find('"')
        if not masked[first + 1 : first + 2].isalnum() and masked[:first].strip():
            masked = _XED.sub("x", masked[:first]) + masked[first:]
    return masked


_XED = re.compile(r"[^\s“”\"]")


def straight_quotes(text: str) -> str:
    """Two apostrophes used as a quote mark (''like this'') become one straight quote, same length; three are a
    single quotation closed or opened inside a double one (`''Yeah, it is,''' said Lee`)."""
    if "''" in text:
        if "'''" in text:
            text = _OPENING_TRIPLE.sub(" \"'", text).replace("'''", "'\" ")
        # A closing pair stands right after the quoted words: the mark takes the first place, so that a comma
        # before it stays the last character inside (`late,'' he said` -> `late," he said`).
        text = _CLOSING_PAIR.sub('" ', text).replace("''", ' "')
    if '"' in text and ("“" in text or "”" in text):
        text = _close_mixed(text)
    if "”" in text:
        text = _WRONG_OPENING.sub("“", text)
    return text


# A closing mark typed where a quotation opens: at the start or after a space, right before a word ("”Fear. I am
# afraid ...” ― Ann Lee"). A closing mark never stands there.
_WRONG_OPENING = re.compile(r"(?:^|(?<=\s))”(?=\w)")
# An opening mark typed to close a quotation: right after its last word or stop, before a space or a stop ('“It is
# unusual,“ said Lee').
_WRONG_CLOSING = re.compile(r"(?<=[\w.,!?;:…’'—-])“(?=\s|$|[.,;:!?)])")


def mend_closing_marks(text: str) -> str:
    """``text`` with an opening mark typed to close a quotation read as the closing one it is (same length)."""
    return _WRONG_CLOSING.sub("”", text) if "“" in text else text


def _close_mixed(text: str) -> str:
    """A curly opening mark closed by a straight one (‘“No deals,” Lee said’ typed as ‘“No deals," Lee said’): the
    straight mark closes it, same length; else the words after it up to the next straight mark read as quoted. A
    straight mark opening a quotation where the text also has curly ones becomes a curly opening mark, so that
    ‘“I heard it," Lee said. "He wants it all.”’ is two quotations and a cue, not one quotation."""
    out = list(text)
    opened = False
    for i, ch in enumerate(text):
        if ch == "“":
            opened = True
        elif ch == "”":
            opened = False
        elif ch == '"' and opened:
            out[i] = "”"
            opened = False
        elif ch == '"' and _OPENS_HERE.match(text, i):
            # a straight mark opening a quotation that a curly one closes ('Lee said. "He wants it all.”'): it opens
            out[i] = "“"
            opened = True
    return "".join(out)


# A straight mark where a quotation opens: at the start, or after a space or a bracket, right before a word.
_OPENS_HERE = re.compile(r'(?:(?<=^)|(?<=[\s(\[—–-]))"(?=[\w‘\'.])')


_OPENING_TRIPLE = re.compile(r"(?<!\S)'''(?=\w)")
_CLOSING_PAIR = re.compile(r"(?<=[^\s'])''(?!\w)")


def is_quote_only(text: str) -> bool:
    """A sentence that is nothing but quoted speech (a continuation of the last speaker)."""
    stripped = straight_quotes(text).strip()
    return stripped[:1] in '“"' and stripped.rstrip(".!? ")[-1:] in '”"' and stripped.count("“") <= 1


# A quotation of six words or more opening the sentence, closed, then the writer's words that finish it ('"... are in
# support" of the new rules.', '"... the two-step" - raising his profile'): speech, not a title ('"Sons of Trump" is'), nor
# a quotation its own cue closes ('"...," tweeted another.', '"..." the editor responded.'): the writer's words go on
# with a dash, a preposition or a conjunction.
_QUOTATION_THEN_WRITER = re.compile(
    r'\s*["“](?P<words>[^"“”]+?)[.!?]?["”]\s*(?:[-—–]+\s+[a-z]|(?:of|to|for|from|in|on|at|about|with|because|and|or|'
    r"but|than|as|if|when|while|after|before|over|against|by|into|among|until|unless)\s)"
)


def opens_with_quoted_speech(text: str) -> bool:
    """A sentence opened by a quotation of six words or more that the writer's own words finish (no cue): the
    quoted part is someone's speech, going on from the sentence before ('"But 97 percent of the members are in
    support" of the new rules.')."""
    m = _QUOTATION_THEN_WRITER.match(straight_quotes(text))
    return m is not None and len(m.group("words").split()) >= 6


_ENDS_WITH_COMMA = re.compile(r"[,”\"]\s*$")
# "continues to insist", "is continuing to argue", "went on to argue", "appeared to blame": the subject before says it.
_GOES_ON_TO = re.compile(
    r"\b(?:continu(?:e|es|ed|ing)|began|begins|went on|goes on|go on|appear(?:s|ed)?|seem(?:s|ed)?|went so far as|"
    r"tried|tries|attempted|attempts|sought|seeks|interject(?:s|ed)?|"  # "attempted to portray X as", "sought to blame"
    r"(?:was|were|is|are)\s+quick)\s+to\s+$"  # "was quick to add", "went so far as to say"
)
# "put" reports an estimate only of a figure: "put the toll at 14", "police put the turnout at 42,000",
# "put the official death toll at 38", "put the chance of impact at 1.4%"; never "put the crowd at ease" or "put the book
# on the shelf".
_PUT = ("put", "puts")
_PUT_FIGURE = re.compile(
    r"\s+(?:the\s+)?(?:death\s+)?(?:toll|number|figure|total|count|cost)\b"
    # ("put the field at 47,912", "the damage at $2 billion"; never "put the crowd at ease")
    r"|\s+(?:the\s+|its\s+|their\s+)?(?:crowd|attendance|turnout|field|bill|damage|losses|value|size)\s+at\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|at\s+least|up\s+to|just)\s+)?(?:[$€£]\s?)?\d"
    # "put it closer to 8%", "puts them at nearer 40,000": the figure just given, put by someone else
    r"|\s+(?:it|them)\s+(?:at\s+|(?:closer|nearer)(?:\s+to)?\s+|as\s+(?:high|low)\s+as\s+)(?:(?:about|around|roughly|some|"
    r"nearly|almost|over|under|nearer|closer\s+to|more\s+than|less\s+than|at\s+least|up\s+to|just)\s+)?(?:[$€£]\s?)?\d"
    r"|\s+(?:(?:the|its|their|his|her)\s+)?(?:[A-Za-z'’-]+\s+){0,2}?(?:toll|number|figure|total|count|cost|estimate|turnout|crowd|"
    r"tally|losses|damage|size|value|bill|price|share|proportion|percentage|magnitude|strength|rate|level|height|depth|"
    r"speed|area|length|chance|chances|odds|probability|likelihood|risk)\b[^.;]{0,60}?\bat\s+(?:(?:about|around|roughly|some|nearly|almost|over|under|between|"
    r"more than|fewer than|less than|at least|up to|as many as|close to|an estimated)\s+)?(?:[$€£]\s?)?\d"
)
# "measured" reports only a figure it gives: "The Geological Survey measured the quake at magnitude 7.4", "measured
# the ash column at 9.2 kilometres"; never "a measured response" or "measured the room".
_MEASURED = ("measured",)
_MEASURED_AT = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,4}?at\s+(?:magnitude\s+|(?:about|around|roughly|some|nearly|almost|over|under|more\s+than|"
    r"less\s+than|at\s+least|up\s+to|just)\s+)?(?:[$€£]\s?)?\d"
)
# "As the mayor put it, ...", "..., as one analyst put it in a note to clients": someone's words, paraphrased or
# quoted; never "put it on the table", "put it to a vote".
_PUT_IT = re.compile(
    r"\s+it\b(?=\s*[,.;:—–”\"]|\s+(?:(?:on|last|this|earlier)\s+[A-Z]?\w+\s*[,.;:]|(?:in|on|during)\s+(?:an?|the|his|her|"
    r"their|its|this|that)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|speech|letter|post|tweet|email|note|report|memo|"
    r"essay|column|book|blog|address|briefing|testimony|podcast|video|message)s?\b))"
)
_AS_OPENING = re.compile(r"\W*(?:(?:And|But)\s+)?As\s+[^,;:.“”\"]{1,70}$")
_AS_BEFORE = re.compile(r"[,;:—–]\s*as\s+[^,;:.“”\"]{1,70}$")
_PUT_IT_CLOSES = re.compile(r"\s+it\b[^,;:.!?“”\"]{0,60}[.!?]?[”\"’']*\s*$")
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|been|being|be)\s+(?:(?:\w+ly|first|also|later|then|still|long|never|once|not|now|widely|"
    r"already|generally)\s+)?$"
)
_NEGATED = re.compile(
    r"\b(?:did|does|do|would|could|has|have|had|will)\s+not\s+$|n['’]t\s+$|\b(?:declined|refused|failed)\s+to\s+$"
)
# "does not think", "didn't even want": a view denied with "do" is still the subject's (cues.HELD).
_DO_NOT = re.compile(
    r"\b(?:(?:did|does|do)\s+not|(?:did|does|do)n['’]t)\s+(?:(?:even|really|necessarily|quite|fully|actually|always)\s+)?$",
    re.IGNORECASE,
)
_LEFT_WINDOW = 300
# Verbs of saying that, denied by their subject ("would not say", "has not commented", "did not respond"), tell that the
# subject declined to say something: the subject is the source of that, and the cue is the whole denial. Not "could
# not explain" (what could not be done is told) nor "did not confirm" (kind_of in claims.py reads it).
_UNSAID_VERBS = frozenset(
    "say said comment commented respond responded reply replied mention mentioned discuss discussed explain explained "
    "disclose disclosed answer answered saying commenting responding replying mentioning discussing explaining "
    "disclosing answering".split()
)
# What "claim" takes when it means taking or winning: lives, victims, a title, seats ("claimed at least 12 lives",
# "claimed the lives of two hikers", "claimed its third title", "claimed two seats").
_CLAIMED_TOLL_OR_PRIZE = re.compile(
    r"\s+(?:(?:the|a|an|its|his|her|their|another|at\s+least|more\s+than|over|nearly|some|about|[\w,.-]*\d[\w,.-]*|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|first|second|third|fourth|fifth|"
    r"sixth|seventh|record|[a-z]+th)\s+){0,4}(?:lives?|victims?|casualties|titles?|crowns?|trophy|trophies|medals?|gold|"
    r"silver|bronze|championships?|seats?|prizes?|pole|spot|places?)\b"
)
# A cue inside a condition that opens the sentence, its comma still to come ("If the council rejects the plan, ...",
# "Unless Lee says otherwise, ..."): something supposed, not said.
_HYPOTHETICAL_BEFORE = re.compile(r"\W*(?:(?:And|But)\s+)?(?:If|Unless|Even if|Only if|Should|Were)\s+[^,;:“”\"]*$")
_RECKONED_WITH = re.compile(r"\s+(?:with|on|without)\b")  # "reckon with", "reckoned on": faced or counted on
_CLAUSE_OPENERS = frozenset("because although though while if when since as unless whereas once until".split())
_NOT_SAID = re.compile(
    r"\b(?:did|does|do|would|will|has|have|had)\s+not\s+$|\b(?:did|does|do|would|has|have|had|wo|is|are|was|were)n['’]t\s+$"
)
# The last clause-opening word before a subject: the subject starts after it.
_LAST_CLAUSE_WORD = re.compile(
    r"\b(?:that|which|who|what|when|while|because|after|before|but|if|where|whereas|although|though|since|as|so|"
    r"saying|adding|noting|claiming)\s+(?!.*\b(?:that|which|who|what|when|while|because|after|before|but|if|where|"
    r"whereas|although|though|since|as|so|saying|adding|noting|claiming)\s)"
)
_SUBORDINATORS = frozenset("While Although Though Because If When Whereas Unless Once Until".split())
_LEADING_SUBORDINATOR = re.compile(
    r"^(?:While|Although|Though|Because|If|When|Whereas|Unless|Once|Until)\s+(?=(?:[A-Z]|the\s|a\s|an\s|many\s|some\s|most\s))"
)
_LEADING_CONJUNCTION = re.compile(r"^\s*(?:and|but|or|so|then|also|now|yet)\s+", re.IGNORECASE)
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|has|have|had|would|will|could|should|might|must|can|may|not)\b")
_NAMED_TAIL = re.compile(
    # ("foreign minister Faisal bin Farhan": a particle inside the name)
    r"(?:\b[A-Z][\w’'.-]+\s+){1,3}(?:(?:bin|bint|ibn|al|el|de|da|dos|van|von|der|den|du|del|della|di|le|la)\s+)?"
    r"[A-Z][\w’'.-]+$"
)  # a subject and its asides fit in this many characters


_VERB_LIKE = frozenset(
    "is are was were has have had will would can could did does do may might must should shall".split()
)
_LOWER_DETERMINERS = frozenset(
    "the a an one two three another some several many both each other former senior top".split()
)
_POSSESSIVES = frozenset("its his her their".split())


# Words that make "states" a noun: "member states", "swing states", "the Baltic states".
_STATES_NOUN_BEFORE = re.compile(
    r"\b(?:member|swing|battleground|border|island|city|nation|client|partner|neighbou?ring|southern|northern|eastern|"
    r"western|coastal|frontline|red|blue|purple|key|early|rural|other|several|many|both|all|those|these|some|most|few|"
    r"such|individual|gulf|arab|baltic|african|european|american|sovereign|independent|successor|rogue|failed|nuclear|"
    r"warring|federal|small|large|big|poor|rich|weak|Gulf|Arab|Baltic|African|European|American|Nordic|Balkan|"
    r"Central|Pacific|Caribbean|Southern|Northern|Eastern|Western|Midwestern|Coastal|Frontline|Red|Blue|Purple|Key|"
    r"Member|Swing|Battleground|Border|Island|Rural|Sovereign|Independent|Rogue|Federal)\s+$"
)
_QUANTIFIER_BEFORE = re.compile(
    r"\b(?:any|all|some|several|many|few|both|other|these|those|two|three|four|five|no|more)\s+$"
)
# "27 states", "Twenty-seven states": a number counts the noun after it.
_NUMERAL_BEFORE = re.compile(
    r"(?:\b(?!(?:1[89]|20)\d\d\b)\d(?:[\d,]*\d)?|\b(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|dozen|hundred|thousand|(?:twen|thir|for|fif|six|seven|eigh|nine)ty"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?))\s+$"
)
_REDUCED_RELATIVE = re.compile(r"\s+(?:of|by|in)\b")
# The noun phrase's opening noun, before a participle: "A report ", "The ministry's latest statement ".
_OPENING_NOUN = re.compile(r"(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\w]+[’']s)\s+(?:[\w-]+\s+){0,3}")
_BY_AGENT = re.compile(r"\s+(?:(?:on|in|last|this|earlier)\s+[\w]+\s+)?by\s")
# A noun (after a determiner, a possessive or a name) right before the participle: "a report posted", "the
# ministry's statement released"; not an auxiliary ("was posted by": a passive, read elsewhere) nor a subject pronoun.
_NOUN_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\w]+[’']s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?!(?:is|are|was|were|been|being|be|has|have|had)\s)[a-z]+\s+$"
)
_RELATIVE_SUBJECT = re.compile(r",\s*who$")
_COMMA_WHO = re.compile(r",\s+who\s")
# A phrase that runs from a clause into the object a party wanted or said: "The bill did something Republicans".
# "Nothing the mayor said was new": the thing is the subject, no party.
_CLAUSE_THEN_THING = re.compile(
    r"(?:^|\S\s+)(?:[Ss]omething|[Aa]nything|[Ee]verything|[Nn]othing)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+$"
)
# A relative clause inside the sentence's subject: "The program that the charity wants to fund opened", "The
# bridge, which the council plans to rebuild, was closed", "Project Elm, which the board backed, stalled". The clause
# only tells which thing the sentence is about; its subject is not the sentence's source (the words before the
# pronoun hold no verb, so the "that" is no complement of "said" or "is").
_SUBJECT_WITH_RELATIVE = re.compile(
    r"\W*(?:(?:But|And|Yet|So|Now)\s+)?(?:(?:On|In|At|By|After|Before|Since|Last|This|Earlier|Later)\b[^,;:]{1,40},\s+)?"
    r"(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Oo]ne|[Ee]very|[Ee]ach)"
    r"\s+(?P<words>(?:[\w’'-]+\s+){0,4}?[\w’'-]+)(?:,\s+which|\s+(?:that|which))\s+"
    r"|(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*,\s+which\s+)$"
)
# ... unless the thing is the subject of what the clause reports ("The plan, which the agency estimates will cost 3
# million pounds, was approved": the cost is the agency's estimate).
_REPORTED_GAP = re.compile(r"\s+(?:will|would|could|can|may|might|must|should|is|was|are|were|has|had|have)\b")
_VERBS_OF_A_SUBJECT = frozenset(
    "is are was were has have had will would can could may might must should do does did been being says said".split()
)


def _inside_the_subjects_relative_clause(masked: str, np_at: int) -> bool:
    """The source is the subject of a relative clause opened inside the sentence's own subject."""
    m = _SUBJECT_WITH_RELATIVE.fullmatch(masked, 0, np_at)
    if m is None:
        return False
    words = (m.group("words") or "").lower().split()
    return not any(w in _CUE_WORDS or w in _VERBS_OF_A_SUBJECT for w in words)


# A cue in an aside ", who (has) proposed the scheme," with a thing as its object and no clause of what was said, and
# the sentence's own verb after the aside.
_WHO_ASIDE_END = re.compile(r",\s+who\s+(?:(?:has|have|had|also|first|once|[a-z]+ly)\s+)*$")
_THING_OBJECT_CLOSES = re.compile(
    r"(?P<object>(?:\s+(?!(?:that|to|as|how|what|why|whether|if|he|she|they|it|we|i)\b)[\w’'-]+){1,8}?),\s+"
    r"(?:(?:also|then|later|has|had|was|is|have|[a-z]+ly)\s+)*(?!(?:who|which|and|but|or|that|said|says|told|tells|"
    r"added|adds|according)\b)[a-z]{3,}\b"
)
_FINITE_IN_OBJECT = re.compile(
    r"\b(?:was|were|is|are|had|has|have|would|will|could|should|can|may|might|must|did|does|do|[a-z]{3,}ed)\b"
)


def _left_clause_is_relative_aside(masked: str, left_end: int) -> bool:
    """Is the cue right after ", who" (and its auxiliaries) in an aside?"""
    return bool(_WHO_ASIDE_END.search(masked, max(0, left_end - 40), left_end))


_RELATIVE_END = re.compile(r"(?<!\bof)\s(?:who|whom|whose|which)$")  # not "many of whom"
_LOCATIVE_BEFORE = re.compile(r"\b(?:on|in|at|from|across|near|around|outside|inside|throughout)\s+(?:the\s+)?$")
_TRAILING_NAME = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'.-]*\s+(?:of\s+)?){0,4}[A-Z][\w’'-]*$")
_WHO_CLAUSE = re.compile(r",\s+(?:who|whose|whom)\s")  # ", say some economists, who ...": the clause describes them
_QUOTE_BEFORE = re.compile(r"[”\"’][,]?\s*$|[,?!][”\"’]\s*$")


# A role ending a phrase that a name may follow ("the company's owner", "its chief executive", "a spokesman").
_ROLE_LAST_WORD = re.compile(
    r"\b(?:owner|owners|spokesman|spokeswoman|spokesperson|executive|director|chief|chairman|chairwoman|chair|"
    r"president|founder|head|operator|manager|minister|secretary|lawyer|attorney|publisher|developer|parent)$"
)
# A capitalised job title closing a sentence after a name ("Chief Medical Officer", "Head of Research", "Vice
# President, Sales"): a role, never a second name.
_A_TITLE = re.compile(
    r"(?:(?:Senior|Executive|Vice|Deputy|Chief|Acting|Interim|Managing|General|Global|Regional|Group|Medical|"
    r"Financial|Operating|Technology|Technical|Scientific|Marketing|Commercial|Research|Legal|Press|Communications|"
    r"Human|Resources|Investment|Information|Product|Sales)\s+)*"
    r"(?:Officer|Executive|Director|President|Manager|Head|Chairman|Chairwoman|Chair|Secretary|Counsel|Founder|"
    r"Partner|Editor|Spokesman|Spokeswoman|Spokesperson|Economist|Analyst|Strategist|Scientist|Professor|Dean)"
    r"(?:\s+(?:of|for)\s+(?:[A-Z][\w’'&.-]*\s*){1,4})?"
)
_NAME_CLOSING = re.compile(
    r",\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)"
    r"(?:\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'-]*)?"  # "..., Eva Lind of Uppsala University"
    r"(?:,\s+(?:who|whose)\s[^“”\"]{2,200}?)?"  # "..., Oleg Voloshyn, who also ran as a candidate."
    # "..., said the architect, Lise Dahl, standing in the atrium.": where or how they said it
    r"(?:,\s+(?:standing|sitting|speaking|walking|pointing|gesturing|looking|nodding|smiling|laughing|waving|adding)\s[^“”\"]{2,200}?)?"
    r"\s*[.!?]?[”\"’]?\s*"
)

# The role or the kind of body that an appositive name may follow ("the developer, Nordbyg,", "the carmaker, Aldmark,").
_ROLE_OR_BODY_LAST = re.compile(
    _ROLE_LAST_WORD.pattern[:-1]
    + r"|\b(?:group|company|firm|carmaker|automaker|airline|carrier|retailer|bank|lender|insurer|charity|watchdog|"
    r"regulator|agency|union|club|broadcaster|network|organi[sz]ation|institute|consultancy|maker|manufacturer|"
    r"utility|supplier|miner|builder|landlord|contractor|ministry|department|council|author|researcher|analyst|"
    r"economist|officer|official|commander|adviser|advisor|leader|coach|mayor|governor|prosecutor|judge)$"
)
# A person's description ending in an agent noun ("a consultant", "a local historian", "the lead researcher").
_AGENT_LAST = re.compile(
    r"\b(?:a|an|the|one|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}[a-z]{3,}(?:ant|ent|ist|ian|er|or)$"
)
# ", Nordbyg, the site ...": a name set off by commas before the clause goes on in lower case (not a list: "Britain,
# France and Spain").
_NAME_APPOSITIVE = re.compile(r",\s+(?P<name>(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'&-]*),\s+(?!(?:and|or)\b)(?=[a-z])")

# After a quotation, lowercase role words then a name ("said master of ceremonies Tom Lee", "added his campaign
# manager Ann Lee", "said undecided voter Ann Lee"): the speaker, not a clause.
_ROLES_THEN_NAME = re.compile(r"(?:[a-z][\w’'-]*\s+){1,4}(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'-]+")
# People described by what they know: "a person familiar with the plans", "two officials briefed on the talks".
INFORMED_PEOPLE = re.compile(
    r"(?:[\w-]+\s+){0,3}(?:person|people|sources?|officials?|aides?|diplomats?|executives?)\s+"
    r"(?:familiar\s+with|close\s+to|briefed\s+on|involved\s+in|knowledgeable\s+about|with\s+(?:direct\s+)?knowledge\s+of)\s"
)
_POSSESSIVE_S = re.compile(r"[’']s\b")
# What follows a speaker named after "said" and a quotation: words describing them ("one organiser involved in the
# planning", "the station chief known as Mac"), part of the source as written, or when or how they spoke ("Ann Lee
# when asked about it", "Ann Lee after the vote"), which is not.
_DESCRIBED_AFTER = re.compile(
    r"\s+(?:(?P<describing>involved\s+in|familiar\s+with|close\s+to|known\s+as|briefed\s+on|based\s+in|"
    r"knowledgeable\s+about)|when\s+asked|after\s+(?:the|a|an|his|her|their|its)|before\s+(?:the|a|an)|"
    r"as\s+(?:he|she|they)\s)\b"
)
_PREPOSITIONS_IN_ING = frozenset("during following regarding concerning including".split())


_WHEN_OR_HOW_CLOSING = re.compile(
    r"\s+(?:(?:late|early)\s+)?(?:"
    rf"(?:on|by)\s+{_TIME_WORD.pattern}(?:\s+\d{{1,2}})?(?:\s+(?:night|morning|afternoon|evening))?"
    r"|in\s+a\s+(?:written\s+)?(?:statement|press\s+release|briefing|post|tweet)|on\s+its\s+website"
    r"|yesterday|today|tonight|last\s+(?:week|night)|this\s+week)[\s.!?”\"’]*"
)


def _inverted_speaker(raw: str, after_quote: bool, to_end: bool, named_after: bool = False) -> bool:
    """Does ", said X ..." name X as who said it, not open a clause ("said Lee had left")?

    X starts with a name, a number or a determiner; no word of it reads as a verb, and after a
    name a lowercase word must be a role ("one GOP source"), never "Lee wants". X opening with
    "the"/"one" is the speaker only after a quotation or at the sentence's end (", said the event
    brought back memories": the subject is before the comma)."""
    if raw.startswith("that ") or _TIME_WORD.match(raw):
        return False
    if re.fullmatch(r"[\d.,]+", raw.strip(' .!?”"’')):
        return False  # "said 45,000 people had taken part": a figure opening what was said, never who said it
    first = raw.split(" ", 1)[0]
    # '“...,” said its director general, Priya Shah': after a quotation a possessive opens the speaker's role
    determiners = _LOWER_DETERMINERS | _POSSESSIVES if after_quote else _LOWER_DETERMINERS
    if first in _LOWER_DETERMINERS and not (after_quote or to_end):
        return False
    bare = raw.rstrip(' .!?”"’').split()
    if (
        to_end
        and 1 <= len(bare) <= 3
        and all(w.isalpha() and w.islower() for w in bare)
        and (bare[-1] in ROLE_HEADS or people_plural(bare[-1]))
        and not any(w in _CUE_WORDS or w in _VERB_LIKE for w in bare)
    ):
        return True  # "..., warned council officials.", "..., said local residents.": a party closing the sentence
    # '“...,” said his campaign manager Tom Lee'; not a possessor ('“Today,” suggested host Ann Lee’s refusal')
    role_then_name = after_quote and bool(_ROLES_THEN_NAME.match(raw)) and not _POSSESSIVE_S.search(raw)
    if first[:1].islower() and first not in determiners and not (_ROLE_BEFORE_NAME.match(raw) or role_then_name):
        return False  # "said talks in Geneva had failed": no role word before a name
    np = _clean(re.sub(r"\s*\([^)]*\)?", "", raw))
    if not np:
        return False
    if INFORMED_PEOPLE.match(np):
        return True  # ", said a person familiar with the plans", "said two officials briefed on the talks"
    words = np.split()
    head_is_agent = words[-1] in ROLE_HEADS or bool(_AGENT_PLURAL.fullmatch(words[-1])) or _agent_noun(words[-1])
    if words[0] in determiners and (
        len(words) == 1
        or not (
            after_quote
            or named_after
            or words[-1][:1].isupper()
            or words[-1] in ROLE_HEADS
            or _AGENT_PLURAL.fullmatch(words[-1])
            # "..., said the port authority.": the body closes the sentence
            or (
                to_end
                and (words[-1] in _AGENT_NOUNS or words[-1] in _BODY_NOUNS)
                and (
                    raw.split()[-1].strip('.!?”"’') == words[-1]
                    # "..., said the ministry on Sunday.", "..., said the agency in a statement.": only when
                    # and how it was said follow the body
                    or (raw.startswith(np) and bool(_WHEN_OR_HOW_CLOSING.fullmatch(raw, len(np))))
                )
            )
        )
    ):
        return False  # ", noted the rule in the interview": what was noted, not who
    previous_capital = named = False
    previous = ""
    for previous, word in zip(["", *words], words):
        if word[:1].isupper() or word[:1].isdigit():
            previous_capital = named = True
            continue
        if word in determiners or word in _LIST_NAME_PARTICLES or word in _PREPOSITIONS_IN_ING:
            continue
        if word == "others" and previous == "and":
            previous_capital = False
            continue  # '“...,” said Ann Lee and others': she and those with her, not a verb after her name
        if role_then_name and not named and word.endswith(("ed", "ing")):
            continue  # '“...,” said undecided voter Ann Lee': the role's adjectives, before the name
        if (
            word.endswith(("n't", "n’t"))
            or word in _CUE_WORDS
            or word in _VERB_LIKE
            or (
                word.endswith(("ed", "ing"))
                and word not in ROLE_HEADS
                and not (after_quote and to_end and head_is_agent and word != words[-1])
            )
        ):  # "said one unaligned shipping agent." after a quotation: adjectives before the agent
            return False
        if previous_capital and word.endswith("s") and not (word in ROLE_HEADS or _AGENT_PLURAL.fullmatch(word)):
            return False
        previous_capital = False
    return True


# A comma between clauses and appositives, not one inside a figure ("who farms 1,200 acres with his daughter, Jenna,").
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


# A party of people and the clause that says which of them, opening the sentence before its cue ("Voters who back
# her opponents say", "Those who knew him said", "Hawkins and others who want a ban said").
_PARTY_WHO_CLAUSE = re.compile(
    # ("Current and former officials who": two describing words joined)
    # ("One of the nurses who", "Some of his aides who": a part of a party of people)
    r"\W*(?:(?:But|And|Yet|Still)\s+)?(?P<np>(?:[Tt]hose|(?:(?:[Oo]ne|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Tt]wo|[Tt]hree|"
    r"[Aa]ll|[Bb]oth|[Ee]ach|[Nn]one)\s+of\s+(?:the|his|her|their|its)\s+)?(?:(?:[Tt]he|[Mm]any|[Ss]ome|[Mm]ost|[Aa]ll)\s+)?"
    r"(?:[A-Za-z][a-z-]+\s+(?:and|or)\s+[a-z][a-z-]+\s+|[a-z-]+\s+)?"
    r"(?P<head>[A-Za-z][a-z-]*s)|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+and\s+others)\s+who\s+"
    r"(?P<clause>[^,;:“”\"()]{3,80}?))\s*"
)
_SPEECH_IN_CLAUSE = re.compile(r"\b(?:say|says|said|told|tell|tells|who|that|which)\b")
# A verb of belief or knowing closing a relative clause on a bare noun phrase ("who think the mayor", "who believe the
# council"): the cue after it is that noun phrase's, inside what they believe ("who think the levy is unfair" has its
# own verb, and "who know him" an object).
_HELD_OF_ANOTHER = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {
                f
                for verb in ("believe", "think", "suspect", "know", "fear", "expect", "assume")
                for f in (verb, *cues.forms(verb))
            }
        )
    )
    + r")\s+(?!(?:him|her|them|me|us|you|it|so|to|of|about|for|in|on|that)\b)(?:the|a|an|his|her|their|its|[A-Z]\w*)\b"
    r"(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did)\b)[\w’'-]+){0,3}\s*$"
)


# What someone ought to do, in the writer's view ("needs to", "has to", "must", "should"): no statement of theirs.
# A clause of its own joined to the sentence's first ("..., and suddenly a developer comes in and wants"): the verb
# after it is that clause's subject's.
_ANOTHER_CLAUSE = re.compile(
    r"[,;]\s+(?:and|but|while|as|when|so|yet)\s+(?:(?:then|suddenly|now|later|soon)\s+)?"
    r"(?:(?:the|a|an|his|her|their|its|he|she|they|it|we|this|that|these|those|some|many|most|other)\b|[A-Z])"
)
# What ends the words before a second verb of the sentence's subject: "and", "but" ("and then", "but later"), ", then".
_SECOND_VERB = re.compile(r"(?:^|[^,]),?\s+(?:and|but)(?:\s+(?:then|later|also|again|finally|quickly|eventually))?$")
_THEN_AFTER_COMMA = re.compile(r"[^,\s],\s+then$")
_OBLIGED = re.compile(r"\b(?:needs?|needed|has|have|had|ought)\s+to\b|\b(?:must|should)\b")
_PAST_CUE_WORDS = frozenset("said told wrote thought felt knew saw put".split())


# Something shared on social media or online, with no author named ("A post shared on Facebook", "a video posted
# online", "a clip circulating on X", "A post on Facebook"): the item as written speaks, never the platform it is on
# (the platform only carries it) and never a name inside it. Not "a post by the mayor" (its author speaks).
# What is shared online and may say something ("a post", "a video", "screenshots"): one list for the patterns below.
_SHARED_NOUNS = r"posts?|videos?|clips?|tweets?|memes?|images?|photos?|pictures?|graphics?|screenshots?|messages?|reels?|livestreams?|threads?"
SHARED_ITEM = re.compile(
    r"(?:(?:an?|the|this|that|one|another)\s+)?(?:(?:viral|widely\s+shared|anonymous|recent|new|fake|false|doctored|"
    r"edited|old)\s+)*"
    r"(?P<item>" + _SHARED_NOUNS + r"|chain\s+letters?|leaflets?|flyers?)"
    r"\s+(?:(?:that|which)\s+(?:was|were|has\s+been|have\s+been|is|are)\s+)?(?:(?:widely|also|first|since|now|"
    r"later|being)\s+)*"
    r"(?:shared|posted|circulated|circulating|uploaded|viewed|spread|spreading|going\s+viral|that\s+went\s+viral|"
    r"online|on\s+(?:social\s+media|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))\b(?:(?!\bby\s)[^,;:])*",
    re.IGNORECASE,
)
# ... before the cue, opening the sentence or a clause ('A post shared on Facebook claims', '..., but a video posted
# online claims'): the item as written (the time-like 'on Facebook' would be cut as a time, 'posted' read as a cue).
_ALL_TOLD = re.compile(r"(?:^|[,;:(—–]\s*)\W*[Aa]ll\s+told\s*[,.;:)—–]")
_PASSIVE_FIGURE_VERBS = frozenset("expected estimated predicted forecast projected anticipated".split())
_TIME_AFTER = re.compile(
    r"\s+(?:this|next|last|by|in|over|within)\s+(?:year|month|week|decade|season|summer|winter|\d{4})\b"
    r"(?!\s*(?:,|that\b|to\b|and\b))"  # ("predicted last year, and again in May, that ...": a view told after it)
)
_COUNTED_NOUN_BEFORE = re.compile(r"\d[\d,.]*\s+(?:[a-z-]+\s+)?[a-z-]+s\s+$")
_SHARED_HINT = re.compile(r"\b(?i:" + _SHARED_NOUNS + r"|letters?|leaflets?|flyers?)\b")
# A participle of sharing right after such an item ("A video posted online claims"): inside its noun phrase, no cue.
_SHARED_ITEM_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?(?i:" + _SHARED_NOUNS + r")\s+$"
)
_SHARED_ITEM_LEFT = re.compile(
    r"(?:^|(?<=[,;:—–]\s)|(?<=\b(?:and|but)\s))\s*(?P<np>" + SHARED_ITEM.pattern + r")\s*$", re.IGNORECASE
)


# A party named by a quantifier alone after the boundary of a clause that another party's words fill: "Some say ...,
# but others say", "...; others say", "... – many say".
# (after a plain comma, only when a party's words come before it: "While some friends say ..., others say"; not "In
# interviews, several threatened")
_QUANTIFIER_AFTER_BOUNDARY = re.compile(
    r"(?:(?P<joint>[;–—]|,\s+(?:but|and|while|whereas|yet))|,)\s+(?P<np>(?:still\s+)?(?:others|many|most|several|few))$"
)
_OTHER_PARTY_SAYS = re.compile(
    r"\b(?:says?|said|argued?|argues|insist(?:s|ed)?|claim(?:s|ed)?|believed?|believes|think|thinks|thought|"
    r"contend(?:s|ed)?|suggest(?:s|ed)?|expressed|warn(?:s|ed)?)\b"
)
_CUE_THEN_COMMA = re.compile(r"\s*[a-z]+,")


def _np_left(masked: str, end: int) -> str | None:
    start = max(0, end - _LEFT_WINDOW)
    left = masked[start:end].rstrip()
    if start > 0:
        left = " " + left.split(" ", 1)[-1]  # do not begin inside a word
    if _SHARED_HINT.search(left):
        shared = _SHARED_ITEM_LEFT.search(masked, 0, end)
        if shared and not _VERB.search(shared.group("np").split(None, 2)[-1].split(None, 1)[-1]):
            return shared.group("np").strip()  # "A post shared on Facebook claims": the post, as written
    then_after_comma = _THEN_AFTER_COMMA.search(left)  # (before "then" goes with the adverbs)
    left = _unhelped(left)
    left = _ACRONYM_PAREN.sub(lambda m: " " * len(m.group(0)), left)
    party_who = _PARTY_WHO_CLAUSE.fullmatch(left) if start == 0 and " who " in left else None
    if (
        party_who
        and (party_who.group("head") is None or people_plural(party_who.group("head").lower()))
        and not _SPEECH_IN_CLAUSE.search(party_who.group("clause"))
    ):
        if _HELD_OF_ANOTHER.search(party_who.group("clause")):
            return None  # "Voters who think the mayor said": the mayor's words, which the voters only think of
        return party_who.group("np")  # "Voters who back her opponents say", "Those who knew him said": they say it
    relative = _RELATIVE_SUBJECT.search(left)
    if relative:
        # "... met Ann Lee, the port's director, who said": the person the clause describes speaks.
        chunks = _COMMA.split(left[: relative.start()])
        if len(chunks) > 1 and not _TRAILING_NAME.search(chunks[-1].rstrip()) and _ASIDE.match(chunks[-1].strip()):
            chunks.pop()  # the appositive between the name and "who"
        name = _TRAILING_NAME.search(chunks[-1].rstrip())
        people = _people_before_who(chunks[-1].rstrip() + " who")
        if name is None and people:
            return people  # "business leaders, who say": a party of people
        if (
            name is None
            or _LOCATIVE_BEFORE.search(chunks[-1], 0, name.start())
            or re.fullmatch(r"[A-Z][a-z]+(?:ic|ese|ish|ican|ian)", name.group(0))
        ):
            return None  # "Democrats on Capitol Hill, who", "a Hispanic, man or woman, who": nobody named
        return _np_from(" " + name.group(0))
    people = _people_before_who(left)
    if people:
        return people  # "Republicans who say the law is a money pit": they say it
    if left.endswith(" which"):
        body = _BODY_BEFORE_WHICH.search(left) or _NAMED_BODY_WHICH.search(left)
        np = _np_from(" " + body.group("np")) if body else None
        head = np.split()[-1] if np else ""
        if np and (_agent_noun(head.lower()) or (head.isupper() and len(head) > 1)):
            return np  # "the Saudi government, which has denied", "the NRA, which": a body speaks through "which"
    if (_SECOND_VERB.search(left) or then_after_comma) and start == 0:
        # "Ann Lee toured the port on Monday, and said ...", "Lee offered him a job, then said": a second verb of the
        # sentence's subject.
        word_after = re.match(r"\s*([a-z]+)", masked[end:])
        cue_word = word_after.group(1) if word_after else ""
        if _OBLIGED.search(masked, 0, end) and not (cue_word.endswith(("ed", "s")) or cue_word in _PAST_CUE_WORDS):
            return None  # "Lee needs to sell herself and tell more jokes": what she ought to say, not what she said
        opening = _SENTENCE_SUBJECT.match(masked)
        if opening and not _VERB.search(opening.group("np")):
            return opening.group("np")
        # "In an interview, the senator criticized the plan and said ...", "He laughed and said": the main subject.
        main = _MAIN_SUBJECT.match(masked, 0, end)
        if main is None or main.group("verb") in _NOT_ACTS:
            return None
        if _ANOTHER_CLAUSE.search(
            masked, main.end(), max(masked.rfind(" and ", 0, end), masked.rfind(" but ", 0, end))
        ):
            return (
                None  # "Buyers paid a premium, and then a developer comes in and wants ...": another clause's subject
            )
        if main.group("aside") and not _FUNCTION_WORDS.isdisjoint(
            _LEADING_CONJUNCTION.sub("", main.group("np")).lower().split()
        ):
            return None  # "But even after Lee, a senator, agreed and said": a clause's subject, not the sentence's
        np = _AUX.sub("", main.group("np"))  # "The council on Friday": the council
        first = np.split()[0]
        if " " not in np and first.lower() in _LOWER_DETERMINERS | {"the", "this", "that"}:
            return None  # "The unreleased video ... and called for": no subject found
        if first.lower() in ("he", "she", "they", "it", "we", "i"):
            return first.lower() if " " not in np else None  # "he referred to critics as": no subject phrase
        return None if re.search(r"\s[a-z]{3,}ed\s", np) else _np_from(" " + np)
    if not (left.endswith(",") or re.search(r",\s*[”\"’]$", left)):
        others = _QUANTIFIER_AFTER_BOUNDARY.search(left)
        if others and (
            others.group("joint")
            or _OTHER_PARTY_SAYS.search(masked, 0, end - len(left) + others.start())
            or _CUE_THEN_COMMA.match(masked, end)  # "That attitude, many argue, could ...": an aside of saying
        ):
            return others.group("np")  # "Some friends say he was happy, but others say ...": the second party
        return _np_from(left) or _trailing_people(left)
    # "X, speaking on condition of anonymity, said" / "X, the head of Y, posted":
    # walk back over appositive chunks to the subject.
    inner = left.rstrip(',”"’ ')
    chunks = _COMMA.split(inner)
    if len(chunks) < 2:
        # "Sen. Jack Reed (D-R.I.), said": a stray comma after a name and its party
        return _np_from(inner) if _TRAILING_NAME.fullmatch(inner.strip()) else None
    asides: list[str] = []
    subject = None
    town_before = False  # the chunk before a state ends with its town ("a nurse in Ashton", then ", Md.,")
    for i in range(len(chunks) - 1, -1, -1):
        chunk = _PLACE_BEFORE.sub("", chunks[i]) if town_before else chunks[i]
        # 'Jana Marsh, author of "The Quiet Border," a history of ...,': a comma inside a quoted title's closing
        # mark ends the chunk before it, and the mark opens this one
        after_title = i > 0 and bool(
            _TITLE_QUOTED_LAST.search(chunks[i - 1])
            or (i > 1 and _QUOTED_TITLE_CHUNK.fullmatch(chunks[i - 1].strip()))  # ', "The Apprentice," who'
        )
        text = chunk.strip().lstrip('”"’ ') if after_title else chunk.strip()
        if not text and i > 0:
            town_before = False
            continue  # ", of Ashton, Md.,": the town and its state, an aside whole
        # "who lives in Ashton, Md.,", "who was to travel to Columbus, Ohio,": the state of a town named before
        town_before = i > 0 and bool(_PLACE_BEFORE.search(chunks[i - 1])) and a_state_or_country(text)
        place_or_age = i > 0 and (
            _AGE_ASIDE.fullmatch(text) or re.match(r"(?:of|in|from)\s", chunks[i - 1].strip()) or town_before
        )
        # (not a phrase whose verb is its noun's relative clause: "in a plan that has angered cyclists")
        clause = (
            not _RELATIVE_OR_DETERMINER.match(text)
            and bool(_AUXILIARY.search(text))
            and not _PHRASE_WITH_RELATIVE.fullmatch(text)
        )
        # '..., a contestant on the show, "The Apprentice," who ...': a quoted title standing alone in the appositive
        title = i > 0 and bool(_QUOTED_TITLE_CHUNK.fullmatch(text))
        # "Colm Regan, Islink's managing director, said": a body's role after a person's name describes the person
        owners_role = (
            i > 0 and bool(_OWNERS_ROLE.fullmatch(text)) and bool(_PERSON_NAME_CHUNK.fullmatch(chunks[i - 1].strip()))
        )
        # "The company, Europe's fourth-largest steelmaker, blamed": a description of the subject before it
        described = i > 0 and bool(_POSSESSED_DESCRIPTION.fullmatch(text))
        # "Hollis, who has the backing of the party chairman, Mike Dunn, said": the name ends the relative clause, also
        # one inside an appositive ("Ann Lee, the leader who lost the run-off to the incumbent, Tom Marsh, said")
        in_relative = (
            i > 1
            and bool(
                re.match(r"\s*(?:who|which|whose)\s", chunks[i - 1])
                # a clause after the appositive's noun, its subject the noun ("the leader who lost"; not "-- which
                # Apple's chief executive, Tim Cook, called": the name is the clause's subject)
                or re.search(r"[a-z]\s+(?:who|which)\s+[a-z]", chunks[i - 1])
            )
            and bool(_TRAILING_NAME.fullmatch(text))
            and chunks[i - 1].rstrip()[-1:].islower()
        )
        described = described or in_relative
        if (
            (_ASIDE.match(text) or place_or_age or _PARTY_LABEL.fullmatch(text) or title or owners_role or described)
            and i > 0
            and not _after_boundary(chunk)
            and not clause
        ):
            asides.append(text)  # "Ann Lee, 59, of Ashton, Md., who ..., said": age, home town and state are asides
            continue
        subject = _np_from(chunk)
        if subject is None and asides:
            # "the last thing Representative Ann Lee, a Democrat, wants": the name the appositive describes (not a
            # place a longer subject ends in: "Families of those killed in the fire at Merrow School, in Dunham,")
            name = _TRAILING_NAME.search(chunk.rstrip())
            if (
                name
                and re.search(r"[a-z]\s+$", chunk[: name.start()])
                and not _PLACE_WORD_LAST.search(chunk[: name.start()])
            ):
                subject = _np_from(" " + name.group(0))
        break
    # ("The firm, a unit of Hanse Group, said": the parent the aside names is not who speaks)
    named_aside = next(
        (a for a in asides if re.match(r"(?:the|a|an)\s", a) and _has_name(a) and not _PART_OF.match(a)), None
    )
    if subject and (_has_name(subject) or _surname_like(subject)):
        return (
            subject  # ("Tom Chapman, a professor at Harvard University, said": Tom Chapman, whatever his name ends in)
        )
    if named_aside:
        return _np_from(" " + named_aside)
    if (subject is None or i == 0) and len(asides) >= 2:
        # "Fighting went on, officials in the capital of Marlow, about 200 km from the border, said": a party of
        # people after the content, its own aside after it
        party = _np_from(" " + asides[-1])
        head = _HEAD_END.split(party, maxsplit=1)[0].split()[-1] if party else ""
        if head and (people_plural(head) or head in ROLE_HEADS) and not _AUXILIARY.search(asides[-1]):
            return party
    return subject


# A prepositional phrase whose noun a relative clause describes, an aside between a subject and its cue ("The
# department, in a plan that has angered cyclists, has said"); its verb is the clause's, not the sentence's.
_PHRASE_WITH_RELATIVE = re.compile(
    r"(?:in|as\s+part\s+of|with|under|amid|despite|after|during)\s+(?:a|an|the|its|his|her|their)\s+"
    r"(?:[\w’'-]+\s+){0,8}?(?:that|which|who)\s[^,;:“”\"]{3,100}"
)
# An age or a share between commas ("Ann Lee, 59, said", "Tom Marsh, 35 years old,", "A third of voters, 33%, say"), not
# a clause opening with a count ("..., 20 analysts listened while Ann Lee, the former secretary, said").
_AGE_ASIDE = re.compile(r"\d[\d.,]*(?:\s*(?:%|percent|per\s+cent|years?\s+old))?")
_POSSESSED_DESCRIPTION = re.compile(
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}[’']s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
)
_PART_OF = re.compile(
    r"(?:the|a|an)\s+(?:[\w-]+\s+)?(?:unit|subsidiary|division|part|member|arm|affiliate|branch|offshoot|client|"
    r"supplier|rival|partner|customer)\s+of\s"
)
# A chunk ending in a quoted title after its own words ('author of "xxx xxxxx'), not a quotation opening the sentence.
_QUOTED_TITLE_CHUNK = re.compile(r"[“\"]x[x\s]*")
_TITLE_QUOTED_LAST = re.compile(r"[a-z]\s+[“\"]x[x\s]*$")
_PLACE_BEFORE = re.compile(r"\b(?:in|of|from|near|at|to|outside)\s+(?:[A-Z][\w.’'-]*\s*){1,3}$")
_PLACE_WORD_LAST = re.compile(r"\b(?:in|at|from|near|outside|inside|to|on|of)\s+(?:the\s+)?$")
# A party and a state after a name, between commas ("Sen. Ann Lee, D-Ore., said", "Tom Marsh, Republican of Ohio,"): an
# aside.
_PARTY_LABEL = re.compile(
    r"[RDI]-[A-Z][A-Za-z.]*|(?:a\s+)?(?:Democrat|Republican|Independent)\s+(?:of|from)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}"
)  # "Ann Lee, Democrat of California, said"
# "Md.", "Pa.", "N.Y.", "D.C.": a state's abbreviation (not a title: "Jr.", "Sen.").
_STATE_ABBREVIATION = re.compile(
    r"(?!(?:Jr|Sr|Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|St|Lt|Col|Sgt|Prof|Rev|Co|Corp|Inc|Ltd)\.)(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\."
)


def a_state_or_country(text: str) -> bool:
    """Is the chunk a state or a country (a place of the gazetteer, or a state's abbreviation)?"""
    from corpus.extract.entities import gazetteer  # only here: few sentences come this far

    name = gazetteer().canonical(text)
    return bool(_STATE_ABBREVIATION.fullmatch(text)) or (
        name is not None and gazetteer().entities[name].type in ("place", "country")
    )


# "... the $5 million analysts say it takes", "Those close to him say": people right before the cue, after words
# that are no subject of it. Not after a verb that makes them its object ("heard residents say").
_TRAILING_PEOPLE = re.compile(
    r"(?:^|(?<![\w’'-])(?<!\bto)(?<!\blet)(?<!\bhelp)(?<!\bmake)(?<!\bmade)(?<!\bhear)(?<!\bheard)(?<!\bsee)(?<!\bsaw)"
    r"(?<!\bwatch)(?<!\bwatched)(?<!\bhave)(?<!\bhad))\s*"
    r"(?P<np>(?:(?:[Tt]hose|[Pp]eople) close to (?:him|her|them|the [a-z]+|[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+)*))"
    r"|(?:(?:some|many|most|several|other|all|both|few|top|senior|independent|outside)\s+)*(?:[a-z-]+\s+)?(?P<head>[a-z]+))$"
)


def _trailing_people(left: str) -> str | None:
    m = _TRAILING_PEOPLE.search(left.rstrip())
    if m is None or (m.group("head") and not people_plural(m.group("head"))):
        return None
    before = left[: m.start("np")].split()[-1:]
    if re.search(r"\b(?:who|that|which)\s+(?:[\w’'-]+\s+){0,2}$", left[: m.start("np")]):
        return None  # "executives who run news organizations say": the object of a relative clause's verb
    if before and before[0].lower() in _NOT_BEFORE_TRAILING_PEOPLE:
        # "Neither the firm nor its owners confirmed": a coordinated subject, read whole or not at all;
        # "a study published by port economists shows": the people are a phrase's object, not the subject
        return None
    words = m.group("np").split()
    if words[0] in ("million", "billion", "trillion", "thousand", "hundred", "percent"):
        words = words[1:]  # "the $5 million analysts say": the number counts something else
    if words[0].lower() == "why" and len(words) > 1:
        words = words[1:]  # "That is why critics say": the critics say it
    if words[0].lower() in _VERB_LIKE or words[0].lower() in _NOT_ADJECTIVES:
        return None  # "in which companies seek": a clause's own subject, read by the clause rules
    if (len(words) > 1 and words[0].lower() in _CAUSATIVE_VERBS) or (before and before[0].lower() in _CAUSATIVE_VERBS):
        return None  # "The maps may help planners decide": the people are what the maps may help, no one speaks
    return " ".join(words)


# "The tool helps small firms (estimate)", "The law lets tenants (choose)": a finite verb whose object does the next
# verb, inside what would be the subject
_HELPS_SOMEONE = re.compile(r"\s(?:helps|helped|lets)\s+\S")
# A verb whose object does the next verb ("help planners decide", "let residents choose"): never part of a subject.
_CAUSATIVE_VERBS = frozenset("help helps helped let lets make makes made hear heard see saw watch watched".split())


_NOT_BEFORE_TRAILING_PEOPLE = frozenset(
    "nor or and neither not no but by of for from with to at in on about among against between like than".split()
)
_NOT_ADJECTIVES = frozenset(
    "which that who whom whose where when in of for to and or but if as by with from on at than like unlike including "
    "among against about toward towards what how whether whatever".split()
)


_RELATIVE_OR_DETERMINER = re.compile(r"(?:the|a|an|which|who|whose|speaking|described|citing|according)\b")


# People a relative clause describes: "security experts who say", "Republicans who say".
_WHO_END = re.compile(r"\s+who$")
_BODY_BEFORE_WHICH = re.compile(
    r"(?P<np>(?:(?:the|its|their)\s+)?(?:[A-Z][\w’'.&-]*\s+){0,5}[A-Z][\w’'.&-]*|(?:the|its|their)\s+(?:[\w’'-]+\s+){0,3}"
    r"[a-z]+),\s+which$"
)
# "the Chicago Police Department which reported": a named body, with no comma before "which".
_NAMED_BODY_WHICH = re.compile(r"(?P<np>(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){0,5}[A-Z][\w’'.&-]*)\s+which$")
_PEOPLE_DETERMINERS = frozenset("the some many most other several all those these both".split())


def _people_before_who(left: str) -> str | None:
    """The people a trailing "who" describes: a plural head and up to two words before it, none a function word."""
    end = _WHO_END.search(left)
    if end is None:
        return None
    words = left[: end.start()].split()
    if not words:
        return None
    head = words[-1].strip(",")
    if not (people_plural(head) or head.lower() in ROLE_HEADS) or head.lower() in _NOT_A_PEOPLE_HEAD:
        return None
    taken = [head]
    for word in reversed(words[-3:-1]):
        lower = word.lower()
        if (
            word.endswith(",")
            or lower in _NOT_ADJECTIVES
            or lower in _VERB_LIKE
            or lower in _OPENING_WORDS
            or lower in ("been", "being", "be")
            or lower.endswith("ing")
            or (lower.endswith("ed") and lower not in ROLE_HEADS)
            or lower in _PAST_VERBS
        ):
            break  # "echoing security experts who", "met traders who": a verb is no part of them
        taken.insert(0, word)
        if lower in _PEOPLE_DETERMINERS:
            break
    return " ".join(taken)


# Past tenses that take people as their object ("The mayor met traders who said").
_PAST_VERBS = frozenset("met saw heard told led left took made gave found sent won lost brought thanked joined".split())
_NOT_A_PEOPLE_HEAD = frozenset("people those others".split())


def _after_boundary(chunk: str) -> bool:
    return bool(re.search(r"[”\"]\s*[A-Z][^”\"]*$", chunk))


def _surname_like(phrase: str) -> bool:
    """Is a subject standing before its appositive a person's name that ``_has_name`` would take for a people's ("Tom
    Chapman", "Sarah Jordan", "Mr. Sullivan", a lone "Chapman": a surname ending as a demonym does, in "-an")? Not a
    plural ("Americans"), nor a word after a determiner or a number ("Many Americans", "the Indonesian")."""
    words = phrase.strip().split()
    if not words or not words[-1][:1].isupper() or not words[-1][1:].islower() or not words[-1].endswith("an"):
        return False
    return len(words) == 1 or (
        words[-2][:1].isupper()
        and words[-2].lower() not in ("the", "a", "an", "many", "some", "most", "two", "three", "several", "other")
    )


def _has_name(phrase: str) -> bool:
    """Is the phrase's head a proper name ("the Kremlin Snuffbox", not "a Russian channel")?"""
    words = phrase.strip().split()
    if not words or not words[-1][:1].isupper():
        return False
    if not words[-1].endswith(("an", "ans", "ese", "ish")):
        return True
    # a word with a nationality's ending is a name after another capitalised word, unless it is a nationality
    # ("Ewan Strachan", "Megan Duncan"; not "a Russian", "the South African")
    last = words[-1].rstrip(",.")
    pair = f"{words[-2]} {last}" if len(words) > 1 else last
    return (
        len(words) > 1
        and words[-2][:1].isupper()
        and not any(is_nationality(w) or is_nationality(w.removesuffix("s")) for w in (last, pair))
    )


# "That official said", "This person said", "Those officials say": a party named before, pointed back to; and a text
# told of before ("That report said", "This letter warned", "These figures show").
_DEMONSTRATIVE_PARTY = re.compile(
    r"(?:That|This|These|Those|that|this|these|those)\s+(?:[a-z-]+\s+)?(?:official|officials|person|people|source|sources|"
    r"aide|aides|diplomat|diplomats|spokesman|spokeswoman|spokesperson|executive|executives|lawmaker|lawmakers|"
    r"analyst|analysts|economist|economists|witness|witnesses|resident|residents|"
    r"reports?|stud(?:y|ies)|surveys?|polls?|analys[ie]s|reviews?|audits?|statements?|letters?|memos?|documents?|"
    r"assessments?|papers|filings?|figures|data|records|emails|complaints?|lawsuits?|rulings?)"
)
# Words a span of time after them belongs to ("the employee of nearly four years", "the first two days").
_TIME_TAKERS = frozenset(
    "the first last next past those these of for in after within over with by to than nearly about just only some "
    "almost".split()
)


def _without_time_ago(np: str) -> str:
    """``np`` less a span of time closing it that tells when its subject spoke ("The ministry two days later")."""
    time = _TRAILING_TIME_AGO.search(np)
    if time is None or np[: time.start()].rsplit(" ", 1)[-1].lower() in _TIME_TAKERS:
        return np
    return np[: time.start()]


# A plural party and a participle saying how it stands to what is told: "Experts not involved in the study",
# "Scientists independent of the company", "Doctors involved in the trial".
_UNINVOLVED = re.compile(
    r"(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]{3,}s\s+(?:not\s+)?(?:directly\s+)?(?:involved|independent)"
    r"(?:\s+(?:in|with|of)\s+(?:the|this|that|their|its)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)?"
)


# A determiner and the adjectives a report's noun takes, no noun: before a cue word that is that noun ("The new
# estimate ranges from ...", "The latest report shows ...").
_DETERMINER_AND_ADJECTIVE = re.compile(
    r"(?i:the|a|an|its|their|this|that)\s+(?:(?:new|latest|revised|updated|initial|preliminary|final|earlier|previous|"
    r"original|current|fresh|recent|higher|lower)\s*)+"
)


def _np_from(left: str) -> str | None:
    boundary = _LAST_BOUNDARY.search(left)
    cut = boundary.start() if boundary else -1
    np = left[cut + 1 :]
    m = _LAST_CLAUSE_WORD.search(np)
    if m is not None:
        np = np[m.end() :]
        first_word = np.split(" ", 1)[0]
        if (
            m.group().startswith("who")
            and first_word.islower()
            and not first_word.endswith("s")
            and first_word not in _SUBJECT_OPENERS
            and first_word not in ROLE_HEADS
            and _PLACE_NAMED_LAST.search(np.rstrip())
        ):
            return None  # "relatives of those who died in the fire at Merrow House": the clause's verb, no subject
    np = _LEADING_CONJUNCTION.sub("", np).strip()
    whose = _WHOSE_THING.match(np)
    if whose:
        np = np[whose.end() :]
        if np in ("it", "he", "she", "they", "we"):
            return np
    if _YEAR_THEN_AND.match(np):
        return None
    if np.split(" ", 1)[0] in _SUBORDINATORS:
        np = _LEADING_SUBORDINATOR.sub("", np)  # "While many Republicans continued to affirm": the clause's subject
    np = _without_time_ago(np)  # "The ministry less than two weeks ago said": when, not who
    np = _TRAILING_ADVERB.sub("", np)  # "Clinton apparently thinks": the adverb is not part of the subject
    np = _TRAILING_QUANTIFIER.sub("", np)  # "The board and the union both say": both of them
    pronoun = _SUBJECT_PRONOUN_LAST.search(np)
    if pronoun and pronoun.start() > 0:
        return pronoun.group(
            1
        ).lower()  # "In an interview with the network on Monday he blasted ...": the pronoun speaks
    if np.endswith(" it") and _OPENING_THEN_IT.fullmatch(np) and not _VERB.search(np):
        return "it"  # "In September it had forecast a deficit of 3.1%": the body spoken of before
    if " and " in np and cut >= 0 and left[cut] == ",":
        np = _extend_list(left[: cut + 1], np)
    if np.split(" ", 1)[0].lower() in _OPENING_PREPOSITIONS:
        np = _subject_after_opening(np) or np
    if _respondents(np):
        return np  # "those surveyed", "61 percent of those polled": a poll's respondents
    if _UNINVOLVED.fullmatch(np):
        return np  # "Experts not involved in the research", "Doctors involved in the trial": who they are
    if (
        not np
        or len(np.split()) > 12
        or (_BAD_NP_START.match(np) and not _DEMONSTRATIVE_PARTY.fullmatch(np))
        or _BAD_NP_END.search(np)
        or "x" * 3 in np
        or _RELATIVE_END.search(np)  # "the people in the workforce who": a clause, read by its own rule
    ):
        return None
    if np.lower() in _SENTENCE_ADVERBS:
        return None  # "Earlier reports had put the toll at 14": an adverb, not who reports
    if _DETERMINER_AND_ADJECTIVE.fullmatch(np):
        return None  # "The new estimate ranges from $4.3bn": the cue word is the noun, nobody estimates
    participle = _TRAILING_PARTICIPLE.search(np)
    if participle and participle.group(1)[:1].islower():
        np = np[: participle.end(1)]  # "A state audit released last year found": the audit, released
    if (
        not np
        or _NOT_A_SUBJECT.search(np)
        or (" " not in np and (np.lower() in _FUNCTION_WORDS or _participle_word(np)))
        or _HELPS_SOMEONE.search(np)
    ):
        return None  # "They're more detailed", "Mr. Obama scrutinized reports", "Having said that": no subject here
    if _AUXILIARY.search(np) or (
        _VERB.search(np)
        and any(
            not (
                (
                    v.group() in _NOUN_LIKE
                    and v.group().endswith("s")
                    and (
                        _QUANTIFIER_BEFORE.search(np, 0, v.start())
                        or _NUMERAL_BEFORE.search(np, 0, v.start())
                        or np[: v.start()].endswith(("the ", "these ", "those ", "member "))
                    )
                )
                # "A report posted by the ministry": a participle with its agent, inside the noun phrase
                or (
                    v.group().endswith("ed")
                    and _BY_AGENT.match(np, v.end())
                    and _OPENING_NOUN.fullmatch(np, 0, v.start())
                )
            )
            for v in _VERB.finditer(np)
        )
    ):
        return None  # a verb inside: a clause, not a noun phrase (but "in all five states", "the reports" are nouns)
    last = np.split()[-1].lower()
    first = np.split()[0].lower()
    if not (
        np[:1].isupper()
        or _DETERMINER_START.match(np)
        or last in ROLE_HEADS
        or _AGENT_PLURAL.fullmatch(last)
        or (" and " in np and _AGENT_PLURAL.fullmatch(first))  # "residents and a local rescue group"
        or np in ("he", "she", "they", "it", "we", "i")
        or _SHARE_OF_PEOPLE.match(np)  # "63 percent said": a poll's respondents
        or _PART_OF_A_GROUP.fullmatch(np)  # "(On Monday,) most of them said": some of the people spoken of
        or _people_head(np)  # "lawyers for the family", "officials from both parties"
        or _NAMED_TAIL.search(np)
        or PARTICLE_SURNAME.fullmatch(np)  # "..., de Blasio said", "dos Santos says": a surname with its particle
        or _kind_then_name(np)
    ):
        return None
    return np


# Some of a group spoken of before, as a subject: "most of them", "some of those", "half of us".
_PART_OF_A_GROUP = re.compile(
    r"(?:most|many|some|all|few|several|half|both|none|each|one|two|three|four|five)\s+of\s+(?:them|those|these|us)",
    re.IGNORECASE,
)


# A body or a person named after its kind in lower case: "research firm Gartner", "broker Jefferies", "catastrophe
# modeller Verisk", "data provider Refinitiv".
_KIND_THEN_NAME = re.compile(r"(?:[a-z][\w-]*\s+){0,2}(?P<kind>[a-z][\w-]*)\s+[A-Z][\w’'&.-]*[a-z][\w’'&.-]*")


def _kind_then_name(np: str) -> bool:
    m = _KIND_THEN_NAME.fullmatch(np)
    return m is not None and (_agent_noun(m.group("kind")) or m.group("kind") in _BODY_HEADS | _KINDS_OF_FIRM)


_KINDS_OF_FIRM = frozenset("firm broker brokerage bank consultancy house tracker".split())


PARTICLE_SURNAME = re.compile(
    r"(?:de|da|dos|das|do|du|del|della|di|van|von|la|le|bin|ter|ten)(?:\s+(?:de|der|den|la|los|las))?\s+[A-Z][\w’'-]+"
)


# Words that open a phrase of time, place or circumstance before a sentence's subject ("In an interview
# Lee said", "On Tuesday the ministry said", "During the debate Ann Lee said").
_OPENING_PREPOSITIONS = frozenset(
    "in on at during after before since following last this earlier later amid despite under speaking".split()
)
_SUBJECT_DETERMINERS = frozenset("the a an his her their its".split())
_PHRASE_WORDS = _SUBJECT_DETERMINERS | _OPENING_PREPOSITIONS | frozenset("of with for to from by and or".split())


# Singular nouns for a party that speaks ("the senator", "the ministry", "his lawyer"), besides agent nouns in
# -er/-or/-ist/-ian and the plurals of ``people_plural``.
_AGENT_NOUNS = frozenset(
    """
    official person minister president leader chief secretary senator governor mayor campaign aide nurse justice judge
    group committee party company firm administration government ministry agency department team union council court
    board police staff family candidate nominee spokesperson spokesman spokeswoman source expert analyst diplomat
    man woman prosecutor attorney lawmaker envoy ambassador general commander chairman chairwoman chair director
    association organization organisation commission foundation coalition league federation alliance institute
    bureau network bank chamber authority
    """.split()
)


# Bodies that speak, beside the agent nouns: "..., said the coast guard.", "..., said the fire service."
_BODY_NOUNS = frozenset(
    "guard service force army navy embassy regulator observatory watchdog utility operator airline carrier coastguard "
    "office hospital university club retailer lender insurer broadcaster carmaker manufacturer exchange".split()
)


def _cited_source(np: str) -> bool:
    """Can what "citing" names be a source: a name, a person or a party, or a text or figures someone gave ("citing
    two people familiar with the matter", "citing data from the ministry"), not a reason ("citing weak demand")?"""
    words = np.split()
    head = _HEAD_END.split(np, maxsplit=1)[0].split()[-1].lower() if _HEAD_END.split(np, maxsplit=1)[0].split() else ""
    # "citing his Ostra results", "citing her Velmar experience": a possessive's thing, named or not, is a reason;
    # its people or its texts ("citing its lawyers", "citing her statement") are sources
    owned = bool(words) and words[0].lower() in _POSSESSIVES
    return (
        (not owned and any(w[:1].isupper() for w in words[1:] + words[:1] if w.lower() not in ("the", "a", "an")))
        or _agent_noun(head)
        or head in _CITED_TEXTS
        or people_plural(head)
    )


_CITED_TEXTS = frozenset(
    """
    source sources report reports data figures statistics statement statements document documents study studies
    survey surveys poll polls analysis estimate estimates records record filing filings letter letters memo email
    emails article interview interviews testimony account accounts briefing announcement findings research
    assessment intelligence reporting footage video images photos website notice court
    """.split()
)


def _agent_noun(word: str) -> bool:
    return (
        word in _AGENT_NOUNS
        or word in ROLE_HEADS
        or people_plural(word)
        or (word.endswith(("er", "or", "ist", "ian")) and len(word) > 4)
    )


def _subject_after_opening(np: str) -> str | None:
    """The subject after an opening phrase with no comma: "the ministry" in "On Tuesday the ministry", "Ann Lee"
    in "In a radio interview Ann Lee"; None when no subject can be told from the phrase's own words ("In Ohio
    Ann Lee": Ohio or Ann Lee? "with the board of the Tribune Ann Lee")."""
    words = np.split()
    for i in range(2, len(words) - 1):
        # "In an interview with the Washington Post Trump said", "Speaking to the Evening Post Kessler added": a
        # newspaper's name ends with its kind ("Post", "Herald"), and the name after it is the subject's.
        rest = words[i + 1 :]
        if (
            _NEWSPAPER_END.fullmatch(words[i])
            and words[i - 1][:1].isupper()
            and len(rest) <= 4
            and all(w[:1].isupper() and w.replace("-", "").replace("’", "").replace("'", "").isalpha() for w in rest)
            and not _NEWSPAPER_END.fullmatch(rest[-1])
        ):
            j = i - 1
            while j > 0 and words[j][:1].isupper():
                j -= 1
            if words[j].lower() == "the" and j > 0 and words[j - 1].lower() in ("with", "to", "by", "of"):
                return " ".join(rest)
    for i in range(1, len(words)):
        rest = words[i:]
        if words[i].lower() in _SUBJECT_DETERMINERS:
            nouns = rest[1:]
            if (
                1 <= len(nouns) <= 3
                and all(w.isalpha() and w.islower() and w not in _PHRASE_WORDS for w in nouns)
                and _agent_noun(nouns[-1])
            ):
                return " ".join(
                    rest
                )  # "On Tuesday the senator", "In a statement his lawyer"; not "On a more conciliatory"
            continue
        if _TIME_WORD.fullmatch(words[i]):
            continue  # "on Monday Ann Lee": the day is no part of the name
        if (
            len(rest) <= 4
            and all(w[:1].isupper() or w in _LIST_NAME_PARTICLES for w in rest)
            and rest[0][:1].isupper()
            and rest[-1][:1].isupper()
        ):
            before = words[i - 1]
            if (before.isalpha() and before.islower() and before not in _PHRASE_WORDS) or (
                before.isdigit() or _TIME_WORD.fullmatch(before)
            ):
                return " ".join(rest)  # "In a radio interview Ann Lee", "On Tuesday Ann Lee", "In 2012 Lee"
            return None
    return None


# The word that ends a newspaper's name ("the Washington Post", "the Lenford Herald").
_NEWSPAPER_END = re.compile(
    r"Post|Times|Herald|Tribune|Journal|Gazette|Chronicle|Telegraph|Courier|Globe|Examiner|Inquirer|Dispatch|"
    r"Guardian|Observer|Independent|Express|Mirror"
)


_POSTMODIFIED = re.compile(
    r"(?:(?:the|some|many|most|several|other|all|both|two|three)\s+)*(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+)"
    r"\s+(?:(?:interviewed|polled|surveyed|questioned|contacted|briefed|involved|familiar)\s+)?(?:of|for|from|at|in|on|with|close to|by)\s"
)


def _participle_word(word: str) -> bool:
    """ "Having", "saying": a participle, not a subject; "Ebeling", "Jinping" are names."""
    return word.endswith("ing") and (
        word[:1].islower() or word.lower() in cues.PROGRESSIVE or word in _OPENING_PARTICIPLES
    )


_OPENING_PARTICIPLES = frozenset("Having Being Doing Getting Making Taking Going Looking Coming Trying".split())


def _people_head(np: str) -> bool:
    """Is the phrase people named by a plural head and what follows it ("lawyers for the family")?"""
    m = _POSTMODIFIED.match(np)
    return m is not None and (people_plural(m.group("head")) or m.group("head") in ROLE_HEADS)


# A poll's respondents: "those surveyed", "most of those polled", "Thirty-one percent of those questioned".
_RESPONDENTS = re.compile(
    r"(?:(?:[\w.,%-]+\s+){1,3}of\s+)?(?:[Tt]hose|(?:[\w’'-]+\s+){0,2}?(?P<people>[\w’'-]+))\s+"
    r"(?:surveyed|polled|questioned|interviewed)"
)


def _respondents(np: str) -> bool:
    """ "those surveyed", "Some 56 percent of Cuban-Americans polled": people, not "Ohio polled"."""
    m = _RESPONDENTS.fullmatch(np)
    return m is not None and (m.group("people") is None or people_plural(m.group("people")))


_SHARE_OF_PEOPLE = re.compile(
    r"(?:only\s+|just\s+|about\s+|nearly\s+)?\d[\d,.]*\s*(?:percent|per cent|%)(?:\s+of\s+[\w\s-]{2,40})?$",
    re.IGNORECASE,
)
_SENTENCE_SUBJECT = re.compile(
    # not a count opening a phrase of time ("Eight years ago, she ...")
    r"\s*(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Several|Many|"
    r"Some|Few|Dozens|Hundreds|Thousands)\s+(?:years?|months?|weeks?|days?|hours?|decades?|minutes?)\b)"
    # nor a preposition or a conjunction opening a phrase ("In his speech, Obama ... and said": "In" is nobody)
    r"(?!(?:In|On|At|By|For|From|With|Without|After|Before|During|Since|Until|Under|Over|As|If|When|While|But|And|Or|"
    r"So|Yet|Just|Even|Also|Then|Now|Still)\s)(?P<np>(?:(?:the|The)\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*)\s+(?:(?:then|also|later|again|still|[a-z]+ly)\s+)?[a-z]+(?:ed|s)\b"
)
# A contraction or a past-tense verb inside the phrase: a clause, not a noun phrase.
_NOT_A_SUBJECT = re.compile(
    r"[’'](?:re|ve|ll|d|m)\b|n[’']t\b|\s[a-z]{3,}ed$|(?<![\w.])(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|One|Two|"
    r"Three|Some|Many|Most|Several|Both|Other|Another)\b)[A-Z][\w.]*,?\s+[a-z]{3,}ed\b(?!\s+(?:by|on|with|about)\b)"
)  # not "Economists polled by Reuters", "People briefed on the talks"
_TRAILING_PARTICIPLE = re.compile(
    r"(\S+)\s+(?:released|published|conducted|issued|commissioned|prepared|compiled|obtained|seen|reviewed)$"
)
_FUNCTION_WORDS = frozenset(
    "as if when while although though because since after before so but and or yet then thus".split()
)
# A capitalised opening phrase of time, then "it": "In September it", "Last year it", "On Monday it".
_OPENING_THEN_IT = re.compile(r"(?:In|On|At|During|Last|This|Earlier|Later|Since|Until|By)\s(?:[\w’'.-]+\s){0,4}it")
_SUBJECT_PRONOUN_LAST = re.compile(r"\s(he|she|they|we|I|He|She|They|We)$")
# "Delta Pipes, whose valves it said had failed", "the bridge, whose cables the engineers said were corroded": the
# relative clause's own subject says it; what "whose" names is what is spoken of.
_WHOSE_THING = re.compile(
    r"whose\s+(?:[a-z][\w’'-]*\s+){1,3}?(?=(?:the|a|an|its|his|her|their|these|those|it|he|she|they|we|[A-Z][\w’'.-]*)"
    r"(?:\s|$))"
)
_PLACE_NAMED_LAST = re.compile(r"\s(?:at|in|of|from|near|into)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$")
# Lower-case words that can open a subject after "who" ("who the mayor said", "who some say", "who police believe").
_SUBJECT_OPENERS = frozenset(
    "the a an his her their its this that these those some many most all both each every few several no one two "
    "three four five police staff he she they we i it you".split()
)
# "since 2010 and most recently offered": a date, then the clause's next verb, no subject
_YEAR_THEN_AND = re.compile(r"(?:1[89]|20)\d\d\s+and\s")
_TRAILING_QUANTIFIER = re.compile(r"(?<=\S)\s+(?:both|all|each|alike)$")
# (the "ago", "earlier" or "later" closing it may have gone already, as an adverb: "The ministry two days later")
_TRAILING_TIME_AGO = re.compile(
    r"(?<=\S)\s+"
    r"(?:(?:less|more|fewer)\s+than\s+|(?:just|only|about|nearly|some|almost)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?:\s+(?:ago|earlier|later))?$"
)
_TRAILING_ADVERB = re.compile(rf"(?:\s+{ADVERB})+$")
_SENTENCE_ADVERBS = frozenset(
    "earlier later previously initially meanwhile however separately elsewhere overall instead also now then".split()
)
_OPENING_WORDS = frozenset(
    "in on at for with from by after before during since meanwhile however back earlier later still yet when while "
    "although though because if as across around".split()
)
_LIST_NAME_PARTICLES = frozenset("of the and for de da del du von van al bin in at from".split())


def _extend_list(before: str, np: str) -> str:
    """ "The U.S., South Korea, Japan and EU": take in the earlier items of a list of names."""
    items = before.rstrip(",").split(",")
    taken: list[str] = []
    for item in reversed(items):
        words = item.strip().split()
        if not words or len(words) > 4 or not (words[0][:1].isupper() or words[0] == "the"):
            break
        if words[0].lower() in _OPENING_WORDS:
            break  # "In Britain, the cities of Leeds and York": an opening phrase, not an item of the list
        if any(not (w[:1].isupper() or w in _LIST_NAME_PARTICLES) for w in words[1:]):
            break  # "Flooding killed 12 people, residents and aid workers said": a clause, not a name
        taken.insert(0, item.strip())
        if not re.match(r"[A-Z]", item.strip()) or len(items) == len(taken):
            break
    return ", ".join([*taken, np]) if taken else np


_TITLE_CASE_CUE = re.compile(
    # an adverb before the verb goes with it, not with the name ("Lee Just Said", "Lee Now Says")
    r"(?<=[a-z.,’'] )(?:(?:Just|Now|Also|Again|Still|Finally|Reportedly|Openly|Publicly|Quietly|Formally|Officially) )?"
    r"(?:Says|Said|Tells|Told|Claims|Warns|Admits|Denies|Confirms|Urges|Vows|Insists|Predicts|Argues)\b"
)


def _blank_inside(m: re.Match[str]) -> str:
    """The match as spaces between its first and last characters (same length: offsets hold)."""
    return m.group(0)[0] + " " * (len(m.group(0)) - 2) + m.group(0)[-1]


def _blank_aside_without_cue(m: re.Match[str]) -> str:
    """An aside that holds a cue ("-- as the campaign noted this week --") is an attribution of its own: kept."""
    return m.group(0) if not _MATCHED_WORDS.isdisjoint(_LOWER_WORD.findall(m.group(0))) else _blank_dash_aside(m)


# A name and the opening of its appositive, left open where a dashed aside begins ("Ann Lee, the head of Ostra Media
# -- the firm that owns the paper -- said").
_OPEN_APPOSITIVE = re.compile(r"[A-Z][\w’'.-]+,\s+(?:the|a|an|its|his|her|their)\s[^,;:()“”\"—–]{2,80}$")


def _blank_dash_aside(m: re.Match[str]) -> str:
    """A dashed aside as spaces (see ``_blank_inside``); after an appositive left open it closes the appositive
    with a comma, as a second comma would ("Ann Lee, the head of Ostra Media, said"), so the name, not the
    role, is the subject."""
    if _OPEN_APPOSITIVE.search(m.string, max(0, m.start() - 120), m.start()):
        return "," + " " * (len(m.group(0)) - 2) + m.group(0)[-1]
    return _blank_inside(m)


# A parenthetical of several words between a subject and its cue ("Lee (who has 25 delegates) said"): an aside.
# Not a party or an acronym ("(D-Ore.)", "(NIS)"): those hold no lower-case word of three letters before a space.
_PARENTHETICAL_ASIDE = re.compile(
    r"\b(?P<before>[\w’'.-]{2,40})(?P<aside>\s\((?=[^()]*?\b[a-z]{3,}\s)[^()“”\"]{3,120}\))"
    r"(?=(?P<after>(?:\s+[a-z]+){1,3}))"
)


def _blank_parenthetical(m: re.Match[str]) -> str:
    """The aside as spaces, brackets too, when a name or a party stands before it and a cue follows it;
    an aside that holds a cue or an "according to" is an attribution of its own and stays."""
    before = m.group("before")
    inside = _LOWER_WORD.findall(m.group("aside"))
    if (
        _MATCHED_WORDS.isdisjoint(m.group("after").split())
        or not (before[:1].isupper() or _agent_noun(before.lower()))
        or not _MATCHED_WORDS.isdisjoint(inside)
        or "according" in inside
    ):
        return m.group(0)
    return before + " " * len(m.group("aside"))


def _title_case(text: str) -> bool:
    """A headline in title case: most words of four letters or more are capitalised."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) >= 4]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)


def find_attributions(text: str) -> list[Attribution]:
    """Attributions in reading order; the first is the speaker, later relays extend the chain.

    Remembered per text: a sentence of a quotation run is read again for its neighbours, and an update of a
    story, a syndicated copy or a standard line repeats sentences word for word (callers never change them).
    A headline in title case is read with its verb as a sentence writes it (``headline_as_sentence``)."""
    if _UPDATE_NOTE.match(text):
        return []  # "This article was updated to reflect that Lee conceded": the page's note, nobody's words
    found = _read_attributions(text)
    if not found:
        sentence = headline_as_sentence(text)
        if sentence is not None:
            found = tuple(a for a in _read_attributions(sentence) if _headline_subject(text, a))
    if not found:
        kicker = role_kicker(text) or headline_speaker(text)
        if kicker is not None:
            found = (kicker,)
    read = [
        _in_subordinate_clause(text, _in_concessive_clause(text, trimmed))
        for a in found
        if (trimmed := _without_subordinator(text, a)) is not None
    ]
    return _within_a_subordinate_clause(text, read)


def _within_a_subordinate_clause(text: str, found: list[Attribution]) -> list[Attribution]:
    """Attributions inside a subordinate clause's report are that clause's too ("..., shortly after Lee said he
    believes ...": Lee's words), and so is one whose source stands before the clause and whose cue after it ("the
    only time Lee came up was when Ann Park speculated ... and considered"): neither speaks the main clause. A source
    after a comma ("..., analysts said", "..., before officials spoke, the mayor said") may."""
    end = min((a.cue[1] for a in found if a.subordinate and a.cue), default=None)
    if end is None:
        return found
    return [
        replace(a, subordinate=True)
        if not a.subordinate
        and a.source is not None
        and a.cue is not None
        and a.cue[0] >= end
        and (a.source[0] < end or "," not in text[end : a.source[0]])
        else a
        for a in found
    ]


# A note on the page about the article itself ("This story has been updated to note that ...", "The article was
# corrected to show ...").
_UPDATE_NOTE = re.compile(
    r"\W*(?:This|The)\s+(?:post|story|article|report|piece|item)\s+(?:has\s+been|had\s+been|was|is)\s+"
    r"(?:updated|corrected|amended|revised|changed|clarified)\b"
)


# A subordinating word that opened the clause the source was read from ("While critics argue ...", "As the paper noted,
# ...", "Although some Republicans fear ..."): no part of who speaks.
_SUBORDINATOR = re.compile(
    r"(?:While|Whilst|Although|Though|Because|As|When|Whereas|Unless|Since|Once|Even\s+(?:as|though|if|when))\s+"
)


def _without_subordinator(text: str, a: Attribution) -> Attribution | None:
    """The attribution with its source's opening subordinator left out; None when nothing of a party is left after it
    ("When used as intended, ...": a participle)."""
    opener = _SUBORDINATOR.match(a.phrase)
    if opener is None or a.source is None or not text.startswith(a.phrase[: opener.end()], a.source[0]):
        return a
    rest = a.phrase[opener.end() :]
    first = rest.split()[0] if rest.split() else ""
    if not first or (first[:1].islower() and first.endswith("ed")):
        return None
    return replace(a, phrase=rest, source=(a.source[0] + opener.end(), a.source[1]))


def _in_concessive_clause(text: str, a: Attribution) -> Attribution:
    """The attribution with where its concessive clause ends, when its source opens one ("While critics argue ...,")."""
    if a.source is None or a.cue is None or not _CONCESSIVE_BEFORE.fullmatch(text, 0, a.source[0]):
        return a
    clause_end = _concessive_clause_end(text, a)
    return a if clause_end is None else replace(a, clause_end=clause_end)


# A subordinator that concedes or sets against ("While critics argue that ..., the plan has ...", "Although the union
# says ..., ministers have ..."): the main clause after the subordinate one is no part of what the source says. Not
# "As the paper reported, ..." (the main clause is what was reported).
CONCESSIVE_OPENERS = r"(?:While|Whilst|Although|Though|Whereas|Even\s+(?:as|though|if))"
_CONCESSIVE_BEFORE = re.compile(r"[\s“\"‘']*(?:(?:But|And|Yet|So|Still),?\s+)?" + CONCESSIVE_OPENERS + r"\s+")
# A comma that opens an aside or goes on with the subordinate clause, not the main clause ("..., which ...", ", and").
_NOT_MAIN_AFTER = re.compile(
    r",\s+(?:which|who|whose|whom|where|when|including|such\s+as|and|or|but|nor|not|as|if|because|despite|"
    r"even|especially|particularly|for\s+example|for\s+instance|in\s+particular|[a-z]+ly,|[a-z]+ing\b|[a-z]+ed\b|"
    r"\d|[“\"])"
)


# A main clause with no party of its own that goes on with what the source reports ("While the agency noted that
# troops had been seen in Russia, none were confirmed in the east", "..., it was not clear whether ..."): the report.
_REPORT_GOES_ON = re.compile(r"(?:none|nothing|no\s+one|nobody|neither|it|there|this|that|such)\b", re.IGNORECASE)


def _concessive_clause_end(text: str, a: Attribution) -> int | None:
    """Where the concessive clause holding ``a`` ends: the first comma after its cue that opens the main clause (a
    subject then a verb), None when no main clause of its own follows."""
    if a.cue is None:
        return None
    masked = mask_quotes(straight_quotes(text))
    for comma in re.finditer(r",\s+", masked[a.cue[1] :]):
        at = a.cue[1] + comma.start()
        if _NOT_MAIN_AFTER.match(masked, at):
            continue
        rest = masked[at + 1 :].strip()
        if (
            len(rest.split()) >= 3
            and not re.match(r"[A-Za-z]+\s+(?:said|says|added|told|wrote)\b", rest)
            and not _REPORT_GOES_ON.match(rest)
        ):
            return at
        return None
    return None


# A subordinator of time or cause opening the clause a source speaks in, after the sentence's main clause ("fell 38%
# after the lender said", "walked out after 81% of members rejected", "fell as investors worried that").
_TIME_OR_CAUSE_BEFORE = re.compile(
    r"\s(?:(?:shortly|soon|just|only|days|hours|weeks|minutes|moments|months|years|long)\s+)?"
    r"(?P<word>after|(?<!\bwell\s)(?<!\bsuch\s)(?<!\bsame\s)(?<!\bmany\s)(?<!\bmuch\s)(?<!\bfew\s)(?<!\bfar\s)as|"
    r"because|when|since|following|until|before|once)\s+$"
)
# What "as" opens when it is a comment on the main clause, not a time ("..., as police have said.", "as he put it",
# "and as Lee noted, the rest ..."): the cue closes the sentence or its clause, or only its circumstances follow.
_COMMENT_CLOSES = re.compile(
    r"(?:\s+(?:it|so|this|that))?(?:\s+(?:on|in|at|last|this|earlier|during|to|before)\b[^,;:“”\"]{0,60})?"
    r"\s*(?:[.!?]?[”\"’]?\s*$|[,;:—–)]|--)"
)
_COMMENT_OPENS = re.compile(r"(?:[,;:(—–”\"’-]|\band|\bbut|\byet|\bor)$")


def _in_subordinate_clause(text: str, a: Attribution) -> Attribution:
    """The attribution marked ``subordinate`` when its source opens a clause of time or cause after the sentence's
    main clause: what is reported there is no part of the main clause's claim, which is the writer's."""
    if a.source is None or a.cue is None or a.cue[0] < a.source[0] or a.clause_end is not None:
        return a
    masked = mask_quotes(straight_quotes(text))
    before = _TIME_OR_CAUSE_BEFORE.search(masked, 0, a.source[0])
    if before is None or len(masked[: before.start()].split()) < 3:
        return a
    if a.phrase.lower() in ("he", "she", "they", "it", "we", "i"):
        return a  # "Lee made the remark as he discussed ...": the main clause's own subject, speaking
    if before.group("word") == "as" and (
        _COMMENT_CLOSES.match(masked, a.cue[1]) or _COMMENT_OPENS.search(masked[: before.start("word")].rstrip())
    ):
        return a  # "It rose, as the ministry had predicted.", "(or, as the paper called them, ...)": a comment
    return replace(a, subordinate=True)


# A headline kicker naming who speaks by a role, in sentence case ("Fire chief: blaze was deliberate", "Rail firm: fares
# to rise 4.5% in January", "Police: two men held after raid"): a role, a body or a party of people before the colon,
# then the headline's own words in lower case. A label and its value ("Manager: since 2019", "Chief executive: Ann
# Lee") are not: what follows is no clause of three words or more, or opens with a name.
_ROLE_KICKER = re.compile(
    r"\W{0,2}(?P<np>[A-Z][a-z’'-]+(?:\s+[a-z][a-z’'-]+){0,2}):\s+(?=[“\"‘']?[a-z0-9£$€])(?P<rest>\S+(?:\s+\S+){2,})"
)
_KICKER_HEADS = frozenset(
    "chief boss bosses minister ministers police union unions firm council mayor doctors officials agency ministry "
    "regulator watchdog president governor coach manager owner lawyer judge spokesman spokeswoman spokesperson "
    "chairman chairwoman leader leaders head experts residents operator company government charity army navy "
    "prosecutors investigators inspectors scientists researchers campaigners unions teachers nurses farmers report "
    "study survey poll".split()
)


# What a headline's clause has that a label's value lacks: a verb ("was deliberate", "will slow", "to rise", "held").
_KICKER_VERB = re.compile(
    r"\b(?:is|are|was|were|will|would|could|must|should|can|may|has|have|had|to\s+[a-z]+|[a-z]{3,}ed|held|found|hit|"
    r"shot|cut|set|won|lost|left|seen|told|made|taken|given|known|stolen|"
    r"[a-z]{3,}(?<!ss)(?<!ous)(?<!ics)s)\b"
)
_KICKER_NOT_OPENING = frozenset(
    "since from at in on for with by of to until about until during after before the a an none yes no".split()
)


_KICKER_GUIDE = re.compile(
    r"\b(?:things|ways|reasons|facts|questions|lessons|takeaways|moments)\b|\bwhat\s+(?:we|you)\s+know\b|"
    r"\b(?:who|what)\s+(?:is|are)\b|\bexplained\b|\bprofile\b"
)


def role_kicker(text: str) -> Attribution | None:
    """The role, body or party a sentence-case headline kicker names before its colon ("Fire chief: ...")."""
    m = _ROLE_KICKER.match(text)
    if m is None or m.group("rest").rstrip()[-1:] in (":", "?"):
        return None
    rest = m.group("rest").lower()
    if rest.split()[0].strip("“\"‘'") in _KICKER_NOT_OPENING or not _KICKER_VERB.search(rest):
        return None  # "Manager: since 2019 at the club", "Owner: the Lee family trust": a label and its value
    if _KICKER_GUIDE.search(rest):
        return None  # "Galvia's new president: five things to know": a guide about the person, not their words
    head = m.group("np").split()[-1].lower()
    if head not in _KICKER_HEADS:
        return None
    return Attribution(m.group("np"), how="verb", verb="said", source=m.span("np"), cue=(m.end("np"), m.end("np") + 1))


_HEADLINE_PARTICLES_WORDS = ("on", "to", "about", "at", "out", "up", "back", "off", "against", "over", "with", "after")
# A title-case headline naming someone before "on" and a topic and a colon ("Ana Ortiz on Port Sale: ...", "Rail Boss
# On Fares: ...") or before "On How" or "On Why" (an interview's headline): what it goes on to say is theirs.
_HEADLINE_ON_TOPIC = re.compile(
    r"\W{0,2}(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+[Oo]n\s+"
    r"(?:(?:[\w’'.,-]+\s+){0,8}?[\w’'.-]+:\s|(?:How|Why|What|Whether)\s)"
)
# A title-case headline whose verb after a name is followed by a quotation ("Ana Ortiz Sees ‘Betrayal’ In Port Sale",
# "Tom Hale Speaks ‘Plainly’ To Farmers"): the words quoted are the named person's, whatever the verb.
_HEADLINE_VERB_QUOTE = re.compile(
    r"\W{0,2}(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}?)\s+(?P<verb>[A-Z][a-z]+(?:s|ed))"
    rf"(?:\s+(?:{'|'.join(w.title() for w in sorted(_HEADLINE_PARTICLES_WORDS))}))?\s+[‘“\"']"
)
# Verbs of speaking, seeing and judging a headline puts before the words it quotes ("Sees ‘Betrayal’", "Calls Rival
# ‘A Fraud’", "Speaks ‘Plainly’").
_QUOTING_HEADLINE_VERBS = frozenset(
    f
    for lemma in (
        "speak see call slam blast rip hit hammer label brand dub deem blame praise warn vow urge say tell insist claim "
        "tout mock decry pan defend question predict promise fear hope want describe dismiss reject deny admit "
        "accuse".split()
    )
    for f in cues.forms(lemma)
    if not f.endswith("ing")
)
# Rarity (corpus/wordlist.py) that makes capitalised words of a headline a name rather than English words: a name of
# two or three words has none commoner than the first bound and one rarer than the second ("John Leguizamo", "Ana
# Ortiz"); a name of one word is rarer still ("Gillibrand"). "Live Updates", "Wall Street", "Focus", "Notes" and
# "Peace" hold common words.
_NAME_WORD_RARITY = (1.0, 2.0)
_LONE_NAME_RARITY = 3.0
# A page's standing features, rare words as some are, name nobody ("Morning Briefing on ...:", "Weekly Roundup").
_FEATURE_WORDS = frozenset(
    "briefing briefings roundup digest recap explainer update updates bulletin newsletter notebook dispatch dispatches "
    "sketch diary podcast preview verdict column editorial letters opinion analysis review watch live".split()
)


def _names_someone(np: str) -> bool:
    """Does a headline's opening capitalised phrase name a person, or a role or body by its head ("Rail Boss")?"""
    words = np.split()
    if words[-1].lower() in _HEADLINE_ROLES or words[-1].lower() in _KICKER_HEADS:
        return True
    if any(w.lower() in _FEATURE_WORDS for w in words):
        return False
    if len(words) == 1:
        return rarity(words[0]) >= _LONE_NAME_RARITY
    least, most = _NAME_WORD_RARITY
    return min(map(rarity, words)) >= least and max(map(rarity, words)) >= most


def headline_speaker(text: str) -> Attribution | None:
    """The person or role a title-case headline gives its words to by "X on <topic>:", "X On How ..." or a quotation
    after X's verb; None for any other text."""
    if not _title_case(text):
        return None
    m = _HEADLINE_ON_TOPIC.match(text)
    if m is None:
        m = _HEADLINE_VERB_QUOTE.match(text)
        if m is not None and m.group("verb").lower() not in _QUOTING_HEADLINE_VERBS:
            return None  # "Harbour Town Braces For ‘Worst Storm In Decades’": the town quotes nobody
    if m is None or not _names_someone(m.group("np")):
        return None
    cue_start = m.end("np") + 1
    return Attribution(m.group("np"), how="verb", verb="said", source=m.span("np"), cue=(cue_start, cue_start + 2))


_HEADLINE_SUBJECT_WORDS = 2


def _headline_subject(text: str, a: Attribution) -> bool:
    """Is the source of a title-case headline its opening name, of at most two words ("Ann Lee", "New Poll")? Longer
    runs of capitals mix descriptions into the name ("Billionaire Ann Lee", "Velmar Widow Ann Lee"), which title case
    does not let tell apart; a name further in is no subject ("Lee's Final Column Explains": the column's)."""
    return (
        a.source is not None
        and not text[: a.source[0]].strip(" “\"‘'")
        and len(a.phrase.split()) <= _HEADLINE_SUBJECT_WORDS
    )


# Title case leaves these words small ("Lee Calls for Calm in the Capital").
_TITLE_SMALL = frozenset(
    "a an and as at but by for from if in into of on or the to with vs via after before over amid about against".split()
)
_TITLE_TOKEN = re.compile(r"[A-Za-z][\w’'-]*")
# Adverbs a headline puts between its subject and its verb ("Lee Just Announced", "Ortiz Finally Endorses").
_HEADLINE_ADVERBS = frozenset("just finally now again also quietly publicly openly reportedly".split())
# Particles a cue verb takes, capitalised in title case ("Calls On", "Lashes Out At").
_HEADLINE_PARTICLES = frozenset("on for to about at out up back off down against over".split())
_TITLE_CASE_WORDS = 4  # capitalised words that make a line title case, not a sentence opening with names
# Cue forms that are also plural nouns ("Peace Hopes", "Strike Fears", "Velmar Champions"): title case cannot tell
# the noun from the verb, the word after it can ("Peace Hopes Fade": a plural subject before its own verb).
_PLURAL_NOUN_CUES = frozenset(
    "hopes fears doubts worries concerns claims calls plans views champions demands pledges promises reports "
    "estimates forecasts questions answers replies comments remarks appeals warnings threats".split()
)
# Verbs a headline gives such a plural subject: intransitive ones of mood and measure ("Hopes Fade", "Fears Grow",
# "Doubts Mount"), "be", and any cue's base form ("Champions Defend Title", "Critics Say").
_HEADLINE_PLURAL_VERBS = frozenset(
    "fade grow mount rise ease fall recede surge soar deepen build wane linger swell increase spread persist "
    "emerge dwindle evaporate collapse loom abound resurface intensify are were remain".split()
)


def headline_as_sentence(text: str) -> str | None:
    """A headline in title case with its cue verb, and the particles and adverbs around it, in lower case as a
    sentence writes them, so the verb is read as in one ("Senator Calls On Council To Resign" -> "Senator calls on
    Council To Resign"; "Lee Just Announced Her Run" -> "Lee just announced Her Run"); None for any other text.
    Only ASCII words change, so offsets into the result are offsets into the text. The verb must follow a subject:
    a title-case line opening with it ("Calls Grow For ...") has none."""
    words = list(_TITLE_TOKEN.finditer(text))
    capitalised = 0
    for m in words:
        word = m.group()
        if word.lower() in _TITLE_SMALL:
            continue
        if not word[0].isupper():
            return None
        capitalised += 1
    if capitalised < _TITLE_CASE_WORDS:
        return None
    for i in range(1, len(words)):
        word = words[i].group()
        if not (word.isascii() and word[1:].islower() and word.lower() in _CUE_WORDS):
            continue
        if word.lower() in _PLURAL_NOUN_CUES and i + 1 < len(words):
            after = words[i + 1].group().lower()
            if after in _HEADLINE_PLURAL_VERBS or after in cues.BASE:
                continue  # "Peace Hopes Fade As Talks Stall": the hopes fade, nobody hopes
        first = i
        while first > 1 and words[first - 1].group().lower() in _HEADLINE_ADVERBS:
            first -= 1
        if first == 1 and words[0].group().lower() in _HEADLINE_ADVERBS:
            return None
        last = i
        while last + 1 < len(words) and words[last + 1].group().lower() in _HEADLINE_PARTICLES:
            last += 1
        start, end = words[first].start(), words[last].end()
        return text[:start] + text[start:end].lower() + text[end:]
    return None


@lru_cache(maxsize=4096)
def _read_attributions(text: str) -> tuple[Attribution, ...]:
    out = []
    for a in _attributions(text):
        if a.phrase and _OF_WHOM.fullmatch(a.phrase):
            # "family members, many of whom say": the family members; nobody when no party is named before
            whose = _antecedent_of_whom(text, a) if a.source else None
            if whose is None:
                continue
            a = whose
        if a.phrase and _CONJECTURE_OPENING.match(a.phrase):
            continue  # "Maybe Lee wants ...": the writer's guess, nothing Lee said
        focus = _FOCUS_OPENING.match(a.phrase) if a.phrase else None
        if focus and a.source and len(a.phrase) > focus.end() and text.startswith(focus.group(), a.source[0]):
            # "Even Ann Lee, a stalwart ally, said": Ann Lee
            a = Attribution(
                a.phrase[focus.end() :],
                a.relay,
                a.how,
                a.verb,
                (a.source[0] + focus.end(), a.source[1]),
                a.cue,
                a.embedded,
            )
        if a.phrase and not _no_party(a):
            out.append(a)
    if out:
        named = _body_named_first(text, out[0])
        if named:
            out[0] = named
        told = _told_an_outlet(text, out[0])
        if told is not None:
            out[0] = replace(out[0], relay=told)
    return tuple(out)


# The outlet someone told their words to: "Healey told the BBC on Sunday", "the minister told Reuters".
_TOLD_WHOM = re.compile(r"\s+(?:the\s+)?(?P<outlet>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3})")


def _told_an_outlet(text: str, a: Attribution) -> str | None:
    """The outlet a source "told" what it said ("John Healey told the BBC on Sunday"): the outlet relays it."""
    if a.relay or a.verb not in ("told", "tells", "tell") or a.cue is None:
        return None
    m = _TOLD_WHOM.match(text, a.cue[1])
    if m is None:
        return None
    from corpus.extract.entities import gazetteer, is_outlet  # (entities reads attribution)

    outlet = m.group("outlet").rstrip(".’'")
    if not is_outlet(outlet) and not is_outlet("The " + outlet):
        return None
    entity = gazetteer().entities.get(outlet) or gazetteer().entities.get("The " + outlet)
    return entity.name if entity is not None else outlet


# "the club", "the company" closing the sentence after a comma (", the club announced on Sunday.").
_BODY_DESCRIPTION = re.compile(
    # (a nationality or a base may come first: "the Norwegian lender", "the Oslo-based lender")
    r"the\s+(?:(?P<adjective>[A-Z][\w'’.-]*?)(?:-based)?\s+)?(?P<head>club|team|side|company|firm|group|bank|lender|carrier|airline|retailer|insurer|manufacturer|maker|"
    r"carmaker|automaker|operator|utility|chain|broadcaster|publisher|developer|charity|union|party|league|federation|"
    r"supermarket|grocer|brewer|miner|housebuilder|shipbuilder|drugmaker|chipmaker|builder|supplier|producer)"
)
# The sentence's subject, a capitalised name, and its verb: "Arden Rovers have sacked", "Velmar Bank has cut".
_CAPITALISED = re.compile(r"\b[A-Z][a-z]")
_OPENING_NAME = re.compile(
    r"\W*(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w’'&.-]*){0,4})\s+"
    r"(?P<aux>has|have|had|is|are|was|were|will|would|said|says)?\b"
)
_PLURAL_AGREEMENT = frozenset("have are were".split())
# A verb right after a lone opening name: the name is the subject ("Aldwerk will close", "Telvana cut"), not a word
# opening the sentence ("Almost 650 courses", "Late last month").
_VERB_NEXT = re.compile(
    r"\s+(?:(?:has|have|had|is|are|was|were|will|would|could|may|might|must|should|can)\b|[a-z]{2,}(?:ed|es)\b|"
    r"[a-z]{3,}(?<![su])s\b|(?:cut|sold|won|made|took|left|lost|paid|bought|built|put|set|shut|hit|saw|got|gave|kept|led|"
    r"ran|became|began|grew|fell|rose|spent|sent|told)\b)"
)
# How rare a lone opening word must be to be a name, not an English word ("Output", "Sales", "Shares" open sentences).
_RARE_NAME = 3.0
# Bodies whose news is most often about their people: "Kane will miss the final, the club said" is the player.
_PEOPLES_BODIES = frozenset("club team side party league federation union charity".split())


def _body_named_first(text: str, a: Attribution) -> Attribution | None:
    """ "Arden Rovers have sacked their manager, the club announced": the body the description closing the sentence
    stands for is the sentence's subject, when the subject is plainly a body: a name with a body's word ("Velmar
    Bank", "Ostra Airlines") or a name taking a plural verb as bodies do in British English ("Arden Rovers have").
    Never a person ("Jordan Henderson has left Velmar, the club said": the club is not he), a place, or a name the
    article may use for someone ("Lee has resigned, the company said")."""
    description = _BODY_DESCRIPTION.fullmatch(a.phrase.strip())
    if a.source is None or a.how not in ("verb", "inverted") or description is None:
        return None
    adjective = description.group("adjective")
    if not _ENDS_WITH_COMMA.search(text, max(0, a.source[0] - 3), a.source[0]):
        return None  # not closing the sentence after what it reports
    m = _OPENING_NAME.match(text)
    if m is None or m.end("name") >= a.source[0] or "," in text[: m.end("name")]:
        return None
    if adjective and not (is_nationality(adjective) or description.group(0).find("-based") > 0):
        return None  # "the Harbour club" names another body
    if adjective and _CAPITALISED.search(text, m.end("name"), a.source[0]):
        return None  # "Arden Rovers signed Vidal from Real Castella, the Spanish club said": which club is not told
    name = m.group("name")
    words = name.split()
    from corpus.extract.coreference import gender_of_phrase, given_name  # only here: coreference reads this module
    from corpus.extract.entities import TITLE_WORDS, gazetteer, guess_type

    if words[0] in _NOT_A_SUBJECT_NAME or any(w in TITLE_WORDS for w in words) or gender_of_phrase(name):
        return None
    known = gazetteer().canonical(name)
    kind = gazetteer().entities[known].type if known else guess_type(name)
    if kind in ("place", "country", "outlet") or a_state_or_country(name):
        return None
    if (
        len(words) == 1
        and kind == "other"
        and m.group("aux") not in ("said", "says")
        and _VERB_NEXT.match(text, m.end("name"))
        and text.lstrip()[:1] not in "“\"‘'"  # a quotation's first word is no subject
        and rarity(name) > _RARE_NAME
        and description.group("head") not in _PEOPLES_BODIES
        and not country_of(name)
        and not given_name(name)
        and not people_plural(name)  # "Rescuers had reached seven of them, the company said": people, no name
    ):
        # "Aldwerk will close two plants, the carmaker said": a lone name no list knows, which the description closing
        # the sentence says is a body; the speaker falls back to the description where the article knows the name as
        # a person's ("Vogt will step down, the carmaker said" after "Lena Vogt")
        return Attribution(
            name,
            a.relay,
            a.how,
            a.verb,
            a.source,
            a.cue,
            a.embedded,
            body=True,
            subject_body=True,
            described_as=a.phrase,
        )
    if not (kind == "organisation" or (len(words) > 1 and m.group("aux") in _PLURAL_AGREEMENT)):
        return None
    return Attribution(name, a.relay, a.how, a.verb, a.source, a.cue, a.embedded, body=True, subject_body=True)


# Capitalised words opening a sentence that are no name of its subject.
_NOT_A_SUBJECT_NAME = frozenset(
    "The A An This That These Those It Its He She They We I His Her Their Our But And Yet So In On At After Before "
    "When While If As Since".split()
)


_CONJECTURE_OPENING = re.compile(r"(?:Maybe|Perhaps|Possibly|Presumably)\s")
# Words that open a sentence before its subject without being part of it.
_FOCUS_OPENING = re.compile(
    r"(?:Even|Also|Still|Yet|Indeed|Instead|Likewise|Similarly|Meanwhile|Eventually|Finally)\s+(?=[A-Z])"
)


# "many of whom", "some of which": a share of the party named before the comma.
_OF_WHOM = re.compile(r"(?:[\w-]+\s+)?of\s+(?:whom|which)")
# A phrase that runs into a clause: a word that is a verb, then a determiner ("leaders share these apprehensions", "the
# statement also referenced the impact it"), with no relative pronoun before it ("the company that owns the mill").
_CLAUSE_IN_PHRASE = re.compile(
    r"^(?!.*\b(?:that|who|which|whose|whom)\b).*?\b(?!(?:of|in|on|at|for|from|by|with|to|into|about|over|under|after|"
    r"before|between|among|against|near|like|as|and|or|than|including|via|per|amid|during|without|within|across|"
    r"through|behind|beyond|toward|towards|upon|despite|outside|inside|around|along|beside|called|named|dubbed|titled|"
    r"entitled|known|is|was|are|were|be|been|all|both|half|once|twice|only|just|even|also)\b)[a-z]{2,}(?<!ing)\s+"
    r"(?:these|those|the|an|a|his|her|their|its)\s"
)
# Past forms of intending ("planned", "intended") as a participle after its noun: "the inspection planned for
# September was cancelled" (the sentence's own verb follows), not "the council planned for years to close".
_INTENDED_PAST = frozenset(cues.forms(lemma)[1] for lemma in cues.INTENDING)
_FOR_AFTER = re.compile(
    r"\s+for\s+(?:[\w’'-]+\s+){1,4}?(?:was|were|is|are|has|had|have|will|would|could|remains?|remained)\b"
)
# Past forms that also follow their noun as a participle ("the plan outlined on Monday", "the issues discussed there");
# when, where or by whom comes right after, then the sentence's own verb.
_PARTICIPLE_AFTER_NOUN = frozenset(
    cues.forms(lemma)[1] for lemma in ("outline", "discuss", "reference", "lay", "mention")
)
_MAIN_VERB_AFTER = re.compile(
    r"\s+(?:(?:that|this|last)\s+(?:day|week|month|year|morning|afternoon|evening|night|time|summer|spring|fall|"
    r"autumn|winter)|on|at|in|by|as|during|earlier|yesterday|today|here|there)\b(?:\s+[\w’'-]+){0,4}?\s+"
    r"(?:was|were|is|are|has|have|had|will|would)\b"
)
# "The strategy outlined", "names prominently mentioned"; not "the plan Lee outlined", "was taken aback and mentioned"
_COMMON_NOUN_BEFORE = re.compile(
    r"\b(?!(?:and|but|or|then|also|he|she|they|it|we|who)\s)[a-z][\w’'-]*\s+(?:[a-z]+ly\s+)?$"
)
_PERFECT_PARTICIPLE = re.compile(r"(?:^|\s)having$", re.IGNORECASE)
_DETERMINERS_ONLY = frozenset("the a an this that these those his her their its".split())
_SUBORDINATING_WORDS = frozenset(
    "when whenever if once unless until while whilst although though because since as after before where wherever "
    "whether however".split()
)


# A figure right before a subject and its verb: a clause that says what the figure is ("the €5.2 billion analysts had
# expected", "the 3% economists forecast").
# A money sum or a rate as written: "$5.2 billion", "72%", "2.5 per cent", "40 points".
_SUM_OR_RATE = (
    r"(?:[$€£¥]\d[\d.,]*(?:\s*(?:billion|million|thousand|bn|m))?"
    r"|\d[\d.,]*\s*(?:%|per\s*cent|percent|billion|million|bn|euros?|dollars?|pounds?|yen|points?))"
)
_FIGURE_THEN_SUBJECT = re.compile(
    r"\b(?:of|than|from|to|at|with|above|below|beat|beats|missed|topped|the)\s+(?:the\s+|a\s+)?"
    + _SUM_OR_RATE
    + r"\s+(?!of\b)[a-z]"
)  # (a money sum or a rate: "one of the 12 jurors said" is a party's count; "10 percent of voters said" a share)
_COMPARED_THEN_SUBJECT = re.compile(
    r"\b(?:[a-z]+er|more|less|fewer|worse)\s+(?:[a-z-]+\s+){0,2}?than\s+(?!(?:ever|usual|before|expected)\b)"
)
# A figure the claim's own is set against, then the clause about it: "not the 72% its developers announced".
_FIGURE_SET_AGAINST = re.compile(
    r"\b(?:not|rather\s+than|instead\s+of|from|with|against|than)\s+the\s+" + _SUM_OR_RATE + r"\s+$", re.IGNORECASE
)


def _figure_right_before(text: str, at: int) -> bool:
    """The phrase at ``at`` opens a clause about an earlier figure the claim's own is set against ("not the 72%
    its developers announced", "down from the 4% its forecasters predicted"); "a fraction of the $3 million
    analysts say it would cost" is the analysts' own figure."""
    return _FIGURE_SET_AGAINST.search(text, max(0, at - 60), at) is not None


_SUBORDINATE_OPENS = re.compile(r"\s(?:after|before|when|whenever|because|once|while|whilst|although)\s")
# "days after", "hours before", "a week after", "shortly before": a clause of what happened a time apart.
_TIME_GAP_BEFORE = re.compile(
    r"(?:\b(?:days|hours|weeks|months|years|minutes|shortly|soon|just|only|a\s+(?:day|week|month|year)|"
    r"(?:two|three|four|five|six|several|a\s+few)\s+(?:days|hours|weeks|months|years))\s+(?:after|before))\s+$"
)
# A participle of belief or report saying what others think of the things just named (a reduced relative, no
# speaker): "people believed trapped", "miners feared dead", "two men said to be armed".
_HELD_OF_THEM = re.compile(
    r"(?:believed|feared|thought|presumed|said|reported|known|understood|suspected|alleged|rumou?red)\s+"
    r"(?:to\s+(?:be|have)\b|(?:dead|alive|missing|lost|trapped|buried|killed|drowned|injured|kidnapped|abducted|"
    r"armed|responsible|involved|linked|hiding|held)\b)"
)
# A plural or common noun right before the participle (not a pronoun or a name that may be its subject).
_THING_BEFORE = re.compile(r"\b(?!(?:he|she|they|we|i|it|you|who|which|that)\s)[a-z]+\s+$")
# A main clause of its own before the subordinate one: a subject and a verb in the past ("Lindqvist resigned on
# Thursday, days", "leaders demanded her resignation").
_MAIN_CLAUSE = re.compile(
    r"\b[A-Za-z][\w'’-]*\s+(?:\w+ly\s+)?(?:[a-z]+ed|was|were|had|did|said|quit|won|lost|left|took|made|met|fell|rose)\b"
)


_SUBJECT_PRONOUNS = frozenset("He She They We I It he she they we it".split())
_AFTER_A_PRONOUN = frozenset("and or both all alone too also himself herself themselves itself ourselves".split())


def _no_party(a: Attribution) -> bool:
    """A phrase that names nobody: a determiner alone ("The"), or a clause it ran into."""
    phrase = a.phrase.strip()
    if phrase.lower() in _DETERMINERS_ONLY or phrase.lower() in _SUBORDINATING_WORDS:
        return True  # "The", "Whenever asked about ...": nobody
    words = phrase.split()
    if (
        a.how == "verb"
        and len(words) > 1
        and words[0] in _SUBJECT_PRONOUNS
        and words[1].islower()
        and words[1] not in _AFTER_A_PRONOUN
    ):
        return True  # "He demands new safeguards for tenants' claims.": a clause with its verb, not a source
    if a.how == "verb" and _PERFECT_PARTICIPLE.search(phrase):
        return True  # "Despite having rejected the claims, the firm ...": a clause with no subject of its own
    if a.how == "citing" and _cites_no_source(phrase):
        # "citing a threat to public health", "citing weak demand": a reason given, not a source; "citing late data on
        # rents": evidence nobody is named for, not who said it
        return True
    return a.how == "verb" and _CLAUSE_IN_PHRASE.search(phrase) is not None


def _cites_no_source(phrase: str) -> bool:
    """What "citing" names is a reason ("citing weak demand") or evidence nobody is named for ("citing late data"),
    not a source: the subject of the clause gives it."""
    return bool(_CITED_REASON.match(phrase) or not _cited_source(phrase) or _CITED_EVIDENCE.match(phrase))


# Figures or records "citing" gives with nobody named as their source: "citing late data on rents", "citing
# satellite images" (not "citing data from the ministry", "citing figures by Statistics Norway", "citing its data").
_CITED_EVIDENCE = re.compile(
    r"(?:(?:new|late|latest|fresh|revised|updated|preliminary|final|higher|lower|internal|satellite|official|"
    r"weekly|monthly|quarterly|annual|provisional|incomplete|additional|more)\s+)*(?:data|figures|statistics|numbers|"
    r"records|images|imagery|footage|readings|returns|results)\b(?!\s+(?:from|by|of|released|published|provided)\b)"
    r"(?![^,;]*\b[A-Z])"
)
# What "citing" gives as a reason, not as a source.
_CITED_REASON = re.compile(
    r"(?:(?:a|an|the|their|his|her|its|growing|rising|serious|personal|family|security|safety|health|financial|"
    r"legal|budget|scheduling|ongoing|continued|potential|possible|economic|market|global|"
    r"[a-z]{2,}er|[a-z]{3,}ing)\s+)*(?:threats?|concerns?|risks?|dangers?|fears?|"  # "weaker", "slowing"
    r"lack|need|desire|shortages?|increases?|declines?|rises?|drops?|security|safety|health|costs?|reasons?|"
    r"problems?|difficult(?:y|ies)|pressures?|uncertainty|delays?|conflicts?|differences|obligations|commitments|"
    r"worries|opposition|demand|weakness|strength|improvements?|progress|failures?|violations?|growth|inflation|"
    r"prices|sales|tensions|conditions|competition|losses|weather|deficits?|debts?|spending|borrowing|slowdown|"
    r"recession|downturn|outlook|volatility|instability|crisis|circumstances)\b"
)


def _antecedent_of_whom(text: str, a: Attribution) -> Attribution | None:
    """ "family members of the victims, many of whom say": the party named just before the comma (its words back to a
    preposition, a verb in -ed or a determiner), if one is."""
    assert a.source is not None
    masked = mask_quotes(straight_quotes(text))
    comma = masked.rfind(",", 0, a.source[0])
    if comma <= 0 or masked[comma + 1 : a.source[0]].strip():
        return None
    words = list(_WORD_SPAN.finditer(masked, max(0, comma - 120), comma))
    kept: list[re.Match[str]] = []
    for at, word in reversed(list(enumerate(words))):
        lower = word.group().lower()
        if lower in _NOT_IN_A_HEAD or (
            word.group()[:1].islower()
            and (lower.endswith("ed") or (lower.endswith("ly") and lower not in _NOT_ADVERBS))
        ):
            break
        kept.insert(0, word)
        if lower in _DETERMINERS_ONLY and not (at > 0 and words[at - 1].group().lower() == "of"):
            break  # "the families of the crew": on past a determiner after "of"
    while kept and kept[0].group().lower() == "of":
        kept.pop(0)
    if not kept or kept[-1].end() != comma or kept[-1].group().lower() in _DETERMINERS_ONLY:
        return None
    np = masked[kept[0].start() : comma]
    if not (
        _has_name(np)
        or any(
            people_plural(w.group()) or w.group().lower() in ROLE_HEADS or w.group().endswith(("men", "people"))
            for w in kept
        )
    ):
        return None  # "the plan, much of which": no party
    return Attribution(np, a.relay, a.how, a.verb, (kept[0].start(), comma), a.cue, a.embedded)


_WORD_SPAN = re.compile(r"[\w’'/.-]+")
_NOT_IN_A_HEAD = frozenset(
    "with to from by for in on at over about and or but well has have had is was are were been gone went among "
    "between against into upon like than as angered said says told".split()
)


def _attributions(text: str) -> list[Attribution]:
    masked = mask_quotes(straight_quotes(text))
    if masked.count("“") != masked.count("”") or masked.count('"') % 2:
        masked = _mask_unclosed(masked)
    if _TITLE_CASE_CUE.search(masked) and _title_case(masked):
        # "Mayor Says Bridge Will Reopen": a headline's capitalised cue is still a cue (same length, offsets hold).
        masked = _TITLE_CASE_CUE.sub(lambda m: m.group(0).lower(), masked)
    masked = _DASH_ASIDE.sub(_blank_dash_aside, masked)
    if " (" in masked:
        masked = _PARENTHETICAL_ASIDE.sub(_blank_parenthetical, masked)
    if " -- " in masked:
        masked = _TYPED_DASH_ASIDE.sub(_blank_aside_without_cue, masked)
    found: list[tuple[int, Attribution]] = []
    # Both "as saying" patterns are slow to search; most sentences lack the words.
    saying = masked.find("as saying")
    window_start = max(0, saying - 160)
    quoted = _QUOTED.search(masked, window_start, saying + 120) if saying >= 0 else None
    if quoted:
        x = _np_from(quoted.group("x"))
        if x:
            cue = re.search(
                r"quoted\s+(?:by\s+[^,.;:]{2,60}?\s+|(?:\w+\s+)?)as\s+saying", masked[quoted.start() : quoted.end()]
            )
            found.append(
                (
                    quoted.start(),
                    Attribution(
                        x,
                        _clean(quoted.group("by") or quoted.group("y")),
                        "quoted",
                        source=_locate(masked, x, quoted.start("x")),
                        cue=_shift(cue.span(), quoted.start()) if cue else None,
                    ),
                )
            )
    relayed = _RELAYED_PRONOUN.search(masked, window_start, saying + 20) if saying >= 0 else None
    if relayed:
        y = _np_from(relayed.group("y"))
        x = relayed.group("x")
        first = x.split()[0].lower()
        if first in ("his", "him", "her", "their", "them"):
            x = {"his": "he", "him": "he", "her": "she", "their": "they", "them": "they"}[first]
        # "Lee quoted the NIS as saying": the NIS, via Lee
        found.append(
            (
                relayed.start(),
                Attribution(x, y, "quoted", source=relayed.span("x"), cue=(relayed.end("y") + 1, relayed.end())),
            )
        )
        quoted = quoted or relayed
    subordinate = _SUBORDINATE.match(masked)
    lower_words = set(_LOWER_WORD.findall(masked))
    for m in _cue_matches(masked, lower_words):
        if quoted and quoted.start() <= m.start() < quoted.end():
            continue
        verb = m.group("verb")
        if verb.startswith(("calls ", "call ")) and _POSSESSOR_BEFORE.search(masked, max(0, m.start() - 40), m.start()):
            continue  # "the union's calls for a strike": a noun
        if (
            verb in _NOUN_LIKE
            and (
                _PREPOSITION_AFTER.match(masked, m.end())
                or (
                    _QUANTIFIER_BEFORE.search(masked, max(0, m.start() - 12), m.start())
                    and re.match(r"\s*(?:[.,;)]|$)", masked[m.end() :])
                )
            )
        ) or (
            verb.endswith("s")
            and (
                _QUANTIFIER_BEFORE.search(masked, max(0, m.start() - 12), m.start())
                or _NUMERAL_BEFORE.search(masked, max(0, m.start() - 16), m.start())
            )
        ):
            continue  # "member states from", "failed to win any states.", "the four states that voted": nouns
        if verb in _NOUN_LIKE and verb.endswith("s") and _FINITE_VERB_AFTER.match(masked, m.end()):
            continue  # "Damage estimates ranged from $8bn", "Police reports show": the plural noun is the subject
        if (
            verb in _OLD_VERBS
            and (verb in cues.NOUN_LIKE_LEMMAS or (verb.endswith("s") and verb[:-1] in cues.NOUN_LIKE_LEMMAS))
            and _OWN_BEFORE.search(masked, max(0, m.start() - 40), m.start())
        ):
            continue  # "a figure far higher than the army's own estimate", "their own reports": nouns
        if verb == "note" and _NOTE_LABEL.match(masked, m.end()) and _GENITIVE_BEFORE.search(masked, 0, m.start()):
            continue  # "Editor's note:", "Author's note:": a label of the text, not what anyone notes
        if (
            verb.endswith("s")
            and (
                verb[:-1] in cues.NOUN_LIKE_LEMMAS
                or (verb.endswith("ies") and verb[:-3] + "y" in cues.NOUN_LIKE_LEMMAS)
            )
            and _PREPOSITION_JUST_BEFORE.search(masked, max(0, m.start() - 12), m.start())
        ):
            continue  # "marched against plans to raise", "anger over claims that": a noun after its preposition
        if verb == "states" and _STATES_NOUN_BEFORE.search(masked, max(0, m.start() - 16), m.start()):
            continue  # "the interests of member states trump", "swing states say": a noun
        if verb == "told" and _ALL_TOLD.search(masked, max(0, m.start() - 8), m.end() + 1):
            continue  # "All told, 5 million people could qualify", "..., all told, ...": in all, nobody told anyone
        if (
            verb in _PASSIVE_FIGURE_VERBS
            and _TIME_AFTER.match(masked, m.end())
            and _COUNTED_NOUN_BEFORE.search(masked, max(0, m.start() - 40), m.start())
        ):
            continue  # "with over 30,000 immigrants expected this year": a count and a participle, nobody expects
        if verb in ("posted", "shared", "tweeted") and _SHARED_ITEM_BEFORE.search(
            masked, max(0, m.start() - 40), m.start()
        ):
            continue  # "A video posted online claims ...": a participle inside the item's noun phrase
        if verb in _INTENDED_PAST and _FOR_AFTER.match(masked, m.end()):
            continue  # "a safety inspection planned for September was cancelled": a participle, nobody's intention told
        if (
            verb in _PARTICIPLE_AFTER_NOUN
            and _MAIN_VERB_AFTER.match(masked, m.end())
            and _COMMON_NOUN_BEFORE.search(masked, max(0, m.start() - 30), m.start())
        ):
            continue  # "The strategy outlined that day was notable": a participle after its noun, nobody speaks
        left_end = m.start()
        goes_on = _GOES_ON_TO.search(masked, max(0, m.start() - 40), m.start()) if verb in cues.BASE else None
        if goes_on:
            left_end = goes_on.start()
        if verb.endswith("ing") and " " not in verb:
            be = _BE_BEFORE.search(masked, max(0, m.start() - 30), m.start())
            if be is None and verb in _UNSAID_VERBS:
                be = _NOT_SAID.search(masked, max(0, m.start() - 40), m.start())  # "Lee isn't saying": declined
            if be is None:
                continue  # a participle (", citing ...", "saying"): read by its own rules
            left_end = be.start()
        elif verb not in _OLD_VERBS and " " not in verb:
            if _PASSIVE.search(masked, max(0, m.start() - 20), m.start()):
                continue
            if (
                verb.endswith("s")
                and (
                    verb[:-1] in cues.NOUN_LIKE_LEMMAS
                    or (verb.endswith("ies") and verb[:-3] + "y" in cues.NOUN_LIKE_LEMMAS)
                )
                and not (
                    verb[:-1] in cues.INTENDED_WITH_TO
                    and _TO_VERB.match(masked, m.end())  # "the council plans to close"
                )
                and (
                    _NOUN_USE_AFTER.match(masked, m.end())
                    or _POSSESSOR_BEFORE.search(masked, max(0, m.start() - 40), m.start())
                )
                and not (
                    verb in cues.FINDING_FORMS
                    and cues.FINDING_SUBJECT.search(masked, max(0, m.start() - 130), m.start())
                )
            ):
                continue  # "his claims were false", "the reports of": nouns; not "..., the filing shows."
            if _POSSESSOR_BEFORE.search(masked, max(0, m.start() - 40), m.start()) and not verb.endswith("ed"):
                continue
            if (
                verb in cues.NOUN_LIKE_LEMMAS
                and _BASE_NOUN_AFTER.match(masked, m.end())
                and not (
                    verb in cues.FINDING_FORMS
                    and cues.FINDING_SUBJECT.search(masked, max(0, m.start() - 130), m.start())
                )
            ):
                continue  # "85 percent support among", "a show of force": nouns; not "critics hope to", "reports show."
        if verb.endswith("ed") and verb in cues.JUDGING_FORMS and _REDUCED_RELATIVE.match(masked, m.end()):
            continue  # "cases in which he defended people accused of fraud": a participle, nobody speaks
        if _HELD_OF_THEM.match(masked, m.start()) and _THING_BEFORE.search(masked, max(0, m.start() - 30), m.start()):
            continue  # "five people believed trapped", "12 miners feared dead": what is thought of them, nobody speaks
        if (
            verb.endswith(("ed", "en"))
            and _BY_AGENT.match(masked, m.end())
            and _NOUN_BEFORE_PARTICIPLE.search(masked, max(0, m.start() - 30), m.start())
            and not _CUE_WORDS.isdisjoint(_LOWER_WORD.findall(masked, m.end()))
        ):
            continue  # "A report posted by the ministry stated", "a letter released by the union": a participle
        if (
            verb in _OLD_VERBS
            and verb.endswith("s")
            and _POSSESSOR_BEFORE.search(masked, max(0, m.start() - 40), m.start())
            and not _THAT_AFTER.match(masked, m.end())
        ):
            # "rated 32% of the council's claims as false", "his reports": a noun, owned; nobody speaks by it ("Lee's
            # claims that ..." is Lee's statement, read as one)
            continue
        if not _complemented(masked, m, verb):
            continue  # "welcomed the move", "found a market", "saw the tweet": an action, not a report
        if verb.startswith("claim") and _CLAIMED_TOLL_OR_PRIZE.match(masked, m.end()):
            continue  # "The storm claimed 23 lives", "claimed the title": taken or won, nothing said
        if _HYPOTHETICAL_BEFORE.match(masked, 0, m.start()):
            continue  # "If Trump's plan rejected single mothers, ...": a saying supposed, nobody's
        if verb.startswith("reckon") and _RECKONED_WITH.match(masked, m.end()):
            continue  # "she has reckoned with the movement": faced, no view held
        if (
            _PASSIVE.search(masked, max(0, m.start() - 20), m.start())
            and verb not in _PUT
            and not verb.split(" ", 1)[0].endswith("ing")  # "is talking up", "is making the case"
        ):
            continue  # "Damage is estimated at ...": a passive, nobody named
        held_denied = _DO_NOT.search(masked, max(0, m.start() - 30), m.start()) if verb in cues.HELD else None
        cue_start = m.start()
        if held_denied:
            left_end = held_denied.start()  # "Tom Marsh does not think": Tom Marsh holds the view
        elif _NEGATED.search(masked, max(0, m.start() - 30), m.start()):
            unsaid = _NOT_SAID.search(masked, max(0, m.start() - 40), m.start()) if verb in _UNSAID_VERBS else None
            if unsaid is None:
                continue  # "It did not say", "declined to comment": nobody asserts anything
            # "Lee would not say whether she would run", "The campaign has not commented": the subject declined to
            # say, a cue of its own ("would not say") whose speaker is the subject, asserting nothing
            held_denied = unsaid
            left_end = cue_start = unsaid.start()
        if m.group("verb") in _MEASURED and not _MEASURED_AT.match(masked, m.end()):
            continue  # "a measured response", "measured the room": no figure given, nothing reported
        if (
            m.group("verb") in _PUT
            and not _PUT_FIGURE.match(masked, m.end())
            and not (
                _PUT_IT.match(masked, m.end())
                and (
                    _AS_OPENING.match(masked[: m.start()])  # "As the mayor put it, ..."
                    # "..., as the mayor put it on Monday.": closing the sentence (not an aside within a clause)
                    or (
                        _AS_BEFORE.search(masked, max(0, m.start() - 80), m.start())
                        and _PUT_IT_CLOSES.match(masked, m.end())
                    )
                )
            )
        ):
            continue
        if m.group("verb") in _PUT and not _PUT_FIGURE.match(masked, m.end()):
            m = _CueMatch(m.start(), m.end() + len(" it"), m.group("verb"))  # the cue is "put it": said, no estimate
        after_comma = _ENDS_WITH_COMMA.search(masked, max(0, m.start() - 8), m.start())
        inv = _INVERTED.match(masked, max(0, m.start() - 3)) if after_comma else None
        if inv is None and after_comma:
            inv = _INVERTED.search(masked, max(0, m.start() - 4), m.end() + 90)
        # "..., said the company's chief executive, Ann Lee.": the role, then the name that closes the sentence.
        named_after = _NAME_CLOSING.fullmatch(masked, inv.end("np")) if inv else None
        if named_after and _A_TITLE.fullmatch(named_after.group("name")):
            named_after = None  # "..., said Dr. Ingrid Moe, Chief Medical Officer.": her title, capitalised, no name
        inverted = bool(
            inv
            and inv.start("verb") == m.start()
            and _inverted_speaker(
                inv.group("np"),
                after_quote=bool(_QUOTE_BEFORE.search(masked, max(0, m.start() - 6), m.start())),
                to_end=not masked[inv.end("np") :].strip(' .!?”"’')
                or bool(_WHO_CLAUSE.match(masked, inv.end("np")))
                or bool(named_after),
                named_after=bool(named_after),
            )
        )
        if (
            not inverted
            and inv
            and inv.start("verb") == m.start()
            and _QUOTE_BEFORE.search(masked, max(0, m.start() - 6), m.start())
        ):
            # '“...,” said Phil Musser of digital consulting firm IMGE.': a full name, then whom they are with
            # '“...,” said one organiser involved in the planning', '“...,” said Ann Lee when asked about it': the
            # speaker before what describes them or when they spoke
            described = _DESCRIBED_AFTER.search(inv.group("np"))
            head = inv.group("np")[: described.start()] if described else ""
            if described and _inverted_speaker(head, after_quote=True, to_end=True) and (np := _clean(head)):
                written = (inv.group("np") if described.group("describing") else head).rstrip(" ,.")
                found.append(
                    (
                        m.start(),
                        Attribution(
                            np,
                            how="inverted",
                            verb=verb,
                            source=(inv.start("np"), inv.start("np") + len(written)),
                            cue=m.span(),
                        ),
                    )
                )
                continue
            name_of = _NAME_THEN_OF.match(inv.group("np"))
            if name_of and _inverted_speaker(name_of.group("name"), after_quote=True, to_end=True):
                written = inv.group("np").rstrip(" ,.")
                found.append(
                    (
                        m.start(),
                        Attribution(
                            name_of.group("name"),
                            how="inverted",
                            verb=verb,
                            source=(inv.start("np"), inv.start("np") + len(written)),
                            cue=m.span(),
                        ),
                    )
                )
                continue
        if inverted and named_after:
            assert inv is not None
            role_and_name = (inv.start("np"), named_after.end("name"))
            found.append(
                (
                    m.start(),
                    Attribution(
                        named_after.group("name"), how="inverted", verb=verb, source=role_and_name, cue=m.span()
                    ),
                )
            )
            continue
        if inverted:
            assert inv is not None
            np = _clean(inv.group("np"))
            source = _locate(masked, np, inv.start("np"))
            # "Ann Lee, the mayor, said Ashton's “collapse ...”": what was said; the subject before the cue says it.
            inverted = not (source and re.match(r"\s*[“\"]", masked[source[1] :]))
        if inverted:
            if source:
                tail = _TRAILING_APPOSITIVE.match(masked, source[1])
                source = (source[0], tail.end()) if tail else source  # "said Ann Lee, an economist at the bank."
            body = bool(np and source and _BODY_APPOSITIVE.match(masked, source[0] + len(np)))
            # np may be None (a phrase _clean empties); attribution decides whether to keep such a cue.
            found.append(
                (m.start(), Attribution(np, how="inverted", verb=verb, source=source, cue=m.span(), body=body))  # type: ignore[arg-type]
            )
            continue
        left = masked[max(0, left_end - 60) : left_end]
        if "wh" in left:
            unhelped = _AUX.sub("", left.rstrip())
            relative = bool(
                _RELATIVE_SUBJECT.search(unhelped) or _WHO_END.search(unhelped) or unhelped.endswith(" which")
            )
        else:
            relative = False
        if relative and _left_clause_is_relative_aside(masked, left_end):
            closes = _THING_OBJECT_CLOSES.match(masked, m.end())
            if closes and not _FINITE_IN_OBJECT.search(closes.group("object")):
                # "Councillor Ann Pike, who proposed the scheme, toured the market": the clause says what she did,
                # not what she said; the sentence's own verb is the writer's
                continue
        if _OWNED_STATEMENT.fullmatch(verb):
            # "Critics seized on Ann Lee's remarks that ...": the remarks' owner said it, not the sentence's subject;
            # a pronoun only opening the sentence ("His claim that ..."), where it is read as a "He said" is (inside
            # it, "his" may be any of the people the sentence names); never a time ("Monday's announcement that")
            owner = _OWNER_BEFORE.search(masked, max(0, m.start() - 60), m.start())
            if (
                owner is None
                or (owner.group("owner") and _A_TIME_OWNER.search(owner.group("owner")))
                or (owner.group("pronoun") and masked[: owner.start()].strip(" “\"'‘"))
            ):
                continue
            group = "pronoun" if owner.group("pronoun") else "owner"
            np = _POSSESSIVE_PRONOUNS.get(owner.group(group).lower(), owner.group(group))
            found.append((m.start(), Attribution(np, how="verb", verb=verb, source=owner.span(group), cue=m.span())))
            continue
        np = _np_left(masked, left_end)
        finding = _finding_subject(masked, m.start()) if np and verb in cues.FINDING_FORMS else None
        if np and finding and len(finding) > len(np) and finding.endswith(np):
            np = finding  # "A survey that appeared in the Island Gazette found": the survey, not the clause's end
        if np and _CLAUSE_THEN_THING.search(np):
            continue  # "The bill did something Republicans wanted": what a party wanted, inside the writer's clause
        if (
            np
            and not (verb in _OLD_VERBS and verb not in _PUT and _REPORTED_GAP.match(masked, m.end()))
            and _inside_the_subjects_relative_clause(masked, masked.rfind(np, 0, left_end))
        ):
            continue  # "The school that the council wants to expand has 40 more pupils than places": the writer's
        if np and verb in _PUT and not _PUT_FIGURE.match(masked, m.end()):
            # "As the mayor put it": the mayor, a party ("As the storm put it" names none)
            np = re.sub(r"^[Aa]s\s+", "", np)
            head = np.split()[-1] if np.split() else ""
            if not (head[:1].isupper() or head in ROLE_HEADS or people_plural(head) or _agent_noun(head)):
                continue
        if np and _RAISED_DOUBTS.match(verb) and not _a_party_or_text(np):
            continue  # "The cancellations have raised questions about ...": a thing raises them, nobody states them
        np_at = masked.rfind(np, 0, left_end) if np else -1
        if np_at > 0 and _COMPARED_WITH_WHAT.search(masked, max(0, np_at - 80), np_at):
            # "210 were aboard, not 180 as the coast guard said", "more than the police estimated": the party a
            # figure is set against, never the sentence's source
            continue
        if np_at > 0 and _figure_right_before(masked, np_at):
            continue  # "not the 72% its developers announced": a clause about that figure, not the claim's source
        if (
            relative
            and np
            and (
                (
                    (people_plural(np.split()[-1]) or np.split()[-1].lower() in ROLE_HEADS)
                    and (verb not in SPEECH or verb in cues.HELD)
                )
                or (verb not in _OLD_VERBS and not np[:1].isupper())
            )
        ):
            # "developers who sought to build", "voters who decided": no statement, only what they did; "voters who
            # believe the port will close are selling": the belief says who they are, the sentence is not theirs
            continue
        if np is None and verb in cues.FINDING_FORMS:
            np = _finding_subject(masked, m.start())  # "A Gallup analysis of donations made since 2020 shows"
        if (
            np is None
            and verb in SPEECH
            # ("customers whose data was stolen is 2.7 million, twice the company's initial estimate": a noun)
            and not _POSSESSOR_BEFORE.search(masked, max(0, m.start() - 40), m.start())
        ):
            np = _subject_of_a_relative_clause(masked, left_end)  # "Voters who backed Lee in May say"
        if np:
            # "demanded her resignation after figures showed": the clause opened by "after" has its own subject
            np = _SUBORDINATE_OPENS.split(np)[-1].strip() or np
            np_at = masked.rfind(np, 0, left_end)
            gap = _TIME_GAP_BEFORE.search(masked, max(0, np_at - 40), np_at) if np_at > 0 else None
            if gap is not None and _MAIN_CLAUSE.search(masked, 0, gap.start()):
                # "Lindqvist resigned on Thursday, days after her office dismissed reports": the clause a time apart
                # tells what was said before; the sentence is the writer's
                continue
        if np and (_FIGURE_THEN_SUBJECT.search(np) or _COMPARED_THEN_SUBJECT.search(np)):
            # "ahead of the €5.2 billion analysts had expected", "a bigger cut than most economists had expected": a
            # clause about that figure, not the claim's
            continue
        if np is None or (cue_start != m.start() and np.split()[0].lower() in _CLAUSE_OPENERS):
            continue  # "..., because companies do not disclose their taxes": a clause's subject, in general
        np_words = np.split()
        if verb in _NOUN_CUES and (np_words[-1] in _VERBS_OF_A_NOUN_CUE or np_words[-2:-1] == ["to"]):
            # "She saw fear in their eyes", "He voiced doubt about it", "The silence seemed to reflect fear": the cue
            # word is a noun, an object
            continue
        if np_words[-1].lower() in _LISTING_VERBS:
            continue  # "The figures include pledged delegates": the cue word describes what is listed
        if (_COUNT_LAST.search(np) and _PARTICIPLE_BEFORE_A_NOUN.match(masked, m.start())) or _an_adverb(np):
            # "Lee leads by roughly 270 pledged delegates", "won 40 pledged delegates": a count, then the cue word
            # before a noun, is an adjective; "Eagerly anticipated, ...": an adverb is nobody
            continue
        if verb in _ADDED and _added_to_a_thing(masked, m.end()):
            continue  # "The delay added to the pressure on the board": it made it greater, nobody spoke
        if _POSSESSIVE_END.search(np) and verb.endswith("ed") and _NOUN_NEXT.match(masked, m.end()):
            continue  # "after Tom Brannock's proposed ban on cars": a possessive, its participle and a noun, nobody spoke
        if (
            verb in _BARE_CUE_NOUNS
            and _FINITE_NEXT.match(masked, m.end())
            and not _RELATIVE_BEFORE.search(masked, max(0, m.start() - 80), m.start())
        ):
            continue  # "the 10-year Treasury note fell": the cue word is a noun, its sentence's verb follows
        if (verb in _REMINDS and _REMINDS_OF.match(masked, m.end())) or (
            verb in _BOASTS and _BOASTS_A_THING.match(masked, m.end())
        ):
            continue  # "X reminds us of a houseguest": a likeness; "The town boasts 40 pubs": what it has, no words
        if verb in _FOUND and _REFLEXIVE_NEXT.match(masked, m.end()):
            continue  # "The bank has found itself at the centre of the crisis": where it is, not what it found
        if verb in _POSTED and _POSTED_RESULT.match(masked, m.end()):
            continue  # "Brannock posted an overwhelming victory", "The club posted a record loss": a result, no words
        if _ASIDE_OF_SAYING_AFTER.match(masked, m.end()):
            continue  # "Repair estimates, she added, were ...": the word before the aside is the subject's noun
        if (
            verb in cues.BASE
            and verb not in _OLD_VERBS
            and not goes_on
            and not held_denied
            and not (
                verb in cues.FINDING_FORMS and cues.FINDING_SUBJECT.search(masked, max(0, m.start() - 130), m.start())
            )
            and (not _plural_subject(np) or _AFTER_A_CUE.search(masked, max(0, left_end - 40), left_end))
        ):
            # "to show", "the plan", "make the report public": no finite verb after one subject;
            # "voters say they think": what they think is what they say
            continue
        where = masked.rfind(np, 0, left_end)
        if (
            verb == "states"
            and _CLAUSE_ENDS.match(masked, m.end())
            and not _CLOSING_CUE_OPENS.search(masked, 0, max(0, where))
        ):
            continue  # "when Lee won whiter states, like Ohio", "than other recent states.": a noun, not '..., the memo states.'
        source = (where, where + len(np)) if where >= 0 else None
        if source:
            aside = _APPOSITIVE_BEFORE_CUE.fullmatch(masked, source[1], left_end)
            if aside and not _ENDS_WITH_AND.search(aside.group("aside")):
                end = aside.end("aside")
                last = masked.rfind(",", source[1], end)
                if _AUXILIARIES_ONLY.fullmatch(masked, last + 1, end):
                    end = last  # "The owner, Braxton Aggregates, has vowed": "has" is the verb's, no aside
                source = (source[0], max(source[1], end))  # "Ann Lee, an economist at the bank, said"
            who = _COMMA_WHO.search(masked, source[0], source[1] + 2) if relative else None
            if who:
                source = (source[0], who.start())  # "Ann Lee, now the mayor, who in 2010 said": up to the pronoun
        body = bool(
            source
            and (
                _BODY_APPOSITIVE.match(masked, source[0] + len(np))
                or ITS_NEXT.match(masked, m.end())  # "Orvane said its profits fell"
            )
        )
        # "Trelwyn Mobility, which makes scooters, said", "..., the scooter maker, said": a body, whatever its name
        role_body = bool(source and np[:1].isupper() and _BODY_APPOSITIVE_WHOLE.match(masked, source[0] + len(np)))
        released = _RELEASED_BY.match(masked, source[0] + len(np)) if source else None
        if released and np.split()[-1].lower() in _TEXT_HEADS:
            # "The report, released by the watchdog, said": its maker, in the text's own verb
            np = f"{np} {released.group('verb')} by {released.group('by')}"
        if source and source[0] > 0 and np[:1].isupper() and not relative:
            role = _ROLE_BEFORE_APPOSITIVE.fullmatch(masked, 0, source[0])
            if role and (_agent_noun(role.group("head")) or role.group("head") in _ROLE_WORDS):
                source = (role.start("role"), source[1])  # "Her coach, Marco Ferri, said": the role is the source's
                # "The operator, Bluewave Lines, said": the role says the subject is a company, whatever its name
                # (not "The head of Moldova's hauliers' association, Ion Lupu, said": the head of a body is a person)
                post = _PERSON_OF_A_BODY.match(role.group("role"))
                role_body = role_body or (
                    role.group("head") in _BODY_HEADS
                    and not (post and (_agent_noun(post.group("post")) or post.group("post") in _ROLE_WORDS))
                )
        item = (
            m.start(),
            Attribution(
                np,
                how="verb",
                verb=verb,
                source=source,
                cue=(cue_start, m.end()),
                embedded=relative,
                body=body or role_body,
                subject_body=role_body,
            ),
        )
        if subordinate and m.start() < subordinate.end():
            item = (len(masked) + m.start(), item[1])  # only if nothing in the main clause
        found.append(item)
    if any(word in masked for word in ("oll", "urvey", "tud", "ensus", "udit", "nalysis", "esearch")):
        for hit in _POLL_SHOWS.finditer(masked):
            # "A CNN/ORC poll of South Carolina": whom or where it asked is no part of who made it, unless the maker
            # comes after ("a survey of 2,041 adults by the Norden Institute")
            end = hit.start("asked") if hit.group("asked") and not hit.group("maker") else hit.end("np")
            # the source as written is the whole phrase before the verb ("a study published on Wednesday", "a poll for
            # the Daily Courier"), the name the poll or study alone
            verb_at = hit.start("aux") if hit.group("aux") else hit.start("verb")
            written = len(masked[:verb_at].rstrip(" ,"))
            found.append(
                (
                    hit.start(),
                    Attribution(
                        masked[hit.start("np") : end],
                        how="verb",
                        verb="found",
                        source=(hit.start("np"), max(end, written)),
                        cue=hit.span("verb"),
                    ),
                )
            )
    if "oll" in masked or "urvey" in masked or "tudy" in masked or "eport" in masked or "ensus" in masked:
        for hit in _STUDY_FOUND.finditer(masked):
            verb = hit.group(0).split()[-1]
            found.append(
                (
                    hit.start(),
                    Attribution(
                        hit.group("np"),
                        how="verb",
                        verb="found",
                        source=hit.span("np"),
                        cue=(hit.end() - len(verb), hit.end()),
                    ),
                )
            )
        for hit in [*_IN_POLL.finditer(masked), *_OPENING_POLL.finditer(masked)]:
            np = hit.group("np").strip() or (hit.group("whole") if hit.group("kind") in ("poll", "survey") else "")
            if not np:
                continue  # "In a report, ...": which one is not said
            if hit.re is _IN_POLL and not is_nationality(np) and a_state_or_country(np):
                continue  # "ahead in a New Hampshire poll": where it was taken, not who took it
            if is_nationality(np):
                # "in a Swedish study": the study is the source, the nationality only says whose (not "Swedish")
                end = hit.end("kind") if hit.re.groupindex.get("kind") else hit.end()
                np = masked[hit.start("np") : end].strip()
            found.append(
                (
                    hit.start(),
                    Attribution(np, how="according", source=_locate(masked, np, hit.start("np")), cue=hit.span()),
                )
            )
    for pattern, how, needed in _INDIRECT:
        if not any(word in masked for word in needed):
            continue  # a substring test is many times cheaper than the pattern's search
        for hit in pattern.finditer(masked):
            np = _clean(hit.group("np"))
            if np:
                source = _locate(masked, np, hit.start("np"))
                # "..., according to the factory's owner, Meridian Apparel.": the role, then the name closing the
                # sentence.
                named_after = (
                    _NAME_CLOSING.fullmatch(masked, source[1])
                    if source and how == "according" and _ROLE_LAST_WORD.search(np)
                    else None
                )
                if (
                    source
                    and how == "according"
                    and not named_after
                    and (_ROLE_OR_BODY_LAST.search(np) or _AGENT_LAST.search(np))
                ):
                    # "According to the developer, Nordbyg, the site ...": the name in the appositive is the source
                    named_after = _NAME_APPOSITIVE.match(masked, source[1])
                    if named_after and (
                        country_of(named_after.group("name")) or a_state_or_country(named_after.group("name"))
                    ):
                        named_after = None  # "According to the minister, Britain, which ..., will": a country told of
                if source and named_after:
                    np, source = named_after.group("name"), (source[0], named_after.end("name"))
                owned = _OWNERS_RECORD.fullmatch(np)
                if source and owned:
                    # "according to its own figures": the owner of the figures is the source: the body named as the
                    # sentence's subject ("Zipcart, which ..., lost 38 million euros, according to its accounts"),
                    # else whoever the pronoun stands for
                    subject = _NAMED_SUBJECT.match(masked) if owned.group("owner").lower() == "its" else None
                    name = subject.group("name") if subject else ""
                    # (one common word opening a sentence is no name: "Shares fell 4%, according to its filing")
                    if subject and subject.start("name") != hit.start() and (" " in name or rarity(name) >= 3):
                        np, source = subject.group("name"), subject.span("name")
                    else:
                        np = _POSSESSIVE_PRONOUNS[owned.group("owner").lower()]
                        source = (source[0], source[0] + len(owned.group("owner")))
                found.append(
                    (
                        hit.start(),
                        Attribution(np, how=how, source=source, cue=(hit.start(), hit.start("np") - 1)),
                    )
                )
    if "In " in masked and not _VIEW_WORDS.isdisjoint(lower_words):
        view = _IN_VIEW.match(masked)
        if view:
            group = next(g for g in ("np", "of", "pronoun") if view.group(g))
            np = view.group(group)
            np = _POSSESSIVE_PRONOUNS.get(np.lower(), np)
            found.append(
                (view.start(), Attribution(np, how="according", source=view.span(group), cue=view.span("cue")))
            )
    if " in " in masked and not found and not _VIEW_WORDS.isdisjoint(lower_words):
        view = _VIEW_ASIDE.search(masked) or _VIEW_CLOSING.search(masked)
        if view:
            group = next(g for g in ("np", "of", "pronoun") if view.group(g))
            np = _POSSESSIVE_PRONOUNS.get(view.group(group).lower(), view.group(group))
            found.append(
                (view.start("cue"), Attribution(np, how="according", source=view.span(group), cue=view.span("cue")))
            )
    if not found and not _PLAN_WORDS.isdisjoint(lower_words):
        plan = _OWNED_PLAN.match(masked)
        if plan:
            np = _POSSESSIVE_PRONOUNS.get(plan.group("np").lower(), plan.group("np"))
            found.append(
                (plan.start("np"), Attribution(np, how="according", source=plan.span("np"), cue=plan.span("cue")))
            )
    if " that" in masked and not found:
        view = _VIEW_IS_THAT.match(masked)
        if view:
            np = _POSSESSIVE_PRONOUNS.get(view.group("np").lower(), view.group("np"))
            found.append(
                (view.start("np"), Attribution(np, how="according", source=view.span("np"), cue=view.span("cue")))
            )
    if ":" in masked:
        colon = _COLON_QUOTE.search(masked) or _COLON_FIRST_PERSON.match(masked)
        if colon:
            group = "np" if colon.group("np") else "from"
            np = colon.group(group)
            if (
                np.split()[-1] not in ("and", "of", "de", "van", "von", "al")
                and np.lower() not in _NOT_COLON_SPEAKERS
                and np.lower() not in cues.INTERJECTIONS
            ):
                found.append(
                    (
                        colon.start(group),
                        Attribution(
                            np, how="according", source=colon.span(group), cue=(colon.end(group), colon.end() - 1)
                        ),
                    )
                )
    first = _CUE_FIRST.match(masked) if masked.lstrip(' “"‘(').startswith(_CUE_FIRST_WORDS) else None
    if first and _inverted_speaker(first.group("np"), after_quote=True, to_end=True):
        np = _clean(first.group("np"))
        if np:
            source = _locate(masked, np, first.start("np"))
            found.append(
                (
                    first.start(),
                    Attribution(
                        np, how="inverted", verb=first.group("verb").lower(), source=source, cue=first.span("verb")
                    ),
                )
            )
    read = _TEXT_READ.search(masked) if not found and ("read" in lower_words or "reads" in lower_words) else None
    if read and not found:
        group = "np" if read.group("np") else "np2"
        verb_group = "verb" if group == "np" else "verb2"
        np = read.group(group)
        found.append(
            (
                read.start(group),
                Attribution(
                    np,
                    how="inverted",
                    verb=read.group(verb_group),
                    source=read.span(group),
                    cue=read.span(verb_group),
                ),
            )
        )
    named_after = _NAMED_AFTER_WORDS.match(masked) if masked.lstrip(' “"‘(')[:2] in ("So", "Th") else None
    if named_after and named_after.group("name"):
        if named_after.group("role").split()[-1] not in _NAMED_AFTER_ROLES:
            named_after = None  # "That was the message from voting Kevin Marsh": no role before the name
    elif named_after and re.sub(r"^the\s+", "", named_after.group("np"))[:1].islower():
        head = named_after.group("np").split()[-1]
        if not (people_plural(head) or head in ROLE_HEADS):
            named_after = None  # "That is the hope of many families", fine; "That was the view from windows": nobody
    if named_after and not found:
        # (a role and its name: the name speaks, the role and the name are the source as written)
        np = named_after.group("name") or _clean(named_after.group("np"))
        if np:
            cue_group = "verb" if named_after.group("verb") else "noun"
            found.append(
                (
                    named_after.start("np"),
                    Attribution(
                        np,
                        how="inverted" if cue_group == "verb" else "according",
                        verb=named_after.group("verb").lower() if cue_group == "verb" else None,
                        source=named_after.span("np")
                        if named_after.group("name")
                        else _locate(masked, np, named_after.start("np")),
                        cue=named_after.span(cue_group),
                    ),
                )
            )
    heard = _HEARING_HEARD.search(masked) if not found and ("heard" in masked or "told" in masked) else None
    if heard and not found:
        np = _clean(heard.group("np"))
        if np:
            found.append(
                (
                    heard.start("np"),
                    Attribution(
                        np,
                        how="according",
                        source=_locate(masked, np, heard.start("np")),
                        cue=heard.span("verb"),
                    ),
                )
            )
    signed = _DASH_SIGNATURE.search(text)
    if signed and not found:
        # "“...” ― Ana Ruiz": a quotation signed with a dash.
        np = signed.group("np").strip()
        found.append(
            (
                signed.start(),
                Attribution(
                    np,
                    how="inverted",
                    source=(signed.start("np"), signed.start("np") + len(np)),
                    cue=(signed.start("dash"), signed.end("dash")),
                ),
            )
        )
    if not any(a.how in ("verb", "quoted", "inverted") and not a.embedded for _, a in found) and "ing" in masked:
        participle = _participle_speaker(masked)
        if participle:
            found.append((0, participle))
    elif (
        "ing" in masked
        and found
        and all(_inside_participle_content(masked, a) for _, a in found if a.how in ("verb", "quoted", "inverted"))
    ):
        # "The ministry closed the border, saying it feared an attack": "it feared" is what the ministry said, the
        # participle's subject is who said it
        participle = _participle_speaker(masked)
        if participle and participle.cue:
            found = [(0, participle)] + [
                (at, replace(a, embedded=True) if a.how in ("verb", "quoted", "inverted") else a) for at, a in found
            ]
    if not found and "by" in lower_words and not _PASSIVE_CUES.isdisjoint(lower_words):
        passive = _passive_agent(masked)
        if passive:
            found.append((0, passive))
    if not found and ("“" in masked or '"' in masked):
        quoting = _subject_quoting(text, masked)
        if quoting:
            found.append((0, quoting))
    if not found and ":" in masked:
        introduced = _colon_quote_speaker(masked)
        if introduced:
            found.append((0, introduced))
    if not found and _NOMINAL_OPENING_WORDS.match(masked):
        nominal = _nominal_source(masked)
        if nominal:
            found.append((0, nominal))
    if not found and ("”" in masked or '"' in masked):
        manner = _manner_after_quote(straight_quotes(text), masked)
        if manner:
            found.append((manner.source[0] if manner.source else 0, manner))
    found.sort(key=lambda item: item[0])
    # The speaker is the first direct attribution; "according to"/"citing" lead only without one.
    direct = [a for _, a in found if a.how in ("verb", "quoted", "inverted")]
    direct = _inside_a_participle(masked, direct)
    # Speech verbs first: the one who "said" or "announced" is the source of an action reported.
    direct.sort(key=lambda a: (a.embedded, 0 if (a.how != "verb" or _of_speech(masked, a)) else 1))
    indirect = [a for _, a in found if a.how == "according"]
    cited = [a for _, a in found if a.how == "citing"]
    # A cue of the wider lexicon ("questioned", "is claiming") leads only when no verb of saying or
    # "according to" names someone.
    # Someone a relative clause describes ("a source who told him") speaks only when the sentence's own
    # subject does not.
    # ("went on to say", "continued to insist": the verb of saying after "to" is the cue's own)
    strong = [
        a
        for a in direct
        if (a.how != "verb" or a.verb in _OLD_VERBS or (_goes_on(masked, a) and _last_word(a.verb) in _OLD_VERBS))
        and not a.embedded
    ]
    weak = [a for a in direct if a not in strong and not a.embedded]
    # "About 3 in 10 firms plan to hire, the survey found.": the source closing the sentence tells all before it,
    # an intention held inside it included
    weak.sort(key=lambda a: not _closes_the_sentence(masked, a))
    embedded = [a for a in direct if a.embedded]
    if direct and _SHARE_POLLED.match(direct[0].phrase or ""):
        # "Sixty-seven percent of voters said ... in a Ledger poll", "Most voters said ..., a survey by Brightline
        # found": a share of the people polled speaks through the poll, which counted them; the poll is the source
        poll = next(
            (
                a
                for a in indirect + strong + weak
                if a is not direct[0]
                and (_POLL_NAMED.search(a.phrase or "") or (a.cue and _POLL_NAMED.search(masked[a.cue[0] : a.cue[1]])))
            ),
            None,
        )
        if poll is not None:
            return [poll, *(a for a in strong + indirect + weak if a is not poll), *embedded]
    if indirect and direct and direct[0].verb in cues.HELD and _POLL_NAMED.search(indirect[0].phrase or ""):
        # "Most voters believe the economy is worse, according to a poll by Marist", "Economists had expected a smaller
        # rise, according to a Reuters survey": the poll reports what they hold; it is the source
        return indirect + strong + weak + embedded
    if strong and strong[0].verb in cues.HELD:
        # "Nearly two in five firms expect to cut staff, a survey by the chamber found": the source closing the sentence
        # reports the view held inside it, so it leads
        closing = next(
            (a for a in strong[1:] + weak if a.verb not in cues.HELD and _closes_the_sentence(masked, a)), None
        )
        if closing is not None:
            return [closing, *(a for a in strong + indirect + weak if a is not closing), *embedded]
    contrasted = _main_clause_before_contrast(masked, strong, weak)
    if contrasted is not None:
        # "The ministry put the turnout at 1.12 million, while the union said more than 2 million had taken part":
        # the sentence's first clause, and its figure, are the ministry's; the union's is the clause after "while"
        return [contrasted, *(a for a in strong + indirect + weak if a is not contrasted), *embedded]
    if strong and _a_thing_as_source(strong[0]):
        # "A recount has confirmed Harlow as mayor, the electoral office said", "Tests confirmed the virus, the
        # ministry said": a thing's finding, reported by the party whose saying closes the sentence
        teller = next(
            (
                a
                for a in strong[1:]
                if a.verb in SPEECH
                and a.source is not None
                and a.cue is not None
                and masked[: a.source[0]].rstrip().endswith(",")
                and _CLOSES_WITH_A_DAY.fullmatch(masked, a.cue[1])
                and not _a_thing_as_source(a)
            ),
            None,
        )
        if teller is not None:
            return [teller, *(a for a in strong + indirect + weak if a is not teller), *embedded]
    if strong:
        lead = _reporting_the_first(masked, strong[0], weak)
        if lead is not None:
            # "She pointed to reports that Trump called the winner a pig": Trump's words are what she pointed to
            return [lead, *strong, *indirect, *(a for a in weak if a is not lead), *embedded]
        return strong + indirect + weak + embedded
    if indirect:
        return indirect + cited[:1] + weak + embedded
    if weak:
        return weak + embedded
    if embedded:
        return embedded
    return cited[:1]


def _last_word(verb: str | None) -> str | None:
    """The verb itself of a cue that runs over several words ("went on to say" -> "say")."""
    return verb.split()[-1] if verb else verb


def _of_speech(masked: str, a: Attribution) -> bool:
    """A verb of saying, after "went on to" or "continued to" too ("went on to say", "continued to insist")."""
    word = _last_word(a.verb) or ""
    if word in SPEECH:
        return True
    if not _goes_on(masked, a):
        return False  # ("Sanders aides argue": a plain present, of the wider lexicon)
    return any(form in SPEECH for form in (word + "s", word + "es", word + "ed", word + "d"))


def _goes_on(masked: str, a: Attribution) -> bool:
    """A cue after "went on to", "continued to" ("went on to say" as one cue, or "insist" after "continued to")."""
    if a.verb and " " in a.verb:
        return _GOES_ON_TO.search(a.verb.rsplit(" ", 1)[0] + " ") is not None
    return a.cue is not None and _GOES_ON_TO.search(masked, max(0, a.cue[0] - 40), a.cue[0]) is not None


_CONTRAST = re.compile(r",\s+(?:while|whereas|but)\s+")


def _main_clause_before_contrast(masked: str, strong: list[Attribution], weak: list[Attribution]) -> Attribution | None:
    """The attribution opening the sentence, when every verb of saying stands after a ", while" or ", but" that
    sets another source against it: the sentence's main clause is the first source's."""
    both = strong + weak
    if len(both) < 2 or both[0].source is None:
        return None
    first = min(both, key=lambda a: a.source[0] if a.source else len(masked))
    if first is both[0] or first.source is None or first.how != "verb" or masked[: first.source[0]].strip(" \"“‘'"):
        return None  # it leads already, or it is not the subject opening the sentence
    contrast = _CONTRAST.search(masked, first.source[1])
    others = [a for a in both if a is not first]
    if contrast is None or not all(a.source and a.source[0] >= contrast.end() for a in others):
        return None
    return first


# Doubts raised ("raised concerns about", cues.PHRASES) are stated only by a party or a text; an event or a thing
# that raises them ("The crash raised questions about the bridge") names nobody who holds them.
_RAISED_DOUBTS = re.compile(r"rais(?:e|es|ed|ing)\s+(?:[a-z]+\s+)*?(?:concerns?|questions|doubts|fears|objections)\b")
_TEXT_HEADS = frozenset(
    "report reports letter letters study studies survey surveys audit review analysis paper statement complaint "
    "lawsuit filing memo document petition".split()
)


def _a_party_or_text(np: str) -> bool:
    """Is the noun phrase a name, a person, a body or a text someone wrote ("Hauliers", "The Holm Island Trust", "the
    report"), not a thing or an event ("The cancellations", "The storm")?"""
    words = np.split()
    head = words[-1].strip(",.") if words else ""
    lower = head.lower()
    return bool(
        head[:1].isupper()
        or lower in ROLE_HEADS
        or people_plural(lower)
        or _agent_noun(lower)
        or lower in _BODY_NOUNS
        or lower in _TEXT_HEADS
        or (lower.endswith("s") and (_agent_noun(lower[:-1]) or lower[:-1] in _BODY_NOUNS))
    )


def _a_thing_as_source(a: Attribution) -> bool:
    """The source is a count, a test or an inquiry, not a person or a body ("A recount", "Tests", "A post-mortem
    examination", "The audit")."""
    words = (a.phrase or "").split()
    if a.how != "verb" or not words:
        return False
    head = words[-1].strip(",.").lower()
    return head in _EVIDENCE_NOUNS or (head.endswith("s") and head[:-1] in _EVIDENCE_NOUNS)


# What finds or shows, and is reported by whoever made it: a count, a test, an examination, an inquiry.
_EVIDENCE_NOUNS = frozenset(
    "recount count audit test examination post-mortem postmortem autopsy scan inspection review inquiry "
    "investigation probe analysis study survey footage data record check".split()
)


def _closes_the_sentence(masked: str, a: Attribution) -> bool:
    """ "..., the survey found.": a subject after a comma, its cue the sentence's last words."""
    if a.how != "verb" or a.source is None or a.cue is None:
        return False
    return masked[: a.source[0]].rstrip().endswith(",") and not masked[a.cue[1] :].strip(' .!?”"’')


def _reporting_the_first(masked: str, first: Attribution, weak: list[Attribution]) -> Attribution | None:
    """A cue of the wider lexicon whose subject comes before a verb of saying inside what it reports, with no clause
    break between ("She pointed to reports that Trump called ...", "Critics questioned whether Lee said ..."): the
    sentence is the first subject's; never a source after a comma ("..., officials said")."""
    if first.how != "verb" or first.source is None:
        return None
    for w in weak:
        if not (w.how == "verb" and w.source and w.cue and w.source[0] < w.cue[1] <= first.source[0]):
            continue
        between = masked[w.cue[1] : first.source[0]]
        if not _CLAUSE_BREAK.search(between) and _COMPLEMENT_OPENING.search(between):
            return w
    return None


# A poll, a survey or a study named by "according to": what a group believes or expects is its finding.
# A share of a people counted ("Sixty-seven percent of voters", "Most Americans", "A majority of Republicans", "Three
# in 10 parents", "Half of respondents", "72%"), as a poll reports them.
_SHARE_POLLED = re.compile(
    r"\W*(?:(?:the|a|an)\s+)?(?:(?:vast|slim|narrow|clear|large|small)\s+)?(?:[\w-]+\s+(?:percent|per\s+cent)|\d+(?:\.\d+)?%|"
    r"majority|minority|plurality|most|half|(?:a|one|two)\s+(?:third|quarter|fifth)s?|[\w-]+\s+in\s+(?:\d+|ten|five|four|three)|"
    r"nearly\s+[\w-]+\s+(?:percent|in\s+\d+)|more\s+than\s+[\w-]+\s+(?:percent|in\s+\d+))(?!\w)",
    re.IGNORECASE,
)
_POLL_NAMED = re.compile(r"\b(?:polls?|polling|surveys?|stud(?:y|ies)|analys[ie]s|census|research)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()“”\"—–]")
_COMPLEMENT_OPENING = re.compile(r"\b(?:that|whether|if|how|why|what|reports?|claims?|allegations?|suggestions?)\b")


# "“Will you pledge?” he asks.": a quotation just before the subject is what the cue reports.
_QUOTE_JUST_BEFORE = re.compile(r"[x,?!.—–-][”\"]\s+(?:[\w’'.-]+\s+){0,6}$")  # quoted words are masked as x


# Labels before a colon that name a kind of text, not who speaks ("Update: “...”").
_NOT_COLON_SPEAKERS = frozenset(
    "update note editor's note quote watch read related photo video transcript headline excerpt warning".split()
)


_CLOSES_THE_SENTENCE = re.compile(r"\s*[.!?]?[”\"’]?\s*$")
# The same, after the day or time the cue was given ("..., a court ruled on Thursday.", "..., the team found last year.").
_CLOSES_WITH_A_DAY = re.compile(
    r"(?:\s+(?:on|late|early|earlier|last|this)(?:\s+[A-Z][a-z]+|\s+(?:week|month|year|morning|afternoon|evening|night))|"
    # a bare day, as wire copy writes it ("..., a federal judge ruled Monday.")
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"\s*[.!?]?[”\"’]?\s*$"
)
# A short subject between the comma closing a clause and a cue that ends the sentence ("..., the researchers found.",
# "..., residents complain."): not "and" or "but" opening a clause of its own.
_PARENTHETICAL_SUBJECT = re.compile(
    r"[\w%)’'”\"],\s+(?!(?:and|but|or|so|which|who|when|where|while|as|if)\b)(?:[\w’'.-]+\s+){0,4}(?:also\s+)?$"
)
# Cues that report what comes before them when they close the sentence after a short subject; not those that also
# tell of a thing going on or a plain act ("..., the borrowing continued.", "..., she asked.", "..., they responded.").
_CLOSING_CUES = frozenset(
    f
    for lemma in [
        *cues.FINDING,
        *cues.JUDGING,
        *cues.BELIEVING,
        *cues.ASSERTING,
        *cues.WARNING,
        *cues.CONFIRMING,
        *cues.ESTIMATING,
        "fume",
        "rant",
        "hint",
        "tweet",
        "understand",  # "..., the Gazette understands.": what a paper has learnt
        *cues.RULING,
    ]
    for f in cues.forms(lemma)
)
_RULE_FORMS = frozenset(cues.forms("rule")) | {"rule"}
# Cues a title-case headline writes with an object and no clause that are speech whoever their subject is (not "Slams",
# "Blasts", "Attacks", "Hits": a storm or a striker does those too; nor "Defends", "Questions", "Dismisses", "Seeks":
# a champion defends a title, police question a suspect, a judge dismisses a case, a firm seeks staff).
_HEADLINE_SPEECH_FORMS = frozenset(
    f
    for lemma in (
        "promise pledge vow urge demand accuse blame criticise criticize condemn denounce praise mock endorse reject want "
        "think believe expect tout reassure hint announce downplay disavow".split()
    )
    for f in cues.forms(lemma)
    if not f.endswith("ing")
)
_CHARGE_FORMS = frozenset(cues.forms("charge")) | {"charge"}
_CHARGED_WITH = re.compile(r"\s+(?:[\w’'.-]+\s+){0,4}?with\b")
_TITLE_CASE_OBJECT = re.compile(r"\s+(?:[A-Z]|[“\"‘][A-Z])")
# An opening phrase with no clause of its own before the comma ("After the fire, investigators found.").
_OPENING_PHRASE_ONLY = re.compile(
    r"\W*(?:After|Before|In|On|At|During|Since|Despite|Following|For|With|Without|Unlike|Like|Amid|Under|Over|As|"
    r"When|While|If|Although|Though|By|From|Through|Then|Later|Earlier|Meanwhile|However|Instead|Still|Yet|Now)\b[^,]*,"
)
_COMPLAIN_FORMS = frozenset(cues.forms("complain")) | {"complain"}
_ABOUT_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?about\s")
_MAINTAIN_FORMS = frozenset(cues.forms("maintain")) | {"maintain"}
_MAINTAINED_STANCE = re.compile(
    r"\s+(?:(?:his|her|their|its|the)\s+)?(?:innocence|position|stance|view|silence|denials?|opposition|support)\b"
)


_PREPOSITION_JUST_BEFORE = re.compile(
    r"\b(?:against|of|for|about|over|on|with|from|into|by|amid|despite|after|before|under|in)\s+$", re.IGNORECASE
)
_ADMIT_FORMS = frozenset(("admit", *cues.forms("admit")))
_TO_A_VERB = re.compile(r"\s+to\s+[a-z]")


# Where someone is let in ("admitted to hospital", "admitted into the United States", "admitted to the bar"), with no
# "that" after it ("admitted to the court that he lied" owns up).
ADMITTED_INTO = re.compile(
    r"\s+(?:to|into)\s+(?:(?:the|a|an)\s+)?(?:(?:local|city|county|general|children’s|children's|psychiatric)\s+)?"
    r"(?:hospitals?|schools?|university|universities|college|bar|programmes?|programs?|wards?|clinics?|units?|"
    r"intensive\s+care|care\s+homes?|shelters?|country|United\s+States|U\.S\.|UK|Britain|America|Europe|EU)\b"
    r"(?![^.;“”\"]*\bthat\b)",
    re.IGNORECASE,
)


# A work written, and nothing of what it says ("Tom Reyes and Ann Cole wrote the bill together", "Marsh wrote the
# novel in prison", "The governor wrote a letter to the board on Monday."): the writer tells who made it, an act; the
# authors say nothing in the sentence. Not with what it says after it ("wrote a letter calling for", "a book arguing
# that", "wrote in a letter that", "wrote: ...").
_WRITE_FORMS = frozenset(("write", *cues.forms("write"), "wrote", "written"))
_AUTHORED_WORK = re.compile(
    # (not "that": "wrote that the law gave police too much power" is what was written)
    r"\s+(?:the|a|an|his|her|their|its|this|our|my|two|three|several)\s+(?:[\w’'-]+\s+){0,2}?(?:bills?|laws?|"
    r"legislation|amendments?|songs?|books?|novels?|plays?|scripts?|screenplays?|score|music|lyrics|poems?|opera|"
    r"musical|code|software|constitution|biography|memoir|textbook|anthem|album|chapters?|letters?|columns?|essays?|"
    r"articles?)\b(?P<rest>[^“”\"':]*)$"
)
# "recalled" products, a count or an envoy ("Apple has recalled 2,000 chargers", "recalled its ambassador", "Toyota
# recalled the cars"): called back, nothing recounted. Anything else recalled is a memory told ("recalled her
# opposition to ...", "recalled the day", "recalled that", '“...,” she recalled').
_RECALL_FORMS = frozenset(("recall", *cues.forms("recall")))
_RECALLED_GOODS = re.compile(
    r"\s+(?:(?:about|around|nearly|almost|some|more\s+than|over|up\s+to|all|the|its|their|thousands\s+of|"
    r"millions\s+of|hundreds\s+of)\s+)*(?:\d[\d,.]*|(?:(?:[\w’'-]+\s+){0,2}?(?:ambassadors?|envoys?|diplomats?|"
    r"vehicles|cars|trucks|products?|units|devices|chargers|batteries|phones|laptops|toys|items|packs|bottles|jars|"
    r"batch(?:es)?|tablets|medicines?|drugs|models|bikes|scooters|cots|seats|heaters|appliances)\b))"
)
# Written to someone, and nothing of what ("He wrote to the transport minister.", "She wrote to the board on Monday"):
# an act; not "wrote to the court asking for", "wrote to the council to complain", "wrote to him that".
_CLOSING_A_CLAUSE = re.compile(r"[,;:”\"’]\s*(?:[\w’'.-]+\s+){0,6}$")
_TO_DO = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|their|its|him|them|us|me)\b)[a-z]+\b")
_WROTE_TO_SOMEONE = re.compile(r"\s+to\s+(?:the|a|an|his|her|their|its|[A-Z][\w’'.-]*)\s(?P<rest>[^“”\"':]*)$")
_WHAT_A_WORK_SAYS = re.compile(
    r"\b(?:that|which|who|saying|arguing|warning|claiming|calling|urging|demanding|asking|accusing|describing|"
    r"explaining|setting\s+out|in\s+which)\b"
)
_REPORT_FORMS = frozenset(("report", *cues.forms("report")))
_TROUBLE_REPORTED = re.compile(
    r"\s+(?:(?:some|many|more|few|no|similar|technical|serious|minor)\s+)?(?:problems|issues|difficulties|trouble|"
    r"outages|errors|glitches|faults)\b"
)


# A thing come upon, not a finding reported: "found the body of a climber", "find wreck of trawler", "found a loaded
# pistol", "found 4,000 pounds in cash".
_PHYSICAL_FIND = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|two|three|four|five|six|several|more|\d[\d,.]*)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:body|bodies|remains|corpses?|skeletons?|bones|wreck|wreckage|debris|weapons?|guns?|pistols?|rifles?|handguns?|"
    r"firearms?|knife|knives|ammunition|bombs?|explosives|grenades?|cash|banknotes|drugs|cocaine|heroin|cannabis|"
    r"cars?|vehicles?|vans?|boats?|bags?|suitcases?|rucksacks?|backpacks?|phones?|laptops?|graves?|coins|hoard|"
    r"fossils?|artefacts|artifacts)\b"
)


def _complemented(masked: str, m: _CueMatch, verb: str) -> bool:
    """Does a cue that can also name an action ("welcomed the move", "saw the tweet", "released video") carry
    what someone says or holds: a clause, a quotation, a text issued, "X as Y", "criticised X for"?"""
    if verb in _FOUND and _PHYSICAL_FIND.match(masked, m.end()):
        return False  # "Searchers found the body of a hillwalker": what they came upon, no finding told
    if verb.startswith("vot") and not _vote_taken_as_a_stance(masked, m, verb):
        return False
    if verb in cues.CONDEMN_FORMS and cues.CONDEMNED_AS_AN_ACT.match(masked, m.end()):
        return False  # "condemned the warehouse", "condemned him to death": an act, whoever did it
    if verb == "confirmed" and cues.CONFIRMED_STATE.match(masked, m.end()):
        return False  # "the number of people confirmed dead": a participle of the dead, nobody confirming aloud
    if verb == "told" and _TO_A_VERB.match(masked, m.end()):
        return False  # "the 8,000 people told to leave": told by someone else ("told them to leave" has its object)
    if verb in _ADMIT_FORMS and cues.ADMITTED_PEOPLE.match(masked, m.end()):
        return False  # "the clinics admitted 300 patients": let in, nothing owned up to
    if verb in _ADMIT_FORMS and ADMITTED_INTO.match(masked, m.end()):
        return False  # "Three patients admitted to hospital on Monday have died": let in, nothing owned up to
    if verb in _REPORT_FORMS and _TROUBLE_REPORTED.match(masked, m.end()):
        return False  # "Thousands of users reported problems with the app": trouble met, no statement made
    if (
        verb in _RECALL_FORMS
        and _RECALLED_GOODS.match(masked, m.end())
        and not _CLOSING_A_CLAUSE.search(masked, max(0, m.start() - 80), m.start())
    ):
        return False  # "Apple has recalled 2,000 chargers", "recalled its ambassador": called back, nothing recounted
    if verb in _WRITE_FORMS:
        work = _AUTHORED_WORK.match(masked, m.end()) or _WROTE_TO_SOMEONE.match(masked, m.end())
        if (
            work
            and not _WHAT_A_WORK_SAYS.search(work.group("rest"))
            and not _TO_DO.search(work.group("rest"))
            # (not closing what came before: '“...,” Sanders wrote to his colleagues.', "The plan is dead, she wrote")
            and not _CLOSING_A_CLAUSE.search(masked, max(0, m.start() - 80), m.start())
        ):
            # "wrote the bill together", "wrote a letter to the board on Monday", "wrote to the minister": an act
            return False
    if verb in _OLD_VERBS and verb not in cues.CALL_FORMS and verb not in _MAINTAIN_FORMS:
        return True  # "called" too names plain acts ("called a meeting", "called her lawyer")
    if _QUOTE_JUST_BEFORE.search(masked, max(0, m.start() - 80), m.start()):
        return True
    closing = (
        verb in _CLOSING_CUES
        and _CLOSES_WITH_A_DAY.match(masked, m.end())
        and _PARENTHETICAL_SUBJECT.search(masked, max(0, m.start() - 60), m.start())
    )
    if closing and not _OPENING_PHRASE_ONLY.match(masked, 0, closing.start() + 2):
        return True  # "Turnout fell to 40%, the researchers found.": what comes before is what they found
    if verb in _CHARGE_FORMS and _CHARGED_WITH.match(masked, m.end()):
        return False  # "Police charged him with theft", "the man charged with fraud": an accusation in law, no words
    if verb in _HEADLINE_SPEECH_FORMS and _TITLE_CASE_OBJECT.match(masked, m.end()) and _title_case(masked):
        return True  # "Lee Promises Action On Dam", "Lee Urges Calm": a headline's cue of speech drops its clause
    if verb in _RULE_FORMS:
        return False  # "ruled the country for 30 years": a reign, not a ruling reported
    if verb in _COMPLAIN_FORMS and _ABOUT_AFTER.match(masked, m.end()):
        return True  # "residents have long complained about the dust": a grievance voiced
    if verb in _MAINTAIN_FORMS:
        # "maintained that", "maintains his innocence"; never "maintained a lead", "have maintained this faith"
        return bool(
            cues.COMPLEMENT.match(masked, m.end())
            or _MAINTAINED_STANCE.match(masked, m.end())
            or _CLOSES_THE_SENTENCE.match(masked, m.end())  # "..., the candidate's former doctor maintains."
        )
    end = m.end()
    if verb in _APPEAL_FORMS:
        return bool(_APPEALED_WHAT.match(masked, end))
    if verb in _SEEK_FORMS:
        # "seeks to overturn the rule": an intention held; "is seeking a second term", "seeks damages": an act
        return bool(_SOUGHT_WHAT.match(masked, end))
    if verb in _AGREE_FORMS:
        # "agreed that the plan was costly", "agreed to sell": a view or a decision held; "agreed a ceasefire",
        # "agreed a 7% pay rise": an act two parties did, no statement of theirs.
        return bool(_AGREED_WHAT.match(masked, end))
    if verb.endswith(" back"):
        return bool(cues.COMPLEMENT.match(masked, end))  # "“...,” Lee shot back", not "troops fired back"
    if verb in cues.FINDING_FORMS and cues.FINDING_SUBJECT.search(masked, max(0, m.start() - 130), m.start()):
        return True  # "Polls show a close race": what a poll shows is what it reports
    if verb in _RATE_FORMS and _RATES_AS_A_NOUN.match(masked, end):
        return False  # "Central bank raises rates to 4.5% as inflation bites": the noun, no rating given
    if verb in _CAST_FORMS and _CAST_IN_A_ROLE.match(masked, end):
        return (
            False  # "cast actor Tom Marsh as the villain", "cast Lee as Hamlet": a part given, nothing said of anyone
        )
    if verb in cues.NEEDS_CLAUSE:
        # "consider the quay a hazard", "considers Lee naive": what is held of someone, as when they are called it
        return (
            bool(cues.CLAUSE.match(masked, end))
            or (verb in cues.CONSIDER_FORMS and bool(cues.CALLED_NAME.match(masked, end)))
            or (verb in cues.PORTRAYING_LONG and bool(cues.CAST_AS_LONG.match(masked, end)))
        )
    if verb in cues.NEEDS_TEXT_OBJECT:
        issued = cues.TEXT_OBJECT.match(masked, end)
        # "The watchdog published its report on Monday.": an act, with nothing of what the report says
        return issued is not None and not cues.ONLY_CIRCUMSTANCES.match(masked, issued.end())
    if verb in cues.ATTACK_FORMS:
        return bool(
            cues.ATTACKED_AS.match(masked, end)
            or cues.ATTACKED_FOR.match(masked, end)
            or cues.ATTACKED_IN_WORDS.match(masked, end)
            or cues.CALLED_QUOTED.match(masked, end)
        )
    if verb in cues.PHYSICAL_JUDGING_FORMS:
        # "slammed the plan", "blasted the ruling as", "slammed Lee for": never "slammed the door of the hall"
        return bool(
            cues.POSITION_OBJECT.match(masked, end)
            or cues.JUDGED_FOR.match(masked, end)
            or cues.CLAUSE.match(masked, end)
            or cues.CALLED_QUOTED.match(masked, end)
        )
    if verb in cues.REPEAT_FORMS:
        return bool(cues.REPEATED_WHAT.match(masked, end))
    if verb in cues.NEEDS_COMPLEMENT:
        complement = cues.COMPLEMENT.match(masked, end)
        if complement and verb in _QUESTION_FORMS and (questioned := _QUESTIONED_PERSON.search(complement.group(0))):
            head = questioned.group("head").lower()
            if _agent_noun(head) or _agent_noun(singular(head)) or head in _PERSON_WORDS:
                complement = None  # "Police questioned the driver of the lorry": questioned him, no doubt stated
        return (
            bool(complement)
            or (
                verb in cues.JUDGING_FORMS
                and bool(cues.JUDGED_FOR.match(masked, end) or cues.POSITION_OBJECT.match(masked, end))
            )
            or (verb in cues.SPOKEN_JUDGING_FORMS and bool(cues.JUDGED_PARTY.match(masked, end)))
            or verb in cues.SPOKEN_OF_ANYTHING
            or (verb in cues.THANKING_FORMS and bool(cues.THANKED_FOR.match(masked, end)))
            or (verb in cues.APOLOGY_FORMS and bool(cues.APOLOGISED_TO.match(masked, end)))
            or (
                verb in cues.CALL_FORMS
                and bool(
                    cues.CALLED_NAME.match(masked, end)
                    or cues.CALLED_QUOTED.match(masked, end)
                    or _WHAT_BEFORE.search(masked, max(0, m.start() - 60), m.start())
                )
            )
            or (verb in cues.ASK_FORMS and bool(cues.ASKED_OBJECT.match(masked, end)))
            or (verb in cues.ADVISE_FORMS and bool(cues.ADVISED_TO.match(masked, end)))
            or (verb in cues.TELLING_FORMS and bool(cues.TOLD_WHAT.match(masked, end)))
        )
    return True


_RATE_FORMS = frozenset(("rate", *cues.forms("rate")))
_RATES_AS_A_NOUN = re.compile(
    r"\s+(?:to|at|of|for|on|in|by|from|and|rise|rises|hike|hikes|cut|cuts|unchanged|steady)\b"
)
_CAST_FORMS = frozenset(("cast", *cues.forms("cast")))
_CAST_IN_A_ROLE = re.compile(
    r"\s+(?:(?:the|a|an|young|veteran|British|American)\s+)?(?:actors?|actress(?:es)?|stars?|singers?|comedians?|"
    r"newcomers?|unknowns?)\b|\s+(?:[\w’'.-]+\s+){1,5}?as\s+(?:the\s+)?[A-Z]"
)
_QUESTION_FORMS = frozenset(("question", *cues.forms("question")))
_THAT_AFTER = re.compile(r"\s+that\b")
# Who was questioned, before "of" or "as" ("the driver of the lorry", "two men as suspects"), unlike what was doubted
# ("the integrity of the vote", "the health of the nominee").
_QUESTIONED_PERSON = re.compile(r"(?P<head>[A-Za-z-]+)\s+(?:of|as)\s$")
_PERSON_WORDS = frozenset(
    "man men woman women boy boys girl girls person people suspect suspects witness witnesses".split()
)


# Who voted for what is the voter's stance only when the voter is named as such: not a tally compared ("More people
# voted for Lee than for Ortiz"), not a state's voting record ("The three states last voted for a Democrat in 1988"),
# not a participle of a count ("resulted in 58.9 percent voting against"), and not inside someone's quotation, whose
# speaker is the one quoted ("“On the other hand, the senator voted for that war.”").
_COMPARED_TALLY_BEFORE = re.compile(r"(?:^|[,;:]\s+)\W*(?:More|Fewer|Most|more|fewer|most)\s+[a-z]+\s+$")
_LAST_BEFORE = re.compile(r"\blast\s+$")
_VOTES_A_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|enough|no|more|fewer|most|its|his|her|their|our|your|of|many|all|these|those|any|some|by|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|hundred|thousand|million)|\d[\d,.]*|"
    r"[a-z]+(?:’s|'s|s’|s')|\b[a-z]+ed)\s+(?:[a-z]+\s+)?$"
)


def _vote_taken_as_a_stance(masked: str, m: _CueMatch, verb: str) -> bool:
    before = masked[max(0, m.start() - 60) : m.start()]
    if _COMPARED_TALLY_BEFORE.search(before) or _LAST_BEFORE.search(before):
        return False
    if verb.startswith("voting") and not _BE_BEFORE.search(masked, max(0, m.start() - 30), m.start()):
        return False
    if verb.startswith("votes ") and _VOTES_A_NOUN_BEFORE.search(before):
        return False  # "has the votes to pass it", "won 52 votes to 41": the noun, no one voting
    return not _within_a_quotation(masked, m.start())


def _within_a_quotation(masked: str, at: int) -> bool:
    """Is ``at`` inside a quotation opened before it in the sentence and not closed before it?"""
    head = masked[:at]
    return head.count('"') % 2 == 1 or head.count("“") > head.count("”")


_SEEK_FORMS = frozenset(f for lemma in ("seek", "aim") for f in (lemma, *cues.forms(lemma)))
# "appealed for anyone who saw the crash to come forward", "appealed to residents to stay indoors": an urging, with
# what is urged; never a bare appeal ("are appealing for witnesses", "appealed for calm": an act, nothing said),
# "appealed against the ruling", "appealed the decision", "the idea appealed to voters".
_APPEAL_FORMS = frozenset(("appeal", *cues.forms("appeal")))
_APPEALED_WHAT = re.compile(
    r"\s+(?:for|to)\s+(?!(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:right|permission|leave|review|judicial|"
    r"court|courts|tribunal)\b)(?:[\w’'-]+\s+){1,8}?to\s+(?!(?:the|a|an|his|her|their|its|this|that)\b)[a-z]|"
    r"\s*(?:[:“\"‘]|,\s*[“\"‘])"
)
_SOUGHT_WHAT = re.compile(r"\s+to\s+[a-z]|\s*(?:[:“\"‘]|,\s*[“\"‘])")
_COMPARED_WITH_WHAT = re.compile(
    r"(?:\d[\d,.]*%?|\bnot\s+[\w,.]+)\s+as\s+(?:\w+\s+){0,2}?$|\b(?:more|less|fewer|higher|lower)\s+than\s+$"
)
_AGREE_FORMS = frozenset(f for lemma in ("agree", "disagree") for f in (lemma, *cues.forms(lemma)))
_AGREED_WHAT = re.compile(
    r"\s+(?:that|whether|with|to\s+[a-z]+)\b|\s*(?:[:“\"‘]|,\s*[“\"‘])|\s*[,.;]|\s*$|\s+(?:he|she|they|we|I|it)\s+[a-z]"
)


# A sentence's subject, then a relative clause about it, then the cue: "Another resident who saw the fire and who
# asked not to be named said", "The officials whose budget was cut say".
_RELATIVE_CLAUSE_SUBJECT = re.compile(
    r"^\W*(?:(?:But|And|Yet|So|Still|Now)\s+)?(?:(?:In|On|At|During|After|Before|Earlier|Later|Meanwhile)\b[^,]{0,80},\s*)?"
    r"(?P<np>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+),?\s+(?P<rel>who|whose)\s+[^;:“”\"]{3,200}?,?\s+$"
)
# "The company that owns the mill said", "Groups that track the fighting say": a body or a party, opening the sentence.
_THAT_CLAUSE_SUBJECT = re.compile(
    r"^\W*(?:(?:But|And|Yet|So|Still|Now)\s+)?(?P<np>(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Ss]ome|[Mm]any|[Oo]ther|[Ss]everal)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+(?P<rel>that)\s+[^;:“”\",]{3,120}?\s+$"
)


# The clause's own verb, a judgement or a cue with a person as its object ("who has accused Lee of fraud", "who
# have seen him"): it is the subject's too, and no clause that could hold another subject's cue follows it.
_CLAUSE_OWN_CUE = re.compile(
    r",?\s+(?:who|whose|that)\s+(?:(?:has|have|had|was|were|is|are|also|once|long|[a-z]+ly)\s+){0,3}(?P<verb>[a-z]+)(?=\s)"
)
# Cue words that mark a clause of another subject's: every finite cue, and the bare verbs that take a clause ("who
# think the mayor warned").
_CLAUSE_CUE_WORDS = (_CUE_WORDS | frozenset(["say", *cues.BELIEVING, *cues.KNOWING, *cues.ASSERTING])) - _RULE_FORMS
_OBJECT_PRONOUN = re.compile(r"\s+(?:him|her|them|us|me)\b")
# A preposition or an infinitive after the clause's own cue opens no clause of another subject's ("who asked not to be
# named", "who had hoped for another candidate", "who spoke on condition of anonymity").
_NO_CLAUSE_AFTER = re.compile(r"\s+(?:not\s+)?(?:to|for|about|of|on|against|with|over)\s")
_TRAILING_RELATIVE_SUBJECT = re.compile(
    r"\s*(?P<np>(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s+(?:who|whose)\s+[^;:“”\",]{3,120}?\s+$"
)
_CLOSING_TAIL = re.compile(r"(?:\s+[\w’'.-]+){0,5}\s*[.!?]?[”\"’]?\s*")


def _word_end(text: str, start: int) -> int:
    """Where the word that starts at ``start`` ends."""
    m = re.compile(r"[\w’'-]+").match(text, start)
    return m.end() if m else start


_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they|it|we|I|you)(?:[’'][a-z]{1,2})?\s+(?:\w+\s+)?$")


_THAN_A_PARTY = re.compile(r"\bthan\s+(?:[\w’'-]+\s+){1,4}$", re.IGNORECASE)


def _subject_of_a_relative_clause(masked: str, cue_start: int) -> str | None:
    """The subject a relative clause describes, speaking through the cue after the clause: a name or a party."""
    m = _RELATIVE_CLAUSE_SUBJECT.match(masked[:cue_start])
    if m is None:
        m = _THAT_CLAUSE_SUBJECT.match(masked[:cue_start])
        head = m.group("np").split()[-1] if m else ""
        if m and not (
            (head.lower() in _AGENT_NOUNS and _DETERMINER_START.match(m.group("np").lower()))
            or people_plural(head.lower())
        ):
            m = None  # "Reports that ...", "The fact that ...": no body or party
    if m is None:
        # "..., sources who reviewed the deals told the paper.": after the content, closing the sentence
        comma = masked.rfind(",", max(0, cue_start - 160), cue_start)
        m = (
            _TRAILING_RELATIVE_SUBJECT.match(masked, comma + 1, cue_start)
            if comma >= 0 and _CLOSING_TAIL.fullmatch(masked, _word_end(masked, cue_start))
            else None
        )
    if m is None or _PRONOUN_BEFORE.search(masked, max(0, cue_start - 12), cue_start):
        return None  # ", they've suggested": theirs
    clause = masked[m.end("np") : cue_start]
    own_verb = _CLAUSE_OWN_CUE.match(clause)
    if own_verb and not (
        own_verb.group("verb") in cues.JUDGING_FORMS
        or _OBJECT_PRONOUN.match(clause, own_verb.end())
        or _NO_CLAUSE_AFTER.match(clause, own_verb.end())
    ):
        own_verb = None  # "who think the mayor said": what they think may hold another subject's cue
    if _CLAUSE_CUE_WORDS.intersection(_LOWER_WORD.findall(clause[own_verb.end() if own_verb else 0 :])):
        return None  # a cue of another subject inside the clause ("who think the mayor said") speaks for that one
    if _THAN_A_PARTY.search(clause):
        return None  # "customers whose homes flooded is higher than the council said": the compared party's cue
    np = _np_from(" " + m.group("np"))
    if not np or not (_has_name(np) or _agent_noun(np.split()[-1].lower())):
        return None
    return np


# ", noting that ...", ", saying ...": what the sentence's subject says, told after its own clause.
_REPORTING_PARTICIPLE = re.compile(
    r",\s+(?:noting|saying|adding|arguing|insisting|claiming|warning|stressing|pointing\s+out)\s+(?:that\s+)?"
)


def _inside_a_participle(masked: str, direct: list[Attribution]) -> list[Attribution]:
    """ "Unions called the decision a betrayal, noting that the company had denied the plan": the company's denial
    is what the unions noted, not the sentence's own attribution (it is read as embedded)."""
    participle = _REPORTING_PARTICIPLE.search(masked)
    if participle is None or len(direct) < 2:
        return direct
    before = [a for a in direct if a.cue and a.cue[1] <= participle.start() and not a.embedded]
    if not before:
        return direct
    return [
        replace(a, embedded=True) if a.source is not None and a.source[0] >= participle.end() else a for a in direct
    ]


# "in what officials called a hate crime": what is called so is the object "what" stands for.
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w’'.-]+\s+){1,5}$")


# The words that open a poll's or a study's noun phrase ("A new Gallup", "The latest", "One").
_FINDING_OPENING = re.compile(
    r"(?:^|(?<=[\s(]))(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ne|[Tt]wo|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'.&-]+\s+){0,4}$"
)


# A closing source with no determiner after the comma: "..., official figures showed", "..., port data show".
# Not a participle after the comma ("..., saying tests had shown"): the clause it opens is what the participle says.
_FINDING_CLOSING_BARE = re.compile(r",\s+(?![a-z]+ing\s)(?P<words>(?:[\w’'&-]+\s+){1,2})$")


def _finding_subject(masked: str, cue_start: int) -> str | None:
    """The poll, study or data that "shows" or "found": the finding noun with its opening words and what follows it."""
    subject = cues.FINDING_SUBJECT.search(masked, max(0, cue_start - 130), cue_start)
    if subject is None:
        return None
    opening = _FINDING_OPENING.search(masked, max(0, subject.start() - 40), subject.start()) or (
        _FINDING_CLOSING_BARE.search(masked, max(0, subject.start() - 40), subject.start())
    )
    start = (
        opening.start("words")
        if opening and "words" in opening.groupdict()
        else (opening.start() if opening else subject.start())
    )
    np = _unhelped(masked[start:cue_start].rstrip()).strip()  # "a survey by the trust has found": not its "has"
    if any(w.lower() in _NOT_ADJECTIVES or w in _VERB_LIKE for w in masked[start : subject.start()].split()):
        return None  # "which polls show": a clause's subject, read by the clause rules
    return np or None


# Words quoted as someone's own: at least three words inside quote marks (not a scare-quoted term).
_QUOTED_WORDS = re.compile(r"[“\"][^”\"\s]+(?:\s+[^”\"\s]+){2,}[^”\"]*[”\"]")


# The subject opening a sentence (after an opening phrase): a name, "The" and a name, or a pronoun, then
# its verb; no other words between (``_MAIN_SUBJECT`` allows them, and they are often the subject's objects).
_QUOTING_SUBJECT = re.compile(
    r"^\W*(?:(?:In|On|At|During|After|Before|Earlier|Later|Meanwhile|However|Since|Following|But|And|Still)\b[^,“”\"]{0,90},\s*)?"
    r"(?P<np>(?:The\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}|He|She|They|We)"
    r"\s+(?:(?:has|have|had|was|were|is|are|also|then|later|again|once|[a-z]+ly)\s+){0,3}"
    r"(?P<verb>[a-z]+(?:ed|s)|took|made|gave|went|spoke|wrote|sent|began|came|drew|held|hit|struck|threw)\b"
)


_NOT_QUOTING_SUBJECTS = frozenset(
    "At In On By For From With Of To As If When While Other Some Many Most All Few Both This That These Those It Its "
    "His Her Their Our A An Small Large Several".split()
)


def _subject_quoting(text: str, masked: str) -> Attribution | None:
    """ "Lee attacked “the cowardice of the board”": a sentence's subject acting on words quoted after its
    verb, with no cue of saying, is who the quoted words are from."""
    quote = _QUOTED_WORDS.search(straight_quotes(text))
    if quote is None:
        return None
    subject = _QUOTING_SUBJECT.match(masked, 0, quote.start())
    if subject is None:
        return None
    verb = subject.group("verb")
    if (
        verb in _NOT_ACTS
        or verb in _VERB_LIKE
        or subject.group("np").split()[0] in _NOT_QUOTING_SUBJECTS
        or (verb.endswith("s") and (verb.endswith(("ss", "us", "is", "ous")) or people_plural(verb)))
    ):
        return None  # "At his cookout", "Other leaders used": no subject and verb
    if sum(w[:1].isupper() for w in quote.group().split()) * 2 > len(quote.group().split()):
        return None  # "stars in “Girls Of The Golden West”": a title, not words said
    raw = subject.group("np")
    if raw in ("He", "She"):
        np: str | None = raw.lower()
    else:
        from corpus.extract.entities import find_entities  # only here: few sentences come this far

        start = subject.start("np")
        named = [m for m in find_entities(text) if start <= m.start < subject.end("np") and not m.tentative]
        np = _np_from(" " + raw) if named else None  # "Two hours after", "Tensions have abated": no party named
    if not np:
        return None
    return Attribution(
        np, how="verb", verb=verb, source=_locate(masked, np, subject.start("np")), cue=subject.span("verb")
    )


# "The union's leader, Dana Whitlock, hit back on breakfast radio: “...”", "Lee was blunt: “...”": the sentence's subject,
# its verb and a few words, then a colon and a quotation closing the sentence: the quotation is the subject's.
_COLON_THEN_QUOTE = re.compile(r":\s*[“\"][^“”\"]*[”\"][.!?]?\s*$")
_COLON_HEAD_VERB = re.compile(
    r"(?<![’'])\b(?P<verb>(?!(?:need|speed|seed|feed|breed|bleed|red|bed|shed|hundred|indeed)\b)[a-z]{2,}ed|hit|struck|"
    r"spoke|wrote|went|came|took|gave|made|put|was|were|is|are|had|has|have)\b"
)
_COLON_HEAD_WORDS = 20
_PUT_TO_THEM = re.compile(
    r"(?:is|are|was|were|had|has|have)\s+(?:been\s+)?(?:\w+ly\s+)?(?:obliged|required|asked|told|forced|expected|"
    r"invited|urged|made|given|sent|shown|handed)\b"
)
# What the subject finds, sees or reads is someone else's words ("Police found a note: “...”", "The sign read: ...").
_NOT_OWN_WORDS = frozenset(
    "found discovered saw read received displayed wore carried held painted printed obtained showed shared "
    "recorded filmed heard quoted cited translated".split()
)


def _colon_quote_speaker(masked: str) -> Attribution | None:
    """The subject of a short clause introducing, after a colon, a quotation that closes the sentence."""
    tail = _COLON_THEN_QUOTE.search(masked)
    if tail is None or "“" in masked[: tail.start()] or '"' in masked[: tail.start()]:
        return None
    head = masked[: tail.start()]
    if len(head.split()) > _COLON_HEAD_WORDS:
        return None
    verb = _COLON_HEAD_VERB.search(head)
    if verb is None or verb.group("verb") in _NOT_OWN_WORDS or verb.start() == 0:
        return None
    if _PUT_TO_THEM.match(head, verb.start()):
        return None  # "Respondents are obliged to disclose: “...”": the words are put to the subject, not its own
    if re.search(r"(?:\b(?:the|a|an|his|her|their|its|this|that)|-)\s*$", head[: verb.start()], re.IGNORECASE):
        return None  # "the proposed plan", "a well-worded note": an adjective, not the verb
    np = _np_left(masked, verb.start())
    if not np or np.split()[0].lower() in _CLAUSE_OPENERS:
        return None
    head_word = (_HEAD_END.split(np, maxsplit=1)[0].split() or [""])[-1]  # "Farmers in the valley": farmers
    if not (_has_name(np) or _agent_noun(head_word.lower()) or people_plural(head_word.lower())):
        return None  # "The message was clear: “...”": no party
    if np.lower() in ("it", "this", "that", "there"):
        return None
    return Attribution(
        np, how="verb", verb=verb.group("verb"), source=_locate(masked, np, 0), cue=(tail.start(), tail.start() + 1)
    )


# "The closure was first reported by the Tribune", "He has been called a fraud by fellow doctors": the agent
# of a passive cue speaks. Not cues that also name acts of office ("was confirmed by the Senate", "was
# rejected by the council", "was questioned by police", "was called by the governor").
_PASSIVE_CUES = frozenset(
    "reported announced disclosed revealed described criticized criticised condemned denounced praised accused blamed "
    "endorsed estimated predicted projected forecast told warned urged dubbed labeled labelled branded characterized "
    "characterised disputed ridiculed mocked called applauded derided lambasted castigated rebuked scolded chided "
    "faulted echoed".split()
)
# People named by whom they stand to ("by his rivals", "by a former employee", "by two colleagues"): a party.
_PEOPLE_OF_A_PARTY = frozenset(
    "rival employee colleague opponent critic neighbour neighbor member voter supporter ally friend relative aide "
    "teacher nurse patient customer".split()
)
_PASSIVE_BY = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:(?:first|also|later|widely|previously|publicly|[a-z]+ly)\s+)?"
    r"(?P<cue>" + "|".join(sorted(_PASSIVE_CUES - {"called"})) + r"|called(?=\s+(?:a|an)\s))\b"
    r"(?P<mid>(?:\s+(?!(?:that|who|which|whether|if|to)\b)[\w’'-]+){0,4}?)\s+by\s+(?P<np>[^,.;:“”\"()]{2,60})"
)
_AFTER_AGENT = re.compile(
    r"\s+(?:for|after|during|over|because|since|with|when|of|to|and|or|but|who|which|that|on|in|at|as)\s"
)


_SOME_OF_THEM = re.compile(
    r"(?:some|many|most|several|few|all|one|two|three|four|five|both|each)\s+of\s+(?:his|her|their|its|the)\s+",
    re.IGNORECASE,
)


def _passive_agent(masked: str) -> Attribution | None:
    """The party named after "by" of a passive cue, when it is a name or a party of people."""
    m = _PASSIVE_BY.search(masked)
    if m is None:
        return None
    part_of = _SOME_OF_THEM.match(m.group("np"))  # "by some of his rivals": the part, and whose people they are
    rest = m.group("np")[part_of.end() :] if part_of else m.group("np")
    raw = (part_of.group(0) if part_of else "") + _AFTER_AGENT.split(" " + rest + " ", maxsplit=1)[0].strip()
    np = _np_from(" " + raw) if raw else None
    if np is None and raw and len(raw.split()) <= 3 and raw.islower() and people_plural(raw.split()[-1]):
        np = raw  # "by harbour pilots": people named by a plural head
    head = np.split()[-1].lower() if np else ""
    if not np or not (_has_name(np) or _agent_noun(head) or singular(head) in _PEOPLE_OF_A_PARTY):
        return None  # "was reported by 9 p.m.", "was described by one measure as": no party
    return Attribution(
        np, how="verb", verb=m.group("cue"), source=_locate(masked, np, m.start("np")), cue=m.span("cue")
    )


# "It was reported that", "it is widely believed that", "Lee is said to have", "the mill was reported to be": a statement
# reported with nobody named as its source (an agentless passive). "that" only after "it", and "to" only before
# "be" or "have" ("was reported to police" reports nothing).
_AGENTLESS = re.compile(
    r"(?P<cue>(?:(?<=\bit\s)|(?<=\bIt\s))?\b(?:is|are|was|were|(?:has|have|had)\s+been)\s+"
    r"(?:(?:also|widely|generally|now|long|previously|first|initially|originally|commonly|still)\s+)?"
    r"(?P<verb>reported|said|believed|thought|understood|alleged|rumou?red|claimed|estimated|feared))"
    r"\s+(?P<what>that\b|to\s+(?:be|have|been)\b)"
)
_IT_BEFORE = re.compile(r"\b[Ii]t\s+$")


def agentless_passive(text: str) -> tuple[tuple[int, int], str, bool] | None:
    """The cue of a statement reported with no source named, outside quotations: its span in ``text``, its verb, and
    whether a "that" clause follows (what is reported comes after the cue) rather than "to be"/"to have" (the whole
    sentence is what is reported: "Lee is said to have sold the mill")."""
    if "ed " not in text and "id " not in text and "ht " not in text and "ood " not in text:
        return None
    masked = mask_quotes(straight_quotes(text))
    for m in _AGENTLESS.finditer(masked):
        clause = m.group("what") == "that"
        if clause and not _IT_BEFORE.search(masked, max(0, m.start() - 4), m.start()):
            continue  # "The mayor was told that": someone was told, nothing reported with no source
        return m.span("cue"), m.group("verb"), clause
    return None


_PARTY_LABEL_END = re.compile(r"\s*\([^()]{1,20}\)$")


# "In a statement issued Tuesday, Ann Lee was more cautious": a sentence opened by the text or the occasion someone
# spoke in reports what they said there; its subject is the source.
_NOMINAL_OPENING_WORDS = re.compile(r"\W*(?:In|in)\s")
_NOMINAL_OPENING = re.compile(
    r"\W*[Ii]n\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?P<cue>statement|interview|tweet|post|letter|"
    r"speech|op-ed|email|news conference|press conference|briefing|remarks|testimony)\b[^,;:“”\"]{0,80},\s*"
)


def _nominal_source(masked: str) -> Attribution | None:
    """The subject after an opening "In a statement ...,", when it is a name, a party or a pronoun and acts."""
    opening = _NOMINAL_OPENING.match(masked)
    if opening is None:
        return None
    subject = _MAIN_SUBJECT.match(masked)
    if subject is None or subject.start("np") != opening.end() or subject.group("verb") in _NOT_ACTS:
        return None
    raw = _PARTY_LABEL_END.sub("", _unhelped(subject.group("np")))
    np = raw.lower() if raw in ("He", "She", "They", "It", "We") else _np_from(" " + raw)
    if not np or not (np in ("he", "she", "they", "it", "we") or _has_name(np) or _agent_noun(np.split()[-1].lower())):
        return None
    return Attribution(
        np,
        how="verb",
        verb=opening.group("cue"),
        source=_locate(masked, np, subject.start("np")),
        cue=opening.span("cue"),
    )


# A quotation closed by its own punctuation, then who spoke and how, in the past ("“Go home,” Lee barked.",
# "“Is that all?” she wondered aloud.", "“Not again,” the mayor sighed before leaving."): the verb says how they said
# it, whatever verb it is.
_MANNER_AFTER_QUOTE = re.compile(
    r"(?<=\S)[”\"]\s+(?P<np>he|she|they|(?:[Tt]he\s+[a-z]+)|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]{3,}ed)\b(?=\s*(?:[,.!?;]|$|[“\"]|(?:out|aloud|back|again)\b|"
    r"(?:before|after|as|while|and|to|at|in|on|from|during)\b))"
)
_CLOSING_PUNCTUATION = frozenset(",?!…—-")


# The same, the verb first: '“This is fantastic!” beamed Don Hartley of Madison.', '“...,” tweeted another.': a name (or
# "another", "one") closing the sentence or followed by its aside.
_MANNER_BEFORE_SPEAKER = re.compile(
    r"(?<=\S)[”\"]\s+(?P<verb>[a-z]{3,}ed)\s+(?P<np>(?:the\s+)?(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+|another|one)"
    r"(?=\s*(?:[,.!?]|$)|\s+of\s+[A-Z])"
)


def _manner_after_quote(plain: str, masked: str) -> Attribution | None:
    """ "“Go back to your seat,” Lee barked.", "“Wow!” beamed Lee.": who spoke, by the verb right after the
    quotation."""
    for pattern in (_MANNER_AFTER_QUOTE, _MANNER_BEFORE_SPEAKER):
        for m in pattern.finditer(masked):
            if plain[m.start() - 1] not in _CLOSING_PUNCTUATION and masked[m.start() - 1] != ",":
                continue  # '“Titanic” Cameron directed': a title quoted, no words spoken
            return Attribution(m.group("np"), how="verb", verb=m.group("verb"), source=m.span("np"), cue=m.span("verb"))
    return None


def _inside_participle_content(masked: str, a: Attribution) -> bool:
    """The attribution's source stands in the clause a participle of saying opens, with no comma between ("...,
    saying it feared an attack"), not after it (", officials said")."""
    if a.source is None:
        return False
    saying = _SAYING_PARTICIPLE.search(masked, 0, a.source[0])
    return saying is not None and "," not in masked[saying.end("cue") : a.source[0]]


def _participle_speaker(masked: str) -> Attribution | None:
    """ "Lee attacked the plan on Monday, saying ...": the sentence's subject says it."""
    saying = _SAYING_PARTICIPLE.search(masked)
    if saying is None:
        return None
    # "began her speech by slamming ...": the means, said (not "by asking prosecutors to charge": a means of acting)
    by = masked.startswith("by ", saying.start()) and saying.group("cue") not in ("asking", "questioning")
    held = saying.group("cue") in _HELD_PARTICIPLES or (
        saying.group("cue") in ("citing", *_JUDGING_PARTICIPLES) and not by
    )
    if held and (masked[saying.start()] != "," or _SUBORDINATE_OPENING.match(masked)):
        return (
            None  # "tweets criticizing Lee", "As word came in, he spoke, predicting": whose, the subject may not tell
        )
    if saying.group("cue") == "citing":
        cited = _CITING.match(masked, saying.start("cue"))
        phrase = _clean(cited.group("np")) if cited else None
        if not phrase or not _cites_no_source(phrase):
            return None  # "..., citing two people familiar with the talks": the cited source speaks, relayed
    subject = _PARTICIPLE_SUBJECT.match(masked, 0, saying.start() + 1)
    if subject is not None and subject.group("np").lower() in _COUNT_WORDS:
        # "Two residents challenged the permit, saying": the count's noun is no verb; read the subject after the count
        count = subject.span("np")
        subject = _PARTICIPLE_SUBJECT.match(
            masked[: count[0]] + " " * (count[1] - count[0]) + masked[count[1] :], 0, saying.start() + 1
        )
    if subject is None or subject.end() > saying.start() + 1:
        return None
    verb = subject.group("verb")
    if (
        verb.endswith("s")
        and verb not in ("is", "was", "has", "does")
        and _VERB_AFTER_A_PLURAL.match(masked, subject.end())
    ):
        # "State officials lowered the toll, ...": "officials" is the subject's noun, not its verb; read the subject
        # with it (joined to the word before, so the pattern takes the two as one)
        if not (people_plural(verb) or _AGENT_PLURAL.fullmatch(verb)):
            return None  # "The fracas erupted ..., calling": a thing, no party acting
        joined = masked[: subject.start("verb") - 1] + "_" + masked[subject.start("verb") :]
        subject = _PARTICIPLE_SUBJECT.match(joined, 0, saying.start() + 1)
        if subject is None or subject.end() > saying.start() + 1 or subject.group("verb").endswith("s"):
            return None  # "Bus drivers walked out, ...": no verb of the subject's own is read
        subject_np = subject.group("np").replace("_", " ")
    else:
        subject_np = subject.group("np")
    raw = _PARTY_LABEL_END.sub("", _unhelped(subject_np))  # "Rep. Ann Lee (D-N.Y.) on Monday": the name
    np = raw.lower() if raw.lower() in ("he", "she", "they", "it", "we", "i") else _np_from(" " + raw)
    if subject.group("named"):
        # "The transport minister, Ellen Varga, resigned ..., saying": the name the role is given
        name = subject.group("named").strip(" ,")
        return Attribution(
            name,
            how="verb",
            verb="saying",
            source=_locate(masked, name, subject.start("named")),
            cue=saying.span("cue"),
        )
    if not np or (
        subject.group("verb") in _NOT_ACTS
        and not masked.startswith(" to ", subject.end("verb"))
        and not _APPEARED_ON.match(masked, subject.end("verb"))
    ):
        return None  # "It seemed, saying ...": nobody acts; "Lee seemed to mock it, saying" is Lee
    return Attribution(
        np, how="verb", verb="saying", source=_locate(masked, np, subject.start("np")), cue=saying.span("cue")
    )


_CLAUSE_OPENERS = frozenset("if when because while although though since unless whether as".split())
_PLURAL_NOUNS = frozenset("people police percent men women children public majority data".split())
# Quantifiers that stand for a party of people ("Few believe", "Both think", "Most in Velmar want").
# A share of people, as polls give it: "only about 4 in 10", "a third of", "two-thirds of", "a slim majority of".
_SHARE_SUBJECT = re.compile(
    r"(?:(?:only|just|about|nearly|roughly|some|almost|around|over|under|(?:more|fewer|less)\s+than|at\s+least)\s+)*"
    r"(?:\d[\d,.]*\s*(?:percent|per\s+cent|%)|[a-z]+(?:-[a-z]+)?\s+percent|(?:a|one|two|three)[- ](?:thirds?|quarters?|"
    r"fifths?|half)|half|\d+\s+(?:in|of|out\s+of)\s+(?:\d+|ten)|(?:a|the)\s+(?:[a-z]+\s+)?(?:majority|minority|plurality))\s",
    re.IGNORECASE,
)
_PEOPLE_QUANTIFIERS = frozenset("few many most both others several".split())
_HEAD_END = re.compile(r"\s+(?:of|from|by|in|at|for|on|with|among|polled|surveyed|conducted|released|published)\s")


def _plural_subject(np: str) -> bool:
    """Does a third-person subject take a bare verb ("Polls show", "critics fear", "63 percent think", "Lee and
    Park agree")? "I", "we" and "you" speak only inside a quotation, whose speaker is someone else."""
    if _respondents(np):
        return True  # "Those polled say"
    words = np.split()
    if _SHARE_SUBJECT.match(np) and any(people_plural(w) for w in words):
        return True  # "Only about 4 in 10 farmers in each county want", "a third of voters or less"
    head = _HEAD_END.split(np, maxsplit=1)[0].split()  # "Critics of the plan": the head is "Critics"
    if len(words) <= 3 and words[0].lower() in _OWNERS and people_plural(words[-1].lower()):
        return True  # "Its engineers think", "His lawyers believe": the owner's own people
    if _SHARE_OF_OWN_PEOPLE.fullmatch(np) and people_plural(words[-1].lower()):
        return True  # "Many of his supporters think", "Some of their own voters fear": a share of the owner's people
    if (
        head[0].lower() in _CLAUSE_OPENERS
        or any(w.lower() in _NOT_IN_A_SUBJECT for w in words)
        or _TRAILING_ADVERB.search(" ".join(head[:-1]))
    ):
        return False  # "If companies want ...", "He won races in Ohio and his home [state]": a clause
    if head[-1][:1].islower() and not _plural_word(head[-1].lower()):
        # "his home [state]", "the emotional [stress]": the cue word is a noun; what follows the head
        # ("Farmers in the county fear") is not
        return False
    last = head[-1].lower()
    if last == "they" or last in _PEOPLE_QUANTIFIERS or (" and " in np and head[-1][:1].isupper()):
        return True  # "Lee and Park agree"
    if (
        len(head) > 2
        and head[-2][:1].isupper()
        and head[-1][:1].islower()
        and not (last in ROLE_HEADS or last == "members" or _AGENT_PLURAL.fullmatch(last))
    ):
        return False  # "Ann Lee wins ...": a verb after a name; not "Harbour Board members"
    return _plural_word(last)


def _may_precede_a_bare_verb(masked: str, start: int) -> bool:
    """Can the word before a bare verb end its subject: a plural, a name, "they", an adverb or "have"?"""
    space = masked.rfind(" ", 0, max(0, start - 1))
    word = masked[space + 1 : start].strip()
    if not word:
        return False
    return (
        word[:1].isupper()
        or word in ("they", "have", "also", "long", "now", "still", "all", "not", "even", "really")
        or word.endswith(("n't", "n’t", "ly"))
        or bool(word == "to" and _GOES_ON_TO.search(masked, max(0, start - 40), start))
        or word.lower() in _PEOPLE_QUANTIFIERS
        or _plural_word(word.lower())
        or _party_then_phrase(masked, start)
        # an aside between the subject and its verb ("Some councillors, however, question"): the word before the aside
        or (
            word.rstrip(",") in _ASIDE_ADVERBS
            and word.endswith(",")
            and _may_precede_a_bare_verb(masked, _aside_start(masked, space))
        )
    )


_ASIDE_ADVERBS = frozenset("however though too meanwhile instead therefore nonetheless nevertheless".split())


def _aside_start(masked: str, space: int) -> int:
    """Where the word before an aside ", however," ends: the start of the comma that opens the aside."""
    comma = masked.rfind(",", 0, max(0, space))
    return comma if comma > 0 else 0


# A plural party, then a phrase or two placing it: "Farmers in the lower valley report", "Residents of the estate
# want", "Teachers at the school plan to" (not "Changes to the council plan", "Queues at the post office report").
_PARTY_THEN_PHRASE = re.compile(
    r"(?:^|[\s“\"‘(])(?P<head>[A-Za-z][\w’'-]*)"
    r"(?:\s+(?:in|at|of|from|on|across|near|around|outside|inside|along|throughout)\s+"
    r"(?:(?:the|a|an|this|that|their|its|his|her)\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+){1,2}\s+$"
)


def _party_then_phrase(masked: str, start: int) -> bool:
    found = _PARTY_THEN_PHRASE.search(masked, max(0, start - 90), start)
    return found is not None and people_plural(found.group("head").lower())


# A sentence opened by a share of people or a quantifier standing for them ("Few on either side think").
_OPENS_WITH_A_SHARE = re.compile(
    r"\W*(?:(?:But|And|Yet|Still|Now|So)\s+)?(?:(?:Few|Most|Many|Both|Several)\b|(?=[A-Z\d])"
    + _SHARE_SUBJECT.pattern
    + ")",
    re.IGNORECASE,
)


def _plural_word(word: str) -> bool:
    if word in _PLURAL_NOUNS or word.endswith("men"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "’s", "'s"))


_AFTER_A_CUE = re.compile(r"\b(?:say|says|said|told|tell|tells)\s+(?:that\s+)?(?:they|we|you|I)\s*$")
_OWNERS = frozenset("its his her their".split())
_SHARE_OF_OWN_PEOPLE = re.compile(
    r"(?:(?:But|And|Yet|So|Still|but|and|yet|so|still)\s+)?(?:few|many|most|some|several|both|none|all|a\s+few|"
    r"a\s+number|a\s+handful|two|three|four|five)\s+of\s+(?:his|her|its|their)\s+(?:own\s+|former\s+|closest\s+|"
    r"top\s+|senior\s+|fellow\s+)?[a-z-]+",
    re.IGNORECASE,
)
# A cue that closes its clause ("..., the memo states."), and what comes right before its subject when it does.
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:)]|$)")
_CLOSING_CUE_OPENS = re.compile(r"[,”\"’:;—–-]\s*$")
_NOT_IN_A_SUBJECT = _VERB_LIKE | frozenset("he she it i we you his her its my our your won".split())


# Verbs whose subject does not act: "It was reported, saying" is not the subject speaking.
# "appeared on MSNBC", "appears before the committee": someone showed up somewhere and acted.
_APPEARED_ON = re.compile(r"(?<=appeared|.appears)\s+(?:on|in|at|before)\s")
_NOT_ACTS = frozenset(
    "seems seemed appears appeared remains remained becomes became "
    # a span of time read as a subject and its verb ("Two weeks earlier, Dutch voters ..."): nobody acts
    "seconds minutes hours days weeks months years decades".split()
)


# An appositive, or a clause saying who the speaker is (", who heads the centre"), is part of the source's
# noun phrase when it closes the sentence (the speaker's name is still the name alone).
# "said Ann Lee, an economist at the bank." and "said Ann Lee, an economist at the bank, “is that ...": the appositive
# closing the sentence, or before the quotation goes on.
_TRAILING_APPOSITIVE = re.compile(
    r"(?=,\s+(?:(?!which\b|according\b|citing\b)[a-z]|\d{1,3},))(?:,(?:[^,“”\"]|(?<=\d),(?=\d)){2,200}?){1,3}(?=\.?\s*$|,\s*[“\"])"
)
_ENDS_WITH_AND = re.compile(r"\s(?:and|but)$")  # "Lee, a former chairman, became a delegate and said": no appositive
# An appositive whose head is a kind of business or body: the name before it is no person's ("Kelvra, the Swedish
# battery maker", "Orvane, a food company").
# "Orvane said its profits fell", "Orvane said on Monday that its ...": a body speaks of itself
ITS_NEXT = re.compile(r"\s+(?:(?:on|last|this|late|early)\s+\w+\s+)?(?:that\s+)?its\s")
_BODY_KIND_WORDS = (
    r"(?:maker|makers|company|firm|group|retailer|carrier|airline|manufacturer|"
    r"producer|lender|bank|insurer|chain|giant|conglomerate|start-?up|operator|supplier|provider|brand|distributor|"
    r"exporter|importer|publisher|broadcaster|charity|union|association|regulator|watchdog|utility|agency|"
    r"organi[sz]ation|institute|foundation|think\s+tank|consultancy|miner|refiner|automaker|carmaker|"
    r"drugmaker|chipmaker|outlet|newspaper|network)"
)
_BODY_APPOSITIVE = re.compile(
    r",\s+(?:which\s|(?:the|a|an)\s+(?:[\w’'-]+\s+){0,4}?"
    + _BODY_KIND_WORDS
    + r"\b)(?!\s+(?:owner|founder|executive|boss|"
    r"chief|head|spokes\w+|analyst|worker|employee|official)s?\b)"
)
# An appositive that says the subject is a body, whole: ", which ..." (never a person's relative pronoun) or a body's
# kind closing the aside ("Trelwyn Mobility, the scooter maker, said"; not "Ann Lee, a bank manager, said").
_BODY_APPOSITIVE_WHOLE = re.compile(
    r",\s+(?:which\s|(?:the|a|an)\s+(?:(?!(?:of|at|for|with|in|from|to|on|by|and|or)\s)[\w’'-]+\s+){0,4}?"
    + _BODY_KIND_WORDS
    + r"s?\s*,)"
)
# Heads of a role that only a body fills ("The operator, Bluewave Lines, said").
_BODY_HEADS = frozenset(
    "company firm group retailer carrier airline manufacturer producer lender bank insurer chain operator supplier "
    "provider distributor exporter importer publisher broadcaster charity union association regulator watchdog utility "
    "agency organisation organization institute foundation consultancy miner refiner automaker carmaker drugmaker "
    "chipmaker maker".split()
)
# A role opening the sentence, then the name it stands for ("The quarry's owner, Braxton Aggregates, ...",
# "Her coach, Marco Ferri, ...").
_ROLE_BEFORE_APPOSITIVE = re.compile(
    r"\W*(?:(?:But|And|Yet)\s+)?(?P<role>(?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|"
    # ("Energy supplier Brightwatt's chief executive, Paul Ambrose, said": a kind of body before its name)
    r"(?:[A-Z][a-z-]+\s+(?:[a-z-]+\s+){0,2}(?=[A-Z]))?"
    r"(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*(?:[’']s|s[’']))\s+(?:[\w’'-]+\s+){0,4}?(?P<head>[a-z][\w-]*)"
    r"(?:\s+(?:of|at|for|from)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*){0,4})?),\s+"
)
# A text's appositive naming who put it out ("The report, released by the watchdog on Monday, said").
_RELEASED_BY = re.compile(
    r",\s+(?:which\s+was\s+)?(?P<verb>released|published|issued|commissioned|compiled|written|prepared|produced|posted|"
    r"filed|sent|signed)\s+(?:(?:on|last|this|earlier|late)\s+\w+\s+)?by\s+(?P<by>(?:the\s+)?[\w’'.&-]+(?:\s+[\w’'.&-]+){0,5}?)"
    r"(?=\s*,|\s+(?:on|last|this|earlier|in)\s)"
)
_TEXT_HEADS = frozenset(
    "report study survey poll analysis review audit statement letter memo document assessment paper filing figures data "
    "complaint lawsuit ruling".split()
)
# A person's post in a body opening a role: "The head of", "A former chairman of", "The chief executive of".
_PERSON_OF_A_BODY = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,2}?(?P<post>[a-z-]+)\s+of\s")
_ROLE_WORDS = frozenset(
    "client executive representative coach boss head wife husband son daughter mother father brother sister partner widow "
    "widower friend deputy attorney counsel aide ally colleague neighbour neighbor cousin uncle aunt nephew niece".split()
)
_AUXILIARIES_ONLY = re.compile(
    r"\s*(?:(?:has|have|had|is|was|are|were|will|would|could|should|can|may|might|must|did|does|do|also|not|never|"
    r"long|since|once|already|still|now|then|again|[a-z]+ly)\s*)+"
)
# (a comma inside a figure, "who farms 1,200 acres", is no chunk's end)
_APPOSITIVE_BEFORE_CUE = re.compile(r"(?P<aside>(?:,(?:[^,“”\"]|(?<=\d),(?=\d)){2,200}?){1,3}),?\s*(?:\S+ly\s+)?")


def _locate(masked: str, phrase: str | None, start: int) -> tuple[int, int] | None:
    """Offsets of ``phrase`` at or after ``start`` in the sentence."""
    if not phrase:
        return None
    where = masked.find(phrase, max(0, start))
    return (where, where + len(phrase)) if where >= 0 else None


def _shift(span: tuple[int, int], by: int) -> tuple[int, int]:
    return span[0] + by, span[1] + by


_LATE_OR_EARLY = re.compile(r"\s+(?:late|early)$")


def _clean(phrase: str | None) -> str | None:
    if not phrase:
        return None
    informed = INFORMED_PEOPLE.match(phrase.strip())
    # "a source close to the talks", "an official involved in the negotiations": what they know is part of who
    kept = informed.group(0) if informed else ""
    phrase = (
        kept
        + re.split(
            r"\s+(?:that|who|which|on|in|at|last|this|to|as|during|before|after)\s",
            phrase.strip()[len(kept) :],
            maxsplit=1,
        )[0]
    )  # "said Ann Lee during the tour": the circumstance is no part of who
    phrase = _LATE_OR_EARLY.sub("", phrase)  # "according to the commission late on Sunday": when, not who
    phrase = phrase.strip(" .,")
    return phrase or None
