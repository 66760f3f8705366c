// "Delete everything" leaves nothing of Attune in the browser.
import { expect, test } from './fixtures';
import { addKid, open, whenLoaded } from './helpers';
import { look } from './look';

const storageLeft = (page: import('@playwright/test').Page) =>
  page.evaluate(async () => {
    const records = await new Promise<number>((resolve, reject) => {
      const req = indexedDB.open('attune');
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('records')) return resolve(0);
        const count = db.transaction('records').objectStore('records').count();
        count.onsuccess = () => resolve(count.result);
        count.onerror = () => reject(count.error);
      };
      req.onerror = () => reject(req.error);
    });
    return {
      records,
      localStorage: localStorage.length,
      caches: (await caches.keys()).length,
    };
  });

test('delete everything asks first, then leaves no record, draft, setting or cached file', async ({ page }) => {
  await addKid(page, 'Marco', 'soccer');
  await page.getByRole('link', { name: 'Add a note about Marco' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Scored twice');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  // A draft, a preference, and the offline copy of the app.
  await open(page, '/note');
  await page.getByLabel('Note', { exact: true }).fill('Half a thought');
  await open(page, '/settings');
  await page.getByLabel('In a note, 5/12 means').selectOption({ index: 1 });
  await page.waitForFunction(async () => (await caches.keys()).length > 0);
  const before = await storageLeft(page);
  expect(before.records).toBeGreaterThan(1);
  expect(before.localStorage).toBeGreaterThan(1);

  await page.getByRole('button', { name: 'Delete everything…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete everything on this phone?' });
  await expect(dialog).toContainText('This cannot be undone.');
  await expect(dialog.getByRole('button', { name: 'Keep' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Keep' }).click();
  expect((await storageLeft(page)).records).toBe(before.records);

  await page.getByRole('button', { name: 'Delete everything…' }).click();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('alertdialog').scrollIntoViewIfNeeded();
    await look(page, 'settings-delete-all', scheme);
  }
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByText('Everything is deleted: every record, draft and setting')).toBeVisible();
  await expect(page.getByTestId('storage-summary')).toContainText('0 kids and 0 notes');
  await expect.poll(() => storageLeft(page)).toEqual({ records: 0, localStorage: 0, caches: 0 });

  await page.reload();
  await whenLoaded(page);
  await open(page, '/');
  await expect(page.getByRole('heading', { name: 'Start with the kids in your group' })).toBeVisible();
});
