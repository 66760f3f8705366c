// Morning reminders on a phone that wakes Attune in the background: turned
// on in Settings, a wake shows one notification a day, after the morning
// hour and before the evening, with counts and no name (names only when
// asked for, never under the app lock), and not one request leaves Attune.
// Where the browser cannot wake Attune, Settings says so.
import { expect, test } from './fixtures';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { open, restoreBackup, turnOn, whenLoaded } from './helpers';
import { look } from './look';
import { MORNING_TAG, Phone, localDay, zoneAt } from './phone';

const GROUP = '00000000000000a1';
const [MARCO, ZOE, SAM, LEO] = ['00000000000000b1', '00000000000000b2', '00000000000000b3', '00000000000000b4'];
const SECRETS = ['Marco', 'Zoë', 'Sam', 'Leo', 'big game', 'recital', 'chess', 'puppy'];

const profile = () => mkdtempSync(join(tmpdir(), 'attune-reminders-'));

/**
 * Huddle Up meets today: Marco's follow-up is due today, Zoë's since
 * yesterday, Sam's in three days; Leo, in no group, has one today. So three
 * are due, and today's session would ask Marco and Zoë.
 */
async function story(page: Page) {
  const [today, yesterday, later] = [await localDay(page), await localDay(page, -1), await localDay(page, 3)];
  const kid = (id: string, name: string, groups: string[]) => ({
    v: 1,
    kind: 'kid',
    data: { id, display_name: name, groups, created_at: '2026-01-01T10:00:00Z' },
  });
  const followUp = (id: string, kid: string, prompt: string, date: string) => ({
    v: 1,
    kind: 'followup',
    data: { id, kid, prompt, due: { rule: 'on_date', date }, status: { state: 'open' }, created_at: '2026-01-01T10:00:00Z' },
  });
  await restoreBackup(page, [
    { v: 1, kind: 'group', data: { id: GROUP, name: 'Huddle Up', meeting_days: [today.weekday], cadence_days: 14 } },
    kid(MARCO, 'Marco', [GROUP]),
    kid(ZOE, 'Zoë', [GROUP]),
    kid(SAM, 'Sam', [GROUP]),
    kid(LEO, 'Leo', []),
    followUp('00000000000000d1', MARCO, 'Ask about the big game', today.day),
    followUp('00000000000000d2', ZOE, 'Ask how the recital went', yesterday.day),
    followUp('00000000000000d3', SAM, 'Ask about the chess club', later.day),
    followUp('00000000000000d4', LEO, "Ask about Leo's puppy", today.day),
  ]);
}

async function turnRemindersOn(page: Page) {
  await open(page, '/settings');
  await page.getByLabel('Remind me in the morning').check();
  await expect(page.getByTestId('reminders-state')).toHaveText(/^On: once a day, after 8:00 and before 21:00/);
}

