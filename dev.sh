#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Parallax developer entry point, for Debian 12 (as root, or as a user who may sudo).
#   ./dev.sh run [ARGS...]   install what is needed, build, start Parallax (the sample corpus on first start)
#   ./dev.sh test            install what is needed, build, run every test
#   ./dev.sh deps | build    only that step
# Environment: BUILD_DIR (default: build), BUILD_TYPE (default: Release),
# PARALLAX_SANITIZE=ON for an address/undefined sanitizer build.
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}
PACKAGES=(
  cmake g++ ccache pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  libqt6sql6-sqlite libgl-dev libxkbcommon-dev libuchardet-dev libarchive-dev libsqlite3-dev libicu-dev libstemmer-dev
  xvfb xauth x11-apps imagemagick fonts-noto-cjk fonts-dejavu-core poppler-utils librsvg2-bin
  desktop-file-utils appstream file
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

deps() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
  fi
}

build() {
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" \
        -DPARALLAX_SANITIZE="${PARALLAX_SANITIZE:-OFF}" "${launcher[@]}" >/dev/null
  cmake --build "$BUILD_DIR" -j"$(nproc)"
}

case "${1:-}" in
  deps) deps ;;
  build) deps; build ;;
  run)
    shift
    deps; build
    exec "$BUILD_DIR/app/parallax" "$@"
    ;;
  test)
    deps; build
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)"
    ;;
  *)
    sed -n '4,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
