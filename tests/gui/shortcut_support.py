"""Which shortcuts of a main window more than one action claims (shared by two tests)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def shared_shortcuts(window) -> dict[str, list[str]]:
    """Each key sequence two or more of the window's actions answer to, with their names.

    Qt runs none of them then and prints "Ambiguous shortcut overload". Canvas actions
    live on the canvas and the outline, window actions everywhere: a key both claim is
    ambiguous while the canvas has focus, so all actions count together.
    """
    owners: dict[str, list[str]] = {}
    seen: set[int] = set()
    for action in window.findChildren(QAction):
        if id(action) in seen:
            continue
        seen.add(id(action))
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            owners.setdefault(key, []).append(action.text().replace("&", ""))
    return {key: names for key, names in owners.items() if key and len(names) > 1}
