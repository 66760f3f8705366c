// Looking at a screen the way the standards ask: a screenshot at three
// sizes, no sideways scrolling on the narrowest phone, and no axe-core
// accessibility violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const OUT = '../../target/screenshots';
export const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'small', width: 320, height: 568 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

/**
 * Screenshots the screen at 390x844 (named `<name>-<scheme>.png`) and at
 * 320x568 and 768x1024 (suffixed), checks it does not scroll sideways at
 * 320 px, and fails softly with axe-core's violations, so one run lists them all.
 */
export async function look(page: Page, name: string, scheme: 'light' | 'dark', fullPage = false) {
  // Colours may still be easing after a change of scheme: measure the settled ones.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect.soft(violations, `axe on ${name} in ${scheme}`).toEqual([]);
  // Every control a thumb has to hit is at least 44x44 px; links inside a
  // sentence are exempt, as WCAG 2.5.5 allows.
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('a, button, input, select, textarea, summary, [role=button]')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') return false;
        if (el.matches('.visually-hidden, .visually-hidden *')) return false;
        if (el.tagName === 'A' && el.closest('p, li.suggestion') && getComputedStyle(el).display === 'inline') return false;
        if (el.matches('input[type=checkbox], input[type=radio]') && el.closest('label')) return false;
        return box.width < 44 || box.height < 44;
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`;
      }),
  );
  expect.soft(small, `targets under 44x44 on ${name} in ${scheme}`).toEqual([]);
  const phone = page.viewportSize();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    const suffix = size.name === 'phone' ? '' : `-${size.width}`;
    if (size.width === 320) {
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect.soft(wide, `${name} in ${scheme} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
    }
    await page.screenshot({ path: `${OUT}/${name}-${scheme}${suffix}.png`, fullPage });
  }
  if (phone) await page.setViewportSize(phone);
  // Text at 200%, as a leader with large text set would have it: still no
  // sideways scrolling.
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect.soft(wide, `${name} in ${scheme} scrolls sideways with text at 200%`).toBeLessThanOrEqual(phone?.width ?? 390);
  await page.screenshot({ path: `${OUT}/${name}-${scheme}-text200.png`, fullPage });
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
}
