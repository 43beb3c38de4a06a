"""Coverage-guided fuzzing (atheris) of everything that reads outside input.

The first byte picks the path (modulo 5): 0 a .cjm.yaml map, 1 a Mermaid journey, 2 a
CSV table, 3 an XLSX workbook, 4 a picture printed in the handout; the rest is the
input. The only exception allowed out is MapLoadError (pictures: none at all, a bad
one is left out); anything else is a crash that atheris reports with its input.

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
    from cjm_designer.io.tables import csv_table_from_bytes, table_to_map, xlsx_table_from_bytes
    from cjm_designer.io.yaml_format import dumps_map, loads_map

import base64
import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Spacer

from cjm_designer.export.pdf_pictures import picture_flowables
from cjm_designer.model.entities import Picture

_CAPTION = ParagraphStyle("caption")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    mode, body = data[0] % 5, data[1:]
    try:
        if mode == 0:
            journey = loads_map(body, "fuzz.cjm.yaml").map
            # What loads must also save, and load back to the same content.
            again = loads_map(dumps_map(journey), "again.cjm.yaml").map
            if not again.same_content(journey):
                raise AssertionError("a loaded map did not survive save and load")
        elif mode == 1:
            parse_mermaid(body.decode("utf-8", "replace"), "fuzz.mmd")
        elif mode == 2:
            table_to_map(csv_table_from_bytes(body, "fuzz.csv"))
        elif mode == 3:
            table_to_map(xlsx_table_from_bytes(body, "fuzz.xlsx"))
        else:
            picture = Picture("image/png", base64.b64encode(body).decode(), "fuzz")
            blocks = picture_flowables([picture], _CAPTION)
            SimpleDocTemplate(io.BytesIO()).build(blocks or [Spacer(1, 1)])
    except MapLoadError:
        pass


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
