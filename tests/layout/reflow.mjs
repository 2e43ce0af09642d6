#!/usr/bin/env node
// Reflow check for pubkit's HTML (WCAG 1.4.10): load each page in Debian's headless chromium
// at a given CSS width and report, as JSON on stdout, what a reader cannot see without
// scrolling the page sideways:
//
//   node reflow.mjs WIDTH FILE...
//
// * "overflow": how many CSS px the page is wider than the viewport (0 = no sideways scroll);
// * "clipped": running text (outside table cells, code and pre, which may scroll in their own
//   focusable region) whose line boxes end right of the visible area: the viewport or the
//   nearest box that clips or scrolls (a table caption cut off by its table's scroll region).
//
// Driven by playwright-core from the validators' Node tools (NODE_PATH); the browser is
// PUBKIT_CHROMIUM or /usr/bin/chromium, never downloaded; every http(s) request is aborted.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(path.join(process.env.NODE_TOOLS ?? '.', 'node_modules', 'x.js'));
const [width, ...files] = process.argv.slice(2);
const executablePath = [process.env.PUBKIT_CHROMIUM, '/usr/bin/chromium'].find(
  (c) => c && existsSync(c),
);
const { chromium } = require('playwright-core');
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const results = [];
try {
  const context = await browser.newContext({
    viewport: { width: Number(width), height: 900 },
    offline: true,
  });
  await context.route(/^https?:\/\//, (route) => route.abort());
  for (const file of files) {
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
    const found = await page.evaluate(() => {
      const view = document.documentElement.clientWidth;
      const clipRight = (node) => {
        let right = view;
        for (let el = node.parentElement; el; el = el.parentElement) {
          const style = getComputedStyle(el);
          if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) {
            right = Math.min(right, el.getBoundingClientRect().right);
          }
        }
        return right;
      };
      const clipped = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent.trim()) continue;
        const owner = node.parentElement;
        if (owner.closest('td, th, pre, code, [hidden], .visually-hidden, .sr-only')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const limit = clipRight(node);
        for (const rect of range.getClientRects()) {
          if (rect.width > 0 && rect.right > limit + 1) {
            clipped.push({
              text: node.textContent.trim().slice(0, 80),
              tag: owner.tagName.toLowerCase(),
              over: Math.round(rect.right - limit),
            });
            break;
          }
        }
      }
      return { overflow: document.documentElement.scrollWidth - view, clipped };
    });
    results.push({ file, ...found });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
