// A restore holds every rule the app holds. Each bullet is one test:
// - the preview names each broken entry of a file, and why;
// - "without them" restores the rest, and after a reload the app shows
//   exactly that, with nothing set aside;
// - adding finds a kid on this phone that the file lacks;
// - a file mostly broken is refused, and this phone keeps what it had.
import { expect, test, type Page } from './fixtures';
import { addKid, open, restoreBackup, whenLoaded } from './helpers';
import { look } from './look';

const id = (n: number) => n.toString(16).padStart(16, '0');
const [GROUP, MARCO, ZOE, NEW_KID, ELSEWHERE] = [0xa1, 0xb1, 0xb2, 0xb3, 0x99];

const kid = (n: number, name: string, extra: object = {}) => ({
  v: 1, kind: 'kid', data: { id: id(n), display_name: name, groups: [id(GROUP)], created_at: '2026-11-01T10:00:00Z', ...extra },
});
const note = (n: number, kids: number[], text: string, extra: object = {}) => ({
  v: 1, kind: 'note', data: { id: id(n), text, kids: kids.map(id), created_at: '2026-11-20T16:00:00+01:00', ...extra },
});
const followUp = (n: number, who: number, prompt: string) => ({
  v: 1, kind: 'followup', data: {
    id: id(n), kid: id(who), prompt, due: { rule: 'next_time_seen' }, status: { state: 'open' }, created_at: '2026-11-20T16:00:00+01:00',
  },
});

/** A sound file of five entries: a group, Marco and Zoë in it, a note about Marco and a follow-up. */
const sound = () => [
  { v: 1, kind: 'group', data: { id: id(GROUP), name: 'Tuesday Huddle' } },
  kid(MARCO, 'Marco'),
  kid(ZOE, 'Zoë'),
  note(0xc1, [MARCO], 'Big game on Saturday'),
  followUp(0xd1, MARCO, 'Ask about the big game'),
];

async function choose(page: Page, records: unknown[]) {
  await open(page, '/settings');
  await page.getByLabel('Restore from a backup…').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ attune_backup: 1, records })),
  });
  return page.getByRole('region', { name: 'Backup preview' });
}

