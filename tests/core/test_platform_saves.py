"""Issue 25, point 3 and the durability points: saves and exports on Windows and macOS.

Windows refuses to replace a file another program has open (antivirus, the indexer and
OneDrive for a moment; Acrobat and PowerPoint for as long as an export is open). The
platform is simulated: ``sys.platform`` says win32 and ``os.replace`` refuses the way
Windows does (PermissionError), a given number of times or for good. A fake clock stands
in for the waits, so the tests take no time and can count them.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

# pikepdf and babel's dates load here on the real platform, not under the faked
# sys.platform of the tests below (their imports read platform-specific modules).
import babel.dates  # noqa: F401
import pytest

import cjm_designer.export.pdf  # noqa: F401
from cjm_designer.cli import main
from cjm_designer.io import atomic, platform_files
from cjm_designer.io.atomic import FileInUseError, kept_copy_name, write_atomic
from cjm_designer.io.errors import MapSaveError
from cjm_designer.io.yaml_format import read_map, save_map
from tests.conftest import REPO

EXAMPLE = REPO / "resources" / "examples" / "protein-bars.cjm.yaml"
REAL_REPLACE = os.replace


class SharingViolationError(PermissionError):
    """What os.replace raises on Windows when another process has the target open."""

    winerror = 32


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.waits: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(atomic, "_clock", fake.monotonic)
    monkeypatch.setattr(atomic, "_sleep", fake.sleep)
    return fake


@pytest.fixture
def windows(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(platform_files, "programs_holding", lambda _path: [])
    monkeypatch.setattr(atomic, "programs_holding", lambda _path: [])


def held_for(monkeypatch, target: Path, refusals: int | None, error=SharingViolationError):
    """Make os.replace onto ``target`` refuse ``refusals`` times (None: for ever)."""
    tries = {"count": 0}

    def replace(source, destination):
        if Path(destination) == target:
            tries["count"] += 1
            if refusals is None or tries["count"] <= refusals:
                raise error(errno.EACCES, "The process cannot access the file", str(target))
        return REAL_REPLACE(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    return tries


@pytest.fixture
def saved(tmp_path, small_map) -> tuple[Path, bytes]:
    target = tmp_path / "map.cjm.yaml"
    save_map(small_map, target)
    return target, target.read_bytes()


def test_briefly_held_target_is_saved_after_retries(monkeypatch, windows, clock, saved):
    target, _before = saved
    tries = held_for(monkeypatch, target, refusals=3)
    write_atomic(target, b"cjm: 1\ntitle: new\n")
    assert target.read_bytes() == b"cjm: 1\ntitle: new\n"
    assert tries["count"] == 4
    assert clock.waits == [0.05, 0.1, 0.2]  # growing waits, not a busy loop
    assert not list(target.parent.glob("*new copy*"))
    assert not list(target.parent.glob(".map.cjm.yaml.*.tmp"))


def test_target_held_for_good_says_so_and_keeps_the_new_version(
    monkeypatch, windows, clock, saved, small_map
):
    target, before = saved
    held_for(monkeypatch, target, refusals=None)
    small_map.set_field("title", "Новое название")
    with pytest.raises(FileInUseError) as caught:
        save_map(small_map, target)
    error = caught.value
    assert isinstance(error, MapSaveError) and isinstance(error, OSError)
    assert error.reason.startswith("the file is open in another program")
    assert "permission denied" not in str(error)
    assert target.read_bytes() == before  # the old file is untouched
    kept = target.with_name("map (new copy).cjm.yaml")
    assert error.kept == kept and "map (new copy).cjm.yaml" in error.reason
    assert read_map(kept).map.title == "Новое название"  # the new work is safe beside it
    assert not list(target.parent.glob(".map.cjm.yaml.*.tmp"))
    assert sum(clock.waits) <= atomic.REPLACE_BUDGET_SECONDS
    assert len(clock.waits) >= 5


def test_the_program_holding_the_file_is_named(monkeypatch, windows, clock, saved):
    target, _before = saved
    held_for(monkeypatch, target, refusals=None)
    monkeypatch.setattr(atomic, "programs_holding", lambda _path: ["Adobe Acrobat"])
    with pytest.raises(FileInUseError, match=r"open in another program \(Adobe Acrobat\)"):
        write_atomic(target, b"cjm: 1\n")


def test_a_second_kept_copy_does_not_overwrite_the_first(monkeypatch, windows, clock, saved):
    target, _before = saved
    held_for(monkeypatch, target, refusals=None)
    with pytest.raises(FileInUseError):
        write_atomic(target, b"first")
    with pytest.raises(FileInUseError) as caught:
        write_atomic(target, b"second")
    assert caught.value.kept == target.with_name("map (new copy 2).cjm.yaml")
    assert target.with_name("map (new copy).cjm.yaml").read_bytes() == b"first"
    assert caught.value.kept.read_bytes() == b"second"


def test_without_keep_copy_nothing_is_left_beside(monkeypatch, windows, clock, saved):
    target, before = saved
    held_for(monkeypatch, target, refusals=None)
    with pytest.raises(FileInUseError) as caught:
        write_atomic(target, b"x", keep_copy=False)
    assert caught.value.kept is None
    assert sorted(p.name for p in target.parent.iterdir()) == ["map.cjm.yaml"]
    assert target.read_bytes() == before


def test_read_only_file_on_windows_is_not_called_in_use(monkeypatch, windows, clock, saved):
    """Windows says 'access denied' for a read-only file too; that is not worth waiting for."""
    target, _before = saved
    held_for(monkeypatch, target, refusals=None, error=PermissionError)
    monkeypatch.setattr(atomic.os, "access", lambda _path, _mode: False)
    with pytest.raises(MapSaveError) as caught:
        write_atomic(target, b"x")
    assert not isinstance(caught.value, FileInUseError)
    assert caught.value.reason == "permission denied"
    assert clock.waits == []


def test_permission_denied_on_posix_is_not_retried(monkeypatch, clock, saved):
    monkeypatch.setattr(sys, "platform", "linux")
    target, _before = saved
    held_for(monkeypatch, target, refusals=None, error=PermissionError)
    with pytest.raises(MapSaveError, match="permission denied"):
        write_atomic(target, b"x")
    assert clock.waits == []


def test_busy_target_on_posix_is_retried_too(monkeypatch, clock, saved):
    target, _before = saved

    def busy(_source, _destination):
        raise OSError(errno.EBUSY, "Device or resource busy")

    monkeypatch.setattr(os, "replace", busy)
    with pytest.raises(FileInUseError):
        write_atomic(target, b"x")
    assert clock.waits


def test_pdf_export_onto_an_open_pdf(monkeypatch, windows, clock, tmp_path, capsys):
    """Acrobat has the poster open: the CLI says so, and the new poster waits beside it."""
    out = tmp_path / "poster.pdf"
    out.write_bytes(b"%PDF-1.4 old poster")
    held_for(monkeypatch, out, refusals=None)
    assert main(["export", str(EXAMPLE), "-o", str(out)]) == 1
    message = capsys.readouterr().err
    assert "the file is open in another program" in message
    assert out.read_bytes() == b"%PDF-1.4 old poster"
    kept = tmp_path / "poster (new copy).pdf"
    assert kept.read_bytes().startswith(b"%PDF-") and kept.stat().st_size > 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poster (new copy).pdf", "poster.pdf"]


def test_pdf_export_waits_out_a_virus_scan(monkeypatch, windows, clock, tmp_path):
    from cjm_designer.export.pdf import export_pdf

    out = tmp_path / "poster.pdf"
    out.write_bytes(b"old")
    held_for(monkeypatch, out, refusals=2)
    export_pdf(read_map(EXAMPLE).map, out)
    assert out.read_bytes().startswith(b"%PDF-")


def test_pptx_deck_onto_an_open_presentation(monkeypatch, windows, clock, tmp_path, small_map):
    from cjm_designer.export.pptx_deck import build_deck

    out = tmp_path / "deck.pptx"
    out.write_bytes(b"old deck")
    held_for(monkeypatch, out, refusals=None)
    with pytest.raises(OSError, match="open in another program"):
        build_deck(small_map, out, None)
    assert out.read_bytes() == b"old deck"
    assert (tmp_path / "deck (new copy).pptx").read_bytes()[:2] == b"PK"


def test_kept_copy_names():
    assert kept_copy_name(Path("a/poster.pdf")).name == "poster (new copy).pdf"
    assert kept_copy_name(Path("m.cjm.yaml"), 3).name == "m (new copy 3).cjm.yaml"
    assert kept_copy_name(Path(".hidden")).name == ".hidden (new copy)"


def test_macos_saves_ask_the_drive_to_write_its_cache(monkeypatch, tmp_path):
    """fsync on macOS leaves data in the drive's cache; F_FULLFSYNC flushes it."""
    fcntl = pytest.importorskip("fcntl")  # simulated macOS needs the POSIX module

    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(fcntl, "F_FULLFSYNC", 51, raising=False)
    calls = []
    monkeypatch.setattr(fcntl, "fcntl", lambda fd, command, *rest: calls.append(command) or 0)
    fsyncs = []
    monkeypatch.setattr(os, "fsync", fsyncs.append)
    write_atomic(tmp_path / "m.cjm.yaml", b"cjm: 1\n")
    assert calls and set(calls) == {51}  # the file, then its folder
    assert fsyncs == []
    assert (tmp_path / "m.cjm.yaml").read_bytes() == b"cjm: 1\n"


