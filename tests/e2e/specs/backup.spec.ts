import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { addKid, open } from './helpers';
import { look } from './look';

test('a saved backup restores everything on a fresh phone', async ({ page, browser }) => {
  await addKid(page, 'Marco', 'soccer');
  await addKid(page, 'Zoë', 'art');
  await open(page, '/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup' }).click();
  const file = await (await download).path();
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved as attune-backup-' })).toBeVisible();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await open(other, '/settings');
  await other.getByLabel('Restore from a backup…').setInputFiles(file);
  await expect(other.getByTestId('backup-preview')).toContainText('2 kids, 0 notes');
  await other.getByRole('button', { name: 'Replace everything' }).click();
  await expect(other.getByText('Restored.')).toBeVisible();
  await open(other, '/kids');
  await expect(other.getByRole('list', { name: 'Kids' }).getByRole('link')).toHaveText([/Marco/, /Zoë/]);
  await fresh.close();
});

test('a bad backup file is refused and nothing changes', async ({ page }) => {
  await addKid(page, 'Lena', 'piano');
  await open(page, '/settings');
  const input = page.getByLabel('Restore from a backup…');
  const cases = [
    ['empty.json', '', 'the file is empty'],
    ['notes.txt', 'shopping list', 'not a backup, or it was cut short'],
    ['other.json', '{"hello": 1}', 'not an Attune backup'],
    ['future.json', '{"attune_backup": 9, "records": []}', 'newer version of Attune'],
  ];
  for (const [name, content, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByTestId('backup-preview')).toHaveCount(0);
  }
  await open(page, '/kids');
  await expect(page.getByRole('list', { name: 'Kids' }).getByRole('link')).toHaveText([/Lena/]);
});

test('the schema fixture loads as a backup', async ({ page }) => {
  const rows = JSON.parse(readFileSync(new URL('../../fixtures/schema-v1.json', import.meta.url), 'utf8'));
  const backup = { attune_backup: 1, records: rows.map((r: { record: unknown }) => r.record) };
  await open(page, '/settings');
  await page.getByLabel('Restore from a backup…').setInputFiles({
    name: 'fixture.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(page.getByTestId('backup-preview')).toHaveText(
    '3 kids, 2 notes, 3 follow-ups, 2 groups, 1 session. Notes from 1 Dec 2026 to 8 Dec 2026.',
  );
});

test('Today reminds to back up two weeks after the last backup, or after the first kid when there is none', async ({ page }) => {
  const reminder = page.getByTestId('backup-reminder');
  const dayIs = async (iso: string, path = '/') => {
    await page.clock.setFixedTime(new Date(`${iso}T16:00:00Z`));
    await open(page, path);
  };
  await dayIs('2026-12-01', '/');
  await expect(page.getByRole('heading', { name: 'Start with the kids in your group' })).toBeVisible();
  await expect(reminder).toHaveCount(0);
  await addKid(page, 'Marco', 'soccer');
  await dayIs('2026-12-14');
  await expect(reminder).toHaveCount(0);
  await dayIs('2026-12-15');
  await expect(reminder).toHaveText('You have not saved a backup yet. Everything is only on this phone. Save a backup');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await look(page, 'today-backup-reminder', scheme);
  }

  await reminder.getByRole('link', { name: 'Save a backup' }).click();
  await expect(page.getByTestId('last-backup')).toHaveText('No backup saved from this phone yet.');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup' }).click();
  await download;
  await expect(page.getByTestId('last-backup')).toHaveText('Last backup: Tue 15 Dec, today.');
  await dayIs('2026-12-28');
  await expect(reminder).toHaveCount(0);
  await dayIs('2026-12-29');
  await expect(reminder).toContainText('Your last backup was 14 days ago.');

  await dayIs('2026-12-29', '/settings');
  await expect(page.getByTestId('last-backup')).toHaveText('Last backup: Tue 15 Dec, 14 days ago.');
  await page.getByLabel('Remind me to back up').selectOption('30');
  await dayIs('2026-12-29');
  await expect(reminder).toHaveCount(0);
  await dayIs('2027-01-14');
  await expect(reminder).toContainText('Your last backup was 30 days ago.');
});
