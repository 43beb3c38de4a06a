"""Check that requirements/lock.txt installs on Windows and macOS from wheels alone.

The lock is made on Linux for every platform (``uv pip compile --universal``), so nothing
here proves that a Windows or Mac laptop can install it: a package with no wheel for that
platform makes pip compile it from source (atheris needs libFuzzer, and fails), and a
wheel whose hash is not in the lock fails ``--require-hashes``. For each target (Python
3.11 on win_amd64, macOS 13 arm64, macOS 13 x86_64) this script evaluates each locked
line's environment marker the way that platform would, asks PyPI's simple index which files
the pinned version has, and checks that one of them is a wheel the target accepts and that its
sha256 is among the lock's hashes.

Run: ``.venv/bin/python scripts/check_platform_wheels.py [--resolve]``; ``--resolve`` also
resolves pyproject.toml's ranges (``pip install -e .[dev,installer]``) for each platform
with ``pip install --dry-run --only-binary=:all: --platform ...``.
It needs PyPI (a build-time check, never part of the program); answers are cached under
``build/pypi-json/`` so that a second run is offline. Exit 0: every target installs;
1: the problems are listed, one line each.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from packaging.markers import Marker
from packaging.tags import Tag, compatible_tags, cpython_tags, mac_platforms
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import Version

REPO = Path(__file__).resolve().parent.parent
PYPI_SIMPLE = "https://pypi.org/simple/{name}/"
PYTHON = (3, 11)
MACOS_OLDEST = (13, 0)  # PySide6 6.8+ wheels need macOS 13 (docs/install.md says 13+)


@dataclass(frozen=True)
class Target:
    """One platform the installers are built for, as pip there would see it."""

    name: str
    environment: dict[str, str]
    platforms: tuple[str, ...]

    def tags(self) -> set[Tag]:
        platforms = list(self.platforms)
        tags = set(cpython_tags(PYTHON, abis=["cp311", "abi3", "none"], platforms=platforms))
        tags |= set(compatible_tags(PYTHON, interpreter="cp311", platforms=platforms))
        return tags


def _environment(sys_platform: str, system: str, os_name: str, machine: str) -> dict[str, str]:
    return {
        "implementation_name": "cpython",
        "implementation_version": "3.11.9",
        "os_name": os_name,
        "platform_machine": machine,
        "platform_python_implementation": "CPython",
        "platform_release": "",
        "platform_system": system,
        "platform_version": "",
        "python_full_version": "3.11.9",
        "python_version": "3.11",
        "sys_platform": sys_platform,
        "extra": "",
    }


TARGETS = (
    Target("windows-x86_64", _environment("win32", "Windows", "nt", "AMD64"), ("win_amd64",)),
    Target(
        "macos-arm64",
        _environment("darwin", "Darwin", "posix", "arm64"),
        tuple(mac_platforms(MACOS_OLDEST, "arm64")),
    ),
    Target(
        "macos-x86_64",
        _environment("darwin", "Darwin", "posix", "x86_64"),
        tuple(mac_platforms(MACOS_OLDEST, "x86_64")),
    ),
)


@dataclass
class Pin:
    name: str
    version: str
    marker: Marker | None
    hashes: set[str] = field(default_factory=set)


_PIN = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;\\]+)\s*(;(?P<marker>[^\\]+))?"
)


def read_lock(path: Path) -> list[Pin]:
    """The pins of a pip-style lock: ``name==version ; marker`` and ``--hash`` lines."""
    pins: list[Pin] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("--hash="):
            pins[-1].hashes.add(line.split("=", 1)[1].rstrip(" \\").split(":", 1)[1])
            continue
        match = _PIN.match(line)
        if match is None:
            continue
        marker = match.group("marker")
        pins.append(
            Pin(
                canonicalize_name(match.group("name")),
                match.group("version"),
                Marker(marker.strip()) if marker else None,
            )
        )
    return pins


def pypi_files(name: str, version: str, cache: Path) -> list[dict]:
    """The files PyPI has for ``name==version`` (filename, sha256), cached on disk.

    Uses PyPI's simple index in its JSON form (PEP 691), which every mirror serves.
    """
    cached = cache / f"{name}.json"
    if cached.exists():
        listing = json.loads(cached.read_text(encoding="utf-8"))
    else:
        request = urllib.request.Request(
            PYPI_SIMPLE.format(name=name), headers={"Accept": "application/vnd.pypi.simple.v1+json"}
        )
        with urllib.request.urlopen(request, timeout=60) as response:  # fixed https URL
            data = json.load(response)
        listing = [
            {"filename": item["filename"], "sha256": item.get("hashes", {}).get("sha256", "")}
            for item in data.get("files", [])
            if not item.get("yanked")
        ]
        cache.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(listing, indent=1), encoding="utf-8")
    wanted = Version(version)
    return [item for item in listing if _file_version(item["filename"]) == wanted]


def _file_version(filename: str) -> Version | None:
    try:
        if filename.endswith(".whl"):
            return parse_wheel_filename(filename)[1]
        if filename.endswith((".tar.gz", ".zip")):
            return parse_sdist_filename(filename)[1]
    except (InvalidWheelFilename, InvalidSdistFilename, ValueError):
        return None
    return None


def problems_for(target: Target, pins: list[Pin], files_of) -> list[str]:
    """Why ``target`` cannot install the lock from wheels, one line each (empty: it can)."""
    tags = target.tags()
    problems = []
    for pin in pins:
        if pin.marker is not None and not pin.marker.evaluate(target.environment):
            continue
        wheels = []
        for item in files_of(pin.name, pin.version):
            if not item["filename"].endswith(".whl"):
                continue
            _name, _version, _build, wheel_tags = parse_wheel_filename(item["filename"])
            if wheel_tags & tags:
                wheels.append(item)
        if not wheels:
            problems.append(
                f"{target.name}: {pin.name}=={pin.version} has no wheel for this platform "
                "(pip would build it from source); give it an environment marker or pin "
                "a version with wheels"
            )
        elif not any(item["sha256"] in pin.hashes for item in wheels):
            names = ", ".join(item["filename"] for item in wheels)
            problems.append(
                f"{target.name}: {pin.name}=={pin.version}: the lock has no hash of {names}; "
                "regenerate it (bash scripts/update-locks.sh)"
            )
    return problems


PIP_PLATFORMS = {
    "windows-x86_64": ["win_amd64"],
    "macos-arm64": ["macosx_13_0_arm64", "macosx_11_0_arm64", "macosx_13_0_universal2"],
    "macos-x86_64": ["macosx_13_0_x86_64", "macosx_10_13_x86_64", "macosx_13_0_universal2"],
}


def project_requirements(
    target: Target, extras: tuple[str, ...] = ("dev", "installer")
) -> list[str]:
    """pyproject.toml's ranges (runtime + extras) that ``target``'s pip would ask for."""
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    texts = list(project["dependencies"])
    for extra in extras:
        texts += project["optional-dependencies"][extra]
    wanted = []
    for text in texts:
        requirement = Requirement(text)
        if requirement.marker is None or requirement.marker.evaluate(target.environment):
            requirement.marker = None
            wanted.append(str(requirement))
    return wanted


def resolve_with_pip(target: Target, work: Path) -> list[str]:
    """``pip install -e .[dev,installer]`` as ``target`` would resolve it, from wheels only.

    pip evaluates markers against the machine it runs on, not ``--platform``, so the
    project's own markers are applied here first; pip then resolves the ranges with
    ``--only-binary=:all:`` for the target's platform tags (a dry run: metadata only).
    """
    import subprocess

    work.mkdir(parents=True, exist_ok=True)
    requirements = work / f"{target.name}.txt"
    requirements.write_text("\n".join(project_requirements(target)) + "\n", encoding="utf-8")
    command = [
        sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
        "--only-binary=:all:", "--python-version", "3.11", "--implementation", "cp",
        "--abi", "cp311", "--target", str(work / "target"), "-r", str(requirements),
    ]  # fmt: skip
    for platform in PIP_PLATFORMS[target.name]:
        command += ["--platform", platform]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    if result.returncode == 0:
        return []
    errors = [
        line
        for line in result.stderr.splitlines()
        if line.startswith("ERROR") and not line.startswith("ERROR: Ignored the following")
    ]
    return [
        f"{target.name}: pip cannot resolve pyproject.toml from wheels: {line}" for line in errors
    ] or [f"{target.name}: pip failed ({result.returncode})"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lock", type=Path, default=REPO / "requirements" / "lock.txt")
    parser.add_argument("--cache", type=Path, default=REPO / "build" / "pypi-json")
    parser.add_argument(
        "--resolve",
        action="store_true",
        help="also resolve pyproject.toml's ranges with pip for each platform (slower)",
    )
    args = parser.parse_args(argv)
    pins = read_lock(args.lock)
    problems = []
    for target in TARGETS:
        found = problems_for(target, pins, lambda n, v: pypi_files(n, v, args.cache))
        problems += found
        status = "ok" if not found else f"{len(found)} problem(s)"
        print(f"{target.name}: {len(pins)} locked lines checked: {status}")
        if args.resolve:
            resolved = resolve_with_pip(target, REPO / "build" / "pip-resolve")
            problems += resolved
            print(
                f"{target.name}: pip resolves pyproject.toml from wheels: {'no' if resolved else 'yes'}"
            )
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
