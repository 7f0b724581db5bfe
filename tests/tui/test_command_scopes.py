"""A command's scope is the screen class that binds it: the palette offers a screen
what its class binds (and the app's commands), and the label `factscope keys` and the
keymaps' conflict check use is that class's name."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from textual.binding import Binding
from textual.screen import Screen

import tui.screens
from tui.app import FactscopeApp
from tui.commands import ALL_COMMANDS
from tui.commands.base import APP_SCOPE
from tui.commands.bindings import commands_in_scope


def _screen_classes() -> list[type[Screen]]:
    found: dict[str, type[Screen]] = {}
    for module_info in pkgutil.iter_modules(tui.screens.__path__, "tui.screens."):
        module = importlib.import_module(module_info.name)
        for cls in vars(module).values():
            if inspect.isclass(cls) and issubclass(cls, Screen) and cls.__module__ == module.__name__:
                found[cls.__qualname__] = cls
    return list(found.values())


def _bound_ids(node_class: type) -> set[str]:
    return {item.id for item in node_class.BINDINGS if isinstance(item, Binding) and item.id}


def test_each_screen_command_is_bound_by_the_one_screen_class_its_scope_names() -> None:
    binders: dict[str, list[str]] = {}
    for screen_class in _screen_classes():
        for command_id in _bound_ids(screen_class):
            binders.setdefault(command_id, []).append(screen_class.__name__)
    for command in ALL_COMMANDS:
        if command.scope != APP_SCOPE:
            assert binders.get(command.id) == [command.scope], command.id


def test_the_app_binds_exactly_the_app_scoped_commands() -> None:
    assert _bound_ids(FactscopeApp) == {command.id for command in ALL_COMMANDS if command.scope == APP_SCOPE}


def test_a_screen_is_offered_its_own_commands_and_the_apps() -> None:
    from tui.screens.figures import FiguresScreen
    from tui.screens.main import MainScreen

    in_main = {command.id for command in commands_in_scope(MainScreen)}
    assert {"claim.next", "xref.follow", "search.open", "app.quit"} <= in_main
    assert "figures.sort" not in in_main
    in_figures = {command.id for command in commands_in_scope(FiguresScreen)}
    assert {"figures.sort", "search.open"} <= in_figures and "claim.next" not in in_figures


def _action_name(action: str) -> tuple[str | None, str]:
    """("app", "quit") for "app.quit"; (None, "page_results") for "page_results(1)"."""
    namespace, _dot, method = action.split("(", 1)[0].rpartition(".")
    return namespace or None, method


def test_each_command_runs_an_action_its_scope_has() -> None:
    """A command's action is a string Textual resolves only when its key is pressed, so a typo
    failed silently then: each names an ``action_*`` of the class that binds it (of the app or
    of the screen, when it says so)."""
    scopes: dict[str | None, type] = {cls.__name__: cls for cls in _screen_classes()}
    scopes[APP_SCOPE] = FactscopeApp
    for command in ALL_COMMANDS:
        namespace, method = _action_name(command.action)
        owner = {"app": FactscopeApp, "screen": Screen}.get(namespace or "", scopes[command.scope])
        assert callable(getattr(owner, f"action_{method}", None)), (
            f"{command.id}: {owner.__name__} has no action_{method}"
        )
