"""`factscope serve --ssh` against the real OpenSSH client, on loopback.

The client runs on a pseudo-terminal of its own, as in a person's terminal
window: the app must open, search, keep each key's bookmarks apart, reflow
when the window is resized, and end its process when the client goes away.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import signal
import stat
import subprocess
import time
from pathlib import Path

import pytest

from tests.serve.conftest import ServeProcess, isolated_env, process_gone
from tests.terminal import Terminal, visible
from tests.waiting import wait_until_sync

pytestmark = [
    pytest.mark.skipif(
        shutil.which("ssh") is None,
        reason="the OpenSSH client `ssh` is not installed (Debian/Ubuntu: apt-get install -y openssh-client)",
    ),
    pytest.mark.skipif(
        importlib.util.find_spec("asyncssh") is None, reason="asyncssh is not installed: pip install -e '.[serve]'"
    ),
]

READY = r"over SSH on 127\.0\.0\.1:(?P<port>\d+)"
OPENED = "Speaker:"  # the selected claim's details: the data is loaded and a claim selected


class Key:
    def __init__(self, directory: Path, name: str) -> None:
        import asyncssh

        self.path = directory / name
        key = asyncssh.generate_private_key("ssh-ed25519", comment=name)
        key.write_private_key(self.path)
        os.chmod(self.path, 0o600)  # ssh refuses a private key others can read
        self.public_line = key.export_public_key().decode().strip()
        self.key_id = hashlib.sha256(key.public_data).hexdigest()[:32]


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Key]:
    directory = tmp_path_factory.mktemp("keys")
    return {name: Key(directory, name) for name in ("alice", "bob", "mallory")}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("serve-home")


def start_server(home: Path, db: Path, keys: dict[str, Key], *extra: str) -> ServeProcess:
    authorized = home / "authorized_keys"
    authorized.write_text(f"# the team\n{keys['alice'].public_line}\n{keys['bob'].public_line}\n", encoding="utf-8")
    args = [
        "--db",
        str(db),
        "serve",
        "--ssh",
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--authorized-keys",
        str(authorized),
        *extra,
    ]
    return ServeProcess(args, isolated_env(home), READY)


@pytest.fixture(scope="module")
def server(home: Path, served_corpus: Path, keys: dict[str, Key]):
    served = start_server(home, served_corpus, keys)
    yield served
    served.stop()


def ssh_argv(port: int, key: Key, *command: str, tty: bool = True, options: tuple[str, ...] = ()) -> list[str]:
    return [
        "ssh",
        "-tt" if tty else "-T",
        *options,
        "-p",
        str(port),
        "-i",
        str(key.path),
        "-F",
        "/dev/null",
        "-o",
        "StrictHostKeyChecking=no",
        "-o",
        "UserKnownHostsFile=/dev/null",
        "-o",
        "BatchMode=yes",
        "-o",
        "IdentitiesOnly=yes",
        "-o",
        "LogLevel=ERROR",
        "facts@127.0.0.1",
        *command,
    ]


FOCUS_IN = "\x1b[I"  # what a terminal sends when its window gains focus: input asking the app for nothing


def client_env() -> dict[str, str]:
    env = {**os.environ, "TERM": "xterm-256color"}
    env.pop("SSH_AUTH_SOCK", None)  # only the key given
    return env


def keep_typing_until(terminal: Terminal, done, timeout: float = 90.0) -> bool:
    """Send input that does nothing every 0.2 s until ``done()``: a session's idle timer runs from
    its start, before the app's first screen, and a short one may end it before a loaded machine
    gets there."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() >= deadline:
            return False
        terminal.type(FOCUS_IN)
        terminal.wait_for(lambda _new: done(), 0.2)
    return True


