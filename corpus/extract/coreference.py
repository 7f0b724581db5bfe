"""Who "he", "she", "it", "they" and a bare surname are: the article's discourse so far.

A pronoun that speaks ("she said") is the nearest earlier *salient* referent it
fits: someone who spoke, or who was the subject of a sentence; a name merely
mentioned in passing ("a rally in Coral Springs", "the Peace Corps") is not
taken. It must fit the pronoun's gender (from honorifics, gendered roles,
common first names, or a pronoun the article itself ties to the name:
"Keller said he ...") and number, person versus organisation. When nothing
fits, the pronoun stays unresolved rather than guessed (precision first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.countries import country_of
from corpus.extract import cues
from corpus.extract.attribution import (
    INFORMED_PEOPLE,
    ITS_NEXT,
    PEOPLE_PLURALS,
    PEOPLES_ENDINGS,
    a_state_or_country,
    mask_quotes,
    people_plural,
    straight_quotes,
)
from corpus.extract.entities import TITLE_WORDS, Mention, find_entities, names_a_body
from corpus.model import AttributionSpan
from corpus.wordlist import RAREST, rarity

PERSON_ROLES = frozenset(
    "official spokesman spokeswoman spokesperson minister secretary leader president premier chancellor adviser "
    "advisor analyst expert diplomat commander general envoy ambassador chief head director officer source "
    "dictator strongman pundit lawmaker senator governor mayor participant researcher engineer inspector councillor "
    "councilor councilman councilwoman representative delegate judge prosecutor lawyer attorney professor doctor "
    "economist editor reporter correspondent coach manager founder chairman chairwoman candidate nominee activist "
    "developer architect historian scientist teacher detective sheriff captain pilot farmer "
    # sport: "Striker Jamal Okoro apologised" is Jamal Okoro
    "striker midfielder defender goalkeeper winger quarterback pitcher skipper".split()
)


PRONOUN_KIND = {"he": "person", "she": "person", "it": "thing", "they": "plural", "its": "thing"}
PRONOUN_GENDER = {"he": "m", "she": "f"}
# Within this many characters, a pronoun that speaks can refer back (about three paragraphs of news).
_REACH = 2500
_LOOKBACK = 300
# A person known to fit the pronoun wins over a nearer one of unknown gender named this close after them
# ("Engineer Anna Kowalczyk inspected ... Mayor Tomas Berg arrived ... She said").
_CLOSE_BEHIND = 200

# Common given names whose gender is near certain; general knowledge, not any dataset's names.
_MALE_NAMES = frozenset(
    """
    aaron abdul abe abraham adam adrian ahmad ahmed akira alain alan albert alberto aleksandr alex alexander alexei
    alfred ali alistair allen alvin amir andre andrei andres andrew andy angel angus anthony anton antonio anwar
    archie arnold arthur ashraf barack barry bashar ben benedict benjamin benny bernard bernie bert bill billy bob
    bobby boris brad bradley brett brian bruce bryan byron calvin cameron carl carlo carlos cedric chad charles
    charlie chester chris christian christopher chuck clarence clark claude clifford clint clyde cody colin conrad
    cory craig curtis dale damian dan daniel darius darren dave david davis dean dennis derek desmond devin dick
    diego dmitri dmitry dominic don donald donnie doug douglas duncan dustin dwayne dwight earl ed eddie edgar
    edmund eduardo edward edwin elijah elliot elon emil emilio emmanuel enrique eric ernest ernesto erwin ethan
    eugene evan fabio farid felipe felix fernando francesco francis francisco frank franklin franz fred freddie
    frederick gabriel garrett gary gavin geoffrey george gerald gerard gerhard gilbert giovanni giuseppe glenn
    gordon graham grant greg gregory gustavo guy hans harold harry harvey hassan hector heinz henry herbert herman
    hiroshi hugh hussein ian ibrahim igor ira isaac ismail ivan jack jacob jacques jake jamal james jared jason
    javier jay jeb jeff jeffrey jeremy jerome jerry jesse jesus jim jimmy joaquin joe joel johan john johnny jon
    jonas jonathan jorge jose josef joseph josh joshua juan juergen jules julian julius jurgen justin kareem karl
    keir keith ken kenneth kevin kim-jong kirk klaus kurt kyle lance larry lars lawrence lee-myung leo leon leonard
    leroy lewis liam lincoln lindsey lionel lloyd lorenzo louis lucas luis luke luther malcolm manuel marc marcel
    marco marcus mario mark martin marvin mateo matt matthew mauricio max maxim maxwell melvin michael miguel mike
    mikhail milton mitch mitchell mitt mohamed mohammad mohammed morris moses muhammad murray nathan nathaniel neil
    nelson nicholas nick nicolas nigel noah norman olaf oleg oliver omar oscar otto owen pablo paolo pascal
    patrick paul pedro percy perry peter phil philip pierre rafael ralph ramon randall randy raul ray raymond reggie
    reince rex ricardo richard rick ricky rob robert roberto rod rodney rodrigo roger roland rolf roman romeo ron
    ronald ross roy ruben rudolph rudy rupert rush russell ryan salman salvador sam samuel sanjay saul scott sean
    sebastian sergei sergey seth shane shawn sidney silvio simon stanley stefan stephen steve steven stuart sven ted
    terrence theodore thomas tim timothy tobias todd tom tomas tony travis trevor troy tyler tyrone ulrich vance
    vernon vicente victor viktor vincent vinod vivek vladimir wade wallace walt walter warren wayne wendell wes
    wesley wilbur will william willie wilson winston wolfgang xavier xi yasser yitzhak yosef yuri yusuf zachary zack
    abdel abdullah aleksandar andrzej beto ciaran corey cyril declan ekrem emmerson enda evo fidel francois friedrich
    giorgi hafez haider hamid hamish heiko horst hosni ilham imran jair jalal jens kemal khalid kofi luigi luiz lula
    mahmoud markus masoud mateusz matteo moammar muammar muhammadu naftali narendra nawaz newt nikol nouri nursultan
    olusegun pete petro pietro rahul raila recep rishi shinzo sigmar tariq tayyip thabo uhuru volodymyr yair yoweri
    rhys gareth dylan huw iwan gethin aled dafydd emyr fergal eoin seamus padraig niall cathal colm donal eamon eamonn
    fintan oisin ronan callum euan alasdair kwame kwabena kwasi yaw kojo chidi chukwuma emeka obinna tunde babatunde
    musa mustafa hamza bilal faisal rashid samir tarek walid youssef ravi rajesh rakesh suresh ramesh vijay anil sunil
    amit arjun vikram rohan sachin deepak manoj ashok harish nikhil pradeep rajiv sanjeev sandeep takashi kenji haruki
    taro nikolai pavel andriy oleksandr taras bogdan piotr pawel tomasz krzysztof marek jakub lukasz anders erik
    henrik magnus nils bjorn gunnar olof giorgio luca stefano massimo alessandro federico riccardo joao rui tiago
    goncalo santiago alejandro sergio alvaro ignacio thierry didier philippe olivier laurent yannick dieter matthias
    florian milos goran zoran dragan
    """.split()
)
_FEMALE_NAMES = frozenset(
    """
    abby abigail adele adriana agnes aisha alejandra alexandra alexis alice alicia alison allison alma amal amanda
    amber amelia amy ana anastasia andrea angela angelica angelina angelique anita ann anna anne annette antoinette
    april aretha ariana arlene audrey ava barbara barbra beatrice becky belinda bernadette beth bethany betsy betty
    beverly bianca bonnie brenda bridget brigitte brittany brooke camila candace carla carly carmen carol caroline
    carolyn cassandra catherine cecilia charlene charlotte chelsea cheryl chloe christina christine cindy claire
    clara claudia colleen condoleezza connie constance cristina crystal cynthia daisy dana daniela danielle daphne
    darlene debbie deborah debra delia denise diana diane dolores donna doris dorothy edith eileen elaine eleanor
    elena elise eliza elizabeth ella ellen elsa elsie emilia emily emma erica erin esther eva evelyn faith felicia
    fiona florence frances francesca gabriela gail gennifer gina giulia gloria grace gwen hannah harriet hazel
    heather heidi helen helena hilda hillary holly huma ida ingrid irene iris isabel isabella ivanka jackie
    jacqueline jane janet janice jeanette jeanne jennifer jenny jessica jill joan joanna joanne jocelyn josephine
    joy joyce juanita judith judy julia juliana julie juliet june justine kamala karen karin kate katharina
    katherine kathleen kathy katie katrina kay kayla kelly kellyanne kristen kristin kristina lana latoya laura
    lauren leah leila lena lillian lily linda lisa liz lois loretta lorraine louise lucia lucy lydia madeleine
    madison magdalena mandy marcia margaret margarita marguerite maria mariana marianne marie marilyn marina marine
    marion marisa marjorie marlene marsha martha mary maureen maxine meg megan megyn melania melanie melinda melissa
    mercedes meryl mia michelle mildred miranda molly monica monique muriel nadia nadine nancy naomi natalia natalie
    natasha nathalie nicola nikki nina nora norma odette olga olivia paige pamela patricia paula pauline peggy
    penelope penny phyllis priscilla priti rachel rania raquel rebecca regina renee rhonda rita roberta rosa
    rosalind rose rosemary roxanne ruby ruth sabrina sally samantha sandra sara sarah selena serena shannon sharon
    sheila shirley silvia simone sofia sonia sonya sophia sophie stacey stella stephanie susan suzanne svetlana
    sylvia tamara tammy tanya teresa theresa tina tracy ursula valerie vanessa vera veronica vicki victoria viola
    violet virginia vivian wanda wendy whitney yasmin yolanda yulia yvonne zoe
    amina annalena astrid aurelie ayanna beata beatrix benazir birgit corazon dianne dilma ewa fatima giorgia greta
    helle ilhan imelda indira irina jacinda katarina kirsten malala marissa maya megawati mette nirmala oksana pramila
    priyanka rashida sanna segolene sheryl shirin sigrid tulsi winnie yingluck zainab
    sian cerys ffion rhiannon bethan carys eleri aoife siobhan niamh saoirse roisin grainne orla aisling sinead
    caoimhe kirsty morag shona eilidh mhairi ailsa ama akosua abena efua ngozi chioma adaeze ifeoma funmilayo folake
    yetunde nkechi priya anjali sunita deepa kavita lakshmi meera neha pooja rekha shreya geeta radha usha keiko yoko
    haruka olena natalya tatiana yelena ekaterina anya marta agnieszka katarzyna malgorzata zofia annika freya liv
    maja elin frida chiara alessandra federica martina ines beatriz catarina leonor pilar rocio amelie chantal
    claudine sandrine veronique isabelle celine helene layla mariam amira samira zeynep ayse elif gemma tessa jodie
    bronwen gwyneth imogen georgina rosie poppy esme maisie miriam ciara
    """.split()
)
# Last words that make a capitalised name a place, a body or a thing, never a person ("Pacific Ocean",
# "White House", "Saudi Arabia"); first words likewise ("National ...", "United ...").
_NOT_PERSON_LAST = frozenset(
    """
    house ocean sea gulf bay island islands river lake mountain mountains valley coast street avenue road square park
    hall center centre building tower towers bridge airport station port hospital university college school academy
    institute committee council assembly congress senate parliament court office department ministry agency service
    bureau administration commission foundation association coalition union league party campaign group company corp
    chamber society guild inspectorate directorate secretariat tribunal observatory survey trust registry
    industries holdings technologies airlines motors enterprises pharmaceuticals laboratories
    inc ltd co plc llc gmbh bank fund network news times post journal herald tribune report assessment act plan program programme
    convention conference summit forum club church mosque temple museum arabia states kingdom republic emirates
    america africa europe asia korea china russia india iran iraq syria israel germany france japan mexico canada
    county city state province region district village town capital street board authority reserve corporation
    organization organisation institution alliance federation army navy force forces guard police command
    gov sen rep gen col lt sgt adm dr mr mrs ms president senator governor secretary minister chairman
    on in of to for at up out off over with
    monday tuesday wednesday thursday friday saturday sunday january february march september october november
    december today tonight yesterday morning evening night week weekend
    """.split()
)
NOT_PERSON_LAST = _NOT_PERSON_LAST
# Trades that end a business's name ("Norvik Steel", "Orlo Travel"); some are surnames too ("Samantha Power").
_TRADE_LAST = frozenset(
    """
    steel power glass paper apparel travel foods food energy mining metals petroleum oil telecom telecoms media pharma
    textiles chemicals shipping logistics ventures retail brewing brewery dairy electronics software systems solutions
    labs automotive aerospace construction engineering insurance communications airways railways freight cement
    plastics hotels resorts entertainment studios steelworks shipyards refining utilities buses coaches ferries
    """.split()
)
_NOT_PERSON_FIRST = frozenset(
    "national united north south east west new saudi federal supreme central royal the republican democratic".split()
)


def person_like(name: str) -> bool:
    """Could a capitalised name nothing else types be a person's ("Jeh Johnson", not "Pacific Ocean")?"""
    if any(len(w) > 1 and w.isupper() and w.isalpha() for w in name.split()[:-1]):
        return False  # "SAVE A QUARTER Let": a heading in capitals
    words = name.lower().replace(".", "").split()
    if not words:
        return False
    if len(words) > 1 and words[-1] in _TRADE_LAST:
        # "Norvik Steel", "Meridian Apparel": a business by its trade, unless a given name opens it ("David Steel")
        return given_name_gender(name) is not None
    return words[-1] not in _NOT_PERSON_LAST and (words[0] not in _NOT_PERSON_FIRST or len(words) == 1)


