"""Draw the illustration for ``helden-in-der-krise.md`` (deterministic, no randomness).

The city's press photo is not ours to reuse, so this example ships a simple drawing:
two stylised standing figures hold a framed certificate reading „Helden in der Krise“
on a plain light background. Re-make it with::

    python examples/notices/make_image.py

Needs Pillow. Uses DejaVu Sans when installed, otherwise Pillow's built-in font.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 800
OUT = Path(__file__).with_name("helden-in-der-krise.png")

BACKGROUND = (236, 240, 244)
FLOOR = (208, 214, 222)
SKIN = (224, 186, 150)
HAIR = (70, 60, 55)
SUIT_LEFT = (38, 64, 110)
SUIT_RIGHT = (84, 90, 98)
SHIRT = (250, 250, 250)
FRAME = (120, 84, 48)
PAPER = (255, 252, 240)
INK = (30, 30, 30)
ACCENT = (180, 30, 40)


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"):
        path = Path(folder) / name
        if path.exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def figure(draw: ImageDraw.ImageDraw, cx: int, suit: tuple[int, int, int]) -> None:
    """A standing person seen from the front, centred on x = cx, feet on the floor."""
    # legs
    draw.rounded_rectangle((cx - 48, 500, cx - 8, 700), radius=14, fill=suit)
    draw.rounded_rectangle((cx + 8, 500, cx + 48, 700), radius=14, fill=suit)
    # shoes
    draw.ellipse((cx - 60, 688, cx - 4, 712), fill=INK)
    draw.ellipse((cx + 4, 688, cx + 60, 712), fill=INK)
    # body (jacket) with shirt and tie
    draw.rounded_rectangle((cx - 70, 260, cx + 70, 530), radius=40, fill=suit)
    draw.polygon([(cx - 26, 262), (cx + 26, 262), (cx, 330)], fill=SHIRT)
    draw.polygon(
        [(cx - 7, 270), (cx + 7, 270), (cx + 10, 320), (cx, 334), (cx - 10, 320)], fill=ACCENT
    )
    # neck and head
    draw.rectangle((cx - 16, 230, cx + 16, 266), fill=SKIN)
    draw.ellipse((cx - 52, 130, cx + 52, 244), fill=SKIN)
    draw.chord((cx - 54, 124, cx + 54, 214), start=180, end=360, fill=HAIR)
    # simple friendly face
    draw.ellipse((cx - 22, 180, cx - 12, 190), fill=INK)
    draw.ellipse((cx + 12, 180, cx + 22, 190), fill=INK)
    draw.arc((cx - 20, 190, cx + 20, 222), start=20, end=160, fill=INK, width=4)


def arm(
    draw: ImageDraw.ImageDraw,
    shoulder: tuple[int, int],
    hand: tuple[int, int],
    suit: tuple[int, int, int],
) -> None:
    draw.line([shoulder, hand], fill=suit, width=34, joint="curve")
    draw.ellipse(
        (shoulder[0] - 17, shoulder[1] - 17, shoulder[0] + 17, shoulder[1] + 17), fill=suit
    )
    draw.ellipse((hand[0] - 18, hand[1] - 18, hand[0] + 18, hand[1] + 18), fill=SKIN)


def centred(
    draw: ImageDraw.ImageDraw,
    y: int,
    text: str,
    size: int,
    bold: bool = False,
    fill: tuple[int, int, int] = INK,
) -> None:
    face = font(size, bold)
    left, _top, right, _bottom = draw.textbbox((0, 0), text, font=face)
    draw.text(((WIDTH - (right - left)) // 2, y), text, font=face, fill=fill)


def main() -> None:
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 690, WIDTH, HEIGHT), fill=FLOOR)

    left_x, right_x = 300, 900
    figure(draw, left_x, SUIT_LEFT)
    figure(draw, right_x, SUIT_RIGHT)

    # the framed certificate between them
    frame = (410, 250, 790, 560)
    draw.rectangle(frame, fill=FRAME)
    draw.rectangle((frame[0] + 18, frame[1] + 18, frame[2] - 18, frame[3] - 18), fill=PAPER)
    draw.rectangle(
        (frame[0] + 30, frame[1] + 30, frame[2] - 30, frame[3] - 30), outline=ACCENT, width=3
    )
    centred(draw, 300, "Auszeichnung", 26, fill=ACCENT)
    centred(draw, 350, "Helden", 52, bold=True)
    centred(draw, 410, "in der Krise", 42, bold=True)
    # a small rosette as a seal
    draw.ellipse((570, 470, 630, 530), fill=ACCENT)
    draw.ellipse((584, 484, 616, 516), fill=(230, 190, 60))

    # each figure holds one side of the frame with both hands
    arm(draw, (left_x + 55, 290), (frame[0] + 4, 330), SUIT_LEFT)
    arm(draw, (left_x + 55, 330), (frame[0] + 4, 480), SUIT_LEFT)
    arm(draw, (right_x - 55, 290), (frame[2] - 4, 330), SUIT_RIGHT)
    arm(draw, (right_x - 55, 330), (frame[2] - 4, 480), SUIT_RIGHT)

    image = image.quantize(colors=32, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    image.save(OUT, optimize=True)


if __name__ == "__main__":
    main()
