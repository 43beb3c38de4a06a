"""Info.plist of "CJM Designer.app", shared by the PyInstaller spec and its tests.

macOS knows a file's type by its last extension only: ``map.cjm.yaml`` is a YAML file to
Finder, and a type declared for the extension ``cjm.yaml`` never matches anything. The
app therefore declares itself an editor of YAML (the system type ``public.yaml``, macOS
11+, and the extensions ``yaml``/``yml`` for Launch Services' older lookups), ranked
*Alternate*: it is offered under *Open With* for every map, and a user who chooses
*Change All…* gets double-click; it does not take YAML files away from other editors
uninvited.
"""

from __future__ import annotations

MINIMUM_MACOS = "13.0"  # PySide6 6.8+ wheels are built for macOS 13 (macosx_13_0)
BUNDLE_ID = "org.cjmdesigner.CJMDesigner"


def info_plist(version: str) -> dict:
    return {
        "CFBundleName": "CJM Designer",
        "CFBundleDisplayName": "CJM Designer",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "NSHighResolutionCapable": True,
        "LSBackgroundOnly": False,  # a window app with a Dock icon, whatever the console flag
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Customer Journey Map",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["public.yaml"],
                "CFBundleTypeExtensions": ["yaml", "yml"],
                "CFBundleTypeIconFile": "cjm-designer.icns",
            }
        ],
    }
