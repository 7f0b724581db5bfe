"""Textual ``Binding``s made from commands (apart from ``base`` so the CLI reads commands without Textual)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from tui.commands.base import Command


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
