#!/usr/bin/env bash
# Build "CJM Designer.app" and a .dmg on macOS 13 or newer, for the machine's own
# architecture (arm64 on Apple silicon, x86_64 on Intel): run it on each kind of runner
# (.github/workflows/installers.yml: macos-15 and macos-15-intel). Dependencies come from
# requirements/lock.txt through scripts/bootstrap.sh, hash-checked, wheels only.
#
# Signing is optional and happens only when its secrets are present:
#   CJM_MACOS_SIGN_IDENTITY  "Developer ID Application: NAME (TEAMID)" in the keychain:
#                            the app is signed with the hardened runtime;
#   CJM_NOTARY_PROFILE       a notarytool keychain profile (xcrun notarytool
#                            store-credentials): the .dmg is notarised and stapled.
# Without them the app is only ad-hoc signed (what PyInstaller does) and Gatekeeper asks
# the user to confirm the first start (docs/install.md says how).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = Darwin ] || { echo "build-macos.sh runs on macOS" >&2; exit 2; }
bash scripts/bootstrap.sh
arch=$(uname -m)
version=$(.venv/bin/python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/cjm-designer.spec
app="dist/CJM Designer.app"
if [ -n "${CJM_MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --deep --timestamp --options runtime \
        --entitlements installer/macos/entitlements.plist \
        --sign "$CJM_MACOS_SIGN_IDENTITY" "$app"
    codesign --verify --strict --verbose=2 "$app"
    signed="signed by $CJM_MACOS_SIGN_IDENTITY"
else
    signed="ad-hoc signed only (not notarised)"
fi
staging=build/dmg
rm -rf "$staging" && mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
dmg="dist/CJM-Designer-${version}-macos-${arch}.dmg"
hdiutil create -volname "CJM Designer" -srcfolder "$staging" -ov -format UDZO "$dmg"
if [ -n "${CJM_MACOS_SIGN_IDENTITY:-}" ] && [ -n "${CJM_NOTARY_PROFILE:-}" ]; then
    codesign --force --timestamp --sign "$CJM_MACOS_SIGN_IDENTITY" "$dmg"
    xcrun notarytool submit "$dmg" --keychain-profile "$CJM_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    signed="$signed, notarised"
fi
echo "built $dmg ($arch, $signed)"
