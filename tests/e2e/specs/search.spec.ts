import { expect, test } from './fixtures';
import { addKid, open, whenLoaded } from './helpers';

test('search finds kids by interest, by note text and without accents', async ({ page }) => {
  await addKid(page, 'Ana', 'soccer, chess');
  await addKid(page, 'Zoë', 'drawing');
  await addKid(page, 'Marco', 'lego');
  await page.getByRole('link', { name: 'Add a note about Marco' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Watched the soccer final with his dad');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('ol.timeline li')).toHaveCount(1);

  await open(page, '/kids');
  const search = page.getByRole('searchbox', { name: 'Search names, interests and notes' });
  await search.fill('Soccer');
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(results).toHaveText([/Ana.*interest: soccer/, /Marco.*note, .*Watched the soccer final/]);

  await search.fill('zoe');
  await expect(results).toHaveText([/Zoë.*name/]);
  await page.reload();
  await whenLoaded(page);
  await expect(page.getByRole('searchbox')).toHaveValue('zoe');
  await expect(results).toHaveText([/Zoë/]);

  await page.getByRole('searchbox').fill('volleyball');
  await expect(page.getByText('Nothing found for “volleyball”.')).toBeVisible();
  await page.getByRole('searchbox').fill('');
  await expect(page.getByRole('list', { name: 'Kids' }).getByRole('link')).toHaveCount(3);
});
