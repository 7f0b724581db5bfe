"""A figure warned of ("warned of waves of up to 4 metres") is a fear of what may come: what was later observed is no
update of it, while the warning sentence's other figures are compared as told (sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_an_observed_wave_does_not_update_the_waves_warned_of() -> None:
    warning = make_article(
        "Tsunami warning after quake off Hokkaido\nTOKYO, March 3 (Reuters) - A magnitude 7.6 earthquake struck off "
        "Hokkaido on Tuesday, the agency said. The meteorological agency put the quake's magnitude at 7.6 and warned "
        "of waves of up to 4 metres along the Hokkaido coast.\n",
        published="2036-03-03",
        outlet="Reuters",
        title="Tsunami warning after quake off Hokkaido",
    )
    observed = make_article(
        "Japan lifts tsunami advisories\nJapan's meteorological agency lifted all remaining tsunami advisories on "
        "Wednesday, a day after the magnitude 7.6 earthquake off Hokkaido.\nThe highest wave observed in Japan was 1.1 "
        "metres, at Kushiro port.\n",
        published="2036-03-04",
        outlet="NHK World",
        title="Japan lifts tsunami advisories",
    )
    links = links_of(warning, observed)
    assert "updates" not in relations_between(links, "highest wave observed", "warned of waves"), links
    assert "corroborates" in relations_between(links, "lifted all remaining", "warned of waves"), links
