#!/usr/bin/env bash
# Build "CJM Designer.app" and a .dmg on macOS (run on a macOS runner; see
# .github/workflows/installers.yml). The spec's BUNDLE step writes Info.plist with the
# document type for *.cjm.yaml, so maps open with a double click in Finder.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/bootstrap.sh
.venv/bin/python -m pip install --quiet -e ".[installer]"
version=$(.venv/bin/python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller installer/cjm-designer.spec
staging=build/dmg
rm -rf "$staging" && mkdir -p "$staging"
cp -R "dist/CJM Designer.app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "CJM Designer" -srcfolder "$staging" -ov -format UDZO "dist/CJM-Designer-${version}.dmg"
echo "built dist/CJM-Designer-${version}.dmg"
