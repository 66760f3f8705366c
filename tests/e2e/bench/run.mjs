// Attune's benchmark: download size, start-up, taps and memory of the
// release build in headless Chromium, on data sets of a year (0 to 10,000
// notes) and of three years (30,000 notes), unthrottled and with the CPU
// slowed 4x. Prints a table, each figure with its budget where it has one,
// and writes it as JSON. `cargo xtask bench` generates the data first.
//
// BENCH_ONLY=search,kid measures only those parts: first, cold, save,
// search, kid, toggle, done, lock. BENCH_RUNS sets the runs a median is
// taken of (5); BENCH_PORT the port served on (8092, and the one after it
// for the first visit).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, RUNS, frameFloor, median, percentile, prepareProfile, startServer } from './browser.mjs';
import { coldStart, firstVisit, lockTimes, transferSizes } from './start.mjs';
import { FIRST_SAVES, SAVES, doneOnToday, kidPages, saveNotes, searches, toggles } from './taps.mjs';

const ONLY = process.env.BENCH_ONLY?.split(',');
const wanted = (part) => !ONLY || ONLY.includes(part);

/** The data sets by notes, as `cargo xtask bench` writes them. */
const DATA = {
  0: 'year-0.json',
  100: 'year-100.json',
  1000: 'year-1000.json',
  10000: 'year-10000.json',
  30000: 'three-years-30000.json',
};
const COLD_AT = [0, 1000, 10000, 30000];
const SAVE_AT = [100, 10000, 30000];
/** Where search, Done on Today, toggles and the kid's page are tapped. */
const TAP_AT = [10000, 30000];
const LOCK_AT = [10000];
/** Cold starts broken down into their phases, and memory after load. */
const DETAIL_AT = [10000, 30000];

// The budgets. A tap on a phone CPU (the CPU slowed 4x) answers within
// 100 ms, at a year's and at three years' notes; unthrottled, a save shows
// its note in the frame after the next one at worst. Three years of notes
// start to Today drawn by the app within a second, in under 40 MB of wasm.
const TAP_MS = 100;
const FRAME_SLACK_MS = 16;
const COLD_MS = 1000;
const COLD_BUDGET_AT = 30000;
const WASM_MB = 40;
const WASM_BUDGET_AT = 30000;

const within = (max) => ({ text: `≤ ${max} ms`, met: (v) => v <= max });
const under = (max, unit) => ({ text: `< ${max} ${unit}`, met: (v) => v < max });
const sized = (notes) => (notes === 30000 ? `${notes} notes, 3 years` : `${notes} notes`);

async function main() {
  const server = await startServer();
  try {
    await measure();
  } finally {
    server.kill();
  }
}

