"""Help built from the keys in force, read from the live bindings of the screen below.

Nothing here is a hand-written key table: keys come from
``Screen.active_bindings`` (which already reflects the keymap and user
overrides), descriptions from the bindings' ``Command`` help text.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from tui.commands import listing_order
from tui.commands.bindings import bindings
from tui.commands.main import HELP_COMMANDS
from tui.widgets.footer import KeyBar
from tui.widgets.glyphs import KIND_GLYPHS, RELATION_GLYPHS
from tui.widgets.legend import Legend


def live_keys(screen: Screen) -> list[tuple[str, str, str, str]]:
    """(binding id or "", keys, title, help) for every binding in force on ``screen``."""
    app = screen.app
    grouped: dict[str, list] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.description and not binding.id:
            continue
        group_key = binding.id or f"{active.node.__class__.__name__}:{binding.action}"
        grouped.setdefault(group_key, []).append(binding)
    rows = []
    for group in grouped.values():
        first = group[0]
        keys = ", ".join(dict.fromkeys(app.get_key_display(binding) for binding in group))
        rows.append((first.id or "", keys, first.description or first.action, first.tooltip or ""))
    rows.sort(key=lambda row: (*listing_order(row[0]), row[0] or row[2]))  # as the footer lists them
    return rows


def help_table(rows: list[tuple[str, str, str, str]]) -> Table:
    table = Table(box=None, show_header=True, header_style="bold", expand=True, pad_edge=False)
    table.add_column("Keys", no_wrap=True, style="bold")
    table.add_column("Command")
    table.add_column("Id", style="dim", no_wrap=True)
    for binding_id, keys, title, help_text in rows:
        table.add_row(Text(keys), Text(f"{title} — {help_text}" if help_text else title), Text(binding_id))
    return table


def legend_rows() -> list[Legend]:
    """The marks, a row per family; each wraps between entries, never inside one."""
    return [
        Legend([f"{glyph} {kind}" for kind, glyph in KIND_GLYPHS.items()], style=""),
        Legend([f"{glyph} {relation}" for relation, glyph in RELATION_GLYPHS.items()], style=""),
        Legend(
            ["▶ selected claim", "┃ claim text (underlined)", "★ bookmarked", "✎ note", "≈ estimated date"],
            style="",
        ),
    ]


class HelpScreen(ModalScreen[None]):
    BINDINGS = bindings(HELP_COMMANDS)

    def __init__(self, source: Screen) -> None:
        super().__init__()
        self.rows = live_keys(source)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("Keys in force on this screen", style="bold"), id="help-title")
            yield Static(help_table(self.rows), id="help-keys")
            with Vertical(id="help-legend"):
                yield Static(Text("Marks in the text and lists", style="bold"))
                for row in legend_rows():
                    yield Static(row)
        yield KeyBar()

    def action_close(self) -> None:
        self.dismiss(None)
