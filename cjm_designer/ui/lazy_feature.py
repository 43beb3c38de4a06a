"""A window feature made the first time it is used, not before the window's first paint.

The workshop room, the plan and the snapshot tools each cost their imports and their
docks at start-up (issue 19: the example must open within 1.25x of the stock-Qt copy of
the same window). Their menu entries exist from the start (texts, shortcuts); the
feature behind them is built when an entry is used, when a saved layout shows one of
its panels, or when code asks the window for one of its parts (``window.room.session``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class LazyFeature:
    """Stands in for the feature ``build`` makes; any attribute read builds it."""

    def __init__(self, build: Callable[[], Any]):
        self._build = build
        self._feature: Any = None

    @property
    def built(self) -> bool:
        return self._feature is not None

    def get(self) -> Any:
        """The feature, made now if it was not yet."""
        if self._feature is None:
            self._feature = self._build()
        return self._feature

    def __getattr__(self, name: str) -> Any:
        # Only for names the stand-in lacks: the feature's own parts.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.get(), name)
