"""What `serve --ssh` reads before it listens: the authorised keys, its host key, its options."""

from __future__ import annotations

import importlib.util
import os
import stat
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("asyncssh") is None, reason="asyncssh is not installed: pip install -e '.[serve]'"
)


def public_line(comment: str) -> str:
    import asyncssh

    return asyncssh.generate_private_key("ssh-ed25519", comment=comment).export_public_key().decode().strip()


def test_each_key_is_a_user_named_by_its_comment(tmp_path: Path) -> None:
    from tui.ssh_server import read_authorized_keys

    alice, bob = public_line("alice@laptop"), public_line("b\x1b[31mob")
    keys = tmp_path / "keys"
    keys.write_text(f"# team\n\n{alice}\n{bob}\n", encoding="utf-8")
    users = sorted(read_authorized_keys(keys).values(), key=lambda u: u.name)
    assert [u.name for u in users] == ["alice@laptop", "b31mob"]  # no escape reaches the log
    assert users[0].key_id != users[1].key_id and len(users[0].key_id) == 32
    assert users[0].user_db_path(tmp_path).parent.parent == tmp_path / "users"


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("", "no public keys"),
        ("# only a comment\n", "no public keys"),
        ('from="10.0.0.0/8" {key}\n', "line 1: not a public key line"),
        ("{key}\nnot a key at all\n", "line 2: not a public key line"),
    ],
)
def test_a_bad_keys_file_is_one_line_naming_it(tmp_path: Path, content: str, says: str) -> None:
    from tui.ssh_server import SSHServeError, read_authorized_keys

    keys = tmp_path / "keys"
    keys.write_text(content.format(key=public_line("x")), encoding="utf-8")
    with pytest.raises(SSHServeError, match=says) as error:
        read_authorized_keys(keys)
    assert str(keys) in str(error.value) and "\n" not in str(error.value)


def test_the_host_key_is_made_once_private_and_kept(tmp_path: Path) -> None:
    from tui.ssh_server import load_or_create_host_key

    path = tmp_path / "serve" / "ssh_host_ed25519_key"
    first = load_or_create_host_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert load_or_create_host_key(path).public_data == first.public_data


def test_a_host_key_others_can_read_is_refused(tmp_path: Path) -> None:
    from tui.ssh_server import SSHServeError, load_or_create_host_key

    path = tmp_path / "ssh_host_ed25519_key"
    load_or_create_host_key(path)
    os.chmod(path, 0o644)
    with pytest.raises(SSHServeError, match="readable by others"):
        load_or_create_host_key(path)


def test_serve_ssh_without_a_keys_file_says_what_to_give(tmp_path: Path, monkeypatch) -> None:
    from tui.cli import main

    monkeypatch.setenv("FACTSCOPE_DATA_DIR", str(tmp_path / "data"))
    errors: list[str] = []
    monkeypatch.setattr("click.echo", lambda message=None, **kw: errors.append(str(message)))
    assert main(["serve", "--ssh", "--port", "0"]) == 1
    assert any("no authorized keys file; give --authorized-keys FILE" in e for e in errors)


@pytest.mark.parametrize(("args", "missing"), [(["serve"], "textual_serve"), (["serve", "--ssh"], "asyncssh")])
def test_missing_serving_packages_say_how_to_install_them(monkeypatch, args, missing) -> None:
    import importlib.util as util

    from tui.cli import main

    real = util.find_spec
    monkeypatch.setattr(util, "find_spec", lambda name, *a: None if name == missing else real(name, *a))
    errors: list[str] = []
    monkeypatch.setattr("click.echo", lambda message=None, **kw: errors.append(str(message)))
    assert main(args) == 1
    assert errors[-1].endswith("needs the optional packages: pip install 'factscope[serve]'")
