"""The workshop room: participants add notes, votes and emotions from their phones.

The consultant's laptop serves a small page on the local network interface the
consultant picks; nothing leaves the room. This package is Qt-free so the same room
runs inside the editor (on a thread of its own) and headless (``cjm-designer room``):

- :mod:`.limits`: the budgets every request is held to (size, rate, counts);
- :mod:`.journal`: the append-only ``MAP.cjm.room.jsonl`` written before each reply;
- :mod:`.state`: the room's notes, votes and ratings, rebuilt from the journal;
- :mod:`.view`: what participants see of the map;
- :mod:`.server`: the aiohttp application and the thread that runs it;
- :mod:`.accept`: the map edits that make room input real entries (undoable in the UI);
- :mod:`.qr`: the QR code the projector shows.
"""
