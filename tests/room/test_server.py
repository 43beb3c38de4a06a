"""The room's HTTP API through aiohttp's test client: the happy path and every refusal."""

from __future__ import annotations

import asyncio
import json

import pytest

from cjm_designer.room.limits import Limits
from cjm_designer.room.server import CSP, KEY_HEADER, load_assets

from .conftest import join, room_client, run


def _stage(journey, index=0):
    return journey.stages[index].id


def test_page_is_served_in_the_maps_language_with_a_strict_policy(state, journey):
    async def go():
        async with room_client(state) as client:
            response = await client.get(f"/{state.token}/")
            text = await response.text()
            assert response.status == 200
            assert response.headers["Content-Security-Policy"] == CSP
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            assert response.headers["Referrer-Policy"] == "no-referrer"
            assert f'<html lang="{journey.language}">' in text
            assert "http" not in text.lower().replace("http-equiv", "")  # nothing external
            for asset in ("app.js", "style.css", "strings.json"):
                response = await client.get(f"/{state.token}/static/{asset}")
                assert response.status == 200
                body = await response.text()
                assert "http://" not in body and "https://" not in body
            redirect = await client.get(f"/{state.token}", allow_redirects=False)
            assert redirect.status == 302
            assert redirect.headers["Location"] == f"/{state.token}/"

    run(go())


def test_a_participant_adds_a_note_votes_and_rates(state, journey):
    stage = _stage(journey)
    card = journey.touchpoints_in(stage)[0].id

    async def go():
        async with room_client(state) as client:
            key = await join(client, state, "Ann")
            headers = {KEY_HEADER: key}
            base = f"/{state.token}/api"
            response = await client.post(
                f"{base}/notes",
                json={"stage": stage, "kind": "pain", "text": "  Queue at the till  "},
                headers=headers,
            )
            assert response.status == 201
            note = (await response.json())["note"]
            assert note["text"] == "Queue at the till" and note["status"] == "pending"
            response = await client.post(
                f"{base}/votes", json={"card": card, "delta": 1}, headers=headers
            )
            assert (await response.json()) == {"votes": {card: 1}, "votes_left": 4}
            response = await client.post(
                f"{base}/emotions", json={"stage": stage, "score": 2}, headers=headers
            )
            assert (await response.json()) == {"ratings": {stage: 2}}
            mine = await (await client.get(f"{base}/state", headers=headers)).json()
            assert [n["text"] for n in mine["me"]["notes"]] == ["Queue at the till"]
            assert mine["me"]["votes"] == {card: 1}
            assert mine["room"]["stages"][0]["id"] == stage
            response = await client.delete(f"{base}/notes/{note['id']}", headers=headers)
            assert (await response.json())["note"]["status"] == "withdrawn"

    run(go())
    assert state.tally() == {card: 1}
    assert state.curve() == {stage: (2.0, 1)}
    assert [n.status for n in state.notes_list()] == ["withdrawn"]


def test_wrong_or_missing_token_gets_an_empty_404(state):
    async def go():
        async with room_client(state) as client:
            wrong = state.token[:-1] + ("A" if state.token[-1] != "A" else "B")
            for path in (
                "/",
                f"/{wrong}/",
                f"/{wrong}/api/state",
                f"/{state.token.upper()}/",
                "/api/state",
                f"/{state.token}x/",
                f"/x{state.token}/api/join",
            ):
                response = await client.get(path)
                assert response.status == 404, path
                assert await response.read() == b"", path
            response = await client.post(f"/{wrong}/api/join", json={"name": "x"})
            assert response.status == 404
            assert await response.read() == b""

    run(go())
    assert state.participants == {}


