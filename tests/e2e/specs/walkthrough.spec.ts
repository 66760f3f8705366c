// What a two-week walkthrough on a phone found, each as a leader meets it:
// a note lands on the kid it was started for, dates are read as the phone's
// region writes them, nobody is overdue before a kid is seen, Save stays
// above the keyboard, a mood is not a connection, last week's session is not
// today's, and the app keeps answering after a wait under the lock.
import { expect, test, type Page } from './fixtures';
import { addKid, open, record, restoreBackup, turnOn, unlock, whenLoaded } from './helpers';

test.use({ timezoneId: 'America/Chicago' });

const GROUP = '00000000000000a1';
const SOFIA = '00000000000000b1';
const JAYDEN = '00000000000000b2';

/** A Tuesday group of Sofia and Jayden. */
const huddle = [
  record('group', { id: GROUP, name: 'Huddle Up', meeting_days: ['Tue'], cadence_days: 14 }),
  record('kid', { id: SOFIA, display_name: 'Sofia', groups: [GROUP], created_at: '2026-11-01T16:00:00Z' }),
  record('kid', { id: JAYDEN, display_name: 'Jayden', groups: [GROUP], created_at: '2026-11-01T16:00:00Z' }),
];

const chosen = (page: Page) => page.getByRole('list', { name: 'About' }).getByRole('listitem');
const interests = (page: Page) => page.getByRole('list', { name: 'Interests' }).getByRole('listitem');

test('a note started about Jayden and left stays his; a note about Sofia is about Sofia', async ({ page }) => {
  await restoreBackup(page, huddle);
  await open(page, `/kids/${JAYDEN}`);
  await page.getByRole('link', { name: 'Add a note about Jayden' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Half a thought about #lego');
  // Left unfinished: the leader goes to Sofia's page instead.
  await open(page, `/kids/${SOFIA}`);
  await page.getByRole('link', { name: 'Add a note about Sofia' }).click();
  await expect(chosen(page)).toHaveText([/Sofia/]);
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue('');
  const unfinished = page.getByRole('list', { name: 'Unfinished notes' });
  await expect(unfinished).toContainText('Unfinished note about Jayden: “Half a thought about #lego”');
  await page.getByLabel('Note', { exact: true }).fill('Drew the whole team #drawing');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sofia' })).toBeVisible();
  await expect(interests(page)).toHaveText(['drawing']);
  await expect(page.locator('ol.timeline li').first()).toContainText('Drew the whole team');

  // Jayden's note is still his, and nothing of Sofia's went to him.
  await open(page, `/kids/${JAYDEN}`);
  await expect(page.locator('ol.timeline')).toHaveCount(0);
  await page.getByRole('link', { name: 'Add a note about Jayden' }).click();
  await expect(chosen(page)).toHaveText([/Jayden/]);
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue('Half a thought about #lego');
  await expect(unfinished).toHaveCount(0);
  // Discard goes back to his page, and forgets the note.
  await page.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jayden' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/kids/${JAYDEN}$`));
  await page.getByRole('link', { name: 'Add a note about Jayden' }).click();
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue('');
});

test.describe('in an en-US browser', () => {
  test.use({ locale: 'en-US' });
  test('4/2 is April 2, shown while typing', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T23:00:00Z'));
    await restoreBackup(page, huddle);
    await open(page, `/note?kid=${SOFIA}`);
    await page.getByLabel('Note', { exact: true }).fill('field trip 4/2');
    await expect(page.getByTestId('understood')).toContainText('Fri 2 Apr');
  });
});

test.describe('in an en-GB browser', () => {
  test.use({ locale: 'en-GB' });
  test('4/2 is 4 February, and Settings can say otherwise', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T23:00:00Z'));
    await restoreBackup(page, huddle);
    await open(page, `/note?kid=${SOFIA}`);
    await page.getByLabel('Note', { exact: true }).fill('field trip 4/2');
    await expect(page.getByTestId('understood')).toContainText('Thu 4 Feb');
    await open(page, '/settings');
    await page.getByLabel('In a note, 5/12 means').selectOption('month_day');
    await open(page, `/note?kid=${SOFIA}`);
    await expect(page.getByTestId('understood')).toContainText('Fri 2 Apr');
  });
});

test('a follow-up for the first time Sofia is seen is not overdue until she is seen', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-05T16:00:00Z')); // Saturday
  await restoreBackup(page, [
    ...huddle,
    record('followup', {
      id: '00000000000000d1', kid: SOFIA, prompt: 'Ask about the recital',
      due: { rule: 'first_seen_on_or_after', date: '2026-12-03' }, status: { state: 'open' },
      created_at: '2026-12-01T17:00:00Z',
    }),
  ]);
  await open(page, '/');
  await expect(page.getByText(/Overdue/)).toHaveCount(0);
  const waiting = page.getByRole('region', { name: 'When you next see them' });
  await expect(waiting).toContainText('Waiting to see them (from Thu 3 Dec)');
  await expect(waiting).toContainText('Ask about the recital');
  await open(page, `/kids/${SOFIA}`);
  await expect(page.getByRole('region', { name: 'To follow up' })).toContainText('Waiting to see them (from Thu 3 Dec)');

  // Tuesday: she comes to the session, so it is due today, and asked on her card.
  await page.clock.setFixedTime(new Date('2026-12-08T16:00:00Z'));
  await open(page, '/session');
  await page.getByRole('button', { name: 'Start a session of Huddle Up' }).click();
  await page.getByRole('list', { name: 'Attendance' }).getByRole('button', { name: 'Sofia' }).click();
  await expect(page.getByRole('article', { name: 'Sofia' })).toContainText('Ask about the recital');
  await open(page, '/');
  await expect(page.getByRole('region', { name: 'Follow up today' })).toContainText('Due today');
  // Not asked that day: overdue from the day after.
  await page.clock.setFixedTime(new Date('2026-12-09T16:00:00Z'));
  await open(page, '/');
  await expect(page.getByRole('region', { name: 'Follow up today' })).toContainText('Overdue since yesterday');
});

