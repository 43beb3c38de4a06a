"""Saving under faults: kill -9 mid-save, disk full, no permission, folder gone, file busy.

The guarantee (docs/reliability.md): the target is always either the old or the new
complete file; a failure says why in plain words and leaves the old file as it was.
"""

from __future__ import annotations

import errno
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cjm_designer.io import atomic
from cjm_designer.io.atomic import remove_stale_temps, write_atomic
from cjm_designer.io.errors import MapSaveError
from cjm_designer.io.yaml_format import dumps_map, loads_map, save_map

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.generate import generate_map  # noqa: E402

KILLS = 30

# The child saves A and B alternately, forever, until killed. It imports only the
# atomic writer so that every one of the many restarts is quick.
_SAVER = """
import sys
sys.path.insert(0, sys.argv[4])
from cjm_designer.io.atomic import write_atomic
target = sys.argv[1]
texts = [open(sys.argv[2], "rb").read(), open(sys.argv[3], "rb").read()]
print("ready", flush=True)
i = 0
while True:
    write_atomic(target, texts[i % 2])
    i += 1
"""


def _temps_beside(target: Path) -> list[Path]:
    return sorted(target.parent.glob(f".{target.name}.*.tmp"))


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory) -> tuple[Path, bytes, bytes]:
    folder = tmp_path_factory.mktemp("versions")
    first = generate_map(10, 10, 1000, seed=1)
    second = generate_map(10, 10, 1000, seed=2)
    text_a = dumps_map(first).encode("utf-8")
    text_b = dumps_map(second).encode("utf-8")
    (folder / "a.yaml").write_bytes(text_a)
    (folder / "b.yaml").write_bytes(text_b)
    return folder, text_a, text_b


def test_kill_9_during_saves_leaves_old_or_new_file(two_versions, tmp_path):
    folder, text_a, text_b = two_versions
    target = tmp_path / "big.cjm.yaml"
    target.write_bytes(text_a)
    script = tmp_path / "saver.py"
    script.write_text(_SAVER, encoding="utf-8")
    rng = random.Random(8)
    seen = {text_a: 0, text_b: 0}
    left_behind = 0  # temp files seen right after a kill (each child cleans older ones)
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(script), str(target), str(folder / "a.yaml"),
             str(folder / "b.yaml"), str(REPO)],
            stdout=subprocess.PIPE,
        )  # fmt: skip
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.12))
        child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
        child.wait()
        child.stdout.close()
        left_behind += len(_temps_beside(target))
        content = target.read_bytes()
        assert content in seen, "the target is neither the old nor the new complete file"
        seen[content] += 1
    assert seen[text_a] + seen[text_b] == KILLS
    print(f"kills: {KILLS}, old: {seen[text_a]}, new: {seen[text_b]}, temps left: "
          f"{left_behind}")  # fmt: skip
    # Every surviving version parses (each distinct content once: parsing 700 KB is slow).
    for content, count in seen.items():
        if count:
            assert loads_map(content).map.touchpoints
    # A kill between creating the temp file and the rename may leave a temp file behind;
    # the next save by a later process cleans those up.
    left = _temps_beside(target)
    subprocess.run(
        [sys.executable, "-c",
         "import sys; sys.path.insert(0, sys.argv[3]);"
         "from cjm_designer.io.atomic import write_atomic;"
         "write_atomic(sys.argv[1], open(sys.argv[2], 'rb').read())",
         str(target), str(folder / "b.yaml"), str(REPO)],
        check=True,
    )  # fmt: skip
    assert _temps_beside(target) == [], f"stale temp files remain (were {len(left)})"
    assert target.read_bytes() == text_b


def _fail(code: int):
    def raiser(*_args, **_kwargs):
        raise OSError(code, os.strerror(code))

    return raiser


@pytest.fixture
def saved(tmp_path, small_map) -> tuple[Path, bytes]:
    target = tmp_path / "map.cjm.yaml"
    save_map(small_map, target)
    return target, target.read_bytes()


