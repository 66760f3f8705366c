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
  await page.getByLabel('Note').fill('Big game on Saturday');
  await expect(page.getByTestId('offer-due')).toContainText('Sat 5 Dec');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('region', { name: 'To follow up' }).getByRole('listitem')).toHaveText([/Ask about the big game/]);

  await dayIs(page, '2026-12-02'); // Wednesday: coming up, not due
  await expect(dueToday(page)).toContainText('Nothing due today');
  const upcoming = page.getByRole('region', { name: 'Coming up this week' });
  await expect(upcoming.getByRole('listitem')).toHaveText([/Marco.*Sat 5 Dec.*Ask about the big game/]);

  await dayIs(page, '2026-12-05'); // Saturday: due today
  await expect(dueToday(page).getByRole('listitem')).toHaveText([/Marco.*Due today.*Ask about the big game/]);

  await dayIs(page, '2026-12-07'); // Monday: overdue
  const row = dueToday(page).getByRole('listitem');
  await expect(row).toHaveText([/Marco.*Overdue by 2 days.*Ask about the big game/]);
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
    /Mon 7 Dec\s*Asked ✓\s*Ask about the big game\s*They won 3-1, face lit up/,
    /Tue 1 Dec\s*Big game on Saturday/,
    /Tue 1 Dec\s*Follow-up\s*Ask about the big game\s*Comes back first time you see them from Sat 5 Dec/,
  ]);
  await expect(page.getByRole('region', { name: 'To follow up' }).getByRole('listitem')).toHaveCount(0);
});

test('snooze and dismiss take a follow-up out of Today', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T16:00:00Z'));
  await addKid(page, 'Priya', 'cricket');
  await addKid(page, 'Jonah', 'lego');
  for (const name of ['Priya', 'Jonah']) {
    await page.goto('/kids');
    await page.getByRole('link', { name: new RegExp(name) }).click();
    await page.getByRole('link', { name: `Add a note about ${name}` }).click();
    await page.getByLabel('Note').fill('Match tomorrow');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByRole('region', { name: 'To follow up' }).getByRole('listitem')).toHaveCount(1);
  }
  await dayIs(page, '2026-12-02');
  const rows = dueToday(page).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await rows.filter({ hasText: 'Priya' }).getByRole('button', { name: 'Snooze' }).click();
  await page.getByRole('group', { name: 'Snooze for' }).getByRole('button', { name: '3 days' }).click();
  await rows.filter({ hasText: 'Jonah' }).getByRole('button', { name: 'Dismiss' }).click();
  await expect(dueToday(page)).toContainText('Nothing due today');
  await dayIs(page, '2026-12-05');
  await expect(dueToday(page).getByRole('listitem')).toHaveText([/Priya.*Ask about the match/]);
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
  await page.getByLabel('Note').fill('Swim meet on Saturday');
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
