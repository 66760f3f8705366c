// Attune's benchmark: first-load transfer size and start-up time of the
// release build in headless Chromium. Prints a table and writes JSON.
// Each timing is the median of RUNS browser launches on a prepared profile.
import { chromium } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import { CHROMIUM, CHROMIUM_ARGS, PHONE } from '../chromium.mjs';
import { collectSent } from '../sent.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_ONLY=search,kid measures only those parts: first, cold, save, search,
// kid, toggle, lock.
const ONLY = process.env.BENCH_ONLY?.split(',');
const wanted = (part) => !ONLY || ONLY.includes(part);
const PORT = 8092;
const BASE_URL = `http://127.0.0.1:${PORT}`;
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

function transferSizes() {
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

const PROFILES = join(OUT, 'profiles');

/**
 * Runs in the page: `window.untilShown(start, ready)` resolves with the
 * milliseconds from `start` to the first frame painted after `ready()` holds.
 * The DOM is watched with a MutationObserver, so the figure is not rounded
 * up to a frame by polling.
 */
function installUntilShown() {
  window.untilShown = (start, ready) =>
    new Promise((resolve, reject) => {
      const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
      if (ready()) return done();
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error('what was waited for did not appear within 10 s'));
      }, 10_000);
      const observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        clearTimeout(timer);
        done();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    });
}

function launch(profile, throttle) {
  return chromium
    .launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: PHONE })
    .then(async (context) => {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.addInitScript(installUntilShown);
      if (throttle > 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      }
      return { context, page };
    });
}

/**
 * Makes a profile holding the data set, imported through Attune's own
 * restore screen, so later runs start like a returning leader's.
 */
async function prepareProfile(notes) {
  const profile = join(PROFILES, `notes-${notes}`);
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(profile, { recursive: true });
  const { context, page } = await launch(profile, 1);
  await page.goto(`${BASE_URL}/settings`);
  await page.waitForFunction(() => performance.getEntriesByName('attune:loaded').length > 0);
  await page.getByLabel('Restore from a backup…').setInputFiles(join(OUT, `year-${notes}.json`));
  await page.getByRole('button', { name: 'Replace everything' }).click({ timeout: 60_000 });
  await page.getByText('Restored.').waitFor({ timeout: 120_000 });
  // Like a leader who last looked at Today: the app keeps a copy of it,
  // which the next cold start shows first.
  await page.goto(`${BASE_URL}/`);
  await page.waitForFunction(() => localStorage.getItem('attune-today') !== null, null, { timeout: 120_000 });
  await context.close();
  return profile;
}

/** Milliseconds from a click to the frame after `selector` matches `count` elements. */
function timeClick(page, target, selector, count) {
  return page.evaluate(
    ({ target, selector, count }) => {
      const start = performance.now();
      document.querySelector(target).click();
      return window.untilShown(start, () => document.querySelectorAll(selector).length >= count);
    },
    { target, selector, count },
  );
}

/** Opens the busy kid's page (300 notes) from the Kids list: the newest 20 entries shown. */
async function kidPage(profile, throttle) {
  const { context, page } = await launch(profile, throttle);
  await page.goto(`${BASE_URL}/kids`);
  await page.waitForFunction(() => performance.getEntriesByName('attune:loaded').length > 0);
  const link = page.getByRole('link', { name: /^Marco/ });
  await link.waitFor();
  const href = await link.getAttribute('href');
  const ms = await timeClick(page, `a[href="${href}"]`, 'ol.timeline li', 20);
  await context.close();
  return ms;
}

/**
 * Milliseconds from tapping Save to the frame showing the note in the
 * timeline. The kid's page is kept under the note form, so the note's line
 * is there before the page is shown again: it counts once it can be seen.
 */
function timeSave(page, text) {
  return page.evaluate((text) => {
    const start = performance.now();
    document.querySelector('form button[type="submit"]').click();
    return window.untilShown(start, () => {
      const line = document.querySelector('ol.timeline li');
      return line?.textContent.includes(text) && line.checkVisibility();
    });
  }, text);
}

/**
 * Starts a session of the first group offered (15 to 20 kids; the table
 * gives the count) and taps each kid present,
 * timing each tap to the frame showing it pressed.
 */
