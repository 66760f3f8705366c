import { expect, test } from '@playwright/test';
import { addKid, open, restoreBackup, whenLoaded } from './helpers';

test('a new leader is told to add a kid first', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByRole('heading', { name: 'Start with the kids in your group' })).toBeVisible();
  await page.getByRole('link', { name: 'Add a kid' }).click();
  await expect(page).toHaveURL(/\/kids\/new$/);
});

test('add a kid, reload, and the kid is still there', async ({ page }) => {
  await addKid(page, 'Marco', 'soccer, #drawing');
  const interests = page.getByRole('list', { name: 'Interests' });
  await expect(interests.getByRole('listitem')).toHaveText(['soccer', 'drawing']);

  await page.reload();
  await whenLoaded(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Marco' })).toBeVisible();

  await page.getByRole('link', { name: 'Kids' }).click();
  await expect(page.getByRole('list', { name: 'Kids' }).getByRole('link')).toHaveText([/Marco/]);
});

test('edit a kid, archive them, and restore them', async ({ page }) => {
  await addKid(page, 'Zoë', 'art');
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Zoë');
  await page.getByLabel('Nickname (optional)').fill('Zo');
  await page.getByLabel('Interests').fill('art, climbing');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zo' })).toBeVisible();
  await expect(page.getByText('Name: Zoë')).toBeVisible();

  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Archived: hidden from lists and sessions.')).toBeVisible();
  await page.getByRole('link', { name: 'Kids' }).click();
  await expect(page.getByRole('list', { name: 'Kids' }).getByRole('link')).toHaveCount(0);

  await page.getByRole('link', { name: 'Show archived (1)' }).click();
  await page.getByRole('link', { name: /Zo/ }).click();
  await page.getByRole('button', { name: 'Restore from archive' }).click();
  await page.reload();
  await whenLoaded(page);
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
  await page.getByRole('link', { name: 'Kids' }).click();
  await expect(page.getByRole('list', { name: 'Kids' }).getByRole('link')).toHaveText([/Zo \(Zoë\)/]);
});

test('a kid needs a name, and the form says so without losing the rest', async ({ page }) => {
  await open(page, '/kids/new');
  await page.getByLabel('Interests').fill('chess');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Add a name/);
  await expect(page.getByLabel('Interests')).toHaveValue('chess');
});

test('two kids with one name must be told apart by a nickname', async ({ page }) => {
  await addKid(page, 'Sam');
  await open(page, '/kids/new');
  await page.getByLabel('Name', { exact: true }).fill('sam');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Add a nickname/);
  await page.getByLabel('Nickname (optional)').fill('Sammy');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sammy' })).toBeVisible();
});

test('a long timeline shows the newest notes first, older ones on request', async ({ page }) => {
  const notes = Array.from({ length: 60 }, (_, i) => ({
    v: 1,
    kind: 'note',
    data: {
      id: (0x100 + i).toString(16).padStart(16, '0'),
      text: `Note number ${i + 1}`,
      kids: ['00000000000000b1'],
      created_at: new Date(Date.UTC(2026, 9, 1 + i, 16)).toISOString(),
    },
  }));
  const kid = {
    v: 1,
    kind: 'kid',
    data: { id: '00000000000000b1', display_name: 'Marco', created_at: '2026-09-01T10:00:00Z' },
  };
  await restoreBackup(page, [kid, ...notes]);
  await open(page, '/kids/00000000000000b1');
  const items = page.locator('ol.timeline li');
  await expect(items).toHaveCount(50);
  await expect(items.first()).toContainText('Note number 60');
  await page.getByRole('button', { name: 'Show older notes (10 more)' }).click();
  await expect(items).toHaveCount(60);
  await expect(items.last()).toContainText('Note number 1');
});
