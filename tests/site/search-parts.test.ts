import assert from "node:assert/strict";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { ROOT, filesOf, runBuild, tempDir } from "../helpers/build-site.ts";
import { readArticles } from "../../src/ingest/read-articles.ts";
import { makeCorpus } from "../../src/bench/make-corpus.ts";
import { MAX_SEARCH_PARTS, searchParts } from "../../src/site/search-parts.ts";
import { monthSearchPages, yearOfSearchPage, type SearchRecord } from "../../src/site/search-records.ts";
import { buildTimeline } from "../../src/build.ts";

/** Month pages of the given sizes by year: { 2001: [3, 1] } → /annees/2001/01/ of 3 characters and /annees/2001/02/ of 1. */
function monthPages(sizes: Record<number, number[]>): { url: string; chars: number }[] {
  return Object.entries(sizes).flatMap(([year, months]) =>
    months.map((size, at) => ({ url: `/annees/${year}/${String(at + 1).padStart(2, "0")}/`, chars: size })));
}

const records: SearchRecord[] = [{ url: "/acteurs/kremlin/", content: "Kremlin.", language: "fr", meta: { title: "Kremlin" }, filters: {}, sort: {} }];

test("a small site has one search index, with its pages and records", () => {
  const pages = monthPages({ 2016: [10, 20], 2017: [30] });
  assert.deepEqual(searchParts({ pages, records }, 1000), [{ folder: "pagefind", pages, records }]);
});

test("a large one has the actor records apart, then the month pages in parts of whole years, in order, of about equal text", () => {
  const sizes: Record<number, number[]> = {};
  for (let year = 2000; year < 2026; year++) sizes[year] = Array.from({ length: 12 }, (_, month) => 100 + ((year * 7 + month * 13) % 50));
  const pages = monthPages(sizes);
  const total = pages.reduce((sum, page) => sum + page.chars, 0);
  const parts = searchParts({ pages, records }, Math.ceil(total / 3));
  assert.deepEqual(parts.map((part) => part.folder), ["pagefind", "pagefind-1", "pagefind-2", "pagefind-3"]);
  assert.deepEqual(parts[0], { folder: "pagefind", pages: [], records });
  assert.deepEqual(parts.slice(1).flatMap((part) => part.pages), pages, "every page once, in order");
  const yearsOf = parts.slice(1).map((part) => new Set(part.pages.map((page) => yearOfSearchPage(page.url))));
  for (let at = 1; at < yearsOf.length; at++) assert.ok(Math.min(...yearsOf[at]) > Math.max(...yearsOf[at - 1]), "a year lies in one part");
  for (const part of parts.slice(1)) {
    const size = part.pages.reduce((sum, page) => sum + page.chars, 0);
    assert.ok(size > total / 3 - 12 * 150 && size < total / 3 + 12 * 150, `${part.folder}: ${size} of ${total}`);
  }
  // However large the archive, at most MAX_SEARCH_PARTS parts of pages.
  assert.equal(searchParts({ pages, records }, 10).length, MAX_SEARCH_PARTS + 1);
});

test("an edit of one year leaves the parts of the other years as they were, unless it moves a part's share across the end of a year", () => {
  const sizes: Record<number, number[]> = {};
  for (let year = 2000; year < 2020; year++) sizes[year] = [100 + ((year * 37) % 90), 120, 90];
  const pages = monthPages(sizes);
  const before = searchParts({ pages, records }, 2000);
  assert.equal(before.length, 5);
  // A few words more in the last year: the shares move by a few characters, far from the end of any year.
  const after = searchParts({ pages: monthPages({ ...sizes, 2019: [100, 160, 90] }), records }, 2000);
  assert.deepEqual(after.slice(0, -1), before.slice(0, -1));
  assert.notDeepEqual(after.at(-1), before.at(-1));
  // A share that falls right at the end of a year moves the limit with the smallest edit: the parts stay whole years.
  const even: Record<number, number[]> = {};
  for (let year = 2000; year < 2020; year++) even[year] = [100, 120, 90];
  const moved = searchParts({ pages: monthPages({ ...even, 2019: [100, 160, 90] }), records }, 2000);
  assert.notDeepEqual(moved[1], searchParts({ pages: monthPages(even), records }, 2000)[1]);
});

