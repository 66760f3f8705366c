// During group: a roster pasted in, attendance, what to ask each kid, and
// the sweep of kids nobody connected with before the session ends.
import { expect, test } from './fixtures';
import { open, restoreBackup, whenLoaded } from './helpers';

test.use({ timezoneId: 'UTC' });

const GROUP = '00000000000000a1';
const record = (kind: string, data: object) => ({ v: 1, kind, data });

test('roster, attendance, asking, and the sweep at the end', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-08T16:00:00Z')); // a Tuesday
  await restoreBackup(page, [
    record('group', { id: GROUP, name: 'Tuesday Huddle', meeting_days: ['Tue'], cadence_days: 14 }),
    record('kid', { id: '00000000000000b1', display_name: 'Marco', interests: ['soccer'], created_at: '2026-11-01T10:00:00Z' }),
    record('kid', { id: '00000000000000b2', display_name: 'Zoë', interests: ['drawing'], created_at: '2026-11-01T10:00:00Z' }),
    record('followup', {
      id: '00000000000000d1',
      kid: '00000000000000b1',
      prompt: 'Ask about the big game',
      due: { rule: 'first_seen_on_or_after', date: '2026-12-05' },
      status: { state: 'open' },
      created_at: '2026-12-01T17:00:00Z',
    }),
    record('followup', {
      id: '00000000000000d2',
      kid: '00000000000000b2',
      prompt: 'Ask about her drawing',
      due: { rule: 'next_time_seen' },
      status: { state: 'open' },
      created_at: '2026-12-01T17:00:00Z',
    }),
    record('followup', {
      id: '00000000000000d3',
      kid: '00000000000000b2',
      prompt: 'Ask about the trip',
      due: { rule: 'first_seen_on_or_after', date: '2026-12-20' },
      status: { state: 'open' },
      created_at: '2026-12-01T17:00:00Z',
    }),
  ]);

  // Twelve names, two of them already known, and a blank line.
  await open(page, `/groups/${GROUP}`);
  const roster = ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun', 'Marco', 'zoë'];
  await page.getByLabel(/Paste names/).fill([...roster.slice(0, 5), '', ...roster.slice(5)].join('\n'));
  await expect(page.locator('.roster-preview')).toContainText('New: 10 kids Ana, Ben, Cleo, Dev, Eli, Fay, Gus, Hana, Ivo, Jun');
  await expect(page.locator('.roster-preview')).toContainText('Already in your kids, added to this group: Marco, zoë');
  await expect(page.locator('.roster-preview')).toContainText('Skipped: line 6 (empty line)');
  await page.getByRole('button', { name: 'Add 12 kids to the group' }).click();
  await expect(page.getByText('12 kids now in this group.')).toBeVisible();
  await open(page, '/kids');
  await expect(page.getByRole('list', { name: 'Kids' }).getByRole('listitem')).toHaveCount(12);

  await page.getByRole('link', { name: 'Session' }).click();
  await expect(page.getByRole('list', { name: 'Groups' })).toContainText('Meets today · 12 kids');
  await page.getByRole('button', { name: 'Start a session of Tuesday Huddle' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tuesday Huddle' })).toBeVisible();
  const grid = page.getByRole('list', { name: 'Attendance' });
  for (const name of ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Marco', 'Zoë']) {
    await grid.getByRole('button', { name, exact: true }).click();
    await expect(grid.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(page.getByRole('heading', { name: 'Here: 9 of 12' })).toBeVisible();

  // A reload, like a phone putting the tab to sleep, loses nothing.
  await page.reload();
  await whenLoaded(page);
  await expect(page.getByRole('heading', { name: 'Here: 9 of 12' })).toBeVisible();

  const card = (name: string) => page.getByRole('article', { name });
  await expect(card('Marco')).toContainText('Ask about the big game');
  await expect(card('Marco')).toContainText('Remember: soccer');
  await expect(card('Zoë')).toContainText('Ask about her drawing');
  await expect(card('Zoë')).not.toContainText('Ask about the trip');
  await expect(card('Ana').locator('.ask')).toHaveCount(0);

  await card('Marco').getByRole('button', { name: 'Asked: Ask about the big game' }).click();
  await card('Marco').getByLabel('Done ✓ Marco: how did it go? (optional)').fill('They won 3-1');
  await card('Marco').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card('Marco')).toContainText('Connected ✓');
  await card('Ana').getByRole('button', { name: 'bright' }).click();
  await expect(card('Ana')).toContainText('Connected ✓');
  await card('Ben').getByLabel('Note about Ben', { exact: true }).fill('Built the tallest tower');
  await card('Ben').getByRole('button', { name: 'Save note about Ben' }).click();
  await expect(card('Ben')).toContainText('Connected ✓');

  await page.getByRole('button', { name: 'End session' }).click();
  const left = page.getByRole('list', { name: 'Not connected yet' }).locator('strong');
  await expect(left).toHaveText(['Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Zoë']);
  await page.getByRole('button', { name: 'Connected with Cleo' }).click();
  await expect(left).toHaveText(['Dev', 'Eli', 'Fay', 'Gus', 'Zoë']);
  await page.getByRole('button', { name: 'Finish session' }).click();
  await expect(page).toHaveURL(/\/session$/);
  await expect(page.getByRole('button', { name: 'Start a session of Tuesday Huddle' })).toBeVisible();

  await open(page, '/kids/00000000000000b1');
  await expect(page.getByText('Last connected today')).toBeVisible();
  await expect(page.locator('ol.timeline li')).toHaveText([
    /Tue 8 Dec\s*Asked ✓\s*Ask about the big game\s*They won 3-1/,
    /Tue 8 Dec\s*Session\s*At Tuesday Huddle/,
    /Tue 1 Dec\s*Follow-up\s*Ask about the big game/,
  ]);

  // Fifteen days on, past the group's 14-day cadence: the kids who came and
  // went unnoticed lead the radar (Zoë, known since November, longest),
  // ahead of those absent or connected with.
  await page.clock.setFixedTime(new Date('2026-12-23T16:00:00Z'));
  await open(page, '/');
  const radar = page.getByRole('region', { name: 'Not connected with lately' });
  await expect(radar.locator('.kid-name')).toHaveText(['Zoë', 'Dev', 'Eli', 'Fay', 'Gus']);
  await expect(radar.getByRole('listitem').nth(1)).toContainText(
    'Came to a session without a word; no connection yet in 15 days; cadence 14',
  );
  await radar.getByRole('button', { name: 'Show 7 more' }).click();
  await expect(radar.getByRole('listitem').filter({ hasText: 'Marco' })).toContainText(
    '15 days since you last connected; cadence 14',
  );
  await radar.getByRole('button', { name: 'Not now: Dev' }).click();
  await radar.getByRole('button', { name: '7 days' }).click();
  await expect(radar.locator('.kid-name').nth(1)).toHaveText('Eli');
  await expect(radar.locator('.kid-name', { hasText: 'Dev' })).toHaveCount(0);
});

test('groups are created with meeting days and a cadence, and can be archived', async ({ page }) => {
  await open(page, '/session');
  await expect(page.getByRole('heading', { name: 'No groups yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Create a group' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Art club');
  await page.getByRole('button', { name: 'Thursday' }).click();
  await page.getByLabel(/Check in with each kid/).fill('0');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('alert')).toContainText('between 1 and 365 days');
  await page.getByLabel(/Check in with each kid/).fill('10');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { name: 'Edit group' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Art club (Thu)');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Group saved.')).toBeVisible();
  await page.reload();
  await whenLoaded(page);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Art club (Thu)');
  await expect(page.getByRole('button', { name: 'Thursday' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel(/Check in with each kid/)).toHaveValue('10');

  await page.getByRole('button', { name: 'Archive group' }).click();
  await expect(page.getByText('Archived: not offered for sessions.')).toBeVisible();
  await open(page, '/session');
  await expect(page.getByRole('heading', { name: 'No groups yet' })).toBeVisible();
});

test('taps quicker than storage are all kept, in the order they were made', async ({ page }) => {
  const kids = ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana'];
  await restoreBackup(page, [
    record('group', { id: GROUP, name: 'Tuesday Huddle', meeting_days: ['Tue'], cadence_days: 14 }),
    ...kids.map((name, i) =>
      record('kid', { id: `00000000000000c${i}`, display_name: name, groups: [GROUP], created_at: '2026-11-01T10:00:00Z' }),
    ),
  ]);
  await open(page, '/session');
  await page.getByRole('button', { name: 'Start a session of Tuesday Huddle' }).click();
  const grid = page.getByRole('list', { name: 'Attendance' });
  await expect(grid.getByRole('button')).toHaveCount(8);
  // Every name tapped within one task, before any write has landed; then
  // Ben tapped again, so he is out: the second tap must land after the first.
  await grid.evaluate((list) => {
    for (const button of list.querySelectorAll('button')) button.click();
    [...list.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Ben'))?.click();
  });
  await expect(page.getByRole('heading', { name: 'Here: 7 of 8' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.reload();
  await whenLoaded(page);
  await expect(page.getByRole('heading', { name: 'Here: 7 of 8' })).toBeVisible();
  await expect(grid.getByRole('button', { name: 'Ben', exact: true })).toHaveAttribute('aria-pressed', 'false');
});
