"""Commands bound inside the search, figures, timeline and entities screens (ids are stable:
user keymaps rebind by id)."""

from __future__ import annotations

from tui.commands.base import Command, screen_commands

SEARCH_COMMANDS = screen_commands(
    "SearchScreen",
    # Priority: these keys must reach the screen (and show in help and footer) while
    # the query box, which binds up/down/page keys to scrolling, has focus.
    Command("search.accept", "enter", "accept", "Open", "Open the highlighted result at its claim", priority=True),
    Command("search.close", "escape", "close", "Close", "Close search and go back", priority=True),
    Command(
        "results.next",
        "down",
        "next_result",
        "Next",
        "Highlight the next result (newer query while recalling)",
        priority=True,
    ),
    Command(
        "results.prev",
        "up",
        "prev_result",
        "Prev",
        "Highlight the previous result (older query in an empty box)",
        priority=True,
    ),
    Command(
        "results.page_down",
        "pagedown",
        "page_results(1)",
        "Page down",
        "Move a page down the results",
        show=False,
        priority=True,
    ),
    Command(
        "results.page_up",
        "pageup",
        "page_results(-1)",
        "Page up",
        "Move a page up the results",
        show=False,
        priority=True,
    ),
    Command(
        "search.history",
        "ctrl+r",
        "recall_older",
        "History",
        "Recall the previous query from your search history",
    ),
)

FIGURES_COMMANDS = screen_commands(
    "FiguresScreen",
    Command("figures.open", "enter", "open_claim", "Open", "Open the claim that reported the highlighted value"),
    Command("figures.close", "escape", "close", "Close", "Clear the filter, or close the figures view and go back"),
    Command(
        "figures.next_measure",
        "right_square_bracket",
        "cycle_measure(1)",
        "Next measure",
        "Show the next measure",
    ),
    Command(
        "figures.prev_measure",
        "left_square_bracket",
        "cycle_measure(-1)",
        "Prev measure",
        "Show the previous measure",
    ),
    Command("figures.sort", "s", "toggle_sort", "Sort", "Order the values by date or by size"),
    Command("figures.filter", "slash", "focus_filter", "Filter", "Filter the measures by name", priority=True),
)

TIMELINE_COMMANDS = screen_commands(
    "TimelineScreen",
    Command("timeline.open", "enter", "open_claim", "Open", "Open the highlighted claim in its article"),
    Command("timeline.close", "escape", "close", "Close", "Clear the filter, or close the timeline and go back"),
    Command(
        "timeline.filter",
        "slash",
        "focus_filter",
        "Filter",
        "Filter by entity, measure, speaker, kind or date",
        priority=True,
    ),
)

ENTITIES_COMMANDS = screen_commands(
    "EntitiesScreen",
    Command("entities.open", "enter", "open_claim", "Open", "Open the highlighted claim in its article"),
    Command(
        "entities.close",
        "escape",
        "close",
        "Close",
        "Clear the filter, or close the entities view and go back",
    ),
    Command(
        "entities.filter", "slash", "focus_filter", "Filter", "Filter the entities by name or alias", priority=True
    ),
    Command("entities.figures", "g", "toggle_figures", "Figures only", "Show only the claims that state a figure"),
)

PREPARING_COMMANDS = screen_commands(
    "PreparingViewScreen",
    Command("preparing.close", "escape", "close", "Back", "Go back while a view is being prepared"),
)

VIEW_COMMANDS: tuple[Command, ...] = (
    *SEARCH_COMMANDS,
    *FIGURES_COMMANDS,
    *TIMELINE_COMMANDS,
    *ENTITIES_COMMANDS,
    *PREPARING_COMMANDS,
)
