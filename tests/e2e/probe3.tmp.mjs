import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, PHONE } from './chromium.mjs';
const profile = `/work/main/target/bench/profiles/notes-10000`;
for (let i = 0; i < 3; i++) {
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: PHONE });
  const page = context.pages()[0];
  await page.goto(`http://127.0.0.1:8092/nothing.txt`);
  const t = await page.evaluate(async () => {
    const t0 = performance.now();
    const db = await new Promise(r => { const o = indexedDB.open('attune', 1); o.onsuccess = () => r(o.result); });
    const t1 = performance.now();
    const get = (range) => new Promise(r => { const q = db.transaction('records').objectStore('records').getAll(range); q.onsuccess = () => r(q.result); });
    const a = await get(IDBKeyRange.upperBound('note:', true));
    const t2 = performance.now();
    const b = await get(IDBKeyRange.lowerBound('note;'));
    const t3 = performance.now();
    const c = await get(IDBKeyRange.bound('note:', 'note;', false, true));
    const t4 = performance.now();
    const a2 = await get(IDBKeyRange.upperBound('note:', true));
    const t5 = performance.now();
    return { open: t1 - t0, head1: t2 - t1, head2: t3 - t2, notes: t4 - t3, headAgain: t5 - t4, n: [a.length, b.length, c.length] };
  });
  console.log(JSON.stringify(t));
  await context.close();
}
