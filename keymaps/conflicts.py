"""Find keys that cannot do what the keymap says: clashes and hidden sequences.

Two ids on one key in the same scope clash (Textual would run only one).
A single key that is also the start of a sequence hides the sequence wherever
both are active: on the same screen, or when either is bound app-wide.
"""

from __future__ import annotations

from collections.abc import Mapping

from keymaps.keystrings import display_key

APP_SCOPE = "app"
# Keys the app keeps before any binding sees them: Textual's own priority
# quit. A binding on one of them would never run.
RESERVED_KEYS = {"ctrl+q": "Textual's quit"}
QUIT_ACTIONS = frozenset({"quit", "app.quit"})  # harmless on a reserved quit key


def _names(ids: list[str]) -> str:
    ids = sorted(ids)
    if len(ids) == 1:
        return ids[0]
    return ", ".join(ids[:-1]) + f" and {ids[-1]}"


def _overlap(scope: str, other: str) -> bool:
    return scope == other or APP_SCOPE in (scope, other)


def _where(scope: str, other: str) -> str:
    return other if scope == APP_SCOPE else scope


def shadowed(keys: Mapping[str, tuple[str, ...]], scopes: Mapping[str, str]) -> set[tuple[str, str, str, str]]:
    """(key, scope, screen id, app id): a screen's key that an app-wide id also uses; on that
    screen the app-wide one never runs (``f`` on the main screen is no longer Figures)."""
    app_ids: dict[str, list[str]] = {}
    for command_id, command_keys in keys.items():
        if scopes.get(command_id, APP_SCOPE) == APP_SCOPE:
            for key in command_keys:
                app_ids.setdefault(key, []).append(command_id)
    found = set()
    for command_id, command_keys in keys.items():
        scope = scopes.get(command_id, APP_SCOPE)
        if scope == APP_SCOPE:
            continue
        for key in command_keys:
            for app_id in app_ids.get(key, []):
                found.add((key, scope, command_id, app_id))
    return found


def shadow_warnings(shadows: set[tuple[str, str, str, str]]) -> list[str]:
    return [
        f"key {display_key(key)!r} of {screen_id} hides {app_id} in {scope}"
        for key, scope, screen_id, app_id in sorted(shadows)
    ]


def find_conflicts(
    keys: Mapping[str, tuple[str, ...]],
    scopes: Mapping[str, str],
    actions: Mapping[str, str] | None = None,
) -> list[str]:
    """One warning per clash, naming the key, the ids and the scope."""
    by_scope: dict[str, dict[str, list[str]]] = {}
    for command_id, command_keys in keys.items():
        scope = scopes.get(command_id, APP_SCOPE)
        for key in command_keys:
            by_scope.setdefault(scope, {}).setdefault(key, []).append(command_id)

    warnings: list[str] = []
    for scope, key_ids in sorted(by_scope.items()):
        for key, ids in sorted(key_ids.items()):
            first = key.split(" ")[0]
            blocked = [command_id for command_id in ids if (actions or {}).get(command_id) not in QUIT_ACTIONS]
            if first in RESERVED_KEYS and blocked:
                warnings.append(
                    f"key {display_key(first)!r} of {_names(blocked)} is taken by "
                    f"{RESERVED_KEYS[first]} and never reaches it"
                )
            if len(ids) > 1:
                warnings.append(f"key {display_key(key)!r} is bound to both {_names(ids)} in {scope}")

    for scope, key_ids in sorted(by_scope.items()):
        for sequence, ids in sorted(key_ids.items()):
            parts = sequence.split(" ")
            for length in range(1, len(parts)):
                prefix = " ".join(parts[:length])
                for other_scope, other_key_ids in sorted(by_scope.items()):
                    if not _overlap(scope, other_scope):
                        continue
                    for other_id in sorted(other_key_ids.get(prefix, [])):
                        warnings.append(
                            f"key {display_key(prefix)!r} of {other_id} hides the sequence "
                            f"{display_key(sequence)!r} of {_names(ids)} "
                            f"in {_where(scope, other_scope)}"
                        )
    return warnings
