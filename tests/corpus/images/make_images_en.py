"""Draw the pictures of the English corpus notices (deterministic, no randomness).

The councils' own photos and easy-read symbols are not ours to reuse, so each notice that
has a picture gets a simple drawing made here. The alt text in the notice describes what
is drawn, and says that it is a drawing. Re-make all of them with::

    /work/main/.venv/bin/python tests/corpus/images/make_images_en.py

Needs Pillow. Uses DejaVu Sans when installed, otherwise Pillow's built-in font.

| file | used by | what is drawn |
|---|---|---|
| frosty-plant.png | northumberland-cold-weather-advice.md | a small plant with frosted leaves, low winter sun |
| civic-award-certificate.png | hamilton-civic-awards-2017.md | a framed certificate with a seal, a round lapel pin |
| easy-read-house.png | easy-read-why-you-need-to-stay-at-home.md | a person inside a house |
| easy-read-two-metres.png | easy-read-why-you-need-to-stay-at-home.md | two people with an arrow "2 metres" between them |
| easy-read-phone.png | all three easy-read notices | a telephone handset with the words "Call us" |
| easy-read-poll-card.png | easy-read-understanding-your-poll-card.md | a postcard-sized poll card |
| easy-read-clock-7-10.png | easy-read-understanding-your-poll-card.md | two clocks showing 7 and 10 o'clock |
| easy-read-vaccine.png | easy-read-covid-vaccine.md | an upper arm with a small round plaster |
| easy-read-polling-ramp.png | easy-read-accessible-voting.md | a polling station with a ramp and a wheelchair user |
| easy-read-large-print.png | easy-read-accessible-voting.md | a booklet with "Large print" on the cover |
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent

INK = (30, 30, 30)
WHITE = (255, 255, 255)
SKY = (214, 232, 246)
PAPER = (255, 252, 240)
NAVY = (30, 58, 110)
GREEN = (46, 125, 70)
GOLD = (200, 160, 40)
SKIN = (224, 186, 150)
RED = (180, 40, 40)

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


def font(size: int, bold: bool = False) -> Font:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"):
        path = Path(folder) / name
        if path.exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def centred(draw: ImageDraw.ImageDraw, x: int, y: int, text: str, f: Font, fill=INK) -> None:
    box = draw.textbbox((0, 0), text, font=f)
    draw.text((x - (box[2] - box[0]) // 2, y), text, font=f, fill=fill)


def person(draw: ImageDraw.ImageDraw, cx: int, foot: int, scale: float, colour) -> None:
    """A simple standing figure, feet at y = foot."""
    s = scale
    draw.ellipse((cx - 22 * s, foot - 190 * s, cx + 22 * s, foot - 146 * s), fill=SKIN, outline=INK)
    draw.rounded_rectangle(
        (cx - 30 * s, foot - 140 * s, cx + 30 * s, foot - 60 * s), radius=12 * s, fill=colour
    )
    draw.rectangle((cx - 24 * s, foot - 62 * s, cx - 6 * s, foot), fill=INK)
    draw.rectangle((cx + 6 * s, foot - 62 * s, cx + 24 * s, foot), fill=INK)


def frosty_plant() -> Image.Image:
    img = Image.new("RGB", (1000, 660), SKY)
    d = ImageDraw.Draw(img)
    d.ellipse((760, 420, 900, 560), fill=(250, 226, 170))  # low sun
    d.rectangle((0, 520, 1000, 660), fill=(236, 242, 248))  # frosty ground
    d.line((500, 560, 500, 250), fill=(60, 110, 60), width=12)
    for i, (dx, y) in enumerate([(-1, 470), (1, 420), (-1, 370), (1, 320), (-1, 275)]):
        w = 150 - i * 14
        x0 = 500 if dx > 0 else 500 - w
        leaf = (x0, y - 34, x0 + w, y + 34)
        d.ellipse(leaf, fill=GREEN, outline=WHITE, width=7)
        d.line((500, y, 500 + dx * (w - 20), y), fill=(30, 90, 40), width=3)
    for k in range(40):  # frost crystals in a fixed pattern
        x = 80 + (k * 137) % 860
        y = 540 + (k * 53) % 100
        d.line((x - 6, y, x + 6, y), fill=WHITE, width=2)
        d.line((x, y - 6, x, y + 6), fill=WHITE, width=2)
    return img


def certificate() -> Image.Image:
    img = Image.new("RGB", (1000, 700), (236, 240, 244))
    d = ImageDraw.Draw(img)
    d.rectangle((90, 80, 690, 620), fill=(120, 84, 48))
    d.rectangle((120, 110, 660, 590), fill=PAPER)
    centred(d, 390, 170, "Civic Award 2017", font(42, bold=True))
    centred(d, 390, 240, "Hamilton City Council", font(28))
    d.line((180, 320, 600, 320), fill=INK, width=2)
    centred(d, 390, 340, "in recognition of", font(24))
    centred(d, 390, 375, "outstanding service", font(24))
    centred(d, 390, 410, "to the community", font(24))
    d.ellipse((330, 460, 450, 580), fill=GOLD, outline=(150, 110, 20), width=6)
    # lapel pin
    d.ellipse((760, 300, 900, 440), fill=GREEN, outline=GOLD, width=12)
    d.ellipse((810, 350, 850, 390), fill=GOLD)
    centred(d, 830, 460, "lapel pin", font(24))
    return img


def house() -> Image.Image:
    img = Image.new("RGB", (600, 450), WHITE)
    d = ImageDraw.Draw(img)
    d.polygon([(100, 200), (300, 50), (500, 200)], fill=RED)
    d.rectangle((130, 200, 470, 420), fill=(250, 236, 200), outline=INK, width=4)
    person(d, 300, 410, 1.0, NAVY)
    return img


def two_metres() -> Image.Image:
    img = Image.new("RGB", (800, 400), WHITE)
    d = ImageDraw.Draw(img)
    person(d, 150, 370, 1.4, NAVY)
    person(d, 650, 370, 1.4, GREEN)
    d.line((230, 180, 570, 180), fill=INK, width=6)
    d.polygon([(230, 180), (260, 162), (260, 198)], fill=INK)
    d.polygon([(570, 180), (540, 162), (540, 198)], fill=INK)
    centred(d, 400, 110, "2 metres", font(44, bold=True))
    return img


def phone() -> Image.Image:
    img = Image.new("RGB", (600, 450), WHITE)
    d = ImageDraw.Draw(img)
    d.arc((150, 60, 450, 360), start=120, end=240, fill=INK, width=60)
    d.rounded_rectangle((140, 60, 260, 140), radius=24, fill=INK)
    d.rounded_rectangle((140, 280, 260, 360), radius=24, fill=INK)
    for r in (60, 100):
        d.arc((300 - r, 210 - r, 300 + r, 210 + r), start=-50, end=50, fill=NAVY, width=10)
    centred(d, 300, 380, "Call us", font(44, bold=True))
    return img


def poll_card() -> Image.Image:
    img = Image.new("RGB", (900, 560), (236, 240, 244))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((80, 60, 820, 500), radius=16, fill=WHITE, outline=INK, width=4)
    d.rectangle((80, 60, 820, 140), fill=NAVY)
    d.text((110, 78), "POLL CARD", font=font(44, bold=True), fill=WHITE)
    rows = ["Election day: Thursday", "Polling station: Village Hall", "Open 7am to 10pm"]
    for i, row in enumerate(rows):
        d.text((120, 190 + i * 70), row, font=font(34), fill=INK)
    d.rectangle((600, 360, 790, 470), outline=INK, width=3)
    d.text((620, 395), "Your name", font=font(24), fill=INK)
    return img


def clocks() -> Image.Image:
    img = Image.new("RGB", (900, 450), WHITE)
    d = ImageDraw.Draw(img)
    for cx, hour, label in ((230, 7, "7am"), (670, 10, "10pm")):
        d.ellipse((cx - 160, 40, cx + 160, 360), fill=WHITE, outline=INK, width=8)
        cy = 200
        for h in range(12):
            a = math.radians(h * 30)
            d.line(
                (
                    cx + 130 * math.sin(a),
                    cy - 130 * math.cos(a),
                    cx + 148 * math.sin(a),
                    cy - 148 * math.cos(a),
                ),
                fill=INK,
                width=6,
            )
        a = math.radians(hour * 30)
        d.line((cx, cy, cx + 80 * math.sin(a), cy - 80 * math.cos(a)), fill=INK, width=14)
        d.line((cx, cy, cx, cy - 120), fill=INK, width=8)
        centred(d, cx, 375, label, font(44, bold=True))
    return img


def vaccine() -> Image.Image:
    img = Image.new("RGB", (700, 450), WHITE)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((120, 120, 600, 330), radius=100, fill=SKIN, outline=INK, width=4)
    d.rectangle((80, 100, 260, 350), fill=(90, 140, 200))  # short sleeve
    d.ellipse((390, 190, 450, 250), fill=(240, 210, 180), outline=INK, width=3)  # plaster
    return img


def polling_ramp() -> Image.Image:
    img = Image.new("RGB", (800, 500), WHITE)
    d = ImageDraw.Draw(img)
    d.polygon([(300, 140), (520, 40), (740, 140)], fill=(120, 120, 130))
    d.rectangle((320, 140, 720, 430), fill=(236, 226, 200), outline=INK, width=4)
    d.rectangle((470, 280, 570, 430), fill=NAVY)  # door
    centred(d, 520, 170, "POLLING STATION", font(30, bold=True))
    d.polygon([(160, 430), (470, 430), (470, 380)], fill=(170, 170, 170), outline=INK)  # ramp
    # wheelchair user at the foot of the ramp
    d.ellipse((70, 330, 170, 430), outline=INK, width=8)  # wheel
    d.rectangle((95, 300, 150, 350), fill=GREEN)  # body, seated
    d.ellipse((102, 250, 142, 290), fill=SKIN, outline=INK)
    d.rectangle((140, 340, 190, 356), fill=INK)  # legs forward
    return img


def large_print() -> Image.Image:
    img = Image.new("RGB", (600, 450), WHITE)
    d = ImageDraw.Draw(img)
    d.rectangle((170, 40, 430, 410), fill=(250, 236, 120), outline=INK, width=5)
    centred(d, 300, 160, "Large", font(56, bold=True))
    centred(d, 300, 230, "print", font(56, bold=True))
    return img


IMAGES: dict[str, Callable[[], Image.Image]] = {
    "frosty-plant.png": frosty_plant,
    "civic-award-certificate.png": certificate,
    "easy-read-house.png": house,
    "easy-read-two-metres.png": two_metres,
    "easy-read-phone.png": phone,
    "easy-read-poll-card.png": poll_card,
    "easy-read-clock-7-10.png": clocks,
    "easy-read-vaccine.png": vaccine,
    "easy-read-polling-ramp.png": polling_ramp,
    "easy-read-large-print.png": large_print,
}


def main() -> None:
    for name, draw in IMAGES.items():
        draw().save(HERE / name, optimize=True)
        print(HERE / name)


if __name__ == "__main__":
    main()
