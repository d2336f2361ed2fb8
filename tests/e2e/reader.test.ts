import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { buildAndServe, searchResults, type ServedSite } from "../helpers/served-site.ts";

let served: ServedSite;
let page: Page;

before(async () => {
  served = await buildAndServe();
  ({ page } = served);
});

after(() => served?.close());

function search(query: string): Promise<{ href: string; text: string }[]> {
  return searchResults(served, query);
}

test("the timeline served from a sub-folder shows its events in date order, 2016 to 2021", async () => {
  const response = await page.goto(served.url);
  assert.equal(response?.status(), 200);
  assert.equal(await page.getAttribute("html", "lang"), "fr");
  const dates = await page.locator("main .evenement-date time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
  assert.ok(dates.length >= 10, `only ${dates.length} events on the home page`);
  assert.deepEqual([...dates].sort((a, b) => a.slice(0, 7).localeCompare(b.slice(0, 7))).map((d) => d.slice(0, 7)), dates.map((d) => d.slice(0, 7)));
  assert.equal(dates[0].slice(0, 4), "2016");
  assert.equal(dates.at(-1)!.slice(0, 4), "2021");
  assert.ok(dates.includes("2016-12-30"), "Vladimir Poutine's 30 December 2016 decision is on the timeline");
  const styles = await page.evaluate(() => getComputedStyle(document.querySelector(".evenement")!).borderLeftWidth);
  assert.equal(styles, "4px", "the stylesheet loads from the sub-folder");
});

test("a source link leads into the article, to the sentence that gave the event", async () => {
  await page.goto(served.url);
  const link = page.locator("main .source-lien a").first();
  const href = await link.getAttribute("href");
  assert.match(href ?? "", /^articles\/[a-z0-9-]+\/#phrase-\d+$/);
  await link.click();
  await page.waitForURL(/\/archives\/chronique\/articles\/[a-z0-9-]+\/#phrase-\d+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  const sentence = page.locator(`[id="${anchor}"]`);
  assert.equal(await sentence.getAttribute("class"), "phrase-source");
  assert.ok(((await sentence.textContent()) ?? "").length > 20);
  assert.equal(await page.locator("h1").count(), 1);
});

test("searching « Lavrov » finds Sergueï Lavrov and the events he took part in", async () => {
  const results = await search("Lavrov");
  assert.ok(results.length >= 2, JSON.stringify(results));
  assert.ok(results.some((result) => /\/acteurs\/sergue[iï]-lavrov\/$/.test(result.href) || /Lavrov/.test(result.text)), JSON.stringify(results));
  for (const result of results) assert.ok(result.href.startsWith(served.url), `${result.href} stays in the sub-folder`);
  await page.locator("#recherche-page .pagefind-ui__result-link").first().click();
  await page.waitForLoadState("load");
  assert.ok(page.url().startsWith(served.url));
  assert.match((await page.locator("main").textContent()) ?? "", /Lavrov/);
});

test("searching « expulsion » leads to the December 2016 expulsions, on their month's page", async () => {
  const results = await search("expulsion");
  const hit = results.find((result) => /\/annees\/2016\/12\/#2016-12[^/]*expulsion[^/]*$/.test(result.href));
  assert.ok(hit, JSON.stringify(results));
  await page.goto(hit.href);
  const card = page.locator(`[id="${new URL(hit.href).hash.slice(1)}"]`);
  assert.equal(await card.count(), 1, "the sub-result's anchor is the event's card");
  assert.match((await card.textContent()) ?? "", /expuls/u);
  assert.match(await card.locator("a.lien-permanent").getAttribute("href") ?? "", /evenements\/2016-12[^/]*expulsion[^/]*\.html$/u);
});
