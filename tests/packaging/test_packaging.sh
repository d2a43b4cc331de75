#!/usr/bin/env bash
# The packaging test (ctest -L packaging, registered by packaging/packaging.cmake):
#   1. builds the .deb with CPack from the build tree, into a temporary folder;
#   2. checks its metadata (version, dependencies from dpkg-shlibdeps plus the SQL drivers and the
#      keychain library, every dependency satisfied on this machine) and its file list (everything
#      expected is there, the stand-in is not, nothing outside /usr);
#   3. installs it with dpkg -i (as root; otherwise, or when moctl-studio is already installed here,
#      it unpacks it with dpkg -x into a temporary root and leaves the machine alone);
#   4. runs /usr/bin/moctl --version and /usr/bin/moctl-studio --version, checks that every command of
#      `moctl --help` is in the man page, validates the desktop file and the AppStream metainfo,
#      starts moctl-studio offscreen for a moment;
#   5. removes the package (dpkg -r, then purge) and checks that every file it installed is gone.
# Exit 0 pass, 1 fail, 77 skipped (no dpkg: not a Debian-like system).
# shellcheck disable=SC2015,SC2317  # "a && pass || fail" is safe: pass and fail always succeed; cleanup runs from a trap
set -uo pipefail

BUILD_DIR=""
VERSION=""
APPSTREAM_ID=""
SOURCE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) BUILD_DIR="$2"; shift 2 ;;
        --version) VERSION="$2"; shift 2 ;;
        --appstream-id) APPSTREAM_ID="$2"; shift 2 ;;
        --source-dir) SOURCE_DIR="$2"; shift 2 ;;
        *) echo "test_packaging: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -n "$BUILD_DIR" ] && [ -n "$VERSION" ] && [ -n "$APPSTREAM_ID" ] || {
    echo "usage: $0 --build-dir DIR --version X.Y.Z --appstream-id ID" >&2; exit 2; }

PACKAGE=moctl-studio
failures=0
step() { printf '\n== %s  (at %d s)\n' "$*" "$SECONDS"; }
pass() { printf '   ok    %s\n' "$*"; }
fail() { printf '   FAIL  %s\n' "$*"; failures=$((failures + 1)); }
check() { # check "description" command...
    local what="$1"; shift
    local output
    if output="$("$@" 2>&1)"; then pass "$what"; else fail "$what"; printf '%s\n' "$output" | sed 's/^/         /'; fi
}

if ! command -v dpkg >/dev/null || ! command -v dpkg-deb >/dev/null; then
    echo "test_packaging: no dpkg here: skipped (not a Debian-like system)"
    exit 77
fi
for tool in cpack dpkg-shlibdeps desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL: $tool is missing (scripts/install-deps.sh installs it)"
        exit 1
    fi
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/moctl-packaging.XXXXXX")"
INSTALLED_BY_US=0
cleanup() {
    if [ "$INSTALLED_BY_US" = 1 ] && dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "ok installed"; then
        echo "cleanup: removing $PACKAGE"
        dpkg_waiting --purge "$PACKAGE" >/dev/null 2>&1 && rm -f "$MARKER"
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# dpkg does not wait for its lock (another apt or dpkg may be running): retry for up to 20 s.
dpkg_waiting() {
    local output attempt
    for attempt in $(seq 1 10); do
        if output="$(dpkg "$@" 2>&1)"; then printf '%s\n' "$output"; return 0; fi
        if ! printf '%s' "$output" | grep -qi 'lock'; then printf '%s\n' "$output"; return 1; fi
        [ "$attempt" = 1 ] && echo "   dpkg is locked by another process; waiting" >&2
        sleep 2
    done
    printf '%s\n' "$output"
    return 1
}

# --- 1. Build the .deb ---------------------------------------------------------------------------
step "cpack -G DEB (build tree $BUILD_DIR)"
start=$(date +%s)
if ! cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$WORK/out" >"$WORK/cpack.log" 2>&1; then
    cat "$WORK/cpack.log"
    echo "FAIL: cpack could not build the .deb"
    exit 1
fi
DEB="$(find "$WORK/out" -maxdepth 1 -name '*.deb' | head -n 1)"
[ -f "$DEB" ] || { cat "$WORK/cpack.log"; echo "FAIL: no .deb produced"; exit 1; }
pass "built $(basename "$DEB") in $(( $(date +%s) - start )) s, $(du -k "$DEB" | cut -f1) KiB"

# --- 2. Metadata and contents --------------------------------------------------------------------
step "package metadata"
field() { dpkg-deb -f "$DEB" "$1"; }
[ "$(field Package)" = "$PACKAGE" ] && pass "Package: $PACKAGE" || fail "Package is '$(field Package)'"
case "$(field Version)" in
    "$VERSION" | "$VERSION"-*) pass "Version: $(field Version) (project version $VERSION)" ;;
    *) fail "Version '$(field Version)' does not come from the project version $VERSION" ;;
