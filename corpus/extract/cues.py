"""The lexicon of reporting cues: the verbs and phrases by which news text attributes what it reports.

Groups (each a list of lemmas, inflected below):
- SAYING: say, tell, add, note, point out, state, declare, explain, write, tweet, post, testify, repeat...
- ASSERTING: claim, allege, insist, maintain, argue, contend, assert, stress, emphasise, charge...
- ESTIMATING and PREDICTING: estimate, report, calculate, predict, forecast, project, expect...
- CONFIRMING and DENYING: confirm, deny, dismiss, reject, acknowledge, admit, concede, dispute, disavow, downplay...
- WARNING and URGING: warn, threaten, caution, urge, demand, promise, pledge, vow, call (for)...
- JUDGING: accuse, blame, criticise, condemn, denounce, praise, defend, question, mock, slam...
- BELIEVING: believe, think, fear, hope, doubt, suspect, worry (what someone holds, as stated).
- FINDING (polls, studies): find, show, suggest, indicate, conclude.
- TELLING: assure, reassure, remind, inform (only with what is told: "assured voters that").
Phrases ("pointed out", "declined to comment", "issued a statement", "played down", "brushed off questions",
"distanced herself from", "pushed for", "advocated") are in ``PHRASES``.
A cue in the ``-ing`` form counts only after a form of "be" ("Trump is claiming"), so that
a participle clause (", citing ...") is read by its own rules.
"""

from __future__ import annotations

import re

SAYING = "say tell add note state declare explain write tweet post testify reiterate recall recount remark comment reply respond answer retort counter interject quip joke announce describe mention cite disclose reveal signal ask wonder continue invoke chronicle call exclaim gloat muse marvel whisper plead proclaim liken bemoan grouse fume scoff rant imply hint insinuate confide confess concur implore outline discuss reference repeat speculate opine".split()
# Telling someone something: a report only with what is told ("assured voters that", "reminded the
# crowd of"), not the act alone ("reminded his aides").
TELLING = "assure reassure remind inform".split()
ASSERTING = "claim allege insist maintain argue contend assert stress emphasise emphasize charge boast brag suggest indicate affirm reaffirm reassert restate underline highlight".split()
ESTIMATING = "estimate report calculate predict forecast project expect anticipate".split()
CONFIRMING = "confirm deny dismiss reject acknowledge admit concede dispute refute rebut disavow downplay".split()
WARNING = "warn threaten caution urge demand promise pledge vow advise recommend propose appeal".split()
JUDGING = "accuse blame criticise criticize condemn denounce praise hail applaud welcome defend question mock ridicule slam blast decry lament complain scold chastise rebuke grill lambaste berate chide castigate assail deride disparage demonize demonise compliment laud".split()
# Judgements that can only be spoken or written: of a person or a party named ("criticized Lee",
# "praised them") they report a statement with no other complement, unlike "defended Velmar" or "slammed
# the door"; of a thing ("criticised the meeting") they need one as any other judgement does.
SPOKEN_JUDGING = frozenset(
    "accuse blame criticise criticize condemn denounce praise mock ridicule decry lament scold chastise rebuke "
    "lambaste berate chide castigate laud".split()
)
BELIEVING = "believe think reckon fear hope doubt suspect worry".split()
FINDING = "find show conclude".split()
# Stances and intentions a subject holds as reported (what someone wants, backs or refuses is theirs to own).
INTENDING = "want plan intend seek aim wish prefer".split()
STANCE = "support oppose endorse agree disagree refuse decide favor favour champion tout".split()
# (to discover is to find out: a finding only with what was found, "investigators discovered that", never "discovered a body")
KNOWING = "know see view consider regard feel understand realize realise recognize recognise remember learn discover notice".split()
EXPRESSING = "chant shout yell scream apologize apologise thank congratulate express".split()
PUBLISHING = "publish release issue".split()
# Attacks that are said, not fought: only of a party cast as something, for something, or in words said
# ("attacked her opponent as a fraud", "attacked Lee for lying", "attacked Lee in early-morning tweets").
ATTACKING = ["attack"]
# Casting someone as something is saying what they are ("portrayed himself as", "painted Lee as").
PORTRAYING = "portray paint cast depict characterize characterise frame label brand dub rate identify".split()
# A court's or a tribunal's decision: a cue only where it reports what comes before it ("..., a court ruled.") or
# with what was decided ("ruled that", "ruled against": PHRASES); never a reign ("ruled the country for 30 years").
RULING = ["rule"]

_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "concur": ("concurs", "concurred", "concurring"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"),
    "think": ("thinks", "thought", "thinking"),
    "find": ("finds", "found", "finding"),
    "show": ("shows", "showed", "showing", "shown"),
    "see": ("sees", "saw", "seeing", "seen"),
    "know": ("knows", "knew", "knowing", "known"),
    "feel": ("feels", "felt", "feeling"),
    "understand": ("understands", "understood", "understanding"),
    "seek": ("seeks", "sought", "seeking"),
    "plan": ("plans", "planned", "planning"),
    "prefer": ("prefers", "preferred", "preferring"),
    "forecast": ("forecasts", "forecast", "forecasting"),
    "cast": ("casts", "cast", "casting"),
}


# One short vowel and one final consonant double it before -ed and -ing ("slam", "quip", "brag", "dub").
_SHORT_CVC = re.compile(r"(?:qu|[^aeiou])*[aeiou][bdgklmnprt]")


