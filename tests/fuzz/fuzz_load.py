"""Coverage-guided fuzzing (atheris) of everything that reads outside input.

The first byte picks the path: a .cjm.yaml map, or a Mermaid journey; the rest is the
input. The only exception allowed out is MapLoadError; anything else is a crash that
atheris reports with the input that caused it.

Run: ``python tests/fuzz/fuzz_load.py tests/fuzz/corpus -atheris_runs=20000``
(``-max_total_time=60`` for a time limit). Seeds live in tests/fuzz/corpus/.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

with atheris.instrument_imports(include=["cjm_designer", "yaml"]):
    from cjm_designer.io.errors import MapLoadError
    from cjm_designer.io.mermaid import parse_mermaid
    from cjm_designer.io.yaml_format import dumps_map, loads_map


def test_one_input(data: bytes) -> None:
    if not data:
        return
    mode, body = data[0] % 2, data[1:]
    try:
        if mode == 0:
            journey = loads_map(body, "fuzz.cjm.yaml").map
            # What loads must also save, and load back to the same content.
            again = loads_map(dumps_map(journey), "again.cjm.yaml").map
            if not again.same_content(journey):
                raise AssertionError("a loaded map did not survive save and load")
        else:
            parse_mermaid(body.decode("utf-8", "replace"), "fuzz.mmd")
    except MapLoadError:
        pass


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
