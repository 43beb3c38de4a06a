"""Issue 25, point 1: the lock installs on Windows and macOS from wheels alone.

``scripts/check_platform_wheels.py`` asks PyPI (a build-time check, run by the hosted
workflow); these tests run offline: the lock's markers, evaluated as each platform's pip
would, keep Linux-only packages out, and the checker finds a missing wheel or hash.
"""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[2]
LOCK = REPO / "requirements" / "lock.txt"


def _load_checker():
    spec = importlib.util.spec_from_file_location(
        "check_platform_wheels", REPO / "scripts" / "check_platform_wheels.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defined
    spec.loader.exec_module(module)
    return module


checker = _load_checker()
TARGETS = {target.name: target for target in checker.TARGETS}


def installed_on(target_name: str) -> dict[str, str]:
    target = TARGETS[target_name]
    return {
        pin.name: pin.version
        for pin in checker.read_lock(LOCK)
        if pin.marker is None or pin.marker.evaluate(target.environment)
    }


@pytest.mark.parametrize("target", ["windows-x86_64", "macos-arm64", "macos-x86_64"])
def test_linux_only_fuzzer_stays_out_of_windows_and_macos(target):
    packages = installed_on(target)
    assert "atheris" not in packages  # no wheel there: pip would compile it and fail
    assert {"pyside6-essentials", "pyinstaller", "pytest", "reportlab"} <= set(packages)


def test_platform_helpers_come_with_their_platform():
    assert {"pefile", "pywin32-ctypes"} <= set(installed_on("windows-x86_64"))
    assert "macholib" in installed_on("macos-arm64")
    assert "pefile" not in installed_on("macos-arm64")


def test_every_dev_dependency_of_pyproject_is_marked_like_the_lock():
    """``pip install -e .[dev]`` on Windows must not ask for atheris either."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    windows = dict(TARGETS["windows-x86_64"].environment, extra="dev")
    requirements = [
        Requirement(text) for text in project["project"]["optional-dependencies"]["dev"]
    ]
    wanted = {r.name for r in requirements if r.marker is None or r.marker.evaluate(windows)}
    assert "atheris" not in wanted and "pytest" in wanted


def test_lock_parser_reads_markers_and_hashes():
    pins = {(pin.name, pin.version): pin for pin in checker.read_lock(LOCK)}
    pyside = next(pin for (name, _v), pin in pins.items() if name == "pyside6-essentials")
    assert pyside.marker is None and len(pyside.hashes) >= 3
    assert all(len(digest) == 64 for digest in pyside.hashes)


def _files(listing):
    return lambda name, version: listing.get((name, version), [])


def test_checker_reports_a_package_without_a_wheel_for_the_platform():
    pin = checker.Pin("fuzzer", "1.0", None, {"a" * 64})
    listing = {
        ("fuzzer", "1.0"): [
            {"filename": "fuzzer-1.0-cp311-cp311-manylinux_2_17_x86_64.whl", "sha256": "a" * 64},
            {"filename": "fuzzer-1.0.tar.gz", "sha256": "b" * 64},
        ]
    }
    problems = checker.problems_for(TARGETS["windows-x86_64"], [pin], _files(listing))
    assert problems and "no wheel for this platform" in problems[0]
    marked = checker.Pin("fuzzer", "1.0", checker.Marker("sys_platform == 'linux'"), pin.hashes)
    assert checker.problems_for(TARGETS["windows-x86_64"], [marked], _files(listing)) == []


def test_checker_accepts_universal2_and_abi3_wheels_for_macos_13():
    pin = checker.Pin("qt", "6.11", None, {"c" * 64})
    listing = {
        ("qt", "6.11"): [
            {"filename": "qt-6.11-cp310-abi3-macosx_13_0_universal2.whl", "sha256": "c" * 64}
        ]
    }
    for name in ("macos-arm64", "macos-x86_64"):
        assert checker.problems_for(TARGETS[name], [pin], _files(listing)) == []
    too_new = {
        ("qt", "6.11"): [
            {"filename": "qt-6.11-cp310-abi3-macosx_14_0_universal2.whl", "sha256": "c" * 64}
        ]
    }
    assert checker.problems_for(TARGETS["macos-arm64"], [pin], _files(too_new))


def test_checker_reports_a_wheel_whose_hash_is_not_locked():
    pin = checker.Pin("lib", "2.0", None, {"d" * 64})
    listing = {("lib", "2.0"): [{"filename": "lib-2.0-py3-none-any.whl", "sha256": "e" * 64}]}
    problems = checker.problems_for(TARGETS["macos-arm64"], [pin], _files(listing))
    assert problems and "no hash" in problems[0]


def test_refreshing_the_lock_checks_the_other_platforms():
    script = (REPO / "scripts" / "update-locks.sh").read_text(encoding="utf-8")
    compile_at = script.index("uv pip compile")
    assert script.index("scripts/check_platform_wheels.py") > compile_at
