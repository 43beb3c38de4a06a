"""mypy passes on the core, the command line and ui/ (pyproject.toml lists the ui modules
PySide6's stubs do not let through yet)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def test_mypy_is_green_on_the_checked_packages():
    pytest.importorskip("mypy", reason="dev dependency: pip install -e .[dev]")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_editing_path_of_ui_is_type_checked():
    """The session, the model-following canvas code and the window's parts stay checked:
    they must never land on pyproject's list of ui modules mypy skips."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert "cjm_designer/ui" in config["files"]
    skipped = {
        module
        for override in config.get("overrides", [])
        if override.get("ignore_errors")
        for module in override["module"]
    }
    must = {
        "cjm_designer.ui.session",
        "cjm_designer.ui.controller",
        "cjm_designer.ui.window_parts",
        "cjm_designer.ui.canvas.item_sync",
        "cjm_designer.ui.canvas.routing",
        "cjm_designer.ui.canvas.drop_target",
    }
    assert must - skipped == must
