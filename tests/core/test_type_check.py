"""mypy passes on the Qt-free core and the command line (files listed in pyproject.toml)."""

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
