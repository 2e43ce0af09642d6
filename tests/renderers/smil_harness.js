// A small SMIL player for tests/renderers/test_epub_narrated.py, run in headless Chromium
// inside a narrated content document: it reads the document's media overlay and, for the
// middle of every clip, gives the <par>'s element the active class, as a reading system does
// while it plays. It reports what Chromium computed in <pre>. (Audio is not loaded: media
// loading does not finish reliably under --virtual-time-budget; sox checks the MP3.)
(async () => {
  const SMIL = "http://www.w3.org/ns/SMIL";
  const out = { probes: [], errors: [] };
  try {
    const overlay = document.documentElement.dataset.overlay;
    const active = document.documentElement.dataset.activeClass;
    const smil = new DOMParser().parseFromString(
      await (await fetch(overlay)).text(), "application/xml");
    const pars = [...smil.getElementsByTagNameNS(SMIL, "par")].map((p) => {
      const text = p.getElementsByTagNameNS(SMIL, "text")[0];
      const audio = p.getElementsByTagNameNS(SMIL, "audio")[0];
      return {
        id: text.getAttribute("src").split("#")[1],
        audio: audio.getAttribute("src"),
        begin: parseFloat(audio.getAttribute("clipBegin")),
        end: parseFloat(audio.getAttribute("clipEnd")),
      };
    });
    for (const clip of pars) {
      const t = (clip.begin + clip.end) / 2;
      const playing = pars.find((q) => q.begin <= t && t < q.end);
      document.querySelectorAll("." + active).forEach((e) => e.classList.remove(active));
      const el = document.getElementById(playing.id);
      if (!el) {
        out.errors.push("no element " + playing.id);
        continue;
      }
      el.classList.add(active);
      const box = el.getBoundingClientRect();
      out.probes.push({
        t, id: playing.id,
        highlighted: document.querySelectorAll("." + active).length,
        background: getComputedStyle(el).backgroundColor,
        color: getComputedStyle(el).color,
        area: box.width * box.height,
        tag: el.localName,
      });
    }
    out.lastEnd = pars[pars.length - 1].end;
  } catch (e) {
    out.errors.push(String(e));
  }
  const pre = document.createElementNS("http://www.w3.org/1999/xhtml", "pre");
  pre.id = "harness-result";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