async function measure() {
  const rows = transferSizes();
  const add = (name, value, unit, budget) =>
    rows.push({ name, value, unit, ...(budget ? { budget: budget.text, met: budget.met(value) } : {}) });
  if (wanted('first')) {
    const first = await firstVisit();
    add('first visit: sent over the network, page and offline copy (brotli)', first.bytes / 1024, 'KB');
    add('first visit: times the wasm was sent', first.wasm, '');
  }
  const taps = ['search', 'kid', 'toggle', 'done'].some(wanted);
  // The floor under every tap, and with it the unthrottled save's budget.
  let saveBudget;
  if (wanted('save') || taps) {
    const floor = await frameFloor();
    const p95 = percentile(floor, 95);
    add('next-frame wait alone, empty page, tap to painted p50', percentile(floor, 50), 'ms');
    add('next-frame wait alone, empty page, tap to painted p95', p95, 'ms');
    saveBudget = {
      text: `≤ ${(p95 + FRAME_SLACK_MS).toFixed(1)} ms: next frame p95 + ${FRAME_SLACK_MS}`,
      met: (v) => v <= p95 + FRAME_SLACK_MS,
    };
  }
  const needed = new Set([
    ...(wanted('cold') ? COLD_AT : []),
    ...(wanted('save') ? SAVE_AT : []),
    ...(taps ? TAP_AT : []),
    ...(wanted('lock') ? LOCK_AT : []),
  ]);
  const profiles = {};
  for (const notes of needed) profiles[notes] = await prepareProfile(DATA[notes]);

  for (const throttle of [1, 4]) {
    const suffix = throttle > 1 ? ` (CPU ${throttle}x slower)` : '';
    // Only slowed down and only at the sizes it is promised at.
    const tapBudget = (notes) => (throttle > 1 && TAP_AT.includes(notes) ? within(TAP_MS) : undefined);
    for (const notes of wanted('cold') ? COLD_AT : []) {
      const n = `${sized(notes)}${suffix}`;
      // One start first, not counted: the parts measured before may have
      // changed the journal (a session), which forgets the kept copy of
      // Today until Today is seen again, as it would for a leader.
      await coldStart(profiles[notes], throttle);
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await coldStart(profiles[notes], throttle));
      // What the leader sees first: the kept copy of Today, else Today as
      // the app draws it.
      const seen = runs.map((r) => (Number.isNaN(r.kept) ? r.ms : Math.min(r.kept, r.ms)));
      const copied = runs.filter((r) => !Number.isNaN(r.kept));
      add(`cold start to Today on screen, ${n}`, median(seen), 'ms');
      add(`  runs that showed the kept copy of Today, ${n}`, copied.length, '');
      const coldBudget = throttle > 1 && notes === COLD_BUDGET_AT ? within(COLD_MS) : undefined;
      add(`  cold start to Today drawn by the app, ${n}`, median(runs.map((r) => r.ms)), 'ms', coldBudget);
      if (copied.length > 0) {
        add(`  cold start to the copy giving way to the app's Today, ${n}`, median(copied.map((r) => r.gone)), 'ms');
      }
      add(`  first paint, ${n}`, median(runs.map((r) => r.firstPaint)), 'ms');
      if (DETAIL_AT.includes(notes)) {
        // The parts of that start, each from navigation start.
        for (const [mark, label] of [
          ['attune:db-open', 'database open'],
          ['attune:shell', 'app running'],
          ['attune:read-head', "Today's records read"],
          ['attune:head-loaded', "Today's records decoded"],
          ['attune:loaded', 'history decoded'],
        ]) {
          add(`  ${notes} notes: ${label} at${suffix}`, median(runs.map((r) => r.phases[mark] ?? NaN)), 'ms');
        }
        add(`  ${notes} notes: longest frame while the history decodes${suffix}`, median(runs.map((r) => r.longestFrame)), 'ms');
      }
      if (throttle === 1 && DETAIL_AT.includes(notes)) {
        const wasmBudget = notes === WASM_BUDGET_AT ? under(WASM_MB, 'MB') : undefined;
        add(`wasm memory after load, ${sized(notes)}`, median(runs.map((r) => r.wasmBytes)) / 2 ** 20, 'MB', wasmBudget);
        add(`JS heap after load, ${sized(notes)}`, median(runs.map((r) => r.heapBytes)) / 2 ** 20, 'MB');
      }
    }
    for (const notes of wanted('save') ? SAVE_AT : []) {
      const n = `${sized(notes)}${suffix}`;
      const { times, first } = await saveNotes(profiles[notes], throttle);
      add(`save a note, tap to the note on screen p50, ${SAVES} saves, ${n}`, percentile(times, 50), 'ms');
      const budget = throttle > 1 ? tapBudget(notes) : saveBudget;
      add(`save a note, tap to the note on screen p95, ${SAVES} saves, ${n}`, percentile(times, 95), 'ms', budget);
      add(`  first save after opening the app, median of ${FIRST_SAVES}, ${n}`, median(first), 'ms');
    }
    for (const notes of wanted('search') ? TAP_AT : []) {
      const n = `${sized(notes)}${suffix}`;
      const { whole, keys } = await searches(profiles[notes], throttle);
      add(`search, whole term at once, median of ${whole.length} terms, ${n}`, median(whole), 'ms');
      add(`search keystroke, typed to results painted p50, ${keys.length} keys, ${n}`, percentile(keys, 50), 'ms');
      add(`search keystroke, typed to results painted p95, ${keys.length} keys, ${n}`, percentile(keys, 95), 'ms', tapBudget(notes));
    }
    for (const notes of wanted('done') ? TAP_AT : []) {
      const n = `${sized(notes)}${suffix}`;
      const times = await doneOnToday(profiles[notes], throttle);
      if (times.length === 0) {
        add(`Done on Today: nothing due to tap, ${n}`, 0, '');
        continue;
      }
      add(`Done on Today, tap to row gone and question shown p50, ${times.length} taps, ${n}`, percentile(times, 50), 'ms');
      add(`Done on Today, tap to row gone and question shown p95, ${times.length} taps, ${n}`, percentile(times, 95), 'ms', tapBudget(notes));
    }
    for (const notes of wanted('toggle') ? TAP_AT : []) {
      const { times, work, count, asked, askedWork } = await toggles(profiles[notes], throttle);
      const n = `${sized(notes)}${suffix}`;
      add(`session toggle, tap to painted p50, ${times.length} taps, ${count} kids, ${n}`, percentile(times, 50), 'ms');
      add(`session toggle, tap to painted p95, ${times.length} taps, ${count} kids, ${n}`, percentile(times, 95), 'ms', tapBudget(notes));
      add(`session toggle, main-thread work p50, ${count} kids, ${n}`, percentile(work, 50), 'ms');
      add(`session toggle, main-thread work p95, ${count} kids, ${n}`, percentile(work, 95), 'ms');
      if (asked.length > 0) {
        add(`session Asked ✓, tap to painted p50, ${asked.length} follow-ups, ${n}`, percentile(asked, 50), 'ms');
        add(`session Asked ✓, tap to painted p95, ${asked.length} follow-ups, ${n}`, percentile(asked, 95), 'ms', tapBudget(notes));
        add(`session Asked ✓, main-thread work p50, ${asked.length} follow-ups, ${n}`, percentile(askedWork, 50), 'ms');
        add(`session Asked ✓, main-thread work p95, ${asked.length} follow-ups, ${n}`, percentile(askedWork, 95), 'ms');
      }
    }
    for (const notes of wanted('kid') ? TAP_AT : []) {
      const n = `${sized(notes)}${suffix}`;
      const { first, times } = await kidPages(profiles[notes], throttle);
      const what = `open a kid's page (300 notes, newest 20 shown)`;
      add(`${what} p50, ${times.length} taps, ${n}`, percentile(times, 50), 'ms');
      add(`${what} p95, ${times.length} taps, ${n}`, percentile(times, 95), 'ms', tapBudget(notes));
      add(`  ${what}, first tap after opening the app, median of ${first.length}, ${n}`, median(first), 'ms');
    }
    for (const notes of wanted('lock') ? LOCK_AT : []) {
      const { enable, unlock } = await lockTimes(profiles[notes], throttle);
      add(`app lock: turn on (encrypt every record), ${sized(notes)}${suffix}`, enable, 'ms');
      add(`app lock: tap Unlock to all loaded, ${sized(notes)}${suffix}`, median(unlock), 'ms');
    }
  }
  print(rows);
}

function print(rows) {
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`\nAttune benchmark (median of ${RUNS} runs each; p50 and p95 over the taps named)\n`);
  for (const r of rows) {
    const budget = r.budget ? `  [${r.budget}] ${r.met ? 'met' : 'missed'}` : '';
    console.log(`${r.name.padEnd(width)}  ${r.value.toFixed(1).padStart(9)} ${r.unit.padEnd(2)}${budget}`);
  }
  const budgeted = rows.filter((r) => r.budget);
  const missed = budgeted.filter((r) => !r.met);
  console.log(`\nbudgets: ${budgeted.length - missed.length} of ${budgeted.length} met`);
  for (const r of missed) console.log(`  missed: ${r.name.trim()}: ${r.value.toFixed(1)} ${r.unit}, budget ${r.budget}`);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'results.json'), JSON.stringify({ runs: RUNS, rows }, null, 2));
  console.log(`\nwritten to target/bench/results.json`);
}

await main();
