import { expect, test } from './fixtures';
import { addKid, open } from './helpers';

test('links move between screens without reloading, and back and forward retrace them', async ({ page }) => {
  await addKid(page, 'Marco', 'soccer');
  await addKid(page, 'Zoë', 'drawing');
  await open(page, '/kids');
  // A reload would forget this.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const kidsTab = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kids' });
  await expect(kidsTab).toHaveAttribute('aria-current', 'page');

  const search = page.getByRole('searchbox', { name: 'Search names, interests and notes' });
  await search.fill('socc');
  await expect(page).toHaveURL(/\/kids\?q=socc$/);
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(results).toHaveText([/Marco/]);
  await results.first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marco' })).toBeVisible();
  await expect(kidsTab).toHaveAttribute('aria-current', 'page');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(kidsTab).not.toHaveAttribute('aria-current', 'page');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Marco' })).toBeVisible();
  await page.goBack();
  await expect(search).toHaveValue('socc');
  await expect(results).toHaveText([/Marco/]);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Marco' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test('an address that leads nowhere says so, and its link goes home', async ({ page }) => {
  await open(page, '/kids/not-a-kid/edit/twice');
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to Today' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});
