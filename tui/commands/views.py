"""Commands bound inside the search, figures, timeline and entities screens.

Scope is the screen class name; ids are stable (user keymaps rebind by id).
"""

from __future__ import annotations

from tui.commands.base import Command


def _command(scope: str, *args: str, **options: bool) -> Command:
    id, key, action, title, help = args
    return Command(id, key, action, title, help, scope=scope, **options)


def _search(*args: str, **options: bool) -> Command:
    return _command("SearchScreen", *args, **options)


def _figures(*args: str, **options: bool) -> Command:
    return _command("FiguresScreen", *args, **options)


def _timeline(*args: str, **options: bool) -> Command:
    return _command("TimelineScreen", *args, **options)


def _entities(*args: str, **options: bool) -> Command:
    return _command("EntitiesScreen", *args, **options)


SEARCH_COMMANDS: tuple[Command, ...] = (
    # Priority: these keys must reach the screen (and show in help and footer) while
    # the query box, which binds up/down/page keys to scrolling, has focus.
    _search("search.accept", "enter", "accept", "Open", "Open the highlighted result at its claim", priority=True),
    _search("search.close", "escape", "close", "Close", "Close search and go back", priority=True),
    _search(
        "results.next",
        "down",
        "next_result",
        "Next",
        "Highlight the next result (newer query while recalling)",
        priority=True,
    ),
    _search(
        "results.prev",
        "up",
        "prev_result",
        "Prev",
        "Highlight the previous result (older query in an empty box)",
        priority=True,
    ),
    _search(
        "results.page_down",
        "pagedown",
        "page_results(1)",
        "Page down",
        "Move a page down the results",
        show=False,
        priority=True,
    ),
    _search(
        "results.page_up",
        "pageup",
        "page_results(-1)",
        "Page up",
        "Move a page up the results",
        show=False,
        priority=True,
    ),
    _search(
        "search.history",
        "ctrl+r",
        "recall_older",
        "History",
        "Recall the previous query from your search history",
    ),
)

FIGURES_COMMANDS: tuple[Command, ...] = (
    _figures("figures.open", "enter", "open_claim", "Open", "Open the claim that reported the highlighted value"),
    _figures("figures.close", "escape", "close", "Close", "Clear the filter, or close the figures view and go back"),
    _figures(
        "figures.next_measure",
        "right_square_bracket",
        "cycle_measure(1)",
        "Next measure",
        "Show the next measure",
    ),
    _figures(
        "figures.prev_measure",
        "left_square_bracket",
        "cycle_measure(-1)",
        "Prev measure",
        "Show the previous measure",
    ),
    _figures("figures.sort", "s", "toggle_sort", "Sort", "Order the values by date or by size"),
    _figures("figures.filter", "slash", "focus_filter", "Filter", "Filter the measures by name"),
)

TIMELINE_COMMANDS: tuple[Command, ...] = (
    _timeline("timeline.open", "enter", "open_claim", "Open", "Open the highlighted claim in its article"),
    _timeline("timeline.close", "escape", "close", "Close", "Clear the filter, or close the timeline and go back"),
    _timeline("timeline.filter", "slash", "focus_filter", "Filter", "Filter by entity, measure, speaker, kind or date"),
)

ENTITIES_COMMANDS: tuple[Command, ...] = (
    _entities("entities.open", "enter", "open_claim", "Open", "Open the highlighted claim in its article"),
    _entities(
        "entities.close",
        "escape",
        "close",
        "Close",
        "Clear the filter, or close the entities view and go back",
    ),
    _entities("entities.filter", "slash", "focus_filter", "Filter", "Filter the entities by name or alias"),
    _entities("entities.figures", "g", "toggle_figures", "Figures only", "Show only the claims that state a figure"),
)

VIEW_COMMANDS: tuple[Command, ...] = (
    *SEARCH_COMMANDS,
    *FIGURES_COMMANDS,
    *TIMELINE_COMMANDS,
    *ENTITIES_COMMANDS,
)
