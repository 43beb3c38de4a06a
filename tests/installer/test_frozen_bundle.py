"""Smoke tests of the frozen program, run with an almost empty environment.

They run when ``CJM_FROZEN_BUNDLE`` names a built bundle: the folder ``dist/cjm-designer``
(Linux: ``.ci/installers`` builds it with installer/build-linux.sh; Windows) or the
``dist/CJM Designer.app`` of macOS; the hosted workflow (.github/workflows/installers.yml)
runs them on Windows and both kinds of Mac. Otherwise they skip, saying how to run them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
BUNDLE = os.environ.get("CJM_FROZEN_BUNDLE")
pytestmark = pytest.mark.skipif(
    not BUNDLE, reason="set CJM_FROZEN_BUNDLE=dist/cjm-designer after installer/build-linux.sh"
)
EXAMPLE = REPO / "resources" / "examples" / "protein-bars.cjm.yaml"


def frozen_program(bundle: Path, platform: str | None = None) -> Path:
    """The console program inside a bundle, where each platform's build puts it."""
    platform = platform or sys.platform
    if bundle.suffix == ".app":
        return bundle / "Contents" / "MacOS" / "cjm-designer"
    return bundle / ("cjm-designer.exe" if platform == "win32" else "cjm-designer")


def frozen_environment(home: Path, platform: str | None = None) -> dict[str, str]:
    """No virtualenv, no PYTHONPATH: a home folder, the offscreen Qt platform, and on
    Windows the few variables the system itself needs to start a program."""
    platform = platform or sys.platform
    environment = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    if platform == "win32":
        for name in ("SYSTEMROOT", "WINDIR", "SYSTEMDRIVE", "COMSPEC"):
            if name in os.environ:
                environment[name] = os.environ[name]
        environment.update(
            USERPROFILE=str(home), TEMP=str(home), TMP=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
        )  # fmt: skip
    elif platform == "darwin":
        environment["TMPDIR"] = str(home)
    return environment


def run_frozen(*args: str, tmp_path: Path, **extra_env: str) -> subprocess.CompletedProcess:
    program = frozen_program(Path(BUNDLE or "").resolve())
    return subprocess.run(
        [str(program), *args],
        env={**frozen_environment(tmp_path), **extra_env},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        cwd=tmp_path,
    )


