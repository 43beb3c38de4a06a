"""The room's web server: aiohttp, bound to one chosen address, every route behind the token.

Everything lives under ``/<token>/``; any other path, a wrong token or a missing one
gets an empty 404. Responses carry a strict Content-Security-Policy (the page's own
script and style only), ``nosniff`` and ``no-referrer`` (the token is in the URL). The
page's assets are read once from the bundled ``resources/room/`` into memory, and the
static route serves only those names: no file of the machine is reachable.

:class:`RoomServer` runs the application on a thread of its own (the editor's case);
:func:`serve_until_signal` runs it on the main thread until SIGTERM (the headless
command).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import threading
from collections.abc import Callable

from aiohttp import web

from cjm_designer.messages import Message
from cjm_designer.resources import resource_path

from .state import RoomError, RoomState
from .view import LANGUAGES

KEY_HEADER = "X-Room-Key"
LIVE_EVENTS = {"stage", "view", "budget", "status"}
HEARTBEAT_SECONDS = 15.0
ASSETS = {
    "app.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
    "strings.json": "application/json; charset=utf-8",
}
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
}
STATE_KEY = web.AppKey("room_state", RoomState)
HUB_KEY = web.AppKey("room_hub", object)


def load_assets() -> dict[str, bytes]:
    """The page's bundled files, read once; nothing else is ever served."""
    folder = resource_path("room")
    names = ["index.html", *ASSETS]
    return {name: (folder / name).read_bytes() for name in names}


def url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _bound_port(site: web.TCPSite) -> int:
    """The port a started site listens on (the system's choice when asked for 0)."""
    server = site._server
    sockets = getattr(server, "sockets", None)
    if not sockets:
        raise OSError(0, Message("room.not-listening"))
    return int(sockets[0].getsockname()[1])


class _Hub:
    """Wakes the live-update streams when what everyone sees changes."""

    def __init__(self, state: RoomState, max_streams: int):
        self.state = state
        self.max_streams = max_streams
        self.streams = 0
        self.closing = False
        self.loop: asyncio.AbstractEventLoop | None = None
        self.event = asyncio.Event()
        self._unsubscribe: Callable[[], None] | None = None

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self._unsubscribe = self.state.subscribe(self._changed)

    def detach(self) -> None:
        if self._unsubscribe:
            self._unsubscribe()
        self.closing = True
        self.poke()

    def _changed(self, what: str) -> None:
        if what in LIVE_EVENTS and self.loop is not None and not self.loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop stopped meanwhile
                self.loop.call_soon_threadsafe(self.poke)

    def poke(self) -> None:
        event, self.event = self.event, asyncio.Event()
        event.set()


def _json(data: object, status: int = 200, headers: dict | None = None) -> web.Response:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return web.json_response(text=body, status=status, headers=headers)


def _error(status: int, code: str, message: str, retry_after: int | None = None) -> web.Response:
    headers = {"Retry-After": str(retry_after)} if retry_after else None
    return _json({"error": code, "message": message}, status, headers)


@web.middleware
async def _guard(request: web.Request, handler) -> web.StreamResponse:
    """Room errors as JSON, unknown paths as empty 404s, security headers on everything."""
    try:
        response = await handler(request)
    except RoomError as error:
        response = _error(error.status, error.code, error.message, error.retry_after)
    except web.HTTPRequestEntityTooLarge:
        response = _error(413, "too_large", "The request is too large")
    except (web.HTTPNotFound, web.HTTPMethodNotAllowed, web.HTTPForbidden):
        response = web.Response(status=404)
    for name, value in SECURITY_HEADERS.items():
        if name not in response.headers and not response.prepared:
            response.headers[name] = value
    return response


async def _body(request: web.Request) -> object:
    state = request.app[STATE_KEY]
    if request.content_length is not None and request.content_length > state.limits.max_body:
        raise RoomError(413, "too_large", "The request is too large")
    if request.content_type != "application/json":
        raise RoomError(415, "not_json", "Send JSON (Content-Type: application/json)")
    raw = await request.read()  # client_max_size stops a body without a length, too
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise RoomError(400, "bad_json", "The body is not valid JSON") from None


async def _off_loop(function, *args):
    """Run a state change on a worker thread: its fsync must not stall the other phones."""
    return await asyncio.get_running_loop().run_in_executor(None, function, *args)


def _writer(request: web.Request):
    state = request.app[STATE_KEY]
    participant = state.who(request.headers.get(KEY_HEADER))
    state.allow_write(participant)
    return state, participant


