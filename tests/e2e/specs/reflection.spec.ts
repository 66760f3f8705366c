// Once a week, Today asks how the leader could show attunement, with ideas
// drawn from their own notes, and keeps the intention they write for the week.
import { expect, test } from './fixtures';
import { open, record, restoreBackup, whenLoaded } from './helpers';

test.use({ timezoneId: 'UTC' });

const QUESTION = 'What ways can you show attunement to a child this week?';

test('the weekly reflection suggests, keeps an intention, and returns next week', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-08T16:00:00Z')); // Tuesday
  await restoreBackup(page, [
    record('kid', { id: '00000000000000b1', display_name: 'Ana', created_at: '2026-10-01T10:00:00Z' }),
    record('kid', { id: '00000000000000b2', display_name: 'Ben', created_at: '2026-10-01T10:00:00Z' }),
    record('kid', { id: '00000000000000b3', display_name: 'Cleo', created_at: '2026-12-01T10:00:00Z' }),
    record('kid', { id: '00000000000000b4', display_name: 'Dev', interests: ['chess'], created_at: '2026-10-01T10:00:00Z' }),
    record('note', { id: '00000000000000c1', text: 'Won at chess club', kids: ['00000000000000b4'], created_at: '2026-11-30T16:00:00Z' }),
    record('followup', {
      id: '00000000000000d1',
      kid: '00000000000000b1',
      prompt: 'Ask about the big game',
      due: { rule: 'first_seen_on_or_after', date: '2026-12-12' },
      status: { state: 'open' },
      created_at: '2026-12-01T17:00:00Z',
    }),
  ]);
  await open(page, '/');
  const card = page.getByRole('region', { name: QUESTION });
  // Folded at first, to a third of the screen at most.
  const box = await card.boundingBox();
  expect(box?.height ?? 0).toBeLessThanOrEqual(844 / 3);
  await card.getByText('2 ideas from your notes, and an intention').click();
  // Ana's game and Ben's silence are on Today already: the ideas are about others.
  await expect(card.getByRole('list', { name: 'Ideas from your notes' }).getByRole('listitem')).toHaveText([
    'Get to know Cleo, new since Tue 1 Dec: ask what they enjoy',
    'Bring up chess with Dev: 8 days since you last connected',
  ]);
  await card.getByLabel('My intention for this week').fill('Sit with Ben at snack time');
  await page.reload();
  await whenLoaded(page);
  await expect(card.getByLabel('My intention for this week')).toHaveValue('Sit with Ben at snack time');
  await card.getByRole('button', { name: 'Keep for the week' }).click();
  const week = page.getByRole('region', { name: 'This week', exact: true });
  await expect(week).toContainText('Sit with Ben at snack time');
  await expect(card).toHaveCount(0);

  // Still there on Sunday; the question is back on Monday, a new week.
  await page.clock.setFixedTime(new Date('2026-12-13T16:00:00Z'));
  await open(page, '/');
  await expect(week).toContainText('Sit with Ben at snack time');
  await page.clock.setFixedTime(new Date('2026-12-14T16:00:00Z'));
  await open(page, '/');
  await expect(card).toBeVisible();
  await expect(week).toHaveCount(0);
  await card.getByText(/from your notes, and an intention|Write an intention/).click();
  await card.getByRole('button', { name: 'Not this week' }).click();
  await expect(card).toHaveCount(0);
  await page.reload();
  await whenLoaded(page);
  await expect(card).toHaveCount(0);

  // The leader can move the day it comes back.
  await open(page, '/settings');
  await page.getByLabel('Ask me on').selectOption('Wednesday');
  await page.clock.setFixedTime(new Date('2026-12-16T16:00:00Z'));
  await open(page, '/');
  await expect(card).toBeVisible();
});
