"""Start the editor: the QApplication, theme, translations, the first document.

``run_gui`` is what ``cjm-designer [FILE]`` runs. With ``--screenshot`` it renders the
window at a given size to a PNG and exits, which is how the documentation pictures are
made and how CI checks that the window starts at all.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from cjm_designer.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from cjm_designer.messages import Message, catalogue_text, localize, reason_of, text

APP_NAME = "CJM Designer"


def parse_size(text: str) -> tuple[int, int]:
    """``1366x768`` -> (1366, 768); ValueError with the expected form otherwise."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise ValueError(Message("ui.bad-size", text=text))
    size = int(width), int(height)
    if not (200 <= size[0] <= 10000 and 200 <= size[1] <= 10000):
        raise ValueError(Message("ui.size-range", text=text))
    return size


def _ensure_application(headless: bool):
    """The running QApplication, or a new one named for QSettings."""
    if headless and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    _skip_pyside_source_scan()
    from .calm_theme import FUSION_FROM_START

    app = QApplication.instance()
    if app is None:
        # Fusion from the start (calm_theme): asking the style's name afterwards would
        # make PySide build QStyle's enums (10 ms), and on Windows Qt would first make
        # its native style only to replace it.
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
        app.setProperty(FUSION_FROM_START, True)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    from .gc_guard import install_gui_thread_collector

    install_gui_thread_collector(app)  # worker threads must never destroy Qt objects
    from . import altgr

    altgr.install(app)  # Windows: AltGr characters are typed, not taken as shortcuts
    return app


def ui_language(requested: str | None) -> str:
    """``--lang`` if given, else the Settings choice, else the system language, else English."""
    from .i18n import startup_language

    return startup_language(requested)


def install_translations(app, language: str) -> None:
    """Load our .qm file and Qt's own (qtbase) for ``language``."""
    from .i18n import install_translations as install

    install(app, language)


def _import_before_qt() -> None:
    """Import the layers that never use Qt before PySide6 is imported.

    PySide6 hooks ``import`` and reads the source of every module imported after it
    (looking for ``from __feature__ import ...``): about 25 ms for the document model, the
    file format, the layout and the standard modules the window needs. Imported first,
    they skip the hook.
    """
    import getpass  # noqa: F401
    import json  # noqa: F401
    import logging  # noqa: F401

    import cjm_designer.io.yaml_format
    import cjm_designer.layout
    import cjm_designer.model.edits  # noqa: F401


def _import_with_collector_paused() -> None:
    """Import our layers and PySide6 with the garbage collector paused.

    Importing makes thousands of objects and frees almost none: the collector's passes
    meanwhile find nothing and cost about 5 ms. Once the application exists, the
    GUI-thread collector (``gc_guard``) owns collection.
    """
    from cjm_designer.gc_pause import cyclic_gc_paused

    with cyclic_gc_paused():
        _import_before_qt()
        import PySide6.QtWidgets  # noqa: F401


def _skip_pyside_source_scan() -> None:
    """Tell PySide6 up front that no module of ours selects a ``__feature__``.

    PySide6 hooks ``import`` and, the first time any module is imported after it, reads
    that module's whole source looking for ``from __feature__ import``: 12-16 ms for the
    window's hundred modules. Its table of answers is filled here instead: 0 (no feature)
    for ours, -1 ("ignore") for those already loaded. A PySide without the table is left
    alone.
    """
    feature = sys.modules.get("shibokensupport.feature")
    answers = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(answers, dict):
        return
    package = str(Path(__file__).resolve().parent.parent)
    start = len(os.path.dirname(package)) + 1
    for folder, subfolders, files in os.walk(package):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        dotted = folder[start:].replace(os.sep, ".")
        for file in files:
            if file.endswith(".py"):
                stem = file[:-3]
                answers.setdefault(dotted if stem == "__init__" else f"{dotted}.{stem}", 0)
    for name in list(sys.modules):
        if name != "__main__":
            answers.setdefault(name, -1)  # "ignore": what the scan finds in them