_MALE_WORDS = re.compile(
    r"\b(?:Mr|Sir|Lord|King|Prince|spokesman|congressman|chairman|businessman|councilman|husband|father|son|"
    r"brother|uncle|grandfather|boyfriend|man|actor|himself)\b\.?"
)
_FEMALE_WORDS = re.compile(
    r"\b(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|spokeswoman|congresswoman|chairwoman|businesswoman|"
    r"councilwoman|wife|mother|daughter|sister|aunt|grandmother|girlfriend|woman|actress|herself)\b\.?"
)
_SAID_PRONOUN = re.compile(
    r"\W{0,3}(?:\s*\([^)]*\))?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told\s+\w+|added|wrote|argued|insisted|claimed|noted)"
    r"\s+(?:that\s+)?(?P<p>he|she|his|her)\b"
)
# A reflexive or "own" in the subject's clause, before any other name: it is the subject's ("Lee described herself as",
# "Park paid out of his own pocket"), which tells the subject's gender.
_REFLEXIVE_AFTER = re.compile(r"[^.;:!?“”\"]{1,80}?\b(?P<p>himself|herself|his\s+own|her\s+own)\b")
_ANOTHER_NAME = re.compile(r"\b[A-Z][a-z]|\b(?:him|her|his|he|she|they|them|their)\b(?!\s+own\b)|\bwho\b")
HONORIFIC_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Prof|President|Senator|Governor|Secretary)\.?\s+$"
)
# "Ellen Park, 71,": an age after a name makes it a person's, whatever its last word ("Park", "Hall") reads as.
_AGE_AFTER = re.compile(r",\s*(?:aged\s+)?\d{1,3}\s*,")
_POSSESSIVE_NEXT = re.compile(r"[’']s?\b")
# What opens a phrase after a name's comma that is no appositive of it ("Lee, through a spokeswoman, declined", "Lee,
# with his wife, arrived"): its nouns are other people's.
_NOT_AN_APPOSITIVE = frozenset(
    "through via with without in at on for from by of to according who whose which and but or after before when while "
    "as like unlike despite speaking".split()
)
# Words that may stand before a subject ("Republican presidential nominee Donald Trump", "At a rally, Clinton").
_NOT_BEFORE_SUBJECT = frozenset(
    """
    in on at by with to for of from about after before when while since as than that which who whom whose and but or
    nor if because against between into over under said says told asked called met visited attacked criticized
    criticised praised endorsed backed named like unlike including include includes featuring
    """.split()
)


# A phrase's words and the possessive ending each loses, for ``Discourse.remember`` (compiled once: it runs for
# every name, pronoun and description a sentence gives).
_PHRASE_WORD = re.compile(r"[\w’'-]+")
_POSSESSIVE = re.compile(r"[’']s?$")


@dataclass(slots=True)
class Known:
    """A speaker or a name seen earlier in the article."""

    label: str
    words: set[str]  # lower-cased words of the phrase that introduced it
    kind: str  # person | thing | plural
    named: bool
    position: int
    spoke: bool = False  # remembered as a speaker, not only as a name in passing
    subject: bool = False  # the subject of its sentence
    group: bool = False  # a plural party of people or bodies ("the two companies", "Democrats on the panel")
    # a body named as the subject with its verb right after it ("The Civil Aviation Safety Authority (CASA) has
    # grounded"), not a name qualifying another noun ("A Government Accountability Office report found")
    acts: bool = False
    # the sentence opens with its possessive ("Tom Marsh's response has been ..."): a referent for a later "he" or
    # "she", though not the subject a bare surname is taken for
    possessor: bool = False


