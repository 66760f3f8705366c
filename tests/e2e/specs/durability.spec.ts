import { chromium } from '@playwright/test';
import { type ChildProcess, spawn } from 'node:child_process';
import { expect, test } from './fixtures';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL, CHROMIUM, CHROMIUM_ARGS, PHONE, PORT } from '../chromium.mjs';
import { addKid, open, whenLoaded } from './helpers';

/**
 * Starts the browser on a profile kept on disk, as a phone keeps it between
 * launches. Its actions wait at most 10 s, so a step that never happens is
 * named in the failure instead of the whole test timing out.
 */
const launchOn = async (profile: string) => {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: PHONE,
    baseURL: BASE_URL,
  });
  context.setDefaultTimeout(10_000);
  return context;
};

test('a half-typed kid survives a reload', async ({ page }) => {
  await open(page, '/kids/new');
  await page.getByLabel('Name', { exact: true }).fill('Priya');
  await page.getByLabel('Interests').fill('cricket, ba');
  await page.reload();
  await whenLoaded(page);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Priya');
  await expect(page.getByLabel('Interests')).toHaveValue('cricket, ba');

  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
  await page.reload();
  await whenLoaded(page);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
});

test('a half-typed edit survives a reload and the saved kid is unchanged until Save', async ({ page }) => {
  await addKid(page, 'Jonah', 'lego');
  const url = page.url();
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Interests').fill('lego, skateboa');
  await page.reload();
  await whenLoaded(page);
  await expect(page.getByLabel('Interests')).toHaveValue('lego, skateboa');
  await page.goto(url);
  await whenLoaded(page);
  await expect(page.getByRole('list', { name: 'Interests' }).getByRole('listitem')).toHaveText(['lego']);
});

test('the kid is still there after the browser is closed and relaunched', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'attune-profile-'));
  const launch = () => launchOn(profile);
  try {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await addKid(page, 'Amara', 'netball');
    await first.close();

    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    await open(again, '/kids');
    await expect(again.getByRole('list', { name: 'Kids' }).getByRole('link')).toHaveText([/Amara/]);
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a session in progress is resumed after the browser is closed and relaunched', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'attune-profile-'));
  const launch = () => launchOn(profile);
  try {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await open(page, '/groups/new');
    await page.getByLabel('Name', { exact: true }).fill('Drama');
    await page.getByRole('button', { name: 'Create group' }).click();
    await page.getByLabel(/Paste names/).fill('Ana\nBen\nCleo');
    await page.getByRole('button', { name: 'Add 3 kids to the group' }).click();
    await expect(page.getByText('3 kids now in this group.')).toBeVisible();
    await open(page, '/session');
    await page.getByRole('button', { name: 'Start a session of Drama' }).click();
    const grid = page.getByRole('list', { name: 'Attendance' });
    await grid.getByRole('button', { name: 'Ben', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Here: 1 of 3' })).toBeVisible();
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    await first.close();

    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    await open(again, '/session');
    await again.getByRole('link', { name: 'Resume session' }).click();
    await expect(again.getByRole('heading', { name: 'Here: 1 of 3' })).toBeVisible();
    await expect(
      again.getByRole('list', { name: 'Attendance' }).getByRole('button', { name: 'Ben', exact: true }),
    ).toHaveAttribute('aria-pressed', 'true');
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('an unreadable record is reported, kept, and the rest still loads', async ({ page }) => {
  await addKid(page, 'Lena', 'piano');
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('attune');
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          tx.objectStore('records').put('{"v":1,"kind":"kid","data":{"broken":', 'kid:00000000000000ff');
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
  await page.reload();
  await whenLoaded(page);
  await expect(page.getByTestId('quarantine-banner')).toContainText('1 saved record could not be read');
  await expect(page.getByRole('heading', { level: 1, name: 'Lena' })).toBeVisible();
  const kept = await page.evaluate(
    () =>
      new Promise<string>((done) => {
        const open = indexedDB.open('attune');
        open.onsuccess = () => {
          const get = open.result.transaction('records').objectStore('records').get('kid:00000000000000ff');
          get.onsuccess = () => done(get.result);
        };
      }),
  );
  expect(kept).toBe('{"v":1,"kind":"kid","data":{"broken":');
});

test('storage cleared behind Attune\'s back is noticed, and a backup is suggested', async ({ page }) => {
  await open(page, '/');
  const wiped = page.getByTestId('wiped-banner');
  await expect(wiped).toHaveCount(0);
  await addKid(page, 'Marco', 'soccer');

  // Something outside Attune empties its database.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('attune');
        req.onsuccess = () => {
          const tx = req.result.transaction('records', 'readwrite');
          tx.objectStore('records').clear();
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await whenLoaded(page);
  await expect(wiped).toContainText('Your saved kids and notes are gone from this browser.');
  await wiped.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Restore from a backup…').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        attune_backup: 1,
        records: [{ v: 1, kind: 'kid', data: { id: '00000000000000b1', display_name: 'Marco', created_at: '2026-11-01T10:00:00Z' } }],
      }),
    ),
  });
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByText('Restored.')).toBeVisible();
  await expect(wiped).toHaveCount(0);
  await page.reload();
  await whenLoaded(page);
  await expect(wiped).toHaveCount(0);
});

