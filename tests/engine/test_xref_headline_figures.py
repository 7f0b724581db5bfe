"""A headline's figure ("Varnian Navy foils attack off Socotra, nabs 26 pirates") restates its lead's; set against
another report's different figure of the measure with nothing else relating them, it is no link of its own (issue
12: `related` only when it helps). A lead's different figure is still `related` ("different figures"). Our own
sentences, in undated articles as copied from the web."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

_OTHER = (
    "Pirates held after attack on tanker\nVarnian commandos detained 23 pirates who tried to hijack a tanker near "
    "Socotra, officials said.\n"
)


def _with(first: str):
    return links_of(
        make_article(first, published=None, outlet="Wire", title=first.split("\n")[0]),
        make_article(_OTHER, published=None, outlet="Paper", title=_OTHER.split("\n")[0]),
    )


def test_a_headlines_other_figure_alone_is_no_link() -> None:
    links = _with(
        "Varnian Navy foils attack off Socotra, nabs 26 pirates\nA Varnian warship foiled an attack on a cargo ship "
        "off Socotra on Thursday, a navy spokesman said.\n"
    )
    assert relations_between(links, "detained 23 pirates", "nabs 26 pirates") == [], links


def test_a_leads_other_figure_is_still_related() -> None:
    links = _with(
        "Attack foiled off Socotra\nA Varnian warship foiled an attack on a cargo ship off Socotra on Thursday and "
        "detained 26 pirates, a navy spokesman said.\n"
    )
    assert relations_between(links, "detained 23 pirates", "detained 26 pirates") == ["related"], links
