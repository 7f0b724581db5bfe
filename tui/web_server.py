"""`factscope serve`: the browser in a web page, safe by default (textual-serve, wrapped).

textual-serve runs one app process per browser tab behind a websocket. On
its own it answers any page on any site, builds absolute URLs from the bind
address (``http://0.0.0.0:8000/...``, useless elsewhere) and loads its font
from a public CDN. This subclass keeps its process handling and changes what
faces the network:

- everything lives under a secret path, ``/<token>/``, made fresh for each
  run and printed once: without it every URL is a 404;
- the websocket must come from this page's own origin (``Origin`` equal to
  the ``Host`` it was asked for, or one the operator allowed);
- the page uses relative URLs only (static files and the websocket), so it
  works behind an SSH tunnel, a port-forward or a reverse proxy with a path
  prefix, and it fetches nothing from elsewhere (its font is the package's
  copy; a Content-Security-Policy says so to the browser);
- at most ``max_sessions`` app processes at once, each closed after
  ``idle_timeout`` seconds without a key or a resize from its page (the page's
  own keep-alive pings do not count);
- each visitor's process gets a fresh user DB of its own (``tui.session
  --visitor-dir``), removed when the tab closes: never the operator's.
"""

from __future__ import annotations

import asyncio
import contextvars
import secrets
import shlex
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.server import Server

from tui.serve_log import configure_logging, log

PAGE_DIR = Path(__file__).parent / "web_page"
TOKEN_BYTES = 24
SECURITY_HEADERS = {
    # the page's own files and its own websocket only; inline script/style are the page's own
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        "font-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "Referrer-Policy": "no-referrer",  # the token is in the URL
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


def session_command(db_path: Path, visitor_dir: Path, keymap: str | None) -> str:
    """The shell command textual-serve runs per tab: this Python, the shared DB, a fresh user DB."""
    argv = [sys.executable, "-m", "tui.session", "--db", str(db_path), "--visitor-dir", str(visitor_dir)]
    return shlex.join(argv + (["--keymap", keymap] if keymap else []))


def normalise_origin(origin: str) -> str:
    """``https://Host:443/`` -> ``https://host:443``: how two origins are compared."""
    parts = urlsplit(origin.strip())
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


class SafeServer(Server):
    """textual-serve's Server with a secret path, an Origin check, relative URLs and a session cap."""

    def __init__(
        self,
        command: str,
        *,
        host: str = "127.0.0.1",
        port: int = 8000,
        title: str = "factscope",
        max_sessions: int = 8,
        idle_timeout: float = 30 * 60.0,
        allowed_origins: tuple[str, ...] = (),
        token: str | None = None,
    ) -> None:
        super().__init__(command, host=host, port=port, title=title, templates_path=PAGE_DIR)
        self.token = token or secrets.token_urlsafe(TOKEN_BYTES)
        self.max_sessions = max_sessions
        self.idle_timeout = idle_timeout  # seconds without input (0: never)
        self.allowed_origins = {normalise_origin(o) for o in allowed_origins}
        self.live = 0
        self.started = 0

    # -- the web application ---------------------------------------------------------
    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self._require_token, self._security_headers])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path), autoescape=True)
        app.add_routes([
            web.get("/{token}", self._add_slash),
            web.get("/{token}/", self.handle_index),
            web.get("/{token}/ws", self.handle_websocket),
            web.get("/{token}/static/{path:.+}", self.handle_static),
        ])  # fmt: skip
        return app

    @web.middleware
    async def _require_token(self, request: web.Request, handler):
        given = request.match_info.get("token", "")
        if not secrets.compare_digest(given.encode(), self.token.encode()):
            raise web.HTTPNotFound()  # the same answer as for a path that does not exist
        return await handler(request)

    @web.middleware
    async def _security_headers(self, request: web.Request, handler):
        response = await handler(request)
        if not response.prepared:  # a websocket's headers are already sent
            response.headers.update(SECURITY_HEADERS)
        return response

    async def _add_slash(self, request: web.Request) -> web.Response:
        raise web.HTTPFound(location=f"{request.match_info['token']}/")  # relative: keeps any proxy prefix

    async def handle_index(self, request: web.Request) -> web.Response:
        font_size = request.query.get("fontsize", "16")
        context = {"title": self.title, "font_size": font_size if font_size.isdigit() and len(font_size) < 3 else "16"}
        return aiohttp_jinja2.render_template("index.html", request, context)

    async def handle_static(self, request: web.Request) -> web.FileResponse:
        root = self.statics_path.resolve()
        target = (root / request.match_info["path"]).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            raise web.HTTPNotFound()
        return web.FileResponse(target)

    # -- the websocket: one app process per visitor ------------------------------------------
    def origin_allowed(self, request: web.Request) -> bool:
        """A browser always sends Origin; it must be this page's (or one the operator allowed)."""
        origin = request.headers.get("Origin")
        if not origin:
            return False
        normal = normalise_origin(origin)
        if normal in self.allowed_origins:
            return True
        return urlsplit(normal).netloc == (request.host or "").lower()

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        peer = request.remote or "?"
        if not self.origin_allowed(request):
            log.warning(
                "refused a websocket from %s: Origin %r is not this page's",
                peer,
                request.headers.get("Origin", "")[:80],
            )
            raise web.HTTPForbidden(text="factscope: this page's own origin only\n")
        if self.live >= self.max_sessions:
            log.warning("refused a websocket from %s: %d sessions already running", peer, self.live)
            raise web.HTTPServiceUnavailable(text=f"factscope: {self.max_sessions} sessions already; try later\n")
        self.live += 1
        self.started += 1
        number, began = self.started, time.monotonic()
        log.info("web session %d from %s: started", number, peer)
        ending = _ending.set([])  # why the session ended, told by _process_messages (same task)
        try:
            return await super().handle_websocket(request)
        finally:
            self.live -= 1
            why = (_ending.get() or ["closed"])[0]
            _ending.reset(ending)
            log.info("web session %d from %s: ended after %.1fs: %s", number, peer, time.monotonic() - began, why)

    async def _process_messages(self, websocket: web.WebSocketResponse, app_service) -> None:
        """textual-serve's loop over the page's messages, ended after ``idle_timeout`` without input."""
        if self.idle_timeout <= 0:
            return await super()._process_messages(websocket, app_service)
        watched = _IdleWatch(websocket, self.idle_timeout)
        await super()._process_messages(watched, app_service)  # type: ignore[arg-type]  # a wrapper that quacks like one
        if watched.idle:
            _ending.get().append("idle timeout")
            minutes = self.idle_timeout / 60
            await websocket.send_bytes(
                f"\r\nfactscope: session closed after {minutes:g} min without input\r\n".encode()
            )
            await websocket.close()

    # -- running -----------------------------------------------------------------------
    def initialize_logging(self) -> None:
        pass  # factscope's one-line log (configure_logging) instead of textual-serve's banner

    async def on_startup(self, app: web.Application) -> None:
        pass  # no banner: the caller prints the one URL to open

    async def run(self, announce: Callable[[int], None], stop: asyncio.Event) -> None:
        """Listen (``port`` 0: any free one), tell ``announce`` the port, serve until ``stop``."""
        runner = web.AppRunner(await self._make_app(), handle_signals=False)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self.port)
            await site.start()
            announce(runner.addresses[0][1])
            await stop.wait()
        finally:
            await runner.cleanup()


