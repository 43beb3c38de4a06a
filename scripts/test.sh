#!/usr/bin/env bash
# All tests, after scripts/bootstrap.sh: the real-window group in a real X server with a
# window manager (scripts/test-real-window.sh), then the whole suite offscreen. Extra
# arguments go to the offscreen pytest run. CJM_SKIP_REAL_WINDOW=1 skips the first part.
# The workshop room's browser test needs chromium + chromium-driver (scripts/install-browser.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${CJM_SKIP_REAL_WINDOW:-0}" != 1 ]; then
    bash scripts/test-real-window.sh
fi
bash scripts/install-browser.sh || echo "(the room's browser test will skip)"
echo "== offscreen suite"
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
