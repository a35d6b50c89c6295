#!/usr/bin/env bash
# Build installer/sellerdesk.spec on Linux and smoke-test the frozen app as a user's machine runs it.
#
#   bash installer/linux/build_and_smoke.sh          # from anywhere; exit 0 = every check passed
#
# - PyInstaller goes into a build-only venv (build/venv, or $SELLERDESK_BUILD_VENV), never into
#   the dev venv; the app is installed there fresh from the work tree on every run.
# - The bundle is built into a temporary folder (kept with KEEP_BUILD=1) and packed as
#   dist/SellerDesk-<version>-linux-<arch>.tar.gz.
# - The frozen app is then run: doctor without a Secret Service (it must say clearly that there
#   is no keyring), and inside a private D-Bus session with gnome-keyring unlocked (it must load
#   keyring.backends.SecretService): a fresh data folder is created and migrated by
#   `account connect` against a sandbox marketplace served by the frozen app itself,
#   `sync --once` finds the token in the keyring, the window starts offscreen and paints the
#   synced products, then quits with exit code 0. Also: the runtime hook's keyring fallback,
#   the demo shop (embedded sandbox inside the window), missing shared libraries, and no
#   __pycache__ written into the bundle.
# - At the end it reports the bundle size (raw and tar.gz; goal <= 60 MB compressed), the start
#   time to the painted window, and how long each phase took.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
T0=$SECONDS
VENV="${SELLERDESK_BUILD_VENV:-$ROOT/build/venv}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/sellerdesk-build.XXXXXX")"
GOAL_MB=60
SANDBOX_PID=""
declare -A PHASE=()
REPORT=()

