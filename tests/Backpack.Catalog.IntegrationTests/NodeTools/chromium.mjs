// Debian's chromium, headless, as the browser checks start it: never a downloaded browser (CHROMIUM_PATH or /usr/bin/chromium),
// and with background networking off, since this machine's closed network refuses those connections.
import { chromium } from 'playwright-core';

export function launchHeadless(userDataDir, timeout) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    timeout,
  });
}
