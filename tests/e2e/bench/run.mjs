// Attune's benchmark: first-load transfer size and start-up time of the
// release build in headless Chromium. Prints a table and writes JSON.
// Each timing is the median of RUNS browser launches on a prepared profile.
import { chromium } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { BASE_URL, CHROMIUM, CHROMIUM_ARGS, PHONE } from '../chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DIST = new URL('../../../dist/', import.meta.url).pathname;
const OUT = new URL('../../../target/bench/', import.meta.url).pathname;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

function kindOf(file) {
  if (file.endsWith('.wasm')) return 'wasm';
  if (file.endsWith('.js')) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.html')) return 'html';
  if (/\.(png|svg|ico)$/.test(file)) return 'icons';
  return 'other';
}

function transferSizes() {
  const totals = new Map();
  for (const file of readdirSync(DIST)) {
    const path = join(DIST, file);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    const kind = kindOf(file);
    const t = totals.get(kind) ?? { raw: 0, gzip: 0 };
    t.raw += bytes.length;
    t.gzip += gzipSync(bytes, { level: 9 }).length;
    totals.set(kind, t);
  }
  const rows = [];
  let raw = 0;
  let gzip = 0;
  for (const [kind, t] of [...totals].sort()) {
    rows.push({ name: `size ${kind} raw`, value: t.raw / 1024, unit: 'KB' });
    rows.push({ name: `size ${kind} gzip`, value: t.gzip / 1024, unit: 'KB' });
    raw += t.raw;
    gzip += t.gzip;
  }
  rows.push({ name: 'size total raw', value: raw / 1024, unit: 'KB' });
  rows.push({ name: 'size total gzip', value: gzip / 1024, unit: 'KB' });
  return rows;
}

const PROFILES = join(OUT, 'profiles');

function launch(profile, throttle) {
  return chromium
    .launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: PHONE })
    .then(async (context) => {
      const page = context.pages()[0] ?? (await context.newPage());
      if (throttle > 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      }
      return { context, page };
    });
}

/** Opens Attune once in a new profile, so later runs start like a returning leader's. */
async function prepareProfile(name) {
  const profile = join(PROFILES, name);
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(profile, { recursive: true });
  const { context, page } = await launch(profile, 1);
  await page.goto(`${BASE_URL}/`);
  await page.waitForFunction(() => performance.getEntriesByName('attune:loaded').length > 0);
  await context.close();
  return profile;
}

/**
 * Starts the browser on the profile and returns milliseconds from navigation
 * start to the first frame after the journal loaded, plus memory after load.
 */
async function coldStart(profile, throttle) {
  const { context, page } = await launch(profile, throttle);
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => (window.__wasm = e.detail.wasm));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'attune:loaded') {
          requestAnimationFrame(() => setTimeout(() => (window.__painted = performance.now())));
        }
      }
    }).observe({ entryTypes: ['mark'] });
  });
  await page.goto(`${BASE_URL}/`);
  await page.waitForFunction(() => window.__painted !== undefined);
  const result = await page.evaluate(() => ({
    ms: window.__painted,
    wasmBytes: window.__wasm?.memory?.buffer?.byteLength ?? 0,
    heapBytes: performance.memory?.usedJSHeapSize ?? 0,
  }));
  await context.close();
  return result;
}

async function main() {
  const rows = transferSizes();
  const profile = await prepareProfile('notes-0');
  for (const throttle of [1, 4]) {
    const suffix = throttle > 1 ? ` (CPU ${throttle}x slower)` : '';
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await coldStart(profile, throttle));
    rows.push({ name: `cold start to Today, 0 notes${suffix}`, value: median(runs.map((r) => r.ms)), unit: 'ms' });
    if (throttle === 1) {
      rows.push({ name: 'wasm memory after load, 0 notes', value: median(runs.map((r) => r.wasmBytes)) / 2 ** 20, unit: 'MB' });
      rows.push({ name: 'JS heap after load, 0 notes', value: median(runs.map((r) => r.heapBytes)) / 2 ** 20, unit: 'MB' });
    }
  }

  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`\nAttune benchmark (median of ${RUNS} runs each)\n`);
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${r.value.toFixed(1).padStart(9)} ${r.unit}`);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'results.json'), JSON.stringify({ runs: RUNS, rows }, null, 2));
  console.log(`\nwritten to target/bench/results.json`);
}

await main();