test("a month search page whose key an earlier build recorded takes its length from the record, and its text is made only when asked for", async () => {
  const timeline = await buildTimeline({ articles: path.join(ROOT, "articles"), data: path.join(ROOT, "src/data") });
  const written = monthSearchPages(timeline);
  assert.ok(written.every((page) => page.key === undefined && page.chars === page.content().length));
  const recorded = new Map(written.map((page) => [`clé ${page.url}`, page.chars]));
  // A length no text has: the planned page took it from the record, without making its text.
  recorded.set(`clé ${written[0].url}`, 7);
  const planned = monthSearchPages(timeline, { keyOf: (url) => `clé ${url}`, known: (key) => recorded.get(key) });
  assert.deepEqual(planned.map((page) => page.chars), [7, ...written.slice(1).map((page) => page.chars)]);
  assert.deepEqual(planned.map((page) => page.content()), written.map((page) => page.content()));
  // Without a key (an event without a content key), the text is made and measured.
  const unkeyed = monthSearchPages(timeline, { keyOf: () => undefined, known: () => 7 });
  assert.deepEqual(unkeyed.map((page) => page.chars), written.map((page) => page.chars));
});

let work: string;
let articles: string;
before(async () => {
  work = tempDir();
  articles = path.join(work, "articles");
  // Articles published over 2000-2025, so that an edit of the latest ones leaves most years as they were.
  for (const file of makeCorpus(await readArticles(path.join(ROOT, "articles")), 60, 7)) {
    mkdirSync(path.dirname(path.join(articles, file.path)), { recursive: true });
    writeFileSync(path.join(articles, file.path), file.text);
  }
});
after(() => rmSync(work, { recursive: true, force: true }));

/** The article published last, and a copy of its text. */
function latestArticle(): { file: string; text: string } {
  const years = readdirSync(articles).sort();
  const folder = path.join(articles, years.at(-1)!);
  const file = path.join(folder, readdirSync(folder).sort().at(-1)!);
  return { file, text: readFileSync(file, "utf8") };
}

function build(output: string, ...extra: string[]): string {
  const result = runBuild(["--articles", articles, "--output", path.join(work, output), "--today", "2026-01-01", "--search-part-chars", "40000", ...extra]);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

test("a rebuild indexes again only the parts an edit changes, and writes the bytes of a cold build", () => {
  const cache = path.join(work, "cache");
  build("site", "--cache-dir", cache);
  const site = path.join(work, "site");
  const folders = readdirSync(site).filter((name) => name.startsWith("pagefind")).sort();
  assert.deepEqual(folders, ["pagefind", "pagefind-1", "pagefind-2", "pagefind-3", "pagefind-4"]);
  assert.match(readFileSync(path.join(site, "index.html"), "utf8"), /<html lang="fr" data-racine="\.\/" data-recherche-parties="pagefind-1 pagefind-2 pagefind-3 pagefind-4">/u);
  const latest = latestArticle();
  try {
    writeFileSync(latest.file, `${latest.text.trimEnd()}\n\nLe 3 mars, Moscou a expulsé deux diplomates américains.\n`);
    const rebuilt = build("site", "--cache-dir", cache);
    assert.match(rebuilt, /and 3 of 5 search index parts unchanged since the last build/u);
    build("cold", "--no-cache");
    assert.deepEqual(filesOf(site), filesOf(path.join(work, "cold")));
    // Fewer parts: the folders of the others are gone from the rebuilt site.
    build("site", "--cache-dir", cache, "--search-part-chars", "200000");
    assert.deepEqual(readdirSync(site).filter((name) => name.startsWith("pagefind")).sort(), ["pagefind", "pagefind-1", "pagefind-2"]);
    build("cold", "--no-cache", "--search-part-chars", "200000");
    assert.deepEqual(filesOf(site), filesOf(path.join(work, "cold")));
  } finally {
    writeFileSync(latest.file, latest.text);
  }
});
