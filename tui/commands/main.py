"""Commands of the main split view (sources | article | claims)."""

from __future__ import annotations

from tui.commands.base import Command

SCOPE = "MainScreen"


def _main(id: str, key: str, action: str, title: str, help: str, **options: bool) -> Command:
    return Command(id, key, action, title, help, scope=SCOPE, **options)


MAIN_COMMANDS: tuple[Command, ...] = (
    _main("claim.next", "n", "next_claim", "Next claim", "Select the next claim and scroll the text to it"),
    _main("claim.prev", "p", "prev_claim", "Prev claim", "Select the previous claim and scroll the text to it"),
    _main(
        "claim.first",
        "less_than_sign",
        "first_claim",
        "First claim",
        "Select the article's first claim",
        show=False,
    ),
    _main(
        "claim.last",
        "greater_than_sign",
        "last_claim",
        "Last claim",
        "Select the article's last claim",
        show=False,
    ),
    _main(
        "xref.follow",
        "enter",
        "follow_xref",
        "Follow",
        "Open the other article at the highlighted cross-reference",
    ),
    _main("nav.back", "backspace,alt+left", "back", "Back", "Go back along the path of followed links"),
    _main("nav.forward", "alt+right", "forward", "Forward", "Go forward again after going back", show=False),
    _main(
        "xref.next",
        "right_square_bracket",
        "step_xref(1)",
        "Next link",
        "Highlight the selected claim's next cross-reference",
    ),
    _main(
        "xref.prev",
        "left_square_bracket",
        "step_xref(-1)",
        "Prev link",
        "Highlight the selected claim's previous cross-reference",
        show=False,
        footer_if_room=True,  # help lists it; the footer, short of room, shows the next-link key
    ),
    _main(
        "pane.next",
        "tab",
        "next_pane",
        "Next pane",
        "Move to the next pane (shows it on narrow terminals)",
        show=False,  # the pane strip on narrow terminals names the key
    ),
    _main(
        "pane.prev",
        "shift+tab",
        "prev_pane",
        "Prev pane",
        "Move to the previous pane",
        show=False,
    ),
    _main("bookmark.toggle", "b", "toggle_bookmark", "Bookmark", "Bookmark the selected claim, or remove it"),
    _main("note.edit", "a", "edit_note", "Note", "Write or edit a note on the selected claim"),
    _main(
        "reader.page_down",
        "space,pagedown",
        "reader_page_down",
        "Page down",
        "Scroll the article text down a page",
        show=False,
    ),
    _main(
        "reader.page_up",
        "shift+space,pageup",
        "reader_page_up",
        "Page up",
        "Scroll the article text up a page",
        show=False,
    ),
)

NOTE_COMMANDS: tuple[Command, ...] = (
    Command(
        "note.save",
        "ctrl+s",
        "save",
        "Save note",
        "Save the note (retry after a failed save)",
        scope="NoteScreen",
        priority=True,
    ),
    Command(
        "note.cancel",
        "escape",
        "cancel",
        "Cancel",
        "Close the note editor without saving",
        scope="NoteScreen",
        priority=True,
    ),
)
BOOKMARKS_COMMANDS: tuple[Command, ...] = (
    Command(
        "bookmarks.open",
        "enter",
        "open",
        "Open",
        "Open the highlighted bookmarked or noted claim",
        scope="BookmarksScreen",
        priority=True,  # over the list's own hidden Enter, so footer and help show it
    ),
    Command(
        "bookmarks.remove",
        "d,delete",
        "remove",
        "Remove",
        "Remove the highlighted bookmark (its note stays), or the note of a claim not bookmarked",
        scope="BookmarksScreen",
    ),
    Command(
        "bookmarks.undo",
        "u",
        "undo",
        "Undo",
        "Put back the bookmark or note removed last",
        scope="BookmarksScreen",
    ),
    Command(
        "bookmarks.close", "escape", "close", "Close", "Close the list of bookmarks and notes", scope="BookmarksScreen"
    ),
)
HELP_COMMANDS: tuple[Command, ...] = (
    Command("help.close", "escape,q", "close", "Close", "Close the help screen", scope="HelpScreen"),
)
