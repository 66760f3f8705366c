import { expect, test, type Page } from './fixtures';
import { addKid, open, restoreBackup, whenLoaded } from './helpers';

test('a new leader is told to add a kid first', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByRole('heading', { name: 'Start with the kids in your group' })).toBeVisible();
  await page.getByRole('link', { name: 'Add a kid' }).click();
  await expect(page).toHaveURL(/\/kids\/new$/);
});

test('add a kid, reload, and the kid is still there', async ({ page }) => {
  await addKid(page, 'Marco', 'soccer, #drawing');
  const interests = page.getByRole('list', { name: 'Interests' });
  await expect(interests.getByRole('listitem')).toHaveText(['soccer', 'drawing']);

  await page.reload();
  await whenLoaded(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Marco' })).toBeVisible();

  await page.getByRole('link', { name: 'Kids' }).click();
  await expect(page.getByRole('list', { name: 'Kids' }).getByRole('link')).toHaveText([/Marco/]);
});

test('edit a kid, archive them, and restore them', async ({ page }) => {
  await addKid(page, 'Zoë', 'art');
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Zoë');
  await page.getByLabel('Nickname (optional)').fill('Zo');
  await page.getByLabel('Interests').fill('art, climbing');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zo' })).toBeVisible();
  await expect(page.getByText('Name: Zoë')).toBeVisible();

  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Archived: hidden from lists and sessions.')).toBeVisible();
  await page.getByRole('link', { name: 'Kids' }).click();
  await expect(page.getByRole('list', { name: 'Kids' }).getByRole('link')).toHaveCount(0);

  await page.getByRole('link', { name: 'Show archived (1)' }).click();
  await page.getByRole('link', { name: /Zo/ }).click();
  await page.getByRole('button', { name: 'Restore from archive' }).click();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
  await page.reload();
  await whenLoaded(page);
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
  await page.getByRole('link', { name: 'Kids' }).click();
  await expect(page.getByRole('list', { name: 'Kids' }).getByRole('link')).toHaveText([/Zo \(Zoë\)/]);
});

test('a kid needs a name, and the form says so without losing the rest', async ({ page }) => {
  await open(page, '/kids/new');
  await page.getByLabel('Interests').fill('chess');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Add a name/);
  await expect(page.getByLabel('Interests')).toHaveValue('chess');
});

test('two kids with one name must be told apart by a nickname', async ({ page }) => {
  await addKid(page, 'Sam');
  await open(page, '/kids/new');
  await page.getByLabel('Name', { exact: true }).fill('sam');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Add a nickname/);
  await page.getByLabel('Nickname (optional)').fill('Sammy');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sammy' })).toBeVisible();
});

/** Marco with 30 notes, "Note number 1" to 30 a day apart, his page open. */
async function openMarcoWithThirtyNotes(page: Page) {
  const notes = Array.from({ length: 30 }, (_, i) => ({
    v: 1,
    kind: 'note',
    data: {
      id: (0x100 + i).toString(16).padStart(16, '0'),
      text: `Note number ${i + 1}`,
      kids: ['00000000000000b1'],
      created_at: new Date(Date.UTC(2026, 9, 1 + i, 16)).toISOString(),
    },
  }));
  const kid = {
    v: 1,
    kind: 'kid',
    data: { id: '00000000000000b1', display_name: 'Marco', created_at: '2026-09-01T10:00:00Z' },
  };
  await restoreBackup(page, [kid, ...notes]);
  await open(page, '/kids/00000000000000b1');
}

test('a long timeline shows the newest notes first, older ones on request', async ({ page }) => {
  await openMarcoWithThirtyNotes(page);
  const items = page.locator('ol.timeline li');
  await expect(items).toHaveCount(20);
  await expect(items.first()).toContainText('Note number 30');
  await page.getByRole('button', { name: 'Show older (10 more)' }).click();
  await expect(items).toHaveCount(30);
  await expect(items.last()).toContainText('Note number 1');
});

