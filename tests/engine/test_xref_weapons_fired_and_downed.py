"""A count of weapons fired and a count of weapons downed are two acts' counts, however alike the number ("Russia
launched 90 drones at Ukraine" / "Russia says it downed 90 drones"); two reports of the drones downed still agree.
Our own sentences."""

from tests.engine.conftest import links_across

_ATTACKED = (
    "Russia launched 90 drones at Ukraine overnight, air force says\nKYIV, June 6 (Reuters) - Russia launched 90 "
    "drones and three missiles at Ukraine overnight, Ukraine's air force said on Monday.\nA school in Sumy was damaged.",
    "2033-06-06",
    "Reuters",
)
_DOWNED = (
    "Russia says it downed 90 drones\nRussia's defence ministry said on Monday that its air defence units had downed "
    "90 drones over seven regions overnight.\nFlights were halted at two Moscow airports for several hours.",
    "2033-06-06",
    "Moscow Daily",
)
_DESTROYED = (
    "Air defences destroy 90 drones, ministry says\nMOSCOW, June 6 (AFP) - Russian air defences destroyed 90 drones "
    "overnight, the defence ministry said on Monday.\nNo one was hurt.",
    "2033-06-06",
    "AFP",
)


def _strong(links: list[tuple[str, str, str]]) -> list[str]:
    return sorted(r for r, x, y in links if r != "related" and "90" in x and "90" in y)


def test_drones_launched_are_no_report_of_drones_downed() -> None:
    assert _strong(links_across([_ATTACKED, _DOWNED])) == []
    # (the drones downed, told by two outlets, are one count)
    assert "corroborates" in _strong(links_across([_DOWNED, _DESTROYED]))
