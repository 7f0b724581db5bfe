"""Textual ``Binding``s made from commands, and the commands in scope on a screen
(apart from ``base`` so the CLI reads commands without Textual)."""

from __future__ import annotations

from functools import cache

from textual.binding import Binding, BindingType
from textual.dom import DOMNode

from tui.commands import ALL_COMMANDS
from tui.commands.base import APP_SCOPE, Command


def binding(command: Command) -> Binding:
    return Binding(
        command.key,
        command.action,
        command.title,
        show=command.show,
        priority=command.priority,
        id=command.id,
        tooltip=command.help,
    )


def bindings(commands: list[Command] | tuple[Command, ...]) -> list[BindingType]:
    """The ``BINDINGS`` list for a screen or app, built from its commands."""
    return [binding(command) for command in commands]


@cache
def commands_in_scope(screen_class: type[DOMNode]) -> tuple[Command, ...]:
    """The app's commands and the ones ``screen_class`` binds, in declared order."""
    own = {item.id for item in screen_class.BINDINGS if isinstance(item, Binding) and item.id}
    return tuple(command for command in ALL_COMMANDS if command.scope == APP_SCOPE or command.id in own)
