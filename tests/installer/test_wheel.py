"""A plain ``pip install .`` (a wheel, not editable) carries resources/ and finds them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent


SOURCES = ("pyproject.toml", "setup.py", "README.md", "cjm_designer", "resources")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # Built from a copy of the sources: setuptools writes build/ and *.egg-info beside
    # them, which in the checkout raced the installer build running beside the tests
    # (.ci/run) and could put a stale build/lib module into the wheel.
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(
                REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(REPO / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--quiet", "-w", str(out)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return next(out.glob("cjm_designer-*.whl"))


def test_the_wheel_carries_every_resource_folder(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    folders = {name.split("/")[2] for name in names if name.startswith("cjm_designer/_resources/")}
    assert {"templates", "examples", "schema", "translations", "icons", "room"} <= folders
    assert "cjm_designer/_resources/examples/protein-bars.cjm.yaml" in names
    # PDF export's bundled fallback fonts, their licences and the output intent's profile.
    assert "cjm_designer/_resources/fonts/NotoSansDevanagari-Regular.ttf" in names
    assert "cjm_designer/_resources/fonts/licenses/DroidSansFallback-Apache-2.0.txt" in names
    assert "cjm_designer/_resources/color/sRGB.icc" in names
    assert not [name for name in names if name.startswith("tests/") or "/screenshots/" in name]


def test_the_installed_wheel_finds_its_resources_outside_the_checkout(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    dependencies = sysconfig.get_paths()["purelib"]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(target), dependencies]))
    code = (
        "import cjm_designer.resources as r, cjm_designer.io.templates as t;"
        "print(r.resources_dir()); print(len(t.available_templates()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    folder, count = result.stdout.split()
    assert Path(folder) == target / "cjm_designer" / "_resources"
    assert int(count) >= 9