cleanup() {
    if [ -n "$SANDBOX_PID" ] && kill -0 "$SANDBOX_PID" 2>/dev/null; then
        kill "$SANDBOX_PID" 2>/dev/null || true
        wait "$SANDBOX_PID" 2>/dev/null || true
    fi
    if [ "${KEEP_BUILD:-0}" = 1 ]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

say() { printf '\n== %s  [%ds]\n' "$*" $((SECONDS - T0)); }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
note() { REPORT+=("$1"); printf '   %s\n' "$1"; }
ms_now() { date +%s%3N; }
json_get() {  # json_get FILE PYTHON-EXPRESSION-ON-d
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"
}

# --- 1. system packages -------------------------------------------------------------------------
say "system packages"
t=$SECONDS
PACKAGES=(binutils dbus dbus-x11 gnome-keyring libegl1 libgl1 libxkbcommon0 libfontconfig1
          libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
MISSING=()
for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || MISSING+=("$package")
done
if [ ${#MISSING[@]} -gt 0 ]; then
    command -v apt-get >/dev/null || fail "missing ${MISSING[*]} and no apt-get to install them"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    echo "   installing ${MISSING[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get install -y -qq "${MISSING[@]}" >/dev/null 2>&1 \
        || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${MISSING[@]}" >/dev/null; }
fi
PHASE[packages]=$((SECONDS - t))

# --- 2. build venv ------------------------------------------------------------------------------
say "build venv $VENV"
t=$SECONDS
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
pip() { "$VENV/bin/python" -m pip "$@" --disable-pip-version-check -q >> "$WORK/pip.log" 2>&1 \
    || { tail -30 "$WORK/pip.log"; fail "pip $*"; }; }
pip install -c constraints.txt . -r installer/requirements-build.txt
# the same version number would not reinstall: put today's work tree in, dependencies untouched
pip install --no-deps --force-reinstall .
VERSION="$("$VENV/bin/python" -c 'import sellerdesk; print(sellerdesk.__version__)')"
ARCH="$(uname -m)"
grep -q "<release version=\"$VERSION\"" resources/metadata/com.sellerdesk.SellerDesk.metainfo.xml \
    || fail "resources/metadata/*.metainfo.xml has no <release> for $VERSION"
PHASE[venv]=$((SECONDS - t))

# --- 3. PyInstaller -----------------------------------------------------------------------------
say "PyInstaller (one folder) into $WORK"
t=$SECONDS
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN installer/sellerdesk.spec \
    --distpath "$WORK/dist" --workpath "$WORK/work" > "$WORK/pyinstaller.log" 2>&1 \
    || { tail -40 "$WORK/pyinstaller.log"; fail "PyInstaller failed"; }
grep "sellerdesk.spec:" "$WORK/pyinstaller.log" | sed 's/^/   /' | cut -c1-240 || true
note "options: SELLERDESK_LOCALES=${SELLERDESK_LOCALES:-(all)} SELLERDESK_HOST_LIBS=${SELLERDESK_HOST_LIBS:-0}"
BUNDLE="$WORK/dist/SellerDesk"
APP="$BUNDLE/sellerdesk"
[ -x "$APP" ] || fail "no executable at $APP"
PHASE[pyinstaller]=$((SECONDS - t))

say "size"
t=$SECONDS
mkdir -p dist
TARBALL="dist/SellerDesk-$VERSION-linux-$ARCH.tar.gz"
tar -C "$WORK/dist" -czf "$TARBALL" SellerDesk
RAW=$(du -sb "$BUNDLE" | cut -f1)
PACKED=$(stat -c %s "$TARBALL")
RAW_MB=$(python3 -c "print(f'{$RAW/1e6:.1f}')")
PACKED_MB=$(python3 -c "print(f'{$PACKED/1e6:.1f}')")
VERDICT=$(python3 -c "print('within' if $PACKED <= $GOAL_MB * 1e6 else 'OVER')")
note "bundle: $RAW_MB MB raw, $PACKED_MB MB tar.gz ($VERDICT the ${GOAL_MB} MB goal) -> $TARBALL"
PHASE[pack]=$((SECONDS - t))

# --- 4. static checks ---------------------------------------------------------------------------
say "shared libraries resolve"
INTERNAL="$BUNDLE/_internal"
LIBPATH="$INTERNAL:$INTERNAL/PySide6/Qt/lib"
UNRESOLVED="$(find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' -o -name sellerdesk \) \
    -print0 | xargs -0 -n 20 env LD_LIBRARY_PATH="$LIBPATH" ldd 2>/dev/null \
    | grep "not found" | sort -u || true)"
if [ -n "$UNRESOLVED" ]; then
    while read -r line; do echo "   (system library, provided by the desktop) $line"; done \
        <<< "$UNRESOLVED"
    if echo "$UNRESOLVED" | grep -qE "lib(Qt6|pyside6|shiboken6|python3|icu)"; then
        fail "a library of the app itself is missing from the bundle"
    fi
fi
note "libraries: every Qt, PySide6 and Python library resolves inside the bundle"

# --- 5. the frozen app --------------------------------------------------------------------------
export QT_QPA_PLATFORM=offscreen
unset SELLERDESK_DATA_DIR PYTHON_KEYRING_BACKEND
SHOP="$WORK/shop"
run() {  # run NAME TIMEOUT COMMAND...: exit code must be 0, output to $WORK/NAME.out
    local name=$1 limit=$2; shift 2
    if ! timeout "$limit" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err"; then
        cat "$WORK/$name.out" "$WORK/$name.err" | tail -20 >&2
        fail "$name: $* exited non-zero"
    fi
}

say "doctor without a Secret Service"
t=$SECONDS
run doctor-none 60 env -u DBUS_SESSION_BUS_ADDRESS "$APP" --data-dir "$SHOP" doctor --json --gui
[ "$(json_get "$WORK/doctor-none.out" 'd["checks"]["keyring"]["real"]')" = False ] \
    || fail "doctor found a real keyring where there is none"
grep -q "NO system keyring" "$WORK/doctor-none.out" || fail "doctor does not say there is no keyring"
note "keyring, no Secret Service: $(json_get "$WORK/doctor-none.out" 'd["checks"]["keyring"]["backend"]') - $(json_get "$WORK/doctor-none.out" 'd["checks"]["keyring"]["summary"][:110]')..."
note "doctor: $(json_get "$WORK/doctor-none.out" '", ".join(k + " " + v["status"] for k, v in d["checks"].items())')"
note "qt: $(json_get "$WORK/doctor-none.out" 'd["checks"]["qt"]["summary"]')"
if env -u DBUS_SESSION_BUS_ADDRESS "$APP" --data-dir "$SHOP" doctor --require-keyring \
        > "$WORK/require.out" 2> "$WORK/require.err"; then
    fail "doctor --require-keyring passed without a keyring"
fi
note "doctor --require-keyring without one: exit 1, \"$(tail -1 "$WORK/require.err")\""

say "sandbox marketplace (the frozen app serving it)"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$APP" sandbox --port "$PORT" --seed demo --data "$WORK/sandbox.db" > "$WORK/sandbox.out" 2>&1 &
SANDBOX_PID=$!
for _ in $(seq 1 300); do
    grep -q "serving on" "$WORK/sandbox.out" 2>/dev/null && break
    kill -0 "$SANDBOX_PID" 2>/dev/null || { cat "$WORK/sandbox.out"; fail "the sandbox exited"; }
    sleep 0.1
done
grep -q "serving on" "$WORK/sandbox.out" || fail "the sandbox did not start in 30 s"
URL="http://127.0.0.1:$PORT"
note "sandbox: $(head -1 "$WORK/sandbox.out")"

# Without a keyring a login would not last to the next command: connect refuses (exit 1) and
# says how to get one, instead of a login that silently evaporates.
if timeout 60 env -u DBUS_SESSION_BUS_ADDRESS "$APP" --data-dir "$WORK/shop-no-keyring" \
        account connect --url "$URL" > "$WORK/connect-none.out" 2>&1; then
    fail "account connect without a keyring succeeded"
fi
grep -q "No keyring is available" "$WORK/connect-none.out" \
    || fail "account connect without a keyring did not say how to get one"
note "connect without keyring: $(cat "$WORK/connect-none.out")"
PHASE[no-keyring]=$((SECONDS - t))

say "inside a D-Bus session with gnome-keyring"
t=$SECONDS
cat > "$WORK/session.sh" <<EOF
set -euo pipefail
# a keyring of our own in the temporary folder: never the user's login keyring (whose password
# we do not know), and nothing left behind
export XDG_DATA_HOME="$WORK/xdg-data"
mkdir -p "\$XDG_DATA_HOME"
echo -n smoke-test | gnome-keyring-daemon --unlock --components=secrets > /dev/null
export QT_QPA_PLATFORM=offscreen
check() { local name=\$1; shift
    timeout 120 "\$@" > "$WORK/\$name.out" 2> "$WORK/\$name.err" || { echo "\$name failed: \$*"; tail -20 "$WORK/\$name.err"; exit 1; }; }
check doctor-keyring "$APP" --data-dir "$SHOP" doctor --json --require-keyring --keyring-test
check connect "$APP" --data-dir "$SHOP" account connect --url "$URL"
check sync "$APP" --data-dir "$SHOP" sync --once
check products "$APP" --data-dir "$SHOP" products list --json
check doctor-after "$APP" --data-dir "$SHOP" doctor --json
for i in 1 2 3; do
    start=\$(date +%s%3N)
    SELLERDESK_EXIT_AFTER_PAINT=1 timeout 60 "$APP" --data-dir "$SHOP" > "$WORK/gui\$i.out" 2> "$WORK/gui\$i.err" \
        || { echo "window run \$i failed (exit \$?)"; tail -20 "$WORK/gui\$i.err"; exit 1; }
    echo \$(( \$(date +%s%3N) - start )) > "$WORK/gui\$i.ms"
done
# the runtime hook: keyring's metadata gone, the backend must still load
meta=\$(ls -d "$INTERNAL"/keyring-*.dist-info)
mv "\$meta" "$WORK/keyring-meta"
trap 'mv "$WORK/keyring-meta" "\$meta"' EXIT
check doctor-hook "$APP" --data-dir "$SHOP" doctor --json
mv "$WORK/keyring-meta" "\$meta"
trap - EXIT
start=\$(date +%s%3N)
SELLERDESK_EXIT_AFTER_PAINT=1 timeout 120 "$APP" --demo --data-dir "$WORK/demo" > "$WORK/demo.out" 2> "$WORK/demo.err" \
    || { echo "demo window failed (exit \$?)"; tail -20 "$WORK/demo.err"; exit 1; }
echo \$(( \$(date +%s%3N) - start )) > "$WORK/demo.ms"
EOF
dbus-run-session -- bash "$WORK/session.sh" || fail "the D-Bus session checks failed"

BACKEND=$(json_get "$WORK/doctor-keyring.out" 'd["checks"]["keyring"]["backend"]')
[ "$BACKEND" = keyring.backends.SecretService.Keyring ] || fail "loaded $BACKEND, not SecretService"
note "keyring, D-Bus + gnome-keyring: $BACKEND ($(json_get "$WORK/doctor-keyring.out" 'd["checks"]["keyring"]["roundtrip"]') round trip)"
grep -q "kept in the system keyring" "$WORK/connect.out" || fail "the login did not go to the keyring"
note "connect: $(cat "$WORK/connect.out")"
note "sync: $(cat "$WORK/sync.out")"
COUNT=$(json_get "$WORK/products.out" 'len(d)')
[ "$COUNT" -gt 0 ] || fail "no products after the sync"
note "products after sync: $COUNT"
REVISION=$(json_get "$WORK/doctor-after.out" 'd["checks"]["database"]["revision"]')
HEAD=$(json_get "$WORK/doctor-after.out" 'd["checks"]["database"]["head"]')
[ "$REVISION" = "$HEAD" ] || fail "database at $REVISION, expected $HEAD"
note "database: fresh folder created and migrated to schema $REVISION; $(json_get "$WORK/doctor-after.out" 'd["checks"]["migrations"]["summary"]')"
note "translations: $(json_get "$WORK/doctor-after.out" 'd["checks"]["translations"]["summary"]')"
HOOK_BACKEND=$(json_get "$WORK/doctor-hook.out" 'd["checks"]["keyring"]["backend"]')
[ "$HOOK_BACKEND" = keyring.backends.SecretService.Keyring ] \
    || fail "without keyring metadata the runtime hook did not load SecretService ($HOOK_BACKEND)"
note "runtime hook: keyring metadata removed -> still $HOOK_BACKEND ($(head -1 "$WORK/doctor-hook.err"))"
PAINTS=""
for i in 1 2 3; do
    grep -q "^painted " "$WORK/gui$i.out" || fail "window run $i did not paint"
    PAINTS+="$(awk '/^painted/ {print $2}' "$WORK/gui$i.out")s/$(cat "$WORK/gui$i.ms")ms "
done
note "window start to painted (process clock / wall, 3 runs, exit 0): $PAINTS"
grep -q "^painted " "$WORK/demo.out" || fail "the demo window did not paint"
note "demo shop (embedded sandbox in the window): painted $(awk '/^painted/ {print $2}' "$WORK/demo.out")s, $(cat "$WORK/demo.ms") ms wall, exit 0"
PHASE[keyring-session]=$((SECONDS - t))

say "stop the sandbox"
kill -TERM "$SANDBOX_PID"
STATUS=0
wait "$SANDBOX_PID" || STATUS=$?
SANDBOX_PID=""
[ "$STATUS" -eq 0 ] || fail "the sandbox exited with $STATUS on SIGTERM"
note "sandbox stopped on SIGTERM with exit 0"

if find "$BUNDLE" -name __pycache__ | grep -q .; then fail "the app wrote __pycache__ into the bundle"; fi
note "no __pycache__ written into the bundle"

# --- 6. report ----------------------------------------------------------------------------------
TOTAL=$((SECONDS - T0))
say "PASS: SellerDesk $VERSION frozen for Linux ($ARCH)"
printf '%s\n' "${REPORT[@]}" | sed 's/^/   /'
TIMES=""
for key in packages venv pyinstaller pack no-keyring keyring-session; do
    TIMES+="$key ${PHASE[$key]:-0}s, "
done
echo "   time: ${TOTAL}s in all (${TIMES%, })"
{ printf '%s\n' "${REPORT[@]}"; echo "time: ${TOTAL}s (${TIMES%, })"; } > "dist/linux-smoke-report.txt"