def run_gui(args: argparse.Namespace) -> int:
    """Open the editor window (or render it with ``--screenshot``); returns the exit code."""
    screenshot = getattr(args, "screenshot", None)
    size = None
    if screenshot:
        try:
            size = parse_size(args.size)
        except ValueError as error:
            message = localize(reason_of(error))
            print(catalogue_text("argparse.error") % {"prog": "cjm-designer", "message": message},
                  end="", file=sys.stderr)  # fmt: skip
            return EXIT_USAGE
    _import_with_collector_paused()
    app = _ensure_application(headless=bool(screenshot))
    from . import settings, themes

    themes.apply(app, settings.theme())
    language = ui_language(getattr(args, "lang", None))
    install_translations(app, language)
    from .main_window import MainWindow

    window = MainWindow(language=language, restore_layout=not screenshot)
    if not args.file:
        window.new_blank()
    elif not _open_first(window, args.file, report_to_stderr=bool(screenshot)) and screenshot:
        window.deleteLater()
        return EXIT_FAILED
    presentation = bool(getattr(args, "presentation", False))
    if screenshot:
        if presentation:
            window.present(full_screen=False)
        return _screenshot(app, window, Path(screenshot), size)
    from . import file_open_events

    file_open_events.install(  # Finder double-click, Open With
        app, MainWindow, lambda: MainWindow(language=language), window
    )
    windows = [window, *_recover_crashed_work(window, language, reuse=not args.file)]
    for shown in windows:
        show_settled(app, shown)
    if presentation:
        window.present()
    return app.exec()


def _recover_crashed_work(window, language: str, reuse: bool) -> list:
    """Log unexpected errors; offer unsaved work a crashed session left; extra windows."""
    from .main_window import MainWindow
    from .reliability import install_crash_handler, offer_recovery

    install_crash_handler()
    extra: list = []
    for doc in offer_recovery(None):
        same_file = _clean_window_on(doc.original_path, [window, *extra])
        if same_file is not None:
            target = same_file  # the crashed copy of the file just opened: one window
        elif reuse and not window.has_unsaved_changes():
            target, reuse = window, False
        else:
            target = MainWindow(language=language)
            extra.append(target)
        target.adopt_recovered(doc)
    return extra


def _clean_window_on(path: Path | None, windows: list):
    """The window that shows ``path`` unedited, if any: restoring its crashed copy there
    keeps one window per file (two would each hold the file and warn of the other)."""
    if path is None:
        return None
    wanted = Path(path).expanduser().absolute()
    for candidate in windows:
        shown = candidate.document_path()
        if shown is not None and Path(shown).expanduser().absolute() == wanted:
            return None if candidate.has_unsaved_changes() else candidate
    return None


def _open_first(window, path: str, report_to_stderr: bool) -> bool:
    """Open the file given on the command line; errors as a dialog or on stderr."""
    from cjm_designer.io.errors import MapLoadError

    if not report_to_stderr:
        if not window.load(path):
            window.new_blank()
            return False
        return True
    try:
        window.load_or_raise(path)
    except MapLoadError as error:
        from cjm_designer.messages import localize

        print(f"cjm-designer: cannot open map:\n{localize(error)}", file=sys.stderr)
        return False
    return True


def show_settled(app, window) -> None:
    """Show ``window`` and paint it once, in its final layout.

    Showing posts the dock sizing, the layouts and the zoom that fits the map; painting
    before those settle would draw the whole window two or three times (about 40 ms a
    time on the example) and flash intermediate layouts on the projector.
    """
    window.setUpdatesEnabled(False)
    try:
        window.show()
        for _ in range(3):
            app.processEvents()
        window.fit_map()
        app.processEvents()
    finally:
        window.setUpdatesEnabled(True)


def _screenshot(app, window, out: Path, size: tuple[int, int]) -> int:
    """Lay the window out at ``size``, fit the map, and save exactly that many pixels."""
    from PySide6.QtCore import Qt

    from .png_file import BackgroundPngWrite, opaque

    window.resize(*size)
    show_settled(app, window)
    image = opaque(window.grab().toImage())
    if (image.width(), image.height()) != size:
        image = image.scaled(
            *size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    writing = BackgroundPngWrite(image, out)
    del image
    _close_now(app, window)  # while the picture is encoded on the worker thread
    error = writing.result()
    if error is not None:
        print(text("cli.cannot-write", path=str(out), reason=error), file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _close_now(app, window) -> None:
    """Close the window and destroy its widgets now rather than at interpreter exit."""
    from PySide6.QtCore import QEvent

    window.close()
    app.processEvents()  # the close hooks: the lock file and autosave copy go
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