def test_version(tmp_path):
    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    result = run_frozen("--version", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"cjm-designer {version}"


def test_pdf_export_of_the_example(tmp_path):
    out = tmp_path / "poster.pdf"
    result = run_frozen(
        "export", str(EXAMPLE), "-o", str(out), "--kind", "poster", tmp_path=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    from pypdf import PdfReader

    text = PdfReader(out).pages[0].extract_text()
    assert "Осознание" in text and "Рекомендации" in text


def test_slides_export_with_the_trimmed_lxml(tmp_path):
    """python-pptx needs lxml.etree only; the bundle leaves the rest of lxml out."""
    out = tmp_path / "deck.pptx"
    result = run_frozen("export", str(EXAMPLE), "-o", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    import zipfile

    slides = [n for n in zipfile.ZipFile(out).namelist() if n.startswith("ppt/slides/slide")]
    assert len(slides) > 3


def test_pdf_of_every_script_is_shaped_and_finished_in_the_bundle(tmp_path):
    """The bundle carries the fallback fonts, uharfbuzz and pikepdf: Arabic joins, Korean
    and Devanagari draw, and the PDF has its output intent."""
    import unicodedata

    import pikepdf
    from pdfminer.high_level import extract_text

    from cjm_designer.io.converters import write_any
    from cjm_designer.model import Channel, JourneyMap, Kind, Persona, Stage, Touchpoint

    journey = JourneyMap(title="Scripts", language="ar")
    journey.extend(Kind.PERSONA, [Persona("p", "P")])
    journey.extend(Kind.CHANNEL, [Channel("c", "Web")])
    journey.extend(Kind.STAGE, [Stage("s", "Stage")])
    texts = ["مرحبا بالعالم", "안녕하세요", "नमस्ते", "😀"]
    journey.extend(
        Kind.TOUCHPOINT, [Touchpoint(f"t{i}", "s", "c", text) for i, text in enumerate(texts)]
    )
    source = tmp_path / "scripts.cjm.yaml"
    write_any(journey, source)
    out = tmp_path / "scripts.pdf"
    result = run_frozen("export", str(source), "-o", str(out), "--page", "A3", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "no font" not in result.stdout + result.stderr
    text = unicodedata.normalize("NFKC", extract_text(str(out)))
    for expected in ("ملاعلاب ابحرم", "안녕하세요", "नमस्ते", "😀"):
        assert expected in text, (expected, text)
    with pikepdf.open(out) as pdf:
        assert pdf.pdf_version == "1.7" and len(pdf.Root.OutputIntents) == 1


def test_screenshot_of_the_window(tmp_path):
    out = tmp_path / "window.png"
    result = run_frozen(
        str(EXAMPLE), "--screenshot", str(out), "--size", "1366x768", tmp_path=tmp_path
    )
    assert result.returncode == 0, result.stderr
    header = out.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    assert (width, height) == (1366, 768)


def test_the_window_opens_on_a_system_whose_icu_locale_was_dropped(tmp_path):
    """Linux trims Qt's ICU data to English, Russian and Finnish: German falls back to root."""
    out = tmp_path / "window.png"
    result = run_frozen(
        str(EXAMPLE), "--screenshot", str(out), "--size", "800x600", tmp_path=tmp_path,
        LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_reports_through_a_cp1252_pipe(tmp_path):
    """What git and a Windows pipe do to the merge/diff drivers and to ``info``."""
    result = run_frozen("info", str(EXAMPLE), tmp_path=tmp_path, PYTHONIOENCODING="cp1252")
    assert result.returncode == 0, result.stderr
    assert "Протеиновые батончики" in result.stdout


def test_reports_in_finnish_with_the_bundled_locale_data(tmp_path):
    """Babel's CLDR data is trimmed to the shipped languages: Finnish numbers still work."""
    result = run_frozen("analyze", "--lang", "fi", str(EXAMPLE), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Suppilo" in result.stdout and "70,0" in result.stdout  # a decimal comma


def test_the_workshop_room_serves_its_page(tmp_path):
    """aiohttp and the page's assets are in the bundle: the URL first, the page, SIGTERM."""
    import shutil
    import signal
    import urllib.request

    map_path = tmp_path / "room.cjm.yaml"
    shutil.copy(EXAMPLE, map_path)
    program = Path(BUNDLE or "").resolve() / "cjm-designer"
    process = subprocess.Popen(
        [str(program), "room", str(map_path), "--port", "0"],
        env={"HOME": str(tmp_path)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), process.stderr.read()
        with urllib.request.urlopen(url, timeout=30) as response:  # loopback only
            assert b'<html lang="ru">' in response.read()
        with urllib.request.urlopen(url + "static/app.js", timeout=30) as response:
            assert b"textContent" in response.read()
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    assert (tmp_path / "room.cjm.room.jsonl").exists()


def test_bundle_stays_small_and_carries_no_test_data():
    bundle = Path(BUNDLE or "")
    size = sum(
        path.stat().st_size
        for path in bundle.rglob("*")
        if path.is_file() and not path.is_symlink()
    )
    assert size < 200 * 1024 * 1024, f"bundle is {size / 2**20:.0f} MiB (limit 200 MiB)"
    if sys.platform == "linux":  # installer/linux/trim_icu.py ran (30.6 MiB untrimmed)
        (icu,) = [path for path in bundle.rglob("libicudata.so.*") if not path.is_symlink()]
        assert icu.stat().st_size < 12 * 1024 * 1024
    assert not list(bundle.rglob("tests/data"))
    assert not list(bundle.rglob("*QtWebEngine*")) and not list(bundle.rglob("libQt6Quick*"))
