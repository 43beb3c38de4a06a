"""Helpers for export/import tests: answer modal dialogs, read back what was written."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

_GENERATION = [0]


def stop_all_polls() -> None:
    """End every pending ``when_shown`` poll (called after each test)."""
    _GENERATION[0] += 1


def when_shown(kind: type, handle: Callable[[QWidget], None], timeout: float = 20.0) -> list:
    """Run ``handle(widget)`` once a visible top-level ``kind`` appears (modal loops too).

    Returns a list that gets the widget, so a test can assert the dialog was really seen.
    """
    seen: list = []
    deadline = time.monotonic() + timeout
    generation = _GENERATION[0]

    def poll() -> None:
        if generation != _GENERATION[0]:
            return  # the test that asked is over; never act in the next one
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                seen.append(widget)
                handle(widget)
                return
        if time.monotonic() < deadline:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    """Process events until ``condition()`` holds (inside a modal dialog's own loop too)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        QApplication.processEvents()
        time.sleep(0.005)


def non_ascii_map():
    """A small map in Finnish and Russian with actions, for round trips and decks."""
    from cjm_designer.model import Action, Channel, JourneyMap, Kind, Stage, Touchpoint

    journey = JourneyMap(title="Ostajan polku — путь клиента", language="fi", author="Äyräpää")
    journey.extend(
        Kind.STAGE,
        [
            Stage("tietoisuus", "Tietoisuusvaihe", goal="Herätä huomio"),
            Stage("harkinta", "Harkintavaihe", questions=("Mitä muut sanovat?",)),
            Stage("paatos", "Päätösvaihe"),
        ],
    )
    journey.extend(
        Kind.CHANNEL, [Channel("some", "Sosiaalinen media"), Channel("kauppa", "Myymälä")]
    )
    journey.extend(
        Kind.TOUCHPOINT,
        [
            Touchpoint(
                "t1",
                "tietoisuus",
                "some",
                "Блогер советует батончик",
                actions=(
                    Action("Näkee mainoksen", actor="Asiakas"),
                    Action(
                        "Julkaisee videon",
                        actor="Markkinoija",
                        owner="Сергей Ёлкин",
                        tools=("Instagram", "ВКонтакте"),
                        instructions="Kaksi julkaisua viikossa",
                    ),
                ),
            ),
            Touchpoint("t2", "harkinta", "kauppa", "Maistiainen myymälässä"),
            Touchpoint("t3", "paatos", "kauppa", "Ostos kassalla — покупка"),
        ],
    )
    return journey
