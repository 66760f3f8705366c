// The `test` every spec uses: Playwright's own, plus two checks after each
// test, over every page and worker of its browser context: no request went
// to any origin but Attune's own, and the Content-Security-Policy refused
// nothing.
import { expect, test as base } from '@playwright/test';
import { PORT } from '../chromium.mjs';

export { expect };
export type { Page } from '@playwright/test';

/** Attune's origins in these tests: the shared server and the ones specs start. */
const OWN = new Set([PORT, PORT + 11, PORT + 12, PORT + 15].map((p) => `http://127.0.0.1:${p}`));

/**
 * A full disk on demand: while a page sets `window.attuneFailWrites` to a
 * DOMException name ("QuotaExceededError"), every write to IndexedDB throws
 * it, as a browser refusing the write would. Chromium lets small writes
 * through even under a lowered quota, so the tests stand in for the disk
 * here, in the page, and Attune itself carries no seam for them.
 */
function failWritesOnDemand() {
  const stores = IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ['put', 'add', 'delete', 'clear']) {
    const real = stores[name];
    stores[name] = function (this: IDBObjectStore, ...args: unknown[]) {
      const fault = (window as unknown as { attuneFailWrites?: string }).attuneFailWrites;
      if (fault) throw new DOMException(`${fault} (stood in for by the test)`, fault);
      return real.apply(this, args);
    };
  }
}

export const test = base.extend<{ guard: void; faults: void }>({
  faults: [
    async ({ context }, use) => {
      await context.addInitScript(failWritesOnDemand);
      await use();
    },
    { auto: true },
  ],
  guard: [
    async ({ context }, use) => {
      const elsewhere: string[] = [];
      const refused: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
        if (!OWN.has(url.origin)) elsewhere.push(request.url());
      });
      context.on('console', (message) => {
        if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) refused.push(message.text());
      });
      await use();
      expect(elsewhere, 'requests to other origins').toEqual([]);
      expect(refused, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
