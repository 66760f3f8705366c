// Every screen at phone size, light and dark, saved for a person to look at.
import { expect, test, type Page } from './fixtures';
import { addKid, open } from './helpers';
import { look } from './look';

for (const scheme of ['light', 'dark'] as const) {
  test(`screens in ${scheme}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.clock.setFixedTime(new Date('2026-12-01T16:00:00Z'));
    const shot = (name: string, p: Page = page, fullPage = false) => look(p, name, scheme, fullPage);

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
    await page.getByLabel('Note', { exact: true }).fill('Big game on Saturday #chess');
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
    await expect(page.getByRole('region', { name: 'When you next see them' }).getByRole('listitem')).toHaveCount(1);
    await shot('today-waiting');
    // Seeing Sam (a note about him) brings it due.
    await open(page, '/note?kid=' + samPage.split('/').pop());
    await page.getByLabel('Note', { exact: true }).fill('Came in smiling');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.locator('ol.timeline li')).toHaveCount(3);
    await open(page, '/');
    await expect(page.getByRole('region', { name: 'Follow up today' }).getByRole('listitem')).toHaveCount(1);
    await shot('today-due');
    await page.getByRole('button', { name: 'Done' }).click();
    await shot('today-outcome');
    await page.getByLabel(/how did it go/).fill('They won 3-1, face lit up');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByLabel(/how did it go/)).toHaveCount(0);
    await open(page, samPage);
    await expect(page.locator('ol.timeline li')).toHaveCount(4);
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
    await shot('settings', page, true);
    await open(page, '/nowhere');
    await shot('not-found');
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`session screens in ${scheme}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.clock.setFixedTime(new Date('2026-12-08T16:00:00Z')); // a Tuesday
    const shot = (name: string, fullPage = false) => look(page, name, scheme, fullPage);
    await open(page, '/session');
    await shot('session-no-groups');
    await open(page, '/groups/new');
    await page.getByLabel('Name', { exact: true }).fill('Tuesday Huddle');
    await page.getByRole('button', { name: 'Tuesday' }).click();
    await shot('group-new');
    await page.getByRole('button', { name: 'Create group' }).click();
    await expect(page.getByRole('heading', { name: 'Edit group' })).toBeVisible();
    await page.getByLabel(/Paste names/).fill('First name,Last name\nAna,Rossi\nBen,Li\n\nCleo,Ng\nDev,Roy\nAna,Ruiz\nEli,Oz');
    await shot('group-roster-preview', true);
    await page.getByRole('button', { name: 'Add 5 kids to the group' }).click();
    await expect(page.getByText('5 kids now in this group.')).toBeVisible();
    await open(page, '/session');
    await shot('session-groups');
    await page.getByRole('button', { name: 'Start a session of Tuesday Huddle' }).click();
    const grid = page.getByRole('list', { name: 'Attendance' });
    for (const name of ['Ana', 'Ben', 'Dev']) {
      await grid.getByRole('button', { name, exact: true }).click();
      await expect(grid.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
    }
    await page.getByRole('article', { name: 'Ana' }).getByRole('button', { name: 'bright' }).click();
    await page.getByRole('article', { name: 'Ana' }).getByLabel('Note about Ana', { exact: true }).fill('Told me about her cat');
    await page.getByRole('article', { name: 'Ana' }).getByRole('button', { name: 'Save note about Ana' }).click();
    await expect(page.getByRole('article', { name: 'Ana' })).toContainText('Connected ✓');
    await shot('session-attendance');
    await page.getByRole('article', { name: 'Ben' }).scrollIntoViewIfNeeded();
    await shot('session-cards');
    await page.getByRole('button', { name: 'End session' }).click();
    await expect(page.getByRole('list', { name: 'Not connected yet' })).toBeVisible();
    await shot('session-sweep');
    await page.getByRole('button', { name: 'Finish session' }).click();
    await expect(page).toHaveURL(/\/session$/);
    await page.clock.setFixedTime(new Date('2026-12-23T16:00:00Z'));
    await open(page, '/');
    await expect(page.getByRole('region', { name: 'Not connected with lately' })).toBeVisible();
    await page.getByRole('button', { name: 'Not now: Ben' }).click();
    await shot('today-radar');
  });
}
