"""Read keymap files and resolve the keys in force: defaults < keymap < overrides.

Pure Python (no Textual): the known commands come in as a parameter, anything
with ``id``, ``key`` (Textual's comma-separated syntax) and ``scope``. A
problem with one entry becomes a one-line warning naming it and the rest
still applies; only a file that cannot be read at all raises ``KeymapError``.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from keymaps.conflicts import find_conflicts, shadow_warnings, shadowed
from keymaps.errors import KeymapError, KeyStringError
from keymaps.keystrings import is_sequence, normalize_keys
from keymaps.paths import DEFAULT_KEYMAP, KEYMAP_SUFFIX


class CommandSpec(Protocol):
    """What keymaps need of a command (read-only, so frozen dataclasses qualify)."""

    @property
    def id(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def scope(self) -> str: ...


@dataclass(slots=True)
class ResolvedKeymap:
    """Every known id with the keys in force, plus what went wrong on the way."""

    name: str
    keys: dict[str, tuple[str, ...]]  # id -> normalized keys, "g g" for a sequence
    scopes: dict[str, str]  # id -> scope
    warnings: list[str] = field(default_factory=list)
    defaults: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the commands' own keys
    path: Path | None = None  # the keymap file used
    sequence_timeout: float | None = None  # the user's setting, if any

    def textual_keymap(self) -> dict[str, str]:
        """The mapping for ``App.set_keymap``: id -> "key,key", for ids whose
        keys differ from the command's defaults (Textual re-applies the keymap
        on every key press, so a shorter one is cheaper).

        Sequences are included as written ("g g"): Textual never sees such a
        key pressed, but footer and help then show it, and the default key of
        an id bound only to a sequence is really replaced.
        """
        return {
            command_id: ",".join(keys)
            for command_id, keys in self.keys.items()
            if keys and keys != self.defaults.get(command_id)
        }

    def sequences(self) -> dict[str, list[str]]:
        """Sequence -> ids bound to it ("g g" -> ["claim.first"])."""
        found: dict[str, list[str]] = {}
        for command_id, keys in self.keys.items():
            for key in keys:
                if is_sequence(key):
                    found.setdefault(key, []).append(command_id)
        return found


def bundled_keymap_dir() -> Path:
    return Path(str(resources.files("keymaps")))


def bundled_keymap_names() -> list[str]:
    return sorted(path.stem for path in bundled_keymap_dir().glob(f"*{KEYMAP_SUFFIX}"))


def available_keymaps(user_dir: Path | None = None) -> list[str]:
    names = set(bundled_keymap_names())
    if user_dir is not None and user_dir.is_dir():
        names.update(path.stem for path in user_dir.glob(f"*{KEYMAP_SUFFIX}"))
    return sorted(names)


def find_keymap(name: str, user_dir: Path | None = None) -> Path:
    """The file for keymap ``name``: a user's own first, then the bundled ones.

    A name ending in ``.toml`` is taken as a path. Raises ``KeymapError``
    naming the keymap and the ones available.
    """
    if name.endswith(KEYMAP_SUFFIX):
        path = Path(name).expanduser()
        if path.is_file():
            return path
        raise KeymapError(f"keymap file {str(path)!r} does not exist")
    candidates = [user_dir / f"{name}{KEYMAP_SUFFIX}"] if user_dir is not None else []
    candidates.append(bundled_keymap_dir() / f"{name}{KEYMAP_SUFFIX}")
    for path in candidates:
        if name and "/" not in name and path.is_file():
            return path
    available = ", ".join(available_keymaps(user_dir))
    raise KeymapError(f"unknown keymap {name!r} (available: {available})")


def read_toml(path: Path, what: str) -> dict[str, Any]:
    """Parse a TOML file, or raise one line naming it and the line at fault."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise KeymapError(f"cannot read {what} {str(path)!r}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise KeymapError(f"{what} {str(path)!r} is not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise KeymapError(f"{what} {str(path)!r} is not UTF-8 text") from None


def read_keymap_file(path: Path) -> tuple[dict[str, Any], list[str]]:
    """The raw ``[keys]`` table of a keymap file and warnings about its shape."""
    data = read_toml(path, "keymap file")
    warnings = [
        f"{path.name}: unknown setting {key!r} (expected 'description' and a [keys] table)"
        for key in data
        if key not in ("description", "keys")
    ]
    table = data.get("keys", {})
    if not isinstance(table, dict):
        warnings.append(f"{path.name}: 'keys' must be a table of binding id = keys")
        table = {}
    return table, warnings


def _split_value(value: Any) -> list[str] | None:
    """A value's key strings: "j,down" or ["j", "down"]; None for a wrong type."""
    if isinstance(value, str):
        # A lone "," is the comma key, not an empty list separator.
        return [value] if value.strip() == "," else [part.strip() for part in value.split(",")]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return list(value)
    return None


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Unquoted dotted keys (``claim.next = "j"``) are nested tables in TOML."""
    flat: dict[str, Any] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def parse_entries(
    table: Mapping[str, Any], where: str, known_ids: Iterable[str]
) -> tuple[dict[str, tuple[str, ...]], list[str]]:
    """Validate id -> keys entries; return the usable ones and a warning per fault."""
    known = sorted(set(known_ids))
    entries: dict[str, tuple[str, ...]] = {}
    warnings: list[str] = []
    for command_id, value in _flatten(table).items():
        if command_id not in known:
            close = difflib.get_close_matches(command_id, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            warnings.append(f"{where}: unknown binding id {command_id!r}{hint}")
            continue
        raw_keys = _split_value(value)
        if raw_keys is None:
            warnings.append(
                f"{where}: {command_id!r} must be a key string or a list of key strings, not {type(value).__name__}"
            )
            continue
        if not raw_keys:
            warnings.append(f"{where}: {command_id!r} has no keys; its current keys stay")
            continue
        keys: list[str] = []
        for raw in raw_keys:
            try:
                key = normalize_keys(raw)
            except KeyStringError as exc:
                warnings.append(f"{where}: {command_id!r}: {exc}")
                continue
            if key not in keys:
                keys.append(key)
        if keys:
            entries[command_id] = tuple(keys)
    return entries, warnings


def default_keys(commands: Iterable[CommandSpec]) -> dict[str, tuple[str, ...]]:
    """Each command's own default keys, normalized like keymap entries."""
    return {command.id: tuple(normalize_keys(key.strip()) for key in command.key.split(",")) for command in commands}


def resolve(
    commands: Iterable[CommandSpec],
    keymap: str | None = None,
    overrides: Mapping[str, Any] | None = None,
    *,
    user_dir: Path | None = None,
    overrides_source: str = "config [keys]",
) -> ResolvedKeymap:
    """The keys in force: command defaults, then keymap ``keymap``, then ``overrides``.

    Raises ``KeymapError`` only when the keymap cannot be found or read.
    """
    commands = list(commands)
    name = keymap or DEFAULT_KEYMAP
    keys = default_keys(commands)
    scopes = {command.id: command.scope for command in commands}
    path = find_keymap(name, user_dir)
    table, warnings = read_keymap_file(path)
    if path.parent == bundled_keymap_dir():
        # A shipped map may name commands this build leaves out (a screen that
        # failed to import): not the user's doing, so not worth a warning.
        table = {command_id: value for command_id, value in table.items() if command_id in keys}
    entries, entry_warnings = parse_entries(table, path.name, keys)
    keys.update(entries)
    warnings += entry_warnings
    if overrides:
        # A keymap's own shadows are meant (a view's "/" filters, not searches); the user's are not said.
        before = shadowed(keys, scopes)
        entries, entry_warnings = parse_entries(overrides, overrides_source, keys)
        keys.update(entries)
        warnings += entry_warnings
        warnings += shadow_warnings(shadowed(keys, scopes) - before)
    actions = {command.id: getattr(command, "action", "") for command in commands}
    warnings += find_conflicts(keys, scopes, actions)
    return ResolvedKeymap(
        name=path.stem,
        keys=keys,
        scopes=scopes,
        warnings=warnings,
        defaults=default_keys(commands),
        path=path,
    )
