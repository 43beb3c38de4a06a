#!/usr/bin/env bash
# Create .venv (once), install the exact versions of requirements/lock.txt (hash-checked)
# and the program itself, then make sure Qt's system libraries are there for the window.
# Safe to run again: pip only installs what is missing or changed.
# The lock is refreshed on purpose with scripts/update-locks.sh, never by this script.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
# The virtual environment's Python: bin/ on Linux and macOS, Scripts/ on Windows (Git Bash).
venv_python() {
    if [ -x .venv/bin/python ]; then echo .venv/bin/python; else echo .venv/Scripts/python.exe; fi
}
if [ ! -x .venv/bin/python ] && [ ! -x .venv/Scripts/python.exe ]; then
    if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "CJM Designer needs Python 3.11 or newer; '$python' is $("$python" --version 2>&1)." >&2
        echo "Run again with PYTHON=/path/to/python3.11 bash scripts/bootstrap.sh" >&2
        exit 1
    fi
    "$python" -m venv .venv
fi
py=$(venv_python)
"$py" -m pip install --quiet --require-hashes --no-deps -r requirements/lock.txt
# Build tools come from the lock too (requirements/build.in), so no isolated build env.
"$py" -m pip install --quiet --no-deps --no-build-isolation -e .
# In a git checkout, translation catalogues merge as the union of their messages.
if git rev-parse --git-dir >/dev/null 2>&1; then
    git config merge.qt-ts.driver "python3 scripts/merge_ts.py %O %A %B"
    git config merge.keep-ours.driver true
fi
bash scripts/check-qt-libs.sh