def test_static_route_serves_only_the_pages_own_files(state):
    attempts = [
        "../../../../etc/passwd",
        "..%2f..%2f..%2fetc%2fpasswd",
        "%2e%2e/%2e%2e/etc/passwd",
        "..\\..\\pyproject.toml",
        "index.html/../../../../etc/passwd",
        "/etc/passwd",
        "app.js%00.png",
        "strings.json/..",
        "..",
        "",
        "server.py",
        "../../cjm_designer/room/server.py",
    ]

    allowed = set(load_assets().values())

    async def go():
        async with room_client(state) as client:
            for attempt in attempts:
                # Through the client (which normalizes "..") ...
                response = await client.get(f"/{state.token}/static/{attempt}")
                body = await response.read()
                assert response.status == 404 or _is_own_page(body, allowed), attempt
                # ... and raw, exactly as a hostile client would send the bytes.
                status, body = await _raw_get(client, f"/{state.token}/static/{attempt}")
                assert status == 404 or _is_own_page(body, allowed), attempt
                assert b"root:" not in body and b"import " not in body, attempt

    run(go())


def _is_own_page(body: bytes, allowed: set[bytes]) -> bool:
    return body in allowed or body.startswith(b"<!DOCTYPE html>\n<html lang=")


async def _raw_get(client, path: str) -> tuple[int, bytes]:
    reader, writer = await asyncio.open_connection(client.host, client.port)
    raw_path = path.replace(" ", "%20").replace("\\", "%5C")
    writer.write(f"GET {raw_path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    data = await reader.read()
    writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), body


def test_changing_requests_need_a_joined_participant(state, journey):
    stage = _stage(journey)

    async def go():
        async with room_client(state) as client:
            for key in (None, "", "made-up-key"):
                headers = {KEY_HEADER: key} if key is not None else {}
                response = await client.post(
                    f"/{state.token}/api/notes",
                    json={"stage": stage, "kind": "idea", "text": "x"},
                    headers=headers,
                )
                assert response.status == 403
                assert (await response.json())["error"] == "no_participant"

    run(go())
    assert state.notes == {}


def test_a_participant_changes_only_their_own_notes(state, journey):
    stage = _stage(journey)

    async def go():
        async with room_client(state) as client:
            ann, bob = await join(client, state, "Ann"), await join(client, state, "Bob")
            response = await client.post(
                f"/{state.token}/api/notes",
                json={"stage": stage, "kind": "idea", "text": "Ann's idea"},
                headers={KEY_HEADER: ann},
            )
            note = (await response.json())["note"]["id"]
            response = await client.delete(
                f"/{state.token}/api/notes/{note}", headers={KEY_HEADER: bob}
            )
            assert response.status == 404
            bobs = await (
                await client.get(f"/{state.token}/api/state", headers={KEY_HEADER: bob})
            ).json()
            assert bobs["me"]["notes"] == []
            # Fields a participant might try to smuggle in are ignored.
            response = await client.post(
                f"/{state.token}/api/notes",
                json={
                    "stage": stage,
                    "kind": "idea",
                    "text": "x",
                    "status": "accepted",
                    "id": note,
                    "participant": "p1",
                },
                headers={KEY_HEADER: bob},
            )
            created = (await response.json())["note"]
            assert created["status"] == "pending" and created["id"] != note

    run(go())
    assert state.notes["n1"].text == "Ann's idea"
    assert state.notes["n1"].status == "pending"


def test_sizes_are_held_with_413(state, journey):
    stage = _stage(journey)

    async def go():
        async with room_client(state) as client:
            key = await join(client, state)
            headers = {KEY_HEADER: key}
            url = f"/{state.token}/api/notes"
            too_long = {"stage": stage, "kind": "pain", "text": "x" * 501}
            response = await client.post(url, json=too_long, headers=headers)
            assert response.status == 413
            assert (await response.json())["error"] == "too_long"
            body = json.dumps(
                {"stage": stage, "kind": "pain", "text": "y" * 400, "pad": "z" * 5000}
            )
            response = await client.post(
                url, data=body, headers={**headers, "Content-Type": "application/json"}
            )
            assert response.status == 413

            async def chunks():
                for _ in range(20):
                    yield b" " * 1024

            response = await client.post(
                url, data=chunks(), headers={**headers, "Content-Type": "application/json"}
            )
            assert response.status == 413
            exactly = {"stage": stage, "kind": "pain", "text": "я" * 500}
            response = await client.post(url, json=exactly, headers=headers)
            assert response.status == 201

    run(go())
    assert [len(n.text) for n in state.notes_list()] == [500]


