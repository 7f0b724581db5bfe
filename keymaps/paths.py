"""Where a user's key settings live: cheap to check before anything is parsed."""

from __future__ import annotations

from pathlib import Path

from store.paths import config_path

DEFAULT_KEYMAP = "default"
KEYMAP_SUFFIX = ".toml"


def user_keymap_dir(config_file: Path) -> Path:
    """User keymaps live next to the config file: ``<config dir>/keymaps/NAME.toml``."""
    return config_file.parent / "keymaps"


def user_key_settings_exist(config_file: Path | None = None) -> bool:
    """Whether the user has a config file, or a keymap of their own named like the default.

    Without either the default keymap is in force, and it is the bindings' own
    keys (keymaps/default.toml rebinds nothing): nothing to apply.
    """
    config_file = config_file or config_path()
    own_default = user_keymap_dir(config_file) / f"{DEFAULT_KEYMAP}{KEYMAP_SUFFIX}"
    return config_file.exists() or own_default.exists()
