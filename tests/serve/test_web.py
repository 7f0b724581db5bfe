"""`factscope serve` (the web page) started for real on loopback, probed as a browser and an attacker would.

Without the secret link nothing answers; a websocket from another site's page
is refused; the page names no host, so it works through a port-forward; each
visitor's notes go to a user DB of their own, gone when they leave.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import re
from pathlib import Path

import pytest

from tests.serve.conftest import ServeProcess, isolated_env
from tests.terminal import visible
from tests.waiting import wait_until

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("textual_serve") is None or importlib.util.find_spec("aiohttp") is None,
    reason="textual-serve is not installed: pip install -e '.[serve]'",
)

READY = r"open http://127\.0\.0\.1:(?P<port>\d+)/(?P<token>[A-Za-z0-9_-]+)/ "
OPENED = "Speaker:"  # the selected claim's details: the app is up with its data


def start_web(home: Path, db: Path, *extra: str) -> ServeProcess:
    env = isolated_env(home)
    (home / "tmp").mkdir(exist_ok=True)
    env["TMPDIR"] = str(home / "tmp")  # where the visitors' user DBs go: the test looks at them
    args = ["--db", str(db), "serve", "--host", "127.0.0.1", "--port", "0", *extra]
    served = ServeProcess(args, env, READY)
    served.token = re.search(READY, served.ready_line).group("token")
    return served


@pytest.fixture(scope="module")
def web_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("web-home")


@pytest.fixture(scope="module")
def web(web_home: Path, served_corpus: Path):
    served = start_web(web_home, served_corpus)
    yield served
    served.stop()


def visitor_dbs(home: Path) -> list[Path]:
    return sorted((home / "tmp").glob("factscope-visitors-*/visitor-*/user.json"))


def notes_in(path: Path) -> list[str]:
    return [doc["text"] for doc in json.loads(path.read_text()).get("notes", {}).values()]


class Visitor:
    """One browser tab's websocket: what the page's script would send, and the screen it gets back. Like a page, it
    reads the socket all the time (a reader task): the server pings every few seconds and closes a socket whose
    pings go unanswered, which an unread socket never answers while another visitor's app starts on a loaded
    machine."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.screen = bytearray()
        self._chunks: list[bytes] = []  # the screen as it came, message by message
        self._seen = 0  # the messages a successful wait_for has read past
        self._arrived = asyncio.Event()
        self._closed = False
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        while True:
            message = await self.ws.receive()
            if message.type.name == "BINARY":
                self.screen += message.data
                self._chunks.append(message.data)
            elif message.type.name in ("CLOSE", "CLOSED", "CLOSING", "ERROR"):
                self._closed = True
                self._arrived.set()
                return
            self._arrived.set()

    @classmethod
    async def open(cls, session, base: str, origin: str) -> Visitor:
        ws = await session.ws_connect(f"{base}ws?width=100&height=30", headers={"Origin": origin})
        visitor = cls(ws)
        await ws.send_str(json.dumps(["resize", {"width": 100, "height": 30}]))
        assert await visitor.wait_for(OPENED), visible(bytes(visitor.screen[-3000:]))
        return visitor

    async def type(self, keys: str) -> None:
        await self.ws.send_str(json.dumps(["stdin", keys]))

    async def wait_for(self, text: str, timeout: float = 60.0) -> bool:
        """Whether ``text`` shows in what came after the last text waited for, within ``timeout`` seconds."""
        read, at = bytearray(), self._seen
        try:
            async with asyncio.timeout(timeout):
                while True:
                    while at < len(self._chunks):
                        read += self._chunks[at]
                        at += 1
                        if text in visible(bytes(read)):
                            self._seen = at
                            return True
                    if self._closed:
                        return False
                    self._arrived.clear()
                    if at == len(self._chunks) and not self._closed:
                        await self._arrived.wait()
        except TimeoutError:
            return False

    async def write_note(self, text: str) -> None:
        await self.type("a")  # note.edit on the selected claim, pressed once: never lost, at most late
        assert await self.wait_for("An empty note is deleted", 60), visible(bytes(self.screen[-2000:]))
        await self.type(text)
        assert await self.wait_for(text)
        await self.type("\x13")  # ctrl+s: note.save

    async def close(self) -> None:
        self._reader.cancel()
        await asyncio.gather(self._reader, return_exceptions=True)
        await self.ws.close()


async def test_nothing_answers_without_the_token(web):
    import aiohttp

    root = f"http://127.0.0.1:{web.port}"
    async with aiohttp.ClientSession() as session:
        near_miss = web.token[:-1] + ("A" if web.token[-1] != "A" else "B")  # one character off
        for path in ("/", "/ws", "/static/js/textual.js", f"/{near_miss}/", f"/{web.token}x/ws", f"/{web.token}x/"):
            async with session.get(root + path) as response:
                assert response.status == 404, path
        async with session.get(f"{root}/{web.token}/") as response:
            assert response.status == 200
            page = await response.text()
            assert response.headers["Referrer-Policy"] == "no-referrer"
            assert "connect-src 'self'" in response.headers["Content-Security-Policy"]
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await session.ws_connect(f"{root}/ws", headers={"Origin": root})
        assert refused.value.status == 404
    # the page names no host or port and loads nothing from elsewhere (no font CDN)
    assert "http://" not in page and "https://" not in page and "//fonts" not in page
    assert all(not url.startswith("/") for url in re.findall(r'(?:src|href)="([^"]+)"', page))