async function toggles(profile, throttle) {
  const { context, page } = await launch(profile, throttle);
  // Main-thread work a tap causes, from Chromium's own task accounting:
  // the handler, the write's completion, and the redraw and layout it brings.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  };
  // Times one tap twice over: to the frame showing it, and the work it caused
  // once its write has landed and everything it redraws is drawn.
  const tap = async (click) => {
    const before = await busy();
    const shown = await page.evaluate(click);
    if (shown === null) return null;
    await page.waitForTimeout(150);
    return { shown, work: (await busy()) - before };
  };
  await page.goto(`${BASE_URL}/session`);
  await page.locator('main[aria-busy="false"]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: /^Start a session of/ }).first().click();
  const buttons = page.getByRole('list', { name: 'Attendance' }).getByRole('button');
  await buttons.first().waitFor();
  const count = await buttons.count();
  const times = [];
  const work = [];
  // Every kid in, every kid out, and in again: three taps per kid, so the
  // p95 is not just the slowest single tap.
  for (const pressed of ['true', 'false', 'true']) {
    for (let i = 0; i < count; i++) {
      const t = await tap(
        `(() => {
          const start = performance.now();
          document.querySelectorAll('ul[aria-label="Attendance"] button')[${i}].click();
          return window.untilShown(
            start,
            () => document.querySelectorAll('ul[aria-label="Attendance"] button')[${i}]?.getAttribute('aria-pressed') === '${pressed}',
          );
        })()`,
      );
      times.push(t.shown);
      work.push(t.work);
    }
  }
  // Then "Asked ✓" on up to 40 follow-ups, each timed to the frame showing
  // the question of how it went.
  const asked = [];
  const askedWork = [];
  for (let i = 0; i < 40; i++) {
    const t = await tap(`(() => {
      const button = document.querySelector('button[aria-label^="Asked: "]');
      if (!button) return null;
      const before = document.querySelectorAll('form.outcome').length;
      const start = performance.now();
      button.click();
      return window.untilShown(start, () => document.querySelectorAll('form.outcome').length > before);
    })()`);
    if (t === null) break;
    asked.push(t.shown);
    askedWork.push(t.work);
  }
  // Leave the profile as it was: the session is ended, not left open, and
  // no outcome question is left waiting.
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Finish session' }).click();
  await page.waitForURL(/\/session$/);
  await page.evaluate(() => localStorage.removeItem('attune.draft.outcomes'));
  await context.close();
  return { times, work, count, asked, askedWork };
}

/**
 * The same measure on a page that does nothing but change one word: what
 * waiting for the next frame alone costs on this machine.
 */
async function frameFloor() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: PHONE });
  await page.setContent('<button>Tap</button><p></p>');
  await page.evaluate(installUntilShown);
  const times = await page.evaluate(async () => {
    const out = [];
    const [button, p] = [document.querySelector('button'), document.querySelector('p')];
    button.onclick = () => (p.textContent = String(out.length));
    for (let i = 0; i < 30; i++) {
      await new Promise((r) => setTimeout(r, 40));
      const start = performance.now();
      button.click();
      out.push(await window.untilShown(start, () => true));
    }
    return out;
  });
  await browser.close();
  return times;
}

function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/**
 * Saves notes about the busy kid as a leader does in a session: the app is
 * opened once on the kid's page, and each note starts from its "New note"
 * button. Returns the time of each of SAVES saves in use, and of FIRST_SAVES
 * saves that were each the first after opening the app, which also pay for
 * the browser compiling the code a save runs.
 */
async function saveNotes(profile, throttle) {
  const { context, page } = await launch(profile, throttle);
  await page.goto(`${BASE_URL}/kids`);
  await page.locator('main[aria-busy="false"]').waitFor({ state: 'attached' });
  const href = await page.getByRole('link', { name: /^Marco/ }).getAttribute('href');
  const write = async (text) => {
    await page.getByLabel('Note').fill(text);
    return timeSave(page, text);
  };
  const first = [];
  for (let i = 0; i < FIRST_SAVES; i++) {
    await page.goto(`${BASE_URL}/note?kid=${href.split('/').pop()}`);
    await page.locator('main[aria-busy="false"]').waitFor({ state: 'attached' });
    first.push(await write(`Benchmark note ${i}, first after opening`));
  }
  // One page load for the rest: its first save warms up and is not counted,
  // being the case measured just above.
  await page.goto(`${BASE_URL}${href}`);
  await page.locator('main[aria-busy="false"]').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: 'New note' }).click();
  await write('Benchmark note, warming up');
  const times = [];
  for (let i = 0; i < SAVES; i++) {
    await page.getByRole('link', { name: 'New note' }).click();
    await page.getByLabel('Note').waitFor();
    times.push(await write(`Benchmark note ${i} about the match`));
  }
  await context.close();
  return { times, first };
}

