#!/usr/bin/env bash
# Build the Linux one-folder bundle (dist/cjm-designer/) and a .deb package (dist/).
# Runs on a fresh Debian/Ubuntu machine: it sets up .venv itself. Needs dpkg-deb.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# .ci/run has set .venv up already and runs the tests from it meanwhile: no reinstall then.
[ "${CJM_BOOTSTRAPPED:-0}" = 1 ] || bash scripts/bootstrap.sh
version=$(.venv/bin/python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")

echo "== PyInstaller bundle"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/cjm-designer.spec
# Symbols out of our binaries, but not numpy's bundled OpenBLAS: strip breaks its page
# alignment ("ELF load command address/offset not page-aligned") and then analysis,
# the funnel and `analyze` fail to import numpy in the installed program.
find dist/cjm-designer -type f \( -name '*.so' -o -name '*.so.*' \) \
    -not -path '*/numpy.libs/*' -print0 | xargs -0 strip 2>/dev/null || true

echo "== ICU data for the shipped languages only"
if ! command -v icupkg >/dev/null || ! command -v genccode >/dev/null || ! command -v gcc >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -qq icu-devtools gcc >/dev/null 2>&1 \
            || { apt-get update -qq >/dev/null && apt-get install -y -qq icu-devtools gcc >/dev/null; }
    else
        echo "Trimming Qt's ICU data needs icupkg, genccode and gcc: sudo apt-get install -y icu-devtools gcc" >&2
        exit 1
    fi
fi
.venv/bin/python installer/linux/trim_icu.py dist/cjm-designer

echo "== .deb package"
stage=build/deb/cjm-designer_${version}_amd64
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/mime/packages" "$stage/usr/share/icons/hicolor/scalable/apps"
cp -a dist/cjm-designer "$stage/opt/cjm-designer"
ln -s /opt/cjm-designer/cjm-designer "$stage/usr/bin/cjm-designer"
install -m 644 installer/linux/cjm-designer.desktop "$stage/usr/share/applications/"
install -m 644 installer/linux/cjm-designer-mime.xml "$stage/usr/share/mime/packages/cjm-designer.xml"
install -m 644 resources/icons/cjm-designer.svg "$stage/usr/share/icons/hicolor/scalable/apps/"
for size in 16 24 32 48 64 128 256 512; do
    dir="$stage/usr/share/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    install -m 644 "resources/icons/cjm-designer-${size}.png" "$dir/cjm-designer.png"
done
installed_kb=$(du -sk "$stage" | cut -f1)
# The same package list that scripts/check-qt-libs.sh checks before the first window.
depends=$(awk '!/^#/ && NF > 1 { sub(":", "", $1); print $1 }' installer/linux/qt-runtime-packages.txt | paste -sd, | sed 's/,/, /g')
depends="libc6, ${depends}"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: cjm-designer
Version: ${version}
Section: graphics
Priority: optional
Architecture: amd64
Maintainer: CJM Designer developers <cjm-designer@users.noreply.example>
Installed-Size: ${installed_kb}
Depends: ${depends}
Description: Customer journey map editor for workshops
 CJM Designer lets consultants design customer journey maps live in client
 workshops, offline, save them as YAML files and print PDF posters and handouts.
CONTROL
for script in postinst postrm; do
    cat > "$stage/DEBIAN/$script" <<'HOOK'
#!/bin/sh
set -e
command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
HOOK
    chmod 755 "$stage/DEBIAN/$script"
done
dpkg-deb --root-owner-group --build "$stage" "dist/cjm-designer_${version}_amd64.deb" >/dev/null

echo "== sizes"
echo "bundle unpacked: $(du -sh dist/cjm-designer | cut -f1)  (limit < 200 MiB, tests/installer/test_frozen_bundle.py)"
echo "deb: $(du -h "dist/cjm-designer_${version}_amd64.deb" | cut -f1)"
echo "built: $root/dist/cjm-designer/ and $root/dist/cjm-designer_${version}_amd64.deb"
