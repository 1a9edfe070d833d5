#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Brings resources/translations/parallax_en.ts up to date with the texts that have plural forms
# (tr("%n article(s)", nullptr, n)). New texts appear as unfinished: give each its English
# singular and plural (Qt Linguist, or by hand in the file); the plurals test fails until then.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
"$lupdate" -silent -pluralonly -no-obsolete -locations none -source-language en -target-language en \
  model ui app -ts resources/translations/parallax_en.ts
grep -c 'type="unfinished"' resources/translations/parallax_en.ts | sed 's/^/unfinished: /' || true
