// Keeping notes for a chosen time: a preview of what would go, and the
// deletion only when the leader taps it.
import { expect, test } from './fixtures';
import { open, restoreBackup } from './helpers';
import { look } from './look';

test('notes older than the chosen months are shown first, then deleted on request; kids stay', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-10T16:00:00Z'));
  const note = (id: string, text: string, at: string) => ({
    v: 1,
    kind: 'note',
    data: { id, text, kids: ['00000000000000b1'], created_at: at },
  });
  await restoreBackup(page, [
    { v: 1, kind: 'kid', data: { id: '00000000000000b1', display_name: 'Marco', created_at: '2024-09-01T10:00:00Z' } },
    note('00000000000000c1', 'Started at the club', '2024-09-02T17:00:00Z'),
    note('00000000000000c2', 'Scored his first goal', '2025-11-20T17:00:00Z'),
    note('00000000000000c3', 'Captain this week', '2026-12-01T17:00:00Z'),
  ]);
  await open(page, '/settings');
  const preview = page.getByTestId('retention-preview');
  await expect(preview).toHaveCount(0);
  await page.getByLabel('Keep notes').selectOption('36');
  await expect(preview).toHaveText('No notes were written before 10 Dec 2023.');
  await page.getByLabel('Keep notes').selectOption('12');
  await expect(preview).toContainText('2 notes were written before 10 Dec 2025, the oldest on 2 Sep 2024.');
  await expect(preview).toContainText('Deleting cannot be undone.');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await preview.scrollIntoViewIfNeeded();
    await look(page, 'settings-retention', scheme);
  }
  // Nothing is deleted by choosing; only by the tap.
  await open(page, '/kids/00000000000000b1');
  await expect(page.locator('ol.timeline li')).toHaveCount(3);

  await open(page, '/settings');
  await expect(page.getByLabel('Keep notes')).toHaveValue('12');
  await page.getByRole('button', { name: 'Delete 2 older notes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted 2 older notes.' })).toBeVisible();
  await expect(preview).toHaveText('No notes were written before 10 Dec 2025.');
  await open(page, '/kids/00000000000000b1');
  await expect(page.locator('ol.timeline li')).toHaveText([/Captain this week/]);
});