def forms(lemma: str) -> tuple[str, ...]:
    """Third person, past and -ing forms of a regular or listed irregular verb."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return lemma + "s", lemma + "d", stem + "ing"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        stem = lemma[:-1]
        return stem + "ies", stem + "ied", lemma + "ing"
    if lemma.endswith(("sh", "ch", "ss", "x")):
        return lemma + "es", lemma + "ed", lemma + "ing"
    if lemma in ("admit", "rebut", "regret", "commit") or _SHORT_CVC.fullmatch(lemma):
        last = lemma[-1]
        return lemma + "s", lemma + last + "ed", lemma + last + "ing"  # "slammed", "quipped", "bragged", "dubbed"
    return lemma + "s", lemma + "ed", lemma + "ing"


LEMMAS = [
    *SAYING,
    *TELLING,
    *ASSERTING,
    *ESTIMATING,
    *CONFIRMING,
    *WARNING,
    *JUDGING,
    *BELIEVING,
    *FINDING,
    *INTENDING,
    *STANCE,
    *KNOWING,
    *EXPRESSING,
    *PUBLISHING,
    *PORTRAYING,
    *ATTACKING,
    *RULING,
]
FINITE: frozenset[str] = frozenset(f for lemma in LEMMAS for f in forms(lemma) if not f.endswith("ing"))
PROGRESSIVE: frozenset[str] = frozenset(f for lemma in LEMMAS for f in forms(lemma) if f.endswith("ing"))
# The bare lemma is a finite verb only after a plural subject or I/we/you/they ("Polls show", "critics
# fear", "we expect"); after anything else it is an infinitive, an imperative or a noun. Topics discussed and plans
# outlined are reported once done ("discussed", "outlined"), not meant ("appeared to discuss", "an outline").
BASE: frozenset[str] = frozenset(LEMMAS) - FINITE - frozenset(["discuss", "outline", "reference"])
# Views, plans and stances a subject holds: denied with "do" they still say what the subject holds ("Lee does not
# think the dam will hold", "the bank did not want to stall growth"), unlike "did not say", which reports nothing said.
HELD = frozenset(
    f
    for lemma in [
        *BELIEVING,
        *INTENDING,
        *KNOWING,
        "expect",
        "anticipate",
        "agree",
        "disagree",
        "support",
        "oppose",
        "favor",
        "favour",
    ]
    for f in (lemma, *forms(lemma))
)
# Lemmas whose -s form before "to" and a verb is the verb of an intention held ("Lee hopes to win", "the
# council plans to close", "the union pledges to strike"), not a plural noun ("his hopes of").
INTENDED_WITH_TO = frozenset([*INTENDING, "hope", "promise", "pledge", "demand", "threaten"])
# Lemmas whose -s form is also a plural noun ("his claims were", "the reports of"): read as a verb
# only when no auxiliary or preposition follows.
NOUN_LIKE_LEMMAS = frozenset(
    "report claim note post comment answer reply question charge demand promise pledge fear hope doubt "
    "estimate forecast project call warn praise blame show find concern tweet remark plan support view aim release issue "
    "favor favour wish outline reference worry compliment".split()
)
# Cues that also name plain actions ("welcomed the move", "found a market", "is demanding a pay rise"):
# they report a statement only with a complement that carries one ("that ...", a quotation, "X as Y",
# "accused X of"), and they never outrank a verb of saying or an "according to".
NEEDS_COMPLEMENT = frozenset(
    f
    for lemma in [
        "counter",  # "“...,” countered Lee", "countered that ...", never "countered the attack"
        "interject",
        *JUDGING,
        *FINDING,
        *TELLING,
        "repeat",
        "fume",
        "rant",
        "hint",
        *EXPRESSING,
        "welcome",
        "demand",
        "promise",
        "recommend",
        "advise",
        "ask",
        "answer",
        "respond",
        "reply",
        "signal",
        "post",
        "tweet",
        "project",
        "call",
        "continue",
        "invoke",
        "chronicle",
    ]
    for f in (lemma, *forms(lemma))
)
# "as the verdicts were read", "as the crowd cheered", "as he spoke": "as" opening a clause of its own tells when,
# not what someone or something was called ("welcomed the deal as a victory").
_AS_CLAUSE = (
    r"\s+(?:(?:he|she|they|we|I|it)\s+[a-z]+\b|(?:(?:the|a|an|his|her|their|its|some|many)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:(?:was|were|is|are|had|has|have)\b|[a-z]{3,}ed(?=\s*[,.;]|\s+(?:in|on|at|outside|nearby|around|from|behind|and)\b)))"
)
COMPLEMENT = re.compile(
    r"\s+(?:in|on|last|this|earlier)\s+[\w]+(?:\s+\d{4})?\s+that\b|"  # "found in 2014 that"
    # a question put as a demand: "demanded to know whether", "asked to know why"
    r"\s+to\s+know\s+(?:whether|if|why|what|how|who|when|where)\b|"
    # "replied two months later that", "promised voters weeks ago that": a time phrase before the clause
    r"\s+(?:\w+\s+){0,3}?(?:later|earlier|ago|afterwards|afterward)\s+that\b|"
    # how it was said, then the clause: "complained bitterly that", "argued privately that"
    r"\s+(?:(?!(?:early|family|daily|weekly|monthly|yearly|nightly|hourly)\b)[a-z]+ly\s+){1,2}(?:that|whether|why|how)\b|"
    r"\s*(?:[:“\"‘]|,\s*[“\"‘])|\s+(?:he|she|they|we|I)\s+[a-z]|"
    # a bare clause whose subject is a short noun phrase: "maintains the figure is closer to 3,500"
    r"\s+(?:the|its|their|his|her|this|these|those)\s+(?:(?!(?:who|which|that|whose|and|or)\b)[\w’'-]+\s+){1,3}?"
    r"(?:is|was|are|were|would|will|could|can|should|must|may|might|remains|remained)\s+(?!(?:made|done|taken|given|held|used|seen|paid)\b)|\s+(?:[\w’'.-]+\s+){1,4}?(?:[“\"‘]|'(?=\w))|[^.;:“\"]{0,80}?,\s+(?:saying|adding|arguing|claiming|calling|insisting|noting|warning)\b|\s+(?:that|whether|what|how|why|if)\b|\s+(?!(?:with|in|on|at|to|for|from|by|about|into|over|during|after)\b)(?:[\w’'-]+\s+){1,8}?(?:as(?!"
    + _AS_CLAUSE
    + r")|of)\s"
)

# "repeated on Friday that", "repeated: “...”": a saying only with what was said again; never "repeated the test".
REPEAT_FORMS = frozenset(("repeat", *forms("repeat")))
REPEATED_WHAT = re.compile(
    r"\s+(?:(?:in|on|last|this|earlier|again)\s+(?:[\w]+\s+)?(?:\d{4}\s+)?)?that\b|\s*(?:[:“\"‘]|,\s*[“\"‘])|"
    # what was said again, named with what it holds: "repeated accusations that", "repeated his call for"
    r"\s+(?:(?:his|her|their|its|the|an?|earlier|previous|past)\s+){0,2}(?:accusations?|allegations?|claims?|charges|"
    r"calls?|warnings?|criticism|assertions?|demands?|denials?|pledges?|promises?|threats?|contention|arguments?|insistence|"
    r"message|view|belief|complaints?|concerns?|vows?)\s+(?:that|of|for|to\s+[a-z])\b|"
    # the words said again named by what they were, told before ("repeated the accusation in parliament")
    r"\s+(?:the|his|her|their|its|that|this|those|these)\s+(?:accusations?|allegations?|claims?|charges|warnings?|"
    r"criticism|assertions?|denials?|pledges?|promises?|threats?)\b"
)

# A poll, a study or a set of figures "shows" or "found" what it reports: no clause needed ("Polls show a
# close race", "Figures from the port show a rise").
FINDING_FORMS = frozenset(f for lemma in FINDING for f in (lemma, *forms(lemma)))
FINDING_SUBJECT = re.compile(
    r"\b(?:polls?|polling(?:\s+averages?)?|surveys?|study|studies|analys[ie]s|reports?|data|research|averages?|census|"
    r"audit|review|documents?|records|transcripts?|figures|estimates|numbers|results|findings|statistics|papers?|memos?|"
    r"filings?|e-?mails|letters?|invoices|logs|tests|experiments|models|projections|forecasts|images|imagery|footage|videos?|photos|photographs|pictures|"
    r"recordings)"
    r"(?:\s+(?:of|from|by|in|on|for|among|taken|(?:being\s+)?(?:conducted|released|published|commissioned|seen|obtained|reviewed|leaked))\s+[^,;:“”\"]{1,80}?)?"
    # a relative clause describing it: "A 2019 study that appeared in the Lancet found", "a survey which followed"
    r"(?:\s+(?:that|which)\s+(?:(?:was|were|has|have|had)\s+(?:been\s+)?)?[a-z]+ed\s+[^,;:“”\"]{1,80}?)?"
    r"\s+(?:(?:have|has|had)\s+)?(?:(?:also|again|now|still|[a-z]+ly)\s+)?$",
    re.IGNORECASE,
)

# Thanks and apologies say what they are for ("thanked Lee for backing", "apologized for the remarks").
THANKING_FORMS = frozenset(
    f for lemma in ("thank", "congratulate", "apologize", "apologise") for f in (lemma, *forms(lemma))
)
THANKED_FOR = re.compile(r"\s+(?:[\w’'.-]+\s+){0,6}?for\s+(?:[a-z]+ing|his|her|their|its|the|a|an)\b")
# An apology is a saying whatever it is for: to whom, where or when it was made ("apologised to the fans on social
# media", "apologised publicly on Monday", "apologized in a statement", "apologised.").
APOLOGY_FORMS = frozenset(f for lemma in ("apologize", "apologise") for f in (lemma, *forms(lemma)))
APOLOGISED_TO = re.compile(
    r"\s+(?:again\s+|publicly\s+|profusely\s+|personally\s+)?(?:to\s+\w|"
    r"(?:on|in|at|via|through)\s+(?:social\s+media|a\s+statement|an?\s+(?:interview|post|video|letter|tweet)|"
    r"Twitter|X|Facebook|Instagram|court|parliament|the\s+(?:Commons|chamber))\b)|\s*[.;]"
)
ATTACK_FORMS = frozenset(
    [
        *(f for lemma in ATTACKING for f in (lemma, *forms(lemma))),
        "went after",
        "gone after",
        "goes after",
        "going after",
    ]
)
# "as a fraud", "as “weak”": a party cast as something (not "attacked the town as dawn broke").
ATTACKED_AS = re.compile(
    r"\s+(?:him|her|them|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|(?:his|her|their|its)\s+(?:[a-z]+\s+)?[a-z]+)\s+"
    r"as\s+(?:an?\s|being\s|[“\"‘])"
)
# "attacked Lee for lying", "for her ties to": not "for the third time", nor past a comma ("a sore point for her")
ATTACKED_FOR = re.compile(r"\s+(?:[\w’'.,-]+\s+){1,8}?for\s+(?:[a-z]+ing|his|their|her\s+[a-z]+)\b")
ATTACKED_IN_WORDS = re.compile(
    r"\s+(?:[\w’'.-]+\s+){1,4}?(?:in|on|during)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+)?"
    r"(?:tweets?|speech(?:es)?|interviews?|statements?|posts?|ads?|op-eds?|remarks|debate|news conference)\b"
)

# What is published or issued must be a text that says something ("released a statement", not "released video").
NEEDS_TEXT_OBJECT = frozenset(f for lemma in PUBLISHING for f in (lemma, *forms(lemma)))
TEXT_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its|new|several|two|three)\s+)*(?:[\w’'-]+\s+){0,2}?(?:statement|letter|report|memo|"
    r"tweets?|message|appeal|warning|proposals?|results|findings|poll|survey|study|analysis|transcript|response|rebuttal|"
    r"op-ed|editorial|guidance|recommendations?|denial|clarification|correction|apology|ultimatum|threat|plan|"
    r"(?:policy|position|white)\s+paper)\b"
)
# A text published and nothing of what it says after it, only when or where ("The watchdog published its report on
# Monday.", "released its findings in March", "issued the report Tuesday morning"): the writer tells an act, and the
# publisher says nothing in the sentence. Not a clause or an aside after it ("... on Monday, warning that", "a report
# that found", "on the crash that killed"): those stay what is said.
_WHEN = (
    r"(?:on|in|at|last|this|late|early|earlier|later|yesterday|today|tonight|overnight|after|before|during|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
ONLY_CIRCUMSTANCES = re.compile(
    rf"(?:\s+{_WHEN}\b(?:\s+(?:morning|evening|(?!(?:that|which|who|whose|what|how|why|whether)\b)"
    r"[\w’'-]+(?<!ing)))*)*\s*[.!?]?[“”\"’']?\s*$"
)
# Knowing, seeing and feeling report a view only with a clause ("saw the move as", "knows that"), never an object.
NEEDS_CLAUSE = frozenset(f for lemma in [*KNOWING, *PORTRAYING] for f in (lemma, *forms(lemma)))
CLAUSE = re.compile(
    # (a title's or a party label's dots and commas inside what is seen: "sees Mr. Lee as", "view Mrs. Ord, D-Va., as")
    r"\s+(?:that|whether|how|what|why|if)\b|\s+(?:[\w’'%.-]+,?\s+){1,7}?as[\s,](?!\s*(?:part|well|soon|long|much|many|a result|if|"
    r"though|of|usual)\b)|\s*[:“\"]|,\s*[“\"]|"
    # a clause with no "that": "felt the board was slow", "knows there are risks"
    # a view of someone or something: "viewed the mayor favorably", "see the deal negatively"
    r"\s+(?:[\w’'.-]+\s+){1,4}?(?:(?:very|more|less|most|least)\s+)?(?:un)?(?:favou?rably|positively|negatively)\b|"
    r"\s+(?:there|(?:the|a|an|his|her|their|its|this|these|those|he|she|they|it|we|I|[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,3}?)"
    r"\s+(?:was|were|is|are|had|has|have|would|will|could|should|can|must|may|might|did|does|do)\b"
)

# What someone is cast as, after a longer object than ``CLAUSE`` allows: a share or a named aside ("rated 32% of the
# claims as false", "characterized the nominee, Sen. Ann Lee, D-Va., as,"). Not for "cast", whose object may be an
# actor cast in a role ("cast actor Tom Marsh as the villain").
CAST_AS_LONG = re.compile(
    r"\s+(?:[\w’'%.-]+,?\s+){1,9}?as[\s,](?!\s*(?:part|well|soon|long|much|many|a result|if|though|of|usual)\b)"
)
PORTRAYING_LONG = frozenset(f for lemma in PORTRAYING if lemma != "cast" for f in (lemma, *forms(lemma)))


# A judgement names what it is for: "criticised the officer for shooting", "praised the crew for".
JUDGING_FORMS = frozenset(f for lemma in JUDGING for f in (lemma, *forms(lemma)))
# Judgements that are words whatever they judge: "decried an increase in crime", "bemoaned the delays", "complimented
# the moderator" (not "condemned
# the building", "praised the weather", which the judgements above need a complement for).
SPOKEN_OF_ANYTHING = frozenset(
    f for lemma in ("decry", "denounce", "bemoan", "compliment") for f in (lemma, *forms(lemma))
)
# Judgements whose verbs also name blows ("slammed the door", "blasted the rock"): a position judged, "for", "as" or
# a quotation only.
PHYSICAL_JUDGING_FORMS = frozenset(f for lemma in ("slam", "blast") for f in (lemma, *forms(lemma)))
SPOKEN_JUDGING_FORMS = frozenset(f for lemma in SPOKEN_JUDGING for f in (lemma, *forms(lemma)))
JUDGED_PARTY = re.compile(
    r"\s+(?:him|her|them|(?:(?:former|fellow|outgoing|incoming)\s+)?(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*(?![\w’'-]))"
)  # "praised Lee", "praised former Governor Ann Lee"
JUDGED_FOR = re.compile(r"\s+(?:[\w’'.,-]+\s+){1,8}?for\s+(?:[a-z]+ing|his|her|their|its|the)\b")
# A judgement of a position someone took is a stance stated: "defended the decision", "criticized the plan"
# (not "defended the city", "welcomed the guests").
POSITION_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|this|that|these|those|[A-Z][\w’'.-]*(?:’s|'s))\s+)(?:[\w’'-]+\s+){0,3}?"
    r"(?:decisions?|plans?|moves?|polic(?:y|ies)|remarks|comments|statements?|record|bill|laws?|votes?|strateg(?:y|ies)|"
    r"approach|choices?|rulings?|programs?|programmes?|deals?|agreements?|proposals?|actions|response|handling|"
    r"positions?|stance|views|tweets?|claims?|allegations|accusations|report|reports|findings|verdict|budget|"
    r"reforms?|measures?|sanctions|ban|order|nomination|candidacy|speech(?:es)?|testimony|conduct|behaviou?r|accords?|"
    r"treat(?:y|ies)|pacts?|platform|lawsuits?|process|ads?|"
    # what a measure or a claim is worth, doubted or defended ("questioned the need for", "the wisdom of")
    r"need|wisdom|legality|fairness|accuracy|validity|credibility|timing|motives|necessity|merits|"
    # a measure taken ("defended the new quotas", "criticised the closure of two clinics")
    r"cuts|changes|closures?|increases?|rises|tax(?:es)?|levy|fees|rules|restrictions|limits|targets|quotas|scheme|"
    r"spending|merger|takeover|settlement|fines|tariffs|subsid(?:y|ies))\b"
)
# "called the mayor a liar", "called the ruling unconstitutional": what someone is called is said of them
# (not "called a meeting", "called her lawyer", "called the meeting to order").
CALLED_NAME = re.compile(
    r"\s+(?:him|her|them|it|this|that|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}|(?:the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}[a-z-]+|"
    # a longer object with no time, place or comparison in it ("called the citation and the demand for his
    # testimony a ploy"; not "calling the race for Lee less than an hour after")
    r"(?:the|his|her|their|its)\s+(?:(?!(?:than|by|to|with|after|before|until|less|more|from|at|in|on|into|over|during|"
    r"while|as|a|an)\b)[\w’'-]+\s+){3,8}?(?!(?:than|by|to|with|after|before|until|less|more|from|at|in|on|into|over|"
    r"during|while|as)\b)[\w’'-]+|"
    r"[a-z-]+(?:\s+[a-z-]+)?)\s+(?:(?:a|an)\s+(?!(?:day|week|month|year|few|second|third|number|lot|couple|bit|while|"
    r"total|minute|moment)\b)[a-z]|(?:[a-z]{2,}ly\s+)?(?:[a-z]+(?:able|ible|ous)|un[a-z]{4,}|wrong|unfair|false|naive|honest|"
    r"unfit|unsafe|legitimate|"
    r"fake|bad|good|great|absurd|crazy|racist|sexist|illegal|unconstitutional|unlawful|premature|misleading|inaccurate|"
    r"baseless|unfounded|untrue|dishonest|corrupt|incompetent|weak|necessary|important|essential|critical|vital|"
    r"historic|crucial|unprecedented|irresponsible|reckless|shameful|appalling|nonsense|rigged|biased|partisan|"
    r"overdue|flawed|excessive|extreme|dangerous|harmful|ridiculous|outrageous|disgraceful|insufficient|inadequate|"
    r"arbitrary|cruel|heartless|offensive|hypocritical|cynical|insulting|disastrous|catastrophic|pointless|"
    # a judgement in "-ing" ("called the decision heartbreaking"), never a gerund ("called the meeting to order")
    r"heartbreaking|disappointing|shocking|alarming|troubling|disturbing|devastating|encouraging|worrying|baffling|"
    r"astonishing|surprising|staggering|galling|tragic|sad|regrettable|"
    # a fault named by a compound or a "-less" word ("called the cuts short-sighted", "called the talks fruitless")
    r"[a-z]+-(?:sighted|judged|advised|baked|handed|headed|conceived|minded|timed)|useless|senseless|needless|"
    r"worthless|fruitless|hopeless|careless|thoughtless|meaningless|tasteless|shameless|spineless|toothless|clueless|"
    r"foolish|selfish|childish|misguided|mistaken|stupid|silly|pathetic|petty|vindictive|divisive|draconian|punitive|"
    r"alarmist|hysterical|cowardly|unjust|immoral|unethical|discriminatory|xenophobic|abhorrent|obscene|irrational|"
    r"illogical|incoherent|disrespectful|deceitful|distasteful|hateful|wasteful)\b)"
)
# "called Lee, his rival, an ISIS “co-founder”", "called the remarks ''racist''": what is called, quoted (not a
# quotation after a preposition or "the": "called a meeting at the “Blue Room”").
# An opening quotation mark, curly or straight, double or single ("called it ‘chaotic’", "called it 'chaotic'").
CALLED_QUOTED = re.compile(
    r"\s+(?:[\w’'.,-]+\s+){1,10}?(?<!\bat\s)(?<!\bin\s)(?<!\bon\s)(?<!\bto\s)(?<!\bthe\s)(?:[“\"‘]|'(?=\w))"
)
CALL_FORMS = frozenset(("call", *forms("call")))
CONSIDER_FORMS = frozenset(("consider", *forms("consider")))
# "asked the students whether", "asked the court to block": a question or a request put to someone.
# (the one asked may carry an aside: "asked the moderator, Ann Lee of the Daily Flash, to check the figures")
ASKED_OBJECT = re.compile(r"\s+(?:[\w’'.,-]+\s+){1,12}?(?:whether|if|how|why|what|when|where|who|about|to\s+[a-z]+)\b")
# "advised passengers not to travel", "advised residents to stay indoors": what someone was advised to do (not "advised
# the company on the merger").
ADVISED_TO = re.compile(
    r"\s+(?:[\w’'.-]+\s+){1,4}?(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|this|that)\b)[a-z]+\b"
)
ADVISE_FORMS = frozenset(f for lemma in ("advise", "recommend") for f in (lemma, *forms(lemma)))
ASK_FORMS = frozenset(("ask", *forms("ask")))
# "assured voters that", "reminded the crowd of": what someone was told.
TOLD_WHAT = re.compile(r"\s+(?:[\w’'.-]+\s+){1,4}?(?:that|of|about)\s")
TELLING_FORMS = frozenset(f for lemma in TELLING for f in (lemma, *forms(lemma)))

# Condemning is an act, not words, of a building ("condemned the warehouse", "condemned three derelict homes") and of
# a person sentenced ("condemned him to death"); of anything else it is a judgement said ("condemned the attack").
CONDEMN_FORMS = frozenset(("condemn", *forms("condemn")))
CONDEMNED_AS_AN_ACT = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|this|that|these|those|several|two|three|four|five|dozens\s+of|\d+|old|"
    r"empty|derelict|abandoned|vacant|former|crumbling|damaged|unsafe|[a-z]+-[a-z]+)\s+){0,3}"
    r"(?:buildings?|houses?|homes?|warehouses?|propert(?:y|ies)|structures?|bridges?|towers?|apartments?|blocks?|"
    r"dwellings?|tenements?|hotels?|factor(?:y|ies)|mills?|piers?|stadiums?|sheds?|barns?|premises|dams?|"
    r"schools?|churche?s?|cottages?|flats?)\b|"
    r"\s+(?:him|her|them|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}|(?:the|a|an|his|her|their)\s+[a-z]+)\s+to\s+"
    r"(?:death|prison|jail|life|hard\s+labou?r|exile|\d+|[a-z]+\s+years)\b"
)

# Interjections a kicker opens with ("BOOM: Lee wins", "Wow: the quay reopens"): a cry, not who speaks.
INTERJECTIONS = frozenset(
    """
    boom bam wham whoa wow yikes oops ouch bingo yes no hey huh ugh phew alas amen bravo gotcha duh meh oh ah aha ha
    haha lol omg yay hooray hurray psst shh eek gulp sigh welp yep nope
    """.split()
)

# Multi-word cues, subject on the left: "X pointed out that ...", "X declined to comment".
PHRASES = (
    r"point(?:s|ed|ing)? out|(?:made|makes|make) (?:the|these|those|his|her|their) (?:following )?(?:comments?|remarks?|statements?)|"
    r"(?:declined|refused) to (?!(?:a|an|the|his|her|their|its|be|record|levels?|lows?|highs?)\b)[a-z]{3,}|"
    r"(?:issued|released|put out|posted) (?:(?:a|an|the|joint|separate|brief|written|two|several|following) )*"
    r"(?:statements?|appeals?|clarifications?|warnings?|denials?|corrections?)|"
    # (and what no cue of its own says: "went on to name six harbours", "went on to express regret"; a cue after "went on
    # to" is read as the subject's own, "went on to insist")
    r"went on to (?:say|add|argue|discuss|note|name|list|express|compare|detail)|(?:went|gone|goes|going) after|"
    # an appearance on air to speak ("went on CNN to defend his staff changes", "appeared on national television to
    # deny"; not "went on a phone spree to"): its purpose, said; and calling someone something by another name
    # ("referred to the protesters as 'my friends'"; not "referred to hospital as a precaution")
    r"(?:went|goes|appeared|appears) on (?:(?:[A-Z][\w’'.-]*|the|national|state|local|live|television|radio|TV|air|"
    r"his|her|their|its|own|show|programme|program|podcast|news) ){1,5}?to (?:say|defend|deny|explain|argue|attack|criticize|"
    r"criticise|insist|claim|announce|discuss|respond|dismiss|push back|warn|accuse|blast)\b|"
    r"refer(?:s|red|ring)? to (?:[\w’'.-]+ ){1,6}?as(?= )(?! (?:a precaution|a result|well|soon|long|part|such|much|many)\b)|"
    # doubts stated ("raised concerns about the engines", "has raised fresh questions over"; a thing that raises them,
    # "The crash raised questions", names nobody: its subject is no party), a line held harder ("doubled down on his
    # claim"), and calls kept up ("continued to call for")
    r"rais(?:e|es|ed|ing) (?:(?:serious|new|fresh|further|growing|many|several|some|their|his|her|its) )*(?:concerns?|"
    r"questions|doubts|fears|objections) (?:about|over|regarding|that)\b|doubl(?:e|es|ed|ing) down on|"
    r"continu(?:e|es|ed|ing) to call (?:for|on|upon)\b|"
    # a view held, stated with what it holds: "Republicans were convinced that", "remain confident that"
    r"(?<!\bit )(?<!\bIt )(?<!\bthat )(?<!\bThat )(?<!\bthis )(?<!\bThis )(?<!\bthere )"
    r"(?:is|was|are|were|been|remains?|remained|seems?|seemed) (?:[a-z]+ly )?(?:convinced|confident|concerned|worried|"
    r"frustrated|angry|incensed|upset|adamant|certain|hopeful|optimistic|pessimistic|afraid|fearful|furious|outraged|"
    r"alarmed|disappointed)(?: that|(?= (?:the|a|an|he|she|they|we|it|I|his|her|their|its|[A-Z][\w’'-]*)(?: [\w’'-]+){0,3}? "
    r"(?:will|would|can|could|is|are|was|were|has|have|had|should|must|may|might)\b))|"  # "is convinced the levy will fail"
    # what someone's assertion holds: "Nervo's conclusion that", "his insistence that"
    r"(?:(?<=[’']s )|(?<=\b[Hh]is )|(?<=\b[Hh]er )|(?<=\b[Tt]heir )|(?<=\b[Ii]ts ))(?:assertion|contention|insistence|conclusion|"
    r"belief|argument|suggestion|prediction|accusation|allegation|assessment|assurance|view|claim|statement|announcement|"
    r"remarks?|comments?|promise|pledge|warning|vow|admission|denial|complaint|insinuation|hope|fear) that|"
    r"(?:is|was|are|were|been) (?:[a-z]+ly )?(?:critical|supportive|dismissive|skeptical|sceptical) of|"
    # a stance held, named by the one who holds it: "is a vocal supporter of", "has long been an outspoken critic of",
    # "remains a proponent of" (not a stance given up, "a former supporter of", nor money, "a backer of the fund")
    r"(?:is|was|are|were|been|remains?|remained) (?:(?:an?|one of the) )?(?:(?!(?:former|onetime|one-time|erstwhile|"
    r"ex|past|lapsed|not|no|by|of|for|with|to|in|on|at|from|among|the|his|her|their|its|our|my|your)\b)[a-z-]+ ){0,3}?"
    r"(?:supporters?|critics?|opponents?|advocates?|proponents?|skeptics?|"
    r"sceptics?) of|call(?:s|ed)? (?:(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday) )?"
    # "called again for", "called upon the board to"
    r"(?:(?:again|anew|once again|once more) )?(?:for|on|upon)|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|"
    r"(?<=\bbeen )|(?<=[’']s )|(?<=[’']re ))calling (?:(?:again|anew|once again|once more) )?(?:for|on|upon)|took to (?:Twitter|Facebook|social media)|"
    r"(?:did not|didn[’']t|has not|have not|had not) (?:immediately )?(?:respond|reply) to (?:a |an |multiple |several |"
    r"repeated )?(?:requests?|messages?|emails?|calls?|inquiries) (?:for|seeking) comment|"
    # the same refusal worded otherwise ("did not return a request for comment", "did not respond to requests to
    # comment", "did not respond to emailed questions", "declined comment", "declined an interview request")
    r"(?:did not|didn[’']t|has not|have not|had not) (?:immediately )?(?:return(?:ed)?|respond(?:ed)? to|reply to|answer) "
    r"(?:(?:a|an|the|multiple|several|repeated|emailed|written|phone|telephone) )*(?:requests?|messages?|emails?|calls?|"
    r"inquiries|questions) (?:for|seeking|to) comment|(?:did not|didn[’']t) (?:immediately )?(?:respond|reply) to "
    r"(?:(?:emailed|written|repeated|detailed) )+questions\b|declined (?:to )?comment|"
    r"(?:declined|refused|turned down) (?:an? |repeated |several )?(?:interview|comment)s? requests?|"
    r"(?:declined|refused) to be interviewed|"
    r"could not be reached for comment|ruled (?:on \w+ )?that(?! out\b)|ruled (?:on )?(?:\w+ )?(?:against|in favou?r of)|(?:spoke|speaks|talked|talks) (?:[a-z]+ly )?(?:of|about)|"
    # speaking out for or against something ("spoke out against the ban", "has spoken out in favour of"): a stance said
    r"(?:spoke|speaks|spoken) out (?:for|against|in favou?r of|on|about)|"
    # speaking somewhere about something ("spoke at the White House on Tuesday about"), talking something up, and
    # verbal shots ("took a swipe at")
    r"(?:spoke|speaks|talked|talks) (?:(?:to|at|in|on|with|before) [\w’'.-]+(?: [\w’'.-]+){0,5} )about"
    r"(?! (?:noon|midnight|\d|an? (?:hour|minute|week|month|year)|half))|"
    r"talk(?:s|ed|ing)? up|"
    # a view or a finding set down ("Most members judged that"), a saying kept short ("would only say that"), and a
    # paper's own report ("..., the Daily Flash can reveal.")
    r"judged that|would (?:only say|say only)|can (?:now )?reveal(?= that\b|\s*[.!?])|"
    # a wish or an offer of the subject's own: "the campaign would like to hold", "has offered to pay" (not "offered to the
    # court", "offers to be")
    r"(?:would|[’']d) (?:like|love) to(?= [a-z])|offer(?:s|ed) to (?!(?:the|a|an|his|her|their|its|this|that|be|me|him|us|them)\b)(?=[a-z]{3,})|t(?:ook|akes?|aking) (?:a |another |several )?(?:[a-z]+ )?(?:shots?|swipes?|jabs?|potshots?) at|"
    r"echo(?:es|ed)? (?:the |his |her |their |its |those |these |such )?(?:concerns?|views?|remarks|comments|"
    r"sentiments?|calls?|criticism|warnings?|statements?|claims?|arguments?)|"
    r"(?:raised|lowered|cut|trimmed|increased|edged up|revised (?:up|down)|upgraded|downgraded|slashed) "
    r"(?:its|their|his|her) (?:[\w-]+ ){0,2}?(?:forecasts?|estimates?|outlook|projections?)|"
    # a reply to words ("responded to the mayor's criticism", "has responded to questions about"; not "responded to
    # the attacks with air strikes", "responded to a call")
    r"respond(?:s|ed)? (?:(?:on|late|early) \w+ )?to (?:[\w’'-]+ ){0,4}?(?:criticisms?|remarks|comments|accusations|allegations|claims|questions|"
    r"charges|statements?|insults|jibes?|taunts|tweets?|letters?|complaints?)\b|"
    r"respond(?:s|ed)? by (?:saying|noting|arguing|pointing|accusing|calling|citing|insisting|claiming|stressing|asking|"
    r"telling|denying|defending|criticizing|criticising|attacking)|"
    r"offer(?:s|ed)? (?:[\w’'-]+ ){0,4}?(?:thoughts|prayers|condolences|apolog(?:y|ies)|explanations?|assessments?|"
    r"evaluations?|defen[cs]e|praise|criticism|comments?|remarks|rebuttals?|reassurances?|assurances?|clarifications?|"
    r"advice|predictions?|no (?:evidence|proof|details|explanation)|"
    # what was said, named by the kind of words it was ("offered few details", "offered a halting response", "offered
    # his congratulations"; not "offered $30 billion", "offered a window into", "offers employees leave", nor "offer a
    # preview", which a speech or a book does as well)
    r"details|specifics|ideas|responses?|insights?|congratulations|words|descriptions?|answers?|"
    r"reasons|analysis|opinions?|suggestions?)\b|"
    r"(?:laid|lays|laying) out|rul(?:es|ed|ing) (?:(?:it|that|this|them) )?out(?! of\b)|"
    # a letter sent or signed with what it urges or opposes ("sent a letter to the minister urging", "signed an open
    # letter on Monday calling for"): the senders' message; a letter sent and no more is an act
    r"(?:sent|signed|wrote|delivered|submitted) (?:(?:a|an|the|their|his|her|its|joint|open|second|formal|[a-z]+-[a-z]+) )"
    r"{1,3}letters? (?:[^.;:“”\"]{0,80}? )?(?:urging|calling|asking|demanding|seeking|opposing|protesting|warning|"
    r"requesting|objecting|arguing|insisting|complaining|accusing|criticizing|criticising|pressing|pleading)\b|"
    # a case filed in court or an appeal lodged is a claim made against someone ("filed a lawsuit against the
    # maker", "has lodged an appeal against the ban"); not a challenge launched in an election
    r"(?:filed|files|filing|lodged|lodges|lodging) (?:(?:a|an|the|their|his|her|its|two|several|new|separate|formal|"
    r"joint|federal|civil|legal|criminal|class-action|[a-z]+ful-death|wrongful) ){1,3}(?:lawsuits?|suits?|complaints?|"
    r"appeals?|petitions?|motions?|challenges?)\b|"
    # a protest against something is a stance shown ("are protesting against the mast", "protested the ruling");
    # where or when people protested ("protested outside the stores") says nothing of what they hold
    r"protest(?:ed|ing) (?:against|over)|"
    r"protest(?:ed|ing)(?= (?:the|a|an|his|her|their|its|this|that|these|those|[A-Z][\w’'.-]*(?:’s|'s)) (?:[\w’'-]+ ){0,3}?"
    r"(?:decisions?|plans?|moves?|polic(?:y|ies)|rulings?|laws?|bills?|cuts|closures?|arrests?|treatment|detention|"
    r"proposals?|changes|ban|actions?|results?|sale|killing|deaths?|construction|mast|war|visit|fees|rises?|increases?)\b)|"
    # a vote cast for or against something is a stance taken ("voted 9-4 against the plan", "voted to strike"); a vote
    # with no side ("43,000 people have voted", "voted in the primary") reports no one's position
    r"vot(?:ed|ing|es) (?:(?:\d+[-–]\d+|\d+ to \d+|again|twice|[a-z]+ly) )*"
    # when it was cast or along which lines, between the vote and its side ("voted 8-5 on Tuesday night to approve",
    # "voted Thursday to hold", "voted 5 to 4 in February to stall", "voted 19-15 along party lines, to send")
    r"(?:(?:(?:on|late|early) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:night|morning|"
    r"afternoon|evening))? |(?:last|this|earlier this) (?:week|month|year) |in (?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|\d{4}) |along party lines,? |overnight |yesterday |today )?"
    r"(?:for(?! the (?:first|second|third|fourth|fifth|last|[a-z]+th) time\b)|against|in favou?r of|"
    r"to (?!(?:the|a|an|his|her|their|its|this|that|be|me|him|us|them)\b)(?=[a-z]{3,}))|"
    # words played down or waved away ("played down fears of", "brushed off questions about"; not "shrugged off a knee
    # injury", "brushed aside two defenders"), a distance taken from words or a party ("distanced herself from the
    # remarks"), and pressing for something ("pushed for a vote", "pressed for answers"; not "pressed for time")
    r"play(?:s|ed|ing)? down(?= (?:the|his|her|their|its|any|all|such|those|these|a|an|fears|concerns|reports|talk|"
    r"suggestions|expectations|speculation|risks?|chances|prospects|threats?|differences|claims|tensions|worries|doubts)\b)|"
    r"(?:shrug(?:s|ged|ging)?|brush(?:es|ed|ing)?|wav(?:es|ed|ing)) (?:off|aside|away) (?:(?:the|his|her|"
    r"their|its|any|all|such|those|these|growing|recent|repeated|persistent|fresh|new) )*(?:questions?|criticisms?|concerns?|"
    r"suggestions?|claims?|accusations?|allegations?|calls|reports?|fears?|worries|talk|speculation|comparisons?|doubts?|"
    r"warnings?|complaints?|rumou?rs?|critics|objections?|charges)\b|"
    # advocating something is a stance held ("advocated a ban", "advocates the repeal of"); the noun "advocates" is
    # who they are ("Consumer advocates say", "Advocates for the disabled marched")
    r"advocat(?:ed|ing)(?= [a-z])|advocates(?= (?:a|an|the|more|less|higher|lower|tougher|stricter|greater|[a-z]+ing)\b)|"
    r"distanc(?:e|es|ed|ing) (?:himself|herself|themselves|itself|ourselves|myself) from|"
    r"(?<![’']s )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!\bthe )(?<!\ba )(?<!\bbig )(?<!\bnew )"
    r"(?:push(?:es|ed|ing)?|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)) (?:hard |again )?for(?! (?:time|space|cash|money)\b)|"
    # owning up to a clause ("accepted that the valve was worn"; not "accepted the award"), and plans or meanings set
    # out ("set out what the cuts would mean", "set out her plans"; not "set out the chairs", "set out at dawn")
    r"accept(?:s|ed|ing)? (?:(?:on|last|this|earlier) \w+ )?that(?= (?:the|a|an|he|she|they|it|we|I|his|her|their|its|"
    r"there|this|[a-z]+s|[A-Z][\w’'-]*)\b)|"
    r"set(?:s|ting)? out (?:what|how|why|whether|(?:(?:his|her|their|its|the) (?:[a-z-]+ )?(?:plans?|proposals?|case|"
    r"reasons|vision|demands|position|views|terms|priorities|strategy|changes|options|details|conditions|concerns|"
    r"objections|arguments?|timetable))\b)|"  # "ruled out any tax rise": a denial
    # "did not rule out a cut": what was left open, said (not "ruled out" 's denial)
    r"(?:(?:did|does|do|would|will|could|can)(?: not|n[’']t) rule|(?:has|have|had)(?: not|n[’']t) ruled) out(?! of\b)|"
    # standing by what one said or found ("stood by its findings")
    r"st(?:ood|ands?|anding) by (?:his|her|their|its|the|those|these) (?:[a-z]+ )?(?:findings|remarks|comments|"
    r"statements?|reports?|reporting|story|claims?|account|assessment|words|estimates?|figures?)|weigh(?:s|ed)? in|made (?:it )?clear|ma(?:de|kes?|king) (?:the|a|his|her|their|its) (?:case|point|argument)|rail(?:s|ed)? against|lash(?:es|ed)? out at|t(?:ook|akes) aim at|(?:hit|fired|fires|hits) back at|(?:shot|fired|snapped) back|"
    r"(?:ma(?:de|kes?|king)|ga(?:ve)|giv(?:es?|ing)|deliver(?:s|ed|ing)?) (?:(?:a|an|the|his|her|their|its|this|that|these|"
    r"those|several|many|some|one|two|another|[a-z]+ly|[a-z-]+(?:ful|ous|ive|al|ic|ent|ant|ate|ible|able|ar|less|ish|ed))"
    r" ){1,4}?(?:observations?|comments?|remarks?|statements?|assertions?|promises?|pledges?|pleas?|appeals?|accusations?|"
    r"allegations?|charges|predictions?|answers?|warnings?|apolog(?:y|ies)|complaints?|assurances?|announcements?|"
    r"defen[cs]e)(?= (?:that|to [a-z]+|for|of|about|on|against|(?!during\b)[a-z]+ing)\b|:)|"  # what was said, not "made the pledge at"
    r"(?<![\d.,%] )(?<!basis )(?<!centage )point(?:s|ed)? to|(?:express(?:es|ed)?|voic(?:es|ed)) "
    # with how much or whose ("expressed deep concern", "expressed their support")
    r"(?:(?:deep|grave|serious|strong|great|growing|particular|cautious|renewed|real|some|his|her|their|its) )?"
    r"(?:misgivings|reservations|skepticism|scepticism|opposition|disappointment|"
    r"surprise|optimism|pessimism|gratitude|interest|concerns?|outrage|support|doubts?|regret|confidence|frustration|anger|hope|alarm|dismay|sympathy|condolences)"
)
# "the number of people confirmed dead": a state the count is in, not a confirmation anyone gave.
CONFIRMED_STATES = r"dead|killed|missing|infected|injured|alive|drowned"
CONFIRMED_STATE = re.compile(rf"\s+(?:{CONFIRMED_STATES})\b")
# "The clinics admitted 300 patients": let in, nothing owned up to (no cue, no confirmation); but "admitted 20
# players had tested positive" owns up to a clause.
ADMITTED_PEOPLE = re.compile(
    r"\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|another|a\s+further|only|just)\s+)?"
    r"(?:[\d,.]+|dozens|hundreds|thousands|a\s+record|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|"
    r"[a-z]+ty)?\s*(?:(?:new|more|other|further|sick|wounded|injured)\s+)?(?:patients|people|students|pupils|"
    r"children|members|refugees|migrants|cases|inmates|prisoners|applicants|passengers|casualties|victims|babies|"
    r"adults|women|men|players|visitors)\b"
    r"(?!\s+(?:had|have|has|were|was|are|is|would|will|could|may|might|should|did|do|[a-z]+ed)\b)",
    re.IGNORECASE,
)
PHRASE = re.compile(rf"\b(?P<verb>{PHRASES})\b")
# Each phrase holds one of these words: a sentence with none of them (most sentences) is not searched.
PHRASE_WORDS = frozenset(
    """
    point points pointed pointing comment comments remark remarks declined refused statement appeal clarification
    statements appeals clarifications warnings denials corrections
    warning denial correction went call calls called calling took takes ruled spoke speaks talked talks echo echoes echoed
    forecast forecasts estimate estimates outlook projection projections respond responds responded offer offers
    offered weigh weighs weighed rail rails railed lash lashes lashed aim back express expresses expressed voiced voices clear case
    argument made makes making gave gives giving assertion contention insistence conclusion belief suggestion
    prediction accusation allegation assessment assurance view claim statement announcement remark remarks comments promise pledge vow admission denial complaint insinuation hope fear delivered delivers delivering gone goes going critical supportive
    laid lays laying rules ruling stood play plays played playing shrug shrugs shrugged shrugging brush brushes brushed
    brushing wave waves waved waving distance distances distanced distancing push pushes pushed pushing press presses
    pressed pressing lobby lobbies lobbied lobbying advocated advocating advocates stand stands standing rule accept accepts accepted accepting set sets setting
    dismissive skeptical sceptical convinced confident concerned worried frustrated angry incensed upset adamant certain
    hopeful optimistic pessimistic afraid fearful furious outraged alarmed disappointed ruled talk talks talking took
    take takes taking like love offer offers offered judged only reveal supporter supporters critic critics opponent
    opponents advocate advocates proponent proponents skeptic skeptics sceptic sceptics spoken voted voting votes sent signed
    wrote delivered submitted filed files filing lodged lodges lodging protested protesting
    raise raises raised raising double doubles doubled doubling continue continues continued continuing
    return returned answer appeared appears refer refers referred referring turned interviewed
    """.split()
)

# -- what a cue says of its content (AttributionSpan.cue_kind; the names are corpus.model.CUE_KINDS) ---------------

_KIND_GROUPS: tuple[tuple[list[str], str], ...] = (
    ([*SAYING, *TELLING, *EXPRESSING, *PUBLISHING, "detail", "translate", "observe", "quote", "paraphrase"], "said"),
    (ASSERTING, "asserted"),
    (["report"], "reported"),
    (["estimate", "calculate", "predict", "forecast", "project", "expect", "anticipate", "put", "assess"], "estimated"),
    (["confirm", "acknowledge", "admit", "concede"], "confirmed"),
    (["deny", "dismiss", "reject", "dispute", "refute", "rebut", "disavow", "downplay"], "denied"),
    (["warn", "threaten", "caution"], "warned"),
    (["urge", "demand", "advise", "recommend", "propose", "plead", "implore", "appeal"], "urged"),
    (["promise", "pledge", "vow"], "promised"),
    ([*JUDGING, *ATTACKING, *PORTRAYING], "judged"),
    ([*BELIEVING, *KNOWING], "believes"),
    ([*FINDING, "conclude", "discover", *RULING], "found"),
    ([*INTENDING, *STANCE], "stance"),
)
# A later group's reading of a form wins ("call" is said, but "plead" and "implore" urge).
_KIND_OF_WORD: dict[str, str] = {
    form: kind for lemmas, kind in _KIND_GROUPS for lemma in lemmas for form in (lemma, *forms(lemma))
}
_KIND_OF_WORD.update(
    put="estimated",
    puts="estimated",
    measured="estimated",
    alleged="asserted",
    rumored="asserted",
    rumoured="asserted",
    feared="believes",
)
# Phrases (``PHRASES`` and the nominal cues), by the words that decide them; the first that matches wins.
_PHRASE_KINDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), kind)
    for pattern, kind in (
        (r"\brespond\w* by\b|^puts? it\b|^respond\w* (?:\w+ \w+ )?to\b|^refer", "said"),
        (
            r"^(?:declined|refused)\b|\b(?:respond|reply)\b|reached for comment|\bcomment$|questions$|interviewed$|requests?$|\bnot\s+\w+$|n[’']t\s+\w+$",
            "declined",
        ),
        (
            r"\bdenials?\b|^rul\w* (?:(?:it|that|this|them) )?out\b|^play\w* down\b|^(?:shrug|brush|wav)\w* (?:off|aside|away)\b",
            "denied",
        ),
        (r"^distanc\w* \w+ from\b|^advocat|^vot(?:ed|ing|es)\b", "stance"),
        (r"^(?:push|press|lobb)\w* (?:\w+ )?for\b", "urged"),
        (r"^st\w* by\b|^accept|^admission that\b", "confirmed"),
        (r"^set\w* out\b", "said"),
        (r"\bwarnings?\b", "warned"),
        (r"\b(?:appeals?|pleas?)\b|^(?:continu\w* to )?call(?:s|ed|ing)? (?:\w+ ){0,2}(?:for|on|upon)\b", "urged"),
        (r"\b(?:promises?|pledges?|assurances?|vow)\b|^offer(?:s|ed) to\b", "promised"),
        (r"^(?:would|[’']d) (?:like|love) to\b", "stance"),
        (r"\b(?:supporters?|opponents?|advocates?|proponents?) of$", "stance"),
        (r"^judged that\b", "believes"),
        (r"^would (?:only say|say only)\b", "said"),
        (r"^can (?:now )?reveal\b", "reported"),
        (
            r"\b(?:accusations?|allegations?|charges|assertion|contention|insistence|argument|suggestion|case|point|claim|"
            r"insinuation)\b|"
            r"\bmade (?:it )?clear\b|^point(?:s|ed)? to\b",
            "asserted",
        ),
        (r"\b(?:predictions?|forecasts?|estimates?|outlook|projections?)\b", "estimated"),
        (
            r"\b(?:belief|view|conclusion|assessment)\b|^(?:hope|fear) that\b|^(?:is|was|are|were|been|remains?|remained|seems?|seemed) |"
            r"^(?:express|voic)",
            "believes",
        ),
        (
            r"\b(?:critical|supportive|dismissive|skeptical|sceptical|critics?|skeptics?|sceptics?|shots?|swipes?|jabs?|"
            r"potshots?|aim|rail\w*|lash\w*|"
            r"back|after)\b",
            "judged",
        ),
        (r"^(?:according to|as reported by|as cited by)\b", "according-to"),
        (r"\b(?:polls?|surveys?|study|studies|reports?|census)\b", "found"),
        (r"^citing\b", "citing"),
    )
)


def kind_of_cue(cue: str | None, how: str) -> str | None:
    """What a cue says of its content, one of ``corpus.model.CUE_KINDS``: "said" for "told reporters", "believes"
    for "does not think" and "is convinced", "denied" for "issued a denial", "according-to" for "according to";
    None when no cue is written. ``how`` is the attribution's (corpus/extract/attribution.py)."""
    if how == "citing":
        return "citing"
    if how in ("quoted", "label", "quotation", "introduced"):
        return "said"
    if not cue or not cue.strip():
        return "according-to" if how in ("according", "table") else None
    lower = " ".join(cue.lower().split())
    if how == "according":
        if lower.startswith("in ") and any(w in lower for w in ("view", "opinion", "eyes", "mind", "estimation")):
            return "believes"  # "In Ann Lee's view,"
        if lower.strip() in (":", "-", "—", "–"):
            return "said"  # "Ann Lee: “...”"
    words = lower.split()
    if len(words) == 1:
        word = words[0].strip(".,:;")
        if word in _KIND_OF_WORD:
            return _KIND_OF_WORD[word]
    for pattern, kind in _PHRASE_KINDS:
        if pattern.search(lower):
            return kind
    for word in words:
        if word in _KIND_OF_WORD:
            return _KIND_OF_WORD[word]
    return "according-to" if how in ("according", "table") else "said"
