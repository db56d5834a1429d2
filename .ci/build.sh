#!/usr/bin/env bash
# Build the one-folder app with PyInstaller (build.spec) and smoke-test the binary:
# --version, --self-test, one command of the command line, and a few seconds of a real start
# offscreen on an empty data dir.
# Usage: .ci/build.sh   (PYTHON=/path/to/python to pick the interpreter; needs pyinstaller)
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-$(command -v python3 || command -v python)}"
DIST="${DIST:-dist}"
APP="$DIST/faktura/faktura"
[ -x "$APP.exe" ] && APP="$APP.exe"

fail() { echo "build.sh: FAIL: $*" >&2; exit 1; }

echo "== pyinstaller build.spec"
"$PYTHON" -m PyInstaller --noconfirm --distpath "$DIST" build.spec
[ -x "$APP" ] || fail "$APP was not built"

echo "== $APP --version"
version="$("$APP" --version)" || fail "--version exited non-zero"
echo "$version"
expected="faktura $("$PYTHON" -c 'import desktop; print(desktop.__version__)')"
[ "$version" = "$expected" ] || fail "--version printed '$version', expected '$expected'"

echo "== $APP --self-test"
"$APP" --self-test || fail "--self-test reported a failure (see above)"

echo "== $APP invoice list --json (the command line) on an empty data dir"
cli_data="$(mktemp -d)"
listed="$("$APP" --data-dir "$cli_data" invoice list --json)" || fail "invoice list exited non-zero"
rm -rf "$cli_data"
[ "$listed" = "[]" ] || fail "invoice list --json printed '$listed', expected []"

echo "== start offscreen on an empty data dir for a few seconds"
data="$(mktemp -d)"
err="$(mktemp)"
trap 'rm -rf "$data" "$err"' EXIT
set +e
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" timeout 8 "$APP" --data-dir "$data" 2>"$err"
rc=$?
set -e
if [ -s "$err" ]; then
    echo "-- stderr of the app:"
    cat "$err"
fi
[ "$rc" -eq 124 ] || fail "the app exited by itself with code $rc instead of running until stopped"
if grep -qE 'Traceback \(most recent call last\)|Fatal Python error|Segmentation fault' "$err"; then
    fail "the app printed a traceback"
fi
[ -f "$data/faktura.sqlite3" ] || fail "the app did not create its database in --data-dir"

echo "== size"
du -sh "$DIST/faktura"
echo "build.sh: OK"
