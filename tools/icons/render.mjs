// Draws Attune's PNG icons from the SVGs beside this file into public/icons/.
// Run after changing an SVG: node tools/icons/render.mjs (uses the end-to-end
// tests' Playwright and the machine's Chromium).
//
// Chromium draws each size; the pixels are then written as a palette PNG of
// at most 256 colours. The mark is five flat colours and their anti-aliased
// edges, so the palette loses nothing visible and the files are about a third
// of the size of full-colour ones: every byte of an icon is downloaded on a
// first visit and kept in the offline copy.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

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

/** The RGBA pixels of an SVG drawn at `size` × `size`. */
async function pixels(browser, svg, size) {
  const page = await browser.newPage();
  const art = readFileSync(here(svg), 'utf8');
  const base64 = await page.evaluate(
    async ({ art, size }) => {
      const image = new Image(size, size);
      image.src = `data:image/svg+xml;base64,${btoa(art)}`;
      await image.decode();
      const canvas = new OffscreenCanvas(size, size);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0, size, size);
      const bytes = context.getImageData(0, 0, size, size).data;
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(text);
    },
    { art, size },
  );
  await page.close();
  return Buffer.from(base64, 'base64');
}

/**
 * The 256 most common colours, and each pixel's nearest among them.
 * Colours are compared with their alpha, so an edge stays an edge.
 */
function quantize(rgba) {
  const counts = new Map();
  for (let i = 0; i < rgba.length; i += 4) {
    const colour = rgba.readUInt32BE(i);
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const palette = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 256).map(([colour]) => colour);
  const channels = (c) => [c >>> 24, (c >>> 16) & 255, (c >>> 8) & 255, c & 255];
  const split = palette.map(channels);
  const nearest = new Map(palette.map((colour, index) => [colour, index]));
  const indices = Buffer.alloc(rgba.length / 4);
  for (let i = 0; i < indices.length; i++) {
    const colour = rgba.readUInt32BE(i * 4);
    let index = nearest.get(colour);
    if (index === undefined) {
      const [r, g, b, a] = channels(colour);
      let best = Infinity;
      split.forEach(([pr, pg, pb, pa], candidate) => {
        const d = (r - pr) ** 2 + (g - pg) ** 2 + (b - pb) ** 2 + 2 * (a - pa) ** 2;
        if (d < best) [best, index] = [d, candidate];
      });
      nearest.set(colour, index);
    }
    indices[i] = index;
  }
  return { palette: split, indices };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** A PNG of colour type 3 (palette), with the palette's alpha in tRNS. */
function palettePng(size, { palette, indices }) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // palette
  const rows = Buffer.alloc(size * (size + 1));
  for (let y = 0; y < size; y++) indices.copy(rows, y * (size + 1) + 1, y * size, (y + 1) * size);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flatMap(([r, g, b]) => [r, g, b]))),
    chunk('tRNS', Buffer.from(palette.map(([, , , a]) => a))),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
for (const [svg, png, size] of out) {
  const file = palettePng(size, quantize(await pixels(browser, svg, size)));
  writeFileSync(here(`../../public/icons/${png}`), file);
  console.log(`${png}: ${file.length} bytes`);
}
await browser.close();
