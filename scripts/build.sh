#!/usr/bin/env bash
# Configures and builds MOCTL Studio in build/ (both executables land in build/bin/).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${MOCTL_BUILD_DIR:-$ROOT/build}"
GENERATOR=()
if [ ! -f "$BUILD/CMakeCache.txt" ] && command -v ninja >/dev/null; then
    GENERATOR=(-G Ninja)
fi
OPTIONS=()
if [ -n "${MOCTL_WERROR:-}" ]; then
    OPTIONS+=(-DMOCTL_WERROR="$MOCTL_WERROR") # kept in the cache: a later plain build keeps it
fi
cmake -S "$ROOT" -B "$BUILD" "${GENERATOR[@]}" -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" "${OPTIONS[@]}"
cmake --build "$BUILD" -j"$(nproc)"
