#!/usr/bin/env bash
# Compile the NSIS script on Linux against dist/cjm-designer (the Linux bundle stands in for
# the Windows payload): proves the script compiles. Real Windows builds run on a Windows
# runner (.github/workflows/installers.yml). Needs `makensis` (Debian package nsis).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
[ -d "$root/dist/cjm-designer" ] || { echo "build the bundle first: installer/build-linux.sh" >&2; exit 2; }
version=$(python3 -c "import tomllib; print(tomllib.load(open('$root/pyproject.toml','rb'))['project']['version'])")
out="$root/dist/CJM-Designer-${version}-setup-linux-payload.exe"
# A stand-in for the windowed launcher the Windows spec builds, so shortcuts resolve.
cp "$root/dist/cjm-designer/cjm-designer" "$root/dist/cjm-designer/cjm-designer-gui.exe"
trap 'rm -f "$root/dist/cjm-designer/cjm-designer-gui.exe"' EXIT
makensis -V2 -DVERSION="$version" -DSOURCE_DIR="$root/dist/cjm-designer" -DOUT_FILE="$out" \
    -DFAST_COMPRESSION cjm-designer.nsi
echo "compiled: $out ($(du -h "$out" | cut -f1))"
