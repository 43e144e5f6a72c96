#!/bin/sh
# Remakes the theme's web fonts (templates/assets/fonts/*.woff2) from Debian's Noto packages: Noto Sans for
# headings and interface, Noto Serif for the text of releases, cut to the Latin scripts of the consortium's
# languages (English, German and the names of European partners), so the five files cost 77 KB.
# Japanese and other scripts fall back to the reader's own fonts (the font stacks in site.css).
#
#   apt-get install -y fonts-noto-core python3-fonttools python3-brotli
#   sh templates/fonts/make-web-fonts.sh
#
# Same packages, same bytes: fontTools keeps each font's head.modified and the character list is fixed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out="$here/../assets/fonts"
noto=/usr/share/fonts/truetype/noto
python=/usr/bin/python3

mkdir -p "$out"
# The licence travels with the fonts wherever a site is published.
cp "$here/OFL.txt" "$out/OFL.txt"
"$python" - "$noto" "$out" <<'PYTHON'
import sys
from fontTools import subset
from fontTools.ttLib import TTFont

noto, out = sys.argv[1:]
# Basic Latin, Latin-1, Latin Extended-A, general punctuation (dashes, quotes, ellipsis), the euro sign,
# the arrows the theme's pagination prints, and the no-break and thin spaces.
unicodes = (list(range(0x20, 0x7F)) + list(range(0xA0, 0x180)) + list(range(0x2000, 0x2070))
            + [0x20AC, 0x2122, 0x2190, 0x2192, 0x2212])
for name in ["NotoSans-Regular", "NotoSans-Bold", "NotoSerif-Regular", "NotoSerif-Italic", "NotoSerif-Bold"]:
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["kern", "liga", "clig", "calt", "ccmp", "locl", "mark", "mkmk", "onum", "lnum", "tnum", "pnum"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.notdef_outline = True
    options.hinting = False
    font = TTFont(f"{noto}/{name}.ttf", recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.flavor = "woff2"
    font.save(f"{out}/{name}.latin.woff2", reorderTables=False)
PYTHON
