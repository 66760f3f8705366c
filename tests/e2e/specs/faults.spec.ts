// When the phone's storage is full: the leader is told, the text stays in
// the form, and nothing already saved changes. The tests stand in for the
// full disk (`window.attuneFailWrites`, see fixtures.ts), since Chromium lets
// small writes through even under a lowered quota. When storage is slow, the
// leader is told it is saving.
import { expect, test } from './fixtures';
import { addKid, open, record, restoreBackup, whenLoaded } from './helpers';

const storageFull = (page: import('@playwright/test').Page, full: boolean) =>
  page.evaluate((full) => {
    const w = window as unknown as { attuneFailWrites?: string };
    if (full) w.attuneFailWrites = 'QuotaExceededError';
    else delete w.attuneFailWrites;
  }, full);

test('a full disk keeps the note in the form, says so, and changes nothing saved', async ({ page }) => {
  await addKid(page, 'Marco', 'soccer');
  await page.getByRole('link', { name: 'Add a note about Marco' }).click();
  await page.getByLabel('Note', { exact: true }).fill('First note, saved');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('ol.timeline li')).toHaveCount(1);
  // Saving goes back in the history to the kid's page; the address follows
  // when the browser reports the move back.
  await expect(page).toHaveURL(/\/kids\/[0-9a-f]{16}$/);
  const kidPage = page.url();

  await page.getByRole('link', { name: 'Add a note about Marco' }).click();
  await whenLoaded(page);
  await storageFull(page, true);
  const text = 'Brought his little sister, a long story about the match';
  await page.getByLabel('Note', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'storage for Attune is full' }).first()).toBeVisible();
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue(text);
  await expect(page.getByTestId('save-state')).toHaveText('Not saved');

  // Space again: the same tap saves it, and the earlier note is untouched.
  await storageFull(page, false);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.goto(kidPage);
  await whenLoaded(page);
  await expect(page.locator('ol.timeline li')).toHaveCount(2);
  await expect(page.locator('ol.timeline')).toContainText('First note, saved');
  await expect(page.locator('ol.timeline')).toContainText(text);
});

test('a kid not saved for lack of space is kept in the form and not half-stored', async ({ page }) => {
  await addKid(page, 'Zoë', 'drawing');
  await open(page, '/kids/new');
  await storageFull(page, true);
  await page.getByLabel('Name', { exact: true }).fill('Ben');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'storage for Attune is full' }).first()).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Ben');
  // After a reload the half-typed kid is still a draft, and storage holds only Zoë.
  await page.reload();
  await whenLoaded(page);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Ben');
  await open(page, '/kids');
  await expect(page.getByRole('list', { name: 'Kids' }).getByRole('listitem')).toHaveText([/Zoë/]);
});

test('a slow write says "Saving…" and holds the button; a quick one goes straight to "Saved"', async ({ page }) => {
  await addKid(page, 'Marco', 'soccer');
  // Every text the save indicator shows from here on, in order.
  await page.evaluate(() => {
    const w = window as unknown as { seen: string[] };
    w.seen = [];
    const indicator = document.querySelector('[data-testid="save-state"]')!;
    new MutationObserver(() => w.seen.push(indicator.textContent ?? '')).observe(indicator, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await page.getByRole('link', { name: 'Add a note about Marco' }).click();
  await whenLoaded(page);
  await page.getByLabel('Note', { exact: true }).fill('Quick one');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('ol.timeline li')).toHaveCount(1);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).not.toContain('Saving…');

  // Another connection keeps the store busy for 1.5 s, as another tab
  // writing would: the note's write waits its turn.
  await page.getByRole('link', { name: 'Add a note about Marco' }).click();
  await whenLoaded(page);
  await page.getByLabel('Note', { exact: true }).fill('Slow one');
  await page.evaluate(
    () =>
      new Promise<void>((held) => {
        const open = indexedDB.open('attune');
        open.onsuccess = () => {
          const store = open.result.transaction('records', 'readwrite').objectStore('records');
          const until = performance.now() + 1500;
          const again = () => {
            if (performance.now() < until) store.count().onsuccess = again;
          };
          again();
          held();
        };
      }),
  );
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saving…');
  await expect(page.getByRole('button', { name: 'Save note' })).toBeDisabled();
  await expect(page.getByTestId('save-state')).toHaveText('Saved', { timeout: 5000 });
  await expect(page.locator('ol.timeline li')).toHaveCount(2);
  await expect(page.locator('ol.timeline')).toContainText('Slow one');
});

test('Done with the disk full: the row comes back saying why, and is still open after a reload', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-10T16:00:00Z'));
  await restoreBackup(page, [
    record('kid', { id: '00000000000000b1', display_name: 'Marco', created_at: '2026-11-01T10:00:00Z' }),
    record('followup', {
      id: '0000000000000201',
      kid: '00000000000000b1',
      prompt: 'Ask about the big game',
      due: { rule: 'on_date', date: '2026-12-10' },
      status: { state: 'open' },
      created_at: '2026-11-20T10:00:00Z',
    }),
  ]);
  await open(page, '/');
  const due = page.getByRole('region', { name: 'Follow up today' });
  const row = due.getByRole('listitem').filter({ hasText: 'Ask about the big game' });
  await expect(row).toBeVisible();
  await storageFull(page, true);
  await row.getByRole('button', { name: 'Done' }).click();
  await expect(due.getByRole('alert').filter({ hasText: 'storage for Attune is full' })).toBeVisible();
  await expect(row).toBeVisible();
  await expect(due.locator('form.outcome')).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('Not saved');

  await storageFull(page, false);
  await page.reload();
  await whenLoaded(page);
  await expect(due.getByRole('listitem').filter({ hasText: 'Ask about the big game' })).toBeVisible();
  await expect(due.locator('form.outcome')).toHaveCount(0);
});
