// Attune installed on a phone that wakes it in the background: a persistent
// profile (periodic sync exists only there), notification and periodic
// sync permission granted as an installed app has them, and the browser's
// own wake-up fired through DevTools. Every request is watched: none may
// leave Attune's origin.
import { chromium, expect, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { BASE_URL, CHROMIUM, CHROMIUM_ARGS, PHONE } from '../chromium.mjs';

/**
 * A fixed-offset zone in which the local hour is now `hour`, `later` hours
 * on. The offset is kept within -12..+11 so that a zone a few hours later
 * exists too, on the same local day.
 */
export function zoneAt(hour: number, later = 0): string {
  let offset = (((hour - new Date().getUTCHours()) % 24) + 24) % 24;
  if (offset > 11) offset -= 24;
  offset += later;
  // POSIX signs: Etc/GMT-3 is three hours ahead of UTC.
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

export const MORNING_TAG = 'attune-morning';

export class Phone {
  /** Requests to any origin but Attune's, and refusals by its policy. */
  readonly elsewhere: string[] = [];
  readonly refused: string[] = [];
  private registration: string | null = null;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  /** Opens Attune in the profile at `dir`, with the device's clock in `timezoneId`. */
  static async open(dir: string, timezoneId: string): Promise<Phone> {
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      viewport: PHONE,
      hasTouch: true,
      isMobile: true,
      baseURL: BASE_URL,
      timezoneId,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const phone = new Phone(context, page, cdp);
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
      if (url.origin !== BASE_URL) phone.elsewhere.push(request.url());
    });
    context.on('console', (message) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) phone.refused.push(message.text());
    });
    await cdp.send('Browser.grantPermissions', { origin: BASE_URL, permissions: ['periodicBackgroundSync', 'notifications'] });
    cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => {
      for (const r of event.registrations) if (!r.isDeleted && r.scopeURL.startsWith(BASE_URL)) phone.registration = r.registrationId;
    });
    await cdp.send('ServiceWorker.enable');
    await page.goto('/');
    await page.waitForFunction(async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    });
    return phone;
  }

  /** The periodic syncs the worker is registered for. */
  tags(): Promise<string[]> {
    return this.page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
        periodicSync: { getTags(): Promise<string[]> };
      };
      return registration.periodicSync.getTags();
    });
  }

  /**
   * A value in the reminders' database ("index", "woke", "shown"), or null;
   * where there is no database, none is made by looking.
   */
  stored(key: string): Promise<unknown> {
    return this.page.evaluate(
      (key) =>
        new Promise((resolve) => {
          const open = indexedDB.open('attune-reminders');
          open.onupgradeneeded = () => open.transaction!.abort();
          open.onerror = () => resolve(null);
          open.onsuccess = () => {
            const db = open.result;
            const read = db.transaction('due').objectStore('due').get(key);
            read.onsuccess = () => {
              db.close();
              resolve(read.result ?? null);
            };
          };
        }),
      key,
    );
  }

  /** Fires the browser's morning wake-up, and waits for the worker to be done with it. */
  async wake() {
    await expect.poll(() => this.registration).not.toBeNull();
    const before = await this.stored('woke');
    await this.cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', {
      origin: BASE_URL,
      registrationId: this.registration!,
      tag: MORNING_TAG,
    });
    // The call returns before the worker has run.
    await expect.poll(() => this.stored('woke'), { timeout: 10_000 }).not.toBe(before);
  }

  /** The notifications Attune is showing. */
  notifications(): Promise<{ title: string; body: string }[]> {
    return this.page.evaluate(async () => {
      const shown = await (await navigator.serviceWorker.ready).getNotifications();
      return shown.map((n) => ({ title: n.title, body: n.body }));
    });
  }

  /** The leader swipes the notifications away. */
  async dismissNotifications() {
    await this.page.evaluate(async () => {
      for (const n of await (await navigator.serviceWorker.ready).getNotifications()) n.close();
    });
  }

  /** The due index as the app stored it for the worker. */
  async index(): Promise<string | null> {
    return (await this.stored('index')) as string | null;
  }

  /** Closes the browser, checking that nothing left the origin. */
  async close() {
    await this.context.close();
    expect(this.elsewhere, 'requests to other origins').toEqual([]);
    expect(this.refused, 'Content-Security-Policy violations').toEqual([]);
  }
}

/** The local day (YYYY-MM-DD) `days` from today, and its weekday ("Tue"), as the page sees them. */
export async function localDay(page: Page, days = 0): Promise<{ day: string; weekday: string }> {
  return page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const two = (n: number) => String(n).padStart(2, '0');
    return {
      day: `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`,
      weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getDay()],
    };
  }, days);
}
