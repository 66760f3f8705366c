// What every part of the benchmark shares: the server, the browser, the
// prepared profiles and the statistics.
import { chromium } from '@playwright/test';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { CHROMIUM, CHROMIUM_ARGS, PHONE } from '../chromium.mjs';

export const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// Its own port, so a benchmark can run beside another checkout's (which
// uses the default) or beside the end-to-end tests; the first visit is
// measured on the port after it.
export const PORT = Number(process.env.BENCH_PORT ?? 8092);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const DIST = new URL('../../../dist/', import.meta.url).pathname;
export const OUT = new URL('../../../target/bench/', import.meta.url).pathname;
const PROFILES = join(OUT, 'profiles');

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/**
 * Runs in the page: `window.untilShown(start, ready)` resolves with the
 * milliseconds from `start` to the first frame painted after `ready()` holds.
 * The DOM is watched with a MutationObserver, so the figure is not rounded
 * up to a frame by polling.
 */
export function installUntilShown() {
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

export function launch(profile, throttle) {
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

/** Resolves once the app has loaded everything, history included. */
export function loaded(page) {
  return page.waitForFunction(() => performance.getEntriesByName('attune:loaded').length > 0, null, {
    timeout: 120_000,
  });
}

/**
 * Makes a profile holding a data set (`year-10000.json`), imported through
 * Attune's own restore screen, so later runs start like a returning leader's.
 */
export async function prepareProfile(file) {
  const profile = join(PROFILES, file.replace(/\.json$/, ''));
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(profile, { recursive: true });
  const { context, page } = await launch(profile, 1);
  await page.goto(`${BASE_URL}/settings`);
  await loaded(page);
  await page.getByLabel('Restore from a backup…').setInputFiles(join(OUT, file));
  await page.getByRole('button', { name: 'Replace everything' }).click({ timeout: 60_000 });
  await page.getByText('Restored.').waitFor({ timeout: 300_000 });
  // Like a leader who last looked at Today: the app keeps a copy of it,
  // which the next cold start shows first.
  await page.goto(`${BASE_URL}/`);
  await page.waitForFunction(() => localStorage.getItem('attune-today') !== null, null, { timeout: 120_000 });
  await context.close();
  return profile;
}

/**
 * A copy of a profile for a part that uses up what it measures (follow-ups
 * marked done, the lock turned on), so every run and every later part
 * finds the data as it was. Call the returned function to delete it.
 */
export function copyProfile(profile, part) {
  const copy = `${profile}-${part}`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(profile, copy, { recursive: true });
  return { copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}

/**
 * The same measure as a tap's, on a page that does nothing but change one
 * word: what waiting for the next frame alone costs on this machine, the
 * floor under every tap.
 */
export async function frameFloor() {
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

/** Serves dist/ on `port` (SERVE_LOG=1 makes it report what it sent). */
export function serve(port, log = false) {
  return spawn('node', [new URL('../serve.mjs', import.meta.url).pathname], {
    env: { ...process.env, PORT: String(port), ...(log ? { SERVE_LOG: '1' } : {}) },
    stdio: ['ignore', log ? 'pipe' : 'ignore', 'ignore'],
  });
}

/** Serves dist/ on the benchmark's port for the length of the benchmark. */
export async function startServer() {
  const server = serve(PORT);
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE_URL}/`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`the local server did not start on ${BASE_URL}`);
}
