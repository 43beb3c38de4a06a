"""Bundled fallback fonts for Thai, Devanagari, Korean, CJK, emoji, Hebrew and Arabic.

The PDF draws these scripts with the fonts in resources/fonts; a laptop without such
system fonts showed them as empty boxes in the editor. Registering all seven files would
cost start-up time (the CJK one alone is 4 MB), so a file is registered only when a map's
text needs it: the scene scans a map once when it opens and the text of each edit. Each
registered family becomes a substitute of the window's font, so Qt's font fallback finds
it on every platform, in the canvas and in every panel.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from cjm_designer.fonts import fallback_files_for
from cjm_designer.resources import resource_path

from .calm_theme import load_fonts

_registered: dict[str, str] = {}
"""File name -> family registered from it ("" when Qt could not load the file)."""
generation = 0
"""Goes up with every registration: text measured under an older one is stale."""


def registered_families() -> list[str]:
    return [family for family in _registered.values() if family]


_FIELDS: dict[type, tuple[str, ...]] = {}
_SCALARS = (int, float, bool, type(None))


def strings_in(value: object) -> list[str]:
    """Every string inside a model value: entities (dataclasses), lists, dicts."""
    found: list[str] = []
    _collect(value, found)
    return found


def _collect(value: object, found: list[str]) -> None:
    kind = type(value)
    if kind is str:
        found.append(value)  # type: ignore[arg-type]
        return
    if kind in _SCALARS:
        return
    names = _FIELDS.get(kind)
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS[kind] = tuple(field.name for field in dataclasses.fields(value))
    if names is not None:
        for name in names:
            _collect(getattr(value, name), found)
    elif isinstance(value, dict):
        for key, item in value.items():
            _collect(key, found)
            _collect(item, found)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _collect(item, found)
    elif isinstance(value, str):  # an enum with string values, a str subclass
        found.append(str(value))


def map_strings(journey) -> list[str]:
    """The text of a whole map: its fields and every entity."""
    from cjm_designer.model.journey_map import MAP_FIELDS

    found: list[str] = []
    for name in MAP_FIELDS:
        _collect(getattr(journey, name, None), found)
    for _kind, entity in journey.all_entities():
        _collect(entity, found)
    return found


class TypedScripts(QObject):
    """Application filter: a typed, composed or pasted character of a script the window's
    font lacks registers its bundled font *before* the field lays the text out.
    A field that laid it out first kept drawing boxes (Thai in Properties) until its text
    was set again, after the edit reached the map."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            text = event.text()  # type: ignore[attr-defined]
            if text and not text.isascii():
                ensure_fonts_for([text])
            elif event.matches(QKeySequence.StandardKey.Paste):  # type: ignore[attr-defined]
                ensure_fonts_for([QGuiApplication.clipboard().text()])
        elif kind == QEvent.Type.InputMethod:
            composed = event.commitString() + event.preeditString()  # type: ignore[attr-defined]
            if composed:
                ensure_fonts_for([composed])
        elif kind == QEvent.Type.ContextMenu and _text_field(watched):
            # The field's menu has Paste, which inserts with no key press (the field reads
            # the clipboard for that menu anyway).
            ensure_fonts_for([QGuiApplication.clipboard().text()])
        return False


def _text_field(watched: QObject) -> bool:
    """A line or text field, or the viewport a text edit takes its mouse events on
    (class names, not classes: importing those would build their enums at start-up)."""
    if watched.inherits("QLineEdit"):
        return True
    parent = watched.parent()
    return parent is not None and (
        parent.inherits("QTextEdit") or parent.inherits("QPlainTextEdit")
    )


def install_typed_scripts(app: QCoreApplication | None = None) -> TypedScripts | None:
    """One :class:`TypedScripts` filter on the running application."""
    app = app or QCoreApplication.instance()
    if app is None:
        return None
    existing = app.findChild(TypedScripts, "typedScripts")
    if existing is not None:
        return existing
    typed = TypedScripts(app)
    typed.setObjectName("typedScripts")
    app.installEventFilter(typed)
    return typed


def ensure_fonts_for(strings: Iterable[str]) -> bool:
    """Register the fallback fonts these strings need and were not registered yet; True
    if any was (text measured before then is stale, and every widget is repainted)."""
    text = "\n".join(strings)
    wanted = [name for name in fallback_files_for(text) if name not in _registered]
    if not wanted:
        return False
    global generation
    generation += 1
    for name in wanted:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _registered[name] = families[0] if families else ""
    family = load_fonts()
    known = set(QFont.substitutes(family))
    QFont.insertSubstitutions(family, [f for f in registered_families() if f not in known])
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            widget.update()
    return True
