// Mistakes can be fixed: a note edited or deleted from the timeline, and
// every one-tap change taken back from the undo bar, all of it stored.
import { expect, test, type Page } from './fixtures';
import { open, record, restoreBackup, whenLoaded } from './helpers';
import { look } from './look';

test.use({ timezoneId: 'UTC' });

const JAYDEN = '00000000000000b1';
const SOFIA = '00000000000000b2';

/** Jayden with a note about the big game and its follow-up, Sofia with a note of her own. */
const story = [
  record('kid', { id: JAYDEN, display_name: 'Jayden', interests: ['soccer'], created_at: '2026-11-01T10:00:00Z' }),
  record('kid', { id: SOFIA, display_name: 'Sofia', created_at: '2026-11-01T10:00:00Z' }),
  record('note', { id: '00000000000000c1', text: 'Big game on Saturday #soccer', kids: [JAYDEN], tags: ['soccer'], created_at: '2026-12-01T17:00:00Z' }),
  record('note', { id: '00000000000000c2', text: 'Drew a dragon', kids: [SOFIA], created_at: '2026-11-30T17:00:00Z' }),
  record('followup', {
    id: '00000000000000d1', kid: JAYDEN, prompt: 'Ask about the big game', from_note: '00000000000000c1',
    due: { rule: 'on_date', date: '2026-12-02' }, status: { state: 'open' }, created_at: '2026-12-01T17:00:00Z',
  }),
];

const timeline = (page: Page) => page.locator('ol.timeline li');
const dueToday = (page: Page) => page.getByRole('region', { name: 'Follow up today' });
const undoBar = (page: Page) => page.locator('.undo-bar');

async function search(page: Page, words: string) {
  await open(page, `/kids?q=${encodeURIComponent(words)}`);
}

