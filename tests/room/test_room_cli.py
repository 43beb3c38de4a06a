"""``cjm-designer room`` as a real process: URL first, SIGTERM stops it, kill -9 loses nothing."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from cjm_designer.resources import example_map_path
from cjm_designer.room.journal import journal_path_for
from cjm_designer.room.server import KEY_HEADER
from cjm_designer.room.state import RoomState

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _start(map_path, *extra):
    process = subprocess.Popen(
        [sys.executable, "-m", "cjm_designer", "room", str(map_path), "--port", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = process.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), process.stderr.read()
    return process, url


def _post(url, body, key=None):
    headers = {"Content-Type": "application/json"}
    if key:
        headers[KEY_HEADER] = key
    request = urllib.request.Request(url, json.dumps(body).encode(), headers, method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:  # loopback only
        return response.status, json.loads(response.read())


@pytest.fixture
def map_copy(tmp_path):
    target = tmp_path / "workshop.cjm.yaml"
    shutil.copy(example_map_path(), target)
    return target


def test_prints_the_url_first_and_stops_on_sigterm(map_copy):
    process, url = _start(map_copy, "--votes", "3")
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.status == 200
        status, joined = _post(url + "api/join", {"name": "Ann"})
        assert status == 201 and joined["room"]["votes_per_person"] == 3
        token = url.rstrip("/").rsplit("/", 1)[1]
        assert len(token) >= 22  # 128 bits in URL-safe base64
        wrong = url.replace(token, token[::-1])
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(wrong, timeout=10)
        assert refused.value.code == 404
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
    assert map_copy.read_text(encoding="utf-8") == example_map_path().read_text(encoding="utf-8")


def test_refuses_every_interface_and_bad_maps(map_copy, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "cjm_designer", "room", str(map_copy), "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "one address" in result.stderr
    bad = tmp_path / "bad.cjm.yaml"
    bad.write_text("stages: [\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "cjm_designer", "room", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and "bad.cjm.yaml:" in result.stderr
    assert "Traceback" not in result.stderr


def test_kill_9_loses_no_accepted_note(map_copy):
    process, url = _start(map_copy)
    accepted = []
    try:
        _, joined = _post(url + "api/join", {"name": "Ann"})
        key = joined["key"]
        stage = joined["room"]["stages"][0]["id"]
        for number in range(10):
            status, body = _post(
                url + "api/notes",
                {"stage": stage, "kind": "idea", "text": f"idea {number}"},
                key,
            )
            assert status == 201
            accepted.append(body["note"]["id"])
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=15)
    state = RoomState.create(journal_path_for(map_copy), durable=False)
    assert [n.id for n in state.notes_list()] == accepted
    state.close()
    # Served again from the same journal, the old link and the old key still work.
    process, again = _start(map_copy)
    try:
        assert again.split("/")[-2] == url.split("/")[-2]
        request = urllib.request.Request(again + "api/state", headers={KEY_HEADER: key})
        with urllib.request.urlopen(request, timeout=10) as response:
            mine = json.loads(response.read())["me"]["notes"]
        assert [n["text"] for n in mine] == [f"idea {n}" for n in range(10)]
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)
