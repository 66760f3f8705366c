// The app lock: a passcode, everything at rest encrypted, a locked Attune
// that shows no names, slower tries after wrong passcodes, locking when idle
// or hidden, a new passcode re-encrypting everything, and turning it off.
import { expect, test, type Page } from './fixtures';
import { open, restoreBackup, turnOn, unlock, whenLoaded } from './helpers';
import { look } from './look';

const KID = '00000000000000b1';
const SECRETS = ['Marco', 'soccer', 'Big game Saturday', 'Ask about the big game', 'seemed quiet'];

async function story(page: Page) {
  await restoreBackup(page, [
    { v: 1, kind: 'kid', data: { id: KID, display_name: 'Marco', interests: ['soccer'], created_at: '2026-11-01T10:00:00Z' } },
    { v: 1, kind: 'note', data: { id: '00000000000000c1', text: 'Big game Saturday', kids: [KID], created_at: '2026-11-20T16:00:00Z' } },
    {
      v: 1, kind: 'followup',
      data: { id: '00000000000000d1', kid: KID, prompt: 'Ask about the big game', due: { rule: 'next_time_seen' }, status: { state: 'open' }, created_at: '2026-11-20T16:00:00Z' },
    },
  ]);
}

/**
 * A value stored plain: a record's JSON, a pack of settled history records
 * (one `key<TAB>JSON` line each), or the mark that deletes a packed record.
 */
