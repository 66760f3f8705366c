// Attune as an installed app: it opens with no network, updates only when
// the leader says so, is installable, and keeps its icon badge current.
import { expect, test, type Page } from './fixtures';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, PHONE, PORT } from '../chromium.mjs';
import { collectSent } from '../sent.mjs';
import { addKid, restoreBackup, whenLoaded } from './helpers';
import { look } from './look';

const E2E = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(E2E, '..', '..');
const DIST = join(ROOT, 'dist');

/** A server of its own, on its own port, that a test can stop and start. */
class Server {
  private child?: ChildProcess;
  /** Every answer so far: its status, the bytes of its body, and the path. */
  readonly sent: { status: number; bytes: number; path: string }[] = [];
  constructor(readonly port: number) {}
  get url() {
    return `http://127.0.0.1:${this.port}`;
  }
  async start(dist = DIST) {
    const env = { ...process.env, PORT: String(this.port), DIST: dist, SERVE_LOG: '1' };
    this.child = spawn('node', ['serve.mjs'], { cwd: E2E, env });
    collectSent(this.child.stdout!, this.sent);
    await new Promise<void>((resolve, reject) => {
      this.child!.stdout!.once('data', () => resolve());
      this.child!.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
  }
  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill();
    });
  }
}

/** Waits until the service worker controls the page, so everything is cached. */
async function whenControlled(page: Page) {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

test('with the server gone the app still opens, and a note can be added', async ({ page }) => {
  const server = new Server(PORT + 11);
  await server.start();
  try {
    await page.goto(`${server.url}/`);
    await whenControlled(page);
    await page.goto(`${server.url}/kids/new`);
    await page.getByLabel('Name', { exact: true }).fill('Marco');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Marco' })).toBeVisible();

    await server.stop();
    await page.reload();
    await whenLoaded(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Marco' })).toBeVisible();
    await page.getByRole('link', { name: 'Add a note about Marco' }).click();
    await page.getByLabel('Note', { exact: true }).fill('Scored twice at lunch');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.locator('ol.timeline li').first()).toContainText('Scored twice at lunch');
    // Every page is the app shell, from the cache.
    await page.goto(`${server.url}/settings`);
    await whenLoaded(page);
    await expect(page.getByTestId('storage-summary')).toContainText('1 kid and 1 note');

    await server.start();
    await page.goto(`${server.url}/kids`);
    await whenLoaded(page);
    await page.getByRole('link', { name: /Marco/ }).click();
    await expect(page.locator('ol.timeline li').first()).toContainText('Scored twice at lunch');
  } finally {
    await server.stop();
  }
});

test('a first visit downloads the app once: the offline copy keeps what the page fetched', async ({ page }) => {
  const server = new Server(PORT + 15);
  await server.start();
  try {
    await page.goto(`${server.url}/`);
    await whenControlled(page);
    await whenLoaded(page);
    const downloads = (pattern: RegExp) => server.sent.filter((s) => s.status === 200 && pattern.test(s.path));
    const wasm = downloads(/_bg\.wasm$/);
    expect(wasm).toHaveLength(1);
    expect(downloads(/\/attune-[0-9a-f]{16}\.js$/)).toHaveLength(1);
    expect(downloads(/\.css$/)).toHaveLength(1);
    // The icons the page asked for are checked again, not sent again.
    expect(downloads(/favicon-32\.png$/)).toHaveLength(1);
    const total = server.sent.reduce((sum, s) => sum + s.bytes, 0);
    expect(total).toBeLessThan(wasm[0].bytes * 1.25);

    // And that copy is whole: with the server gone, the app opens from it.
    await server.stop();
    await page.reload();
    await whenLoaded(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  } finally {
    await server.stop();
  }
});

test('a new version waits for the leader, then runs with the old data', async ({ page }) => {
  // Build A is this build; build B is the same with a different page, its
  // service worker regenerated by the build's own precache step.
  const a = mkdtempSync(join(tmpdir(), 'attune-a-'));
  const b = mkdtempSync(join(tmpdir(), 'attune-b-'));
  cpSync(DIST, a, { recursive: true });
  cpSync(DIST, b, { recursive: true });
  const index = readFileSync(join(b, 'index.html'), 'utf8')
    .replace(/<meta name="attune-version"[^>]*>\s*/, '')
    .replace('<title>Attune</title>', '<title>Attune</title><meta name="build" content="B" />');
  writeFileSync(join(b, 'index.html'), index);
  const precache = spawnSync('cargo', ['xtask', 'precache', b], { cwd: ROOT, encoding: 'utf8' });
  expect(precache.status, precache.stderr).toBe(0);
  const versionOf = (dir: string) =>
    readFileSync(join(dir, 'index.html'), 'utf8').match(/name="attune-version" content="([0-9a-f]{8})/)![1];
  const [versionA, versionB] = [versionOf(a), versionOf(b)];
  expect(versionA).not.toBe(versionB);

  const server = new Server(PORT + 12);
  await server.start(a);
  try {
    await page.goto(`${server.url}/`);
    await whenControlled(page);
    await page.goto(`${server.url}/kids/new`);
    await page.getByLabel('Name', { exact: true }).fill('Zoë');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zoë' })).toBeVisible();

    await server.stop();
    await server.start(b);
    await page.goto(`${server.url}/settings`);
    await whenLoaded(page);
    const banner = page.getByRole('status').filter({ hasText: 'A new version of Attune is ready.' });
    await expect(banner).toBeVisible({ timeout: 15_000 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await look(page, 'update-ready', scheme);
    }
    // Until the leader taps, the old version keeps running.
    await expect(page.getByTestId('version')).toHaveText(`Version ${versionA}`);
    await page.getByRole('button', { name: 'Update now' }).click();
    await expect(page.getByTestId('version')).toHaveText(`Version ${versionB}`, { timeout: 15_000 });
    await whenLoaded(page);
    await expect(banner).toHaveCount(0);
    await expect(page.getByTestId('storage-summary')).toContainText('1 kid and 0 notes');
    const caches = await page.evaluate(() => caches.keys());
    expect(caches).toEqual([`attune-${await page.evaluate(() => document.querySelector('meta[name=attune-version]')!.getAttribute('content'))}`]);
  } finally {
    await server.stop();
  }
});

test('Chromium finds the app installable, and the manifest says what it should', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'attune-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: PHONE,
    baseURL,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await whenControlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    const manifest = await (await page.request.get('/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({
      name: 'Attune',
      short_name: 'Attune',
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
    expect(manifest.description.length).toBeGreaterThan(20);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.shortcuts.map((s: { name: string; url: string }) => [s.name, s.url])).toEqual([
      ['Quick note', '/note'],
      ['Start session', '/session'],
    ]);
    // Both colour schemes have a theme colour for the browser's bar.
    await expect(page.locator('meta[name=theme-color]')).toHaveCount(2);
    for (const purpose of ['any', 'maskable']) {
      for (const size of [192, 512]) {
        const icon = manifest.icons.find((i: { purpose: string; sizes: string }) => i.purpose === purpose && i.sizes === `${size}x${size}`);
        expect(icon, `${purpose} ${size}`).toBeTruthy();
        const drawn = await page.evaluate(async (src) => {
          const bitmap = await createImageBitmap(await (await fetch(src)).blob());
          return [bitmap.width, bitmap.height];
        }, icon.src);
        expect(drawn).toEqual([size, size]);
      }
    }
    // The shortcuts open those flows.
    await page.goto('/note');
    await expect(page.getByLabel('Note', { exact: true })).toBeVisible();
    await page.goto('/session');
    await expect(page.getByRole('heading', { level: 1, name: 'Session' })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('the icon badge counts the follow-ups due today, and lasting storage is asked for after a save', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    (window as unknown as { badgeCalls: unknown[] }).badgeCalls = calls;
    Object.defineProperty(navigator, 'setAppBadge', { value: (n: number) => (calls.push(n), Promise.resolve()) });
    Object.defineProperty(navigator, 'clearAppBadge', { value: () => (calls.push(0), Promise.resolve()) });
    const persist = navigator.storage.persist.bind(navigator.storage);
    (window as unknown as { persistAsked: number }).persistAsked = 0;
    navigator.storage.persist = () => {
      (window as unknown as { persistAsked: number }).persistAsked += 1;
      return persist();
    };
  });
  await page.clock.setFixedTime(new Date('2026-12-10T16:00:00Z'));
  const followUp = (id: string, date: string) => ({
    v: 1,
    kind: 'followup',
    data: {
      id,
      kid: '00000000000000b1',
      prompt: `Ask about ${id}`,
      due: { rule: 'on_date', date },
      status: { state: 'open' },
      created_at: '2026-12-01T10:00:00Z',
    },
  });
  await restoreBackup(page, [
    { v: 1, kind: 'kid', data: { id: '00000000000000b1', display_name: 'Marco', created_at: '2026-11-01T10:00:00Z' } },
    followUp('00000000000000d1', '2026-12-08'),
    followUp('00000000000000d2', '2026-12-10'),
    followUp('00000000000000d3', '2026-12-12'),
  ]);
  await page.goto('/');
  await whenLoaded(page);
  const badge = () => page.evaluate(() => (window as unknown as { badgeCalls: number[] }).badgeCalls.at(-1));
  await expect.poll(badge).toBe(2);
  await page.getByRole('region', { name: 'Follow up today' }).getByRole('button', { name: 'Done' }).first().click();
  await expect.poll(badge).toBe(1);
  await expect.poll(() => page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked)).toBe(1);

  await addKid(page, 'Zoë');
  await page.goto('/settings');
  await whenLoaded(page);
  await expect(page.getByTestId('storage-kept')).toHaveText(/^(Kept|Not promised yet)/);
  await expect(page.getByTestId('storage-used')).toHaveText(/^Using \d+(\.\d)? (KB|MB) of the \d+(\.\d)? (MB|GB) this browser allows\.$/);
});

test('where the browser allows no service worker, Attune still opens and saves', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await addKid(page, 'Marco', 'soccer');
  await page.reload();
  await whenLoaded(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Marco' })).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});
