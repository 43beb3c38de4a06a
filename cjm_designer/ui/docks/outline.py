"""The Outline dock: the map as a tree (stages with their cards, channels, personas,
scenarios, transitions). Clicking selects on the canvas; canvas selection is mirrored.

The tree is rebuilt on structural changes and relabelled in place on renames, so
typing a stage name in the Properties dock does not collapse or scroll the tree.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QTreeWidget, QTreeWidgetItem, QWidget

from cjm_designer.messages import percent
from cjm_designer.model import EntityChanged, Kind, MapFieldChanged, Touchpoint, Transition

from ..controller import DocumentController

ID_ROLE = Qt.ItemDataRole.UserRole


class OutlineDock(QDockWidget):
    """A tree of everything in the map that selects what the user clicks."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("outlineDock")
        self.setWindowTitle(self.tr("Outline"))
        self.controller = controller
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        self.setWidget(self.tree)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.tree.itemSelectionChanged.connect(self._select_in_document)
        controller.documentReplaced.connect(self.rebuild)
        controller.mapChanged.connect(self._on_map_changed)
        controller.selectionChanged.connect(self._follow_selection)
        self.rebuild()

    def _on_map_changed(self, event: object) -> None:
        if isinstance(event, MapFieldChanged):
            return
        if isinstance(event, EntityChanged) and self._same_place(event.old, event.new):
            item = self.items.get(event.old.id)
            if item is not None and event.old.id == event.new.id:
                item.setText(0, self._label(event.kind, event.new))
                return
        self.rebuild()

    @staticmethod
    def _same_place(old: object, new: object) -> bool:
        if isinstance(old, Touchpoint) and isinstance(new, Touchpoint):
            return old.stage == new.stage
        if isinstance(old, Transition) and isinstance(new, Transition):
            return (old.source, old.target) == (new.source, new.target)
        return True

    def _label(self, kind: Kind, entity: object) -> str:
        journey = self.controller.journey
        if kind is Kind.TOUCHPOINT:
            channel = journey.get(entity.channel)
            where = f"  ·  {channel.name}" if channel else ""
            return (entity.title or self.tr("(untitled card)")) + where
        if kind is Kind.TRANSITION:
            source = journey.get(entity.source)
            target = journey.get(entity.target) if entity.target else None
            arrow = f"{source.name if source else '?'} → "
            arrow += target.name if target else self.tr("(leaves)")
            if entity.probability is not None:
                arrow += "  " + percent(entity.probability, 0)
            return arrow
        name = getattr(entity, "name", "") or getattr(entity, "label", "")
        return name or entity.id

    def rebuild(self) -> None:
        """Rebuild the whole tree, keeping which groups are expanded."""
        expanded = {
            self.tree.topLevelItem(i).data(0, ID_ROLE)
            for i in range(self.tree.topLevelItemCount())
            if self.tree.topLevelItem(i).isExpanded()
        }
        first_time = not self.items and self.tree.topLevelItemCount() == 0
        journey = self.controller.journey
        blocker = QSignalBlocker(self.tree)
        self.tree.clear()
        self.items = {}
        groups = (
            (Kind.STAGE, self.tr("Stages")),
            (Kind.CHANNEL, self.tr("Channels")),
            (Kind.PERSONA, self.tr("Personas")),
            (Kind.SCENARIO, self.tr("Scenarios")),
            (Kind.TRANSITION, self.tr("Transitions")),
        )
        for kind, title in groups:
            entities = journey.items(kind)
            group = QTreeWidgetItem(self.tree, [f"{title} ({len(entities)})"])
            group.setData(0, ID_ROLE, f"group:{kind.value}")
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for entity in entities:
                item = self._add_item(group, kind, entity)
                if kind is Kind.STAGE:
                    for card in journey.touchpoints_in(entity.id):
                        self._add_item(item, Kind.TOUCHPOINT, card)
                    item.setExpanded(True)
            wanted = kind is Kind.STAGE if first_time else f"group:{kind.value}" in expanded
            group.setExpanded(wanted)
        del blocker
        self._follow_selection(self.controller.selection)

    def _add_item(self, parent: QTreeWidgetItem, kind: Kind, entity: object) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [self._label(kind, entity)])
        item.setData(0, ID_ROLE, entity.id)
        self.items[entity.id] = item
        return item

    def _select_in_document(self) -> None:
        ids = [item.data(0, ID_ROLE) for item in self.tree.selectedItems()]
        self.controller.set_selection([i for i in ids if i in self.controller.journey])

    def _follow_selection(self, ids: list) -> None:
        blocker = QSignalBlocker(self.tree)
        self.tree.clearSelection()
        for entity_id in ids:
            item = self.items.get(entity_id)
            if item is not None:
                item.setSelected(True)
        if ids and ids[0] in self.items:
            self.tree.scrollToItem(self.items[ids[0]])
        del blocker
