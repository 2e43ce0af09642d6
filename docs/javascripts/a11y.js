// pubkit's documentation site, after Material has built the page (document$): a table that
// Material wraps in a sideways-scrolling box gets keyboard focus and a name, so a keyboard
// user can scroll it (WCAG 2.1.1; axe scrollable-region-focusable). Local file, no network.
document$.subscribe(function () {
  var n = 0;
  document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
    n += 1;
    var heading = "";
    for (var el = wrap.previousElementSibling; el; el = el.previousElementSibling) {
      if (/^H[1-6]$/.test(el.tagName)) { heading = el.textContent.trim(); break; }
    }
    wrap.setAttribute("tabindex", "0");
    wrap.setAttribute("role", "group");
    wrap.setAttribute("aria-label", "Table " + n + (heading ? ": " + heading : ""));
  });
});
