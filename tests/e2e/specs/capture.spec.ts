import { expect, test, type Page } from './fixtures';
import { addKid, open, whenLoaded } from './helpers';

// Tuesday 1 December 2026, late afternoon, in the leader's time zone.
const TUESDAY = new Date('2026-12-01T17:00:00Z');

test.use({ timezoneId: 'UTC' });

async function pick(page: Page, name: string) {
  await page.getByLabel('Who is it about?').fill(name.slice(0, 2));
  await page.getByRole('group', { name: 'Matching kids' }).getByRole('button', { name }).click();
}

test('a note about two kids, with a tag and a date, offers a follow-up for each', async ({ page }) => {
  await page.clock.setFixedTime(TUESDAY);
  await addKid(page, 'Marco', 'drawing');
  await addKid(page, 'Zoë', 'art');
  await page.getByRole('link', { name: 'New note' }).click();
  await expect(page.getByRole('list', { name: 'About' }).getByRole('listitem')).toHaveText([/Zoë/]);
  await pick(page, 'Marco');
  await page.getByLabel('Note', { exact: true }).fill('Big game on Saturday #soccer');
  await page.getByRole('button', { name: 'excited' }).click();
  await expect(page.getByRole('button', { name: 'excited' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('What to ask')).toHaveValue('Ask about the big game');
  await expect(page.getByTestId('offer-due')).toHaveText(
    'From “Saturday”. Due the first time you see them on or after Sat 5 Dec.',
  );
  await page.getByRole('button', { name: 'Save note' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Zoë' })).toBeVisible();
  await expect(page.locator('ol.timeline li').first()).toContainText('Big game on Saturday #soccer');
  await expect(page.getByRole('list', { name: 'Interests' }).getByRole('listitem')).toHaveText(['art', 'soccer']);
  await expect(page.getByRole('region', { name: 'To follow up' }).getByRole('listitem')).toHaveText([/First time you see them from Sat 5 Dec.*Ask about the big game/]);

  await open(page, '/kids');
  await page.getByRole('link', { name: /Marco/ }).click();
  await expect(page.locator('ol.timeline li').first()).toContainText('Big game on Saturday');
  await expect(page.getByRole('list', { name: 'Interests' }).getByRole('listitem')).toHaveText(['drawing', 'soccer']);
  await expect(page.getByRole('region', { name: 'To follow up' }).getByRole('listitem')).toHaveCount(1);
});

test('the follow-up date can be changed or the follow-up removed', async ({ page }) => {
  await page.clock.setFixedTime(TUESDAY);
  await addKid(page, 'Amara', 'netball');
  await page.getByRole('link', { name: 'Add a note about Amara' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Netball final next week');
  await expect(page.getByTestId('offer-due')).toContainText('on or after Mon 7 Dec');
  await page.getByLabel('Follow-up date').fill('2026-12-09');
  await expect(page.getByTestId('offer-due')).toContainText('on or after Wed 9 Dec');
  await page.getByLabel('What to ask').fill('Ask how the final went');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('region', { name: 'To follow up' }).getByRole('listitem')).toHaveText([/from Wed 9 Dec.*Ask how the final went/]);

  await page.clock.setFixedTime(new Date(TUESDAY.getTime() + 60_000));
  await page.getByRole('link', { name: 'Add a note about Amara' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Tired, exams tomorrow');
  await page.getByRole('button', { name: 'No follow-up' }).click();
  await expect(page.getByTestId('offer-due')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('ol.timeline li').first()).toContainText('Tired, exams tomorrow');
  await expect(page.getByRole('region', { name: 'To follow up' }).getByRole('listitem')).toHaveCount(1);
});

test('a note without a date offers nothing; a note needs a kid', async ({ page }) => {
  await addKid(page, 'Lena', 'piano');
  await open(page, '/note');
  await page.getByLabel('Note', { exact: true }).fill('Quiet, sat down near the window');
  await expect(page.getByTestId('offer-due')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Choose who this note is about/);
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue('Quiet, sat down near the window');
});

test('a half-written note survives a reload', async ({ page }) => {
  await addKid(page, 'Jonah', 'lego');
  await open(page, '/note');
  await pick(page, 'Jonah');
  await page.getByLabel('Note', { exact: true }).fill('Built a whole castle, wants to show');
  await page.getByRole('button', { name: 'new interest' }).click();
  await page.reload();
  await whenLoaded(page);
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue('Built a whole castle, wants to show');
  await expect(page.getByRole('list', { name: 'About' }).getByRole('listitem')).toHaveText([/Jonah/]);
  await expect(page.getByRole('button', { name: 'new interest' })).toHaveAttribute('aria-pressed', 'true');
});
