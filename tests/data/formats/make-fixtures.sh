#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the encoded and compressed fixtures from the UTF-8 sources in src/.
# Run from this folder: sh make-fixtures.sh
set -eu
mkdir -p enc bad
to() { iconv -f UTF-8 -t "$1" "src/$2" > "$3"; }
to SHIFT_JIS ja.txt enc/ja-shift_jis.txt
to CP932 ja-cp932.txt enc/ja-cp932.txt
to EUC-JP ja.txt enc/ja-euc-jp.txt
to ISO-2022-JP ja.txt enc/ja-iso-2022-jp.txt
to UTF-16 ja.txt enc/ja-utf16-bom.txt                       # iconv writes a BOM (little endian here)
to UTF-16LE ja.txt enc/ja-utf16le-nobom.txt
to UTF-16BE ja.txt enc/ja-utf16be-nobom.txt
cp src/ja.txt enc/ja-utf8.txt
to WINDOWS-1251 ru.txt enc/ru-windows-1251.txt
to KOI8-R ru.txt enc/ru-koi8-r.txt
to UTF-16BE ru.txt enc/ru-utf16be-nobom.txt
{ printf '\357\273\277'; cat src/ru.txt; } > enc/ru-utf8-bom.txt
# Declared charsets: an HTML page in Shift_JIS that says so in its meta tag.
to SHIFT_JIS page-ja.html enc/page-ja-shift_jis.html
# Bad bytes at known offsets: 0x98 is undefined in windows-1251 (offset 300); a Shift_JIS lead
# byte followed by a byte that cannot trail it (offset 200).
iconv -f UTF-8 -t WINDOWS-1251 src/ru.txt | head -c 300 > bad/ru-windows-1251-broken.txt
printf '\230' >> bad/ru-windows-1251-broken.txt
iconv -f UTF-8 -t WINDOWS-1251 src/ru.txt | tail -c +301 >> bad/ru-windows-1251-broken.txt
iconv -f UTF-8 -t SHIFT_JIS src/ja.txt | head -c 200 > bad/ja-shift_jis-broken.txt
printf '\203\177' >> bad/ja-shift_jis-broken.txt
iconv -f UTF-8 -t SHIFT_JIS src/ja.txt | tail -c +201 >> bad/ja-shift_jis-broken.txt
# Latin-1 text that is not valid UTF-8: refused, the first bad byte at offset 12.
printf 'Caf\303\251 and na\357ve reader\n' > bad/latin1.txt
head -c 600 /bin/ls > bad/program.bin
# Compressed input.
gzip -9 -n -c src/news.jsonl > news.jsonl.gz
rm -f bundle.zip
(cd src && zip -q -X ../bundle.zip ru.txt news.tsv)