@dataclass
class Discourse:
    """What an article has said so far: who spoke, who acted, which names came with which titles and genders."""

    known: list[Known] = field(default_factory=list)
    last_speaker: tuple[str, list[str], list[AttributionSpan]] | None = None  # article.Said
    genders: dict[str, str] = field(default_factory=dict)  # lower-cased name -> "m" | "f"
    by_name_word: dict[str, list[Known]] = field(default_factory=dict)  # first or last word of a full name
    in_order: bool = True  # remembered in reading order (no sort needed)
    names: dict[tuple[str, int], tuple[str | None, bool, str]] = field(
        default_factory=dict
    )  # (phrase, position) -> resolved name
    noted: set[int] = field(default_factory=set)  # where names were noted (offsets into the body)
    pairs: set[int] = field(default_factory=set)  # where two people named as one subject were noted
    # names that spoke as bodies though shaped as a person's ("Arden Rovers have ..., the club said"): never "he"
    bodies: set[str] = field(default_factory=set)
    # names an age showed to be people's ("Ellen Park, 71,"), though their last word reads as a place's
    aged: set[str] = field(default_factory=set)

    def remember(
        self,
        label: str,
        phrase: str,
        kind: str,
        named: bool,
        position: int,
        spoke: bool = False,
        subject: bool = False,
        gender_words: str | None = None,
        group: bool = False,
        acts: bool = False,
        possessor: bool = False,
    ) -> None:
        """``gender_words``: the words that may tell the gender (a title, an appositive), if not the whole phrase."""
        words = {_POSSESSIVE.sub("", w.lower()) for w in _PHRASE_WORD.findall(phrase)}
        if kind == "thing" and label in self.aged:
            kind = "person"
        if self.known and position < self.known[-1].position:
            self.in_order = False  # a look-ahead into a quotation's later sentence
        self.known.append(Known(label, words, kind, named, position, spoke, subject, group, acts, possessor))
        if named and " " in label and kind in ("person", "thing"):
            parts = label.split()
            for word in {parts[0], parts[-1]}:
                self.by_name_word.setdefault(word, []).append(self.known[-1])
        if kind == "person":
            gender = given_name_gender(label) or gender_of_phrase(phrase if gender_words is None else gender_words)
            if gender:
                self.learn_gender(label, gender)

    def learn_gender(self, label: str, gender: str) -> None:
        self.genders.setdefault(label.lower(), gender)

    def gender(self, label: str) -> str | None:
        """A name's gender as the article shows it; a bare surname only if every full name with it agrees
        (Bill and Hillary Clinton share one)."""
        key = label.lower()
        by_name = given_name_gender(label)
        if by_name:
            return by_name  # "Hillary Clinton" is a woman whatever a pronoun after her name said
        if key in self.genders:
            return self.genders[key]
        if " " not in key:
            seen = {g for name, g in self.genders.items() if name.split()[-1] == key}
            if len(seen) == 1:
                return seen.pop()
            if seen:
                return None
        return gender_of_phrase(label)

    def note_titled_names(self, text: str, position: int, mentions: list[Mention] | None = None) -> None:
        """Remember names with their titles ("leader Kim Jong Un"), their gender, and whether they are the subject;
        and a plural party that is the sentence's subject, for a later "they"."""
        masked = mask_quotes(straight_quotes(text)) if ("“" in text or '"' in text or "''" in text) else text
        group = plural_subject(masked)
        if group and position + group[0] not in self.noted:
            self.noted.add(position + group[0])
            label = masked[group[0] : group[1]]
            self.remember(label, label, "plural", False, position + group[0], subject=True, group=True)
        described = _GENDERED_SUBJECT.match(masked) if _GENDERED_HEAD.search(masked, 0, 120) else None
        if (
            described
            and position + described.start("np") not in self.noted
            # a described speaker already resolved to a name there ("The spokeswoman added" after "Ann Lee, a
            # spokeswoman, said") stays that name
            and not any(k.position == position + described.start("np") for k in self.known[-8:])
            # nor one named in an appositive after it ("the victim's daughter, Janet Price, said"): the name is noted
            and not _NAME_APPOSITIVE.match(masked, described.end("np"))
        ):
            # "The woman who started the petition stood up", "A man in the crowd shouted": nobody named, but a later
            # "she" or "he" is this person
            self.noted.add(position + described.start("np"))
            label = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", described.group("np"))
            self.remember(
                label,
                described.group("np"),
                "person",
                False,
                position + described.start("np"),
                subject=True,
                gender_words=described.group("np"),
            )
        body = _DESCRIBED_BODY_SUBJECT.match(masked) if "he " in masked[:60] else None
        if body and position + body.start("np") not in self.noted:
            # "The watchdog published its report on Monday. It found that ...", "The company cut 300 jobs. It said
            # ...": a body described by its kind, acting as the subject, is a later "it" when no named body is (a
            # body that spoke by its name stays the one: "Siemens Energy said ... The company cut ... It said")
            self.noted.add(position + body.start("np"))
            if (resolve_pronoun("it", self, position + body.start("np")) or ("", False))[1] is False:
                label = re.sub(r"^[Tt]he\s+", "", body.group("np"))
                self.remember(label, body.group("np"), "thing", False, position + body.start("np"), subject=True)
        text_subject = _TEXT_SUBJECT.match(masked) if not body else None
        if text_subject and position + text_subject.start("np") not in self.noted:
            # "The post showed a man in a wig. It says: ...": the post, though it made no statement of its own yet
            self.noted.add(position + text_subject.start("np"))
            label = re.sub(r"^[Tt]he\s+", "", text_subject.group("np"))
            self.remember(
                label, text_subject.group("np"), "thing", False, position + text_subject.start("np"), subject=True
            )
        pair = _PAIR_SUBJECT.match(masked) if " and " in masked[:120] else None
        if pair and position + pair.start("a") not in self.pairs:
            # "Professor Alan Mirza and his colleague Dr Fiona Grant surveyed ...": the two are a later "they"
            a, b = _bare_titled(pair.group("a")), _bare_titled(pair.group("b"))
            if " " in a and " " in b and (given_name_gender(a) or given_name_gender(b)):
                self.pairs.add(position + pair.start("a"))
                self.remember(f"{a} and {b}", pair.group(0), "plural", True, position + pair.start("a"), subject=True)
        previous: Mention | None = None  # the body noted last, whose acronym may follow it in brackets
        for mention in mentions if mentions is not None else find_entities(text):
            if masked[mention.start] != text[mention.start]:
                continue  # a name inside a quotation is not the article's own subject
            if mention.type in ("person", "other") and ("self" in text or " own " in text):
                self._reflexive_gender(text, mention)
            if position + mention.start in self.noted:
                continue  # noted already, before a pronoun of its own sentence was resolved
            self.noted.add(position + mention.start)
            if mention.type in ("outlet", "organisation"):
                if previous is not None and _ACRONYM_AFTER.fullmatch(text, previous.end, mention.end + 1):
                    continue  # "the Marine Safety Board (MSB)": the body was noted by its name just before
                previous = mention
                label = as_written(mention.surface, mention.name)
                subject = _is_subject(text, mention.start, mention.end)
                self.remember(
                    label,
                    mention.surface + " " + mention.name,
                    "thing",
                    True,
                    position + mention.start,
                    subject=subject,
                    acts=subject and _acts(text, _after_acronym(text, mention.end)),
                )
                continue
            surface = bare_name(mention.surface)
            honorific = HONORIFIC_BEFORE.search(text, max(0, mention.start - 12), mention.start)
            if honorific and mention.type not in ("person", "outlet", "organisation", "country", "place"):
                # "Mr. Obama", "Sen. Warren": a titled surname is a person, and "Mrs."/"Mr." tell the gender.
                self.remember(
                    surface,
                    honorific.group(0) + surface,
                    "person",
                    True,
                    position + mention.start,
                    subject=_is_subject(text, honorific.start(), mention.end),
                    possessor=_possessor_opening(text, honorific.start(), mention.end),
                )
                continue
            if mention.type == "person" and surface not in self.bodies and _AGE_AFTER.match(text, mention.end):
                self.aged.add(surface)
                for k in self.known:
                    if k.label == surface and k.kind == "thing":
                        k.kind = "person"  # it spoke before its age was read ("said Ellen Park, 71,")
            if mention.type == "person" and (
                not (person_like(surface) or surface in self.aged) or surface in self.bodies
            ):
                self.remember(
                    surface,
                    mention.surface,
                    "thing",
                    True,
                    position + mention.start,
                    subject=_is_subject(text, mention.start, mention.end),
                )
                continue
            if mention.type != "person":
                # A bare surname ("Clinton leaned in") is the person named in full earlier.
                full = (
                    resolve_short_name(surface, self, position + mention.start, people_only=True)
                    if " " not in surface
                    else None
                )
                if full is None:
                    kin = _KIN_BEFORE.search(text, max(0, mention.start - 80), mention.start)
                    if (
                        kin
                        and " " not in surface
                        # a given name the lists know, or any name that is no place or body: the kin word tells
                        # the gender ("his daughter, Jenna,")
                        and (given_name_gender(surface + " X") or mention.type == "other")
                        and _APPOSITIVE_CLOSES.match(text, mention.end)
                    ):
                        # "Ruth Kaplan and her husband, David, lost their home": a given name for a kin of a party, one
                        # of the sentence's subjects when the party opens it; "he" may be him later
                        self.remember(
                            surface,
                            surface,
                            "person",
                            True,
                            position + mention.start,
                            subject=kin.group("party") is not None,
                            gender_words=kin.group("kin"),
                        )
                        continue
                    if (
                        mention.type == "other"
                        and surname_like(surface)
                        and not _plural_noun(surface)
                        and not _THE_BEFORE.search(text, max(0, mention.start - 8), mention.start)
                        and _acts(text, mention.end)
                        and _is_subject(text, mention.start, mention.end)
                        and (not _OPENS_SENTENCE.fullmatch(text, 0, mention.start) or _speaks(text, mention.end))
                    ):
                        # "Anderson largely agreed": an unknown surname acting as a subject is most likely a person.
                        self.remember(surface, surface, "person", True, position + mention.start, subject=True)
                    continue
                surface = full[0]
            before = text[max(0, mention.start - 60) : mention.start]
            before = re.split(r"[,.;:“”\"]|\b(?:and|by|with|of|to)\b", before)[-1]
            after = re.match(r",\s*([^,.;]{3,80})", text[mention.end :])
            phrase = before + " " + surface + (" " + after.group(1) if after else "")
            # Only a title right before the name or the appositive's first words tell the gender: "her husband"
            # two words back, or a wife named later in the appositive, are someone else.
            title = " ".join(before.split()[-1:])
            appositive = " ".join(after.group(1).split()[:3]) if after else ""
            if appositive.split()[:1] and appositive.split()[0] in _NOT_AN_APPOSITIVE:
                appositive = ""  # "Ann Lee, through a spokesman, declined": the spokesman is someone else
            self.remember(
                surface,
                phrase,
                "person",
                True,
                position + mention.start,
                subject=_is_subject(text, mention.start, mention.end),
                possessor=_possessor_opening(text, mention.start, mention.end),
                gender_words=title + " " + appositive,
            )
            tied = _SAID_PRONOUN.match(text, mention.end)
            if tied:
                self.learn_gender(surface, "m" if tied.group("p") in ("he", "his") else "f")

    def _reflexive_gender(self, text: str, mention: Mention) -> None:
        """ "Woods described herself as a veteran", "Park paid out of his own pocket": a reflexive or "own" in the
        subject's clause, before any other name or pronoun, tells the subject's gender (and its full name's)."""
        own = _REFLEXIVE_AFTER.match(text, mention.end)
        if (
            own is None
            or not _is_subject(text, mention.start, mention.end)
            or _ANOTHER_NAME.search(text, mention.end, own.start("p"))
        ):
            return
        gender = "m" if own.group("p").startswith("hi") else "f"
        surface = bare_name(mention.surface)
        self.learn_gender(surface, gender)
        if " " not in surface:
            for k in self.known:
                if k.named and k.kind == "person" and k.label.split()[-1] == surface:
                    self.learn_gender(k.label, gender)

    def candidates(self, position: int) -> list[Known]:
        """Earlier referents, nearest first; a reference reaches back a few hundred names at most."""
        recent = [k for k in reversed(self.known[-_LOOKBACK:]) if k.position < position]
        return recent if self.in_order else sorted(recent, key=lambda k: -k.position)