test('a note written from a kid\'s page goes back to the page as it was left, with the note on top', async ({ page }) => {
  await openMarcoWithThirtyNotes(page);
  const items = page.locator('ol.timeline li');
  await page.getByRole('button', { name: 'Show older (10 more)' }).click();
  await expect(items).toHaveCount(30);

  // Back from the note form: the page is still opened out to every note.
  await page.getByRole('link', { name: 'New note' }).click();
  await expect(page.getByRole('heading', { name: 'New note' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Marco' })).toBeHidden();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Marco' })).toBeVisible();
  await expect(items).toHaveCount(30);

  // Saved: the note is on top of the page as it was, nothing folded away.
  await page.getByRole('link', { name: 'Add a note about Marco' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill('Scored twice at practice');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page).toHaveURL(/\/kids\/00000000000000b1$/);
  await expect(items.first()).toContainText('Scored twice at practice');
  await expect(items).toHaveCount(31);
  await expect(items.last()).toContainText('Note number 1');
  await expect(page.getByRole('button', { name: /^Show older/ })).toHaveCount(0);

  // Saving went back to the page, as closing a sheet does: Back now leaves
  // the page rather than opening an empty note form.
  await page.goBack();
  await expect(page).not.toHaveURL(/\/note/);
  await expect(page.getByRole('heading', { name: 'New note' })).toHaveCount(0);
});

test('delete asks first, says it cannot be undone, and Keep changes nothing', async ({ page }) => {
  await addKid(page, 'Marco', 'soccer');
  await page.getByRole('link', { name: 'Add a note about Marco' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Scored twice');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('ol.timeline li').first()).toContainText('Scored twice');
  await expect(page).toHaveURL(/\/kids\/[0-9a-f]{16}$/);
  const url = page.url();

  await page.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete Marco for good?' });
  await expect(dialog).toContainText('the 1 note only about them');
  await expect(dialog).toContainText('This cannot be undone.');
  await dialog.getByRole('button', { name: 'Keep' }).click();
  await expect(dialog).toHaveCount(0);
  await page.reload();
  await whenLoaded(page);
  await expect(page.locator('ol.timeline li').first()).toContainText('Scored twice');

  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Delete Marco' }).click();
  await expect(page).toHaveURL(/\/kids$/);
  await expect(page.getByRole('heading', { name: 'No kids yet' })).toBeVisible();
  await page.goto(url);
  await whenLoaded(page);
  await expect(page.getByRole('heading', { name: 'This kid is not in your notes' })).toBeVisible();
});

test('the Kids list filters by group and sorts by longest without contact', async ({ page }) => {
  const group = (id: string, name: string) => ({
    v: 1,
    kind: 'group',
    data: { id, name, meeting_days: ['Tue'], cadence_days: 14 },
  });
  const kid = (id: string, name: string, groups: string[]) => ({
    v: 1,
    kind: 'kid',
    data: { id, display_name: name, groups, created_at: '2026-10-01T10:00:00Z' },
  });
  const note = (id: string, kid: string, day: string) => ({
    v: 1,
    kind: 'note',
    data: { id, text: 'x', kids: [kid], created_at: `${day}T16:00:00Z` },
  });
  await page.clock.setFixedTime(new Date('2026-12-10T12:00:00Z'));
  await restoreBackup(page, [
    group('00000000000000a1', 'Tuesday Huddle'),
    group('00000000000000a2', 'Art club'),
    kid('00000000000000b1', 'Ana', ['00000000000000a1']),
    kid('00000000000000b2', 'Ben', ['00000000000000a1', '00000000000000a2']),
    kid('00000000000000b3', 'Cleo', ['00000000000000a2']),
    kid('00000000000000b4', 'Dev', []),
    note('00000000000000c1', '00000000000000b1', '2026-12-09'),
    note('00000000000000c2', '00000000000000b3', '2026-11-20'),
    note('00000000000000c3', '00000000000000b4', '2026-12-01'),
  ]);
  await open(page, '/kids');
  const names = page.getByRole('list', { name: 'Kids' }).locator('.kid-name');
  await expect(names).toHaveText(['Ana', 'Ben', 'Cleo', 'Dev']);
  await expect(page.getByRole('list', { name: 'Kids' }).getByRole('listitem').first()).toContainText(
    'Last connected yesterday',
  );

  await page.getByLabel('Order').selectOption('Longest without contact');
  await expect(names).toHaveText(['Ben', 'Cleo', 'Dev', 'Ana']);
  await expect(page.getByRole('list', { name: 'Kids' }).getByRole('listitem').nth(1)).toContainText(
    'Last connected 20 days ago',
  );
  await page.getByLabel('Group').selectOption('Art club');
  await expect(names).toHaveText(['Ben', 'Cleo']);

  // The choice is in the address, so a reload or Back keeps it.
  await page.reload();
  await whenLoaded(page);
  await expect(names).toHaveText(['Ben', 'Cleo']);
  await expect(page.getByLabel('Order')).toHaveValue('contact');
  await page.getByLabel('Group').selectOption('All groups');
  await expect(names).toHaveText(['Ben', 'Cleo', 'Dev', 'Ana']);
});
