import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, PHONE } from './chromium.mjs';
for (const n of [0, 10000]) {
const profile = `/work/main/target/bench/profiles/notes-${n}`;
for (let i = 0; i < 3; i++) {
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: PHONE });
  const page = context.pages()[0];
  await page.addInitScript(() => { addEventListener('TrunkApplicationStarted', () => performance.mark('trunk-started')); 
    document.addEventListener('readystatechange', () => performance.mark('rs-' + document.readyState));
  });
  await page.goto(`http://127.0.0.1:8092/`);
  await page.waitForFunction(() => performance.getEntriesByName('attune:loaded').length > 0);
  const t = await page.evaluate(async () => {
    const db = await window.attuneDb; 
    const res = performance.getEntriesByType('resource').map(r => [r.name.split('/').pop().slice(0,12), Math.round(r.startTime), Math.round(r.responseEnd)]);
    const marks = performance.getEntriesByType('mark').map(m => [m.name, Math.round(m.startTime)]);
    const nav = performance.getEntriesByType('navigation')[0];
    return { html: [Math.round(nav.requestStart), Math.round(nav.responseEnd)], res, marks };
  });
  console.log(n, JSON.stringify(t));
  await context.close();
}}