def build_app(state: RoomState) -> web.Application:
    """The aiohttp application of one room (also what the tests' client drives)."""
    limits = state.limits
    app = web.Application(middlewares=[_guard], client_max_size=limits.max_body)
    app[STATE_KEY] = state
    hub = _Hub(state, limits.max_streams)
    app[HUB_KEY] = hub
    assets = load_assets()
    prefix = f"/{state.token}"

    async def started(_app: web.Application) -> None:
        hub.attach(asyncio.get_running_loop())

    async def shutdown(_app: web.Application) -> None:
        hub.detach()

    app.on_startup.append(started)
    app.on_shutdown.append(shutdown)

    async def page(_request: web.Request) -> web.Response:
        language = state.view.get("language", "en")
        language = language if language in LANGUAGES else "en"
        html = assets["index.html"].replace(b"{{LANG}}", language.encode("ascii"))
        return web.Response(body=html, content_type="text/html", charset="utf-8")

    async def asset(request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in ASSETS:
            return web.Response(status=404)
        return web.Response(body=assets[name], headers={"Content-Type": ASSETS[name]})

    async def get_state(request: web.Request) -> web.Response:
        key = request.headers.get(KEY_HEADER)
        participant = state.who(key) if key else None
        return _json(state.participant_state(participant))

    async def join(request: web.Request) -> web.Response:
        payload = await _body(request)
        name = payload.get("name", "") if isinstance(payload, dict) else ""
        participant = await _off_loop(state.join, name, request.remote or "")
        body = state.participant_state(participant)
        body["key"] = participant.key
        return _json(body, 201)

    async def add_note(request: web.Request) -> web.Response:
        state_, participant = _writer(request)
        note = await _off_loop(state_.add_note, participant, await _body(request))
        return _json({"note": note.public()}, 201)

    async def withdraw(request: web.Request) -> web.Response:
        state_, participant = _writer(request)
        note = await _off_loop(state_.withdraw, participant, request.match_info["note"])
        return _json({"note": note.public()})

    async def vote(request: web.Request) -> web.Response:
        state_, participant = _writer(request)
        votes = await _off_loop(state_.vote, participant, await _body(request))
        left = max(0, state_.vote_budget - sum(votes.values()))
        return _json({"votes": votes, "votes_left": left})

    async def rate(request: web.Request) -> web.Response:
        state_, participant = _writer(request)
        ratings = await _off_loop(state_.rate, participant, await _body(request))
        return _json({"ratings": ratings})

    async def events(request: web.Request) -> web.StreamResponse:
        if hub.streams >= hub.max_streams:
            raise RoomError(429, "busy", "Too many live connections; the page polls instead")
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", **SECURITY_HEADERS}
        )
        hub.streams += 1
        try:
            await response.prepare(request)
            sent = -1
            while not hub.closing:
                event = hub.event
                if state.version != sent:
                    sent = state.version
                    data = json.dumps({"version": sent, "current_stage": state.current_stage})
                    await response.write(f"data: {data}\n\n".encode())
                else:
                    await response.write(b": keep-alive\n\n")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), HEARTBEAT_SECONDS)
        except ConnectionResetError:  # the phone went away
            pass
        finally:
            hub.streams -= 1
        return response

    async def to_page(_request: web.Request) -> web.Response:
        return web.Response(status=302, headers={"Location": prefix + "/"})

    app.router.add_get(prefix, to_page)
    app.router.add_get(prefix + "/", page)
    app.router.add_get(prefix + "/static/{name}", asset)
    app.router.add_get(prefix + "/api/state", get_state)
    app.router.add_post(prefix + "/api/join", join)
    app.router.add_post(prefix + "/api/notes", add_note)
    app.router.add_delete(prefix + "/api/notes/{note}", withdraw)
    app.router.add_post(prefix + "/api/votes", vote)
    app.router.add_post(prefix + "/api/emotions", rate)
    app.router.add_get(prefix + "/api/events", events)
    return app


def room_url(host: str, port: int, token: str) -> str:
    return f"http://{url_host(host)}:{port}/{token}/"


class RoomServer:
    """Runs one room's application on a thread of its own, bound to ``host`` only."""

    def __init__(self, state: RoomState, host: str = "127.0.0.1", port: int = 0):
        self.state = state
        self.host = host
        self.port = port
        self.thread: threading.Thread | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def url(self) -> str:
        return room_url(self.host, self.port, self.state.token)

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def start(self, timeout: float = 10.0) -> str:
        """Bind and serve; returns the participants' URL or raises OSError (port taken...)."""
        self.thread = threading.Thread(target=self._run, name="cjm-room", daemon=True)
        self.thread.start()
        if not self._ready.wait(timeout):
            raise OSError(0, Message("room.no-start"))
        if self._error is not None:
            self.thread.join(timeout)
            self.thread = None
            raise self._error
        return self.url

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self.loop = loop
        asyncio.set_event_loop(loop)
        try:
            runner = web.AppRunner(
                build_app(self.state), access_log=None, handle_signals=False, shutdown_timeout=1.0
            )
            loop.run_until_complete(runner.setup())
            site = web.TCPSite(runner, self.host, self.port)
            loop.run_until_complete(site.start())
            self.port = _bound_port(site)  # the port given for 0
            self._runner = runner
        except BaseException as error:
            self._error = error if isinstance(error, OSError) else OSError(str(error))
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(runner.cleanup())
            loop.close()

    def stop(self, timeout: float = 5.0) -> None:
        """Close the listening socket and every connection; the journal stays."""
        loop, thread = self.loop, self.thread
        if loop is None or thread is None or not thread.is_alive():
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)
        self.thread = None


async def _serve(state: RoomState, host: str, port: int, ready: Callable[[str], None]) -> None:
    runner = web.AppRunner(
        build_app(state), access_log=None, handle_signals=False, shutdown_timeout=1.0
    )
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    port = _bound_port(site)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows
            loop.add_signal_handler(number, stop.set)
    ready(room_url(host, port, state.token))
    try:
        await stop.wait()
    finally:
        await runner.cleanup()


def serve_until_signal(
    state: RoomState, host: str, port: int, ready: Callable[[str], None]
) -> None:
    """Serve on the main thread until SIGTERM or Ctrl+C; ``ready(url)`` once bound."""
    asyncio.run(_serve(state, host, port, ready))
