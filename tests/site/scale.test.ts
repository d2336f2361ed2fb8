import assert from "node:assert/strict";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { after, before, test } from "node:test";
import { readArticles } from "../../src/ingest/read-articles.ts";
import { makeCorpus } from "../../src/bench/make-corpus.ts";
import { ROOT, runBuild, tempDir } from "../helpers/build-site.ts";

let work: string;
let out: string;
let events: { id: string; date: string }[];

before(async () => {
  work = tempDir();
  const articles = path.join(work, "articles");
  for (const file of makeCorpus(await readArticles(path.join(ROOT, "articles")), 80, 3)) {
    mkdirSync(path.dirname(path.join(articles, file.path)), { recursive: true });
    writeFileSync(path.join(articles, file.path), file.text);
  }
  out = path.join(work, "site");
  const build = runBuild(["--articles", articles, "--output", out, "--today", "2026-01-01"]);
  assert.equal(build.status, 0, build.stderr);
  events = JSON.parse(readFileSync(path.join(out, "events.json"), "utf8")).events;
});
after(() => rmSync(work, { recursive: true, force: true }));

test("a large archive's home page is an overview by year and month, not every event", () => {
  assert.ok(events.length > 300, `${events.length} events`);
  const home = readFileSync(path.join(out, "index.html"), "utf8");
  assert.doesNotMatch(home, /class="evenement[ "]/);
  assert.match(home, /<a href="annees\/\d{4}\/\d{2}\/">/);
  assert.ok(gzipSync(home).length < 60_000, `home page ${gzipSync(home).length} bytes compressed`);
});

test("every event of a large archive is on its month page, and month pages stay small", () => {
  const onMonthPages = new Set<string>();
  for (const year of readdirSync(path.join(out, "annees"))) {
    for (const month of readdirSync(path.join(out, "annees", year)).filter((name) => /^\d{2}$/.test(name))) {
      const html = readFileSync(path.join(out, "annees", year, month, "index.html"), "utf8");
      for (const match of html.matchAll(/<article class="evenement[^"]*" id="([^"]+)"/g)) onMonthPages.add(match[1]);
    }
  }
  for (const event of events.filter((e) => e.date.length >= 7)) assert.ok(onMonthPages.has(event.id), event.id);
});

test("search has one page per month with each event a sub-result anchored to its card, and one record per actor", () => {
  const dir = path.join(out, "pagefind", "fragment");
  const fragments = readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(path.join(dir, name))).toString("utf8");
    return JSON.parse(text.slice(text.indexOf("{"))) as { url: string; anchors: { id?: string; element: string }[] };
  });
  const months = fragments.filter((fragment) => fragment.url.startsWith("/annees/"));
  const actors = fragments.filter((fragment) => fragment.url.startsWith("/acteurs/"));
  assert.equal(months.length + actors.length, fragments.length, "nothing else is indexed");
  assert.equal(new Set(months.map((fragment) => fragment.url)).size, months.length);
  assert.ok(months.length < events.length / 5, `${months.length} month pages for ${events.length} events`);
  const anchored = new Set(months.flatMap((fragment) => fragment.anchors.filter((anchor) => anchor.element === "h2").map((anchor) => anchor.id)));
  for (const event of events) assert.ok(anchored.has(event.id), `${event.id} is a sub-result`);
  for (const fragment of months.slice(0, 20)) {
    const html = readFileSync(path.join(out, fragment.url, "index.html"), "utf8");
    for (const anchor of fragment.anchors.filter((item) => item.element === "h2")) assert.ok(html.includes(`id="${anchor.id}"`), `${fragment.url}#${anchor.id} exists on the page`);
  }
});

test("pages rendered by a pool of worker threads are byte for byte those of one thread", () => {
  const pooled = path.join(work, "site-threads");
  const build = runBuild(["--articles", path.join(work, "articles"), "--output", pooled, "--today", "2026-01-01", "--threads", "2"]);
  assert.equal(build.status, 0, build.stderr);
  const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort();
  const names = files(out);
  assert.ok(names.filter((name) => name.startsWith("evenements/")).length > 300, "enough pages for several batches");
  assert.deepEqual(files(pooled), names);
  for (const name of names) assert.ok(readFileSync(path.join(pooled, name)).equals(readFileSync(path.join(out, name))), name);
});

test("a prolific actor's page shows the latest events and counts the others by year", () => {
  const html = readFileSync(path.join(out, "acteurs", "vladimir-poutine", "index.html"), "utf8");
  const cards = html.match(/<article class="evenement/g)?.length ?? 0;
  assert.ok(cards <= 300, `${cards} cards`);
  if (cards === 300) assert.match(html, /Voici les 300 plus récents/);
});

test("the synthetic corpus is the same for the same seed and keeps weekdays true", async () => {
  const bases = await readArticles(path.join(ROOT, "articles"));
  assert.deepEqual(makeCorpus(bases, 12, 5), makeCorpus(bases, 12, 5));
  const friday = makeCorpus(bases, 12, 5).find((file) => /^Vendredi \d+,/m.test(file.text));
  if (friday) {
    // « Vendredi N » is read as the Friday N of the publication month or of a month just before it.
    const [year, month] = /date: "(\d{4})-(\d{2})/.exec(friday.text)!.slice(1).map(Number);
    const day = Number(/^Vendredi (\d+),/m.exec(friday.text)![1]);
    const fridays = [0, 1].map((back) => new Date(Date.UTC(year, month - 1 - back, day))).filter((date) => date.getUTCDate() === day && date.getUTCDay() === 5);
    assert.ok(fridays.length > 0, friday.text.slice(0, 200));
  }
});