_ending: contextvars.ContextVar[list[str]] = contextvars.ContextVar("ending")


class _IdleWatch:
    """The page's websocket as textual-serve reads it, ending once no key or resize came for ``timeout`` s."""

    def __init__(self, websocket: web.WebSocketResponse, timeout: float) -> None:
        self._websocket = websocket
        self._timeout = timeout
        self.idle = False

    def __getattr__(self, name: str):
        return getattr(self._websocket, name)  # send_json (its pong) and the rest: the real websocket

    def __aiter__(self):
        return self._messages()

    async def _messages(self):
        from aiohttp import WSMsgType

        last_input = time.monotonic()
        while True:
            remaining = last_input + self._timeout - time.monotonic()
            if remaining <= 0:
                self.idle = True
                return
            try:
                message = await self._websocket.receive(timeout=remaining)
            except TimeoutError:
                continue
            if message.type in (WSMsgType.CLOSE, WSMsgType.CLOSING, WSMsgType.CLOSED, WSMsgType.ERROR):
                return
            if message.type == WSMsgType.TEXT and message.data.startswith(('["stdin"', '["resize"')):
                last_input = time.monotonic()
            yield message


def page_url(host: str, port: int, token: str) -> str:
    """The address to print: a wildcard bind is shown as this machine's name."""
    import socket

    if host in ("0.0.0.0", "::", ""):
        host = socket.gethostname()
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}/{token}/"


def serve_web(
    db_path: Path,
    keymap: str | None,
    *,
    host: str,
    port: int,
    max_sessions: int,
    idle_timeout: float,
    allowed_origins: tuple[str, ...],
    announce: Callable[[str], None],
) -> None:
    """Serve until Ctrl+C or SIGTERM; the visitors' user DBs live in a private temp dir, removed after."""
    configure_logging()
    visitors = Path(tempfile.mkdtemp(prefix="factscope-visitors-"))  # 0700
    server = SafeServer(
        session_command(db_path, visitors, keymap),
        host=host,
        port=port,
        max_sessions=max_sessions,
        idle_timeout=idle_timeout,
        allowed_origins=allowed_origins,
    )

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        await server.run(lambda bound: announce(page_url(host, bound, server.token)), stop)

    try:
        asyncio.run(main())
    finally:
        shutil.rmtree(visitors, ignore_errors=True)
