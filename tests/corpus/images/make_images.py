"""Draw the pictures of the German corpus notices (deterministic, no randomness).

The cities' own photos and graphics are not ours to reuse, so the notices that have a
picture show a simple drawing made here: a bar chart, a schematic map, pictograms of the
kind Leichte-Sprache texts use. Each drawing shows exactly what its alt text says.
Re-make them with::

    python tests/corpus/images/make_images.py

Needs Pillow. Uses DejaVu Sans when installed, otherwise Pillow's built-in font.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent

WHITE = (255, 255, 255)
INK = (25, 25, 25)
GREY = (205, 210, 216)
LIGHT = (240, 243, 246)
BLUE = (30, 80, 160)
RED = (190, 30, 40)
GREEN = (30, 120, 60)
SKIN = (224, 186, 150)
GOLD = (200, 160, 40)

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


def font(size: int, bold: bool = False) -> Font:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"):
        path = Path(folder) / name
        if path.exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def centred(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, f: Font) -> None:
    draw.text(xy, text, font=f, fill=INK, anchor="mm")


def person(draw: ImageDraw.ImageDraw, x: int, y: int, colour: tuple[int, int, int]) -> None:
    """A standing figure whose feet are at (x, y), 240 px tall."""
    draw.ellipse((x - 30, y - 240, x + 30, y - 180), fill=SKIN, outline=INK, width=3)
    draw.rounded_rectangle((x - 45, y - 175, x + 45, y - 60), radius=20, fill=colour)
    draw.rectangle((x - 35, y - 60, x - 8, y), fill=colour)
    draw.rectangle((x + 8, y - 60, x + 35, y), fill=colour)


def mask(draw: ImageDraw.ImageDraw, x: int, y: int) -> None:
    """A face mask over the lower face of a figure whose feet are at (x, y)."""
    draw.rounded_rectangle((x - 28, y - 212, x + 28, y - 186), radius=8, fill=WHITE, outline=INK)
    draw.line((x - 28, y - 205, x - 34, y - 220), fill=INK, width=2)
    draw.line((x + 28, y - 205, x + 34, y - 220), fill=INK, width=2)


def dortmund_cases() -> Image.Image:
    """Bar chart: new positive tests in Dortmund, 16 to 22 October 2020."""
    days = ["16.10.", "17.10.", "18.10.", "19.10.", "20.10.", "21.10.", "22.10."]
    cases = [61, 74, 48, 95, 118, 149, 202]
    img = Image.new("RGB", (1200, 700), WHITE)
    d = ImageDraw.Draw(img)
    centred(d, (600, 45), "Neue positive Tests in Dortmund", font(40, bold=True))
    base, top, left = 600, 120, 120
    scale = (base - top) / 220
    for value in (0, 50, 100, 150, 200):
        y = base - value * scale
        d.line((left, y, 1140, y), fill=GREY, width=2)
        d.text((left - 15, y), str(value), font=font(24), fill=INK, anchor="rm")
    width = 110
    for i, (day, value) in enumerate(zip(days, cases, strict=True)):
        x = left + 30 + i * 145
        d.rectangle((x, base - value * scale, x + width, base), fill=BLUE)
        d.text((x + width / 2, base - value * scale - 10), str(value), font=font(26, True),
               fill=INK, anchor="mb")  # fmt: skip
        d.text((x + width / 2, base + 15), day, font=font(24), fill=INK, anchor="mt")
    d.line((left, base, 1140, base), fill=INK, width=3)
    return img


def kaiserslautern_zones() -> Image.Image:
    """Schematic map with the red zone (pedestrian area) and the blue zone (old town)."""
    img = Image.new("RGB", (1200, 700), LIGHT)
    d = ImageDraw.Draw(img)
    for x in range(0, 1200, 150):
        d.line((x, 0, x + 200, 700), fill=GREY, width=14)
    d.rounded_rectangle((90, 170, 620, 560), radius=30, fill=(245, 200, 200), outline=RED, width=8)
    d.rounded_rectangle((640, 120, 1110, 600), radius=30, fill=(200, 215, 245), outline=BLUE,
                        width=8)  # fmt: skip
    centred(d, (355, 310), "Fußgängerzone", font(44, bold=True))
    centred(d, (355, 380), "rote Zone", font(34))
    centred(d, (355, 440), "9 bis 20 Uhr", font(40, bold=True))
    centred(d, (875, 310), "Altstadt", font(44, bold=True))
    centred(d, (875, 380), "blaue Zone", font(34))
    centred(d, (875, 440), "9 bis 2 Uhr", font(40, bold=True))
    centred(d, (600, 60), "Maskenpflicht in der Innenstadt", font(42, bold=True))
    return img


def regensburg_medal() -> Image.Image:
    """A round gold medal on a blue and white ribbon reading "Albertus Magnus / Regensburg"."""
    img = Image.new("RGB", (800, 900), LIGHT)
    d = ImageDraw.Draw(img)
    d.polygon([(300, 40), (400, 40), (430, 420), (330, 420)], fill=BLUE)
    d.polygon([(400, 40), (500, 40), (470, 420), (370, 420)], fill=WHITE, outline=BLUE)
    d.ellipse((160, 340, 640, 820), fill=GOLD, outline=(140, 110, 20), width=10)
    d.ellipse((200, 380, 600, 780), outline=(150, 120, 30), width=4)
    centred(d, (400, 545), "Albertus", font(58, bold=True))
    centred(d, (400, 615), "Magnus", font(58, bold=True))
    centred(d, (400, 700), "Regensburg", font(36))
    return img


DRAWINGS: dict[str, Callable[[], Image.Image]] = {
    "dortmund-neue-faelle.png": dortmund_cases,
    "kaiserslautern-maskenzonen.png": kaiserslautern_zones,
    "regensburg-medaille.png": regensburg_medal,
}


def main() -> None:
    for name, draw in DRAWINGS.items():
        draw().save(HERE / name, optimize=True)
        print(HERE / name)


if __name__ == "__main__":
    main()
