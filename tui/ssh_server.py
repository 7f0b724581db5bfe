"""`factscope serve --ssh`: the browser for a team over SSH, never a shell (asyncssh).

Each authorised public key is one user, with its own user DB (bookmarks,
notes, history) under ``<data dir>/serve/users/<key hash>/``. Each SSH
session runs ``python -m tui.session`` (the shared corpus read-only) in its
own process on a pseudo-terminal of its own: the client's window-size changes
are set on that terminal, so the kernel sends the app SIGWINCH. Exec and
subsystem requests (``ssh host cmd``, sftp, scp), port, agent and X11
forwarding, passwords and keyboard-interactive logins are all refused. A
session ends (its process group is hung up, then killed) when the client
disconnects, when the app quits, or after ``idle_timeout`` seconds without
input; at most ``max_sessions`` run at once. Connections are bounded too: at
most ``LOGIN_SLOTS`` not yet logged in (each for at most
``LOGIN_TIMEOUT_SECONDS``; more are dropped at once, as sshd's MaxStartups
does), and a logged-in connection running no session (one that never opens
one, or keeps the connection after its session ended) is closed after
``SESSION_WAIT_SECONDS`` or the idle timeout, whichever is shorter. One log line
on stderr when a session starts and one when it ends.

The host key is generated on first run and kept, 0600, in the data dir.
"""

from __future__ import annotations

import asyncio
import errno
import fcntl
import hashlib
import os
import re
import signal
import stat
import struct
import sys
import termios
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from corpus.errors import FactscopeError
from store import paths
from tui.serve_log import configure_logging, log

with warnings.catch_warnings():
    # asyncssh names DSA key types at import, and cryptography 46+ warns that DSA is deprecated: a library's notice,
    # not the user's (no key factscope makes here is DSA), so `factscope serve --ssh` does not print it.
    warnings.filterwarnings("ignore", message="DSA is deprecated")
    import asyncssh

HOST_KEY_NAME = "ssh_host_ed25519_key"
DEFAULT_TERM = "xterm-256color"
KILL_GRACE_SECONDS = 3.0
LOGIN_TIMEOUT_SECONDS = 30
LOGIN_SLOTS = 10  # connections not yet logged in, at once
SESSION_WAIT_SECONDS = 30  # a logged-in connection without a session is closed after this
_TERM_TYPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,63}")
_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9._@+-]")


class SSHServeError(FactscopeError):
    """The SSH server cannot start: a bad key file, a port in use."""


def serve_dir() -> Path:
    return paths.data_dir() / "serve"


@dataclass(frozen=True, slots=True)
class KeyUser:
    """One authorised key: who it is in the logs, and where its user DB lives."""

    name: str  # the key's comment (made safe), else its fingerprint
    fingerprint: str  # SHA256:... as ssh-keygen -l shows it
    key_id: str  # hex digest of the key's public data: its directory's name

    def user_db_path(self, base: Path) -> Path:
        return base / "users" / self.key_id / paths.USER_DB_NAME


def read_authorized_keys(path: Path) -> dict[bytes, KeyUser]:
    """Public key blob -> user, from an OpenSSH ``authorized_keys`` file of plain key lines.

    Options (``from=``, ``command=``...) are refused rather than ignored:
    silently dropping a restriction would grant more than the file says.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SSHServeError(
            f"{path}: cannot read the authorized keys ({getattr(exc, 'strerror', None) or exc})"
        ) from None
    users: dict[bytes, KeyUser] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            key = asyncssh.import_public_key(line)
        except (asyncssh.KeyImportError, ValueError):
            raise SSHServeError(
                f"{path}, line {number}: not a public key line ('TYPE BASE64 [comment]'; options are not supported)"
            ) from None
        blob = key.public_data
        comment = key.get_comment() or ""
        fingerprint = key.get_fingerprint("sha256")
        name = _NAME_UNSAFE.sub("", comment)[:64] or fingerprint
        users[blob] = KeyUser(name, fingerprint, hashlib.sha256(blob).hexdigest()[:32])
    if not users:
        raise SSHServeError(f"{path}: no public keys in it; add one line per user (e.g. their id_ed25519.pub)")
    return users


def load_or_create_host_key(path: Path) -> asyncssh.SSHKey:
    """The server's host key, generated (ed25519, 0600) on first run and kept."""
    if path.exists():
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise SSHServeError(f"{path}: host key is readable by others (mode {mode:04o}); chmod 600 it")
        try:
            return asyncssh.read_private_key(path)
        except (OSError, asyncssh.KeyImportError, ValueError) as exc:
            raise SSHServeError(f"{path}: cannot read the host key ({exc})") from None
    paths.make_private_dirs(path.parent)
    key = asyncssh.generate_private_key("ssh-ed25519", comment="factscope serve")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, paths.PRIVATE_FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key.export_private_key())
    return key


