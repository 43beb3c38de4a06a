"""Shrink the ICU data library that Qt links against to what the program can use.

Qt's libicudata.so.NN (from the PySide6 wheel) carries the Unicode data of every locale
(30.5 MiB, the largest file of the bundle). QtCore asks ICU for collation, case mapping,
IDNA and legacy text codecs; the program speaks English, Russian and Finnish. This keeps
every Unicode property, normalization and converter table and the data of those locales
(plus root, the fallback of all the others), and drops the other locales' data, the
transliterators and the Thai/Lao/Khmer/Burmese/CJK word dictionaries: about 21 MiB. A
locale whose data is gone falls back to root, as ICU does for any locale it lacks.

Usage: python installer/linux/trim_icu.py dist/cjm-designer
Needs icupkg and genccode (Debian/Ubuntu: icu-devtools) and a C compiler (gcc).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = ("en", "ru", "fi")
DROPPED_TREES = ("translit",)
"""Transliteration rules: Qt never asks ICU for a transliterator."""
LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]*)*")
"""A locale's file name (``ru``, ``en_US_POSIX``, ``de__PHONEBOOK``); not ``supplementalData``."""


def keep(item: str) -> bool:
    """Whether an item of the data package (``coll/ru.res``, ``uprops.icu``) stays."""
    *folders, name = item.split("/")
    if name.endswith(".dict"):  # word-break dictionaries of scripts without spaces
        return False
    if folders and folders[0] in DROPPED_TREES:
        return False
    stem, _, extension = name.rpartition(".")
    if extension != "res" or stem in ("root", "res_index", "pool"):
        return True  # properties, normalization, converters, indexes, the fallback
    if not LOCALE.fullmatch(stem):
        return True  # supplemental data, time zones, plural rules ...
    return stem.split("_")[0] in LANGUAGES


def data_blob(library: Path, symbol: str) -> bytes:
    """The bytes of ``symbol`` (ICU's common data) inside ``library``."""
    table = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    for line in table.splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[3] == symbol:
            address, size = int(fields[0], 16), int(fields[1], 16)
            break
    else:
        raise SystemExit(f"{library}: no symbol {symbol}")
    headers = subprocess.run(
        ["readelf", "-lW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in headers.splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            offset, vaddr, filesize = int(fields[1], 16), int(fields[2], 16), int(fields[4], 16)
            if vaddr <= address < vaddr + filesize:
                start = address - vaddr + offset
                return library.read_bytes()[start : start + size]
    raise SystemExit(f"{library}: {symbol} is in no loadable segment")


def trim(bundle: Path) -> tuple[int, int]:
    """Replace the bundle's libicudata with the trimmed one; (old size, new size)."""
    libraries = sorted(bundle.rglob("libicudata.so.*"))
    library = next((path for path in libraries if not path.is_symlink()), None)
    if library is None:
        raise SystemExit(f"no libicudata.so.* in {bundle}")
    major = library.name.split(".so.")[1].split(".")[0]
    entry = f"icudt{major}"
    for tool in ("icupkg", "genccode", "gcc", "nm", "readelf"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing (sudo apt-get install icu-devtools gcc binutils)")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        full = work / f"{entry}l.dat"
        full.write_bytes(data_blob(library, f"{entry}_dat"))
        items = subprocess.run(
            ["icupkg", "-l", str(full)], capture_output=True, text=True, check=True
        ).stdout.split()
        dropped = [item for item in items if not keep(item)]
        (work / "drop.txt").write_text("\n".join(dropped) + "\n")
        small = work / "small" / f"{entry}l.dat"
        small.parent.mkdir()
        remove = ["icupkg", "-r", str(work / "drop.txt"), str(full), str(small)]
        checked = subprocess.run(remove, capture_output=True, text=True)
        if checked.returncode != 0:
            # Only the root break rules may point at a dropped dictionary: ICU then breaks
            # those scripts without it, as a build filtered by ICU's own tools does.
            missing = re.findall(r"depends on missing item (\S+)", checked.stderr)
            if not missing or not all(item.endswith(".dict") for item in missing):
                raise SystemExit(checked.stderr)
            subprocess.run([*remove[:1], "--ignore-deps", *remove[1:]], check=True)
        subprocess.run(
            ["genccode", "-q", "-a", "gcc", "-e", entry, "-d", str(work), str(small)], check=True
        )
        (assembly,) = work.glob("*.S")
        built = work / library.name
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,libicudata.so.{major}",
             "-o", str(built), str(assembly)],
            check=True,
        )  # fmt: skip
        if (
            f"{entry}_dat"
            not in subprocess.run(
                ["nm", "-D", "--defined-only", str(built)], capture_output=True, text=True
            ).stdout
        ):
            raise SystemExit(f"the rebuilt library lacks {entry}_dat")
        before = library.stat().st_size
        shutil.copyfile(built, library)
        return before, library.stat().st_size


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    before, after = trim(Path(argv[0]))
    print(f"ICU data: {before / 2**20:.1f} MiB -> {after / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
