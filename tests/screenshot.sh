#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts the real application under Xvfb on the sample corpus, takes a screenshot of the screen
# and fails if the window is blank.   usage: screenshot.sh PARALLAX_BINARY OUT.png [APP ARGS...]
set -euo pipefail
app=$1; out=$2; shift 2
for tool in xvfb-run import convert; do
  command -v "$tool" >/dev/null || { echo "screenshot: $tool is missing (./dev.sh deps installs it)"; exit 1; }
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
xvfb-run -a -s "-screen 0 1280x800x24" bash -c \
  'app=$1; out=$2; shift 2; "$app" --quit-after 7000 "$@" & pid=$!; sleep 4.5; import -window root "$out"; wait $pid' \
  _ "$app" "$out" "$@"
# A blank screen has one colour; a window with text has many.
colours=$(convert "$out" -format '%k' info:)
spread=$(convert "$out" -colorspace Gray -format '%[fx:standard_deviation]' info:)
echo "screenshot: $out: $colours colours, grey spread $spread"
if [ "$colours" -lt 64 ] || awk "BEGIN{exit !($spread < 0.05)}"; then
  echo "screenshot: the window looks blank"
  exit 1
fi
