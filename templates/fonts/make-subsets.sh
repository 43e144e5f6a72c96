#!/bin/sh
# Remakes the social card's fonts in this folder from Debian's Noto packages: subsets, so the generator
# carries about 1.6 MB of fonts instead of 36 MB (one weight of Noto Sans CJK alone is 18 MB).
#
#   apt-get install -y fonts-noto-core fonts-noto-cjk python3-fonttools kanjidic
#   sh templates/fonts/make-subsets.sh
#
# The output is the same bytes on every run: fontTools keeps each font's own head.modified (it is told not to
# stamp the time) and reads the character lists in a fixed order, so a remake from the same packages changes
# nothing in git.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
noto=/usr/share/fonts/truetype/noto
cjk=/usr/share/fonts/opentype/noto
kanjidic=/usr/share/edict/kanjidic
# Debian's fontTools, not whichever python3 comes first on PATH (pyenv, a venv): the packages above are the recipe.
python=/usr/bin/python3

for file in "$noto/NotoSans-Regular.ttf" "$noto/NotoSans-Bold.ttf" "$cjk/NotoSansCJK-Regular.ttc" "$cjk/NotoSansCJK-Bold.ttc" "$kanjidic"; do
    [ -f "$file" ] || { echo "missing $file: apt-get install -y fonts-noto-core fonts-noto-cjk python3-fonttools kanjidic" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The kanji: kanjidic's grade fields G1-G6 (taught in primary school) and G8 (the rest of the Jōyō list), G9 and
# G10 (Jinmeiyō, the kanji allowed in given names). kanjidic covers JIS X 0208 only, so the four Jōyō kanji
# outside it (𠮟 塡 剝 頰, added in 2010) are named here.
iconv -f EUC-JP -t UTF-8 "$kanjidic" \
    | awk 'NR > 1 { for (i = 2; i <= NF; i++) if ($i ~ /^G([1-6]|8|9|10)$/) { print $1; break } }' \
    | LC_ALL=C sort -u > "$work/kanji.txt"
printf '%s\n' 𠮟 塡 剝 頰 >> "$work/kanji.txt"

"$python" - "$here" "$noto" "$cjk" "$work/kanji.txt" <<'PYTHON'
import sys
from fontTools import subset
from fontTools.ttLib import TTFont

here, noto, cjk, kanji_file = sys.argv[1:]

def ranges(*spans):
    return [c for first, last in spans for c in range(first, last + 1)]

# Latin: ASCII, Latin-1 Supplement, Latin Extended-A (every European name the consortium's partners have),
# general punctuation (dashes, quotes, ellipsis), the euro sign.
latin = ranges((0x20, 0x7E), (0xA0, 0xFF), (0x100, 0x17F), (0x2000, 0x206F), (0x20AC, 0x20AC))

# Japanese: CJK symbols and punctuation, hiragana, katakana (with its phonetic extensions), fullwidth and
# halfwidth forms, the dashes, quotes and ellipsis a Japanese title sets in the CJK font, a few symbols common
# in Japanese headlines (※ □ △ ○ ● ★ ☆), and the kanji.
with open(kanji_file, encoding="utf-8") as lines:
    kanji = [ord(line.strip()) for line in lines if line.strip()]
japanese = ranges((0x3000, 0x303F), (0x3040, 0x309F), (0x30A0, 0x30FF), (0x31F0, 0x31FF), (0xFF00, 0xFFEF), (0x2010, 0x2027)) \
    + [0x203B, 0x25A1, 0x25B3, 0x25CB, 0x25CF, 0x2605, 0x2606] + kanji

def make(source, number, output, unicodes, features):
    # recalcTimestamp=False: the saved head.modified is the original font's, not the time of this run.
    font = TTFont(source, fontNumber=number, recalcTimestamp=False)
    # The variation sequences (format 14) would keep every kanji's variant forms: twice the glyphs for a card that
    # never asks for them.
    font["cmap"].tables = [table for table in font["cmap"].tables if table.format != 14]
    options = subset.Options()
    options.layout_features = features
    # Every name is kept: the copyright, licence description and licence URL stay in each file, as the OFL asks of
    # every copy.
    options.name_IDs = ["*"]
    # The card is drawn at 24 px and larger, where hints change nothing; they are a large share of a font's bytes.
    options.hinting = False
    options.notdef_outline = True
    # Vertical metrics: the card sets Japanese horizontally.
    options.drop_tables += ["DSIG", "vhea", "vmtx", "VORG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(set(unicodes)))
    subsetter.subset(font)
    font.save(f"{here}/{output}")

# HarfBuzz's horizontal defaults; 'locl' is left out of the CJK fonts (it holds the Chinese and Korean forms).
latin_features = ["ccmp", "locl", "calt", "clig", "liga", "kern", "mark", "mkmk"]
cjk_features = ["ccmp", "calt", "liga", "kern", "mark"]
make(f"{noto}/NotoSans-Regular.ttf", 0, "NotoSans-Regular.subset.ttf", latin, latin_features)
make(f"{noto}/NotoSans-Bold.ttf", 0, "NotoSans-Bold.subset.ttf", latin, latin_features)
# Font 0 of each collection is Noto Sans CJK JP: the Japanese forms of the kanji shared with Chinese and Korean.
make(f"{cjk}/NotoSansCJK-Regular.ttc", 0, "NotoSansCJKjp-Regular.subset.otf", japanese, cjk_features)
make(f"{cjk}/NotoSansCJK-Bold.ttc", 0, "NotoSansCJKjp-Bold.subset.otf", japanese, cjk_features)
print(f"kanji: {len(kanji)}")
PYTHON

# The licence beside the fonts, as the OFL asks of every copy: each font's copyright notice (its name ID 0, with
# the Reserved Font Name the CJK fonts declare), then the licence text from the Debian package's copyright file.
{
    echo "The fonts in this folder are subsets of Noto Sans and Noto Sans CJK JP, made by make-subsets.sh."
    echo
    echo "NotoSans-Regular.subset.ttf, NotoSans-Bold.subset.ttf:"
    echo "Copyright 2015 Google LLC. All Rights Reserved. (Noto Sans; no Reserved Font Name)"
    echo
    echo "NotoSansCJKjp-Regular.subset.otf, NotoSansCJKjp-Bold.subset.otf:"
    echo "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'. (Noto Sans CJK JP)"
    echo
    echo "This Font Software is licensed under the SIL Open Font License, Version 1.1."
    echo "This license is copied below, and is also available with a FAQ at: https://openfontlicense.org"
    echo
    awk 'previous == "" && /^License: SIL-1.1$/ { on = 1; next } { previous = $0 } on && !/^ / { exit } on { print }' \
        /usr/share/doc/fonts-noto-cjk/copyright | sed -e 's/^ //' -e 's/^\.$//'
} > "$here/OFL.txt"

ls -l "$here"/*.subset.* "$here/OFL.txt"
