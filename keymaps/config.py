"""The user's key settings in ``config.toml``: ``keymap = "vim"`` and ``[keys]``.

The file's path comes from ``store.paths.config_path()`` (``FACTSCOPE_CONFIG``
or the platform's config dir). A missing file means no settings; a file that
is not TOML raises ``KeymapError`` naming it; a wrong setting is a warning.
Other settings in the file belong to other parts of factscope and are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from keymaps.errors import KeymapError
from keymaps.load import CommandSpec, ResolvedKeymap, find_keymap, read_toml, resolve
from keymaps.paths import DEFAULT_KEYMAP, user_keymap_dir
from store.paths import config_path

MIN_SEQUENCE_TIMEOUT = 0.2
MAX_SEQUENCE_TIMEOUT = 10.0


@dataclass(slots=True)
class KeyConfig:
    path: Path
    keymap: str | None = None
    keys: dict[str, Any] = field(default_factory=dict)
    sequence_timeout: float | None = None  # seconds to finish a sequence such as "g g"
    warnings: list[str] = field(default_factory=list)


def load_key_config(path: Path | None = None) -> KeyConfig:
    """Read the key settings from ``path`` (default: the user's config file)."""
    path = path or config_path()
    config = KeyConfig(path=path)
    if not path.exists():
        return config
    if path.is_dir():
        raise KeymapError(f"config file {str(path)!r} is a directory")
    data = read_toml(path, "config file")
    keymap = data.get("keymap")
    if isinstance(keymap, str) and keymap.strip():
        config.keymap = keymap.strip()
    elif keymap is not None:
        config.warnings.append(f"{path.name}: 'keymap' must be a keymap name such as \"vim\"")
    timeout = data.get("sequence_timeout")
    if (
        isinstance(timeout, (int, float))
        and not isinstance(timeout, bool)
        and (MIN_SEQUENCE_TIMEOUT <= timeout <= MAX_SEQUENCE_TIMEOUT)
    ):
        config.sequence_timeout = float(timeout)
    elif timeout is not None:
        config.warnings.append(
            f"{path.name}: 'sequence_timeout' must be seconds between "
            f"{MIN_SEQUENCE_TIMEOUT} and {MAX_SEQUENCE_TIMEOUT}, not {timeout!r}"
        )
    keys = data.get("keys", {})
    if isinstance(keys, dict):
        config.keys = keys
    else:
        config.warnings.append(f"{path.name}: 'keys' must be a table of binding id = keys")
    return config


def resolve_user_keymap(
    commands: Iterable[CommandSpec], keymap: str | None = None, config_file: Path | None = None
) -> ResolvedKeymap:
    """The keys in force for this user.

    ``keymap`` (from ``--keymap``) wins over the config's ``keymap``, and the
    config's ``[keys]`` override single ids. An unknown ``keymap`` given here
    raises ``KeymapError``; an unknown one in the config file is a warning
    and the default keymap is used, so a typo there never locks anyone out.
    """
    config = load_key_config(config_file)
    user_dir = user_keymap_dir(config.path)
    warnings = list(config.warnings)
    name = keymap
    if name is None and config.keymap is not None:
        name = config.keymap
        try:
            find_keymap(name, user_dir)
        except KeymapError as exc:
            warnings.append(f"{config.path.name}: {exc}; using {DEFAULT_KEYMAP!r}")
            name = None
    resolved = resolve(
        commands,
        name,
        config.keys,
        user_dir=user_dir,
        overrides_source=f"{config.path.name} [keys]",
    )
    resolved.warnings[:0] = warnings
    resolved.sequence_timeout = config.sequence_timeout
    return resolved


def require_keymap(name: str, config_file: Path | None = None) -> Path:
    """The file of keymap ``name`` (bundled or the user's own), or ``KeymapError``.

    For the CLI, to refuse an unknown ``--keymap`` before opening the app.
    """
    return find_keymap(name, user_keymap_dir(config_file or config_path()))