esac
DEPENDS="$(field Depends)"
echo "   Depends: $DEPENDS"
for dep in libqt6sql6-mysql libqt6sql6-sqlite libqt6keychain1 libqt6svg6 libqt6core6 libqt6widgets6 libc6; do
    if printf '%s\n' "$DEPENDS" | tr ',' '\n' | grep -Eq "^ *$dep( |$)"; then
        pass "depends on $dep"
    else
        fail "does not depend on $dep (dpkg-shlibdeps or the explicit list is missing it)"
    fi
done

# Every dependency (one alternative of each group) must be installed here in a matching version.
satisfied() { # "name (op version)" -> 0 when installed and matching
    local spec="$1" name op ver installed
    name="$(printf '%s' "$spec" | sed -E 's/^ *([^ (]+).*/\1/')"
    installed="$(dpkg-query -W -f='${Status}|${Version}' "$name" 2>/dev/null)" || return 1
    case "$installed" in "install ok installed|"*) ;; *) return 1 ;; esac
    if [[ "$spec" =~ \(([<>=]+)\ *([^\)]+)\) ]]; then
        op="${BASH_REMATCH[1]}"; ver="${BASH_REMATCH[2]}"
        case "$op" in '>=') op=ge ;; '<=') op=le ;; '=') op=eq ;; '>>') op=gt ;; '<<') op=lt ;; esac
        dpkg --compare-versions "${installed#*|}" "$op" "$ver" || return 1
    fi
    return 0
}
unsatisfied=""
IFS=',' read -ra groups <<<"$DEPENDS"
for group in "${groups[@]}"; do
    ok=0
    IFS='|' read -ra alternatives <<<"$group"
    for alternative in "${alternatives[@]}"; do
        satisfied "$alternative" && { ok=1; break; }
    done
    [ "$ok" = 1 ] || unsatisfied="$unsatisfied,$group"
done
if [ -z "$unsatisfied" ]; then pass "all ${#groups[@]} dependencies are satisfied here"; else fail "unsatisfied:${unsatisfied#,}"; fi

step "package contents"
dpkg-deb -c "$DEB" | awk '{print $6}' | sed 's#^\./#/#' | grep -v '/$' | sort >"$WORK/files"
EXPECTED=(
    /usr/bin/moctl
    /usr/bin/moctl-studio
    /usr/share/applications/moctl-studio.desktop
    "/usr/share/metainfo/$APPSTREAM_ID.metainfo.xml"
    /usr/share/icons/hicolor/scalable/apps/moctl-studio.svg
    /usr/share/man/man1/moctl.1.gz
    /usr/share/man/man1/moctl-studio.1.gz
    /usr/share/doc/moctl-studio/CHANGELOG.md
)
for size in 16 22 24 32 48 64 128 256; do
    EXPECTED+=("/usr/share/icons/hicolor/${size}x${size}/apps/moctl-studio.png")
done
# The example systemd user units, when the source tree has them.
UNITS=()
for unit in moctl-schedule.service moctl-schedule.timer; do
    if [ -f "$SOURCE_DIR/packaging/systemd/$unit" ]; then
        UNITS+=("/usr/lib/systemd/user/$unit")
        EXPECTED+=("/usr/lib/systemd/user/$unit")
    fi
done
missing=0
for f in "${EXPECTED[@]}"; do
    grep -qxF "$f" "$WORK/files" || { fail "missing $f"; missing=1; }
done
[ "$missing" = 0 ] && pass "all ${#EXPECTED[@]} expected files are in the package ($(wc -l <"$WORK/files") files)"
if grep -Ei 'standin|mo_ctl_udf|\.so(\.|$)' "$WORK/files"; then fail "the stand-in or a library is packaged"; else pass "no stand-in, no stray libraries"; fi
if grep -v '^/usr/' "$WORK/files"; then fail "files outside /usr"; else pass "everything under /usr"; fi