async def test_a_foreign_origin_is_refused(web):
    import aiohttp

    base = f"http://127.0.0.1:{web.port}/{web.token}/"
    async with aiohttp.ClientSession() as session:
        for origin in ("http://evil.example", f"http://127.0.0.1:{web.port + 1}", None):
            headers = {"Origin": origin} if origin else {}
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await session.ws_connect(base + "ws", headers=headers)
            assert refused.value.status == 403, origin
    assert web.wait_for_line(r"refused a websocket from .*Origin 'http://evil\.example'", 10)


async def test_two_visitors_notes_do_not_mix(web, web_home):
    import aiohttp

    base = f"http://127.0.0.1:{web.port}/{web.token}/"
    origin = f"http://127.0.0.1:{web.port}"
    async with aiohttp.ClientSession() as session:
        first = await Visitor.open(session, base, origin)
        second = await Visitor.open(session, base, origin)
        try:
            await first.write_note("alpha remark")
            await second.write_note("beta remark")
            await wait_until(
                lambda: (
                    sorted(note for p in visitor_dbs(web_home) for note in notes_in(p))
                    == ["alpha remark", "beta remark"]
                ),
                what="both saves to land",
            )
            found = {str(p): notes_in(p) for p in visitor_dbs(web_home)}
            assert sorted(found.values()) == [["alpha remark"], ["beta remark"]], found  # one each, apart
            for path in visitor_dbs(web_home):
                assert path.stat().st_mode & 0o077 == 0
        finally:
            await first.close()
            await second.close()
    assert not (web_home / "data" / "user.json").exists()  # never the operator's user DB
    await wait_until(
        lambda: not visitor_dbs(web_home), what="the visitors' files to go"
    )  # a visitor's notes leave with them


async def _forward(reader, writer, target_port: int) -> None:
    upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", target_port)

    async def pipe(source, sink) -> None:
        try:
            while data := await source.read(65536):
                sink.write(data)
                await sink.drain()
        except ConnectionError:
            pass
        finally:
            sink.close()

    await asyncio.gather(pipe(reader, upstream_writer), pipe(upstream_reader, writer))


async def test_the_page_works_through_a_port_forward(web):
    """As through `ssh -L 9999:127.0.0.1:8000`: another port, so another origin, and the page still works."""
    import aiohttp

    forward = await asyncio.start_server(lambda r, w: _forward(r, w, web.port), "127.0.0.1", 0)
    port = forward.sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}/{web.token}/"
    try:
        async with aiohttp.ClientSession() as session:
            async with session.get(base) as response:
                assert response.status == 200
            async with session.get(base + "static/js/textual.js") as response:
                assert response.status == 200
            visitor = await Visitor.open(session, base, f"http://127.0.0.1:{port}")
            await visitor.close()
    finally:
        forward.close()


async def test_sessions_are_capped(tmp_path, served_corpus):
    import aiohttp

    served = start_web(tmp_path, served_corpus, "--max-sessions", "1")
    base = f"http://127.0.0.1:{served.port}/{served.token}/"
    origin = f"http://127.0.0.1:{served.port}"
    try:
        async with aiohttp.ClientSession() as session:
            first = await Visitor.open(session, base, origin)
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await session.ws_connect(base + "ws", headers={"Origin": origin})
            assert refused.value.status == 503
            await first.close()
    finally:
        served.stop()


def test_a_wide_bind_warns_what_visitors_can_do():
    from tui.cli.serve import exposure_warning

    assert exposure_warning("127.0.0.1", 8000) is None and exposure_warning("::1", 8000) is None
    warning = exposure_warning("0.0.0.0", 8123)
    assert "0.0.0.0:8123" in warning and "has the link" in warning and "cannot change the corpus" in warning


async def test_an_idle_visitor_is_closed_and_a_typing_one_is_not(tmp_path, served_corpus):
    import aiohttp

    served = start_web(tmp_path, served_corpus, "--idle-timeout", "0.035")  # 2.1 s
    base = f"http://127.0.0.1:{served.port}/{served.token}/"
    origin = f"http://127.0.0.1:{served.port}"
    try:
        async with aiohttp.ClientSession() as session:
            busy, idle = [
                Visitor(await session.ws_connect(f"{base}ws?width=100&height=30", headers={"Origin": origin}))
                for _ in range(2)
            ]
            try:
                for typed in range(180):  # a key each half second, over 5 s (2.4 timeouts) and until the app shows
                    await busy.type("j")
                    assert not await busy.wait_for("without input", 0.5), visible(bytes(busy.screen[-2000:]))
                    if typed >= 10 and OPENED in visible(bytes(busy.screen)):
                        break
                assert OPENED in visible(bytes(busy.screen))  # the app was there, taking the keys
                assert await idle.wait_for("session closed after 0.035 min without input", 60)
                async with asyncio.timeout(30):
                    while (await idle.ws.receive()).type.name not in ("CLOSE", "CLOSED", "CLOSING"):
                        pass
            finally:
                await busy.close()
                await idle.close()
        assert served.wait_for_line(r"web session \d+ from .*: ended after .*: idle timeout", 10)
        assert served.wait_for_line(r"web session \d+ from .*: ended after .*: closed", 30)
        await wait_until(lambda: visitor_dbs(tmp_path) == [], what="both sessions' processes to end and clean up")
    finally:
        served.stop()
