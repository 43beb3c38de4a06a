#!/usr/bin/env bash
# Screenshots of the plan features for docs/workshop.md, from a real window: the editor on
# the example map in Xvfb + openbox at 1280x720 (a projector), maximized by the window
# manager, driven with the keyboard shortcuts a facilitator uses (xdotool).
#   bash scripts/make_plan_screenshots.sh       (needs xvfb openbox xdotool wmctrl imagemagick)
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in Xvfb openbox xdotool wmctrl import; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install xvfb openbox xdotool wmctrl imagemagick)" >&2; exit 1; }
done
display=95
while [ -e "/tmp/.X${display}-lock" ] || [ -e "/tmp/.X11-unix/X${display}" ]; do display=$((display + 1)); done
home=$(mktemp -d)
Xvfb ":$display" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.05; done
export DISPLAY=":$display" HOME="$home" XDG_CONFIG_HOME="$home/.config" CJM_DESIGNER_DATA_DIR="$home/data"
openbox >/dev/null 2>&1 & wm=$!
sleep 0.5
QT_QPA_PLATFORM=xcb .venv/bin/cjm-designer resources/examples/protein-bars.cjm.yaml --lang en \
    >"$home/app.log" 2>&1 & app=$!
cleanup() { kill "$app" "$wm" "$xvfb" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
win=""
for _ in $(seq 200); do win=$(xdotool search --onlyvisible --pid "$app" 2>/dev/null | tail -1 || true); [ -n "$win" ] && break; sleep 0.1; done
[ -n "$win" ] || { cat "$home/app.log" >&2; exit 1; }
wmctrl -i -r "$win" -b add,maximized_vert,maximized_horz
sleep 2
xdotool windowactivate --sync "$win" 2>/dev/null || true
shot() { xdotool key --window "$win" "$1"; sleep 2; import -window root "docs/screenshots/$2"; echo "docs/screenshots/$2"; }
shot ctrl+shift+m plan-matrix.png          # Plan > Impact × Effort Matrix
shot ctrl+shift+l plan-opportunities.png   # Plan > Opportunities and Action Plan
shot ctrl+shift+l plan-actions.png         # again: the Action plan tab
shot ctrl+shift+l plan-actual.png          # again: Plan vs. actual
