import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { buildAndServe, searchResults, type ServedSite } from "../helpers/served-site.ts";

// The default articles, with a search index cut into parts as a large archive's is (see searchParts).
let served: ServedSite;
let page: Page;
const failures: string[] = [];

before(async () => {
  served = await buildAndServe(["--search-part-chars", "5000"]);
  ({ page } = served);
  // The browser asks the server's root for a favicon of its own accord: not the site's.
  page.on("console", (message) => { if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) failures.push(`${message.text()} ${message.location().url}`); });
  page.on("response", (response) => { if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`); });
  page.on("requestfailed", (request) => failures.push(`failed ${request.url()}`));
});

after(() => served?.close());

function search(query: string): Promise<{ href: string; text: string }[]> {
  return searchResults(served, query);
}

test("the site is built with its search index in parts, which every page names", () => {
  const folders = readdirSync(served.dir).filter((name) => name.startsWith("pagefind")).sort();
  assert.ok(folders.length >= 3, folders.join(", "));
  const named = /data-recherche-parties="([^"]+)"/u.exec(readFileSync(path.join(served.dir, "index.html"), "utf8"))?.[1].split(" ");
  assert.deepEqual(named, folders.slice(1));
});

test("one search finds the actors and the events of every part, served from a sub-folder", async () => {
  const results = await search("Poutine");
  const years = new Set(results.flatMap((result) => /\/annees\/(\d{4})\//u.exec(result.href)?.[1] ?? []));
  assert.ok(years.has("2016") && years.has("2021"), `events of 2016 and of 2021: ${[...years].join(", ")}`);
  for (const result of results) assert.ok(result.href.startsWith(served.url), `${result.href} stays in the sub-folder`);
  const actors = await search("Lavrov");
  assert.ok(actors.some((result) => /\/acteurs\/sergue[iï]-lavrov\/$/u.test(result.href)), JSON.stringify(actors));
  assert.deepEqual(failures, [], "every part loads");
});

test("the filters list the values of every part", async () => {
  await search("Poutine");
  const filters = page.locator("#recherche-page .pagefind-ui__filter-panel");
  await filters.waitFor();
  const labels = await page.locator("#recherche-page .pagefind-ui__filter-label").allTextContents();
  const text = labels.join(" ");
  assert.match(text, /2016/u);
  assert.match(text, /2021/u);
});
