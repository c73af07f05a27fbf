"""Make the Noto subsets the PDF renderer uses for scripts DejaVu Sans cannot shape or lacks.

Run once, by hand, when a subset must change (the results are committed in
chair_app/resources/fonts/):

    python scripts/subset_script_fonts.py <folder with the Noto fonts>

The folder is where Debian's fonts-noto-core, fonts-noto-extra and fonts-noto-cjk were unpacked
(``apt-get download`` them, then ``dpkg -x <deb> <folder>``; fontTools comes with matplotlib).
Each subset keeps every OpenType layout feature (GSUB, GPOS, GDEF) that HarfBuzz needs to shape
the script. Noto Sans CJK has
PostScript (CFF) outlines, which reportlab cannot embed: its subset (GB2312 level-1 hanzi, the
Big5 level-1 characters, kana, CJK and full-width punctuation) is converted to TrueType outlines
(quadratic curves, fontTools' cu2qu).
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from fontTools import subset  # type: ignore[import-untyped]
from fontTools.pens.cu2quPen import Cu2QuPen  # type: ignore[import-untyped]
from fontTools.pens.ttGlyphPen import TTGlyphPen  # type: ignore[import-untyped]
from fontTools.ttLib import TTCollection, TTFont, newTable  # type: ignore[import-untyped]

OUT = Path(__file__).resolve().parents[1] / "chair_app" / "resources" / "fonts"

# Punctuation, digits and spaces that may sit inside a run of the script.
_COMMON = [*range(0x20, 0x41), *range(0x5B, 0x61), *range(0x7B, 0x7F), 0xA0, 0xAB, 0xBB,
           *range(0x2010, 0x2028), *range(0x2030, 0x205F), 0x25CC, *range(0x200B, 0x2010)]
_ARABIC = [*range(0x600, 0x700), *range(0x750, 0x780), *range(0x8A0, 0x900),
           *range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]

SUBSETS = {
    "NotoNaskhArabic-Regular.ttf": ("truetype/noto/NotoNaskhArabic-Regular.ttf", _ARABIC),
    "NotoNastaliqUrdu-Regular.ttf": ("truetype/noto/NotoNastaliqUrdu-Regular.ttf", _ARABIC),
    "NotoSansBengali-Regular.ttf": ("truetype/noto/NotoSansBengali-Regular.ttf",
                                    [*range(0x980, 0xA00), 0x964, 0x965]),
    "NotoSansGurmukhi-Regular.ttf": ("truetype/noto/NotoSansGurmukhi-Regular.ttf",
                                     [*range(0xA00, 0xA80), 0x964, 0x965]),
    "NotoSansDevanagari-Regular.ttf": ("truetype/noto/NotoSansDevanagari-Regular.ttf",
                                       [*range(0x900, 0x980), *range(0xA8E0, 0xA900),
                                        *range(0x1CD0, 0x1D00)]),
}


def _options() -> subset.Options:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False  # reportlab ignores hinting; it would double the size
    options.drop_tables += ["DSIG"]
    return options


def _cjk_characters() -> list[int]:
    """GB2312 level-1 hanzi (rows 16-55) and Big5 level-1 (0xA440-0xC67E), decoded with
    Python's codecs, plus kana and CJK and full-width punctuation."""
    characters: set[int] = set()
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                characters.add(ord(bytes([row, cell]).decode("gb2312")))
    for lead in range(0xA4, 0xC7):
        for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            try:
                text = bytes([lead, trail]).decode("big5")
            except UnicodeDecodeError:
                continue
            if 0x4E00 <= ord(text) <= 0x9FFF:
                characters.add(ord(text))
    characters.update(range(0x3000, 0x3040))
    characters.update(range(0x3040, 0x3100))
    characters.update(range(0xFF00, 0xFFF0))
    return sorted(characters)


def _to_truetype(font: TTFont) -> None:
    """Replace the CFF outlines by TrueType ones (as fontTools' otf2ttf example does)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.maxComponentElements = max(
        (len(g.components) for g in glyphs.values() if hasattr(g, "components")), default=0
    )
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcBBoxes = True


def main(source: Path) -> None:
    for name, (relative, characters) in SUBSETS.items():
        font = TTFont(source / relative)
        subsetter = subset.Subsetter(_options())
        subsetter.populate(unicodes=characters + _COMMON)
        subsetter.subset(font)
        font.save(OUT / name)
        print(name, (OUT / name).stat().st_size)
    cjk = TTCollection(source / "opentype/noto/NotoSansCJK-Regular.ttc").fonts[2]  # SC
    subsetter = subset.Subsetter(_options())
    subsetter.populate(unicodes=_cjk_characters() + _COMMON)
    subsetter.subset(cjk)
    _to_truetype(cjk)
    cjk.save(OUT / "NotoSansCJKsc-Subset.ttf")
    print("NotoSansCJKsc-Subset.ttf", (OUT / "NotoSansCJKsc-Subset.ttf").stat().st_size)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
