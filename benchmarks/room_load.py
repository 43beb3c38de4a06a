"""Load on the workshop room: simulated phones post notes, vote and rate on loopback.

    .venv/bin/python benchmarks/room_load.py                 # 60 phones for 60 s
    .venv/bin/python benchmarks/room_load.py --kill-at 20    # and a kill -9 at 20 s

The server is the real ``cjm-designer room`` process (fsync on every write), on a copy
of the example map in a temporary folder. Each phone joins, keeps a live-update stream
open like the page does, and loops: write a note, give or take a dot, rate a stage,
with a think time of 0.3-1.5 s (several times faster than people tap). With
``--kill-at`` the server is killed with SIGKILL mid-load and started again on the same
port from its journal; phones retry until it answers. At the end every note that got a
201 must be in the journal: the run fails (exit 1) otherwise. Bounded: it stops itself
after ``--seconds`` (plus at most 30 s to drain), and always stops the server.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cjm_designer.resources import example_map_path  # noqa: E402
from cjm_designer.room.journal import journal_path_for  # noqa: E402
from cjm_designer.room.server import KEY_HEADER  # noqa: E402
from cjm_designer.room.state import RoomState  # noqa: E402


def start_server(map_path: Path, port: int) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "cjm_designer", "room", str(map_path), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    url = process.stdout.readline().strip()
    if not url.startswith("http://"):
        process.kill()
        raise SystemExit("the room server did not start")
    return process, url


class Load:
    def __init__(self, url: str, seconds: float):
        self.url = url
        self.deadline = time.monotonic() + seconds
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.status: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        self.accepted: dict[str, str] = {}  # note id -> text, for every 201
        self.failures = 0  # connection errors (the server was down)

    async def call(self, session, kind: str, method: str, path: str, body=None, key=None):
        headers = {KEY_HEADER: key} if key else {}
        started = time.perf_counter()
        try:
            async with session.request(
                method,
                self.url + path,
                json=body,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=10),
            ) as response:
                data = await response.json(content_type=None)
                self.latency[kind].append(time.perf_counter() - started)
                self.status[kind][response.status] += 1
                return response.status, data
        except (TimeoutError, aiohttp.ClientError):
            self.failures += 1
            await asyncio.sleep(0.2)
            return None, None

    async def stream(self, session):
        """A live-update stream, as each phone's page keeps; reopened when cut."""
        while time.monotonic() < self.deadline:
            try:
                async with session.get(self.url + "api/events") as response:
                    async for _line in response.content:
                        if time.monotonic() >= self.deadline:
                            return
            except (TimeoutError, aiohttp.ClientError):
                await asyncio.sleep(0.5)

    async def phone(self, number: int, rng: random.Random):
        async with aiohttp.ClientSession() as session:
            status, data = None, None
            while status != 201 and time.monotonic() < self.deadline:
                status, data = await self.call(
                    session, "join", "POST", "api/join", {"name": f"P{number}"}
                )
            if status != 201:
                return
            key = data["key"]
            stages = [s["id"] for s in data["room"]["stages"]]
            cards = [c["id"] for c in data["room"]["cards"]]
            stream = asyncio.create_task(self.stream(session))
            mine: dict[str, int] = {}
            count = 0
            while time.monotonic() < self.deadline:
                action = rng.random()
                if action < 0.4:
                    count += 1
                    text = (
                        f"phone {number} note {count} «{rng.choice(['очередь', 'hinta', 'price'])}»"
                    )
                    body = {
                        "stage": rng.choice(stages),
                        "kind": rng.choice(["pain", "idea", "question", "thought"]),
                        "text": text,
                    }
                    status, data = await self.call(session, "note", "POST", "api/notes", body, key)
                    if status == 201:
                        self.accepted[data["note"]["id"]] = text
                elif action < 0.8:
                    card = rng.choice(cards)
                    delta = -1 if mine.get(card) and rng.random() < 0.4 else 1
                    status, data = await self.call(
                        session, "vote", "POST", "api/votes", {"card": card, "delta": delta}, key
                    )
                    if status == 200:
                        mine = data["votes"]
                else:
                    body = {"stage": rng.choice(stages), "score": rng.randint(1, 5)}
                    await self.call(session, "rate", "POST", "api/emotions", body, key)
                if rng.random() < 0.2:
                    await self.call(session, "state", "GET", "api/state", key=key)
                await asyncio.sleep(rng.uniform(0.3, 1.5))
            stream.cancel()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


async def run(args) -> int:
    folder = Path(tempfile.mkdtemp(prefix="cjm-room-load-"))
    map_path = folder / "workshop.cjm.yaml"
    shutil.copy(example_map_path(), map_path)
    process, url = start_server(map_path, 0)
    port = int(url.split(":")[2].split("/")[0])
    load = Load(url, args.seconds)
    rng = random.Random(args.seed)
    phones = [
        asyncio.create_task(load.phone(n, random.Random(rng.random()))) for n in range(args.phones)
    ]
    killed_at = restarted_after = None
    try:
        if args.kill_at is not None:
            await asyncio.sleep(args.kill_at)
            process.send_signal(signal.SIGKILL)
            process.wait()
            killed_at = time.monotonic()
            # Started on a thread, so the phones keep knocking (and failing) meanwhile.
            process, again = await asyncio.to_thread(start_server, map_path, port)
            restarted_after = time.monotonic() - killed_at
            assert again == url, "the room came back under another address"
        await asyncio.wait_for(asyncio.gather(*phones), args.seconds + 30)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
    journal = RoomState.create(journal_path_for(map_path), durable=False)
    stored = {note.id: note.text for note in journal.notes_list()}
    missing = {k: v for k, v in load.accepted.items() if stored.get(k) != v}
    total = sum(len(v) for v in load.latency.values())
    everything = [x for v in load.latency.values() for x in v]
    print(f"{args.phones} phones for {args.seconds:.0f} s on loopback, fsync on every write")
    print(
        f"requests answered: {total} ({total / args.seconds:.0f}/s); connection failures: {load.failures}"
    )
    print("kind   count   p50 ms   p95 ms   p99 ms   statuses")
    for kind, values in sorted(load.latency.items()):
        codes = ", ".join(f"{c}: {n}" for c, n in sorted(load.status[kind].items()))
        print(
            f"{kind:6} {len(values):6} {percentile(values, 0.5) * 1000:8.1f} "
            f"{percentile(values, 0.95) * 1000:8.1f} {percentile(values, 0.99) * 1000:8.1f}   {codes}"
        )
    print(
        f"all    {total:6} {percentile(everything, 0.5) * 1000:8.1f} "
        f"{percentile(everything, 0.95) * 1000:8.1f} {percentile(everything, 0.99) * 1000:8.1f}"
    )
    if killed_at is not None:
        print(
            f"kill -9 at {args.kill_at:.0f} s; the server answered again after {restarted_after:.2f} s"
        )
    print(
        f"notes accepted (201): {len(load.accepted)}; in the journal: {len(stored)}; missing: {len(missing)}"
    )
    print(
        f"median of request time: {statistics.median(everything) * 1000:.1f} ms"
        if everything
        else ""
    )
    shutil.rmtree(folder, ignore_errors=True)
    return 1 if missing or not load.accepted else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--phones", type=int, default=60)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--kill-at", type=float, default=None, metavar="S")
    parser.add_argument("--seed", type=int, default=23)
    return asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