def test_macos_falls_back_to_fsync_where_full_fsync_is_refused(monkeypatch, tmp_path):
    fcntl = pytest.importorskip("fcntl")  # simulated macOS needs the POSIX module

    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(fcntl, "F_FULLFSYNC", 51, raising=False)

    def refuse(_fd, _command, *_rest):
        raise OSError(errno.ENOTSUP, "not supported on this file system (SMB)")

    monkeypatch.setattr(fcntl, "fcntl", refuse)
    fsyncs = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: fsyncs.append(fd) or real_fsync(fd))
    write_atomic(tmp_path / "m.cjm.yaml", b"cjm: 1\n")
    assert fsyncs


def test_linux_uses_plain_fsync(monkeypatch, tmp_path):
    fcntl = pytest.importorskip("fcntl")  # simulated macOS needs the POSIX module

    monkeypatch.setattr(sys, "platform", "linux")
    calls = []
    monkeypatch.setattr(fcntl, "fcntl", lambda *args: calls.append(args) or 0)
    write_atomic(tmp_path / "m.cjm.yaml", b"cjm: 1\n")
    assert calls == []


def test_temp_files_are_hidden_on_windows_and_the_saved_file_is_not(monkeypatch, tmp_path):
    """A leading dot hides nothing on Windows: Explorer and OneDrive need the attribute."""
    monkeypatch.setattr(sys, "platform", "win32")
    attributes: dict[str, int] = {}
    log = []
    monkeypatch.setattr(
        platform_files, "_get_attributes", lambda path: attributes.setdefault(path, 0x80)
    )

    def set_attributes(path, value):
        attributes[path] = value
        log.append((Path(path).name, bool(value & platform_files.FILE_ATTRIBUTE_HIDDEN)))
        return True

    monkeypatch.setattr(platform_files, "_set_attributes", set_attributes)
    target = tmp_path / "m.cjm.yaml"
    write_atomic(target, b"cjm: 1\n")
    names = [name for name, _hidden in log]
    assert names and all(name.startswith(".m.cjm.yaml.") for name in names)
    assert [hidden for _name, hidden in log] == [True, False]  # hidden, then cleared
    assert str(target) not in attributes


def test_hiding_is_a_no_op_elsewhere(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(platform_files, "_set_attributes", lambda *_: pytest.fail("called"))
    platform_files.set_hidden(tmp_path)
    assert platform_files.programs_holding(tmp_path) == []


@pytest.mark.parametrize(
    ("stem", "safe"),
    [
        ("CON", "CON-map"),
        ("nul", "nul-map"),
        ("Aux.backup", "Aux.backup-map"),
        ("COM1", "COM1-map"),
        ("LPT9", "LPT9-map"),
        ("console", "console"),
        ("a:b/c?", "a-b-c-"),
        ("trailing. ", "trailing"),
        ("...", "journey-map"),
        ("Путь клиента", "Путь клиента"),
    ],
)
def test_suggested_names_every_platform_accepts(stem, safe):
    assert platform_files.safe_file_stem(stem) == safe


def test_asking_windows_who_holds_a_file_never_breaks_a_save(monkeypatch, tmp_path):
    """Where the Restart Manager is missing (or refuses), the message just names nobody."""
    monkeypatch.setattr(sys, "platform", "win32")
    assert platform_files.programs_holding(tmp_path / "poster.pdf") == []
