// The kept copy of Today: a cold start at "/" shows Today as the leader last
// saw it before the app has loaded, follows a link tapped on it once the app
// is in, and shows nothing that could be out of date or that the lock hides.
import { expect, test, type Page } from './fixtures';
import { addKid, open, restoreBackup, turnOn, unlock, whenLoaded } from './helpers';

// The app's files come from the server, so a test can hold the wasm back
// and look at the page before the app runs.
test.use({ serviceWorkers: 'block' });

const KID = '00000000000000b1';
const KEY = 'attune-today';
const SHOTS = '../../target/screenshots';

/** Marco, his follow-up due today, and `notes` older notes about him. */
async function story(page: Page, notes = 0) {
  await page.clock.setFixedTime(new Date('2026-12-10T16:00:00Z'));
  const history = Array.from({ length: notes }, (_, i) => ({
    v: 1, kind: 'note',
    data: { id: (0xc000 + i).toString(16).padStart(16, '0'), text: `Note ${i}`, kids: [KID], created_at: '2026-11-05T16:00:00Z' },
  }));
  await restoreBackup(page, [
    ...history,
    { v: 1, kind: 'kid', data: { id: KID, display_name: 'Marco', interests: ['soccer'], created_at: '2026-11-01T10:00:00Z' } },
    {
      v: 1, kind: 'followup',
      data: { id: '00000000000000d1', kid: KID, prompt: 'Ask about the big game', due: { rule: 'on_date', date: '2026-12-10' }, status: { state: 'open' }, created_at: '2026-11-20T16:00:00Z' },
    },
  ]);
  await open(page, '/');
  await expect(page.getByText('Ask about the big game', { exact: true })).toBeVisible();
  await expect.poll(() => kept(page)).toBe(true);
}

function kept(page: Page): Promise<boolean> {
  return page.evaluate((key) => localStorage.getItem(key) !== null, KEY);
}

/**
 * Holds the app's wasm back until the returned function is called. The
 * route stays; once released, the wasm goes through at once.
 */
const holds = new WeakMap<Page, { held: Promise<void> }>();
async function holdApp(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const hold = holds.get(page);
  if (hold) {
    hold.held = held;
  } else {
    const fresh = { held };
    holds.set(page, fresh);
    await page.route(/_bg\.wasm$/, async (route) => {
      await fresh.held;
      await route.continue();
    });
  }
  return release;
}

interface DomNode {
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * The text of the kept copy on screen, or null when there is none. It is in
 * a closed shadow root, which only the DevTools protocol sees into.
 */
async function copyText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await cdp.detach();
  const inside = (n: DomNode) => [...(n.shadowRoots ?? []), ...(n.children ?? [])];
  const isHost = (n: DomNode) => (n.attributes ?? []).some((a, i, all) => a === 'id' && all[i + 1] === 'kept');
  const find = (n: DomNode): DomNode | undefined => (isHost(n) ? n : inside(n).map(find).find(Boolean));
  const text = (n: DomNode): string => (n.nodeType === 3 ? (n.nodeValue ?? '') : inside(n).map(text).join(' '));
  const host = find(root);
  return host ? text(host).replace(/\s+/g, ' ') : null;
}

/**
 * How many pixels of two screenshots differ by more than antialiasing does,
 * compared on a blank page of the same browser.
 */
async function differingPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  const blank = await page.context().newPage();
  const count = await blank.evaluate(async (sources) => {
    const pixels = async (src: string) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height).data;
    };
    const [x, y] = await Promise.all(sources.map(pixels));
    if (x.length !== y.length) return Infinity;
    let differ = 0;
    for (let i = 0; i < x.length; i += 4) {
      if (Math.abs(x[i] - y[i]) + Math.abs(x[i + 1] - y[i + 1]) + Math.abs(x[i + 2] - y[i + 2]) > 48) differ++;
    }
    return differ;
  }, [a, b].map((png) => `data:image/png;base64,${png.toString('base64')}`));
  await blank.close();
  return count;
}

