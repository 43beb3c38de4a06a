"""installer/linux/trim_icu.py: the Linux bundle's ICU data keeps what Qt uses for the
shipped languages (about 21 MiB lighter), and Qt behaves the same with it."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _trim_icu():
    spec = importlib.util.spec_from_file_location(
        "trim_icu", REPO / "installer" / "linux" / "trim_icu.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_languages_and_all_unicode_data_stay():
    keep = _trim_icu().keep
    for item in (
        "uprops.icu", "ucase.icu", "nfkc.nrm", "uts46.nrm", "cnvalias.icu",
        "windows-1251-2000.cnv", "root.res", "ru.res", "fi.res", "en_US_POSIX.res",
        "coll/ucadata.icu", "coll/ru.res", "coll/fi.res", "coll/root.res", "brkitr/word.brk",
        "curr/pool.res", "zone/res_index.res", "supplementalData.res", "zoneinfo64.res",
    ):  # fmt: skip
        assert keep(item), item
    for item in (
        "de.res", "zh_Hant_TW.res", "coll/zh.res", "coll/de__PHONEBOOK.res", "curr/sv.res",
        "brkitr/cjdict.dict", "brkitr/thaidict.dict", "translit/root.res",
    ):  # fmt: skip
        assert not keep(item), item


QT_CHECK = """
import json
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringDecoder, QUrl
app = QCoreApplication([])
words = ["Ёлка", "ель", "Яблоко", "åke", "Öljy", "zebra", "Äiti", "apple", "Ångström"]
report = {
    name: [sorted(words, key=QCollator(QLocale(name)).sortKey), QLocale(name).toUpper("iёä")]
    for name in ("ru_RU", "fi_FI", "en_US", "tr_TR")
}
report["sv"] = sorted(words, key=QCollator(QLocale("sv_SE")).sortKey)
report["root"] = sorted(words, key=QCollator(QLocale("en_US")).sortKey)
report["idna"] = QUrl.fromUserInput("http://пример.рф/").toEncoded().data().decode()
report["codec"] = QStringDecoder("windows-1251").isValid()
print(json.dumps(report))
"""


def qt_report(preload: Path | None = None) -> dict:
    env = {"LD_PRELOAD": str(preload)} if preload else {}
    done = subprocess.run(
        [sys.executable, "-c", QT_CHECK],
        env={**env, "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.skipif(
    sys.platform != "linux"
    or not all(shutil.which(tool) for tool in ("icupkg", "genccode", "gcc", "nm", "readelf")),
    reason="needs icu-devtools, gcc and binutils (installer/build-linux.sh installs them)",
)
def test_qt_sorts_cases_and_converts_the_same_with_the_trimmed_data(tmp_path):
    import PySide6

    (original,) = (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.[0-9]*")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copyfile(original, bundle / original.name)
    before, after = _trim_icu().trim(bundle)
    assert after < before - 15 * 2**20  # 30.5 MiB -> 9.6 MiB with ICU 73
    full, small = qt_report(), qt_report(bundle / original.name)
    assert small["sv"] != full["sv"] and small["sv"] == small["root"]  # dropped: root order
    del full["sv"], small["sv"]
    assert small == full  # Russian and Finnish order, Turkish İ, IDNA, legacy codecs
