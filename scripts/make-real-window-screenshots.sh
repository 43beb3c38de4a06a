#!/usr/bin/env bash
# Screenshots of the program in a real window (Xvfb + openbox, maximized by the window
# manager, keys sent through X) at 1280x720 (a projector) and 1920x1080, into
# docs/screenshots/real-*.png. Offscreen pictures have no window manager and no late
# resize, so they can look right where a real window does not (issue 19).
#   bash scripts/make-real-window-screenshots.sh
# Needs xvfb, openbox, xdotool, wmctrl and imagemagick (scripts/test-real-window.sh
# lists the install command). Run after scripts/bootstrap.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in Xvfb openbox xdotool wmctrl import; do
    command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool" >&2; exit 1; }
done
out=docs/screenshots
example=resources/examples/protein-bars.cjm.yaml

shoot() {  # shoot SIZE NAME KEYS...: start, maximize, press each key, grab the screen
    local size=$1 name=$2; shift 2
    local display=90 xvfb wm app win home
    while [ -e "/tmp/.X${display}-lock" ] || [ -e "/tmp/.X11-unix/X${display}" ]; do
        display=$((display + 1))
    done
    Xvfb ":$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 & xvfb=$!
    for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.05; done
    home=$(mktemp -d)
    DISPLAY=":$display" HOME="$home" openbox >/dev/null 2>&1 & wm=$!
    sleep 0.5
    DISPLAY=":$display" HOME="$home" XDG_CONFIG_HOME="$home/.config" \
        CJM_DESIGNER_DATA_DIR="$home/data" QT_QPA_PLATFORM=xcb \
        .venv/bin/python -m cjm_designer "$example" --lang en >/dev/null 2>&1 & app=$!
    win=""
    for _ in $(seq 150); do
        win=$(DISPLAY=":$display" xdotool search --onlyvisible --pid "$app" 2>/dev/null | tail -1 || true)
        [ -n "$win" ] && break
        sleep 0.1
    done
    if [ -n "$win" ]; then
        DISPLAY=":$display" wmctrl -i -r "$win" -b add,maximized_vert,maximized_horz
        DISPLAY=":$display" xdotool windowactivate --sync "$win" 2>/dev/null || true
        sleep 3
        for key in "$@"; do
            DISPLAY=":$display" xdotool key --window "$win" "$key"
            sleep 1.2
        done
        DISPLAY=":$display" import -window root "$out/real-$size-$name.png"
        echo "$out/real-$size-$name.png"
    else
        echo "no window appeared at $size" >&2
    fi
    kill "$app" 2>/dev/null || true
    kill "$wm" "$xvfb" 2>/dev/null || true
    wait "$app" "$wm" "$xvfb" 2>/dev/null || true
    rm -rf "$home"
}

for size in 1280x720 1920x1080; do
    shoot "$size" editor
    shoot "$size" presentation F5
    shoot "$size" presentation-stage F5 Right Right Right Right Right
    shoot "$size" board F9
done
