// "Add to calendar": the file a leader taps is a calendar another program
// reads back (ical.js, not Attune's code): one event per follow-up with a
// day, on the right day, an alarm at the morning hour, the same UID each
// time, and no name unless names were asked for.
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { open, restoreBackup } from './helpers';

const KID = '00000000000000b1';

async function story(page: Page) {
  await page.clock.install({ time: new Date('2026-12-03T10:00:00Z') });
  const followUp = (id: string, prompt: string, due: object) => ({
    v: 1,
    kind: 'followup',
    data: { id, kid: KID, prompt, due, status: { state: 'open' }, created_at: '2026-12-01T10:00:00Z' },
  });
  await restoreBackup(page, [
    { v: 1, kind: 'kid', data: { id: KID, display_name: 'Marco', created_at: '2026-11-01T10:00:00Z' } },
    followUp('00000000000000d1', 'Ask about the big game, Saturday', { rule: 'on_date', date: '2026-12-05' }),
    followUp('00000000000000d2', 'Ask how the recital went', { rule: 'first_seen_on_or_after', date: '2026-12-08' }),
    followUp('00000000000000d3', 'Ask about the new puppy', { rule: 'next_time_seen' }),
    // Its day is gone: it is on Today already, not for a calendar.
    followUp('00000000000000d4', 'Ask about the trip', { rule: 'on_date', date: '2026-12-01' }),
  ]);
}

type Event = { uid: string; start: string; summary: string; description: string; trigger: string };

/** Taps the link and reads the downloaded file with ical.js. */
async function download(page: Page, link: ReturnType<Page['getByRole']>): Promise<{ text: string; events: Event[] }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(file.suggestedFilename()).toMatch(/^attune-follow-ups?\.ics$/);
  const text = readFileSync((await file.path())!, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((e) => ({
    uid: String(e.getFirstPropertyValue('uid')),
    start: String(e.getFirstPropertyValue('dtstart')),
    summary: String(e.getFirstPropertyValue('summary')),
    description: String(e.getFirstPropertyValue('description')),
    trigger: String(e.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')),
  }));
  return { text, events };
}

test('every follow-up with a day ahead goes to the calendar, the same events each time, with no name', async ({ page }) => {
  await story(page);
  await open(page, '/settings');
  const all = page.getByRole('link', { name: 'Add 2 follow-ups to my calendar' });
  const first = await download(page, all);
  expect(first.events).toEqual([
    { uid: '00000000000000d1@attune', start: '2026-12-05', summary: 'Attune: 1 follow-up', description: 'Open Attune to see what to ask.', trigger: 'PT8H' },
    { uid: '00000000000000d2@attune', start: '2026-12-08', summary: 'Attune: 1 follow-up', description: 'Open Attune to see what to ask.', trigger: 'PT8H' },
  ]);
  for (const secret of ['Marco', 'big game', 'recital', 'puppy']) expect(first.text).not.toContain(secret);
  // RFC 5545: every line ends in CRLF, none longer than 75 octets.
  expect(first.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(first.text.replaceAll('\r\n', '')).not.toContain('\n');
  for (const line of first.text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

  // A later morning hour moves the alarms; the events keep their UIDs.
  await page.getByLabel('Morning hour').selectOption('7');
  const again = await download(page, all);
  expect(again.events.map((e) => [e.uid, e.start, e.trigger])).toEqual([
    ['00000000000000d1@attune', '2026-12-05', 'PT7H'],
    ['00000000000000d2@attune', '2026-12-08', 'PT7H'],
  ]);
});

test('one follow-up is added from its Edit, and with names asked for the event says who and what', async ({ page }) => {
  await story(page);
  await open(page, '/settings');
  await page.getByLabel('Show first names and what to ask').check();
  await open(page, `/kids/${KID}`);
  const row = page.locator('li.follow-up-row').filter({ hasText: 'Ask about the big game' });
  await row.getByRole('button', { name: 'Edit' }).click();
  const one = await download(page, row.getByRole('link', { name: 'Add to calendar' }));
  expect(one.events).toEqual([
    {
      uid: '00000000000000d1@attune',
      start: '2026-12-05',
      summary: 'Marco: Ask about the big game, Saturday',
      description: 'On Sat 5 Dec.',
      trigger: 'PT8H',
    },
  ]);
  // "Next time I see them" has no day for a calendar.
  const next = page.locator('li.follow-up-row').filter({ hasText: 'Ask about the new puppy' });
  await next.getByRole('button', { name: 'Edit' }).click();
  await expect(next.getByRole('button', { name: 'Save' })).toBeVisible();
  await expect(next.getByRole('link', { name: 'Add to calendar' })).toHaveCount(0);
});
