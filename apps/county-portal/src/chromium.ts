// Debian's Chromium, never a downloaded browser: the flags these machines need.
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Launches headless Chromium from `CHROMIUM_PATH` or `/usr/bin/chromium`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
