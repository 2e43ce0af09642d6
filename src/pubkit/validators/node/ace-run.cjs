#!/usr/bin/env node
// Ace by DAISY (@daisy/ace-cli, puppeteer axe runner) on Debian's chromium, offline.
//
//   node tools/node/ace-run.cjs [ace options] book.epub
//   e.g. node tools/node/ace-run.cjs -s -f -o out/ace book.epub   -> out/ace/report.json
//
// Why this wrapper instead of node_modules/.bin/ace-cli:
//  * puppeteer never downloaded its own Chrome (PUPPETEER_SKIP_DOWNLOAD=1): point it at
//    Debian chromium (PUBKIT_CHROMIUM, PUPPETEER_EXECUTABLE_PATH, or /usr/bin/chromium);
//  * Ace's runner launches with only --no-sandbox; add the flags needed as root/offline
//    (--disable-gpu, no background networking/component update/sync, no first run) and
//    a fresh temporary --user-data-dir (puppeteer's default already is a fresh temp dir);
//  * every http(s) request is already aborted by Ace's runner (request interception).
'use strict';

const fs = require('fs');

function findChromium() {
  const candidates = [
    process.env.PUBKIT_CHROMIUM,
    process.env.PUPPETEER_EXECUTABLE_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  for (const c of candidates) {
    if (c && fs.existsSync(c)) return c;
  }
  return undefined;
}

const chromium = findChromium();
if (!chromium) {
  console.error('ace-run: no chromium found; install Debian chromium (apt-get install chromium) ' +
    'or set PUBKIT_CHROMIUM=/path/to/chromium');
  process.exit(3);
}
process.env.PUPPETEER_EXECUTABLE_PATH = chromium;
process.env.PUPPETEER_SKIP_DOWNLOAD = '1';
// Ace gives the browser 5 s to start by default; a cold chromium on 2 cores can need more.
if (!process.env.ACE_TIMEOUT_INITIAL) process.env.ACE_TIMEOUT_INITIAL = '60000';

const EXTRA_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--no-default-browser-check',
];

const puppeteer = require('puppeteer');
const originalLaunch = puppeteer.launch;
puppeteer.launch = function patchedLaunch(options = {}) {
  const args = Array.from(new Set([...(options.args || []), ...EXTRA_ARGS]));
  return originalLaunch({ ...options, executablePath: chromium, args });
};

require('@daisy/ace-cli/lib').run().catch((err) => {
  console.error('ace-run:', err && err.stack ? err.stack : err);
  process.exit(1);
});