/** After a reload: nothing set aside, and these kids, in order. */
async function reloadedHolds(page: Page, kids: RegExp[]) {
  await open(page, '/kids');
  await page.reload();
  await whenLoaded(page);
  await expect(page.getByTestId('quarantine-banner')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Kids' }).getByRole('link')).toHaveText(kids);
}

const cases: { what: string; extra: unknown[]; lines: string[] }[] = [
  {
    what: 'a name of 3,000,000 characters, and a note about that kid',
    extra: [kid(NEW_KID, 'x'.repeat(3_000_000)), note(0xc3, [NEW_KID], 'Quiet today')],
    lines: [
      'entry 6: a name of 3,000,000 characters, the limit is 40',
      'entry 7: a note about a kid who is left out (entry 6)',
    ],
  },
  { what: 'an empty name', extra: [kid(NEW_KID, '  ')], lines: ['entry 6: an empty name'] },
  {
    what: 'a note of 2 MB',
    extra: [note(0xc3, [MARCO], 'a'.repeat(2 * 1024 * 1024))],
    lines: ['entry 6: a note of 2,097,152 characters, the limit is 2,000'],
  },
  {
    what: 'a note and a follow-up about a kid who is neither in the file nor here',
    extra: [note(0xc3, [ELSEWHERE], 'Played chess'), followUp(0xd3, ELSEWHERE, 'Ask about chess')],
    lines: [
      'entry 6: a note about a kid who is not in the file',
      'entry 7: a follow-up for a kid who is not in the file',
    ],
  },
  {
    what: 'a kid created in the year 9999',
    extra: [kid(NEW_KID, 'Sam', { created_at: '9999-12-31T10:00:00Z' })],
    lines: ['entry 6: a date in the year 9999, more than 5 years ahead'],
  },
  {
    what: 'a chip and a mood Attune does not know',
    extra: [
      note(0xc3, [MARCO], 'Hi', { chips: ['grumpy'] }),
      { v: 1, kind: 'session', data: { id: id(0xe1), group: id(GROUP), date: '2026-11-24', attendance: [{ kid: id(MARCO), present: true, mood: 'ecstatic' }] } },
    ],
    lines: ['entry 6: a chip “grumpy” that Attune does not know', 'entry 7: a mood “ecstatic” that Attune does not know'],
  },
];

for (const { what, extra, lines } of cases) {
  test(`${what}: named in the preview, and the rest replaces everything without it`, async ({ page }) => {
    await addKid(page, 'Lena', 'piano');
    const preview = await choose(page, [...sound(), ...extra]);
    await expect(preview.getByTestId('backup-problems')).toContainText(/in this file breaks? Attune's rules/);
    await expect(preview.getByRole('list', { name: 'Broken entries' }).getByRole('listitem')).toHaveText(lines);
    const without = `, without ${lines.length} broken ${lines.length === 1 ? 'entry' : 'entries'}`;
    await expect(preview).toContainText(`Replace everything: this phone ends up holding exactly the backup${without};`);
    await preview.getByRole('button', { name: 'Replace without them' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toHaveText(
      `Restored${without}. Everything else on this phone now matches the backup.`,
    );
    await reloadedHolds(page, [/^Marco/, /^Zoë/]);
    await page.getByRole('link', { name: /^Marco/ }).click();
    await expect(page.locator('ol.timeline')).toContainText('Big game on Saturday');
    await expect(page.locator('ol.timeline li').filter({ hasText: /Played chess|Hi$/ })).toHaveCount(0);
  });
}

test('adding finds the kid a note is about on this phone, and leaves out only what has no kid', async ({ page }) => {
  await restoreBackup(page, [kid(ELSEWHERE, 'Ana', { groups: [] })]);
  const preview = await choose(page, [
    ...sound(),
    note(0xc3, [ELSEWHERE], 'Played chess'),
    followUp(0xd3, ELSEWHERE, 'Ask about chess'),
    kid(NEW_KID, ''),
  ]);
  // The file alone lacks Ana: replacing would leave three entries out.
  await expect(preview.getByRole('list', { name: 'Broken entries' }).getByRole('listitem')).toHaveText([
    'entry 6: a note about a kid who is not in the file',
    'entry 7: a follow-up for a kid who is not in the file',
    'entry 8: an empty name',
  ]);
  await expect(preview).toContainText(
    "Add to what's here: Adding brings 2 kids, 2 notes, 2 follow-ups, 1 group, without 1 broken entry.",
  );
  await preview.getByRole('button', { name: 'Add without them' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveText(
    'Added 2 kids, 2 notes, 2 follow-ups, 1 group, without 1 broken entry. Nothing already on this phone was changed.',
  );
  await reloadedHolds(page, [/^Ana/, /^Marco/, /^Zoë/]);
  await page.getByRole('link', { name: /^Ana/ }).click();
  await expect(page.locator('ol.timeline')).toContainText('Played chess');
  await expect(page.getByText('Ask about chess').first()).toBeVisible();
});

test('a file mostly broken is refused, and this phone keeps what it had', async ({ page }) => {
  await addKid(page, 'Lena', 'piano');
  const preview = await choose(page, [kid(0xb5, ''), kid(0xb6, 'Sam', { created_at: '1970-01-01T00:00:00Z' }), kid(0xb7, 'Zoë', { groups: [] })]);
  await expect(preview.getByRole('alert')).toHaveText(
    "Nothing was changed: 2 of the file's 3 entries break Attune's rules or need one that does, too many to trust the rest.",
  );
  await expect(preview.getByRole('list', { name: 'Broken entries' }).getByRole('listitem')).toHaveText([
    'entry 1: an empty name',
    'entry 2: a date in the year 1970, before 2000',
  ]);
  await expect(preview.getByRole('button', { name: /Add|Replace/ })).toHaveCount(0);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toHaveCount(0);
  await reloadedHolds(page, [/^Lena/]);
  await page.getByRole('link', { name: /^Lena/ }).click();
  await expect(page.getByText('piano')).toBeVisible();
});

test('a long list of broken entries shows five and how many more', async ({ page }) => {
  const more = ['Ava', 'Ben', 'Cleo', 'Dev', 'Eli', 'Finn'].map((name, i) => kid(0xb20 + i, name));
  const nameless = [0, 1, 2, 3, 4, 5].map((i) => kid(0xb10 + i, ''));
  const preview = await choose(page, [...sound(), ...more, note(0xc3, [ELSEWHERE], 'Orphan'), ...nameless]);
  await expect(preview.getByRole('list', { name: 'Broken entries' }).getByRole('listitem')).toHaveCount(5);
  await expect(preview.getByRole('list', { name: 'Broken entries' }).getByRole('listitem').first()).toHaveText(
    'entry 12: a note about a kid who is not in the file',
  );
  await expect(preview).toContainText('…and 2 more.');
  await expect(preview.getByTestId('backup-problems')).toContainText("7 entries in this file break Attune's rules:");
  await preview.scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await look(page, 'settings-restore-problems', scheme);
  }
  await preview.getByRole('button', { name: 'Add without them' }).click();
  await reloadedHolds(page, [/^Ava/, /^Ben/, /^Cleo/, /^Dev/, /^Eli/, /^Finn/, /^Marco/, /^Zoë/]);
});

test('when only adding is sound enough, replacing is not offered', async ({ page }) => {
  await restoreBackup(page, [kid(ELSEWHERE, 'Ana', { groups: [] })]);
  const about = (n: number) => note(0xc10 + n, [ELSEWHERE], `Chess game ${n}`);
  const preview = await choose(page, [kid(MARCO, 'Marco', { groups: [] }), about(1), about(2), about(3)]);
  await expect(preview).toContainText("Replace everything: not offered: it would leave out 3 of the file's 4 entries.");
  await expect(preview.getByRole('button', { name: /Replace/ })).toHaveCount(0);
  await preview.getByRole('button', { name: "Add to what's here" }).click();
  await reloadedHolds(page, [/^Ana/, /^Marco/]);
  await page.getByRole('link', { name: /^Ana/ }).click();
  await expect(page.locator('ol.timeline li')).toHaveCount(3);
});