# A person described by a gendered noun as the sentence's subject, with what places them ("The woman who started the
# petition", "A man in the crowd", "An elderly father of three"), before the verb or an appositive.
_GENDERED_HEADS = (
    r"woman|man|mother|father|grandmother|grandfather|wife|husband|daughter|son|sister|brother|aunt|uncle|"
    r"spokeswoman|spokesman|chairwoman|chairman|businesswoman|businessman|congresswoman|congressman"
)
_GENDERED_HEAD = re.compile(rf"\b(?:{_GENDERED_HEADS})\b")
_NAME_APPOSITIVE = re.compile(r",\s+(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'-]*\s*,")
_GENDERED_SUBJECT = re.compile(
    # ("The prime minister's spokeswoman was asked": a possessor among the words before the head)
    r"\W*(?:(?:But|And|Then|Later)\s+)?(?:(?:At|In|On|During|After|Before|Earlier|Later)\b[^,;:“”\"]{1,60},\s+)?"
    r"(?P<np>(?:[Tt]he|An?|an?)\s+(?:[a-z-]+(?:[’']s)?\s+){0,2}(?:"
    + _GENDERED_HEADS
    + r")(?:\s+who\s+(?:(?:has|have|had|was|were|is|are|also|once|been)\s+)*[a-z][^,;:“”\"]{0,40}?|\s+(?:in|from|at|with|on|of)\b[^,;:“”\"]{1,60}?)?)"
    # (a "who" clause with no comma after it ends where the main verb begins: "The woman who started it all identified
    # herself")
    r"(?=,|\s+(?:(?:also|then|later|had|has|was|is|will|would)\s+)?(?:[a-z]{3,}ed|[a-z]{3,}s|told|said|"
    r"stood|shouted|spoke|wrote|took|gave|made|sat|rose|ran|came|went|began)\b)"
)
# Two people named in full as the sentence's subject, the second maybe with a kin or colleague word ("Ann Lee and her
# colleague Dr Tom Marsh surveyed", "Ann Lee and Tom Marsh, both 34, said"), then a verb.
_PAIR_NAME = r"(?:[A-Z][\w’'.-]*\s+){1,3}?[A-Z][\w’'-]+(?<![’']s)"
_PAIR_SUBJECT = re.compile(
    rf"\W*(?:(?:But|And|Yet)\s+)?(?P<a>{_PAIR_NAME})\s+and\s+(?:(?:his|her|their)\s+(?:[a-z-]+\s+){{1,2}})?"
    rf"(?P<b>{_PAIR_NAME})(?:,[^,]{{1,60}},)?\s+(?:(?:have|has|had|also|then|both|jointly)\s+)?"
    r"(?:[a-z]{3,}ed|said|say|told|found|wrote|made|met|began|took|spent|ran|led|built|set|were|are|have)\b"
)


def _bare_titled(name: str) -> str:
    """ "Professor Alan Mirza" -> "Alan Mirza", "Dr Fiona Grant" -> "Fiona Grant" (titles the name lists know)."""
    words = name.split()
    while len(words) > 2 and (
        words[0].rstrip(".") in TITLE_WORDS or words[0].lower().rstrip(".") in PERSON_ROLES or words[0] in PARTY_WORDS
    ):
        words = words[1:]  # ("Republican Sens. Jim Risch": the party and the title go)
    return " ".join(words)


def as_written(surface: str, canonical: str) -> str:
    """Speakers keep the name the article uses; a bare acronym gets its full name too."""
    if re.fullmatch(r"[A-Z]{2,6}", surface) and canonical != surface:
        return f"{canonical} ({surface})"
    return surface


def bare_name(surface: str) -> str:
    """ "Inspector Karl Vogt" -> "Karl Vogt": a role word opening a capitalised run is not part of the name."""
    words = surface.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in PERSON_ROLES:
        words = words[1:]
    party = next((i for i, w in enumerate(words[:-2]) if w in PARTY_WORDS), None)
    if (
        party is not None
        and all(w[:1].isupper() for w in words[party + 1 :])
        and person_like(" ".join(words[party + 1 :]))
    ):
        words = words[party + 1 :]  # "House Republican Tom Marsh": the party describes him
    return " ".join(words)


# A party describes the person named after it; it is no part of the name.
PARTY_WORDS = frozenset("Republican Democrat Democratic Independent Libertarian GOP Labour Labor Conservative".split())


def given_name(word: str) -> bool:
    """Is a lone word one of the lists' given names ("Jordan", "Grace")?"""
    return word.lower() in _MALE_NAMES or word.lower() in _FEMALE_NAMES


def given_name_gender(name: str) -> str | None:
    """The gender a full name's first word tells ("Hillary Clinton"); a lone word is no given name."""
    if " " not in name.strip():
        return None
    first = name.split()[0].lower()
    return "m" if first in _MALE_NAMES else ("f" if first in _FEMALE_NAMES else None)