const PLAIN = /^(\{|attune-pack 1\n~[^\t\n]+\t\{|deleted$)/;

/** Everything Attune has at rest: every IndexedDB value and localStorage entry. */
async function atRest(page: Page): Promise<{ records: string[]; local: string[] }> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const r = indexedDB.open('attune');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const records: string[] = await new Promise((resolve, reject) => {
      const r = db.transaction('records').objectStore('records').getAll();
      r.onsuccess = () => resolve(r.result.map(String));
      r.onerror = () => reject(r.error);
    });
    db.close();
    const local = Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`);
    return { records, local };
  });
}

function expectNothingReadable(rest: { records: string[]; local: string[] }) {
  expect(rest.records.length).toBeGreaterThan(2);
  for (const value of rest.records) expect(value).toMatch(/^sealed1:[0-9a-f]{8}:/);
  const everything = [...rest.records, ...rest.local].join('\n');
  for (const secret of SECRETS) expect(everything).not.toContain(secret);
}

const lockedHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Attune is locked' });

test('with the lock on nothing at rest can be read, a locked Attune shows no names, and wrong passcodes slow down', async ({ page }) => {
  test.setTimeout(60_000);
  await story(page);
  // A half-written note, kept as a draft.
  await open(page, '/note');
  await page.getByLabel('Note', { exact: true }).fill('Zoë seemed quiet');

  await open(page, '/settings');
  await expect(page.getByText('If you forget the passcode, nobody can open your notes')).toBeVisible();
  const form = page.getByRole('form', { name: 'Turn on the lock' });
  await form.getByLabel('Passcode (6 characters or more)').fill('tiger');
  await form.getByLabel('The same passcode again').fill('tiger');
  await form.getByRole('button', { name: 'Turn the lock on' }).click();
  await expect(page.getByRole('alert')).toHaveText('Use at least 6 characters for the passcode.');
  await page.locator('#lock').scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await look(page, 'settings-lock-off', scheme);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await turnOn(page, 'tiger-lily-42');
  expectNothingReadable(await atRest(page));
  await page.locator('#lock').scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await look(page, 'settings-lock-on', scheme);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await page.reload();
  await expect(lockedHeading(page)).toBeVisible();
  for (const secret of SECRETS) await expect(page.locator('body')).not.toContainText(secret);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await look(page, 'lock-screen', scheme);
  }

  for (const wrong of ['tiger-lily-41', 'tiger-lily-40']) {
    await unlock(page, wrong);
    await expect(page.getByRole('alert')).toHaveText('That is not the passcode.');
  }
  await unlock(page, 'tiger-lily-39');
  await expect(page.getByRole('alert')).toHaveText('Too many wrong passcodes. Try again in 5 seconds.');
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  // The wait holds across a reload.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeEnabled({ timeout: 8000 });

  await unlock(page, 'tiger-lily-42');
  await whenLoaded(page);
  // Back where the leader was, with everything there.
  await expect(page.getByText('1 kid and 1 note, stored in this browser')).toBeVisible();
  // Moving around inside Attune keeps it open (a reload would lock it again).
  await page.getByRole('complementary', { name: 'Quick note' }).getByRole('link').click();
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue('Zoë seemed quiet');
  await page.getByLabel('Note', { exact: true }).fill('Marco seemed quiet after the game');
  // Saved while the lock is on: stored sealed too.
  await page.getByRole('link', { name: 'Kids' }).click();
  await page.getByRole('link', { name: /^Marco/ }).click();
  await page.getByRole('link', { name: 'Add a note about Marco' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Big game Saturday went well, seemed quiet');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('ol.timeline')).toContainText('Big game Saturday went well, seemed quiet');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.waitForTimeout(300);
  expectNothingReadable(await atRest(page));
});

test('idle minutes and hiding lock Attune; a new passcode re-encrypts everything; turning the lock off stores it plain', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.clock.install();
  await story(page);
  // A second tab, open with Marco on screen, locks when the lock is turned on.
  const other = await context.newPage();
  await open(other, `/kids/${KID}`);
  await expect(other.getByRole('heading', { level: 1, name: 'Marco' })).toBeVisible();
  await turnOn(page, 'first-pass-1');
  await expect(lockedHeading(other)).toBeVisible();
  await expect(other.locator('body')).not.toContainText('Marco');
  await page.getByLabel('Lock after').selectOption('1');

  await page.clock.fastForward('01:20');
  await expect(lockedHeading(page)).toBeVisible();
  await unlock(page, 'first-pass-1');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    // As the browser fires it: at the document, bubbling.
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  await expect(lockedHeading(page)).toBeVisible();
  await unlock(page, 'first-pass-1');
  await whenLoaded(page);

  const before = (await atRest(page)).records;
  const form = page.getByRole('form', { name: 'Change or turn off the lock' });
  await form.getByLabel('Current passcode').fill('not-the-one');
  await form.getByLabel('New passcode (6 characters or more)').fill('second-pass-2');
  await form.getByLabel('The new passcode again').fill('second-pass-2');
  await form.getByRole('button', { name: 'Change passcode' }).click();
  await expect(page.getByRole('alert')).toHaveText('That is not the passcode.');
  await form.getByLabel('Current passcode').fill('first-pass-1');
  await form.getByRole('button', { name: 'Change passcode' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Passcode changed' })).toBeVisible();
  const after = await atRest(page);
  expectNothingReadable(after);
  const keyOf = (v: string) => v.split(':')[1];
  expect(new Set(after.records.map(keyOf)).size).toBe(1);
  expect(keyOf(after.records[0])).not.toBe(keyOf(before[0]));

  await page.reload();
  await unlock(page, 'first-pass-1');
  await expect(page.getByRole('alert')).toHaveText('That is not the passcode.');
  await unlock(page, 'second-pass-2');
  await whenLoaded(page);
  await page.getByRole('link', { name: 'Kids' }).click();
  await page.getByRole('link', { name: /^Marco/ }).click();
  await expect(page.locator('ol.timeline')).toContainText('Big game Saturday');

  await page.getByRole('link', { name: 'Settings' }).click();
  await form.getByLabel('Current passcode').fill('second-pass-2');
  await form.getByRole('button', { name: 'Turn the lock off' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The lock is off' })).toBeVisible();
  const plain = await atRest(page);
  for (const value of plain.records) expect(value).toMatch(PLAIN);
  expect(plain.records.join('\n')).toContain('Marco');
  await page.reload();
  await whenLoaded(page);
  await expect(lockedHeading(page)).toHaveCount(0);
  await open(page, `/kids/${KID}`);
  await expect(page.locator('ol.timeline')).toContainText('Big game Saturday');
});

test('a forgotten passcode: the lock screen can delete everything to start again from a backup', async ({ page }) => {
  await story(page);
  await turnOn(page, 'forgotten-9');
  await page.reload();
  await expect(lockedHeading(page)).toBeVisible();
  await page.getByRole('button', { name: 'Forgot the passcode?' }).click();
  await expect(page.getByText('Without the passcode nobody can open these notes')).toBeVisible();
  await page.getByRole('button', { name: 'Delete everything and start again' }).click();
  await whenLoaded(page);
  await expect(lockedHeading(page)).toHaveCount(0);
  await open(page, '/');
  await expect(page.getByRole('heading', { name: 'Start with the kids in your group' })).toBeVisible();
  const rest = await atRest(page);
  expect(rest.records).toEqual([]);
});

test('with storage full, turning the lock on or changing the passcode changes nothing', async ({ page }) => {
  test.setTimeout(60_000);
  const storageFull = (full: boolean) =>
    page.evaluate((full) => {
      const w = window as unknown as { attuneFailWrites?: string };
      if (full) w.attuneFailWrites = 'QuotaExceededError';
      else delete w.attuneFailWrites;
    }, full);
  await story(page);
  await open(page, '/settings');
  await storageFull(true);
  const on = page.getByRole('form', { name: 'Turn on the lock' });
  await on.getByLabel('Passcode (6 characters or more)').fill('full-disk-1');
  await on.getByLabel('The same passcode again').fill('full-disk-1');
  await on.getByRole('button', { name: 'Turn the lock on' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'full' })).toBeVisible();
  await expect(on).toBeVisible();
  for (const value of (await atRest(page)).records) expect(value).toMatch(PLAIN);
  await page.reload();
  await whenLoaded(page);
  await expect(lockedHeading(page)).toHaveCount(0);

  await turnOn(page, 'full-disk-1');
  const before = (await atRest(page)).records;
  await storageFull(true);
  const form = page.getByRole('form', { name: 'Change or turn off the lock' });
  await form.getByLabel('Current passcode').fill('full-disk-1');
  await form.getByLabel('New passcode (6 characters or more)').fill('never-stored-2');
  await form.getByLabel('The new passcode again').fill('never-stored-2');
  await form.getByRole('button', { name: 'Change passcode' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'full' })).toBeVisible();
  expect((await atRest(page)).records).toEqual(before);
  await page.reload();
  await unlock(page, 'never-stored-2');
  await expect(page.getByRole('alert')).toHaveText('That is not the passcode.');
  await unlock(page, 'full-disk-1');
  await whenLoaded(page);
  await expect(page.getByText('1 kid and 1 note, stored in this browser')).toBeVisible();
});
