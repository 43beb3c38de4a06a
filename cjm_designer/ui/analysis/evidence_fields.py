"""Evidence fields of a touchpoint in the Properties dock: backed by what, from where.

Kept apart from the dock so the dock's form code stays about layout; each field
reads and writes the card's :class:`Evidence` value (``None`` = not marked).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from cjm_designer.model import Evidence, EvidenceSource, EvidenceStatus, Touchpoint

from ..docks.editors import ComboEditor, LineEditor
from .evidence import source_names


def _status(tp: Touchpoint) -> EvidenceStatus | None:
    return tp.evidence.status if tp.evidence else None


def _with_status(tp: Touchpoint, status: EvidenceStatus | str | None) -> Touchpoint:
    if status is None:
        return replace(tp, evidence=None)
    status = EvidenceStatus(status)  # combo data comes back as plain str
    current = tp.evidence or Evidence()
    source = current.source if status is EvidenceStatus.RESEARCHED else None
    return replace(tp, evidence=replace(current, status=status, source=source))


def _with_source(tp: Touchpoint, source: EvidenceSource | str | None) -> Touchpoint:
    """Naming a source means the card is backed by research."""
    if source is None:
        return (
            tp if tp.evidence is None else replace(tp, evidence=replace(tp.evidence, source=None))
        )
    current = tp.evidence or Evidence()
    source = EvidenceSource(source)  # combo data comes back as plain str
    return replace(tp, evidence=replace(current, status=EvidenceStatus.RESEARCHED, source=source))


def _with_note(tp: Touchpoint, note: str) -> Touchpoint:
    if tp.evidence is None and not note:
        return tp
    return replace(tp, evidence=replace(tp.evidence or Evidence(), note=note))


def add_evidence_fields(dock) -> None:
    """Append the three evidence editors to a PropertiesDock building a touchpoint form."""
    dock._heading(QCoreApplication.translate("Evidence", "Evidence"), "evidence")
    dock._add(
        "evidence.status",
        QCoreApplication.translate("Evidence", "Backed by"),
        ComboEditor(
            [
                (QCoreApplication.translate("Evidence", "not marked"), None),
                (QCoreApplication.translate("Evidence", "research"), EvidenceStatus.RESEARCHED),
                (QCoreApplication.translate("Evidence", "assumption"), EvidenceStatus.ASSUMED),
            ]
        ),
        read=_status,
        write=_with_status,
    )
    sources = [(QCoreApplication.translate("Evidence", "—"), None)] + [
        (name, source) for source, name in source_names().items()
    ]
    dock._add(
        "evidence.source",
        QCoreApplication.translate("Evidence", "Source"),
        ComboEditor(sources),
        read=lambda tp: tp.evidence.source if tp.evidence else None,
        write=_with_source,
    )
    dock._add(
        "evidence.note",
        QCoreApplication.translate("Evidence", "Evidence note"),
        LineEditor(
            placeholder=QCoreApplication.translate("Evidence", "e.g. 12 customer interviews, May")
        ),
        read=lambda tp: tp.evidence.note if tp.evidence else "",
        write=_with_note,
    )
