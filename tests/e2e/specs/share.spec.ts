// Sharing into Attune from another app: the manifest offers Attune as a
// place to share text, and what is shared opens the note form with it,
// with no network, leaving a note being written set aside, not lost.
import { expect, test } from './fixtures';
import { addKid, open, whenLoaded } from './helpers';

test('the manifest takes shared text to /share', async ({ page }) => {
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest.share_target).toEqual({
    action: '/share',
    method: 'GET',
    params: { title: 'title', text: 'text', url: 'url' },
  });
  // Everything else the installed app had stays as it was.
  expect(manifest.shortcuts.map((s: { url: string }) => s.url)).toEqual(['/note', '/session']);
});

test('text shared from another app, offline, opens a new note with it and sets the unfinished one aside', async ({ page, context }) => {
  await open(page, '/');
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
  await addKid(page, 'Marco');
  await page.getByRole('link', { name: 'Add a note about Marco' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Half a thought about the game');

  await context.setOffline(true);
  // As Android opens it when a parent's message is shared to Attune.
  await page.goto('/share?title=&text=Marco%27s+game+moved+to+Sunday%2C+10%3A00');
  await whenLoaded(page);
  await expect(page).toHaveURL(/\/note$/);
  await expect(page.getByRole('heading', { level: 1, name: 'New note' })).toBeVisible();
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue("Marco's game moved to Sunday, 10:00");
  await expect(page.getByText('Unfinished note about Marco')).toBeVisible();

  // Back or a reload does not share it twice.
  await page.reload();
  await whenLoaded(page);
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue("Marco's game moved to Sunday, 10:00");
  await expect(page.getByText('Unfinished note about Marco')).toHaveCount(1);
  await context.setOffline(false);
});