@dataclass
class SSHServeConfig:
    db_path: Path
    authorized_keys: Path
    host: str = "127.0.0.1"
    port: int = 2222
    keymap: str | None = None
    max_sessions: int = 8
    idle_timeout: float = 30 * 60.0  # seconds without input
    base_dir: Path = field(default_factory=serve_dir)  # host key and per-key user DBs

    def session_command(self, user_db: Path) -> list[str]:
        argv = [sys.executable, "-m", "tui.session", "--db", str(self.db_path), "--user-db", str(user_db)]
        return argv + (["--keymap", self.keymap] if self.keymap else [])


class Hub:
    """What all connections share: the keys, the limits, the live sessions."""

    def __init__(self, config: SSHServeConfig) -> None:
        self.config = config
        self.users = read_authorized_keys(config.authorized_keys)
        self._keys_stamp = _mtime(config.authorized_keys)
        self.sessions: set[AppSession] = set()
        self.logging_in: set[FactscopeSSHServer] = set()  # connections not yet logged in
        self.started = 0

    @property
    def session_wait(self) -> float:
        """How long a logged-in connection may run no session: a short wait, or the idle timeout if shorter."""
        idle = self.config.idle_timeout
        return min(SESSION_WAIT_SECONDS, idle) if idle > 0 else SESSION_WAIT_SECONDS

    def reload_keys_if_changed(self) -> None:
        """Pick up keys the operator added or removed, without a restart."""
        now = _mtime(self.config.authorized_keys)
        if now == self._keys_stamp:
            return
        self._keys_stamp = now
        try:
            self.users = read_authorized_keys(self.config.authorized_keys)
        except SSHServeError as exc:
            log.warning("%s (keeping the %d keys read before)", exc, len(self.users))

    def next_number(self) -> int:
        self.started += 1
        return self.started


def _mtime(path: Path) -> int | None:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None


def _peer(conn: asyncssh.SSHServerConnection) -> str:
    peer = conn.get_extra_info("peername") or ("?", 0)
    return f"{peer[0]}:{peer[1]}"


