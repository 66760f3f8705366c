// During group: a roster pasted in, attendance, what to ask each kid, and
// the sweep of kids nobody connected with before the session ends.
import { expect, test } from './fixtures';
import { open, record, restoreBackup, whenLoaded } from './helpers';

test.use({ timezoneId: 'UTC' });

const GROUP = '00000000000000a1';

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
  // How Ana arrived is noted, but that is not a connection.
  await card('Ana').getByRole('button', { name: 'bright' }).click();
  await expect(card('Ana').getByRole('button', { name: 'bright' })).toHaveAttribute('aria-pressed', 'true');
  await expect(card('Ana')).not.toContainText('Connected ✓');
  await card('Ben').getByLabel('Note about Ben', { exact: true }).fill('Built the tallest tower');
  await card('Ben').getByRole('button', { name: 'Save note about Ben' }).click();
  await expect(card('Ben')).toContainText('Connected ✓');

  await page.getByRole('button', { name: 'End session' }).click();
  const left = page.getByRole('list', { name: 'Not connected yet' }).locator('strong');
  await expect(left).toHaveText(['Ana', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Zoë']);
  await page.getByRole('button', { name: 'Connected with Cleo' }).click();
  await expect(left).toHaveText(['Ana', 'Dev', 'Eli', 'Fay', 'Gus', 'Zoë']);
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
  await expect(radar.locator('.kid-name')).toHaveText(['Zoë', 'Ana', 'Dev', 'Eli', 'Fay']);
  await expect(radar.getByRole('listitem').nth(1)).toContainText(
    'Came to 1 session; no connection yet · you aim for every 14 days',
  );
  await radar.getByRole('button', { name: 'Show 7 more' }).click();
  await expect(radar.getByRole('listitem').filter({ hasText: 'Marco' })).toContainText(
    '15 days since you last connected · you aim for every 14 days',
  );
  await radar.getByRole('button', { name: 'Not now: Dev' }).click();
  await radar.getByRole('button', { name: '7 days' }).click();
  await expect(radar.locator('.kid-name').nth(2)).toHaveText('Eli');
  await expect(radar.locator('.kid-name', { hasText: 'Dev' })).toHaveCount(0);
});
