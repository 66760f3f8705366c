// Without a touch screen: every control on a screen is reached with Tab,
// shows where the focus is, and works with the keyboard; and motion stops
// when the phone asks for less of it.
import { expect, test } from './fixtures';
import { addKid, open } from './helpers';

test('Tab reaches every control of Today, each with a visible focus ring, and Enter follows a link', async ({ page }) => {
  await addKid(page, 'Marco', 'soccer');
  await open(page, '/');
  // Every control laid out, the skip link above the top edge among them.
  const controls = await page.locator('a:visible, button:visible, input:visible, select:visible, textarea:visible, summary:visible').count();
  const seen = new Set<string>();
  for (let i = 0; i < controls + 2; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        id: `${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)} ${el.getAttribute('href') ?? ''}`,
        ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!focused) continue;
    expect(focused.ring, `focus ring on ${focused.id}`).toBe(true);
    seen.add(focused.id);
  }
  expect([...seen], `reached ${seen.size} of ${controls}`).toHaveLength(controls);
  // The bottom navigation works from the keyboard too.
  await page.getByRole('link', { name: 'Kids' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kids$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kids' })).toBeVisible();
});

test('the skip link goes past the top bar; the note form starts in its first field, saves with Ctrl+Enter, and a chip row is one Tab stop', async ({ page }) => {
  await addKid(page, 'Marco', 'soccer');
  await open(page, '/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Opened from Marco's page, the caret is in the note; opened on its own,
  // in who it is about.
  await page.getByRole('link', { name: 'Kids' }).click();
  await page.getByRole('link', { name: /Marco/ }).click();
  await page.getByRole('link', { name: 'Add a note about Marco' }).click();
  await expect(page.getByLabel('Note', { exact: true })).toBeFocused();
  await page.keyboard.type('Showed me his new boots');
  // Tab leaves the note for the chip row, one stop; the arrows move along it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'quiet today' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'upset' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: 'new interest' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /quiet today|upset|excited|tired|struggling/ }).filter({ has: page.locator(':focus') })).toHaveCount(0);
  await page.getByLabel('Note', { exact: true }).focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Marco' })).toBeVisible();
  await expect(page.locator('ol.timeline li').first()).toContainText('new interest');
  await open(page, '/note');
  await expect(page.getByLabel('Who is it about?')).toBeFocused();
});

test('with reduced motion asked for, nothing animates', async ({ page }) => {
  await addKid(page, 'Marco');
  await open(page, '/');
  const moving = () => page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((el) => {
      const style = getComputedStyle(el);
      const seconds = (v: string) => Math.max(...v.split(',').map((s) => parseFloat(s) || 0));
      return seconds(style.transitionDuration) > 0 || seconds(style.animationDuration) > 0;
    }).length,
  );
  expect(await moving()).toBeGreaterThan(0);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await moving()).toBe(0);
});
