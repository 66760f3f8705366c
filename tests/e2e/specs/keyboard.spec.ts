// Without a touch screen: every control on a screen is reached with Tab,
// shows where the focus is, and works with the keyboard; and motion stops
// when the phone asks for less of it.
import { expect, test } from './fixtures';
import { addKid, open } from './helpers';

test('Tab reaches every control of Today, each with a visible focus ring, and Enter follows a link', async ({ page }) => {
  await addKid(page, 'Marco', 'soccer');
  await open(page, '/');
  const controls = await page.locator('a:visible, button:visible, input:visible, select:visible, textarea:visible').count();
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
  expect(seen.size).toBe(controls);
  // The bottom navigation works from the keyboard too.
  await page.getByRole('link', { name: 'Kids' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kids$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kids' })).toBeVisible();
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
