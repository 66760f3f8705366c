import { expect, test } from './fixtures';
import { readFileSync, writeFileSync } from 'node:fs';
import { addKid, open, restoreBackup, whenLoaded } from './helpers';
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
    ['cut.json', '{"attune_backup": 1, "records": [{"v": 1, "kind": "kid", "da', 'cut short'],
    ['changed.json', '{"attune_backup": 1, "records": [{"v": 1, "kind": "kid", "data": {"id": "zz"}}]}', 'entry 1 in the file is damaged'],
    ['locked-damaged.json', '{"attune_locked_backup": 1, "kdf": "PBKDF2-SHA256", "iterations": 1}', 'locked backup is damaged'],
  ];
  for (const [name, content, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByTestId('backup-preview')).toHaveCount(0);
  }
  // Far larger than any backup: refused before it is read.
  const huge = test.info().outputPath('huge.json');
  writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 32));
  await input.setInputFiles(huge);
  await expect(page.getByRole('alert')).toContainText('larger than 50 MB');
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
  await expect(page.getByRole('region', { name: 'Backup preview' })).toContainText('Backup format 1.');
});

test('a locked backup needs its passphrase, holds no readable name, and restores on a fresh phone', async ({ page, browser }) => {
  await addKid(page, 'Marco', 'soccer');
  await open(page, '/settings');
  await page.getByRole('button', { name: 'Save a locked backup…' }).click();
  const form = page.getByRole('form', { name: 'Lock the backup' });
  await form.getByLabel('Passphrase (8 characters or more)').fill('short');
  await form.getByLabel('The same passphrase again').fill('short');
  await form.getByRole('button', { name: 'Save locked backup' }).click();
  await expect(form.getByRole('alert')).toHaveText('Use at least 8 characters for the passphrase.');
  await form.getByLabel('Passphrase (8 characters or more)').fill('blue kites at dawn');
  await form.getByLabel('The same passphrase again').fill('blue kites at dusk');
  await form.getByRole('button', { name: 'Save locked backup' }).click();
  await expect(form.getByRole('alert')).toHaveText('The two passphrases are not the same.');
  await form.getByLabel('The same passphrase again').fill('blue kites at dawn');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await look(page, 'settings-lock-backup', scheme);
  }
  const download = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Save locked backup' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^attune-backup-\d{4}-\d{2}-\d{2}-locked\.json$/);
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved as' })).toContainText('It opens only with the passphrase');
  await expect(form).toHaveCount(0);
  const text = readFileSync(await saved.path(), 'utf8');
  const file = JSON.parse(text);
  expect(file).toMatchObject({ attune_locked_backup: 1, kdf: 'PBKDF2-SHA256', iterations: 600000, cipher: 'AES-256-GCM' });
  expect(text).not.toContain('Marco');
  expect(text).not.toContain('soccer');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await open(other, '/settings');
  await other.getByLabel('Restore from a backup…').setInputFiles(await saved.path());
  const locked = other.getByRole('form', { name: 'Locked backup' });
  await locked.getByLabel('Passphrase').fill('blue kites at dusk');
  await locked.getByRole('button', { name: 'Open backup' }).click();
  await expect(other.getByRole('alert')).toContainText('that passphrase does not open this backup');
  await expect(other.getByTestId('backup-preview')).toHaveCount(0);
  await locked.getByLabel('Passphrase').fill('blue kites at dawn');
  await locked.getByRole('button', { name: 'Open backup' }).click();
  await expect(other.getByTestId('backup-preview')).toContainText('1 kid, 0 notes');
  await other.getByRole('button', { name: 'Replace everything' }).click();
  await expect(other.getByText('Restored.')).toBeVisible();
  await open(other, '/kids');
  await expect(other.getByRole('list', { name: 'Kids' }).getByRole('link')).toHaveText([/Marco/]);
  await fresh.close();
});