/** Chromium as its own process on a kept profile, so a test can kill it outright. */
async function startChromium(profile: string) {
  // In a process group of its own, so that killing it kills every one of
  // its processes, not only the first.
  const child = spawn(CHROMIUM, [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, `--remote-debugging-port=${PORT + 20}`, 'about:blank'], {
    detached: true,
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const found = seen.match(/DevTools listening on (ws:\/\/\S+)/);
      if (found) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`chromium exited with ${code}: ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const page = browser.contexts()[0].pages()[0] ?? (await browser.contexts()[0].newPage());
  return { child, exited, browser, page };
}

/**
 * Kills Chromium outright, every process of it at once as a crash would,
 * and waits until none is left writing to the profile (at most 10 s; a
 * process that is gone but not yet reaped writes nothing).
 */
async function killChromium(running: { child: ChildProcess; exited: Promise<unknown> }) {
  const group = running.child.pid!;
  try {
    process.kill(-group, 'SIGKILL');
  } catch {
    return; // already gone
  }
  await running.exited;
  for (let waited = 0; waited < 10_000 && groupRunning(group); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Whether a process of the group is still running (not merely unreaped). */
function groupRunning(group: number) {
  return readdirSync('/proc').some((pid) => {
    try {
      // "pid (name) state ppid pgrp ...": the name may hold spaces.
      const [state, , pgrp] = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return Number(pgrp) === group && state !== 'Z';
    } catch {
      return false;
    }
  });
}

test('killing the browser right after "Saved" loses nothing shown as saved', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'attune-killed-'));
  const started: Awaited<ReturnType<typeof startChromium>>[] = [];
  try {
    const first = await startChromium(profile);
    started.push(first);
    await first.page.goto(`${BASE_URL}/kids/new`);
    await whenLoaded(first.page);
    await first.page.getByLabel('Name', { exact: true }).fill('Amara');
    await first.page.getByRole('button', { name: 'Save' }).click();
    await expect(first.page.getByTestId('save-state')).toHaveText('Saved');
    await first.page.getByRole('link', { name: 'Add a note about Amara' }).click();
    await first.page.getByLabel('Note', { exact: true }).fill('Captain at netball');
    await first.page.getByRole('button', { name: 'Save note' }).click();
    await expect(first.page.getByTestId('save-state')).toHaveText('Saved');
    // No goodbye: the browser is killed the moment "Saved" shows.
    await killChromium(first);

    const second = await startChromium(profile);
    started.push(second);
    await second.page.goto(`${BASE_URL}/kids`);
    await whenLoaded(second.page);
    await second.page.getByRole('link', { name: /Amara/ }).click();
    await expect(second.page.locator('ol.timeline li')).toHaveText([/Captain at netball/]);
    await second.browser.close();
    await killChromium(second);
  } finally {
    // Should a step have failed, no browser is left running on the profile.
    for (const running of started) await killChromium(running);
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
