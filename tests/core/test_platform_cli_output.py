"""Issue 25, point 5: the command line prints UTF-8 whatever the console or pipe expects.

On Windows a pipe or a file gets the ANSI code page (cp1252 in Western Europe), which
has no Cyrillic; git always pipes its merge and diff drivers. ``PYTHONIOENCODING=cp1252``
makes Linux's Python open its pipes the way Windows does, so every subcommand runs here
as it would under git on a Finnish or German Windows laptop.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cjm_designer.io.yaml_format import read_map, save_map
from tests.conftest import REPO

EXAMPLE = REPO / "resources" / "examples" / "protein-bars.cjm.yaml"
TITLE = "Протеиновые батончики — путь Аристарха"


def run_cp1252(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The program as a Windows pipe sees it: cp1252 streams, bytes captured as they are."""
    env = dict(os.environ, PYTHONIOENCODING="cp1252", PYTHONUTF8="0")
    result = subprocess.run(
        [sys.executable, "-m", "cjm_designer", *args],
        capture_output=True,
        env=env,
        cwd=cwd,
        timeout=240,
    )
    assert b"Traceback" not in result.stderr, result.stderr.decode("utf-8", "replace")
    return result


def retitled(tmp_path: Path, name: str, title: str) -> Path:
    journey = read_map(EXAMPLE).map
    journey.set_field("title", title)
    path = tmp_path / name
    save_map(journey, path)
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["info", str(EXAMPLE)],
        ["info", str(EXAMPLE), "--json"],
        ["templates"],
        ["templates", "--json"],
        ["analyze", str(EXAMPLE)],
        ["analyze", str(EXAMPLE), "--json"],
        ["snapshot", str(EXAMPLE), "--list"],
    ],
    ids=lambda args: " ".join(arg for arg in args if "/" not in arg),
)
def test_reports_through_a_cp1252_pipe_are_utf8(args, tmp_path):
    result = run_cp1252(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    text = result.stdout.decode("utf-8")  # strict: UTF-8 bytes, not cp1252 or '?'
    if args[0] in ("info", "analyze"):
        assert "Протеиновые" in text or "Осознание" in text
    if args[0] == "templates":
        assert "→" in text or "Осознание" in text


def test_git_diff_driver_through_a_pipe(tmp_path):
    old = retitled(tmp_path, "old.cjm.yaml", "Старое название")
    new = retitled(tmp_path, "new.cjm.yaml", "Новое название")
    result = run_cp1252("diff", str(old), str(new), cwd=tmp_path)
    assert result.returncode == 1
    assert "Новое название" in result.stdout.decode("utf-8")


def test_git_merge_driver_reports_conflicts_through_a_pipe(tmp_path):
    base = retitled(tmp_path, "base.cjm.yaml", TITLE)
    ours = retitled(tmp_path, "ours.cjm.yaml", "Наш путь")
    theirs = retitled(tmp_path, "theirs.cjm.yaml", "Их путь")
    result = run_cp1252(
        "merge", str(base), str(ours), str(theirs), "-o", str(ours), "--label", "карта.cjm.yaml",
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1
    message = result.stderr.decode("utf-8")
    assert message.startswith("карта.cjm.yaml: 1 merge conflict")


def test_located_errors_and_writes_through_a_pipe(tmp_path):
    missing = tmp_path / "карта.cjm.yaml"
    result = run_cp1252("validate", str(missing), cwd=tmp_path)
    assert result.returncode == 1
    assert "карта.cjm.yaml" in result.stderr.decode("utf-8")
    made = tmp_path / "новая.cjm.yaml"
    result = run_cp1252(
        "new", "--template", "must-have", "--lang", "ru", "-o", str(made), cwd=tmp_path
    )
    assert result.returncode == 0 and made.exists()
    assert "новая.cjm.yaml" in result.stdout.decode("utf-8")
    pdf = tmp_path / "плакат.pdf"
    result = run_cp1252("export", str(EXAMPLE), "-o", str(pdf), cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_help_through_a_pipe(tmp_path):
    result = run_cp1252("--help", cwd=tmp_path)
    assert result.returncode == 0 and b"COMMAND" in result.stdout
