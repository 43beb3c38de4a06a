#!/usr/bin/env bash
# Build the Windows bundle (dist/cjm-designer/) and the NSIS installer on Windows, in Git
# Bash (.github/workflows/installers.yml runs it on windows-latest). Dependencies come
# from requirements/lock.txt through scripts/bootstrap.sh, hash-checked, wheels only.
#
# Signing is optional: with CJM_WINDOWS_SIGN_CERT (a .pfx file) and
# CJM_WINDOWS_SIGN_PASSWORD set, signtool signs both programs and the installer.
# Without them nothing is signed and SmartScreen warns on the first start (docs/install.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PYTHON=${PYTHON:-python}
bash scripts/bootstrap.sh
py=.venv/Scripts/python.exe
version=$("$py" -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/cjm-designer.spec
sign() {
    [ -n "${CJM_WINDOWS_SIGN_CERT:-}" ] || return 0
    # MSYS_NO_PATHCONV: Git Bash must not turn /fd and friends into C:/Program Files/Git/fd.
    MSYS_NO_PATHCONV=1 signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 \
        /f "$CJM_WINDOWS_SIGN_CERT" /p "$CJM_WINDOWS_SIGN_PASSWORD" "$@"
}
sign dist/cjm-designer/cjm-designer.exe dist/cjm-designer/cjm-designer-gui.exe
makensis=${MAKENSIS:-"/c/Program Files (x86)/NSIS/makensis.exe"}
out="dist/CJM-Designer-${version}-setup.exe"
"$makensis" -V2 -DVERSION="$version" -DSOURCE_DIR="$(cygpath -w "$PWD/dist/cjm-designer")" \
    -DOUT_FILE="$(cygpath -w "$PWD/$out")" installer/windows/cjm-designer.nsi
sign "$out"
echo "built $out"
