"""The headless command line: exit codes, located errors on stderr, JSON output."""

from __future__ import annotations

import json
import subprocess
import sys

from cjm_designer.cli import main
from cjm_designer.io.yaml_format import read_map, save_map
from tests.conftest import REPO


def test_validate_exit_codes(tmp_path, small_map, capsys):
    good = tmp_path / "good.cjm.yaml"
    save_map(small_map, good)
    assert main(["validate", str(good)]) == 0
    assert capsys.readouterr().out == f"{good}: valid\n"
    bad = REPO / "tests" / "data" / "bad" / "unknown-stage.cjm.yaml"
    assert main(["validate", str(good), str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{bad}:11:10: unknown stage 'b'")


def test_usage_errors_exit_with_2(capsys):
    result = subprocess.run(
        [sys.executable, "-m", "cjm_designer", "validate"], capture_output=True, text=True, cwd=REPO
    )
    assert result.returncode == 2
    assert "the following arguments are required: FILE" in result.stderr


def test_info_counts_everything(tmp_path, small_map, capsys):
    path = tmp_path / "m.cjm.yaml"
    save_map(small_map, path)
    assert main(["info", str(path), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts == {
        "title": "Протеиновые батончики", "language": "ru", "personas": 2, "scenarios": 2,
        "channels": 3, "stages": 3, "touchpoints": 5, "transitions": 4, "flows": 1,
    }  # fmt: skip


def test_convert_rewrites_canonically(tmp_path, small_map):
    source = tmp_path / "in.cjm.yaml"
    save_map(small_map, source)
    messy = source.read_text().replace("  name: Сайт\n", "  name:   'Сайт'\n")
    source.write_text(messy)
    target = tmp_path / "out.cjm.yaml"
    assert main(["convert", str(source), "-o", str(target)]) == 0
    assert "name: Сайт\n" in target.read_text()
    assert read_map(target).map.same_content(small_map)


def test_convert_refuses_unknown_extensions(tmp_path, small_map, capsys):
    source = tmp_path / "in.cjm.yaml"
    save_map(small_map, source)
    assert main(["convert", str(source), "-o", str(tmp_path / "out.docx")]) == 1
    assert "cannot write this kind of file" in capsys.readouterr().err


def test_version_comes_from_pyproject():
    result = subprocess.run(
        [sys.executable, "-m", "cjm_designer", "--version"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 0
    assert result.stdout.strip().startswith("cjm-designer 0.")


def test_headless_commands_do_not_load_qt(tmp_path, small_map):
    path = tmp_path / "m.cjm.yaml"
    save_map(small_map, path)
    code = (
        f"import sys; from cjm_designer.cli import main; main(['validate', '-q', {str(path)!r}]); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab', 'networkx')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.stdout.strip().splitlines()[-1] == "[]"
