import { defineConfig } from '@playwright/test';
import { BASE_URL, CHROMIUM, CHROMIUM_ARGS, PHONE, PORT } from './chromium.mjs';

export default defineConfig({
  testDir: './specs',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    viewport: PHONE,
    hasTouch: true,
    isMobile: true,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node serve.mjs`,
    env: { PORT: String(PORT) },
    url: `${BASE_URL}/`,
    reuseExistingServer: false,
  },
});
