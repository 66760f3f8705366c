// What the benchmark measures of using Attune once it is open: each tap
// timed from the tap to the frame that shows its answer, many times over,
// so a p95 means something.
import { BASE_URL, RUNS, copyProfile, launch, loaded } from './browser.mjs';

/** Saves timed in one sitting, after one not counted. */
export const SAVES = 20;
/** Saves each first after opening the app. */
export const FIRST_SAVES = 5;
/** Openings of the busy kid's page in each run, after the first. */
const KID_OPENS = 5;
/** Follow-ups marked done on Today in a run. */
const DONE_TAPS = 25;
/** Typed one key at a time: 29 keystrokes, each shown before the next. */
export const SEARCH_TERMS = ['soccer', 'drawing', 'big game', 'zoe', 'tired'];

/**
 * Milliseconds from tapping Save to the frame showing the note in the
 * timeline. The kid's page is kept under the note form, so the note's line
 * is there before the page is shown again: it counts once it can be seen.
 */
function timeSave(page, text) {
  return page.evaluate((text) => {
    const start = performance.now();
    document.querySelector('form button[type="submit"]').click();
    return window.untilShown(start, () => {
      const line = document.querySelector('ol.timeline li');
      return line?.textContent.includes(text) && line.checkVisibility();
    });
  }, text);
}

/**
 * Saves notes about the busy kid as a leader does in a session: the app is
 * opened once on the kid's page, and each note starts from its "New note"
 * button. Returns the time of each of SAVES saves in use, and of FIRST_SAVES
 * saves that were each the first after opening the app, which also pay for
 * the browser compiling the code a save runs.
 */
export async function saveNotes(profile, throttle) {
  const { context, page } = await launch(profile, throttle);
  await page.goto(`${BASE_URL}/kids`);
  await page.locator('main[aria-busy="false"]').waitFor({ state: 'attached' });
  const href = await page.getByRole('link', { name: /^Marco/ }).getAttribute('href');
  const write = async (text) => {
    await page.getByLabel('Note', { exact: true }).fill(text);
    return timeSave(page, text);
  };
  const first = [];
  for (let i = 0; i < FIRST_SAVES; i++) {
    await page.goto(`${BASE_URL}/note?kid=${href.split('/').pop()}`);
    await page.locator('main[aria-busy="false"]').waitFor({ state: 'attached' });
    first.push(await write(`Benchmark note ${i}, first after opening`));
  }
  // One page load for the rest: its first save warms up and is not counted,
  // being the case measured just above.
  await page.goto(`${BASE_URL}${href}`);
  await page.locator('main[aria-busy="false"]').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: 'New note' }).click();
  await write('Benchmark note, warming up');
  const times = [];
  for (let i = 0; i < SAVES; i++) {
    await page.getByRole('link', { name: 'New note' }).click();
    await page.getByLabel('Note', { exact: true }).waitFor();
    times.push(await write(`Benchmark note ${i} about the match`));
  }
  await context.close();
  return { times, first };
}

/** Puts `text` in the search box as a keystroke does and times it to the frame showing its results. */
function timeSearch(page, text) {
  return page.evaluate((text) => {
    const box = document.querySelector('input[type="search"]');
    const start = performance.now();
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    const nothing = `Nothing found for “${text}”.`;
    return window.untilShown(
      start,
      () =>
        document.querySelector('ul[aria-label="Search results"]')?.dataset.query === text ||
        [...document.querySelectorAll('p.muted')].some((p) => p.textContent === nothing),
    );
  }, text);
}

/**
 * Search on the Kids page. `whole`: each term put in at once, as the
 * benchmark always measured it. `keys`: each term typed a key at a time
 * into an empty box, every keystroke timed to the frame showing the
 * results for what is typed so far, as a leader sees them while typing.
 */
export async function searches(profile, throttle) {
  const { context, page } = await launch(profile, throttle);
  await page.goto(`${BASE_URL}/kids`);
  await page.locator('main[aria-busy="false"]').waitFor({ state: 'attached' });
  await loaded(page);
  const whole = [];
  for (const term of SEARCH_TERMS) whole.push(await timeSearch(page, term));
  const keys = [];
  for (const term of SEARCH_TERMS) {
    await page.getByRole('searchbox').fill('');
    await page.getByRole('list', { name: 'Kids' }).waitFor();
    for (let i = 1; i <= term.length; i++) keys.push(await timeSearch(page, term.slice(0, i)));
  }
  await context.close();
  return { whole, keys };
}

/** Milliseconds from a click to the frame after `selector` matches `count` elements. */
function timeClick(page, target, selector, count) {
  return page.evaluate(
    ({ target, selector, count }) => {
      const start = performance.now();
      document.querySelector(target).click();
      return window.untilShown(start, () => document.querySelectorAll(selector).length >= count);
    },
    { target, selector, count },
  );
}

/**
 * Opens the busy kid's page (300 notes) from the Kids list, to the newest
 * 20 entries shown: RUNS starts of the app, each opening it once as the
 * first tap after the start (`first`) and then KID_OPENS times more, back
 * to the list in between (`times`).
 */