async function screenshots(page: Page, name: string) {
  // The card at the top of the screen, just under the top bar.
  await page.locator('#reminders').evaluate((card) => window.scrollTo(0, card.getBoundingClientRect().top + window.scrollY - 56));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await look(page, name, scheme);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('turned on in Settings, a morning wake shows one notification a day with counts and no name', async () => {
  test.setTimeout(180_000);
  const phone = await Phone.open(profile(), zoneAt(10));
  try {
    const { page } = phone;
    await story(page);
    await open(page, '/settings');
    await expect(page.getByTestId('reminders-state')).toHaveText('Off: Attune tells you what is due when you open it.');
    await screenshots(page, 'settings-reminders-off');
    expect(await phone.tags()).toEqual([]);

    await turnRemindersOn(page);
    await expect.poll(() => phone.tags()).toEqual([MORNING_TAG]);
    await expect.poll(() => phone.index()).not.toBeNull();
    const index = (await phone.index())!;
    for (const secret of SECRETS) expect(index).not.toContain(secret);
    await screenshots(page, 'settings-reminders-on');

    // The worker sets the icon's number itself when it wakes.
    const worker = phone.context.serviceWorkers()[0];
    await worker.evaluate(() => {
      const calls: number[] = [];
      (self as unknown as { badgeCalls: number[] }).badgeCalls = calls;
      const spy = (n: number) => (calls.push(n), Promise.resolve());
      Object.defineProperty(self.navigator, 'setAppBadge', { configurable: true, value: spy });
      Object.defineProperty(self.navigator, 'clearAppBadge', { configurable: true, value: () => spy(0) });
    });
    await phone.wake();
    expect(await phone.notifications()).toEqual([{ title: 'Attune', body: '3 follow-ups today, 2 for Huddle Up' }]);
    expect(await worker.evaluate(() => (self as unknown as { badgeCalls: number[] }).badgeCalls)).toEqual([3]);

    // Swiped away and woken again the same day: nothing more.
    await phone.dismissNotifications();
    await phone.wake();
    expect(await phone.notifications()).toEqual([]);
    await open(page, '/settings');
    await expect(page.getByTestId('reminders-woke')).toHaveText(/^The phone last woke Attune: \d+ \w{3} \d{4}, \d\d:\d\d\.$/);

    // Turned off: no more wake-ups, and nothing kept for the worker.
    await page.getByLabel('Remind me in the morning').uncheck();
    await expect(page.getByTestId('reminders-state')).toHaveText(/^Off/);
    await expect.poll(() => phone.tags()).toEqual([]);
    await expect.poll(() => phone.stored('index')).toBeNull();
  } finally {
    await phone.close();
  }
});

test('the worker reads the index moment by moment: from the morning hour to 21:00, once a day, a week on', async () => {
  test.setTimeout(120_000);
  const phone = await Phone.open(profile(), zoneAt(11));
  try {
    const { page } = phone;
    await story(page);
    await turnRemindersOn(page);
    await expect.poll(() => phone.index()).not.toBeNull();
    const index = (await phone.index())!;
    const [today, tomorrow, week] = [await localDay(page), await localDay(page, 1), await localDay(page, 7)];
    // [day, local time, day last shown] → what the worker would show, its badge
    const cases: [string, string, string | null, string | null, number][] = [
      [today.day, '07:59', null, null, 3],
      [today.day, '08:00', null, '3 follow-ups today, 2 for Huddle Up', 3],
      [today.day, '20:59', null, '3 follow-ups today, 2 for Huddle Up', 3],
      [today.day, '21:00', null, null, 3],
      [today.day, '10:00', today.day, null, 3],
      // The group does not meet tomorrow; shown yesterday is no reason to wait.
      [tomorrow.day, '09:00', today.day, '3 follow-ups today', 3],
      // A week on it meets again, and Sam's day has come.
      [week.day, '09:00', today.day, '4 follow-ups today, 3 for Huddle Up', 4],
    ];
    const worker = phone.context.serviceWorkers()[0];
    for (const [day, time, shown, body, badge] of cases) {
      const read = await worker.evaluate(
        ({ index, day, time, shown }) => {
          const [y, m, d] = day.split('-').map(Number);
          const [h, min] = time.split(':').map(Number);
          type Morning = (i: unknown, s: string | null, now: Date) => { badge: number; notification: { body: string } | null };
          const morning = (self as unknown as { morning: Morning }).morning;
          const answer = morning(JSON.parse(index), shown, new Date(y, m - 1, d, h, min));
          return { badge: answer.badge, body: answer.notification?.body ?? null };
        },
        { index, day, time, shown },
      );
      expect(read, `${day} ${time}, shown ${shown}`).toEqual({ badge, body });
    }
  } finally {
    await phone.close();
  }
});

test('before the morning hour a wake shows nothing, and the next wake after it shows the reminder', async () => {
  test.setTimeout(120_000);
  const dir = profile();
  // Six in the morning, and three hours later on the same day.
  const [early, later] = [zoneAt(6), zoneAt(6, 3)];
  let phone = await Phone.open(dir, early);
  try {
    await story(phone.page);
    await turnRemindersOn(phone.page);
    await phone.wake();
    expect(await phone.notifications()).toEqual([]);
  } finally {
    await phone.close();
  }
  phone = await Phone.open(dir, later);
  try {
    await phone.wake();
    expect(await phone.notifications()).toEqual([{ title: 'Attune', body: '3 follow-ups today, 2 for Huddle Up' }]);
  } finally {
    await phone.close();
  }
});

test('with names asked for, the reminder says who and what to ask; delete everything takes the reminders too', async () => {
  test.setTimeout(120_000);
  const phone = await Phone.open(profile(), zoneAt(12));
  try {
    const { page } = phone;
    await story(page);
    await turnRemindersOn(page);
    await page.getByLabel('Show first names and what to ask').check();
    await expect.poll(async () => (await phone.index()) ?? '').toContain('"name":"Marco"');
    await phone.wake();
    expect(await phone.notifications()).toEqual([
      {
        title: '3 follow-ups today, 2 for Huddle Up',
        body: "Zoë: Ask how the recital went\nMarco: Ask about the big game\nLeo: Ask about Leo's puppy\nHuddle Up: Marco, Zoë",
      },
    ]);

    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete everything' }).click();
    await expect(page.getByText('Everything is deleted')).toBeVisible();
    await expect
      .poll(() => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)))
      .not.toContain('attune-reminders');
  } finally {
    await phone.close();
  }
});