_GIVEN_NAME_SHAPED = re.compile(
    r"\b([A-Z][a-z]+)(?=\s+(?!(?:Gov|Govs|Sen|Sens|Rep|Reps|Lt|Atty|Supt|Del|Assemblyman|Assemblywoman|Councilman|"
    r"Councilwoman|Attorney|State|House|Senate|" + "|".join(sorted(TITLE_WORDS)) + r")\b)[A-Z])"
)


def gender_of_phrase(phrase: str) -> str | None:
    if _FEMALE_WORDS.search(phrase):
        return "f"
    if _MALE_WORDS.search(phrase):
        return "m"
    for word in _GIVEN_NAME_SHAPED.findall(phrase):
        # a given name, before a surname ("Scott" alone is not one); not a place before a title ("Virginia Gov.")
        lower = word.lower()
        if lower in _MALE_NAMES:
            return "m"
        if lower in _FEMALE_NAMES:
            return "f"
    return None


# Nouns for texts and figures that report ("Polls show", "Video shows", "Figures released on Monday show"):
# capitalised at the start of a sentence they are no surname, whom "the minister" could later be taken for.
TEXTS_AND_FIGURES = frozenset(
    "polls surveys studies reports data figures estimates records documents results findings statistics numbers "
    "analyses projections forecasts memos papers filings tests models emails letters images photos "
    "videos transcripts minutes accounts video footage data research evidence analysis audit report study survey "
    "poll census review memo document letter statement filing imagery research testimony".split()
)


def surname_like(word: str) -> bool:
    """A lone capitalised word that may be a surname: not a function word ("With"), an adjective ("Democratic")
    or a place or body word."""
    lower = word.lower()
    return (
        " " not in word
        and len(word) > 2
        and not word.isupper()
        and person_like(word)
        and lower not in _NOT_BEFORE_SUBJECT
        and lower not in _DESCRIPTOR_WORDS
        and lower not in _OPENING_PARTICIPLES
        and lower not in COUNT_WORDS
        and lower not in TEXTS_AND_FIGURES
        and not lower.endswith(_ADJECTIVE_ENDINGS)
    )


