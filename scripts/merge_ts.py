"""A git merge driver for Qt .ts catalogues: the union of both sides' messages.

Two branches that each add user-visible strings both rewrite the same .ts files, and a
line merge of that XML conflicts on nearly every hunk. Messages are independent, so the
merge is their union by (context, source); where only one side has translated a message,
its translation wins. After the merge, run ``scripts/update_translations.py`` (drops what
no source uses any more) and ``scripts/build_translations.py`` (rebuilds the .qm files,
which the driver ``keep-ours`` leaves as they were).

Set up once per clone (``scripts/bootstrap.sh`` does it)::

    git config merge.qt-ts.driver "python3 scripts/merge_ts.py %O %A %B"
    git config merge.keep-ours.driver true
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import update_translations as ut


def _translated(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in (
        "unfinished",
        "obsolete",
        "vanished",
    )


def _by_key(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    return {
        (context, message.findtext("source") or ""): message
        for context, message in ut.messages(tree)
    }


def merge(ours_path: Path, theirs_path: Path) -> None:
    """Write the union of both catalogues into ``ours_path``."""
    ours = ut.read_ts(ours_path)
    theirs = ut.read_ts(theirs_path)
    ours_messages = _by_key(ours)
    contexts = {c.findtext("name") or "": c for c in ours.getroot().iter("context")}
    for (context, source), message in _by_key(theirs).items():
        mine = ours_messages.get((context, source))
        if mine is None:
            holder = contexts.get(context)
            if holder is None:
                holder = ET.SubElement(ours.getroot(), "context")
                ET.SubElement(holder, "name").text = context
                contexts[context] = holder
            holder.append(message)
        elif not _translated(mine) and _translated(message):
            parent = contexts[context]
            index = list(parent).index(mine)
            parent.remove(mine)
            parent.insert(index, message)
    root = ours.getroot()
    for context in sorted(contexts.values(), key=lambda c: c.findtext("name") or ""):
        root.remove(context)
        root.append(context)
    ut.write_ts(ours, ours_path)


def main(argv: list[str]) -> int:
    _base, ours, theirs = (Path(a) for a in argv[1:4])
    merge(ours, theirs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
