// The story Attune is built for: a quiet kid mentions a big game; the leader
// notes it; on the day, and after, Attune brings it back until it is asked.
import { expect, test, type Page } from './fixtures';
import { addKid, restoreBackup, whenLoaded } from './helpers';

test.use({ timezoneId: 'UTC' });

async function dayIs(page: Page, iso: string) {
  await page.clock.setFixedTime(new Date(`${iso}T16:00:00Z`));
  await page.goto('/');
  await whenLoaded(page);
}

const dueToday = (page: Page) => page.getByRole('region', { name: 'Follow up today' });

test('Marco, soccer and the big game on Saturday', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T16:00:00Z')); // Tuesday
  await addKid(page, 'Marco', 'soccer');
  await page.getByRole('link', { name: 'Add a note about Marco' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Big game on Saturday');
  await expect(page.getByTestId('offer-due')).toContainText('Sat 5 Dec');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('region', { name: 'To follow up' }).getByRole('listitem')).toHaveText([/Ask about the big game/]);

  await dayIs(page, '2026-12-02'); // Wednesday: coming up, not due
  await expect(dueToday(page)).toContainText('Nothing due today');
  const upcoming = page.getByRole('region', { name: 'Coming up this week' });
  await expect(upcoming.getByRole('listitem')).toHaveText([/Marco.*Sat 5 Dec.*Ask about the big game/]);

  // Saturday and Monday: its day has come, but Marco has not been seen, so
  // it waits for him, and nobody is behind.
  const waiting = page.getByRole('region', { name: 'When you next see them' });
  for (const day of ['2026-12-05', '2026-12-07']) {
    await dayIs(page, day);
    await expect(dueToday(page)).toContainText('Nothing due today');
    await expect(waiting.getByRole('listitem')).toHaveText([/Marco.*Waiting to see them \(from Sat 5 Dec\).*Ask about the big game/]);
  }

  // Tuesday: a note about him is seeing him; it is due, and done.
  await dayIs(page, '2026-12-08');
  await page.getByRole('link', { name: 'Kids' }).click();
  await page.getByRole('link', { name: /Marco/ }).click();
  await page.getByRole('link', { name: 'Add a note about Marco' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Came in wearing the jersey');
  await page.getByRole('button', { name: 'Save note' }).click();
  await dayIs(page, '2026-12-08');
  const row = dueToday(page).getByRole('listitem');
  await expect(row).toHaveText([/Marco.*Due today.*Ask about the big game/]);
  await row.getByRole('button', { name: 'Done' }).click();
  await page.getByLabel('Done ✓ Marco: how did it go? (optional)').fill('They won 3-1, face lit up');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dueToday(page)).toContainText('Nothing due today');

  await page.reload();
  await whenLoaded(page);
  await expect(dueToday(page)).toContainText('Nothing due today');
  await page.getByRole('link', { name: 'Kids' }).click();
  await page.getByRole('link', { name: /Marco/ }).click();
  await expect(page.locator('ol.timeline li')).toHaveText([
    /Tue 8 Dec\s*Asked ✓\s*Ask about the big game\s*They won 3-1, face lit up/,
    /Tue 8 Dec\s*Came in wearing the jersey/,
    /Tue 1 Dec\s*Big game on Saturday/,
    /Tue 1 Dec\s*Follow-up\s*Ask about the big game\s*Comes back first time you see them from Sat 5 Dec/,
  ]);
  await expect(page.getByRole('region', { name: 'To follow up' }).getByRole('listitem')).toHaveCount(0);
});

test('the story as the article tells it: a big game coming up, asked about the next time he came', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T17:00:00Z')); // Tuesday, after group
  const group = '00000000000000a1';
  await restoreBackup(page, [
    { v: 1, kind: 'group', data: { id: group, name: 'Huddle Up', meeting_days: ['Tue'], cadence_days: 14 } },
    { v: 1, kind: 'kid', data: { id: '00000000000000b1', display_name: 'Mateo', interests: ['soccer'], groups: [group], created_at: '2026-11-01T10:00:00Z' } },
  ]);
  await page.goto('/kids/00000000000000b1');
  await whenLoaded(page);
  await page.getByRole('link', { name: 'Add a note about Mateo' }).click();
  // "One day he mentioned that there was a big game coming up."
  await page.getByLabel('Note', { exact: true }).fill('He mentioned that there was a big game coming up.');
  await expect(page.getByLabel('What to ask')).toHaveValue('Ask about the big game');
  await expect(page.getByTestId('offer-due')).toHaveText('From “coming up”. Due the next time you see them.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('region', { name: 'To follow up' })).toContainText('Next time you see them');

  // "The next time he came back, I asked him about the game."
  await dayIs(page, '2026-12-08');
  await page.getByRole('button', { name: 'Start the session of Huddle Up' }).click();
  await page.getByRole('list', { name: 'Attendance' }).getByRole('button', { name: 'Mateo' }).click();
  const card = page.getByRole('article', { name: 'Mateo' });
  await expect(card).toContainText('Ask about the big game');
  await expect(card).toContainText('Remember: soccer');
  await card.getByRole('button', { name: 'Asked: Ask about the big game' }).click();
  await card.getByLabel('Done ✓ Mateo: how did it go? (optional)').fill('His face completely lit up; told me all about the game');
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card).toContainText('Connected ✓');
});