# --- 3. Install -----------------------------------------------------------------------------------
# A marker tells a leftover of an interrupted run of this test (ctest kills on timeout) from an
# installation of the user's own, which is never touched.
MARKER=/var/tmp/moctl-packaging-test.installed
MODE=install
if [ "$(id -u)" -eq 0 ] && [ -e "$MARKER" ]; then
    if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "ok installed"; then
        echo "   removing $PACKAGE left installed by an interrupted run of this test"
        dpkg_waiting --purge "$PACKAGE" >/dev/null 2>&1 || true
    fi
    rm -f "$MARKER"
fi
if [ "$(id -u)" -ne 0 ]; then
    MODE=extract
    echo "   not root: unpacking into a temporary root instead of installing"
elif dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "install ok installed"; then
    MODE=extract
    echo "   $PACKAGE is already installed on this machine: left alone, unpacking into a temporary root"
fi

if [ "$MODE" = install ]; then
    step "dpkg -i $(basename "$DEB")"
    INSTALLED_BY_US=1
    : >"$MARKER"
    if dpkg_waiting -i "$DEB" >"$WORK/dpkg-install.log" 2>&1; then
        pass "installed: $(dpkg-query -W -f='${Package} ${Version} ${Status}' "$PACKAGE")"
    else
        cat "$WORK/dpkg-install.log"
        fail "dpkg -i failed"
        exit 1
    fi
    ROOT=""
else
    step "dpkg -x $(basename "$DEB")"
    ROOT="$WORK/root"
    dpkg -x "$DEB" "$ROOT" && pass "unpacked into $ROOT" || { fail "dpkg -x failed"; exit 1; }
fi

# --- 4. The installed files work ------------------------------------------------------------------
step "installed executables"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=
for exe in moctl moctl-studio; do
    out="$("$ROOT/usr/bin/$exe" --version 2>&1)"; rc=$?
    if [ $rc -eq 0 ] && [ "$out" = "$exe $VERSION" ]; then
        pass "/usr/bin/$exe --version -> $out"
    else
        fail "/usr/bin/$exe --version -> '$out' (exit $rc), expected '$exe $VERSION'"
    fi
    if ldd "$ROOT/usr/bin/$exe" | grep -q 'not found'; then
        fail "$exe has unresolved libraries:"; ldd "$ROOT/usr/bin/$exe" | grep 'not found'
    else
        pass "$exe: every shared library resolves"
    fi
done
# The GUI really starts from the installed path (platform plugin, SQL drivers, icons); a private
# data directory and home so nothing of the user's is touched. Still running after 3 s = started.
APPHOME="$WORK/home"; mkdir -p "$APPHOME"
HOME="$APPHOME" XDG_CONFIG_HOME="$APPHOME/.config" XDG_DATA_HOME="$APPHOME/.local/share" \
    MOCTL_DATA_DIR="$APPHOME/data" XDG_RUNTIME_DIR="$APPHOME" \
    timeout 3 "$ROOT/usr/bin/moctl-studio" >"$WORK/studio.log" 2>&1
rc=$?
if [ $rc -eq 124 ]; then pass "moctl-studio starts offscreen and keeps running"; else fail "moctl-studio exited with $rc:"; sed 's/^/         /' "$WORK/studio.log"; fi

step "desktop integration"
check "desktop-file-validate /usr/share/applications/moctl-studio.desktop" \
    desktop-file-validate "$ROOT/usr/share/applications/moctl-studio.desktop"
check "appstreamcli validate --no-net /usr/share/metainfo/$APPSTREAM_ID.metainfo.xml" \
    appstreamcli validate --no-net "$ROOT/usr/share/metainfo/$APPSTREAM_ID.metainfo.xml"
if grep -q "<release version=\"$VERSION\"" "$ROOT/usr/share/metainfo/$APPSTREAM_ID.metainfo.xml"; then
    pass "metainfo release $VERSION"
else
    fail "metainfo has no release $VERSION"
fi
if grep -q '^Icon=moctl-studio$' "$ROOT/usr/share/applications/moctl-studio.desktop" \
    && [ -f "$ROOT/usr/share/icons/hicolor/48x48/apps/moctl-studio.png" ]; then
    pass "the desktop file's icon is installed"
