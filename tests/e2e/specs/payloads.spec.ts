// Names, notes, tags and prompts are the leader's text, shown as text:
// markup and script in them never run, and never fetch anything.
import { expect, test } from './fixtures';
import { addKid, open } from './helpers';

const NAME = '<img src=//a.example onerror=alert(1)>';
const NOTE = '<script>alert(2)</script><b>bold</b> big game tomorrow #<i>chess</i>';

test('markup in names, notes, tags and prompts shows as plain text everywhere', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.clock.setFixedTime(new Date('2026-12-01T16:00:00Z'));
  await addKid(page, NAME, '<u>soccer</u>');
  await page.getByRole('link', { name: /Add a note about/ }).click();
  await page.getByLabel('Note', { exact: true }).fill(NOTE);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('ol.timeline li').first()).toContainText('<script>alert(2)</script><b>bold</b>');
  await expect(page).toHaveURL(/\/kids\/[0-9a-f]{16}$/);
  const kidPage = page.url();

  const screens = [kidPage, '/kids', '/kids?q=bold', '/', '/session'];
  await page.clock.setFixedTime(new Date('2026-12-02T16:00:00Z'));
  for (const path of screens) {
    await open(page, path);
    const main = page.locator('main');
    await expect(main.locator('img, script, b, i, u')).toHaveCount(0);
    if (path !== '/session') await expect(main).toContainText(NAME);
  }
  await open(page, kidPage);
  await expect(page.locator('main')).toContainText('<u>soccer</u>');
  // The kept copy of Today, shown by the next start at "/", holds the name
  // as text, not as markup.
  const copy = await page.evaluate(() => localStorage.getItem('attune-today') ?? '');
  expect(copy).toContain('&lt;img src=//a.example onerror=alert(1)&gt;');
  expect(copy).not.toContain('<img');
  await open(page, '/');
  await expect(page.getByRole('region', { name: 'When you next see them' })).toContainText(NAME);
  expect(dialogs).toEqual([]);
});