test('a cold start shows Today as last seen before the app is in, and a kid tapped on it then opens', async ({ page }) => {
  // Enough history that the app draws Today a while before it is all in.
  await story(page, 2000);
  const marco = await page.getByRole('link', { name: 'Marco', exact: true }).first().boundingBox();
  const release = await holdApp(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  const shown = await copyText(page);
  expect(shown).toContain('Today');
  expect(shown).toContain('Thursday 10 December');
  expect(shown).toContain('Ask about the big game');
  // Nothing of the app runs yet.
  await expect(page.locator('main')).toHaveCount(0);
  await page.mouse.click(marco!.x + marco!.width / 2, marco!.y + marco!.height / 2);
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Marco' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/kids/${KID}$`));
  expect(await copyText(page)).toBeNull();

  // Untouched, the copy gives way to Today drawn by the app, which looks
  // the same to the pixel and answers taps.
  await page.goBack();
  // Whether the app was still loading when the copy went.
  await page.addInitScript(() => {
    const w = window as unknown as { busyAtGone?: string | null };
    let seen = false;
    new MutationObserver(() => {
      const kept = document.getElementById('kept') !== null;
      if (seen && !kept && w.busyAtGone === undefined) w.busyAtGone = document.querySelector('main')?.getAttribute('aria-busy');
      seen ||= kept;
    }).observe(document, { childList: true, subtree: true });
  });
  const again = await holdApp(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(await copyText(page)).toContain('Ask about the big game');
  const copy: Record<string, Buffer> = {};
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Colours ease into a new scheme; the copy's, in its closed root, are
    // not listed by the page, so this waits out their 0.12 s.
    await page.waitForTimeout(300);
    copy[scheme] = await page.screenshot({ path: `${SHOTS}/today-kept-copy-${scheme}.png` });
  }
  again();
  await whenLoaded(page);
  expect(await copyText(page)).toBeNull();
  // Drawn from Today's records alone, the app's screen lacks the week's
  // reflection, which waits for the notes: the copy stayed until they were in.
  expect(await page.evaluate(() => (window as unknown as { busyAtGone: string }).busyAtGone)).toBe('false');
  await expect(page.getByRole('link', { name: 'New note' })).toBeVisible();
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    const drawn = await page.screenshot({ path: `${SHOTS}/today-after-copy-${scheme}.png` });
    expect(await differingPixels(page, drawn, copy[scheme]), `Today drawn by the app, ${scheme}`).toBeLessThan(10);
  }
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('Ask about the big game', { exact: true })).toHaveCount(0);
});

test('the Note button tapped on the copy opens the note form in the same page once the app is in', async ({ page }) => {
  await story(page);
  const note = await page.getByRole('link', { name: 'New note' }).boundingBox();
  const release = await holdApp(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(await copyText(page)).toContain('Ask about the big game');
  await page.mouse.click(note!.x + note!.width / 2, note!.y + note!.height / 2);
  // A page that is loaded again forgets this.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'New note' })).toBeVisible();
  await expect(page).toHaveURL(/\/note$/);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test('a change forgets the copy until Today is seen again; on another day none is shown', async ({ page }) => {
  await story(page);
  // A change made on another screen: the copy no longer says what Today would.
  await addKid(page, 'Zoë');
  expect(await kept(page)).toBe(false);
  let release = await holdApp(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  expect(await copyText(page)).toBeNull();
  release();
  await whenLoaded(page);
  // Seen again, Today is kept again, with the change.
  await expect.poll(() => kept(page)).toBe(true);
  release = await holdApp(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(await copyText(page)).toContain('Zoë');
  release();
  await whenLoaded(page);

  // The next day Today says other things: the copy is not shown.
  await page.clock.setFixedTime(new Date('2026-12-11T16:00:00Z'));
  release = await holdApp(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(await copyText(page)).toBeNull();
  release();
  await whenLoaded(page);
  await expect(page.getByText('Friday 11 December')).toBeVisible();
});

test('the copy carries no inline style, which the page would refuse, even if a field was given one', async ({ page }) => {
  await story(page);
  // A browser leaves a style on a field the leader resized by hand.
  await page.locator('main h1').evaluate((h) => ((h as HTMLElement).style.color = 'inherit'));
  await page.evaluate(() => {
    const w = window as unknown as { attuneToday: { discard(): void; setLive(on: boolean): void; save(): void } };
    w.attuneToday.discard();
    w.attuneToday.setLive(true);
    w.attuneToday.save();
  });
  await expect.poll(() => kept(page)).toBe(true);
  const copy = await page.evaluate((key) => localStorage.getItem(key) ?? '', KEY);
  expect(copy).toContain('Today');
  expect(copy).not.toContain('style=');
  // Shown at the next start without the policy refusing anything (the
  // fixture fails the test on any refusal).
  await page.reload();
  await whenLoaded(page);
});

test('with the app lock on, no copy of Today is kept', async ({ page }) => {
  await story(page);
  await turnOn(page, 'correct horse');
  expect(await kept(page)).toBe(false);
  await page.goto('/');
  await unlock(page, 'correct horse');
  await whenLoaded(page);
  await expect(page.getByText('Ask about the big game', { exact: true })).toBeVisible();
  // Hidden is when the copy would be written.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  expect(await kept(page)).toBe(false);
  const stored = await page.evaluate(() => Object.values(localStorage).join('\n'));
  expect(stored).not.toContain('Marco');
});