test('under the app lock the reminder still comes, with counts only, and names cannot be turned on', async () => {
  test.setTimeout(150_000);
  const phone = await Phone.open(profile(), zoneAt(15));
  try {
    const { page } = phone;
    await story(page);
    await turnRemindersOn(page);
    await page.getByLabel('Show first names and what to ask').check();
    await expect.poll(async () => (await phone.index()) ?? '').toContain('"name":"Marco"');

    await turnOn(page, 'tiger-lily-42');
    const names = page.getByLabel('Show first names and what to ask');
    await expect(names).toBeDisabled();
    await expect(names).not.toBeChecked();
    await expect(page.getByText('Not while the app lock is on')).toBeVisible();
    await expect.poll(async () => (await phone.index()) ?? 'Marco').not.toContain('Marco');
    const index = (await phone.index())!;
    for (const secret of [...SECRETS, 'Huddle Up']) expect(index).not.toContain(secret);

    // Locked, as after any reload: the worker needs no passcode.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Attune is locked' })).toBeVisible();
    await phone.wake();
    const shown = await phone.notifications();
    expect(shown).toEqual([{ title: 'Attune', body: "3 follow-ups today, 2 for today's group" }]);
    for (const secret of [...SECRETS, 'Huddle Up']) expect(JSON.stringify(shown)).not.toContain(secret);
  } finally {
    await phone.close();
  }
});

test('where the browser cannot wake Attune, Settings says so and what it does instead', async ({ page }) => {
  await page.addInitScript(() => {
    delete (ServiceWorkerRegistration.prototype as unknown as { periodicSync?: unknown }).periodicSync;
  });
  await open(page, '/settings');
  await whenLoaded(page);
  await expect(page.getByTestId('reminders-unavailable')).toHaveText(
    "This browser cannot wake Attune while it is closed, so there is no morning reminder here: Attune shows what is due each time you open it, and your phone's calendar can ring for a follow-up with a day (below).",
  );
  await expect(page.getByLabel('Remind me in the morning')).toHaveCount(0);
  // As an iPhone's home-screen app: its icon's badge needs notifications allowed.
  await expect(page.getByRole('button', { name: 'Show the count on the icon' })).toBeVisible();
  await screenshots(page, 'settings-reminders-unavailable');
});