test('a locked backup made by another implementation of the format opens; a changed one does not', async ({ page }) => {
  const fixture = readFileSync(new URL('../../fixtures/backup-locked-v1.json', import.meta.url), 'utf8');
  await open(page, '/settings');
  const input = page.getByLabel('Restore from a backup…');
  const changed = JSON.parse(fixture);
  const bytes = Buffer.from(changed.data, 'base64');
  bytes[100] ^= 1;
  changed.data = bytes.toString('base64');
  await input.setInputFiles({ name: 'changed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(changed)) });
  const locked = page.getByRole('form', { name: 'Locked backup' });
  await locked.getByLabel('Passphrase').fill('correct horse battery staple');
  await locked.getByRole('button', { name: 'Open backup' }).click();
  await expect(page.getByRole('alert')).toContainText('or the file was changed since it was saved');

  await input.setInputFiles({ name: 'fixture.json', mimeType: 'application/json', buffer: Buffer.from(fixture) });
  await locked.getByLabel('Passphrase').fill('correct horse battery staple');
  await locked.getByRole('button', { name: 'Open backup' }).click();
  await expect(page.getByTestId('backup-preview')).toHaveText(
    'Backup made 1 Dec 2026, 17:00: 3 kids, 2 notes, 3 follow-ups, 2 groups, 1 session. Notes from 1 Dec 2026 to 8 Dec 2026.',
  );
});

test('adding a backup keeps everything here and brings only what is missing', async ({ page }) => {
  const kid = (id: string, name: string, interests: string[]) => ({
    v: 1, kind: 'kid', data: { id, display_name: name, interests, created_at: '2026-11-01T10:00:00Z' },
  });
  await restoreBackup(page, [kid('00000000000000b1', 'Marco', ['soccer']), kid('00000000000000b3', 'Sam', [])]);
  const other = {
    attune_backup: 1,
    records: [
      kid('00000000000000b1', 'Marco on the other phone', ['chess']),
      kid('00000000000000b2', 'Zoë', ['drawing']),
      kid('00000000000000f1', 'Sam', []),
      { v: 1, kind: 'note', data: { id: '00000000000000c1', text: 'Drew a dragon', kids: ['00000000000000b2'], created_at: '2026-11-20T16:00:00Z' } },
    ],
  };
  await open(page, '/settings');
  await page.getByLabel('Restore from a backup…').setInputFiles({
    name: 'other-phone.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)),
  });
  const preview = page.getByRole('region', { name: 'Backup preview' });
  await expect(preview).toContainText('Adding brings 2 kids, 1 note. 1 record already on this phone stays as it is.');
  await expect(preview.getByTestId('same-names')).toHaveText(
    'Already here as a different kid: Sam. Adding keeps both; give one a nickname to tell them apart.',
  );
  await preview.scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await look(page, 'settings-backup-preview', scheme);
  }
  await preview.getByRole('button', { name: "Add to what's here" }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveText('Added 2 kids, 1 note. Nothing already on this phone was changed.');
  await open(page, '/kids');
  await expect(page.getByRole('list', { name: 'Kids' }).getByRole('link')).toHaveText([/^Marco/, /^Sam/, /^Sam/, /^Zoë/]);
  await page.reload();
  await whenLoaded(page);
  await expect(page.getByRole('list', { name: 'Kids' }).getByRole('link')).toHaveText([/^Marco/, /^Sam/, /^Sam/, /^Zoë/]);
  await page.getByRole('link', { name: /^Zoë/ }).click();
  await expect(page.locator('ol.timeline')).toContainText('Drew a dragon');

  // The same file again adds nothing.
  await open(page, '/settings');
  await page.getByLabel('Restore from a backup…').setInputFiles({
    name: 'other-phone.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)),
  });
  await expect(preview).toContainText('Adding brings nothing new');
  await preview.getByRole('button', { name: "Add to what's here" }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was added' })).toHaveText('Nothing was added: this phone already had everything in the backup.');
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
