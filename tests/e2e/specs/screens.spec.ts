// Every screen at phone size, light and dark, saved for a person to look at.
import { expect, test, type Page } from '@playwright/test';
import { addKid, open } from './helpers';

const OUT = '../../target/screenshots';

for (const scheme of ['light', 'dark'] as const) {
  test(`screens in ${scheme}`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.clock.setFixedTime(new Date('2026-12-01T16:00:00Z'));
    const shot = (name: string, p: Page = page, fullPage = false) =>
      p.screenshot({ path: `${OUT}/${name}-${scheme}.png`, fullPage });

    await open(page, '/');
    await expect(page.getByRole('heading', { name: 'Start with the kids in your group' })).toBeVisible();
    await shot('today-empty');
    await open(page, '/kids');
    await shot('kids-empty');
    await open(page, '/kids/new');
    await page.getByLabel('Name', { exact: true }).fill('Marco');
    await page.getByLabel('Interests').fill('soccer, drawing, lego');
    await shot('kid-new');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Marco' })).toBeVisible();
    await shot('kid-page');
    await addKid(page, 'Zoë', 'art');
    await addKid(page, 'Sam', 'chess, basketball');
    await open(page, '/note?kid=' + page.url().split('/').pop());
    await page.getByLabel('Note').fill('Big game on Saturday #chess');
    await page.getByRole('button', { name: 'excited' }).click();
    await shot('note-new');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.locator('ol.timeline li')).toHaveCount(2);
    const samPage = page.url();
    await shot('kid-page-with-note');
    await page.getByRole('region', { name: 'To follow up' }).getByRole('button', { name: 'Edit' }).click();
    await shot('follow-up-edit', page, true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await open(page, '/kids');
    await shot('kids-list');
    await open(page, '/kids?q=chess');
    await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
    await shot('kids-search');
    await open(page, '/');
    await shot('today');
    await page.clock.setFixedTime(new Date('2026-12-07T16:00:00Z'));
    await open(page, '/');
    await expect(page.getByRole('region', { name: 'Follow up today' }).getByRole('listitem')).toHaveCount(1);
    await shot('today-due');
    await page.getByRole('button', { name: 'Done' }).click();
    await shot('today-outcome');
    await page.getByLabel(/how did it go/).fill('They won 3-1, face lit up');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await open(page, samPage);
    await expect(page.locator('ol.timeline li')).toHaveCount(3);
    await shot('kid-page-timeline', page, true);
    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('alertdialog').scrollIntoViewIfNeeded();
    await shot('kid-delete');
    await open(page, '/kids?sort=contact');
    await shot('kids-by-contact');
    await open(page, '/session');
    await shot('session');
    await open(page, '/settings');
    await expect(page.getByTestId('storage-summary')).toContainText('3 kids');
    await shot('settings');
    await open(page, '/nowhere');
    await shot('not-found');
  });
}