# Counts and quantifiers that stand for people ("Three said", "Most agreed", "Eight years ago"): never a surname.
COUNT_WORDS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty
    ninety hundred hundreds thousand thousands million millions dozen dozens both all each every some many most few
    several none others another nobody everyone everybody someone somebody anyone
    """.split()
)


# Participles that open a sentence ("Having sputtered in 2016, Lee ..."): never a surname.
_OPENING_PARTICIPLES = frozenset(
    "having being getting making taking going looking coming trying seeing feeling hoping wanting facing "
    "speaking asked".split()
)


# A verb right after a subject ("Anderson largely agreed", "Lind has said", "Okafor told").
# "The Internet has made ...", "Other Netizens enjoyed ...": no surname comes after "the" or a word of quantity
_THE_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Oo]ther|[Mm]any|[Ss]ome|[Mm]ost|[Ss]everal|[Ff]ew|[Aa]ll|[Bb]oth|[Tt]hese|[Tt]hose)\s+$"
)
_ACTS = re.compile(
    r"\s+(?:(?:has|had|have|was|is|also|then|later|again|[a-z]+ly)\s+)*"
    r"(?!(?:this|thus|plus|less|across|unless|perhaps|news|always|sometimes|besides|towards|afterwards)\b)"
    r"(?:[a-z]{2,}ed|[a-z]{3,}s|told|said|says|wrote|spoke|took|gave|made)\b"
)


# An auxiliary or modal right after a word in -s: the word was a plural noun, the subject ("Small shops will close").
_AUXILIARY_NEXT = re.compile(
    r"\s+(?:will|would|can|could|may|might|must|should|shall|are|were|have|had|do|did|won[’']t|don[’']t|aren[’']t)\b"
)


def _acts(text: str, end: int) -> bool:
    """A verb right after a name ("Anderson largely agreed"); not a plural noun it qualifies ("Factory workers",
    "Small shops will close")."""
    acts = _ACTS.match(text, end)
    if acts is None or acts.group().split()[-1] in PEOPLE_PLURALS:
        return False
    if acts.group().endswith("s") and _AUXILIARY_NEXT.match(text, acts.end()):
        return False
    return not ITS_NEXT.match(text, acts.end())  # "Orvane said its profits fell": a body, no surname


# A kin of a party named by a given name alone: "Ruth Kaplan and her husband, David,", "his daughter, Maria,"; the
# party opening the sentence before "and" makes the kin one of its subjects.
_KIN_BEFORE = re.compile(
    r"(?:^\W*(?P<party>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+and\s+|\b)(?:his|her|their)\s+"
    r"(?P<kin>husband|wife|son|daughter|brother|sister|father|mother|partner|boyfriend|girlfriend),\s*$"
)
_APPOSITIVE_CLOSES = re.compile(r"\s*,")
# A word opening its sentence is capitalised whatever it is ("Thunder rumbled over the valley"): alone and unknown
# there, it is taken for a surname only when a verb of saying or holding a view follows ("Ostrowski told the hearing").
_OPENS_SENTENCE = re.compile(r"[\s“\"‘'(]*")


def _speaks(text: str, end: int) -> bool:
    acts = _ACTS.match(text, end)
    return acts is not None and acts.group().split()[-1] in cues.FINITE


_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z.&-]{1,10}\)")


def _after_acronym(text: str, end: int) -> int:
    """Where a name ends with the acronym in brackets after it ("the Federal Aviation Administration (FAA)")."""
    m = _ACRONYM_AFTER.match(text, end)
    return m.end() if m else end


# The sentence opening with a name's possessive ("Trump's response has been ...", "Mr. Lee's bet is that ..."): the
# name is who the sentence is about, a referent for a later "he" or "she" as a subject is.
_OPENS_BEFORE = re.compile(r"\W*(?:(?:And|But|Yet|So)\s+)?")
_POSSESSIVE_THEN_NOUN = re.compile(
    r"[’']s\s+(?:[a-z][\w-]*\s+){1,5}?(?:is|was|are|were|has|had|have|will|would|remains|remained|became|seems|"
    r"appears|came|comes)\b"
)


# A sentence opening with the one whose view it gives: "To Kelby University history professor Joan Petrie, the
# silence seemed ...", "For Ann Lee, the result was ...".
_VIEWER_BEFORE = re.compile(r"\W*(?:(?:And|But)\s+)?(?:To|For)\s+(?P<words>(?:[\w’'.-]+\s+){0,8}?)")

# A sentence opening with what someone claimed set against what follows: "Contrary to Lazar's claims", "Despite Ann
# Lee's denials".
_SET_AGAINST_BEFORE = re.compile(r"\W*(?:(?:And|But)\s+)?(?:Contrary\s+to|Despite|In\s+spite\s+of|Unlike)\s+")


def _possessor_opening(text: str, start: int, end: int) -> bool:
    """Does the sentence open with the name's possessive, a noun phrase in lower case, then its verb ("Tom Marsh's
    response to the attacks has been ...")? Not "Lee's colleague Tom Marsh said" (a name follows). Or with the one
    whose view it gives ("To Joan Petrie, the silence seemed ...")?"""
    viewer = _VIEWER_BEFORE.fullmatch(text, 0, start) if text.startswith(",", end) else None
    if viewer:
        # names and a role before the name, not an infinitive ("To stop Ted Cruz, ...")
        words = viewer.group("words").split()
        lower = [w for w in words if not w[:1].isupper()]
        if not lower or words[-1].lower() in ROLE_HEADS:
            return True
    if _SET_AGAINST_BEFORE.fullmatch(text, 0, start) and _POSSESSIVE_NEXT.match(text, end):
        return True  # "Contrary to Lazar's claims, authorities say he ...": who the sentence is about
    return bool(
        _OPENS_BEFORE.fullmatch(text, 0, start)
        and text[start:end].split()[0][:1].isupper()
        and not text[start:end].split()[0].endswith("ing")
        and _POSSESSIVE_THEN_NOUN.match(text, end)
    )


def _is_subject(text: str, start: int, end: int) -> bool:
    """Is the name the subject of its clause: nothing but descriptors or an opening phrase before it?"""
    if _POSSESSIVE_NEXT.match(text, end):
        return False  # "Trump’s campaign said": the campaign is the subject
    if not text[end:].strip(" .!?:;”\"’'") or _NOT_A_VERB_NEXT.match(text, end):
        return False  # "Gender Equality.", "Tools to Fight Fraud: ...": a heading, no clause
    if _PREPOSITION_BEFORE.search(text, max(0, start - 24), start):
        return False  # "A representative for Mr. Orlov said": the representative speaks, not the one named after "for"
    if _SPEAKS_NEXT.match(text, end):
        return True  # "..., Mr. Lee often says, ...": whatever comes before, the name speaks
    before = text[:start]
    if _WITH_BEFORE.search(before) and _SPEAKING_AFTER.match(text, end):
        return True  # "..., with Ann Lee — who has called for a tax — lambasting the plan": she speaks, a later "she"

    if _ADJECTIVE_LED.fullmatch(before) and _acts(text, end):
        return True  # "A visibly tired Ortega arrived": a name led by "a" and how the person looked is the subject
    comma = before.rfind(",")
    if _NAMED_AFTER_KIND.search(before) and (_acts(text, end) or _FINITE_NEXT.match(text, end)):
        return True  # "Outside the plant, a worker named Karl Brandt has nothing but praise": the one named
    joined = _JOINED_CLAUSE.search(before) if comma >= 0 else None
    if joined:
        # "It is a long shot, but Karl Brandt was in Lund": the subject of a main clause joined to the first
        words = re.findall(r"[^\W_][\w’'-]*", joined.group("rest"))
        name = text[start:end].strip()
        return (
            len(words) <= 4
            and all(_descriptor(w) for w in words)
            # a surname, or a name with a given name the lists know (not "Scarborough Shoal is now the place")
            and (" " not in name or given_name_gender(name) is not None)
            and bool(_acts(text, end) or _FINITE_NEXT.match(text, end))
        )
    role = _ROLE_OPENING.fullmatch(before) if comma >= 0 else None
    if role and role.group("head").lower() in ROLE_HEADS and _ACTS_AFTER_APPOSITIVE.match(text, end):
        return True  # "The company's chief executive, Ann Lee, apologised": the role opening the sentence is she
    if comma >= 0 and not (
        _QUOTE_AT.search(before, max(0, comma - 1), comma + 2) or _OPENING.match(before, 0, comma + 1)
    ):
        return False  # "the author of that boast, Ann Lee, who ...": an appositive or a list, not the subject
    before = before[comma + 1 :]  # after an opening phrase ("On Monday night, Clinton ...")
    words = re.findall(r"[^\W_][\w’'-]*", before)
    if words and words[0].lower() in _SUBORDINATORS and comma < 0:
        words = words[1:]  # "When Ann Lee was asked, she said": the subject of the opening clause
    if len(words) > 7:
        return False
    if comma >= 0 and words and words[0].lower() in ("the", "a", "an"):
        return False  # "..., the presumed Putin favorite": an appositive describing someone else
    if comma < 0 and _BODY_NOUN_BEFORE.fullmatch(before):
        return True  # "The monitoring group Border Watch published ...": a body named after its kind
    return all(_descriptor(w) for w in words)


# "A visibly tired", "An emotional", "A defiant": an indefinite article, maybe an adverb, and one or two lower-case
# words describing the named person's state opening the sentence (a name never takes "a" otherwise).
_ADJECTIVE_LED = re.compile(r"\W*(?:(?:But|And|Then|Later),?\s+)?An?\s+(?:[a-z]+ly\s+)?(?:[a-z][a-z-]+\s+){1,2}")
# A preposition right before a name (and its title): the name is inside another noun phrase ("a spokesman for",
# "the wife of", "a lawyer representing" is not one).
_PREPOSITION_BEFORE = re.compile(r"\b(?:for|of|from|by|to|at)\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s+)?$")
# A name in an absolute clause of saying: "with (Democratic nominee) Ann Lee", an aside, then "lambasting", "saying".
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w.’'-]+\s+){0,3}$")
_SPEAKING_AFTER = re.compile(
    r"\s*(?:[—–][^—–]{1,120}[—–]\s*|,[^,]{1,120},\s*)?(?:lambasting|saying|calling|arguing|insisting|warning|"
    r"criticizing|criticising|attacking|blasting|accusing|claiming|telling|noting|urging|dismissing|denouncing|"
    r"praising|slamming|promising|vowing)\b"
)


# A body's kind before its name, opening the sentence: "The monitoring group", "The Swedish carmaker", "The rights group".
# The nouns that name a body by its kind: "the carmaker", "the monitoring group", "the watchdog".
BODY_KINDS = (
    r"group|company|firm|carmaker|automaker|airline|carrier|retailer|bank|lender|insurer|charity|watchdog|regulator|"
    r"agency|union|club|broadcaster|publisher|network|organi[sz]ation|institute|think\s+tank|consultancy|maker|"
    r"manufacturer|operator|utility|supplier|developer|miner"
)
# The nouns a body is called by as a sentence's subject ("The ministry will close two schools", "The watchdog
# published"): its kind, or a public body's.
SUBJECT_BODY_NOUNS = (
    BODY_KINDS + r"|ministry|government|council|authority|department|army|board|commission|inspectorate|office|"
    r"service|university|hospital|court|fund|exchange|railway|port|city|state|team"
)
# The verb right after such a subject: an auxiliary ("has", "will", "plans to"), a past or a present in -s (not a
# plural noun before its verb: "Reservoir levels stood at 58%", "Contamination levels in three wells were"), or a
# common irregular past ("cut", "lost", "sold").
SUBJECT_VERB = (
    r"\s+(?:(?:also|now|still|already|then|[a-z]+ly)\s+)?(?:"
    r"(?:has|have|had|was|were|is|are|will|would|could|can|may)\b|plans|expects|aims|intends|"
    r"(?!(?:of|for|in|on|at|to|and|or|that|which|who)\b)[a-z]{2,}ed\b|"
    r"(?!(?:of|for|in|on|at|to|and|or|that|which|who|has|was|is)\b)[a-z]{2,}s\b(?!\s+(?:in|of|at|on|for|from|across|"
    r"among|and|or|have|had|were|are|will|would|could|may|might|should|can|[a-z]+ed|stood|rose|fell|grew|hit|rise|"
    r"fall|remain|stand)\b)|"
    r"(?:cut|hit|set|put|shut|lost|won|made|took|gave|sent|sold|paid|held|left|kept|met|ran|began|became|found|spent|"
    r"struck|bought|brought)\b)"
)
# A body described by its kind as the sentence's subject, then its verb ("The watchdog published", "The company has
# cut", "The ministry will close"); not "The company's chief", "The bank of ...", a plural ("The companies").
_DESCRIBED_BODY_SUBJECT = re.compile(
    r"\W*(?:(?:But|And|Yet|So|Meanwhile|Separately|Earlier|Later),?\s+)?(?P<np>[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?:"
    + SUBJECT_BODY_NOUNS
    + r"))"
    + SUBJECT_VERB
)
# A text as the sentence's subject ("The post showed a man in a wig.", "The letter was signed by 40 doctors."): a later
# "It says: ..." is that text speaking.
_TEXT_SUBJECT = re.compile(
    r"\W*(?:(?:But|And|Meanwhile|Earlier|Later),?\s+)?(?P<np>[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?:post|tweet|letter|memo|"
    r"memorandum|notice|e-?mail|message|video|advert|advertisement|ad|leaflet|flyer|poster|banner|sign|note|"
    r"petition|complaint|lawsuit|filing|document|press\s+release|statement|report|study|survey|audit|review|paper))"
    + SUBJECT_VERB
)
_BODY_NOUN_BEFORE = re.compile(r"\W*(?:The|the)\s+(?:[\w-]+\s+){0,2}(?:" + BODY_KINDS + r")\s+")


# A person's role opening the sentence before their name ("Nordmart's chief executive, ", "Her lawyer, "), and
# the verb right after the name's closing comma.
_ROLE_OPENING = re.compile(
    # (after a live blog's time stamp: "12:30 Nordnet's chief executive, Lars Ek, has apologised")
    r"\W*(?:\d{1,2}[:.]\d{2}\s+)?"
    r"(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*(?:[’']s|s[’']))\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][\w-]*),\s*"
)
# Occupations that tell who someone is and are no public office: a harbour master or a nurse is not "the mayor"
# (an office holder may be "the senator", "the candidate" and "the nominee" at once).
OCCUPATIONS = frozenset(
    "master nurse worker owner resident driver chef student priest pastor engineer pilot farmer teacher doctor "
    "reporter correspondent economist analyst professor lawyer attorney historian scientist researcher coach "
    "architect detective captain spokesman spokeswoman spokesperson judge prosecutor sheriff inspector fisherman "
    "fisherwoman businessman businesswoman shopkeeper trader merchant waiter waitress cashier firefighter mechanic "
    "plumber electrician baker butcher miner sailor deckhand clerk cleaner janitor volunteer activist artist writer "
    "author novelist musician singer actor actress photographer filmmaker lecturer surgeon dentist pharmacist "
    "veterinarian accountant banker consultant entrepreneur blogger landlord tenant shopper retiree agent keeper "
    "guide ranger warden".split()
)
ROLE_HEADS = (
    PERSON_ROLES
    | OCCUPATIONS
    | frozenset(
        "executive boss wife husband son daughter mother father brother sister widow partner brother-in-law "
        "sister-in-law son-in-law daughter-in-law father-in-law mother-in-law cousin nephew niece uncle aunt grandson "
        "granddaughter fiance fiancé fiancee fiancée girlfriend boyfriend friend neighbour neighbor colleague auditor "
        "treasurer manager employee aide assistant".split()
    )
)
_ACTS_AFTER_APPOSITIVE = re.compile(
    r",\s+(?:(?:has|have|had|also|then|later|[a-z]+ly)\s+)*(?:[a-z]{3,}ed|said|says|told|tells|wrote|spoke|made|took|gave|"
    r"[a-z]{2,}[^s\W]s(?=\s+(?:down|up|off|out|that|the|a|an|his|her|their|its|[a-z]+ly)\b))\b"
    # "Her brother-in-law, Luc Perrin, is expected to testify": the one named is the subject of what follows
    r"|,\s+(?:is|was|will|would|could|can|may|might|must|should)\s+(?:(?:also|now|still|not)\s+)?"
    r"(?:expected|due|set|scheduled|to\s+|be\s+|a\s|an\s|the\s|[a-z]{3,}ing\b)"
)
_SUBORDINATORS = frozenset("when while after before as although though because since if once until".split())
_FINITE_NEXT = re.compile(
    r"\s+(?:was|is|were|are|has|had|have|will|would|can|could|may|might|must|should|did|does)\b|"
    r"\s+(?:wasn|isn|weren|aren|hasn|hadn|haven|won|wouldn|can|couldn|didn|doesn)[’']t\b"
)
# A person introduced by their kind and "named" opening a clause: "A worker named", ", a nurse called".
_NAMED_AFTER_KIND = re.compile(r"(?:^|[,;]\s+)\W*(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){1,3}(?:named|called)\s+$")
# A main clause joined to the sentence's first by a conjunction after a comma, up to the name: ", but ", ", and then ".
_JOINED_CLAUSE = re.compile(r"[,;]\s+(?:but|and|yet|so)\s+(?:(?:then|now|later|also|still)\s+)?(?P<rest>[^,;“”\"]*)$")
_NOT_A_VERB_NEXT = re.compile(r"\s*:|\s+(?:to|on|and|or|vs)\b")
_SPEAKS_NEXT = re.compile(
    r"(?:\s+(?:has|had|have|also|often|always|then|later|[a-z]+ly))*\s+(?:said|says|told|tells|added|adds|wrote|writes|"
    r"noted|notes|argued|argues|insisted|insists|explained|explains)\b"
)
_QUOTE_AT = re.compile(r"[”\"’][,]|,[”\"’]")
# What may open a sentence before its subject and a comma: a phrase of time, place or circumstance
# ("On Monday night,", "In a statement,", "Asked about it,", "Meanwhile,", "When the vote closed,").
_OPENING = re.compile(
    r"\W*(?:(?:In|On|At|During|After|Before|Since|Until|By|For|From|With|Without|Under|Over|Despite|Amid|Following|"
    r"Earlier|Later|Meanwhile|However|Still|Yet|Instead|Now|Then|Today|Yesterday|Last|This|Next|Asked|Speaking|"
    r"Pressed|Responding|Addressing|Writing|When|While|As|If|Although|Though|Because|Once|Unlike|Like|Also|And|But|"
    r"So|Separately|Overall|Finally|Indeed|Still|Nevertheless|[A-Z][a-z]+ly|"
    r"(?:Days|Weeks|Months|Years|Hours|Minutes|Moments)\s+(?:after|before|later|earlier))\b[^,]*,\s*"
    r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2},\s*)?)+$"  # "In St. Clairsville, Ohio,": a place's state too
)
# Lowercase words that may describe a subject before its name ("retired general", "the former first lady").
_DESCRIPTOR_WORDS = frozenset(
    """
    the a an former retired then late current acting deputy vice senior top chief longtime fellow incoming outgoing
    interim first lady self-described so-called also now both candidate nominee hopeful contender challenger incumbent
    front-runner frontrunner
    """.split()
)
_ADJECTIVE_ENDINGS = ("al", "ic", "ian", "an", "ese", "ish", "ary", "ive")


def _descriptor(word: str) -> bool:
    lower = word.lower()
    if lower in _NOT_BEFORE_SUBJECT:
        return False
    return (
        word[:1].isupper()
        or word[:1].isdigit()
        or lower in _DESCRIPTOR_WORDS
        or lower in ROLE_HEADS  # "Estate agent Gareth Moyle", "Head teacher Ann Lee"
        or (lower.endswith(_ADJECTIVE_ENDINGS) and len(lower) > 4)
    )


# How common in English a word and its singular must both be for a capitalised lone word ending in "s" to be a
# plural noun opening its sentence ("Dealers", "Schools"), not a name ("Siemens", "Reuters", "Lloyds").
_COMMON_PLURAL = 3.0


def plural_common_noun(label: str) -> bool:
    """A lone capitalised English plural ("Dealers will update the software, it said"): no "it", and no body."""
    word = label.lower()
    if " " in word or not word.endswith("s") or word.endswith("ss") or rarity(word[:-1]) >= _COMMON_PLURAL:
        return False
    if rarity(word) < _COMMON_PLURAL:
        return True
    # A plural the small list lacks, of a common noun that is no given name: "Diversions", not "Lloyds"
    return rarity(word) >= RAREST and word[:-1] not in _MALE_NAMES and word[:-1] not in _FEMALE_NAMES


def _plural_noun(word: str) -> bool:
    """A lone capitalised common plural ("Democrats", "Dealers") is a group, never one person acting; a surname that
    is a given name's plural ("Williams", "Roberts") is a person's."""
    if " " in word or not word[:1].isupper():
        return False
    if word.endswith(_PEOPLES_ENDINGS):
        return True  # "Latinos", "Hispanics", "Asians", "Americans": a people
    return plural_common_noun(word) and not given_name(word[:-1]) and not given_name(word)


# How the plural of a people ends ("Latinos", "Latinas", "Hispanics", "Asians", "Americans", "Europeans").
_PEOPLES_ENDINGS = (*PEOPLES_ENDINGS, "inos", "inas", "anics")


def resolve_pronoun(pronoun: str, discourse: Discourse, position: int) -> tuple[str, bool] | None:
    """(label, named) of the referent of a speaking pronoun, or None when nothing fits for sure.

    "he"/"she": the nearest person whose gender is known to fit; failing that, the nearest speaker
    of unknown gender, then the nearest subject (a capitalised subject may not be a person at all:
    "National Mall")."""
    want = PRONOUN_KIND[pronoun]
    gender = PRONOUN_GENDER.get(pronoun)
    near = [
        k
        for k in discourse.candidates(position)
        if position - k.position <= _REACH and (k.spoke or k.subject or (k.possessor and want == "person"))
    ]
    # ("A Westbrook spokeswoman said ... She said": the spokeswoman, not the body her description names)
    near = [k for k in near if not any(_qualifies_a_role(k, role) for role in near)]
    if want != "person":
        for k in near:
            if _one_person(k, discourse):
                continue  # "they", "it": never a man or a woman named ("Wesley Clark", "Mrs. Lee")
            if want == "thing" and k.kind == "thing" and not plural_common_noun(k.label) and not _a_role(k):
                return k.label, k.named
            # "they": a group, or a named body; never a long description ("a complaint filed by ... and a ...")
            if want == "plural" and (
                (
                    k.kind == "plural"
                    and (k.named or k.group or len(k.label.split()) <= 4 or INFORMED_PEOPLE.match(k.label))
                )
                or (k.kind == "thing" and k.named)
                # two parties joined that spoke together: "The union and the hospital trust issued a joint
                # statement. They said ..."
                or (k.spoke and " and " in k.label and len(k.label.split()) <= 8)
            ):
                return k.label, k.named
        return None
    people = [
        k
        for k in near
        if k.kind == "person"
        and not (gender and (_no_one_person(k.label) or (_plural_noun(k.label) and not _titled_surname(k))))
    ]
    if gender is None:
        return (people[0].label, people[0].named) if people else None
    unsure = None
    speakers = {k.label for k in people if k.spoke}
    for k in people:
        known_gender = discourse.gender(k.label) if k.named else gender_of_phrase(" ".join(k.words))
        if known_gender == gender:
            # (Not when the nearer one just spoke: "Ann Ruiz, a spokeswoman, said ... Petra Sommer said ... “...,”
            # she said" is Sommer going on.)
            if unsure is None or (
                unsure.position - k.position <= _CLOSE_BEHIND and not (unsure.named and unsure.label in speakers)
            ):
                return k.label, k.named
            break
        if known_gender is None and unsure is None:
            unsure = k  # the nearest person of unknown gender, unless one known to fit comes just before
    if unsure is not None:
        if unsure.named:
            # "Maya Lindqvist called the strike unjustified. She said ...": taken for "she", she is a woman, and a
            # "he" after it is someone else
            discourse.learn_gender(unsure.label, gender)
        return unsure.label, unsure.named
    return _only_fitting_person(discourse, position, gender)


_TITLES = frozenset(w.lower() for w in TITLE_WORDS)


def _qualifies_a_role(k: Known, role: Known) -> bool:
    """Is ``k`` a name inside the description of someone by their role ("A Westbrook spokeswoman", "the Kestrel
    finance chief"): a word qualifying who spoke, not a referent of its own?"""
    return (
        role is not k
        and _a_role(role)
        and 0 < k.position - role.position <= _ROLE_PHRASE
        and k.label.split()[0].lower() in role.words
    )


_ROLE_PHRASE = 40  # characters a description of someone by their role reaches before its head noun


def _titled_surname(k: Known) -> bool:
    """A lone name introduced with a title ("Mr. Banks", "Representative Brooks"): a person's surname, though it reads
    as a plural noun."""
    return k.named and " " not in k.label and not k.words.isdisjoint(_TITLES)


def _a_role(k: Known) -> bool:
    """A description of someone by their role ("committee aide", "bank employee"), never a later "it"."""
    return not k.named and k.label.split()[-1].lower() in ROLE_HEADS


# What no "he" or "she" is: a phrase opening with a preposition or closing with a place, a body or an effect ("for
# Justice Ann Lee", "Trump World", "Ferguson Effect"), an adjective ("Pulitzer Prize-winning"), a state or a country.
_NOT_A_PERSONS_LAST = frozenset("effect world prize award winning era years doctrine".split())
_PREPOSITION_FIRST = frozenset("for of in on at by with from to about against".split())


def _no_one_person(label: str) -> bool:
    """Is the label no one person that "he" or "she" could be (see ``_NOT_A_PERSONS_LAST``)?"""
    words = label.split()
    if not words:
        return True
    if _ROLE_THEN_BODY.match(label):
        return False  # "spokesman for the county fire service", "a director of the bank": one person, whatever body
    last = words[-1].lower()
    return (
        words[0] in _PREPOSITION_FIRST
        or last in _NOT_A_PERSONS_LAST
        or last.endswith("-winning")
        or (
            len(words) > 1
            and last in _NOT_PERSON_LAST
            and last not in PERSON_ROLES
            and not _TITLED.match(label)
            and given_name_gender(label) is None  # "Ellen Park", "Tom Hall": a given name, then a surname
        )
        or (len(words) > 1 and a_state_or_country(label))
        or (len(words) > 1 and given_name_gender(label) is None and country_of(label) is not None)
    )


_TITLED = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator)\b")
# A role, then the body it serves: "spokesman for the county fire service", "senior official at the ministry".
_ROLE_THEN_BODY = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}(?:"
    + "|".join(sorted(PERSON_ROLES))
    + r")\s+(?:for|of|at|with|from|in)\s+\S",
    re.IGNORECASE,
)


