#!/usr/bin/env bash
# Installs every Debian/Ubuntu package MOCTL Studio needs to build, test and run its demo.
#   scripts/install-deps.sh           everything (build, tests, demo, packaging checks)
#   scripts/install-deps.sh --build   only what building the executables and the .deb needs (the
#                                     container image's build stage: packaging/container/Containerfile)
set -euo pipefail

BUILD_PACKAGES=(
    # toolchain
    g++ cmake ninja-build pkgconf ccache git
    # Qt 6 and the real database drivers
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-mysql libqt6sql6-sqlite qt6-svg-dev libqt6svg6 libgl-dev
    qtkeychain-qt6-dev libmariadb-dev
    # cpack DEB: dpkg-shlibdeps
    dpkg-dev file
)
PACKAGES=(
    "${BUILD_PACKAGES[@]}"
    clang-format
    # the MatrixOne stand-in: a real MariaDB server with a mo_ctl UDF
    mariadb-server mariadb-client libmariadb-dev python3 python3-pymysql
    # tests: a real Secret Service, a virtual display, screenshots
    gnome-keyring dbus-x11 libsecret-tools xvfb xauth x11-utils imagemagick
    # tests: promtool checks the metrics exposition
    prometheus
    # the demo in Simplified Chinese: a CJK font (the screenshots of the zh_CN interface need it too)
    fonts-wqy-microhei
    # Qt's own strings (OK, Cancel, file dialogs) in Chinese
    qt6-translations-l10n
    # packaging checks (the Kubernetes manifests and the release workflow are parsed as YAML)
    desktop-file-utils appstream dpkg-dev fakeroot rpm file python3-yaml
)
case "${1:-}" in
    --build) PACKAGES=("${BUILD_PACKAGES[@]}") ;;
    "") ;;
    *) echo "install-deps: unknown option $1 (use --build or nothing)" >&2; exit 2 ;;
esac

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    SUDO=(sudo)
fi

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages are installed"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