test.describe('with the keyboard up', () => {
  // The on-screen keyboard takes about 45% of a 390x844 phone.
  test.use({ viewport: { width: 390, height: 464 } });

  /** The action is on screen and nothing covers it. */
  async function reachable(page: Page, name: string) {
    const button = page.getByRole('button', { name, exact: true });
    const box = await button.boundingBox();
    expect(box, `${name} has a box`).not.toBeNull();
    if (!box) return;
    expect(box.y + box.height, `${name} is above the keyboard`).toBeLessThanOrEqual(464);
    expect(box.y).toBeGreaterThanOrEqual(0);
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('button')?.textContent, [
      box.x + box.width / 2,
      box.y + box.height / 2,
    ]);
    expect(hit, `${name} is not covered`).toBe(name);
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`the note, kid and group forms keep their action in reach, with what was understood (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const shot = (name: string) => page.screenshot({ path: `../../target/screenshots/${name}-keyboard-${scheme}.png` });
      await page.clock.setFixedTime(new Date('2026-12-01T23:00:00Z'));
      await restoreBackup(page, huddle);
      await open(page, `/note?kid=${SOFIA}`);
      await page.getByLabel('Note', { exact: true }).fill('Wore his jersey again. Big game on Saturday!');
      await expect(page.getByLabel('Note', { exact: true })).toBeFocused();
      await reachable(page, 'Save note');
      await expect(page.getByTestId('understood')).toBeInViewport();
      await expect(page.getByTestId('understood')).toContainText('Sat 5 Dec');
      await shot('note');

      await open(page, '/kids/new');
      await page.getByLabel('Name', { exact: true }).fill('Mateo');
      await page.getByLabel('Interests').focus();
      await reachable(page, 'Save');
      await shot('kid');
      await open(page, '/groups/new');
      await page.getByLabel('Name', { exact: true }).fill('Thursday Club');
      await reachable(page, 'Create group');
      await shot('group');
      await open(page, `/groups/${GROUP}`);
      await page.getByLabel(/Paste names/).fill('Ana\nBen');
      await reachable(page, 'Add 2 kids to the group');
      await shot('roster');
    });
  }
});

test('tapping how a kid arrived does not count as connecting', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-08T16:00:00Z'));
  await restoreBackup(page, huddle);
  await open(page, '/session');
  await page.getByRole('button', { name: 'Start a session of Huddle Up' }).click();
  const grid = page.getByRole('list', { name: 'Attendance' });
  for (const name of ['Sofia', 'Jayden']) await grid.getByRole('button', { name }).click();
  const sofia = page.getByRole('article', { name: 'Sofia' });
  await sofia.getByRole('button', { name: 'quiet' }).click();
  await expect(sofia.getByRole('button', { name: 'quiet' })).toHaveAttribute('aria-pressed', 'true');
  await expect(sofia).not.toContainText('Connected ✓');
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('list', { name: 'Not connected yet' }).locator('strong')).toHaveText(['Jayden', 'Sofia']);
});

test('a session left running last week is offered for its sweep, and today starts fresh', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-08T16:00:00Z'));
  await restoreBackup(page, [
    ...huddle,
    record('session', {
      id: '00000000000000e1', group: GROUP, date: '2026-12-01',
      attendance: [{ kid: SOFIA, present: true }, { kid: JAYDEN, present: true, connected: true }],
    }),
  ]);
  await open(page, '/session');
  await expect(page.getByRole('link', { name: 'Resume session' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start a session of Huddle Up' })).toBeVisible();
  await open(page, '/');
  const stale = page.getByText("Last Tuesday's session of Huddle Up was never ended.");
  await expect(stale).toBeVisible();
  await page.getByRole('link', { name: 'End it now' }).click();
  await expect(page.getByRole('list', { name: 'Not connected yet' }).locator('strong')).toHaveText(['Sofia']);
  await expect(page.getByRole('link', { name: 'Back to attendance' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Finish session' }).click();
  await open(page, '/');
  await expect(stale).toHaveCount(0);
  await page.getByRole('button', { name: 'Start the session of Huddle Up' }).click();
  await expect(page.getByRole('heading', { name: 'Here: 0 of 2' })).toBeVisible();
});

test('after unlocking, time passing leaves the app answering', async ({ page }) => {
  test.setTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.install({ time: new Date('2026-12-08T16:00:00Z') });
  await restoreBackup(page, huddle);
  await turnOn(page, 'a long passcode');
  await page.reload();
  await unlock(page, 'a long passcode');
  await whenLoaded(page);
  await page.clock.runFor(1000);
  await page.clock.runFor(60_000);
  await page.getByRole('link', { name: 'Kids' }).click();
  await expect(page.getByRole('list', { name: 'Kids' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByText('Attune hit a problem')).toHaveCount(0);
  expect(errors).toEqual([]);
});
