"""Binding ids are a public interface: users' config files and keymaps name them, so an id
once shipped is never renamed or dropped (a new command adds an id without touching this list)."""

from __future__ import annotations

from tui.commands import ALL_COMMANDS

SHIPPED_IDS = frozenset(
    {
        "app.quit", "bookmark.toggle", "bookmarks.close", "bookmarks.open", "bookmarks.remove", "bookmarks.undo",
        "claim.first", "claim.last", "claim.next", "claim.prev", "entities.close", "entities.figures",
        "entities.filter", "entities.open", "figures.close", "figures.filter", "figures.next_measure", "figures.open",
        "figures.prev_measure", "figures.sort", "help.close", "help.show", "nav.back", "nav.forward", "note.cancel",
        "note.edit", "note.save", "palette.open", "pane.next", "pane.prev", "reader.page_down", "reader.page_up",
        "results.next", "results.page_down", "results.page_up", "results.prev", "search.accept", "search.close",
        "search.history", "search.open", "timeline.close", "timeline.filter", "timeline.open", "view.bookmarks",
        "view.entities", "view.figures", "view.timeline", "xref.follow", "xref.next", "xref.prev",
    }
)  # fmt: skip


def test_no_shipped_binding_id_is_renamed_or_dropped() -> None:
    current = {command.id for command in ALL_COMMANDS}
    assert sorted(SHIPPED_IDS - current) == [], "a user's config names these ids: keep them"


def test_ids_are_unique_lowercase_and_dotted_by_area() -> None:
    ids = [command.id for command in ALL_COMMANDS]
    assert len(ids) == len(set(ids))
    for command_id in ids:
        area, _, name = command_id.partition(".")
        assert area and name and command_id == command_id.lower() and " " not in command_id, command_id
