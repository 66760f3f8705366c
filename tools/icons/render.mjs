// Draws Attune's PNG icons from the SVGs beside this file into public/icons/.
// Run after changing an SVG: node tools/icons/render.mjs (uses the end-to-end
// tests' Playwright and the machine's Chromium).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const require = createRequire(here('../../tests/e2e/package.json'));
const { chromium } = require('@playwright/test');

const out = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon.svg', 'apple-touch-icon.png', 180],
  ['icon.svg', 'favicon-32.png', 32],
  ['maskable.svg', 'maskable-192.png', 192],
  ['maskable.svg', 'maskable-512.png', 512],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
for (const [svg, png, size] of out) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const art = readFileSync(here(svg), 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${art}`);
  await page.screenshot({ path: here(`../../public/icons/${png}`), omitBackground: true });
  await page.close();
}
await browser.close();
