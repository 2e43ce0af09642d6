#!/usr/bin/env node
// Run axe-core on HTML/XHTML files in Debian's headless chromium (driven by playwright-core)
// and print one JSON report on stdout.
//
//   node tools/node/axe-run.mjs [--experimental] [--timeout MS] FILE_OR_DIR...
//
// * Directories are searched recursively for *.html, *.htm, *.xhtml.
// * Pages are loaded from file:// URLs; every http(s) request is aborted (offline, and a
//   finished publication must not depend on the network anyway).
// * Every axe rule is on: the default set (WCAG A/AA/AAA-tagged and best-practice) plus
//   the rules axe ships disabled (target-size, color-contrast-enhanced,
//   identical-links-same-purpose, meta-refresh-no-exceptions, ...), except rules tagged
//   "deprecated"; "experimental" rules only with --experimental.
// * Exit code: 0 when every file was checked (violations or not: the caller decides),
//   2 when a file could not be checked, 3 when the browser/axe could not be started,
//   64 on bad usage.
//
// Browser: PUBKIT_CHROMIUM, else /usr/bin/chromium (Debian package); never downloaded.
import { readFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

function usage(msg) {
  if (msg) console.error(`axe-run: ${msg}`);
  console.error('usage: node axe-run.mjs [--experimental] [--timeout MS] FILE_OR_DIR...');
  process.exit(64);
}

const argv = process.argv.slice(2);
let experimental = false;
let timeoutMs = 60000;
const inputs = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--experimental') experimental = true;
  else if (a === '--timeout') timeoutMs = Number.parseInt(argv[++i] ?? '', 10);
  else if (a === '-h' || a === '--help') usage();
  else if (a.startsWith('-')) usage(`unknown option ${a}`);
  else inputs.push(a);
}
if (inputs.length === 0) usage('no input files');
if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) usage('bad --timeout');

const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
function collect(p, out) {
  if (!existsSync(p)) {
    out.push({ file: p, missing: true });
    return;
  }
  if (statSync(p).isDirectory()) {
    for (const name of readdirSync(p).sort()) {
      const child = path.join(p, name);
      if (statSync(child).isDirectory() || HTML_EXT.has(path.extname(name).toLowerCase())) {
        collect(child, out);
      }
    }
  } else {
    out.push({ file: p, missing: false });
  }
}
const files = [];
for (const p of inputs) collect(path.resolve(p), files);

function findChromium() {
  for (const c of [process.env.PUBKIT_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (c && existsSync(c)) return c;
  }
  return undefined;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--no-default-browser-check',
  '--allow-file-access-from-files',
];

async function main() {
  const axePath = require.resolve('axe-core/axe.min.js');
  const axeSource = readFileSync(axePath, 'utf8');
  const axeVersion = require('axe-core/package.json').version;
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('axe-run: no chromium found; apt-get install chromium, or set PUBKIT_CHROMIUM');
    process.exit(3);
  }
  const { chromium } = require('playwright-core');
  // playwright creates (and removes) a fresh temporary profile for launch().
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: timeoutMs,
  });
  const report = {
    tool: 'axe-core',
    version: axeVersion,
    browser: `chromium ${browser.version()}`,
    experimental,
    results: [],
  };
  let failures = 0;
  try {
    const context = await browser.newContext({ bypassCSP: true, offline: true });
    await context.route(/^https?:\/\//, (route) => route.abort());
    for (const { file, missing } of files) {
      const url = pathToFileURL(file).href;
      if (missing) {
        report.results.push({ file, url, error: 'file not found' });
        failures++;
        continue;
      }
      const page = await context.newPage();
      try {
        await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
        await page.evaluate(axeSource);
        const result = await page.evaluate(
          async ({ experimental: withExperimental }) => {
            /* global axe */
            const rules = {};
            for (const rule of axe._audit.rules) {
              const tags = rule.tags || [];
              if (tags.includes('deprecated')) continue;
              if (tags.includes('experimental') && !withExperimental) continue;
              rules[rule.id] = { enabled: true };
            }
            const r = await axe.run(document, {
              rules,
              resultTypes: ['violations', 'incomplete'],
              iframes: true,
              elementRef: false,
            });
            const nodes = (list) => list.map((n) => ({
              target: n.target,
              html: n.html,
              failureSummary: n.failureSummary ?? null,
            }));
            return {
              rulesRun: Object.keys(rules).length,
              violations: r.violations.map((v) => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                description: v.description,
                helpUrl: v.helpUrl,
                tags: v.tags,
                nodes: nodes(v.nodes),
              })),
              incomplete: r.incomplete.length,
              incompleteRules: r.incomplete.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length })),
            };
          },
          { experimental },
        );
        report.results.push({ file, url, ...result });
      } catch (err) {
        failures++;
        report.results.push({ file, url, error: String(err && err.message ? err.message : err) });
      } finally {
        await page.close();
      }
    }
    await context.close();
  } finally {
    await browser.close();
  }
  // Exit only once the report is flushed: process.exit() right after write() cuts a piped
  // stdout at 64 KiB, which a folder of pages with many violations exceeds.
  const code = failures > 0 ? 2 : 0;
  process.stdout.write(JSON.stringify(report, null, 2) + '\n', () => process.exit(code));
}

main().catch((err) => {
  console.error('axe-run: ' + (err && err.stack ? err.stack : err));
  process.exit(3);
});
