"""Where an article's figures are set: the country its lead's own clause places them in, not every country the lead names.

A look-alike report from a neighbouring country often names the first country in its lead to say how its story
began: "SAS cancelled 64 flights to and from Bergen Airport Flesland on Tuesday as the storm that hit Iceland on
Monday reached Norway". Its figures are Norway's; Iceland is named in a clause that tells another place's part
("as the storm that hit Iceland ..."). Read from the lead's opening clause, cut before such a clause ("as", "after",
"following", ", which", "like"), the article's figures are set in Norway only, and a report whose headline and lead
never name Norway is another country's story, however alike the two reports' figures and words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from corpus.countries import country_of_capital
from corpus.towns import countries_of_place
from corpus.xref.memo import per_article
from corpus.xref.places import countries_a_name_may_name, countries_named_in, dateline_regions, lead_past_dateline
from corpus.xref.subjects import dateline_places, dateline_towns, lead_names_of

if TYPE_CHECKING:
    from corpus.model import Article
    from corpus.xref.features import Features

# Where a lead's own clause ends and one telling another time, place or happening begins: "... on Tuesday as the
# storm that hit Iceland on Monday reached ...", "..., two days after a blast at ...", "..., which ...", "like the
# floods in ...".
_ANOTHER_CLAUSE = re.compile(
    r"(?<!\bsuch)(?<!\bmany)(?<!\bmuch)(?<!\bwell)\sas\s(?!(?:many|much|well|far|long|high|low|of)\b)"
    r"|\s(?:after|following|like|unlike|while|whereas)\s"
    r"|,\s*(?:which|where|who|and|but|a\s+day|two|three|four|five|six|seven|days?|weeks?|months?)\b"
    r"|\s(?:that|which)\s+(?:had\s+|has\s+)?(?:hit|struck|swept|battered|killed|damaged|ravaged|began|started)\b"
)


@lru_cache(maxsize=4096)
def lead_figure_countries(title: str, body: str) -> frozenset[str]:
    """The countries the opening clause of an article's lead (past its dateline) names, by country or by a place the
    world knows in one country ("to and from Bergen Airport Flesland": Norway); none when it names none."""
    lead = lead_past_dateline(title, body)
    own = _own_clause(lead)
    found = countries_named_in(own) | _told_by_the_dateline(own, body)
    if found or own == lead:
        return found
    # An opening clause naming no country, cut before one telling another's part ("The frost that damaged wheat in
    # Argentina's Buenos Aires province last week also hit crops in Uruguay" from MONTEVIDEO): the country the
    # report is datelined in, when the headline or lead names it too.
    return _told_by_the_dateline(f"{title}\n{lead}", body)


def _told_by_the_dateline(text: str, body: str) -> frozenset[str]:
    """The country of a name of two places that the report is datelined in ("TBILISI (Reuters) - ... in western
    Georgia": the country, not the US state): the dateline tells which the writer means."""
    # (any dateline, a hub's too: the text must name its country as well)
    datelined = frozenset(country for town in dateline_places(body) if (country := _country_of_town(town)))
    return datelined & countries_a_name_may_name(text) if datelined else frozenset()


def _own_clause(text: str) -> str:
    cut = _ANOTHER_CLAUSE.search(text)
    return text[: cut.start()] if cut else text


@per_article
def _figure_countries(article: Article) -> frozenset[str]:
    return lead_figure_countries(article.title or "", article.body)


@per_article
def _story_countries(article: Article) -> frozenset[str]:
    """Every country an article's headline and lead name, in whatever clause, and the country of each town it is
    datelined in that is no hub of news ("REYKJAVIK, Jan 20 (Reuters) -": Iceland)."""
    title = article.title or ""
    return countries_named_in(f"{title}\n{lead_past_dateline(title, article.body)}") | _dateline_countries_of(article)


@per_article
def _dateline_countries(article: Article) -> frozenset[str]:
    return _dateline_countries_of(article)


def _dateline_countries_of(article: Article) -> frozenset[str]:
    """The country of each town the article is datelined in that is no hub of news, and each country a dateline
    names after its town ("AMASRA, Turkey (AFP) -": Turkey)."""
    towns = frozenset(country for town in dateline_towns(article.body) if (country := _country_of_town(town)))
    return towns | countries_named_in("\n".join(dateline_regions(article.body)))


def _country_of_town(town: str) -> str | None:
    countries = {country_of_capital(town)} - {None} or countries_of_place(town.title())
    return next(iter(countries)) if len(countries) == 1 else None


def _own_lead_names(f: Features) -> frozenset[str]:
    """The names of the article's headline and lead that its headline or the lead's own clause writes: not those only
    a clause telling another place's part names ("..., two days after a blast at Turkey's Amasra mine")."""
    title = f.article.title or ""
    own = f"{title}\n{_own_clause(lead_past_dateline(title, f.article.body))}".casefold()
    return frozenset(name for name in lead_names_of(f) if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", own))


def figures_set_abroad(a: Features, b: Features) -> bool:
    """One article's lead sets its figures in countries that the other article's headline and lead never name (and
    that names some country), neither claim's own words name a country of the other's story (the first claim's in its
    own clause: a lead names the country it recalls), and the two leads name
    no protagonist in common: two countries' happenings of one kind ("SAS cancelled 64 flights to and from Bergen
    Airport ... as the storm that hit Iceland on Monday reached Norway" / "Icelandair cancelled 64 flights to and
    from Keflavik ... as a storm swept across southwest Iceland")."""
    if a.article.id == b.article.id:
        return False
    for x, y in ((a, b), (b, a)):
        own, theirs = _figure_countries(x), _story_countries(y)
        if not own or not theirs or own & theirs or not own & _dateline_countries(x):
            continue  # (only a report from the country it sets its figures in: not "GENEVA (Reuters) - ... off Libya")
        if countries_named_in(y.claim.text) & own or countries_named_in(_own_clause(x.claim.text)) & theirs:
            continue
        if _own_lead_names(x) & lead_names_of(y):
            continue  # one protagonist's story in two countries: "Voltra recalls ..." in the US and in Canada
        return True
    return False
