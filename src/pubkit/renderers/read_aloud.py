"""The web page's "read aloud" mode: the notice's audio plays and each sentence is highlighted.

Off until the reader presses the button, and without JavaScript there is no button and no
change at all: the page holds only ``<span id>`` around its sentences (the speech Script's
ids, marked as in the narrated EPUB by :func:`.epub_overlay.mark_tree`) and a JSON list of
clips ``[id, begin, end]`` in seconds of the audio the page already offers (``notice.mp3``).
The button is a real ``<button aria-pressed>``, so it works with the keyboard and tells
screen readers whether the mode is on.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from pubkit.model.lang import primary_language
from pubkit.renderers.epub_overlay import ACTIVE_CLASS, Clip

__all__ = ["SCRIPT", "add_read_aloud", "read_aloud_css"]

_LABELS = {
    "de": "Vorlesen und mitlesen",
    "en": "Read aloud and follow the text",
}

SCRIPT = """
(() => {
  const data = JSON.parse(document.getElementById("pubkit-read-aloud").textContent);
  const audio = document.querySelector("audio");
  if (!audio) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "read-aloud";
  button.setAttribute("aria-pressed", "false");
  button.textContent = data.label;
  audio.before(button);
  let on = false;
  let current = null;
  const clear = () => {
    if (current) current.classList.remove(data.active);
    current = null;
  };
  const update = () => {
    if (!on) return;
    const t = audio.currentTime;
    const clip = data.clips.find((c) => c[1] <= t && t < c[2]);
    const el = clip ? document.getElementById(clip[0]) : null;
    if (el === current) return;
    clear();
    if (el) {
      el.classList.add(data.active);
      current = el;
      el.scrollIntoView({ block: "nearest" });
    }
  };
  const tick = () => {
    update();
    if (on && !audio.paused) requestAnimationFrame(tick);
  };
  button.addEventListener("click", () => {
    on = !on;
    button.setAttribute("aria-pressed", String(on));
    if (on) {
      const playing = audio.play();
      if (playing) playing.catch(() => {});
      update();
    } else {
      clear();
      audio.pause();
    }
  });
  audio.addEventListener("play", () => requestAnimationFrame(tick));
  audio.addEventListener("seeked", update);
  audio.addEventListener("timeupdate", update);
  audio.addEventListener("ended", clear);
})();
"""


def read_aloud_css() -> str:
    """The button; the highlight itself is the narrated EPUB's (``narration_css``)."""
    return """
.read-aloud { font: inherit; padding: 0.4em 0.9em; margin: 0.5em 0; cursor: pointer; }
.read-aloud[aria-pressed="true"] { font-weight: bold; }
"""


def add_read_aloud(root: ET.Element, clips: Sequence[Clip], language: str) -> None:
    """Append the clips (JSON) and the script to the page's ``<body>``."""
    body = root.find("body")
    if body is None:
        return
    label = _LABELS.get(primary_language(language), _LABELS["en"])
    data = {
        "label": label,
        "active": ACTIVE_CLASS,
        "clips": [[c.id, round(c.begin, 3), round(c.end, 3)] for c in clips],
    }
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    ET.SubElement(
        body, "script", {"type": "application/json", "id": "pubkit-read-aloud"}
    ).text = text
    ET.SubElement(body, "script").text = SCRIPT
