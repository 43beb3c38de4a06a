"""Hostile files (issue 20): every one is read or refused within 10 s and 1 GB.

Each case is written to a temporary folder and read in a fresh child process, so its
wall time and peak memory (the child's maximum resident set) are its own. The baseline
is loading a believable large map (50 x 20 x 5,000, 3.5 MB) in the same run and the
same way; ratios against it are printed next to the absolute numbers, because the
machine is shared and noisy.

    .venv/bin/python benchmarks/bench_hostile.py            # all cases
    .venv/bin/python benchmarks/bench_hostile.py --only xlsx-far-cell
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUDGET_SECONDS = 10.0
BUDGET_MB = 1024.0


# --- the files ---------------------------------------------------------------------------


def _example() -> str:
    return (ROOT / "resources" / "examples" / "protein-bars.cjm.yaml").read_text("utf-8")


def make_baseline(path: Path) -> None:
    from benchmarks.generate import generate_map
    from cjm_designer.io.yaml_format import save_map

    save_map(generate_map(50, 20, 5000), path)


def make_small_values(path: Path) -> None:
    """24 MB of one-character list items: six million values (took 70 s and 2.4 GB)."""
    path.write_text(_example() + "x:\n" + "- 1\n" * 6_000_000, "utf-8")


def make_flow_values(path: Path) -> None:
    """64 MB of a flow list: 32 million values on one line."""
    path.write_text(_example() + "x: [" + "1," * 32_000_000 + "1]\n", "utf-8")


def make_just_under_budget(path: Path) -> None:
    """The worst accepted file: just under the 500,000-value budget."""
    path.write_text(_example() + "x:\n" + "- 1\n" * 495_000, "utf-8")


def make_long_text(path: Path) -> None:
    """63 MB in one text value: few values, all of the size budget."""
    path.write_text(_example() + 'x: "' + "a" * 63_000_000 + '"\n', "utf-8")


def make_alias_chain(path: Path) -> None:
    chain = "".join(f"a{i}: &a{i} [{f'*a{i - 1}' if i else 1}]\n" for i in range(20000))
    path.write_text(_example() + chain, "utf-8")


def make_alias_bomb(path: Path) -> None:
    lines = ["a0: &a0 [" + ",".join(["lol"] * 9) + "]"]
    for level in range(1, 10):
        lines.append(f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 9) + "]")
    path.write_text(_example() + "\n".join(lines) + "\n", "utf-8")


def make_mermaid_same_names(path: Path) -> None:
    """0.5 MB of tasks with one name (tens of seconds with quadratic ids)."""
    path.write_text("journey\n  section S\n" + "    Same task: 3: me\n" * 25_000, "utf-8")


def make_csv_same_names(path: Path) -> None:
    """0.4 MB of rows with one title and 15,000 stage names (quadratic ids and lookups)."""
    rows = "".join(f"Stage {i},Web,Same title\n" for i in range(15_000))
    path.write_text("stage,channel,title\n" + rows, "utf-8")


def make_csv_many_rows(path: Path) -> None:
    """60 MB of CSV rows: refused at the row budget while reading."""
    path.write_text("stage,channel,title\n" + "S,C,T\n" * 10_000_000, "utf-8")


def _workbook(edit) -> bytes:
    from cjm_designer.io.tables import template_rows, xlsx_bytes

    source = zipfile.ZipFile(io.BytesIO(xlsx_bytes(template_rows())))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            target.writestr(name, edit(name, source.read(name)))
    return out.getvalue()


def make_xlsx_far_cell(path: Path) -> None:
    """5 KB: one cell in the last column and the last row (hung before)."""

    def edit(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet1.xml":
            return data
        data = data.replace(b'<dimension ref="A1:N4"/>', b'<dimension ref="A1:XFD1048576"/>')
        cell = b'<c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c>'
        return data.replace(b"</sheetData>", b'<row r="1048576">' + cell + b"</row></sheetData>")

    path.write_bytes(_workbook(edit))


def make_xlsx_zip_bomb(path: Path) -> None:
    """A shared-strings part that unpacks to 300 MB from about 300 KB."""

    def edit(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            return data
        return data

    raw = _workbook(edit)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info.filename), zipfile.ZIP_DEFLATED)
        bomb = zipfile.ZipInfo("xl/sharedStrings.xml")
        target.writestr(bomb, b" " * 300_000_000, zipfile.ZIP_DEFLATED)
    path.write_bytes(out.getvalue())


def _png(width: int, height: int) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grey
    row = b"\x00" + b"\x00" * width
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


def make_png_bomb_map(path: Path) -> None:
    """A map with a 12,000 x 12,000 PNG (144 Mpx, about 0.2 MB) on a stage."""
    from dataclasses import replace

    from cjm_designer.io.yaml_format import loads_map, save_map
    from cjm_designer.model import Kind
    from cjm_designer.model.entities import Picture

    journey = loads_map(_example()).map
    picture = Picture("image/png", base64.b64encode(_png(12_000, 12_000)).decode(), "bomb")
    journey.replace(Kind.STAGE, replace(journey.stages[0], pictures=(picture,)))
    save_map(journey, path)


CASES = {
    # name: (maker, suffix, how the child reads it)
    "baseline-50x20x5000": (make_baseline, ".cjm.yaml", "load"),
    "yaml-6M-small-values-24MB": (make_small_values, ".cjm.yaml", "load"),
    "yaml-32M-flow-values-64MB": (make_flow_values, ".cjm.yaml", "load"),
    "yaml-495k-values-accepted": (make_just_under_budget, ".cjm.yaml", "load"),
    "yaml-63MB-one-text": (make_long_text, ".cjm.yaml", "load"),
    "yaml-alias-chain-20000": (make_alias_chain, ".cjm.yaml", "load"),
    "yaml-alias-bomb-9^10": (make_alias_bomb, ".cjm.yaml", "load"),
    "mermaid-25000-same-names": (make_mermaid_same_names, ".mmd", "convert"),
    "csv-15000-same-names": (make_csv_same_names, ".csv", "convert"),
    "csv-10M-rows-60MB": (make_csv_many_rows, ".csv", "convert"),
    "xlsx-far-cell-5KB": (make_xlsx_far_cell, ".xlsx", "convert"),
    "xlsx-zip-bomb-300MB": (make_xlsx_zip_bomb, ".xlsx", "convert"),
    "pdf-handout-144Mpx-png": (make_png_bomb_map, ".cjm.yaml", "handout"),
}


# --- the child: read one file, report time and outcome -----------------------------------


def child(how: str, path: str) -> None:
    from cjm_designer.io.errors import MapLoadError

    start = time.perf_counter()
    outcome = "read"
    try:
        if how == "load":
            from cjm_designer.io.yaml_format import read_map

            read_map(path)
        elif how == "convert":
            from cjm_designer.io.converters import ConversionError, read_any

            try:
                read_any(path)
            except ConversionError as error:
                raise MapLoadError.single(str(error).splitlines()[0]) from None
        else:
            from cjm_designer import export_pdf
            from cjm_designer.io.yaml_format import load_map

            result = export_pdf(load_map(path), path + ".pdf", kind="handout")
            outcome = "written; " + "; ".join(result.warnings)[:90]
    except MapLoadError as error:
        outcome = "refused: " + str(error.first).split(": ", 1)[-1][:90]
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "outcome": outcome, "peak_mb": _peak_mb()}))


def _peak_mb() -> float:
    """This process's own peak resident memory. The rusage of a child counts the forking
    parent's peak too (Linux keeps it across exec), so it is read from /proc instead."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_case(name: str, folder: Path) -> dict:
    maker, suffix, how = CASES[name]
    path = folder / f"{name}{suffix}"
    maker(path)
    # the parent made the file; its own memory does not count (see _peak_mb)
    size = path.stat().st_size
    process = subprocess.Popen(
        [sys.executable, __file__, "--child", how, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    start = time.perf_counter()
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    out = process.stdout.read().decode() if process.stdout else ""
    err = process.stderr.read().decode() if process.stderr else ""
    process.returncode = os.waitstatus_to_exitcode(status)
    path.unlink()
    if process.returncode != 0 or not out.strip():
        return {"name": name, "size": size, "wall": wall, "peak_mb": usage.ru_maxrss / 1024,
                "seconds": wall, "outcome": f"CRASH {process.returncode}: {err[-300:]}"}  # fmt: skip
    report = json.loads(out.strip().splitlines()[-1])
    return {"name": name, "size": size, "wall": wall, "peak_mb": usage.ru_maxrss / 1024, **report}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", action="append", help="run only these cases (and the baseline)")
    parser.add_argument("--child", nargs=2, metavar=("HOW", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    names = list(CASES)
    if args.only:
        names = [names[0], *[n for n in names[1:] if n in args.only]]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        results = [run_case(name, Path(tmp)) for name in names]
    base = results[0]
    print(
        f"{'case':<30} {'file':>9} {'work s':>7} {'x base':>7} {'peak MB':>8} {'x base':>7}  outcome"
    )
    for r in results:
        over = r["seconds"] > BUDGET_SECONDS or r["peak_mb"] > BUDGET_MB or "CRASH" in r["outcome"]
        failures += over
        print(
            f"{r['name']:<30} {r['size'] / 1e6:>7.2f}MB {r['seconds']:>7.2f} "
            f"{r['seconds'] / base['seconds']:>7.2f} {r['peak_mb']:>8.0f} "
            f"{r['peak_mb'] / base['peak_mb']:>7.2f}  {'OVER BUDGET ' if over else ''}{r['outcome']}"
        )
    print(f"budget: {BUDGET_SECONDS:g} s and {BUDGET_MB:g} MB per file; {failures} over")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
