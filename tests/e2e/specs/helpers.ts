import { expect, type Page } from '@playwright/test';

/** Waits until Attune has opened its storage and loaded the journal. */
export async function whenLoaded(page: Page) {
  await expect(page.locator('main[aria-busy="false"]')).toBeAttached();
}

export async function open(page: Page, path = '/') {
  await page.goto(path);
  await whenLoaded(page);
}

/** A stored record's envelope, as a backup file holds it. */
export const record = (kind: string, data: object) => ({ v: 1, kind, data });

/** Replaces everything with a backup holding these record envelopes, through Settings. */
export async function restoreBackup(page: Page, records: unknown[]) {
  await open(page, '/settings');
  await page.getByLabel('Restore from a backup…').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ attune_backup: 1, records })),
  });
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByText('Restored.')).toBeVisible();
}

/** Adds a kid through the form and waits for their page. */
export async function addKid(page: Page, name: string, interests = '') {
  await open(page, '/kids/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  if (interests) await page.getByLabel('Interests').fill(interests);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}

/** Turns the app lock on from Settings with this passcode. */
export async function turnOn(page: Page, passcode: string) {
  await open(page, '/settings');
  const form = page.getByRole('form', { name: 'Turn on the lock' });
  await form.getByLabel('Passcode (6 characters or more)').fill(passcode);
  await form.getByLabel('The same passcode again').fill(passcode);
  await form.getByRole('button', { name: 'Turn the lock on' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The lock is on' })).toBeVisible();
}

/** Types the passcode on the lock screen and taps Unlock. */
export async function unlock(page: Page, passcode: string) {
  await page.getByLabel('Passcode').fill(passcode);
  await page.getByRole('button', { name: 'Unlock' }).click();
}