/** Milliseconds from typing a search to the frame showing its results, one per term. */
async function searches(profile, throttle) {
  const { context, page } = await launch(profile, throttle);
  await page.goto(`${BASE_URL}/kids`);
  await page.locator('main[aria-busy="false"]').waitFor({ state: 'attached' });
  const times = [];
  for (const term of SEARCH_TERMS) {
    times.push(
      await page.evaluate(
        (term) => {
          const box = document.querySelector('input[type="search"]');
          const start = performance.now();
          box.value = term;
          box.dispatchEvent(new Event('input', { bubbles: true }));
          return window.untilShown(
            start,
            () => document.querySelector('ul[aria-label="Search results"]')?.dataset.query === term,
          );
        },
        term,
      ),
    );
  }
  await context.close();
  return times;
}

/**
 * Starts the browser on the profile and returns milliseconds from navigation
 * start to the first frame after everything Today shows has loaded, plus
 * memory once the notes have loaded too.
 */
async function coldStart(profile, throttle) {
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
async function lockTimes(profile, throttle) {
  const copy = `${profile}-lock`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(profile, copy, { recursive: true });
  const { context, page } = await launch(copy, throttle);
  await page.goto(`${BASE_URL}/settings`);
  await page.waitForFunction(() => performance.getEntriesByName('attune:loaded').length > 0, null, { timeout: 120000 });
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
    await page.waitForFunction(() => performance.getEntriesByName('attune:loaded').length > 0, null, { timeout: 120000 });
    unlock.push((await page.evaluate(() => performance.getEntriesByName('attune:loaded')[0].startTime)) - tapped);
  }
  await context.close();
  rmSync(copy, { recursive: true, force: true });
  return { enable, unlock };
}

const NOTES = [0, 1000, 10000];
const SAVE_AT = [100, 10000];
const SAVES = 20;
const FIRST_SAVES = 5;
const SEARCH_TERMS = ['soccer', 'drawing', 'big game', 'zoe', 'tired'];

