"""Palette: every command in scope, with the key currently bound to it."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.commands.base import APP_SCOPE, Command
from tui.commands.bindings import commands_in_scope
from tui.providers.base import highlighted, plain_help, score


class CommandsProvider(Provider):
    def _in_scope(self) -> list[tuple[Command, str]]:
        screen = self.screen
        keys_by_id: dict[str, list[str]] = {}
        for active in screen.active_bindings.values():
            if active.binding.id:
                keys_by_id.setdefault(active.binding.id, []).append(self.app.get_key_display(active.binding))
        found = []
        for command in commands_in_scope(type(screen)):
            if command.palette:
                found.append((command, ", ".join(dict.fromkeys(keys_by_id.get(command.id, [])))))
        return found

    def _run(self, command: Command) -> None:
        target = self.app if command.scope == APP_SCOPE else self.screen
        self.app.call_later(target.run_action, command.action)

    def _label(self, command: Command, keys: str, query: str) -> Text:
        label = highlighted(command.title, query)
        if keys:
            label.append(f"  {keys}", style="dim")
        return label

    async def search(self, query: str) -> Hits:
        for command, keys in self._in_scope():
            match = max(score(query, command.title), score(query, command.help) * 0.9)
            if match >= 0.6:
                yield Hit(
                    match,
                    self._label(command, keys, query),
                    partial(self._run, command),
                    text=command.title,
                    help=plain_help(command.help),
                )

    async def discover(self) -> Hits:
        for command, keys in self._in_scope():
            yield DiscoveryHit(
                self._label(command, keys, ""),
                partial(self._run, command),
                text=command.title,
                help=plain_help(command.help),
            )