test('a note edited (words and kids) stays edited after a reload and is found by its new words only', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T10:00:00Z'));
  await restoreBackup(page, story);
  await open(page, `/kids/${JAYDEN}`);
  await timeline(page).filter({ hasText: 'Big game' }).getByRole('link', { name: /Edit the note/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit note' })).toBeVisible();
  await page.getByLabel('Note', { exact: true }).fill('Big match on Sunday with his cousin #football');
  await page.getByRole('list', { name: 'About' }).getByRole('button', { name: 'Remove Jayden' }).click();
  await page.getByLabel('Who is it about?').fill('So');
  await page.getByRole('group', { name: 'Matching kids' }).getByRole('button', { name: 'Sofia' }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jayden' })).toBeVisible();
  await page.reload();
  await whenLoaded(page);
  await expect(timeline(page)).toHaveCount(0);

  await open(page, `/kids/${SOFIA}`);
  const edited = timeline(page).filter({ hasText: 'Big match on Sunday with his cousin' });
  await expect(edited).toContainText('edited');
  await expect(edited).toContainText('Tue 1 Dec');
  // Its follow-up came with it, moved to the day the note now names.
  await expect(page.getByRole('region', { name: 'To follow up' })).toContainText('Ask about the big game');
  // Sofia, added to the note, takes its tag as an interest, as from a new note.
  await expect(page.getByRole('list', { name: 'Interests' }).getByRole('listitem')).toHaveText(['football']);

  await search(page, 'cousin');
  await expect(page.getByRole('list', { name: 'Search results' })).toContainText('Sofia');
  await search(page, 'big game');
  await expect(page.getByText('Nothing found for “big game”.')).toBeVisible();
});

test('a note deleted is gone after a reload with its open follow-up, and nothing else went', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T10:00:00Z'));
  await restoreBackup(page, story);
  await open(page, '/');
  await expect(dueToday(page).getByRole('listitem')).toHaveCount(1);
  await open(page, `/kids/${JAYDEN}`);
  await timeline(page).filter({ hasText: 'Big game' }).getByRole('link', { name: /Edit the note/ }).click();
  await page.getByRole('button', { name: 'Delete note…' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Delete this note?' });
  await expect(ask).toContainText('its 1 follow-up still open (Ask about the big game)');
  await ask.getByRole('button', { name: 'Delete note' }).click();
  await expect(undoBar(page)).toContainText('Note deleted');
  await page.reload();
  await whenLoaded(page);
  await expect(timeline(page)).toHaveCount(0);
  await open(page, '/');
  await expect(dueToday(page)).toContainText('Nothing due today');
  await open(page, `/kids/${SOFIA}`);
  await expect(timeline(page)).toHaveText([/Drew a dragon/]);
  await open(page, `/kids/${JAYDEN}`);
  await expect(page.getByRole('list', { name: 'Interests' }).getByRole('listitem')).toHaveText(['soccer']);
});

for (const action of ['Done', 'Dismiss', 'Snooze'] as const) {
  test(`${action} on Today is undone, and after a reload the follow-up is back as it was`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-02T10:00:00Z'));
    await restoreBackup(page, story);
    await open(page, '/');
    const row = dueToday(page).getByRole('listitem').filter({ hasText: 'Ask about the big game' });
    await row.getByRole('button', { name: action }).click();
    if (action === 'Snooze') await page.getByRole('group', { name: 'Snooze for' }).getByRole('button', { name: '3 days' }).click();
    await expect(row).toHaveCount(0);
    const label = { Done: 'Asked ✓ Jayden', Dismiss: 'Dismissed · Jayden', Snooze: 'Snoozed until Sat 5 Dec · Jayden' }[action];
    await expect(undoBar(page)).toContainText(label);
    await undoBar(page).getByRole('button', { name: 'Undo' }).click();
    await expect(undoBar(page)).toBeEmpty();
    await expect(dueToday(page).getByRole('listitem')).toHaveText([/Jayden.*Overdue|Jayden.*Due today/]);
    await page.reload();
    await whenLoaded(page);
    await expect(dueToday(page).getByRole('listitem')).toHaveText([/Jayden.*Due today.*Ask about the big game/]);
    await expect(page.getByText('how did it go?')).toHaveCount(0);
  });
}

test('the undo bar goes after about eight seconds and a second change replaces it', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-02T10:00:00Z') });
  await restoreBackup(page, [
    ...story,
    record('followup', {
      id: '00000000000000d2', kid: SOFIA, prompt: 'Ask about the dragon',
      due: { rule: 'on_date', date: '2026-12-02' }, status: { state: 'open' }, created_at: '2026-12-01T17:00:00Z',
    }),
  ]);
  await open(page, '/');
  await dueToday(page).getByRole('listitem').filter({ hasText: 'dragon' }).getByRole('button', { name: 'Dismiss' }).click();
  await expect(undoBar(page)).toContainText('Dismissed · Sofia');
  await dueToday(page).getByRole('listitem').filter({ hasText: 'big game' }).getByRole('button', { name: 'Dismiss' }).click();
  await expect(undoBar(page)).toHaveText(/Dismissed · Jayden/);
  await page.clock.runFor(9_000);
  await expect(undoBar(page)).toBeEmpty();
});

test('undo with storage failing says so and loses nothing', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T10:00:00Z'));
  await restoreBackup(page, story);
  await open(page, '/');
  await dueToday(page).getByRole('listitem').getByRole('button', { name: 'Dismiss' }).click();
  await expect(undoBar(page)).toContainText('Dismissed · Jayden');
  await page.evaluate(() => ((window as unknown as { attuneFailWrites?: string }).attuneFailWrites = 'QuotaExceededError'));
  await undoBar(page).getByRole('button', { name: 'Undo' }).click();
  await expect(undoBar(page)).toContainText('storage for Attune is full');
  await expect(undoBar(page).getByRole('button', { name: 'Undo' })).toBeVisible();
  await page.evaluate(() => delete (window as unknown as { attuneFailWrites?: string }).attuneFailWrites);
  await undoBar(page).getByRole('button', { name: 'Undo' }).click();
  await expect(dueToday(page).getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await whenLoaded(page);
  await expect(dueToday(page).getByRole('listitem')).toHaveText([/Ask about the big game/]);
});

test('a wrong tag is taken off the kid, and put back with Undo', async ({ page }) => {
  await restoreBackup(page, story);
  await open(page, `/kids/${JAYDEN}`);
  const interests = page.getByRole('list', { name: 'Interests' }).getByRole('listitem');
  await page.getByRole('button', { name: 'Remove soccer' }).click();
  await expect(interests).toHaveCount(0);
  await undoBar(page).getByRole('button', { name: 'Undo' }).click();
  await expect(interests).toHaveText(['soccer']);
  await page.getByRole('button', { name: 'Remove soccer' }).click();
  await page.reload();
  await whenLoaded(page);
  await expect(interests).toHaveCount(0);
});

test('a backup made after edits and deletions restores to the same state', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T10:00:00Z'));
  await restoreBackup(page, story);
  await open(page, `/kids/${JAYDEN}`);
  await timeline(page).filter({ hasText: 'Big game' }).getByRole('link', { name: /Edit the note/ }).click();
  await page.getByLabel('Note', { exact: true }).fill('Big game on Sunday #soccer');
  await page.getByRole('button', { name: 'Save changes' }).click();
  // Saved, the edit goes back to the kid's page: wait for it before moving on.
  await expect(timeline(page).filter({ hasText: 'Big game on Sunday' })).toHaveCount(1);
  await open(page, `/kids/${SOFIA}`);
  await timeline(page).getByRole('link', { name: /Edit the note/ }).click();
  await page.getByRole('button', { name: 'Delete note…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete note' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sofia' })).toBeVisible();
  await open(page, '/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup' }).click();
  const file = await (await download).path();
  const before = await everything(page);
  await page.getByLabel('Restore from a backup…').setInputFiles(file);
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByText('Restored.')).toBeVisible();
  await page.reload();
  await whenLoaded(page);
  expect(await everything(page)).toEqual(before);
});

/** What the leader can see of both kids: their pages' timelines and interests. */
async function everything(page: Page) {
  const out: string[] = [];
  for (const kid of [JAYDEN, SOFIA]) {
    await open(page, `/kids/${kid}`);
    out.push(...(await timeline(page).allInnerTexts()));
    out.push(...(await page.locator('.chips[aria-label=Interests] li').allInnerTexts()));
  }
  await open(page, '/settings');
  return out;
}

test('look: a note being edited, the delete confirmation, and the undo bar over Today', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.setFixedTime(new Date('2026-12-02T10:00:00Z'));
  await restoreBackup(page, story);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, `/notes/00000000000000c1/edit`);
    await page.getByLabel('Note', { exact: true }).fill('Big game on Sunday #soccer');
    await look(page, 'note-edit', scheme);
    await page.getByRole('button', { name: 'Delete note…' }).click();
    await page.getByRole('alertdialog').scrollIntoViewIfNeeded();
    await look(page, 'note-delete', scheme);
    await open(page, '/');
    await dueToday(page).getByRole('listitem').getByRole('button', { name: 'Snooze' }).click();
    await page.getByRole('group', { name: 'Snooze for' }).getByRole('button', { name: '1 day' }).click();
    await expect(undoBar(page)).toContainText('Snoozed');
    await look(page, 'undo-bar', scheme);
    await undoBar(page).getByRole('button', { name: 'Undo' }).click();
    await expect(undoBar(page)).toBeEmpty();
  }
});
