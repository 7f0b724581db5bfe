"""Is a sentence a claim, and of which kind and certainty?"""

from __future__ import annotations

import re

# All patterns run on the lower-cased sentence (faster than IGNORECASE).
_I = 0
_DENIAL = re.compile(
    r"\b(den(?:y|ied|ies|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing)|rebuff(?:ed)?|"
    r"hoax|fake news|false(?:ly)?|not true|baseless|groundless|neither\b[^.]{0,60}\bnor\b[^.]{0,40}\bconfirm\w*|"
    r"(?:did|does|do|has|have|had) not (?:confirm|acknowledge|admit)\w*|no evidence)\b",
    _I,
)
_CONFIRMATION = re.compile(
    r"(?<!not )(?<!n't )(?<!never )(?<!none were )(?<!none was )(?<!no one )\b(confirm(?:ed|s|ing)?|acknowledg(?:ed|es|ing)|admit(?:ted|s)?|admission|disclos(?:ed|es|ing)|verified|"
    r"for the first time)\b",
    _I,
)
_FORECAST = re.compile(
    r"\b(will|would|shall|expect(?:s|ed)? to|plan(?:s|ned)? to|set to|likely to|"
    r"poised to|going to|intends? to|forecast\w*|predict\w*|project(?:s|ed) to|in the near future|next (?:week|month|year)|"
    r"by the end of)\b",
    _I,
)
_EVENT_VERB = re.compile(
    r"\b(signed|sent|deployed|dispatched|killed|died|struck|attacked|invaded|annexed|met|visited|launched|"
    r"arrived|fired|captured|retook|retaking|conducted|held|announced|ordered|approved|imposed|traveled|"
    r"travelled|exchanged|recognized|recognised|began|started|ended|withdrew|finalized|finalised|supplied)\b",
    _I,
)
_HEDGE = re.compile(
    r"\b(reportedly|allegedly|believed to|thought to|said to be|may|might|could|estimat\w+|appear(?:s|ed)? to|"
    r"apparently|likely|unlikely|possibly|probably|perhaps|suggest\w*|rumou?r\w*|unconfirmed|unverified|"
    r"seem(?:s|ed)?|feasible|potential(?:ly)?|claim(?:s|ed)?\s+(?:that|to)|purported(?:ly)?|presumably|unclear|"
    r"approximately|around|about|roughly|nearly|up to|as many as)\b",
    _I,
)
# A counted figure alone does not make a hedge; these words do only next to a figure.
_FIGURE_HEDGES = frozenset({"approximately", "around", "about", "roughly", "nearly", "up to", "as many as"})
_OWNED_NOUN = re.compile(r"(?:'s|’s|\bown|\btheir|\bits|\bhis|\bher|\bthe|\bthat|\bprevious|\bearlier|\bofficial)\s+$")
_FIGURE_NEXT = re.compile(r"\s*[$€£]?\d")
_MIN_WORDS = 4
_WORD = re.compile(r"[A-Za-z]{2,}")
_DIGIT = re.compile(r"\d")
_LOWER = re.compile(r"[a-z]")


def is_claim_text(text: str) -> bool:
    """Enough of a sentence to be checked or cited (questions and fragments are not)."""
    stripped = text.strip()
    words = len(_WORD.findall(stripped))
    if stripped.endswith("?") or words < (2 if _DIGIT.search(stripped) else _MIN_WORDS):
        return False
    return bool(_LOWER.search(stripped))