/** Serves dist/ on its own port for the length of the benchmark. */
async function startServer() {
  const server = spawn('node', [new URL('../serve.mjs', import.meta.url).pathname], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE_URL}/`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`the local server did not start on ${BASE_URL}`);
}

/**
 * What a first visit sends over the network, page and offline copy
 * together, compressed as the server sends it (brotli): a fresh profile
 * opens Today and waits until the service worker has kept its copy.
 */
async function firstVisit() {
  const port = PORT + 1;
  const server = spawn('node', [new URL('../serve.mjs', import.meta.url).pathname], {
    env: { ...process.env, PORT: String(port), SERVE_LOG: '1' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
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

async function main() {
  const server = await startServer();
  try {
    await measure();
  } finally {
    server.kill();
  }
}

async function measure() {
  const rows = transferSizes();
  const add = (name, value, unit) => rows.push({ name, value, unit });
  if (wanted('first')) {
    const first = await firstVisit();
    add('first visit: sent over the network, page and offline copy (brotli)', first.bytes / 1024, 'KB');
    add('first visit: times the wasm was sent', first.wasm, '');
  }
  const profiles = {};
  const needed = new Set([...(wanted('cold') ? NOTES : []), ...(wanted('save') ? SAVE_AT : [])]);
  if (wanted('search') || wanted('kid') || wanted('toggle') || wanted('lock')) needed.add(10000);
  for (const notes of needed) profiles[notes] = await prepareProfile(notes);

  for (const throttle of [1, 4]) {
    const suffix = throttle > 1 ? ` (CPU ${throttle}x slower)` : '';
    for (const notes of wanted('cold') ? NOTES : []) {
      // One start first, not counted: the parts measured before may have
      // changed the journal (a session), which forgets the kept copy of
      // Today until Today is seen again, as it would for a leader.
      await coldStart(profiles[notes], throttle);
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await coldStart(profiles[notes], throttle));
      // What the leader sees first: the kept copy of Today, else Today as
      // the app draws it.
      const seen = runs.map((r) => (Number.isNaN(r.kept) ? r.ms : Math.min(r.kept, r.ms)));
      const copied = runs.filter((r) => !Number.isNaN(r.kept));
      add(`cold start to Today on screen, ${notes} notes${suffix}`, median(seen), 'ms');
      add(`  runs that showed the kept copy of Today, ${notes} notes${suffix}`, copied.length, '');
      add(`  cold start to Today drawn by the app, ${notes} notes${suffix}`, median(runs.map((r) => r.ms)), 'ms');
      if (copied.length > 0) {
        add(`  cold start to the copy giving way to the app's Today, ${notes} notes${suffix}`, median(copied.map((r) => r.gone)), 'ms');
      }
      add(`  first paint, ${notes} notes${suffix}`, median(runs.map((r) => r.firstPaint)), 'ms');
      if (notes === 10000) {
        // The parts of that start, each from navigation start.
        for (const [mark, label] of [
          ['attune:db-open', 'database open'],
          ['attune:shell', 'app running'],
          ['attune:read-head', 'Today\'s records read'],
          ['attune:head-loaded', 'Today\'s records decoded'],
          ['attune:loaded', 'history decoded'],
        ]) {
          add(`  10000 notes: ${label} at${suffix}`, median(runs.map((r) => r.phases[mark] ?? NaN)), 'ms');
        }
        add(`  10000 notes: longest frame while the history decodes${suffix}`, median(runs.map((r) => r.longestFrame)), 'ms');
      }
      if (throttle === 1 && notes === 10000) {
        add('wasm memory after load, 10000 notes', median(runs.map((r) => r.wasmBytes)) / 2 ** 20, 'MB');
        add('JS heap after load, 10000 notes', median(runs.map((r) => r.heapBytes)) / 2 ** 20, 'MB');
      }
    }
    for (const notes of wanted('save') ? SAVE_AT : []) {
      const { times, first } = await saveNotes(profiles[notes], throttle);
      add(`save a note p50, ${notes} notes${suffix}`, percentile(times, 50), 'ms');
      add(`save a note p95, ${notes} notes${suffix}`, percentile(times, 95), 'ms');
      add(`  first save after opening the app, median, ${notes} notes${suffix}`, median(first), 'ms');
    }
    if (wanted('search')) {
      add(`search, 10000 notes${suffix}`, median(await searches(profiles[10000], throttle)), 'ms');
    }
    if (wanted('toggle')) {
      const { times, work, count, asked, askedWork } = await toggles(profiles[10000], throttle);
      const n = `10000 notes${suffix}`;
      add(`session toggle, tap to painted p50, ${times.length} taps, ${count} kids, ${n}`, percentile(times, 50), 'ms');
      add(`session toggle, tap to painted p95, ${times.length} taps, ${count} kids, ${n}`, percentile(times, 95), 'ms');
      add(`session toggle, main-thread work p50, ${count} kids, ${n}`, percentile(work, 50), 'ms');
      add(`session toggle, main-thread work p95, ${count} kids, ${n}`, percentile(work, 95), 'ms');
      if (asked.length > 0) {
        add(`session Asked ✓, tap to painted p50, ${asked.length} follow-ups, ${n}`, percentile(asked, 50), 'ms');
        add(`session Asked ✓, tap to painted p95, ${asked.length} follow-ups, ${n}`, percentile(asked, 95), 'ms');
        add(`session Asked ✓, main-thread work p50, ${asked.length} follow-ups, ${n}`, percentile(askedWork, 50), 'ms');
        add(`session Asked ✓, main-thread work p95, ${asked.length} follow-ups, ${n}`, percentile(askedWork, 95), 'ms');
      }
      if (throttle === 1) {
        const floor = await frameFloor();
        add('next-frame wait alone, empty page, tap to painted p50', percentile(floor, 50), 'ms');
        add('next-frame wait alone, empty page, tap to painted p95', percentile(floor, 95), 'ms');
      }
    }
    if (wanted('kid')) {
      const kid = [];
      for (let i = 0; i < RUNS; i++) kid.push(await kidPage(profiles[10000], throttle));
      add(`open a kid's page (300 notes, newest 20 shown), 10000 notes${suffix}`, median(kid), 'ms');
    }
    if (wanted('lock')) {
      const { enable, unlock } = await lockTimes(profiles[10000], throttle);
      add(`app lock: turn on (encrypt every record), 10000 notes${suffix}`, enable, 'ms');
      add(`app lock: tap Unlock to all loaded, 10000 notes${suffix}`, median(unlock), 'ms');
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
