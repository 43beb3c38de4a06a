"""Issue 25, points 1, 4 and 5: what the Windows and macOS bundles are built with.

The bundles themselves are built and smoke-tested on hosted runners
(.github/workflows/installers.yml); these tests keep the build inputs right here.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
SPEC = (REPO / "installer" / "cjm-designer.spec").read_text(encoding="utf-8")
WORKFLOW = REPO / ".github" / "workflows" / "installers.yml"


def _plist_module():
    spec = importlib.util.spec_from_file_location(
        "info_plist", REPO / "installer" / "macos" / "info_plist.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_finder_documents_are_declared_by_a_single_part_extension():
    plist = _plist_module().info_plist("1.2.3")
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == ["public.yaml"]
    assert all("." not in extension for extension in document["CFBundleTypeExtensions"])
    assert "yaml" in document["CFBundleTypeExtensions"]
    assert document["CFBundleTypeRole"] == "Editor"
    assert "UTExportedTypeDeclarations" not in plist  # a 'cjm.yaml' type never matches
    assert plist["CFBundleShortVersionString"] == "1.2.3"


def test_the_app_is_a_foreground_app_for_macos_13_and_later():
    plist = _plist_module().info_plist("1.0")
    assert plist["LSMinimumSystemVersion"] == "13.0"
    assert plist["LSBackgroundOnly"] is False
    assert 'console=sys.platform != "darwin"' in SPEC


def test_spec_turns_the_launch_apple_event_into_an_argument():
    assert re.search(r'argv_emulation=sys\.platform == "darwin"', SPEC)
    assert "info_plist=info_plist(version)" in SPEC


def test_frozen_program_runs_in_utf8_mode():
    assert '("X utf8=1", None, "OPTION")' in SPEC
    assert SPEC.count("PYTHON_OPTIONS,") == 2  # the console and the windowed launcher


def test_workflow_builds_and_smoke_tests_every_platform_from_the_lock():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    runners = set()
    for job in jobs.values():
        matrix = job.get("strategy", {}).get("matrix", {})
        for entry in matrix.get("include", []):
            runners.add(entry.get("runner"))
        if isinstance(job.get("runs-on"), str) and "${{" not in job["runs-on"]:
            runners.add(job["runs-on"])
    assert {"windows-latest", "macos-15", "macos-15-intel"} <= runners
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "check_platform_wheels.py" in text
    assert "bash scripts/bootstrap.sh" in text  # the lock, hash-checked, as everywhere
    assert "pip install -e" not in text  # never an unlocked install
    assert "tests/installer" in text and "CJM_FROZEN_BUNDLE" in text
    assert "PYTHONIOENCODING: cp1252" in text or "PYTHONIOENCODING=cp1252" in text


def test_frozen_smoke_tests_find_the_program_on_every_platform(tmp_path):
    from tests.installer.test_frozen_bundle import frozen_environment, frozen_program

    assert frozen_program(Path("dist/cjm-designer"), "win32").name == "cjm-designer.exe"
    assert frozen_program(Path("dist/cjm-designer"), "linux").name == "cjm-designer"
    app = frozen_program(Path("dist/CJM Designer.app"), "darwin")
    assert app.parts[-3:] == ("Contents", "MacOS", "cjm-designer")
    windows = frozen_environment(tmp_path, "win32")
    assert windows["LOCALAPPDATA"].startswith(str(tmp_path)) and windows["TEMP"] == str(tmp_path)
    assert "PYTHONPATH" not in windows and "VIRTUAL_ENV" not in windows
