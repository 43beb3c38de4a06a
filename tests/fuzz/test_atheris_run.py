"""A short coverage-guided fuzzing run (atheris) on the load and import paths.

The harness runs in a subprocess over a copy of the seed corpus (atheris adds the
inputs it finds to the corpus folder, and the repository's copy stays small). Any
exception other than MapLoadError makes atheris exit non-zero and write a crash file.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SECONDS = 10


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris not installed")
def test_short_atheris_run_finds_no_crash(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(HERE / "corpus", corpus)
    seeds = len(list(corpus.iterdir()))
    result = subprocess.run(
        [sys.executable, str(HERE / "fuzz_load.py"), str(corpus),
         f"-max_total_time={SECONDS}", "-timeout=20", "-rss_limit_mb=2048",
         f"-artifact_prefix={tmp_path}/"],
        cwd=tmp_path, capture_output=True, text=True, timeout=SECONDS + 90,
    )  # fmt: skip
    log = result.stderr[-4000:]
    assert result.returncode == 0, log
    assert not list(tmp_path.glob("crash-*")), log
    assert "Done" in result.stderr
    runs = int(result.stderr.rsplit("Done ", 1)[1].split()[0])
    assert runs > 500, log  # the harness really executed, not just imported
    assert len(list(corpus.iterdir())) > seeds  # coverage guidance found new inputs