class FactscopeSSHServer(asyncssh.SSHServer):
    """One client connection: public-key auth against the hub's keys, then app sessions only."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self.conn: asyncssh.SSHServerConnection | None = None
        self.peer = "?"
        self.user: KeyUser | None = None
        self._offered: KeyUser | None = None  # the key of the latest check; the one signed if auth succeeds
        self.running = 0  # sessions of this connection running now
        self._no_session_timer: asyncio.TimerHandle | None = None
        self._closed = False

    def connection_made(self, conn: asyncssh.SSHServerConnection) -> None:
        self.conn = conn
        self.peer = _peer(conn)
        if len(self.hub.logging_in) >= LOGIN_SLOTS:
            log.warning("dropped a connection from %s: %d others are logging in", self.peer, len(self.hub.logging_in))
            self._closed = True
            asyncio.get_event_loop().call_soon(
                conn.disconnect, asyncssh.DISC_TOO_MANY_CONNECTIONS, "factscope: too many logins at once; try again"
            )
            return
        self.hub.logging_in.add(self)

    def connection_lost(self, exc: Exception | None) -> None:
        self.hub.logging_in.discard(self)
        self._cancel_no_session_timer()
        if self.user is None and not self._closed:
            log.info("connection from %s closed without logging in", self.peer)

    # -- a logged-in connection must run a session --------------------------------------
    def session_began(self) -> None:
        self.running += 1
        self._cancel_no_session_timer()

    def session_ended(self) -> None:
        self.running -= 1
        if self.running == 0:
            self._start_no_session_timer()  # the client kept the connection (ssh -M): not for ever

    def _start_no_session_timer(self) -> None:
        self._cancel_no_session_timer()
        if not self._closed:
            self._no_session_timer = asyncio.get_event_loop().call_later(self.hub.session_wait, self._close_unused)

    def _cancel_no_session_timer(self) -> None:
        if self._no_session_timer is not None:
            self._no_session_timer.cancel()
            self._no_session_timer = None

    def _close_unused(self) -> None:
        if self.running or self.conn is None or self._closed:
            return
        self._closed = True
        name = self.user.name if self.user else "?"
        log.info("closed a connection of %s from %s: no session for %gs", name, self.peer, self.hub.session_wait)
        self.conn.disconnect(asyncssh.DISC_BY_APPLICATION, "factscope: no session opened")

    def begin_auth(self, username: str) -> bool:
        self.hub.reload_keys_if_changed()
        return True  # always authenticate

    def public_key_auth_supported(self) -> bool:
        return True

    def validate_public_key(self, username: str, key: asyncssh.SSHKey) -> bool:
        # asyncssh calls this for the key offered and again for the signed request,
        # and completes auth right after a good signature: the last key checked is the one.
        self._offered = self.hub.users.get(key.public_data)
        return self._offered is not None

    def auth_completed(self) -> None:
        self.user = self._offered
        self.hub.logging_in.discard(self)
        self._start_no_session_timer()

    def session_requested(self) -> AppSession | bool:
        if self.user is None or self.conn is None:
            return False
        if len(self.hub.sessions) >= self.hub.config.max_sessions:
            log.warning(
                "refused a session for %s from %s: %d sessions already running",
                self.user.name,
                self.peer,
                len(self.hub.sessions),
            )
            raise asyncssh.ChannelOpenError(
                asyncssh.OPEN_RESOURCE_SHORTAGE,
                f"factscope: {self.hub.config.max_sessions} sessions already; try later",
            )
        return AppSession(self.hub, self, self.user, self.peer, self.conn.get_extra_info("username") or "")


class AppSession(asyncssh.SSHServerSession):
    """One SSH session: the app's process on its own pty, bytes both ways, and its end."""

    def __init__(self, hub: Hub, owner: FactscopeSSHServer, user: KeyUser, peer: str, login: str) -> None:
        self.hub = hub
        self.owner = owner  # the connection: it must not outlive its sessions for long
        self.user = user
        self.peer = peer
        self.login = login
        self.number = hub.next_number()
        self.chan: asyncssh.SSHServerChannel | None = None
        self.term_type = DEFAULT_TERM
        self.size: tuple[int, int, int, int] | None = None  # cols, rows, px width, px height
        self.command_refused = False  # `ssh host cmd`: answered with one line, never run
        self.master: int | None = None
        self.process: asyncio.subprocess.Process | None = None
        self.began = time.monotonic()
        self.last_input = self.began
        self.ended: str | None = None  # why, once it has
        self._pending_input = bytearray()
        self._reading = False
        self._idle_timer: asyncio.TimerHandle | None = None
        self._start_timer: asyncio.TimerHandle | None = None
        self._task: asyncio.Future | None = None
        hub.sessions.add(self)
        owner.session_began()

    # -- what the client asks for ----------------------------------------------------
    def connection_made(self, chan: asyncssh.SSHServerChannel) -> None:
        self.chan = chan
        # a channel that never asks for the app holds a session slot: not for long
        self._start_timer = asyncio.get_event_loop().call_later(self.hub.session_wait, self._never_started)

    def _never_started(self) -> None:
        if self._task is None and self.chan is not None:
            log.info(
                "session %d: %s from %s asked for no terminal app in %gs: closed",
                self.number,
                self.user.name,
                self.peer,
                self.hub.session_wait,
            )
            self.ended = "never started"
            self.chan.close()

    def pty_requested(self, term_type: str, term_size: tuple[int, int, int, int], term_modes) -> bool:
        self.term_type = term_type if _TERM_TYPE.fullmatch(term_type or "") else DEFAULT_TERM
        self.size = term_size
        return True

    def shell_requested(self) -> bool:
        return True  # "a shell" here is the app, nothing else

    def exec_requested(self, command: str) -> bool:
        # Accepted only to say why in one line (a refusal reads "exec request failed on
        # channel 0"); the command itself is never run.
        log.warning("session %d: refused a command from %s (%s)", self.number, self.user.name, self.peer)
        self.command_refused = True
        return True

    def subsystem_requested(self, subsystem: str) -> bool:
        log.warning(
            "session %d: refused subsystem %r from %s (%s)", self.number, subsystem[:40], self.user.name, self.peer
        )
        return False

    def session_started(self) -> None:
        if self._start_timer is not None:
            self._start_timer.cancel()
        self._task = asyncio.ensure_future(self._run())  # kept: a task nobody holds may be collected

    async def _run(self) -> None:
        try:
            await self._start()
        except Exception as exc:  # a bug or an odd client: end this session, keep serving the others
            log.error("session %d: failed: %s", self.number, " ".join(str(exc).split())[:200])
            self._stop_process()
            self._finish("failed", 1)

    async def _start(self) -> None:
        assert self.chan is not None
        if self.command_refused:
            self.chan.write(b"factscope runs no commands, only the browser: connect with ssh -t and no command\r\n")
            self._finish("command refused", 1)
            return
        if self.size is None or not self.size[0] or not self.size[1]:
            self.chan.write(b"factscope needs a terminal: connect with ssh -t\r\n")
            self._finish("no terminal", 1)
            return
        master, slave = os.openpty()
        self.master = master
        self._set_window(self.size)
        config = self.hub.config
        user_db = self.user.user_db_path(config.base_dir)
        try:
            paths.make_private_dirs(user_db.parent)
            self.process = await asyncio.create_subprocess_exec(
                *config.session_command(user_db),
                stdin=slave,
                stdout=slave,
                stderr=slave,
                env=self._environment(),
                start_new_session=True,
                preexec_fn=_take_controlling_terminal,
            )
        except OSError as exc:
            self.chan.write(f"factscope: cannot start a session ({exc.strerror})\r\n".encode())
            self._finish("failed to start", 1)
            return
        finally:
            os.close(slave)  # the app holds it now; EIO on the master then means it has gone
        os.set_blocking(master, False)
        log.info(
            "session %d: %s (%s) logged in as %r from %s: started, pid %d, %dx%d, %s",
            self.number,
            self.user.name,
            self.user.fingerprint,
            self.login[:32],
            self.peer,
            self.process.pid,
            self.size[0],
            self.size[1],
            self.term_type,
        )
        self._resume_reading()
        self._arm_idle_timer()
        status = await self.process.wait()
        self._drain_output()
        self._finish("quit" if self.ended is None else self.ended, status)

    def _environment(self) -> dict[str, str]:
        """The server's environment less what describes its own terminal or login; the client's TERM."""
        own = ("SSH_", "LINES", "COLUMNS", "COLORTERM", "TERM", "TEXTUAL", "FACTSCOPE_USER_DB")
        env = {k: v for k, v in os.environ.items() if not k.startswith(own)}
        env["TERM"] = self.term_type
        return env

    # -- bytes both ways ---------------------------------------------------------------
    def data_received(self, data: bytes, datatype) -> None:
        self.last_input = time.monotonic()
        if self.master is None:
            return
        self._pending_input += data
        self._write_input()

    def _write_input(self) -> None:
        loop = asyncio.get_event_loop()
        if self.master is None:
            return
        try:
            while self._pending_input:
                written = os.write(self.master, self._pending_input)
                del self._pending_input[:written]
        except BlockingIOError:
            loop.add_writer(self.master, self._write_input)
            return
        except OSError:
            self._pending_input.clear()
        loop.remove_writer(self.master)

    def _on_output(self) -> None:
        assert self.master is not None  # the reader is added once the pty is open
        try:
            data = os.read(self.master, 65536)
        except BlockingIOError:
            return
        except OSError:  # EIO: every process holding the terminal has gone
            data = b""
        if not data:
            self._pause_reading()
            return
        if self.chan is not None:
            self.chan.write(data)

    def _drain_output(self) -> None:
        """What the app wrote just before it exited."""
        while self.master is not None and self.chan is not None:
            try:
                data = os.read(self.master, 65536)
            except OSError:
                break
            if not data:
                break
            self.chan.write(data)

    def pause_writing(self) -> None:  # the client reads slower than the app writes
        self._pause_reading()

    def resume_writing(self) -> None:
        self._resume_reading()

    def _pause_reading(self) -> None:
        if self._reading and self.master is not None:
            asyncio.get_event_loop().remove_reader(self.master)
            self._reading = False

    def _resume_reading(self) -> None:
        if not self._reading and self.master is not None and self.ended is None:
            asyncio.get_event_loop().add_reader(self.master, self._on_output)
            self._reading = True

    # -- the window, idleness, the end ------------------------------------------------------
    def terminal_size_changed(self, width: int, height: int, pixwidth: int, pixheight: int) -> None:
        self.size = (width, height, pixwidth, pixheight)
        if self.master is not None:
            self._set_window(self.size)  # the kernel sends SIGWINCH to the app's process group

    def _set_window(self, size: tuple[int, int, int, int]) -> None:
        assert self.master is not None  # called only once the pty is open
        cols, rows, px_width, px_height = size
        winsize = struct.pack("HHHH", max(rows, 1), max(cols, 1), px_width, px_height)
        fcntl.ioctl(self.master, termios.TIOCSWINSZ, winsize)

    def _arm_idle_timer(self) -> None:
        timeout = self.hub.config.idle_timeout
        if timeout <= 0 or self.ended is not None:
            return
        remaining = self.last_input + timeout - time.monotonic()
        loop = asyncio.get_event_loop()
        if remaining > 0:
            self._idle_timer = loop.call_later(remaining, self._arm_idle_timer)
            return
        self.ended = "idle timeout"
        self._stop_process()
        if self.chan is not None:
            minutes = timeout / 60
            self.chan.write(f"\r\nfactscope: session closed after {minutes:g} min without input\r\n".encode())

    def eof_received(self) -> bool:
        return True  # keep our side open: the session ends when the app does (or the client goes)

    def break_received(self, msec: int) -> bool:
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        if self.ended is None:
            self.ended = "disconnected"
        self.chan = None  # nothing more can be sent
        self._stop_process()
        if self.process is None or self.process.returncode is not None:
            self._finish(self.ended, None)

    def _stop_process(self) -> None:
        """Hang up the app's whole process group, then kill it if it lingers."""
        process = self.process
        if process is None or process.returncode is not None:
            return
        _signal_group(process.pid, signal.SIGHUP)
        _signal_group(process.pid, signal.SIGCONT)
        asyncio.get_event_loop().call_later(KILL_GRACE_SECONDS, _signal_group, process.pid, signal.SIGKILL)

    def _finish(self, why: str, status: int | None) -> None:
        """Close the channel and say how the session ended, once."""
        if self not in self.hub.sessions:
            return
        self.hub.sessions.discard(self)
        self.owner.session_ended()
        self.ended = self.ended or why
        for timer in (self._idle_timer, self._start_timer):
            if timer is not None:
                timer.cancel()
        self._pause_reading()
        if self.master is not None:
            loop = asyncio.get_event_loop()
            loop.remove_writer(self.master)
            os.close(self.master)
            self.master = None
        if self.chan is not None:
            try:
                self.chan.exit(status if status is not None and status >= 0 else 1)
            except (OSError, asyncssh.Error, RuntimeError):
                pass  # the connection is gone already
        seconds = time.monotonic() - self.began
        code = "" if status is None else f", exit {status}"
        log.info(
            "session %d: %s from %s: ended after %.1fs: %s%s",
            self.number,
            self.user.name,
            self.peer,
            seconds,
            why,
            code,
        )


