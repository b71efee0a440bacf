#!/bin/sh
# Build the standalone gpuscope from a clean checkout, then smoke-test it. One command:
#
#   sh packaging/pyinstaller/build.sh [--onefile]      (or: make standalone)
#
# Needs Python 3.10+ with venv (PYTHON=... to choose one) and access to PyPI (or a pip cache)
# for PyInstaller and gpuscope's dependencies. The build environment is a fresh virtual
# environment in build/standalone-venv holding only gpuscope's dependencies and PyInstaller:
# PyInstaller aborts when two Qt bindings are installed. Output: dist/gpuscope/ (one folder,
# run dist/gpuscope/gpuscope) or dist/gpuscope-onefile (one file).
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PYTHON=${PYTHON:-python3}
VENV="$ROOT/build/standalone-venv"
SPEC_ARGS=
TARGET="$ROOT/dist/gpuscope/gpuscope"
for arg in "$@"; do
  case "$arg" in
    --onefile) SPEC_ARGS="-- --onefile"; TARGET="$ROOT/dist/gpuscope-onefile" ;;
    *) echo "build.sh: unknown argument: $arg (only --onefile)" >&2; exit 2 ;;
  esac
done

cd "$ROOT"
if [ ! -x "$VENV/bin/pyinstaller" ]; then
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --disable-pip-version-check . "pyinstaller>=6.10,<7"

# shellcheck disable=SC2086
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
  packaging/pyinstaller/gpuscope.spec $SPEC_ARGS

"$VENV/bin/python" packaging/pyinstaller/smoke.py "$TARGET"
