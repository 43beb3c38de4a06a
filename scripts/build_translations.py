"""Compile the hand-translated .ts files into the .qm files the editor loads.

The .qm files are committed (the wheel and the frozen bundle need no Qt tools to build);
``tests/core/test_translations_complete.py`` checks they match their .ts files.

    .venv/bin/python scripts/build_translations.py [--out DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from update_translations import LANGUAGES, TS_DIR, tool, ts_path


def build(out: Path = TS_DIR, ts_dir: Path = TS_DIR) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        source = ts_path(language, ts_dir)
        target = out / source.with_suffix(".qm").name
        command = [tool("pyside6-lrelease"), "-removeidentical", str(source), "-qm", str(target)]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"lrelease failed:\n{result.stdout}{result.stderr}")
        built.append(target)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=TS_DIR)
    args = parser.parse_args(argv)
    for path in build(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