@pytest.mark.parametrize(
    ("where", "code", "reason"),
    [
        ("replace", errno.ENOSPC, "the disk is full"),
        ("fsync", errno.ENOSPC, "the disk is full"),
        ("fsync", errno.EDQUOT, "the disk quota is exceeded"),
        ("replace", errno.EACCES, "permission denied"),
        ("replace", errno.EROFS, "the disk is read-only"),
        ("mkstemp", errno.EACCES, "permission denied"),
        ("mkstemp", errno.ENOSPC, "the disk is full"),
    ],
)
def test_failed_save_says_why_and_keeps_old_file(
    monkeypatch, saved, small_map, where, code, reason
):
    target, before = saved
    small_map.set_field("title", "Changed")
    if where == "replace":
        monkeypatch.setattr(atomic.os, "replace", _fail(code))
    elif where == "fsync":
        monkeypatch.setattr(atomic.os, "fsync", _fail(code))
    else:
        monkeypatch.setattr(atomic.tempfile, "mkstemp", _fail(code))
    with pytest.raises(MapSaveError) as caught:
        save_map(small_map, target)
    assert caught.value.reason == reason
    assert str(target) in str(caught.value)
    assert target.read_bytes() == before
    assert _temps_beside(target) == []


def test_failed_write_of_data_keeps_old_file(monkeypatch, saved, small_map):
    """A short write (disk filling up during the write) is reported, not half-saved."""
    target, before = saved
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()
            return False

        def write(self, _data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
    with pytest.raises(MapSaveError, match="the disk is full"):
        save_map(small_map, target)
    assert target.read_bytes() == before
    assert _temps_beside(target) == []


def test_folder_gone_says_so(tmp_path, small_map):
    with pytest.raises(MapSaveError) as caught:
        save_map(small_map, tmp_path / "removed" / "map.cjm.yaml")
    assert caught.value.reason == "the folder does not exist"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_says_permission_denied(saved, small_map):
    target, before = saved
    target.parent.chmod(0o500)
    try:
        with pytest.raises(MapSaveError, match="permission denied"):
            save_map(small_map, target)
    finally:
        target.parent.chmod(0o700)
    assert target.read_bytes() == before


def test_interrupt_during_write_removes_temp(monkeypatch, saved, small_map):
    """KeyboardInterrupt (Ctrl+C in the CLI) mid-save: old file kept, temp removed."""
    target, before = saved

    def interrupted(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_map(small_map, target)
    assert target.read_bytes() == before
    assert _temps_beside(target) == []


def test_stale_temps_removed_only_if_older_than_process(tmp_path):
    target = tmp_path / "m.cjm.yaml"
    target.write_text("cjm: 1\n", encoding="utf-8")
    old = tmp_path / ".m.cjm.yaml.abc123.tmp"
    old.write_text("half", encoding="utf-8")
    past = atomic._PROCESS_START - 60
    os.utime(old, (past, past))
    fresh = tmp_path / ".m.cjm.yaml.def456.tmp"
    fresh.write_text("another process is saving", encoding="utf-8")
    unrelated = tmp_path / ".other.cjm.yaml.zzz.tmp"
    unrelated.write_text("x", encoding="utf-8")
    os.utime(unrelated, (past, past))
    assert remove_stale_temps(target) == [old]
    assert fresh.exists() and unrelated.exists() and not old.exists()


@pytest.mark.skipif(os.name != "posix", reason="Windows has only a read-only flag, no modes")
def test_save_keeps_file_mode(saved, small_map):
    target, _ = saved
    target.chmod(0o640)
    save_map(small_map, target)
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.skipif(os.name != "posix", reason="Windows has no umask")
def test_write_atomic_new_file_respects_umask(tmp_path):
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "n.cjm.yaml", b"cjm: 1\n")
    finally:
        os.umask(old)
    assert (tmp_path / "n.cjm.yaml").stat().st_mode & 0o777 == 0o640
