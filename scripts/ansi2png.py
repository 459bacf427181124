#!/usr/bin/env python3
"""Renders a tmux pane captured with `tmux capture-pane -e -p` (text with ANSI SGR escapes)
to a PNG, cell by cell, as a terminal would show it.

Usage: ansi2png.py CAPTURE.ansi OUTPUT.png [--columns N]

Needs Pillow and fontTools (`pip install pillow fonttools`) and DejaVu Sans Mono; CJK and
symbol glyphs come from WenQuanYi Zen Hei and Symbola when installed (Debian:
fonts-dejavu-core fonts-wqy-zenhei fonts-symbola). A glyph no font has is drawn as a box.
"""

import argparse
import re
import sys
import unicodedata

from fontTools.ttLib import TTCollection, TTFont
from PIL import Image, ImageDraw, ImageFont

FONT_SIZE = 16
FONTS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
]
FOREGROUND = (208, 208, 208)
BACKGROUND = (24, 24, 28)
# xterm's first 16 colors.
BASIC = [
    (0, 0, 0), (205, 49, 49), (13, 188, 121), (229, 229, 16),
    (36, 114, 200), (188, 63, 188), (17, 168, 205), (229, 229, 229),
    (102, 102, 102), (241, 76, 76), (35, 209, 139), (245, 245, 67),
    (59, 142, 234), (214, 112, 214), (41, 184, 219), (255, 255, 255),
]
SGR = re.compile(r"\x1b\[([0-9;:]*)m")
OTHER_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-ln-z]")


def palette(index):
    """The RGB of one of the 256 xterm colors."""
    if index < 16:
        return BASIC[index]
    if index < 232:
        index -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[index // 36], steps[index // 6 % 6], steps[index % 6])
    level = 8 + (index - 232) * 10
    return (level, level, level)


def cell_width(char):
    """Terminal cells one character takes: 0, 1 or 2."""
    if unicodedata.combining(char) or char in "\u200d\ufe0e\ufe0f":
        return 0
    code = ord(char)
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 2
    if 0x1F300 <= code <= 0x1FAFF:
        return 2
    return 1


class Style:
    """The SGR state: colors and attributes."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = None
        self.bg = None
        self.bold = self.dim = self.italic = self.underline = self.reverse = False

    def copy(self):
        other = Style()
        other.__dict__.update(self.__dict__)
        return other

    def apply(self, parameters):
        codes = [int(p) if p else 0 for p in re.split("[;:]", parameters)] if parameters else [0]
        i = 0
        while i < len(codes):
            code = codes[i]
            if code == 0:
                self.reset()
            elif code == 1:
                self.bold = True
            elif code == 2:
                self.dim = True
            elif code == 3:
                self.italic = True
            elif code == 4:
                self.underline = True
            elif code == 7:
                self.reverse = True
            elif code == 22:
                self.bold = self.dim = False
            elif code == 23:
                self.italic = False
            elif code == 24:
                self.underline = False
            elif code == 27:
                self.reverse = False
            elif 30 <= code <= 37:
                self.fg = BASIC[code - 30]
            elif 90 <= code <= 97:
                self.fg = BASIC[code - 90 + 8]
            elif code == 39:
                self.fg = None
            elif 40 <= code <= 47:
                self.bg = BASIC[code - 40]
            elif 100 <= code <= 107:
                self.bg = BASIC[code - 100 + 8]
            elif code == 49:
                self.bg = None
            elif code in (38, 48) and i + 1 < len(codes):
                if codes[i + 1] == 5 and i + 2 < len(codes):
                    color = palette(codes[i + 2])
                    i += 2
                elif codes[i + 1] == 2 and i + 4 < len(codes):
                    color = tuple(codes[i + 2:i + 5])
                    i += 4
                else:
                    color = None
                if code == 38:
                    self.fg = color
                else:
                    self.bg = color
                i += 1
            i += 1

    def colors(self):
        fg = self.fg or FOREGROUND
        bg = self.bg or BACKGROUND
        if self.bold and self.fg is None:
            fg = (255, 255, 255)
        if self.dim:
            fg = tuple(int(f * 0.55 + b * 0.45) for f, b in zip(fg, bg))
        if self.reverse:
            fg, bg = bg, fg
        return fg, bg


def parse(text, columns):
    """The pane as rows of (char, width, style) cells."""
    rows = []
    style = Style()
    for line in text.rstrip("\n").split("\n"):
        line = OTHER_ESCAPE.sub("", line)
        cells = []
        position = 0
        for match in SGR.finditer(line + "\x1b[m"):
            for char in line[position:match.start()]:
                width = cell_width(char)
                if width == 0:
                    if cells:
                        previous = cells[-1]
                        cells[-1] = (previous[0] + char, previous[1], previous[2])
                    continue
                cells.append((char, width, style.copy()))
            if match.start() < len(line):
                style.apply(match.group(1))
            position = match.end()
        rows.append(cells)
    width = columns or max((sum(c[1] for c in row) for row in rows), default=80)
    return rows, width


class Glyphs:
    """Fonts in fallback order, each with the code points it covers."""

    def __init__(self):
        self.fonts = []
        for path in FONTS:
            try:
                if path.endswith(".ttc"):
                    cmap = TTCollection(path).fonts[0].getBestCmap()
                else:
                    cmap = TTFont(path).getBestCmap()
                font = ImageFont.truetype(path, FONT_SIZE)
            except OSError:
                continue
            self.fonts.append((path, font, set(cmap)))
        if not self.fonts:
            sys.exit("ansi2png: no font found; install fonts-dejavu-core")

    def font(self, char, bold):
        code = ord(char[0])
        for path, font, covered in self.fonts:
            if "Bold" in path and not bold:
                continue
            if code in covered:
                return font
        return None


def render(rows, columns, output):
    glyphs = Glyphs()
    base = glyphs.fonts[0][1]
    ascent, descent = base.getmetrics()
    cell_w = round(base.getlength("M"))
    cell_h = ascent + descent
    margin = 8
    image = Image.new(
        "RGB", (columns * cell_w + 2 * margin, len(rows) * cell_h + 2 * margin), BACKGROUND)
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(rows):
        x = 0
        for char, width, style in row:
            if x >= columns:
                break
            fg, bg = style.colors()
            left = margin + x * cell_w
            top = margin + y * cell_h
            box = [left, top, left + width * cell_w - 1, top + cell_h - 1]
            if bg != BACKGROUND:
                draw.rectangle(box, fill=bg)
            if char != " ":
                font = glyphs.font(char, style.bold)
                if font is None:
                    draw.rectangle([left + 2, top + 3, left + width * cell_w - 3, top + cell_h - 4],
                                   outline=fg)
                else:
                    # Glyphs from fallback fonts are centred in their cells.
                    advance = font.getlength(char)
                    offset = max(0, (width * cell_w - advance) / 2) if font is not base else 0
                    draw.text((left + offset, top), char, font=font, fill=fg)
            if style.underline:
                draw.line([left, top + cell_h - 2, left + width * cell_w - 1, top + cell_h - 2],
                          fill=fg)
            x += width
    image.save(output)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("capture")
    parser.add_argument("output")
    parser.add_argument("--columns", type=int, default=0)
    arguments = parser.parse_args()
    with open(arguments.capture, encoding="utf-8") as handle:
        rows, columns = parse(handle.read(), arguments.columns)
    render(rows, columns, arguments.output)


if __name__ == "__main__":
    main()