def _one_person(k: Known, discourse: Discourse) -> bool:
    """Is the referent one person by name: a given name, or a gender the article tied to the name?"""
    if not _PERSONAL_NAME.fullmatch(k.label):
        return False  # "Lee and Park", "Donald Trump’s campaign", "the Lee family": not one person
    if k.kind == "thing" and any(names_a_body(w) for w in k.label.split()[1:]):
        return False  # "Marine Safety Board": a body, whatever given name ("Marine") opens it
    return bool(given_name_gender(k.label) or discourse.genders.get(k.label.lower()))


_PERSONAL_NAME = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*(?<![’']s)")


# A pronoun no speaker or subject fits may be the one person of its gender named just before
# ("Lee put Bernie Park on the defensive ... He accused Lee of ...").
_RECENT = 400


def _only_fitting_person(discourse: Discourse, position: int, gender: str) -> tuple[str, bool] | None:
    recent = [
        k
        for k in discourse.candidates(position)
        if position - k.position <= _RECENT and k.kind == "person" and k.named and not _plural_noun(k.label)
    ]
    genders = {k.label: discourse.gender(k.label) for k in recent}
    fitting = {label for label, g in genders.items() if g == gender}
    if len(fitting) != 1 or any(g is None for g in genders.values()):
        return None  # two who fit, or someone of unknown gender: unsure
    label = fitting.pop()
    return label, True


def resolve_short_name(
    name: str, discourse: Discourse, position: int, people_only: bool = False
) -> tuple[str, bool] | None:
    """A surname or first mention's short form ("Keller", "Lee") -> the full name used earlier.

    Only a person's name ending (or starting) with the word: "Trump" is never "Trump Tower".
    """
    named = [k for k in discourse.by_name_word.get(name, ()) if k.position < position]
    # Someone who spoke or acted before one named in passing ("Cruz said" after "his wife, Heidi Cruz").
    for k in sorted(named, key=lambda k: (not (k.spoke or k.subject), -k.position)):
        words = k.label.split()
        if " and " in k.label:
            continue  # "Trump and Lewandowski said": Trump alone is not both of them
        if k.kind == "person" and (name == words[-1] or (name == words[0] and (k.spoke or k.subject))):
            # (by its first word only a name that spoke or acted: "Lee" for "Lee Seong-kweun", who said; not
            # "Tesora" for "Tesora Vela", a product named in passing)
            return k.label, True
        if k.kind == "thing" and name == words[-1] and not people_only:
            return k.label, True  # "the Post" -> "New York Post"
        if k.kind == "thing" and not people_only and len(words) == 2 and name == words[0] and names_a_body(words[1]):
            return k.label, True  # "Peabody" -> "Peabody Energy", a company by its first word
    return None


_OPENING_PHRASE = (
    r"(?:(?:In|On|At|During|After|Before|Since|Earlier|Later|Meanwhile|However|Still|Instead|Now|Then|Today|"
    r"Yesterday|Last|This|Separately|Also|But|And|Yet|So)\b[^,]{0,80},\s*)?"
)
# A sentence's subject: a plural noun phrase ("The two companies", "Critics of the plan", "Twenty-seven states led
# by Ohio and industry groups"), an aside naming its members (", including ..., "), then a verb.
_PLURAL_SUBJECT = re.compile(
    r"^\W*(?:(?:And|But|Yet|So)\s+)?"
    + _OPENING_PHRASE
    + r"(?P<np>(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Bb]oth|"
    r"[Oo]ther|[Aa]ll|[Tt]hese|[Tt]hose|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Dd]ozens of|[Hh]undreds of|[Tt]housands of|"
    r"[\d,]+|[A-Za-z]+-[a-z]+)\s+)*(?:[\w’'.-]+\s+){0,3}?(?P<head>[A-Za-z][\w’'-]*)"
    r"(?:\s+(?:of|from|for|in|at|on|with|led by|close to)\s+[^,;:“”\"()]{1,60}?)?)"
    r"(?:,\s+(?:including|like|such as|led by|among them|from|of|at|based in)\s[^;:“”\"]{1,160}?,)?"
    r"\s+(?:(?:also|have|has|had|were|are|will|would|could|then|later|again|not|did|do|[a-z]+ly)\s+){0,3}"
    r"(?P<verb>[a-z]{3,}ed|are|were|have|had|will|would|could|can|do|did|say|said|told|took|made|sent|wrote|gave|met|"
    r"held|left|won|lost|went|want|argue|agree|expect|believe|think|insist|sought|led|ran|"
    r"spoke|began|brought|fought|stood|struck|came|saw|knew|felt|chose)\b"
)
_NOT_A_GROUP_WORD = frozenset("they these those we you others".split())
_CLAUSE_WORDS = frozenset("it he she i we you they is are was were has have had not".split())


def plural_subject(masked: str) -> tuple[int, int] | None:
    """Where the sentence's subject is, if it is a plural party ("The two companies signed ..."); quotations masked."""
    m = _PLURAL_SUBJECT.match(masked)
    if m is None or not people_plural(m.group("head")) or m.group("head").lower() in _NOT_A_GROUP_WORD:
        return None
    if masked[m.end("head") : m.end("head") + 1] == ".":
        return None  # "Republican Sens. Ann Lee and Tom Park": a title before their names, which the names carry
    if any(
        w.lower() in _NOT_BEFORE_SUBJECT or w.lower() in _CLAUSE_WORDS
        for w in masked[m.start("np") : m.start("head")].split()
    ):
        return None  # "When terrorists attack ...", "If voters want ...": a clause opens, its subject is not the sentence's
    start, end = m.span("np")
    if masked[start : start + 4] in ("The ", "the "):
        start += 4
    return start, end