def _signal_group(pid: int, signum: int) -> None:
    try:
        os.killpg(pid, signum)  # the app is its session's leader: its group id is its pid
    except ProcessLookupError:
        pass
    except OSError as exc:
        if exc.errno != errno.ESRCH:
            raise


def _take_controlling_terminal() -> None:
    """In the child, after setsid: make its pty (stdin) the controlling terminal, so SIGWINCH reaches it."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


async def start_server(config: SSHServeConfig) -> tuple[asyncssh.SSHAcceptor, Hub, asyncssh.SSHKey]:
    """Listen; returns the acceptor (its port: ``get_port()``), the hub and the host key."""
    hub = Hub(config)
    host_key = load_or_create_host_key(config.base_dir / HOST_KEY_NAME)
    try:
        acceptor = await asyncssh.create_server(
            lambda: FactscopeSSHServer(hub),
            config.host,
            config.port,
            server_host_keys=[host_key],
            public_key_auth=True,
            password_auth=False,
            kbdint_auth=False,
            host_based_auth=False,
            gss_host=None,
            agent_forwarding=False,
            x11_forwarding=False,
            line_editor=False,
            encoding=None,
            allow_pty=True,
            login_timeout=LOGIN_TIMEOUT_SECONDS,
            keepalive_interval=60,
            keepalive_count_max=3,
        )
    except OSError as exc:
        raise SSHServeError(f"cannot listen on {config.host}:{config.port} ({exc.strerror or exc})") from None
    return acceptor, hub, host_key


def run(config: SSHServeConfig, announce: Callable[[int, asyncssh.SSHKey, Hub], None]) -> None:
    """Serve until interrupted (Ctrl+C or SIGTERM); ``announce`` is told the port once listening."""
    configure_logging()

    async def main() -> None:
        acceptor, hub, host_key = await start_server(config)
        announce(acceptor.get_port(), host_key, hub)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        await stop.wait()
        acceptor.close()
        for session in list(hub.sessions):
            session.ended = "server stopped"
            session._stop_process()
        if hub.sessions:  # give the apps their grace period to exit
            deadline = time.monotonic() + KILL_GRACE_SECONDS + 1
            while hub.sessions and time.monotonic() < deadline:
                await asyncio.sleep(0.05)

    asyncio.run(main())
