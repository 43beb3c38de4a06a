#!/usr/bin/env bash
# The room's browser test (tests/gui/test_room_browser.py) drives Debian's chromium through
# chromium-driver with selenium; nothing is downloaded by selenium itself. Installs both when
# run as root and they are missing; otherwise prints the command (the test then skips and
# says why). Run after scripts/bootstrap.sh.
set -euo pipefail
need=""
command -v chromium >/dev/null 2>&1 || need="$need chromium"
command -v chromedriver >/dev/null 2>&1 || need="$need chromium-driver"
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    # shellcheck disable=SC2086
    apt-get install -y -qq $need >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq $need >/dev/null; }
else
    echo "The room's browser test needs:$need   (sudo apt-get install -y$need); it skips without them." >&2
    exit 1
fi
