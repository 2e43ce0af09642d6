"""Draw the held-out notices' pictures (our own drawings): ``python tests/heldout/images/make_images.py``."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default()


def flensburg_rules() -> None:
    """Three pictograms: a face with a mask, two people 1,5 m apart, a clock with max. 30 Min."""
    img = Image.new("RGB", (900, 300), "white")
    d = ImageDraw.Draw(img)
    ink, blue = (20, 20, 20), (0, 70, 140)
    font = _font(30)
    # 1: face with mask
    d.ellipse((60, 40, 240, 220), outline=ink, width=6)
    d.ellipse((105, 95, 125, 115), fill=ink)
    d.ellipse((175, 95, 195, 115), fill=ink)
    d.rounded_rectangle((85, 140, 215, 200), radius=18, fill=blue)
    d.line((60, 150, 85, 160), fill=blue, width=5)
    d.line((215, 160, 240, 150), fill=blue, width=5)
    # 2: two people with an arrow between them
    for x in (340, 540):
        d.ellipse((x - 25, 50, x + 25, 100), fill=ink)
        d.rectangle((x - 25, 110, x + 25, 210), fill=ink)
    d.line((380, 160, 500, 160), fill=blue, width=6)
    d.polygon([(380, 160), (395, 150), (395, 170)], fill=blue)
    d.polygon([(500, 160), (485, 150), (485, 170)], fill=blue)
    d.text((440, 200), "1,5 m", fill=ink, font=font, anchor="mm")
    # 3: clock with the limit
    d.ellipse((660, 40, 840, 220), outline=ink, width=6)
    d.line((750, 130, 750, 70), fill=ink, width=6)
    d.line((750, 130, 800, 130), fill=ink, width=6)
    d.text((750, 260), "max. 30 Min.", fill=ink, font=font, anchor="mm")
    img.save(HERE / "flensburg-regeln.png", optimize=True)


if __name__ == "__main__":
    flensburg_rules()
