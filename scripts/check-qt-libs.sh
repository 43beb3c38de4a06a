#!/usr/bin/env bash
# Make sure the system libraries that Qt's window needs are present, before the first
# window: `ldd` on the xcb platform plugin of the Qt in .venv, each missing library mapped
# to its Debian package (installer/linux/qt-runtime-packages.txt). As root with apt-get
# the packages are installed; otherwise the exact install command is printed and the
# script stops (exit 1). Linux only; elsewhere Qt brings what it needs.
# CJM_SKIP_QT_LIBS_CHECK=1 skips the check (a headless server that never opens a window).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(uname -s)" = Linux ] || exit 0
[ "${CJM_SKIP_QT_LIBS_CHECK:-0}" = 1 ] && exit 0
table=installer/linux/qt-runtime-packages.txt
plugin=$(.venv/bin/python -c "import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).parent / 'Qt' / 'plugins' / 'platforms' / 'libqxcb.so')")
if ! command -v ldd >/dev/null; then
    echo "check-qt-libs: ldd is not available; cannot check Qt's system libraries" >&2
    exit 0
fi

missing_packages() {
    local libs package unknown=""
    libs=$(ldd "$plugin" 2>/dev/null | awk '/not found/ {print $1}' | sort -u)
    packages=""
    for lib in $libs; do
        package=$(awk -v lib="$lib" '!/^#/ && NF > 1 { for (i = 2; i <= NF; i++) if ($i == lib) { sub(":", "", $1); print $1 } }' "$table" | head -1)
        if [ -n "$package" ]; then packages="$packages $package"; else unknown="$unknown $lib"; fi
    done
    # shellcheck disable=SC2086
    packages=$(printf '%s\n' $packages | sort -u | xargs)
    unknown_libs=$(echo $unknown | xargs)
}

missing_packages
[ -z "$packages" ] && [ -z "$unknown_libs" ] && exit 0
if [ -n "$packages" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Qt's system libraries: $packages"
    export DEBIAN_FRONTEND=noninteractive
    # shellcheck disable=SC2086
    apt-get install -y -qq $packages >/dev/null || { apt-get update -qq >/dev/null && apt-get install -y -qq $packages >/dev/null; }
    missing_packages
    [ -z "$packages" ] && [ -z "$unknown_libs" ] && exit 0
fi
{
    echo "CJM Designer's window needs system libraries that this machine does not have:"
    [ -n "$packages" ] && echo "  missing packages: $packages" && echo && echo "  sudo apt-get install -y $packages" && echo
    [ -n "$unknown_libs" ] && echo "  missing libraries (install them with your distribution's package manager):$unknown_libs"
    echo "Then run this command again. (CJM_SKIP_QT_LIBS_CHECK=1 skips the check on a machine that never opens a window.)"
} >&2
exit 1
