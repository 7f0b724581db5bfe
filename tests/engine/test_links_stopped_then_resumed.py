"""A service stopped and the same service resumed are two turns of one matter: the later restart updates the
report of the stop, never corroborates it as the same report."""

from tests.engine.conftest import links_across

_STOP = (
    "Rail line shut after landslip\n"
    "Northway Trains has suspended all trains between Carlow Bridge and Fennick for a week after a landslip "
    "near the Fennick tunnel.",
    "2026-11-03",
    "Wire",
)
_RESTART = (
    "Fennick line to reopen\n"
    "Trains between Carlow Bridge and Fennick will resume on Monday after repairs near the Fennick tunnel, "
    "Northway Trains said.",
    "2026-11-09",
    "Local",
)


def test_the_restart_updates_the_stop():
    links = links_across([_STOP, _RESTART])
    assert [r for r, s, t in links if "will resume" in s and "has suspended" in t] == ["updates"]


def test_two_reports_of_the_stop_still_corroborate():
    again = (
        "Landslip closes line\nNorthway Trains suspended all trains between Carlow Bridge and Fennick after a "
        "landslip near the Fennick tunnel, the company said.",
        "2026-11-03",
        "Local",
    )
    links = links_across([_STOP, again])
    assert "corroborates" in [r for r, s, t in links if "suspended all trains" in s and "suspended all" in t]
