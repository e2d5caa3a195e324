"""Makes src/fonts/language-names/language-names-700.woff2: the glyphs the welcome screen needs to draw
the language names Noto Sans can't (Chinese, Punjabi, Arabic), in one tiny bold font. The first screen
waits for it, so its first paint needs no system font and shows no empty boxes, while the full script
fonts load just after it. Run it again when LANGUAGE_NAMES (src/locales/index.ts) changes; a unit
test says when. Needs Debian's fonts-noto-cjk, fonts-noto-core and python3-fonttools (python3-brotli):

    /usr/bin/python3 electron/build/make-language-name-fonts.py

The outlines are Google's Noto fonts, under the SIL Open Font License 1.1, like the other bundled fonts.
"""

from pathlib import Path

from fontTools import subset
from fontTools.merge import Merger
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

# (font file, face number, the characters to keep). The Chinese face keeps its `locl` forms, so
# 繁體中文 is drawn in Traditional forms where they differ.
SOURCES = [
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2, "简体中文繁體"),
    ("/usr/share/fonts/truetype/noto/NotoSansGurmukhi-Bold.ttf", 0, "ਪੰਜਾਬੀ"),
    ("/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf", 0, "العربية"),
]
OUT = Path(__file__).resolve().parents[2] / "src/fonts/language-names/language-names-700.woff2"
WORK = OUT.parent / ".work"


def subset_font(path: str, number: int, text: str) -> TTFont:
    options = subset.Options()
    options.font_number = number
    options.layout_features = ["*"]
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = ["*"]
    font = subset.load_font(path, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    return font


def to_truetype_outlines(font: TTFont) -> None:
    """CFF (cubic) to glyf (quadratic) outlines: fonts can only be merged with the same kind."""
    if "CFF " not in font:
        return
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in font.getGlyphOrder():
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = font.getGlyphOrder()
    glyf.glyphs = glyphs
    for glyph in glyphs.values():
        glyph.recalcBounds(glyf)
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements", "maxPoints", "maxContours",
                  "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def main() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    parts = []
    for index, (path, number, text) in enumerate(SOURCES):
        font = subset_font(path, number, text)
        to_truetype_outlines(font)
        part = WORK / f"part-{index}.ttf"
        font.save(part)
        parts.append(str(part))
    # Only tables all parts have can be merged (the Chinese face also has vertical metrics and BASE).
    fonts = [TTFont(part) for part in parts]
    common = set.intersection(*(set(font.keys()) for font in fonts)) - {"GlyphOrder"}
    for font, part in zip(fonts, parts):
        for tag in set(font.keys()) - common - {"GlyphOrder", "GDEF", "GSUB", "GPOS"}:
            del font[tag]
        font.save(part)
    merged = Merger().merge(parts)
    merged.flavor = "woff2"
    merged.save(OUT)
    for part in parts:
        Path(part).unlink()
    WORK.rmdir()
    print(f"{OUT}: {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
