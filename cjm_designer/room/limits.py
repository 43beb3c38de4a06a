"""Budgets that keep one phone (or one script) from flooding the room or the laptop.

Every number is a field of :class:`Limits` so the headless command, the editor and the
tests share one definition; ``docs/room.md`` lists the defaults.
"""

from __future__ import annotations

import time

from cjm_designer.model.records import Record, record


@record
class Limits(Record):
    max_body: int = 4096
    """Bytes of one request body; larger gets 413."""
    max_text: int = 500
    """Characters of a note's text; longer gets 413."""
    max_name: int = 40
    """Characters of a participant's display name (cut, not refused)."""
    max_participants: int = 150
    """People in one room; the next join gets 429."""
    max_notes_per_participant: int = 60
    max_notes: int = 3000
    """Notes in the whole room, so the journal and the inbox stay bounded."""
    burst: int = 12
    """Write requests one participant may send at once ..."""
    refill_per_second: float = 1.0
    """... and how fast that allowance comes back; beyond it, 429 with Retry-After."""
    joins_burst: int = 20
    """Joins one network address may make at once (phones on the room's Wi-Fi each have
    their own; the laptop itself, on loopback, is not limited) ..."""
    joins_per_second: float = 0.5
    max_streams: int = 300
    """Open live-update streams (server-sent events) in the whole room."""
    default_votes: int = 5
    """Dots each participant gets unless the consultant sets another budget."""


class TokenBucket:
    """A classic token bucket: ``take()`` is False when the budget is spent."""

    __slots__ = ("capacity", "refill", "stamp", "tokens")

    def __init__(self, capacity: float, refill: float, now: float | None = None):
        self.capacity = float(capacity)
        self.refill = float(refill)
        self.tokens = float(capacity)
        self.stamp = time.monotonic() if now is None else now

    def take(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.refill)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False

    def wait_seconds(self) -> int:
        """Whole seconds until the next request would pass (for Retry-After)."""
        if self.refill <= 0:
            return 60
        missing = max(0.0, 1.0 - self.tokens)
        return max(1, int(missing / self.refill + 0.999))
