"""Bring the message catalogues in step with cjm_designer/messages/texts.py and compile them.

    .venv/bin/python scripts/update_messages.py          # update .pot/.po, compile .mo
    .venv/bin/python scripts/update_messages.py --check  # exit 1 if anything is out of date

Each code of ``TEXTS`` becomes one catalogue entry: ``msgctxt`` is the code, ``msgid``
the English text (``msgid_plural`` for a Plural). New codes arrive untranslated, changed
English texts arrive fuzzy (with the old translation as a start), removed codes are
dropped. Only translated, non-fuzzy entries are compiled into the ``.mo`` files, so an
untranslated message shows in English until it is done (and
tests/core/test_message_catalogues.py fails).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cjm_designer.messages.texts import TEXTS, Plural  # noqa: E402

FOLDER = ROOT / "resources" / "messages"
DOMAIN = "cjm_designer"
LANGUAGES = ("ru", "fi")
HEADER = "# Messages of CJM Designer's Qt-free layers (cli, analysis, io, model, export)."


def template() -> Catalog:
    catalog = Catalog(project="CJM Designer", domain=DOMAIN, fuzzy=False, header_comment=HEADER)
    for code, entry in TEXTS.items():
        msgid = (entry.one, entry.other) if isinstance(entry, Plural) else entry
        comments = [f"plural by {{{entry.count}}}"] if isinstance(entry, Plural) else []
        catalog.add(msgid, context=code, auto_comments=comments)
    return catalog


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, omit_header=False, ignore_obsolete=True,
             include_previous=False)  # fmt: skip
    return out.getvalue()


def _mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def updated(language: str, pot: Catalog) -> Catalog:
    path = FOLDER / f"{DOMAIN}_{language}.po"
    if path.exists():
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=language, domain=DOMAIN)
    else:
        catalog = Catalog(locale=language, domain=DOMAIN, project="CJM Designer",
                          header_comment=HEADER, fuzzy=False)  # fmt: skip
    catalog.update(pot, no_fuzzy_matching=False, update_header_comment=False)
    # Stable files: no creation dates that change on every run.
    catalog.creation_date = catalog.revision_date = pot.creation_date.replace(
        year=2026, month=1, day=1, hour=0, minute=0, second=0, microsecond=0
    )
    pot.creation_date = catalog.creation_date
    catalog.fuzzy = False
    return catalog


def main(argv: list[str]) -> int:
    check = "--check" in argv
    pot = template()
    outputs: dict[Path, bytes] = {}
    for language in LANGUAGES:
        catalog = updated(language, pot)
        outputs[FOLDER / f"{DOMAIN}_{language}.po"] = _po_bytes(catalog)
        outputs[FOLDER / f"{DOMAIN}_{language}.mo"] = _mo_bytes(catalog)
    outputs[FOLDER / f"{DOMAIN}.pot"] = _po_bytes(pot)
    stale = [p for p, data in outputs.items() if not p.exists() or p.read_bytes() != data]
    if check:
        for path in stale:
            print(f"{path.relative_to(ROOT)}: out of date; run scripts/update_messages.py")
        return 1 if stale else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    for path in stale:
        path.write_bytes(outputs[path])
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
