// How every test launches the machine's Chromium: headless, no sandbox (root),
// and no background traffic to any other host.
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
export const PORT = Number(process.env.PORT ?? 8091);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const PHONE = { width: 390, height: 844 };
