"""The user's preferences, kept in QSettings, with typed readers that tolerate bad values.

Keys (INI/registry names, documented here because other parts of the editor read them):

=============================  =========================================================
``ui/language``                "" (follow the system), "en", "ru" or "fi"; read at start
``ui/theme``                   "system", "light" or "dark"
``ui/units``                   "mm" or "inch": how paper sizes and margins are shown
``export/defaultPaper``        paper name for new PDF exports ("A4", "A3", "Letter"…)
``reliability/autosaveSeconds`` seconds between autosaves, 0 = off (the autosaver's key)
``canvas/snapToGrid``          bool: stage widths snap to :data:`GRID_STEP` when resized
``canvas/fontSize``            point size of the card text on the canvas (screen only)
``properties/open/KIND/NAME``  bool: a Properties section left open or folded
                               (docks/properties_sections.py), e.g. touchpoints/pains
=============================  =========================================================

Readers never raise: a value edited by hand into nonsense falls back to the default, so a
broken settings file can not stop the editor from starting.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from .reliability import autosave

AUTOSAVE_KEY = autosave.SETTINGS_KEY
LANGUAGE_KEY = "ui/language"
THEME_KEY = "ui/theme"
UNITS_KEY = "ui/units"
PAPER_KEY = "export/defaultPaper"
SNAP_KEY = "canvas/snapToGrid"
FONT_SIZE_KEY = "canvas/fontSize"

LANGUAGES = ("en", "ru", "fi")
THEMES = ("system", "light", "dark")
UNITS = ("mm", "inch")
PAPERS = ("A4", "A3", "A2", "A1", "A0", "Letter", "Legal", "Tabloid")
DEFAULT_PAPER = "A4"
DEFAULT_FONT_SIZE = 12
FONT_SIZES = range(8, 25)
GRID_STEP = 10.0
"""Layout units (points) a stage width snaps to while snapping is on."""
MM_PER_INCH = 25.4


def _settings(settings: QSettings | None) -> QSettings:
    return settings if settings is not None else QSettings()


def _choice(settings: QSettings | None, key: str, allowed: tuple[str, ...], default: str) -> str:
    value = str(_settings(settings).value(key, default) or "").strip()
    return value if value in allowed else default


def language(settings: QSettings | None = None) -> str:
    """The chosen UI language, or "" to follow the system."""
    return _choice(settings, LANGUAGE_KEY, ("", *LANGUAGES), "")


def theme(settings: QSettings | None = None) -> str:
    return _choice(settings, THEME_KEY, THEMES, "system")


def units(settings: QSettings | None = None) -> str:
    """ "mm" or "inch": the PDF export dialog shows sizes in these units."""
    return _choice(settings, UNITS_KEY, UNITS, "mm")


def default_paper(settings: QSettings | None = None) -> str:
    """The paper the PDF export dialog proposes first (a name ``layout.paper`` knows)."""
    return _choice(settings, PAPER_KEY, PAPERS, DEFAULT_PAPER)


def has_default_paper(settings: QSettings | None = None) -> bool:
    """Whether the user chose a paper in Settings (else the exporter picks per kind)."""
    return _settings(settings).contains(PAPER_KEY)


def autosave_seconds(settings: QSettings | None = None) -> int:
    return autosave.configured_interval(_settings(settings))


def snap_to_grid(settings: QSettings | None = None) -> bool:
    value = _settings(settings).value(SNAP_KEY, True)
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no", "off", "")
    return bool(value)


def canvas_font_size(settings: QSettings | None = None) -> int:
    value = _settings(settings).value(FONT_SIZE_KEY, DEFAULT_FONT_SIZE)
    try:
        size = int(str(value).strip())
    except ValueError:
        return DEFAULT_FONT_SIZE
    return size if size in FONT_SIZES else DEFAULT_FONT_SIZE


def to_display_units(mm: float, unit: str) -> float:
    """Millimetres shown in the user's unit (rounded for a spin box)."""
    return round(mm / MM_PER_INCH, 2) if unit == "inch" else round(mm, 1)


def from_display_units(value: float, unit: str) -> float:
    return value * MM_PER_INCH if unit == "inch" else value


def save(values: dict[str, object], settings: QSettings | None = None) -> None:
    """Write several keys at once and flush, so another window started now sees them."""
    target = _settings(settings)
    for key, value in values.items():
        target.setValue(key, value)
    target.sync()