test('a note that names nothing ahead can still come back, in one tap', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T17:00:00Z'));
  await addKid(page, 'Mateo', 'soccer');
  await page.getByRole('link', { name: 'Add a note about Mateo' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Wore his soccer jersey again, quiet today');
  await expect(page.getByTestId('offer-due')).toHaveCount(0);
  await page.getByRole('button', { name: 'Ask next time I see them' }).click();
  await expect(page.getByTestId('offer-due')).toHaveText('Due the next time you see them.');
  await page.getByLabel('What to ask').fill('Ask about his team');
  await expect(page.getByTestId('understood')).toHaveText('Follow up next time: Ask about his team');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('region', { name: 'To follow up' }).getByRole('listitem')).toHaveText([/Next time you see them.*Ask about his team/]);
});

test('snooze and dismiss take a follow-up out of Today', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T16:00:00Z'));
  await addKid(page, 'Priya', 'cricket');
  await addKid(page, 'Jonah', 'lego');
  for (const name of ['Priya', 'Jonah']) {
    await page.goto('/kids');
    await page.getByRole('link', { name: new RegExp(name) }).click();
    await page.getByRole('link', { name: `Add a note about ${name}` }).click();
    await page.getByLabel('Note', { exact: true }).fill('Match tomorrow');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByRole('region', { name: 'To follow up' }).getByRole('listitem')).toHaveCount(1);
  }
  await dayIs(page, '2026-12-02');
  const waiting = page.getByRole('region', { name: 'When you next see them' });
  const rows = waiting.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await rows.filter({ hasText: 'Priya' }).getByRole('button', { name: 'Snooze' }).click();
  await page.getByRole('group', { name: 'Snooze for' }).getByRole('button', { name: '3 days' }).click();
  await rows.filter({ hasText: 'Jonah' }).getByRole('button', { name: 'Dismiss' }).click();
  await expect(waiting).toHaveCount(0);
  await dayIs(page, '2026-12-05');
  await expect(waiting.getByRole('listitem')).toHaveText([/Priya.*Ask about the match/]);
});

test('a long backlog shows ten follow-ups first and the rest on request', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-10T16:00:00Z'));
  const kid = { v: 1, kind: 'kid', data: { id: '00000000000000b1', display_name: 'Marco', created_at: '2026-11-01T10:00:00Z' } };
  const followUps = Array.from({ length: 12 }, (_, i) => ({
    v: 1,
    kind: 'followup',
    data: {
      id: (0x200 + i).toString(16).padStart(16, '0'),
      kid: '00000000000000b1',
      prompt: `Ask about thing ${i + 1}`,
      due: { rule: 'on_date', date: `2026-12-0${(i % 9) + 1}` },
      status: { state: 'open' },
      created_at: '2026-11-20T10:00:00Z',
    },
  }));
  await restoreBackup(page, [kid, ...followUps]);
  await dayIs(page, '2026-12-10');
  await expect(dueToday(page).getByRole('listitem')).toHaveCount(10);
  await expect(dueToday(page).getByRole('listitem').first()).toContainText('Overdue by 9 days');
  await dueToday(page).getByRole('button', { name: 'Show 2 more' }).click();
  await expect(dueToday(page).getByRole('listitem')).toHaveCount(12);
});

