// Attune open in two tabs at once: each shows what the other saves, and
// neither loses the other's changes.
import { expect, test } from './fixtures';
import { addKid, open, whenLoaded } from './helpers';

test('a change in one tab shows in the other within a second, and both tabs write safely', async ({ page, context }) => {
  await addKid(page, 'Marco', 'soccer');
  const other = await context.newPage();
  await other.goto('/kids');
  await whenLoaded(other);
  await expect(other.getByRole('list', { name: 'Kids' }).getByRole('listitem')).toHaveCount(1);

  // A kid added in the first tab appears in the second without a reload.
  await addKid(page, 'Zoë', 'drawing');
  await expect(other.getByRole('list', { name: 'Kids' }).getByRole('listitem')).toHaveCount(2, { timeout: 1_000 });

  // Both tabs write notes about the same kid, one right after the other.
  await open(page, '/kids');
  const marco = await page.getByRole('link', { name: /Marco/ }).getAttribute('href');
  await other.goto(`/note?kid=${marco!.split('/').pop()}`);
  await whenLoaded(other);
  await page.goto(`/note?kid=${marco!.split('/').pop()}`);
  await whenLoaded(page);
  await other.getByLabel('Note', { exact: true }).fill('Told me about the cup final');
  await page.getByLabel('Note', { exact: true }).fill('Quiet at the start');
  await other.getByRole('button', { name: 'Save note' }).click();
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect(other.getByTestId('save-state')).toHaveText('Saved');

  for (const tab of [page, other]) {
    await tab.goto(marco!);
    await whenLoaded(tab);
    await expect(tab.locator('ol.timeline li')).toHaveCount(2);
    await expect(tab.locator('ol.timeline')).toContainText('Told me about the cup final');
    await expect(tab.locator('ol.timeline')).toContainText('Quiet at the start');
  }

  // An edit in the second tab shows in the first, which is left open on the list.
  await page.goto('/kids');
  await whenLoaded(page);
  await other.goto('/kids');
  await whenLoaded(other);
  await other.getByRole('link', { name: /Zoë/ }).click();
  await other.getByRole('link', { name: 'Edit' }).click();
  await other.getByLabel('Nickname (optional)').fill('Zozo');
  await other.getByRole('button', { name: 'Save' }).click();
  await expect(other.getByTestId('save-state')).toHaveText('Saved');
  await expect(page.getByRole('list', { name: 'Kids' })).toContainText('Zozo', { timeout: 1_000 });
  await other.close();
});
