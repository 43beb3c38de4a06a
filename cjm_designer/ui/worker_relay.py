"""Report from worker threads back to the GUI thread, safely after a window has closed.

A worker that emits through a QObject owned by a window crashes the process if the
window (and with it that QObject) is destroyed while the worker still runs: the emit
touches freed memory. So workers report through one relay that lives as long as the
application, and the result is delivered on the GUI thread only to receivers that still
exist (held by weak reference, checked with shiboken).
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from shiboken6 import isValid


class _Relay(QObject):
    delivered = Signal(int, object)  # receiver key, payload


_relay: _Relay | None = None
_receivers: dict[int, weakref.WeakMethod] = {}
_keys = itertools.count(1)


def _the_relay() -> _Relay:
    global _relay
    if _relay is None or not isValid(_relay):
        _relay = _Relay(QCoreApplication.instance())  # created on the GUI thread
        _relay.delivered.connect(_dispatch)
    return _relay


def register(method: Callable[[Any], None]) -> int:
    """Call on the GUI thread with a bound method of a QObject; returns the key workers use."""
    _the_relay()
    key = next(_keys)
    _receivers[key] = weakref.WeakMethod(method)
    return key


def deliver(key: int, payload: Any) -> None:
    """Call from a worker thread: queue ``payload`` for the receiver registered as ``key``."""
    relay = _relay
    if relay is not None:
        relay.delivered.emit(key, payload)


def _dispatch(key: int, payload: Any) -> None:
    reference = _receivers.get(key)
    method = reference() if reference is not None else None
    if method is None:
        _receivers.pop(key, None)
        return
    owner = getattr(method, "__self__", None)
    if isinstance(owner, QObject) and not isValid(owner):
        _receivers.pop(key, None)  # the window closed while the worker ran
        return
    method(payload)
