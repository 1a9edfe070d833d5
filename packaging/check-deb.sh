#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package and checks what it holds and depends on.
set -euo pipefail
build=$1
cd "$build"
rm -f parallax_*.deb
cpack -G DEB >/dev/null
deb=$(ls parallax_*.deb)
info=$(dpkg-deb -I "$deb")
files=$(dpkg-deb -c "$deb")
fail() { echo "check-deb: $deb: $*"; exit 1; }
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6widgets6; do
  grep -q "Depends:.*$dep" <<<"$info" || fail "Depends lacks $dep"
done
for f in ./usr/bin/parallax ./usr/share/applications/io.github.parallax.Parallax.desktop \
         ./usr/share/metainfo/io.github.parallax.Parallax.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.parallax.Parallax.svg; do
  grep -q " $f\$" <<<"$files" || fail "missing $f"
done
echo "check-deb: $deb is complete"
