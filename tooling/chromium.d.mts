import type { Browser } from 'playwright-core';

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export declare const CHROMIUM_PATH: string;
/** The flags: headless, no sandbox (containers), nothing reaching the network on its own. */
export declare const CHROMIUM_ARGS: readonly string[];
/** Launches headless Chromium from {@link CHROMIUM_PATH}. */
export declare function launchChromium(): Promise<Browser>;
