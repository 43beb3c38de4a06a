#!/usr/bin/env bash
# The real-window test group (tests/gui/realwindow): the program in a real X server (Xvfb)
# with a window manager (openbox), once at 1280x720 (a projector) and once at 1920x1080.
# Installs xvfb, openbox, xdotool and wmctrl when run as root and they are missing;
# otherwise prints the install command and stops. Run after scripts/bootstrap.sh.
# Extra arguments go to both pytest runs (.ci/run gives its own --basetemp).
set -euo pipefail
cd "$(dirname "$0")/.."
need=""
for tool in Xvfb:xvfb openbox:openbox xdotool:xdotool wmctrl:wmctrl; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || need="$need ${tool#*:}"
done
if [ -n "$need" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        export DEBIAN_FRONTEND=noninteractive
        # shellcheck disable=SC2086
        apt-get install -y -qq $need >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq $need >/dev/null; }
    else
        echo "The real-window tests need:$need   (sudo apt-get install -y$need)" >&2
        exit 1
    fi
fi

run_at() {
    local size=$1 display=90 xvfb wm status=0
    shift
    while [ -e "/tmp/.X${display}-lock" ] || [ -e "/tmp/.X11-unix/X${display}" ]; do
        display=$((display + 1))
    done
    Xvfb ":$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 & xvfb=$!
    for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.05; done
    home=$(mktemp -d)
    DISPLAY=":$display" HOME="$home" openbox >/dev/null 2>&1 & wm=$!
    sleep 0.5
    echo "== real-window tests at $size (Xvfb :$display + openbox)"
    DISPLAY=":$display" QT_QPA_PLATFORM=xcb CJM_SCREEN_SIZE="$size" \
        .venv/bin/python -m pytest -q -p no:cacheprovider "$@" tests/gui/realwindow || status=$?
    kill "$wm" "$xvfb" 2>/dev/null || true
    wait "$wm" "$xvfb" 2>/dev/null || true
    rm -rf "$home"
    return "$status"
}

run_at 1280x720 "$@"
run_at 1920x1080 "$@"
