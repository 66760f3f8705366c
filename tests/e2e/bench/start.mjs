// What the benchmark measures of getting Attune on screen: the download,
// a first visit, a cold start on a returning leader's profile, and
// unlocking the app lock.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { collectSent } from '../sent.mjs';
import { BASE_URL, DIST, PORT, RUNS, copyProfile, launch, loaded, serve } from './browser.mjs';

function kindOf(file) {
  if (file.endsWith('.wasm')) return 'wasm';
  if (file.endsWith('.js')) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.html')) return 'html';
  if (/\.(png|svg|ico)$/.test(file)) return 'icons';
  if (file.endsWith('.webmanifest')) return 'manifest';
  return 'other';
}

/** Every file of the build: the service worker fetches all of them on first load. */
function filesOf(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

export function transferSizes() {
  const totals = new Map();
  let brotli = 0;
  for (const path of filesOf(DIST)) {
    const file = path;
    const bytes = readFileSync(path);
    brotli += /\.png$/.test(file) ? bytes.length : brotliCompressSync(bytes).length;
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
  rows.push({ name: 'size total brotli', value: brotli / 1024, unit: 'KB' });
  return rows;
}

/**
 * What a first visit sends over the network, page and offline copy
 * together, compressed as the server sends it (brotli): a fresh profile
 * opens Today and waits until the service worker has kept its copy.
 */
export async function firstVisit() {
  const port = PORT + 1;
  const server = serve(port, true);
  const sent = collectSent(server.stdout);
  await new Promise((resolve) => server.stdout.once('data', resolve));
  const profile = mkdtempSync(join(tmpdir(), 'attune-first-'));
  try {
    const { context, page } = await launch(profile, 1);
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    });
    await context.close();
  } finally {
    server.kill();
    rmSync(profile, { recursive: true, force: true });
  }
  return {
    bytes: sent.reduce((sum, s) => sum + s.bytes, 0),
    wasm: sent.filter((s) => s.status === 200 && s.path.endsWith('.wasm')).length,
  };
}

/**
 * Starts the browser on the profile and returns milliseconds from navigation
 * start to the first frame after everything Today shows has loaded, plus
 * memory once the notes have loaded too.
 */
export async function coldStart(profile, throttle) {
  const { context, page } = await launch(profile, throttle);
  // The page says when it is done on the console, not through a function
  // the bench evaluates in it: the first evaluation makes Playwright inject
  // its own script, 15-20 ms of main-thread work that would otherwise land
  // in the middle of the start-up being measured.
  const DONE = 'attune-bench:history-drawn';
  const done = page.waitForEvent('console', { predicate: (m) => m.text() === DONE, timeout: 120_000 });
  await page.addInitScript((DONE) => {
    addEventListener('TrunkApplicationStarted', (e) => (window.__wasm = e.detail.wasm));
    // Hooked into the mark call itself: a PerformanceObserver hears of the
    // mark only when the browser gets round to telling it, which at 10,000
    // notes can be after the history has started decoding, long after the
    // frame that showed Today.
    const mark = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      // The kept copy of Today, shown before the app has loaded, and when
      // it gives way to the app's own Today: the frame after each.
      const frames = { 'attune:kept-shown': '__keptPainted', 'attune:kept-gone': '__keptGone' };
      if (name in frames) requestAnimationFrame(() => setTimeout(() => (window[frames[name]] = performance.now())));
      if (name === 'attune:head-loaded') {
        // From Today painted until the history is decoded and drawn, the
        // longest wait between two frames: how long a tap on Today could go
        // unanswered.
        let last;
        window.__longestFrame = 0;
        const frame = (now) => {
          window.__longestFrame = Math.max(window.__longestFrame, now - last);
          last = now;
          if (window.__historyLoaded) console.debug(DONE);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(() =>
          setTimeout(() => {
            window.__painted = last = performance.now();
            requestAnimationFrame(frame);
          }),
        );
      }
      // The history's first redraw runs after its mark, in the same task.
      if (name === 'attune:loaded') setTimeout(() => (window.__historyLoaded = true));
      return mark(name, options);
    };
  }, DONE);
  await page.goto(`${BASE_URL}/`);
  await done;
  // A copy that waited for the history goes just after it.
  await page.waitForFunction(() => !window.__keptPainted || window.__keptGone);
  const result = await page.evaluate(() => ({
    ms: window.__painted,
    kept: window.__keptPainted ?? NaN,
    gone: window.__keptGone ?? NaN,
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    longestFrame: window.__longestFrame,
    wasmBytes: window.__wasm?.memory?.buffer?.byteLength ?? 0,
    heapBytes: performance.memory?.usedJSHeapSize ?? 0,
    // Where the time went: marks left by index.html and the app.
    phases: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  }));
  // Left as a leader leaves it: Today kept for the next start.
  await page.waitForFunction(() => localStorage.getItem('attune-today') !== null);
  await context.close();
  return result;
}

/**
 * The app lock on a copy of the profile: milliseconds to turn it on (every
 * record encrypted), then from tapping Unlock to everything loaded, once per run.
 */
export async function lockTimes(profile, throttle) {
  const { copy, remove } = copyProfile(profile, 'lock');
  const { context, page } = await launch(copy, throttle);
  await page.goto(`${BASE_URL}/settings`);
  await loaded(page);
  const form = page.getByRole('form', { name: 'Turn on the lock' });
  await form.getByLabel('Passcode (6 characters or more)').fill('bench-pass-1');
  await form.getByLabel('The same passcode again').fill('bench-pass-1');
  const started = Date.now();
  await form.getByRole('button', { name: 'Turn the lock on' }).click();
  await page.getByRole('status').filter({ hasText: 'The lock is on' }).waitFor({ timeout: 300000 });
  const enable = Date.now() - started;
  const unlock = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${BASE_URL}/`);
    await page.getByLabel('Passcode').fill('bench-pass-1');
    const tapped = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Unlock' }).click();
    await loaded(page);
    unlock.push((await page.evaluate(() => performance.getEntriesByName('attune:loaded')[0].startTime)) - tapped);
  }
  await context.close();
  remove();
  return { enable, unlock };
}
