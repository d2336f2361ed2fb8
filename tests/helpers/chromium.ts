import { rm } from "node:fs/promises";
import { chromium, type BrowserContext } from "playwright-core";
import { tempDir } from "./build-site.ts";

/** Debian's Chromium, as this machine allows it: no sandbox as root, no background network, a fresh profile, removed on close. */
export async function launchChromium(): Promise<BrowserContext> {
  const profile = tempDir("chromium-profile-");
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  // Removed once closing is done: Chromium's helper processes may still be writing its cache when "close" fires.
  const close = context.close.bind(context);
  context.close = async (options) => {
    await close(options);
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  };
  return context;
}