def test_malformed_requests_get_400_or_415(make_state, journey):
    state = make_state(Limits(burst=100))
    stage = _stage(journey)

    async def go():
        async with room_client(state) as client:
            key = await join(client, state)
            headers = {KEY_HEADER: key}
            url = f"/{state.token}/api/notes"
            cases = [
                ({"data": "stage=x", "headers": {"Content-Type": "text/plain"}}, 415),
                (
                    {
                        "data": "stage=x&text=y",
                        "headers": {"Content-Type": "application/x-www-form-urlencoded"},
                    },
                    415,
                ),
                ({"data": "{not json", "headers": {"Content-Type": "application/json"}}, 400),
                ({"data": b"\xff\xfe", "headers": {"Content-Type": "application/json"}}, 400),
                ({"json": ["a", "list"]}, 400),
                ({"json": {"stage": stage, "kind": "rant", "text": "x"}}, 400),
                ({"json": {"stage": "nope", "kind": "pain", "text": "x"}}, 400),
                ({"json": {"stage": stage, "kind": "pain", "text": 42}}, 400),
                ({"json": {"stage": stage, "kind": "pain", "text": "   "}}, 400),
                ({"json": {"stage": stage, "kind": "pain", "text": "x", "lane": "nope"}}, 400),
            ]
            for kwargs, status in cases:
                extra = kwargs.pop("headers", {})
                response = await client.post(url, headers={**headers, **extra}, **kwargs)
                assert response.status == status, (kwargs, await response.text())
            vote = f"/{state.token}/api/votes"
            for body in ({"card": "nope"}, {"card": "x", "delta": 5}, {"delta": True}):
                assert (await client.post(vote, json=body, headers=headers)).status == 400
            rate = f"/{state.token}/api/emotions"
            for score in (0, 6, 2.5, "3", True, None):
                response = await client.post(
                    rate, json={"stage": stage, "score": score}, headers=headers
                )
                assert response.status == 400, score

    run(go())
    assert state.notes == {}


def test_flooding_is_answered_with_429_and_retry_after(make_state, journey):
    state = make_state(Limits(burst=5, refill_per_second=0.01))
    stage = _stage(journey)

    async def go():
        async with room_client(state) as client:
            key = await join(client, state)
            statuses = []
            for number in range(12):
                response = await client.post(
                    f"/{state.token}/api/notes",
                    json={"stage": stage, "kind": "idea", "text": f"idea {number}"},
                    headers={KEY_HEADER: key},
                )
                statuses.append(response.status)
                if response.status == 429:
                    assert int(response.headers["Retry-After"]) >= 1
                    assert (await response.json())["error"] == "rate"
            assert statuses == [201] * 5 + [429] * 7
            # Another participant still gets through: the budget is per person.
            other = await join(client, state, "Bob")
            response = await client.post(
                f"/{state.token}/api/notes",
                json={"stage": stage, "kind": "idea", "text": "mine"},
                headers={KEY_HEADER: other},
            )
            assert response.status == 201

    run(go())
    assert len(state.notes) == 6


