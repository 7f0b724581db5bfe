"""Commands of the main split view (sources | article | claims)."""

from __future__ import annotations

from tui.commands.base import Command, screen_commands

MAIN_COMMANDS = screen_commands(
    "MainScreen",
    Command("claim.next", "n", "next_claim", "Next claim", "Select the next claim and scroll the text to it"),
    Command("claim.prev", "p", "prev_claim", "Prev claim", "Select the previous claim and scroll the text to it"),
    Command(
        "claim.first",
        "less_than_sign",
        "first_claim",
        "First claim",
        "Select the article's first claim",
        show=False,
    ),
    Command(
        "claim.last",
        "greater_than_sign",
        "last_claim",
        "Last claim",
        "Select the article's last claim",
        show=False,
    ),
    Command(
        "xref.follow",
        "enter",
        "follow_xref",
        "Follow",
        "Open the other article at the highlighted cross-reference",
    ),
    Command("nav.back", "backspace,alt+left", "back", "Back", "Go back along the path of followed links"),
    Command("nav.forward", "alt+right", "forward", "Forward", "Go forward again after going back", show=False),
    Command(
        "xref.next",
        "right_square_bracket",
        "step_xref(1)",
        "Next link",
        "Highlight the selected claim's next cross-reference",
    ),
    Command(
        "xref.prev",
        "left_square_bracket",
        "step_xref(-1)",
        "Prev link",
        "Highlight the selected claim's previous cross-reference",
        show=False,
        footer_if_room=True,  # help lists it; the footer, short of room, shows the next-link key
    ),
    Command(
        "pane.next",
        "tab",
        "next_pane",
        "Next pane",
        "Move to the next pane (shows it on narrow terminals)",
        show=False,  # the pane strip on narrow terminals names the key
    ),
    Command(
        "pane.prev",
        "shift+tab",
        "prev_pane",
        "Prev pane",
        "Move to the previous pane",
        show=False,
    ),
    Command("bookmark.toggle", "b", "toggle_bookmark", "Bookmark", "Bookmark the selected claim, or remove it"),
    # A priority binding, so the keys typed in a burst after it reach the note (UserMarkActions.action_edit_note).
    Command("note.edit", "a", "edit_note", "Note", "Write or edit a note on the selected claim", priority=True),
    Command(
        "reader.page_down",
        "space,pagedown",
        "reader_page_down",
        "Page down",
        "Scroll the article text down a page",
        show=False,
    ),
    Command(
        "reader.page_up",
        "shift+space,pageup",
        "reader_page_up",
        "Page up",
        "Scroll the article text up a page",
        show=False,
    ),
)

NOTE_COMMANDS = screen_commands(
    "NoteScreen",
    Command(
        "note.save",
        "ctrl+s",
        "save",
        "Save note",
        "Save the note (retry after a failed save)",
        priority=True,
    ),
    Command(
        "note.cancel",
        "escape",
        "cancel",
        "Cancel",
        "Close the note editor without saving",
        priority=True,
    ),
)
BOOKMARKS_COMMANDS = screen_commands(
    "BookmarksScreen",
    Command(
        "bookmarks.open",
        "enter",
        "open",
        "Open",
        "Open the highlighted bookmarked or noted claim",
        priority=True,  # over the list's own hidden Enter, so footer and help show it
    ),
    Command(
        "bookmarks.remove",
        "d,delete",
        "remove",
        "Remove",
        "Remove the highlighted bookmark (its note stays), or the note of a claim not bookmarked",
    ),
    Command(
        "bookmarks.undo",
        "u",
        "undo",
        "Undo",
        "Put back the bookmark or note removed last",
    ),
    Command("bookmarks.close", "escape", "close", "Close", "Close the list of bookmarks and notes"),
)
HELP_COMMANDS = screen_commands(
    "HelpScreen", Command("help.close", "escape,q", "close", "Close", "Close the help screen")
)
