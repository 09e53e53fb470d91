import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/**
 * Debian's two builds of Chromium, the lighter first. The headless shell has no window or profile to keep,
 * and the browser tests cost 40% less processor time in it (docs/decisions/0012-chromium-headless-shell.md).
 */
const DEBIAN_CHROMIUMS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

/** Where Chromium is: CHROMIUM_PATH, else Debian's headless shell if installed, else Debian's Chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUMS.find((path) => existsSync(path)) ?? DEBIAN_CHROMIUMS.at(-1)!;
}

/** How Chromium is started: Debian's, with nothing reaching the network. */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  };
}

/** Debian's Chromium, driven by playwright-core. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
