import { chromium, type BrowserContext } from "playwright-core";
import { tempDir } from "./build-site.ts";

/** Debian's Chromium, as this machine allows it: no sandbox as root, no background network, a fresh profile. */
export async function launchChromium(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(tempDir("chromium-profile-"), {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
