"""Commands that work on every screen of the browser (scope "app")."""

from __future__ import annotations

from tui.commands.base import Command

APP_COMMANDS: tuple[Command, ...] = (
    # A priority binding, so that the keys typed in a burst after it reach the search box (FactscopeApp.action_open_search
    # keeps it where the plain binding was in force: not over a modal screen, a view's own `/` or a text box).
    Command(
        "search.open",
        "slash",
        "open_search",
        "Search",
        "Search claims, articles, speakers and entities",
        priority=True,
    ),
    Command("view.figures", "f", "view_figures", "Figures", "Every reported value per measure, over time"),
    # Shown in help and the palette; the footer adds them on wide terminals, after the keys used most.
    Command(
        "view.timeline",
        "t",
        "view_timeline",
        "Timeline",
        "All dated claims in date order",
        show=False,
        footer_if_room=True,
    ),
    Command(
        "view.entities",
        "e",
        "view_entities",
        "Entities",
        "Each entity with its claims and figures",
        show=False,
        footer_if_room=True,
    ),
    Command(
        "view.bookmarks",
        "B",
        "view_bookmarks",
        "Bookmarks",
        "Your bookmarked claims and notes",
        show=False,
        footer_if_room=True,
    ),
    Command("help.show", "question_mark", "show_help", "Help", "Show every key in force on this screen"),
    Command(
        "palette.open",
        "ctrl+p",
        "command_palette",
        "Palette",
        "Jump to an article, claim, entity or command",
        show=False,
        palette=False,
    ),
    Command("app.quit", "q", "quit", "Quit", "Quit factscope"),
)