def connect(port: int, key: Key, columns: int = 100, lines: int = 30, keep_alive: bool = False) -> Terminal:
    """An ssh client on its own terminal, once the app shows its first screen (``keep_alive``:
    typing nothing-input while waiting, for a server with a short idle timeout)."""
    terminal = Terminal(ssh_argv(port, key), columns, lines, client_env())
    opened = lambda: OPENED in visible(bytes(terminal.output))  # noqa: E731
    if not (keep_typing_until(terminal, opened) if keep_alive else terminal.wait_for_text(OPENED, timeout=90)):
        terminal.close()
        raise AssertionError(f"the app never opened over ssh; the terminal shows:\n{terminal.tail()}")
    return terminal


def bookmark_selected_claim(terminal: Terminal, path: Path) -> None:
    """Press the bookmark key once, right after the first screen: it is never lost. (It can be
    late: the first key waits ~0.6 s more than later ones while the session loads its search
    index and views in the background; pressing again on a timeout toggled the bookmark off.)"""
    terminal.set_mark()
    terminal.type("b")
    assert terminal.wait_for_text("Bookmarked", 60), terminal.tail()
    wait_until_sync(lambda: len(bookmarks(path)) == 1, timeout=30, what="the bookmark in the user DB")


def user_db(home: Path, key: Key) -> Path:
    return home / "data" / "serve" / "users" / key.key_id / "user.json"


def bookmarks(path: Path) -> set[str]:
    import json

    if not path.exists():
        return set()
    return {doc["claim_id"] for doc in json.loads(path.read_text()).get("bookmarks", {}).values()}


def test_the_app_opens_searches_and_keeps_each_keys_bookmarks_apart(server, home, keys):
    alice = connect(server.port, keys["alice"])
    try:
        bookmark_selected_claim(alice, user_db(home, keys["alice"]))
        alice.set_mark()
        alice.type("/")
        assert alice.wait_for_text("Search claims", 10), alice.tail()
        alice.type("snuffbox")  # the words of the search box are lower case; the result's speaker is not
        assert alice.wait_for_text("Kremlin Snuffbox", 30), alice.tail()
    finally:
        alice.close()
    bob = connect(server.port, keys["bob"])
    try:
        bookmark_selected_claim(bob, user_db(home, keys["bob"]))  # the claim alice bookmarked
        assert "Bookmark removed" not in visible(bytes(bob.output))  # bob never saw alice's bookmark
    finally:
        bob.close()
    alices, bobs = bookmarks(user_db(home, keys["alice"])), bookmarks(user_db(home, keys["bob"]))
    assert alices == bobs and len(alices) == 1  # the same claim, kept twice: once in each key's own DB
    assert not (home / "data" / "user.json").exists()  # never the operator's own user DB
    for key in ("alice", "bob"):
        path = user_db(home, keys[key])
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    host_key = home / "data" / "serve" / "ssh_host_ed25519_key"
    assert stat.S_IMODE(host_key.stat().st_mode) == 0o600


def test_a_resized_window_reflows_the_app(server, keys):
    terminal = connect(server.port, keys["alice"], columns=100, lines=30)
    try:
        assert terminal.wait_for(lambda _new: 30 in terminal.rows_drawn(), 30), terminal.tail()  # the footer row
        assert max(terminal.rows_drawn()) <= 30
        terminal.set_mark()
        terminal.resize(140, 45)  # the client sends window-change; the server resizes the app's pty
        assert terminal.wait_for(lambda _new: max(terminal.rows_drawn() | {0}) >= 44, 30), terminal.tail()
    finally:
        terminal.close()


def test_a_disconnect_ends_the_session_process(server, keys):
    start = len(server.lines)
    terminal = connect(server.port, keys["alice"])
    started = server.wait_for_line(r"session (?P<n>\d+): alice .* started, pid (?P<pid>\d+)", 10, start)
    assert started, "".join(server.lines[start:])
    pid = int(started.group("pid"))
    assert not process_gone(pid)
    terminal.process.send_signal(signal.SIGKILL)  # the client vanishes: no goodbye
    terminal.close()
    wait_until_sync(lambda: process_gone(pid), timeout=30, what=f"session process {pid} to end with its client")
    ended = server.wait_for_line(rf"session {started.group('n')}: alice .* ended after .*: disconnected", 10, start)
    assert ended, "".join(server.lines[start:])