# What makes a sentence colour or opinion rather than something to check, when nothing else
# (a speaker, a figure, a date, a denial, confirmation or forecast, a named party) marks it.
_NARRATOR_PERSON = re.compile(r"\b(?:I|we|our|us|you|your|my|me)\b", re.IGNORECASE)
_COLOUR_OPENER = re.compile(
    r"^\W*(?:of course|yes|no|after all|to be sure|it goes without saying|perhaps|clearly|surely|just|so|still|"
    r"and,? yes|in short|in other words|imagine|remember|consider)\b",
    re.IGNORECASE,
)
# Verbs of things that happen or are done, the checkable events of news (in any tense).
_HAPPENED = re.compile(
    r"\b(?:re)?(?:sign|send|sent|deploy|kill|die|died|strike|struck|attack|invade|annex|meet|met|visit|launch|arrive|fire|"
    r"capture|retake|retook|conduct|hold|held|order|approve|impose|travel|exchange|began|begun|start|end|withdr[ae]w|"
    r"finali[sz]e|supply|supplied|arrest|charge|convict|sentence|indict|sue|file|vote|pass|win|won|lose|lost|elect|"
    r"appoint|nominate|resign|quit|hire|fire|sack|remove|ban|block|veto|overr[io]de|raise|cut|increase|reduce|close|"
    r"open|buy|bought|sell|sold|acquire|merge|invest|pay|paid|spend|spent|borrow|fine|settle|release|free|detain|"
    r"seize|raid|investigat|probe|rule|overturn|uphold|upheld|campaign|rally|march|protest|riot|evacuate|destroy|"
    r"damage|injure|wound|shoot|shot|bomb|crash|collapse|flood|burn|erupt|establish|create|found|build|built|"
    r"introduce|enact|repeal|pledge|donate|fund|award|grant|deny|denied|reject|accept|join|leave|left|return|flee|"
    r"fled|escape|move|moved|shut|suspend|cancel|postpone|delay|halt|resume|test|tested|lift|introduce|host|stage|"
    r"call|called|endorse|back|oppose|agree|decline|refuse|fail|succeed|hack|leak|publish|report|air|broadcast|"
    r"testify|subpoena|threaten|target|demand|ask|urge|warn|accuse|blame|condemn|criticiz|criticis|praise|defend|"
    r"took|take|fell|fall|gave|give|made|focus|propose|express|provide|use|prohibit|violate|plan|allow|require|"
    r"force|forced|lead|led|receive|sign|commit|admit|inform|notify|confirm|discover|found|uncover|reveal|spread|"
    r"say|said|tell|told|state|note|add|claim|write|wrote|announce|explain|insist|argue)"
    r"(?:s|es|ed|d|ing|ment|ion)?\b"
)
# Any other verb in the past tense ("the rain stopped", "the financing fell through" aside): something
# happened; not one of seeming, wanting or being described ("seemed", "needed", "talented").
_PAST_EVENT = re.compile(
    r"\b(?!(?:seemed|appeared|looked|felt|remained|needed|wanted|liked|loved|hoped|used|supposed|based|related|"
    r"called|named|concerned|interested|involved|tired|worried|excited|surprised|pleased|scared|aged|talented|"
    r"skilled|married|retired|limited|united|detailed|advanced|red|bed|shed|need|seed|feed|speed|breed|indeed|"
    r"hundred|kindred|sacred|wicked|naked|rugged|ragged|crooked|beloved|learned)\b)[a-z]{3,}ed\b"
)
_FIRM_FORECAST = re.compile(
    r"\b(?:expect\w*|forecast\w*|predict\w*|project(?:s|ed|ion)|likely to|set to|poised to|on track to|plans? to|intends? to)\b"
)
_ANAPHORIC_SUBJECT = re.compile(r"^\W*(?:it|they|he|she|this|these|the (?:\w+ ){0,2}\w+)\b", re.IGNORECASE)


def worth_checking(
    text: str, *, speaker: bool, quantities: bool, date: bool, kind: str, named: int, masked: str
) -> bool:
    """Is the sentence an assertion a reader might check or cite, not background or colour?

    A reported statement, a figure, a dated event, a denial, confirmation or forecast always is.
    Otherwise it must name a party (or continue one: "It is spread by mosquitoes") in the
    article's own voice: an unattributed quotation, an aside to the reader ("we", "you"),
    an exclamation or an opinion opener ("Of course", "After all") is not.
    ``masked`` is the text with quoted speech masked out.
    """
    if speaker or quantities or date or kind in ("denial", "confirmation", "quantity", "event"):
        return True
    stripped = text.strip()
    if (
        stripped[:1] in "“\"‘'"
        or stripped.endswith("!")
        or _NARRATOR_PERSON.search(masked)
        or _COLOUR_OPENER.match(stripped)
    ):
        return False
    if kind == "forecast" and _FIRM_FORECAST.search(masked.lower()):
        return True  # "The bank expects growth to slow": a forecast someone can be held to
    # Otherwise the sentence must report something that happened to or was done by a party the article
    # names (or continues: "It is spread by mosquitoes"): descriptions, judgements and scene-setting
    # ("He was sick in the head", "The choice was between ...") are background.
    if named >= 2:
        return True  # what one named party is to another ("Russia is one of North Korea's top allies")
    if not (named or _ANAPHORIC_SUBJECT.match(stripped)):
        return False
    return bool(_HAPPENED.search(masked) or _PAST_EVENT.search(masked))


def kind_of(text: str, has_quantities: bool, has_date: bool) -> str:
    text = text.lower()
    if _DENIAL.search(text):
        return "denial"
    if _CONFIRMATION.search(text):
        return "confirmation"
    if has_quantities:
        return "quantity"
    if _FORECAST.search(text):
        return "forecast"
    if has_date and _EVENT_VERB.search(text):
        return "event"
    return "statement"


def certainty_of(text: str) -> str:
    return "hedged" if _hedges(text.lower(), figures=True) else "asserted"


def hedged_beyond_figures(text: str) -> bool:
    """Hedged by more than a rounded figure: "about 300 were killed" is still asserted as a count."""
    return _hedges(text.lower(), figures=False)


def _hedges(text: str, figures: bool) -> bool:
    for m in _HEDGE.finditer(text):
        word = m.group(1)
        if word in _FIGURE_HEDGES and (not figures or not _FIGURE_NEXT.match(text, m.end())):
            continue
        if (
            word.startswith("estimate")
            and not word.startswith("estimated")
            and _OWNED_NOUN.search(text, max(0, m.start() - 12), m.start())
        ):
            continue  # "the army's own estimate": a noun naming someone's figure, not a hedge on this one
        return True
    return False