def test_the_room_and_each_persons_notes_are_bounded(make_state, journey):
    state = make_state(Limits(max_participants=3, max_notes_per_participant=2))
    stage = _stage(journey)

    async def go():
        async with room_client(state) as client:
            keys = [await join(client, state, f"P{n}") for n in range(3)]
            response = await client.post(f"/{state.token}/api/join", json={"name": "late"})
            assert response.status == 429
            assert (await response.json())["error"] == "room_full"
            codes = []
            for number in range(3):
                response = await client.post(
                    f"/{state.token}/api/notes",
                    json={"stage": stage, "kind": "idea", "text": f"n{number}"},
                    headers={KEY_HEADER: keys[0]},
                )
                codes.append(response.status)
            assert codes == [201, 201, 429]

    run(go())


def test_votes_keep_to_the_budget(state, journey):
    cards = [card.id for card in journey.touchpoints[:3]]
    state.set_vote_budget(2)

    async def go():
        async with room_client(state) as client:
            key = await join(client, state)
            url = f"/{state.token}/api/votes"
            headers = {KEY_HEADER: key}
            assert (await client.post(url, json={"card": cards[0]}, headers=headers)).status == 200
            assert (await client.post(url, json={"card": cards[0]}, headers=headers)).status == 200
            response = await client.post(url, json={"card": cards[1]}, headers=headers)
            assert response.status == 409
            assert (await response.json())["error"] == "no_dots"
            response = await client.post(url, json={"card": cards[2], "delta": -1}, headers=headers)
            assert response.status == 409
            response = await client.post(url, json={"card": cards[0], "delta": -1}, headers=headers)
            assert (await response.json())["votes_left"] == 1

    run(go())
    assert state.tally() == {cards[0]: 1}


def test_script_and_markup_are_kept_as_plain_text(state, journey):
    hostile = [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "{{LANG}} ${x} `id`",
        "javascript:alert(1)",
        "<b>bold</b>\u0000\u0007 & &amp; ' \"",
        "\u202eevil\u200b",
    ]
    stage = _stage(journey)

    async def go():
        async with room_client(state) as client:
            key = await join(client, state, "<i>Mallory</i>")
            for text in hostile:
                response = await client.post(
                    f"/{state.token}/api/notes",
                    json={"stage": stage, "kind": "thought", "text": text},
                    headers={KEY_HEADER: key},
                )
                assert response.status == 201
                assert response.headers["Content-Type"].startswith("application/json")
            page = await (await client.get(f"/{state.token}/")).text()
            assert "alert" not in page and "Mallory" not in page

    run(go())
    texts = [n.text for n in state.notes_list()]
    assert texts[0] == "<script>alert(1)</script>"
    assert "\u0000" not in texts[4] and "\u0007" not in texts[4]
    assert state.participants["p1"].name == "<i>Mallory</i>"


def test_live_events_announce_the_presented_stage(state, journey):
    stage = journey.stages[2].id

    async def go():
        async with room_client(state) as client:
            response = await client.get(f"/{state.token}/api/events")
            assert response.headers["Content-Type"] == "text/event-stream"
            first = await asyncio.wait_for(response.content.readline(), 5)
            assert first.startswith(b"data: ")
            await response.content.readline()
            state.set_current_stage(stage)
            line = await asyncio.wait_for(response.content.readline(), 5)
            assert json.loads(line[len(b"data: ") :])["current_stage"] == stage
            response.close()

    run(go())


def test_the_server_listens_on_the_chosen_address_only_while_open(state):
    import socket
    import sys

    from cjm_designer.room.server import RoomServer

    server = RoomServer(state, "127.0.0.1", 0)
    url = server.start()
    port = server.port
    try:
        assert url == f"http://127.0.0.1:{port}/{state.token}/"
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass
        if sys.platform.startswith("linux"):  # all of 127/8 reaches this machine on Linux
            with pytest.raises(OSError):
                socket.create_connection(("127.0.0.2", port), timeout=5).close()
    finally:
        server.stop()
    assert not server.running
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()


def test_a_taken_port_is_a_clear_oserror(state):
    import socket

    from cjm_designer.room.server import RoomServer

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(OSError):
            RoomServer(state, "127.0.0.1", port).start()
