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


def ls_distance() -> Image.Image:
    """Two people with masks stand apart; an arrow between them is labelled "1,5 Meter"."""
    img = Image.new("RGB", (1200, 600), WHITE)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 520, 1200, 600), fill=GREY)
    for x, colour in ((250, BLUE), (950, GREEN)):
        person(d, x, 520, colour)
        mask(d, x, 520)
    d.line((330, 380, 870, 380), fill=INK, width=6)
    d.polygon([(330, 380), (370, 360), (370, 400)], fill=INK)
    d.polygon([(870, 380), (830, 360), (830, 400)], fill=INK)
    centred(d, (600, 330), "1,5 Meter", font(56, bold=True))
    return img


def ls_quarantine_calendar() -> Image.Image:
    """A calendar sheet: days 1-5 red with a house sign ("5 Tage zu Hause"), days 6-7 green."""
    img = Image.new("RGB", (1400, 520), WHITE)
    d = ImageDraw.Draw(img)
    centred(d, (700, 60), "5 Tage zu Hause", font(56, bold=True))
    for day in range(7):
        x = 60 + day * 185
        colour = (240, 190, 190) if day < 5 else (190, 230, 200)
        edge = RED if day < 5 else GREEN
        d.rounded_rectangle((x, 130, x + 160, 470), radius=18, fill=colour, outline=edge, width=6)
        centred(d, (x + 80, 185), str(day + 1), font(64, bold=True))
        if day < 5:
            d.polygon([(x + 80, 270), (x + 30, 320), (x + 130, 320)], fill=INK)
            d.rectangle((x + 45, 320, x + 115, 400), fill=INK)
            d.rectangle((x + 70, 350, x + 90, 400), fill=colour)
    return img


def ls_ballot_box() -> Image.Image:
    """A hand puts a folded ballot paper into a ballot box labelled "Wahl"."""
    img = Image.new("RGB", (900, 800), WHITE)
    d = ImageDraw.Draw(img)
    d.rectangle((200, 380, 700, 740), fill=(90, 110, 150), outline=INK, width=6)
    d.polygon([(200, 380), (260, 320), (760, 320), (700, 380)], fill=(130, 150, 190),
              outline=INK)  # fmt: skip
    d.polygon([(700, 380), (760, 320), (760, 680), (700, 740)], fill=(70, 90, 130), outline=INK)
    d.rectangle((390, 340, 570, 356), fill=INK)
    d.text((450, 560), "Wahl", font=font(90, bold=True), fill=WHITE, anchor="mm")
    d.polygon([(430, 120), (540, 110), (555, 340), (445, 350)], fill=(250, 250, 235), outline=INK,
              width=3)  # fmt: skip
    d.line((470, 200, 510, 240), fill=INK, width=6)
    d.line((510, 200, 470, 240), fill=INK, width=6)
    d.rounded_rectangle((520, 60, 700, 170), radius=40, fill=SKIN, outline=INK, width=3)
    d.rounded_rectangle((490, 110, 560, 200), radius=25, fill=SKIN, outline=INK, width=3)
    d.rectangle((690, 80, 880, 150), fill=BLUE)
    return img


DRAWINGS: dict[str, Callable[[], Image.Image]] = {
    "dortmund-neue-faelle.png": dortmund_cases,
    "kaiserslautern-maskenzonen.png": kaiserslautern_zones,
    "regensburg-medaille.png": regensburg_medal,
    "ls-abstand.png": ls_distance,
    "ls-quarantaene-kalender.png": ls_quarantine_calendar,
    "ls-wahl-urne.png": ls_ballot_box,
}


def main() -> None:
    for name, draw in DRAWINGS.items():
        draw().save(HERE / name, optimize=True)
        print(HERE / name)


if __name__ == "__main__":
    main()
