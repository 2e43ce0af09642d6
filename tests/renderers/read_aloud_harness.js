// Drives the web page's read-aloud mode in headless Chromium for test_read_aloud.py: checks
// there is one button, off; presses it; seeks the audio into several clips and records
// which element is highlighted after each seek; presses it again. Reports in <pre>.
(async () => {
  const out = { steps: [], errors: [] };
  try {
    const audio = document.querySelector("audio");
    const data = JSON.parse(document.getElementById("pubkit-read-aloud").textContent);
    // The audio is not decoded here (media loading does not finish under the virtual time
    // budget): the playing position is set as the page's script reads it, then "seeked".
    let position = 0;
    Object.defineProperty(audio, "currentTime", { get: () => position, set: (v) => { position = v; } });
    Object.defineProperty(audio, "paused", { get: () => true });
    audio.play = () => Promise.resolve();
    audio.pause = () => {};
    const buttons = document.querySelectorAll("button.read-aloud");
    out.buttons = buttons.length;
    const button = buttons[0];
    out.pressedBefore = button.getAttribute("aria-pressed");
    out.highlightedBefore = document.querySelectorAll("." + data.active).length;
    button.focus();
    out.focused = document.activeElement === button;
    button.click();
    out.pressedOn = button.getAttribute("aria-pressed");
    const picks = [1, Math.floor(data.clips.length / 2), data.clips.length - 1];
    for (const k of picks) {
      const [id, begin, end] = data.clips[k];
      audio.currentTime = (begin + end) / 2;
      audio.dispatchEvent(new Event("seeked"));
      const lit = [...document.querySelectorAll("." + data.active)].map((e) => e.id);
      out.steps.push({ expected: id, lit,
        background: lit.length ? getComputedStyle(document.getElementById(lit[0])).backgroundColor : "" });
    }
    button.click();
    out.pressedOff = button.getAttribute("aria-pressed");
    out.highlightedAfter = document.querySelectorAll("." + data.active).length;
  } catch (e) {
    out.errors.push(String(e));
  }
  const pre = document.createElement("pre");
  pre.id = "harness-result";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