export async function kidPages(profile, throttle) {
  const first = [];
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await launch(profile, throttle);
    await page.goto(`${BASE_URL}/kids`);
    await loaded(page);
    const link = page.getByRole('link', { name: /^Marco/ });
    await link.waitFor();
    const href = await link.getAttribute('href');
    for (let i = 0; i <= KID_OPENS; i++) {
      const ms = await timeClick(page, `a[href="${href}"]`, 'ol.timeline li', 20);
      (i === 0 ? first : times).push(ms);
      await page.goBack();
      await link.waitFor();
      await page.locator('ol.timeline').waitFor({ state: 'detached' });
    }
    await context.close();
  }
  return { first, times };
}

/**
 * Taps Done on the first follow-up under "Follow up today", timed to the
 * frame where it has left the list and the question of how it went is
 * shown, then skips the question (untimed), DONE_TAPS times. On a copy of
 * the profile: the follow-ups stay open for the next run and every other part.
 */
export async function doneOnToday(profile, throttle) {
  const { copy, remove } = copyProfile(profile, 'done');
  const { context, page } = await launch(copy, throttle);
  await page.goto(`${BASE_URL}/`);
  await loaded(page);
  const times = [];
  for (let i = 0; i < DONE_TAPS; i++) {
    const t = await page.evaluate(() => {
      const section = document.querySelector('section[aria-labelledby="due-h"]');
      // What is listed as due, shown or behind "Show N more": one fewer
      // once the tapped follow-up has gone from view (another may move up
      // into view). Its row is hidden at the tap and removed once stored.
      const rows = 'li.follow-up-row:not(.done):not([hidden])';
      const due = () => {
        const more = [...section.querySelectorAll(':scope > button')].find((b) => /^Show \d+ more$/.test(b.textContent));
        return section.querySelectorAll(rows).length + Number(more?.textContent.match(/\d+/)[0] ?? 0);
      };
      const row = section?.querySelector(rows);
      const button = row && [...row.querySelectorAll('button')].find((b) => b.textContent === 'Done');
      if (!button) return null;
      const before = due();
      const start = performance.now();
      button.click();
      return window.untilShown(start, () => due() === before - 1 && section.querySelector('form.outcome') !== null);
    });
    if (t === null) break;
    times.push(t);
    // Skipped, as by a leader with nothing to add: each tap starts from the same Today.
    await page.locator('form.outcome').getByRole('button', { name: 'Skip' }).click();
    await page.locator('form.outcome').waitFor({ state: 'detached' });
    await page.waitForTimeout(150);
  }
  await context.close();
  remove();
  return times;
}

/**
 * Starts a session of the first group offered (15 to 20 kids; the table
 * gives the count) and taps each kid present,
 * timing each tap to the frame showing it pressed.
 */
export async function toggles(profile, throttle) {
  const { context, page } = await launch(profile, throttle);
  // Main-thread work a tap causes, from Chromium's own task accounting:
  // the handler, the write's completion, and the redraw and layout it brings.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  };
  // Times one tap twice over: to the frame showing it, and the work it caused
  // once its write has landed and everything it redraws is drawn.
  const tap = async (click) => {
    const before = await busy();
    const shown = await page.evaluate(click);
    if (shown === null) return null;
    await page.waitForTimeout(150);
    return { shown, work: (await busy()) - before };
  };
  await page.goto(`${BASE_URL}/session`);
  await page.locator('main[aria-busy="false"]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: /^Start a session of/ }).first().click();
  const buttons = page.getByRole('list', { name: 'Attendance' }).getByRole('button');
  await buttons.first().waitFor();
  const count = await buttons.count();
  const times = [];
  const work = [];
  // Every kid in, every kid out, and in again: three taps per kid, so the
  // p95 is not just the slowest single tap.
  for (const pressed of ['true', 'false', 'true']) {
    for (let i = 0; i < count; i++) {
      const t = await tap(
        `(() => {
          const start = performance.now();
          document.querySelectorAll('ul[aria-label="Attendance"] button')[${i}].click();
          return window.untilShown(
            start,
            () => document.querySelectorAll('ul[aria-label="Attendance"] button')[${i}]?.getAttribute('aria-pressed') === '${pressed}',
          );
        })()`,
      );
      times.push(t.shown);
      work.push(t.work);
    }
  }
  // Then "Asked ✓" on up to 40 follow-ups, each timed to the frame showing
  // the question of how it went.
  const asked = [];
  const askedWork = [];
  for (let i = 0; i < 40; i++) {
    const t = await tap(`(() => {
      const button = document.querySelector('button[aria-label^="Asked: "]');
      if (!button) return null;
      const before = document.querySelectorAll('form.outcome').length;
      const start = performance.now();
      button.click();
      return window.untilShown(start, () => document.querySelectorAll('form.outcome').length > before);
    })()`);
    if (t === null) break;
    asked.push(t.shown);
    askedWork.push(t.work);
  }
  // Leave the profile as it was: the session is ended, not left open, and
  // no outcome question is left waiting.
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Finish session' }).click();
  await page.waitForURL(/\/session$/);
  await page.evaluate(() => localStorage.removeItem('attune.draft.outcomes'));
  await context.close();
  return { times, work, count, asked, askedWork };
}