def test_never_a_shell_nor_a_stranger(server, keys):
    run = lambda *argv: subprocess.run(argv, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)  # noqa: E731
    command = run(*ssh_argv(server.port, keys["alice"], "cat", "/etc/passwd", tty=False))
    assert command.returncode == 1 and "root:" not in command.stdout
    assert "runs no commands, only the browser: connect with ssh -t" in command.stdout  # not "exec request failed"
    sftp = run(*ssh_argv(server.port, keys["alice"], "sftp", tty=False, options=("-s",)))
    assert sftp.returncode != 0
    stranger = run(*ssh_argv(server.port, keys["mallory"], tty=False))
    assert stranger.returncode == 255 and "Permission denied" in stranger.stderr
    no_terminal = run(*ssh_argv(server.port, keys["alice"], tty=False))
    assert no_terminal.returncode == 1 and "needs a terminal" in no_terminal.stdout


def test_sessions_are_capped_and_idle_ones_closed(tmp_path, served_corpus, keys):
    served = start_server(tmp_path, served_corpus, keys, "--max-sessions", "1", "--idle-timeout", "0.035")
    try:
        first = connect(served.port, keys["alice"], keep_alive=True)
        try:
            second = subprocess.Popen(
                ssh_argv(served.port, keys["bob"]),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=client_env(),
            )
            assert keep_typing_until(first, lambda: second.poll() is not None, 60)  # alice's session runs on
            assert second.returncode == 255, second.communicate()[1]
            assert served.wait_for_line(r"refused a session for bob .*: 1 sessions already running", 10)
            first.set_mark()  # no more input from alice
            assert first.wait_for_text("without input", 60), first.tail()  # 2.1 s idle: closed, and said so
            assert first.wait_for(lambda _new: first.process.poll() is not None, 30)
        finally:
            first.close()
        assert served.wait_for_line(r"ended after .*: idle timeout", 10)
    finally:
        served.stop()


async def test_connections_without_a_session_do_not_hold_slots(tmp_path, served_corpus, keys):
    """A key that logs in and never opens a session is closed after the (short) wait; at most
    LOGIN_SLOTS connections may be logging in at once, more are dropped at once; then logins work again."""
    import asyncio
    import socket

    import asyncssh

    from tui.ssh_server import LOGIN_SLOTS

    served = start_server(tmp_path, served_corpus, keys, "--idle-timeout", "0.035")  # 2.1 s
    try:
        start = len(served.lines)
        conn = await asyncssh.connect(
            "127.0.0.1",
            served.port,
            username="facts",
            client_keys=[str(keys["alice"].path)],
            known_hosts=None,
            agent_path=None,
        )
        async with asyncio.timeout(60):
            await conn.wait_closed()  # the server closed it: no session was ever asked for
        assert served.wait_for_line(r"closed a connection of alice from .*: no session for 2.1s", 10, start)

        loop = asyncio.get_running_loop()

        async def raw_connection() -> socket.socket:
            sock = socket.socket()
            sock.setblocking(False)
            await loop.sock_connect(sock, ("127.0.0.1", served.port))
            return sock

        holders = [await raw_connection() for _ in range(LOGIN_SLOTS)]  # they never log in
        try:
            for sock in holders:  # each was taken in, so it holds a slot
                await loop.sock_recv(sock, 64)  # the server's version line
            extra = await raw_connection()
            async with asyncio.timeout(30):
                received = b""
                while chunk := await loop.sock_recv(extra, 4096):
                    received += chunk  # until the server hangs up on it
            extra.close()
            assert served.wait_for_line(
                rf"dropped a connection from .*: {LOGIN_SLOTS} others are logging in", 10, start
            )
        finally:
            for sock in holders:
                sock.close()
        terminal = connect(served.port, keys["bob"], keep_alive=True)  # the slots came back
        terminal.close()
    finally:
        served.stop()
