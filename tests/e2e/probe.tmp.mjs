import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, PHONE } from './chromium.mjs';
const profile = '/work/main/target/bench/profiles/notes-10000';
for (let i = 0; i < 4; i++) {
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: PHONE });
  const page = context.pages()[0];
  await page.addInitScript(() => { addEventListener('TrunkApplicationStarted', () => performance.mark('trunk-started')); });
  await page.goto(`http://127.0.0.1:8092/`);
  await page.waitForFunction(() => performance.getEntriesByName('attune:loaded').length > 0);
  const t = await page.evaluate(() => {
    const res = performance.getEntriesByType('resource').map(r => [r.name.split('/').pop().slice(0,12), Math.round(r.responseEnd)]);
    const marks = performance.getEntriesByType('mark').map(m => [m.name, Math.round(m.startTime)]);
    return { res, marks };
  });
  console.log(JSON.stringify(t));
  await context.close();
}
