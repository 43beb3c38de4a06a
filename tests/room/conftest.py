"""Shared pieces of the room tests: the example map, a room on it, an in-process client."""

from __future__ import annotations

import asyncio
import contextlib

import pytest
from aiohttp.test_utils import TestClient, TestServer

from cjm_designer.io.yaml_format import read_map
from cjm_designer.resources import example_map_path
from cjm_designer.room.limits import Limits
from cjm_designer.room.server import build_app
from cjm_designer.room.state import RoomState
from cjm_designer.room.view import map_view


@pytest.fixture
def journey():
    return read_map(example_map_path()).map


@pytest.fixture
def journal_path(tmp_path):
    return tmp_path / "workshop.cjm.room.jsonl"


@pytest.fixture
def make_state(journey, journal_path):
    def make(limits: Limits | None = None) -> RoomState:
        state, problems = RoomState.open(journal_path, limits=limits, durable=False)
        assert problems == []
        state.set_view(map_view(journey))
        return state

    return make


@pytest.fixture
def state(make_state):
    return make_state()


@contextlib.asynccontextmanager
async def room_client(state: RoomState):
    async with TestClient(TestServer(build_app(state))) as client:
        yield client


def run(coroutine):
    """The tests drive aiohttp's client from plain pytest functions."""
    return asyncio.run(coroutine)


async def join(client, state: RoomState, name: str = "Ann") -> str:
    response = await client.post(f"/{state.token}/api/join", json={"name": name})
    assert response.status == 201, await response.text()
    return (await response.json())["key"]
