"""File format speed against raw PyYAML (C) on the same file, measured in one run.

Targets (issue 2): load / raw ``yaml.load(CSafeLoader)`` <= 1.5 and
save / raw ``yaml.dump(CSafeDumper)`` <= 1.5 on a 50 x 20 x 5,000 map. Also shows
where load time goes and what an autosave after one card edit costs.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generate_map
from benchmarks.timing import best_of
from cjm_designer.io.format_v1 import decode_map
from cjm_designer.io.yaml_format import read_map, save_map
from cjm_designer.io.yaml_reader import parse_yaml
from cjm_designer.io.yaml_writer import MapWriter
from cjm_designer.model import Kind


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="50x20x5000", help="STAGESxCHANNELSxTOUCHPOINTS")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    stages, channels, touchpoints = (int(n) for n in args.size.split("x"))
    journey = generate_map(stages, channels, touchpoints)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.cjm.yaml"
        save_map(journey, path)
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        data = yaml.load(text, Loader=yaml.CSafeLoader)

        raw_load = best_of(args.repeat, lambda: yaml.load(text, Loader=yaml.CSafeLoader))
        our_load = best_of(args.repeat, lambda: read_map(path))
        parse_only = best_of(args.repeat, lambda: parse_yaml(raw, str(path)))
        decode_only = best_of(args.repeat, lambda: decode_map(data))
        raw_dump = best_of(
            args.repeat,
            lambda: yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False),
        )
        our_save = best_of(args.repeat, lambda: MapWriter().dumps(journey))

        writer = MapWriter()
        writer.dumps(journey)
        edits = []

        def edit_one_and_save() -> None:
            card = journey.touchpoints[len(edits) % len(journey.touchpoints)]
            journey.replace(Kind.TOUCHPOINT, dataclasses.replace(card, title=card.title + "!"))
            edits.append(1)
            writer.dumps(journey)

        autosave = statistics.median(
            best_of(1, edit_one_and_save) for _ in range(max(5, args.repeat))
        )

    print(f"map {args.size}: {len(raw) / 1e6:.2f} MB")
    print(f"raw yaml.load(CSafeLoader)   {raw_load * 1000:8.1f} ms")
    print(
        f"load_map                     {our_load * 1000:8.1f} ms   ratio {our_load / raw_load:.2f} (target <= 1.5)"
    )
    print(f"  of which parse (C compose + walk) {parse_only * 1000:8.1f} ms")
    print(f"  of which decode to model          {decode_only * 1000:8.1f} ms")
    print(f"raw yaml.dump(CSafeDumper)   {raw_dump * 1000:8.1f} ms")
    print(
        f"save (canonical text)        {our_save * 1000:8.1f} ms   ratio {our_save / raw_dump:.2f} (target <= 1.5)"
    )
    print(f"autosave after one card edit {autosave * 1000:8.1f} ms   (cached entity text)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
