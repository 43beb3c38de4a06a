"""The set-up scripts a fresh machine runs: the Qt library check and the .deb's Depends."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TABLE = REPO / "installer" / "linux" / "qt-runtime-packages.txt"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Linux set-up scripts")


def packages() -> dict[str, list[str]]:
    found = {}
    for line in TABLE.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            package, libraries = line.split(":", 1)
            found[package.strip()] = libraries.split()
    return found


def fake_tools(tmp_path: Path, missing: list[str], uid: int) -> dict[str, str]:
    """``ldd`` that reports ``missing`` as not found, and ``id`` that answers ``uid``."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lines = "".join(f"\\t{lib} => not found\\n" for lib in missing)
    (bin_dir / "ldd").write_text(f"#!/bin/sh\nprintf '\\tlibc.so.6 => /lib/libc.so.6\\n{lines}'\n")
    (bin_dir / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}


def run_check(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(REPO / "scripts" / "check-qt-libs.sh")],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip


def test_the_qt_window_libraries_resolve_on_this_machine():
    if shutil.which("ldd") is None:
        pytest.skip("no ldd")
    result = run_check(dict(os.environ))
    assert result.returncode == 0, result.stderr


def test_missing_libraries_name_the_exact_packages_to_install(tmp_path):
    env = fake_tools(tmp_path, ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"], uid=1000)
    result = run_check(env)
    assert result.returncode == 1
    assert "sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1" in result.stderr


def test_a_library_outside_the_table_is_named_not_dropped(tmp_path):
    env = fake_tools(tmp_path, ["libwayland-weird.so.9"], uid=1000)
    result = run_check(env)
    assert result.returncode == 1
    assert "libwayland-weird.so.9" in result.stderr
    assert "apt-get install" not in result.stderr


def test_the_deb_depends_on_every_package_of_the_table():
    script = (REPO / "installer" / "build-linux.sh").read_text()
    assert "qt-runtime-packages.txt" in script
    assert "Depends: ${depends}" in script
    awk = next(line for line in script.splitlines() if line.startswith("depends=$(awk"))
    result = subprocess.run(
        ["bash", "-c", awk + '\necho "$depends"'], capture_output=True, text=True, cwd=REPO
    )
    assert result.stdout.strip().split(", ") == list(packages())


def test_every_library_of_the_table_is_one_the_xcb_plugin_needs():
    """A library Qt stopped linking would leave a needless Depends in the .deb."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if shutil.which("ldd") is None or not plugin.exists():
        pytest.skip("no ldd or no xcb plugin")
    linked = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    for package, libraries in packages().items():
        for library in libraries:
            assert library in linked, f"{package}: {library} is not linked by {plugin.name}"


def test_readme_lists_the_qt_packages_above_the_commands():
    readme = (REPO / "README.md").read_text()
    quick_start = readme[
        readme.index("## Quick start") : readme.index("bash scripts/bootstrap.sh &&")
    ]
    for package in packages():
        assert package in quick_start.split(), package
