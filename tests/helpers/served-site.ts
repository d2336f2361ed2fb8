import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { launchChromium } from "./chromium.ts";
import { runBuild, tempDir } from "./build-site.ts";
import { serveStatic } from "./serve-static.ts";

/** A site built by the build command, served from a sub-folder, with a Chromium page to read it. */
export interface ServedSite {
  /** The folder it was built into. */
  dir: string;
  /** Its address, in the sub-folder. */
  url: string;
  page: Page;
  close(): Promise<void>;
}

/** Builds the default articles with `args` and serves the site under /archives/chronique/ on 127.0.0.1. */
export async function buildAndServe(args: string[] = []): Promise<ServedSite> {
  const work = tempDir();
  const dir = path.join(work, "site");
  const build = runBuild(["--output", dir, ...args]);
  assert.equal(build.status, 0, build.stderr);
  const site = await serveStatic(dir, "/archives/chronique/");
  const browser = await launchChromium();
  const page = await browser.newPage();
  return {
    dir,
    url: site.url,
    page,
    close: async () => {
      await browser.close();
      await site.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Types `query` into the site's search page and gives the links of the results once they show. */
export async function searchResults(served: ServedSite, query: string): Promise<{ href: string; text: string }[]> {
  const { page } = served;
  await page.goto(new URL("recherche/", served.url).href);
  const input = page.locator("#recherche-page input");
  await input.waitFor();
  await input.fill(query);
  const results = page.locator("#recherche-page .pagefind-ui__result-link");
  await results.first().waitFor({ timeout: 15_000 });
  return results.evaluateAll((links) => links.map((link) => ({ href: (link as HTMLAnchorElement).href, text: link.textContent ?? "" })));
}