else
    fail "Icon= of the desktop file does not name an installed icon"
fi

if [ "${#UNITS[@]}" -gt 0 ]; then
    step "systemd user units"
    for unit in "${UNITS[@]}"; do
        exec_line="$(sed -n 's/^ExecStart=//p' "$ROOT$unit" | head -n 1)"
        if [ -z "$exec_line" ]; then
            case "$unit" in *.service) fail "$unit has no ExecStart" ;; *) pass "$unit installed" ;; esac
            continue
        fi
        program="${exec_line%% *}"
        program="${program#[-@:+!]}"
        case "$program" in
            /*) [ -x "$ROOT$program" ] && pass "$unit runs $program, which the package installs" \
                    || fail "$unit runs $program, which is not installed" ;;
            *) pass "$unit runs $program (found through systemd's search path)" ;;
        esac
    done
    if command -v systemd-analyze >/dev/null && [ -z "$ROOT" ]; then
        check "systemd-analyze verify" systemd-analyze verify --man=no "${UNITS[@]}"
    fi
fi

step "man pages"
MAN="$ROOT/usr/share/man/man1/moctl.1.gz"
if [ -f "$MAN" ]; then
    zcat "$MAN" >"$WORK/moctl.1"
    sed 's/\\-/-/g' "$WORK/moctl.1" >"$WORK/moctl.1.plain"   # roff's \- is a plain hyphen here
    grep -q "^\.TH MOCTL 1 .*moctl-studio $VERSION" "$WORK/moctl.1" && pass "moctl.1 is for version $VERSION" \
        || fail "moctl.1 .TH line does not carry version $VERSION"
    # Every command moctl itself lists must be described in the man page.
    "$ROOT/usr/bin/moctl" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF {print $1}' >"$WORK/commands"
    [ -s "$WORK/commands" ] || fail "could not read the commands from moctl --help"
    while read -r command; do
        grep -Eq "^\.SS \"?$command( |\"|$)" "$WORK/moctl.1.plain" && pass "man page describes '$command'" \
            || fail "man page has no section for '$command' (listed by moctl --help)"
    done <"$WORK/commands"
    for section in "EXIT STATUS" ENVIRONMENT MOCTL_PASSWORD MOCTL_DATA_DIR; do
        grep -q "$section" "$WORK/moctl.1" && pass "man page mentions $section" || fail "man page lacks $section"
    done
    if command -v man >/dev/null; then
        warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$MAN" 2>&1 >/dev/null)"
        [ -z "$warnings" ] && pass "man --warnings: clean" || { fail "man --warnings:"; echo "$warnings"; }
    fi
else
    fail "$MAN is not installed"
fi

# --- 5. Remove ------------------------------------------------------------------------------------
if [ "$MODE" = install ]; then
    step "dpkg -r / --purge"
    dpkg-query -L "$PACKAGE" | sort >"$WORK/installed-paths"
    if dpkg_waiting -r "$PACKAGE" >"$WORK/dpkg-remove.log" 2>&1 && dpkg_waiting --purge "$PACKAGE" >>"$WORK/dpkg-remove.log" 2>&1; then
        pass "removed and purged"
    else
        cat "$WORK/dpkg-remove.log"; fail "dpkg -r failed"
    fi
    INSTALLED_BY_US=0
    rm -f "$MARKER"
    if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "ok installed"; then
        fail "dpkg still lists $PACKAGE as installed"
    else
        pass "dpkg no longer lists $PACKAGE"
    fi
    left=0
    while read -r f; do
        [ -e "$f" ] && [ ! -d "$f" ] && { fail "still there after removal: $f"; left=1; }
    done <"$WORK/files"
    [ "$left" = 0 ] && pass "all $(wc -l <"$WORK/files") packaged files are gone"
    [ -e /usr/share/doc/moctl-studio ] && fail "/usr/share/doc/moctl-studio is left behind" \
        || pass "/usr/share/doc/moctl-studio is gone"
fi

echo
if [ "$failures" -eq 0 ]; then
    echo "packaging: PASS ($MODE mode, $SECONDS s)"
    exit 0
fi
echo "packaging: $failures check(s) FAILED ($MODE mode, $SECONDS s)"
exit 1