test('a follow-up can be reworded, moved, and done from the kid\'s page', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T16:00:00Z'));
  await addKid(page, 'Lena', 'swimming');
  await page.getByRole('link', { name: 'Add a note about Lena' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Swim meet on Saturday');
  await page.getByRole('button', { name: 'Save note' }).click();
  const open = page.getByRole('region', { name: 'To follow up' }).getByRole('listitem');
  await expect(open).toHaveText([/from Sat 5 Dec.*Ask about the swim meet/]);

  await open.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('What to ask').fill('Ask how the swim meet went');
  await page.getByLabel('When').selectOption('On this day, seen or not');
  await page.getByLabel('Day').fill('2026-12-06');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(open).toHaveText([/On Sun 6 Dec.*Ask how the swim meet went/]);

  await page.reload();
  await whenLoaded(page);
  await expect(open).toHaveText([/On Sun 6 Dec.*Ask how the swim meet went/]);
  await open.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('When').selectOption('Next time I see them');
  await expect(page.getByLabel('Day')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(open).toHaveText([/Next time you see them.*Ask how the swim meet went/]);

  await open.getByRole('button', { name: 'Done' }).click();
  await page.getByLabel('Done ✓ Lena: how did it go? (optional)').fill('Third place, proud');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(open).toHaveCount(0);
  await expect(page.locator('ol.timeline li').first()).toHaveText(/Asked ✓\s*Ask how the swim meet went\s*Third place, proud/);
  await expect(page.getByText('Last connected today')).toBeVisible();
});

test('how it went, half typed, is kept while other follow-ups are done and across a reload', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-10T16:00:00Z'));
  const kid = (id: string, name: string) => ({
    v: 1,
    kind: 'kid',
    data: { id, display_name: name, created_at: '2026-11-01T10:00:00Z' },
  });
  const followUp = (id: string, kidId: string, prompt: string) => ({
    v: 1,
    kind: 'followup',
    data: {
      id,
      kid: kidId,
      prompt,
      due: { rule: 'on_date', date: '2026-12-10' },
      status: { state: 'open' },
      created_at: '2026-12-01T10:00:00Z',
    },
  });
  await restoreBackup(page, [
    kid('00000000000000b1', 'Marco'),
    kid('00000000000000b2', 'Zoë'),
    followUp('00000000000000d1', '00000000000000b1', 'Ask about the big game'),
    followUp('00000000000000d2', '00000000000000b2', 'Ask about her drawing'),
  ]);
  await dayIs(page, '2026-12-10');
  const rows = dueToday(page).getByRole('listitem');
  await rows.filter({ hasText: 'Marco' }).getByRole('button', { name: 'Done' }).click();
  const marco = page.getByLabel('Done ✓ Marco: how did it go? (optional)');
  await marco.pressSequentially('They won');
  await rows.filter({ hasText: 'Zoë' }).getByRole('button', { name: 'Done' }).click();
  await expect(page.getByLabel('Done ✓ Zoë: how did it go? (optional)')).toBeVisible();
  await expect(marco).toHaveValue('They won');

  await page.reload();
  await whenLoaded(page);
  await expect(marco).toHaveValue('They won');
  await marco.press('End');
  await marco.pressSequentially(' 3-1');
  await rows.filter({ hasText: 'Marco' }).getByRole('button', { name: 'Save', exact: true }).click();
  await rows.filter({ hasText: 'Zoë' }).getByRole('button', { name: 'Skip' }).click();
  await expect(dueToday(page)).toContainText('Nothing due today');
  await page.goto('/kids/00000000000000b1');
  await expect(page.locator('ol.timeline li').first()).toContainText('They won 3-1');
});
