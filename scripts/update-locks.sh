#!/usr/bin/env bash
# Refresh requirements/lock.txt to the newest releases that pyproject.toml's ranges allow,
# install them and run the whole suite, so that an upgrade is a deliberate, tested commit:
#   bash scripts/update-locks.sh            # newest releases, then the tests
#   bash scripts/update-locks.sh --no-test  # only rewrite the lock
# One universal lock (every platform, Python 3.11+) made by uv from pyproject.toml
# (runtime + dev + installer extras) and requirements/build.in (the build backend).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || bash scripts/bootstrap.sh
[ -x .venv/bin/uv ] || .venv/bin/python -m pip install --quiet "uv>=0.5"
.venv/bin/uv pip compile pyproject.toml requirements/build.in \
    --extra dev --extra installer --universal --python-version 3.11 \
    --generate-hashes --upgrade --quiet \
    --custom-compile-command "bash scripts/update-locks.sh" \
    -o requirements/lock.txt
# The lock is made here on Linux for every platform: check that Windows and macOS can
# install it from wheels with the locked hashes (a Linux-only package needs a marker).
.venv/bin/python scripts/check_platform_wheels.py
echo "requirements/lock.txt refreshed; changes:"
git --no-pager diff --stat -- requirements/lock.txt || true
bash scripts/bootstrap.sh
if [ "${1:-}" != "--no-test" ]; then
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -p no:cacheprovider
fi
