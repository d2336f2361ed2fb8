import assert from "node:assert/strict";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { ROOT, filesOf, runBuild, tempDir } from "../helpers/build-site.ts";
import { readArticles } from "../../src/ingest/read-articles.ts";
import { makeCorpus } from "../../src/bench/make-corpus.ts";
import { loadActorRegistry } from "../../src/extract/actors/load-actor-registry.ts";
import { loadEventTypes } from "../../src/extract/event-types/load-event-types.ts";
import { extractEvents } from "../../src/extract/extract-events.ts";
import { earliestChangedYear } from "../../src/chronology/changed-years.ts";
import { ExtractionCache } from "../../src/extraction-cache.ts";

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
  const result = runBuild(["--articles", articles, "--output", path.join(work, output), "--today", "2026-01-01", ...extra]);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

test("a rebuild feeds the search index the last build's pages of the years an edit leaves alone, and writes the bytes of a cold build", () => {
  const cache = path.join(work, "cache");
  build("site", "--cache-dir", cache);
  const latest = latestArticle();
  try {
    writeFileSync(latest.file, `${latest.text.trimEnd()}\n\nLe 3 mars, Moscou a expulsé deux diplomates américains.\n`);
    const rebuilt = build("site", "--cache-dir", cache);
    const ahead = Number(/(\d+) search pages fed ahead/u.exec(rebuilt)?.[1] ?? 0);
    assert.ok(ahead > 0, rebuilt);
    build("cold", "--no-cache");
    assert.deepEqual(filesOf(path.join(work, "site")), filesOf(path.join(work, "cold")));

    // Kept pages that no longer match what the build gives (here, altered by hand) are dropped, not indexed.
    const kept = path.join(cache, readdirSync(cache).find((name) => name.startsWith("search-"))!);
    writeFileSync(kept, readFileSync(kept, "utf8").replace(/<h1>/u, "<h1>Autre "));
    writeFileSync(latest.file, `${latest.text.trimEnd()}\n\nLe 4 mars, Moscou a expulsé deux diplomates américains.\n`);
    const dropped = build("site", "--cache-dir", cache);
    assert.doesNotMatch(dropped, /fed ahead/u);
    build("cold", "--no-cache");
    assert.deepEqual(filesOf(path.join(work, "site")), filesOf(path.join(work, "cold")));
  } finally {
    writeFileSync(latest.file, latest.text);
  }
});

test("the earliest year an edit may change covers the records of the article before and after it", async () => {
  const knowledge = { registry: await loadActorRegistry(path.join(ROOT, "src/data/actors")), types: await loadEventTypes(path.join(ROOT, "src/data/event-types")) };
  const all = await readArticles(articles);
  const file = path.join(work, "unit-cache", "extraction.json");
  const filled = await ExtractionCache.open(file, "v1");
  for (const article of all) filled.through(article, () => extractEvents(article, knowledge));
  await filled.save();

  assert.equal(earliestChangedYear(all, knowledge, await ExtractionCache.open(file, "v1")), undefined, "nothing changed");
  const at = all.length - 1;
  const years = (article: (typeof all)[number]) => extractEvents(article, knowledge).events.map((event) => Number(event.date.slice(0, 4)));
  const published = Number(all[at].published.slice(0, 4));
  // A sentence about an earlier year added to the latest article: that year is reached.
  const earlier = published - 5;
  const edited = all.map((article, index) => (index === at ? { ...article, body: `${article.body}\n\nEn mars ${earlier}, Moscou a expulsé deux diplomates américains.\n` } : article));
  const store = await ExtractionCache.open(file, "v1");
  assert.equal(earliestChangedYear(edited, knowledge, store), Math.min(earlier, ...years(all[at])));
  // The new extraction stays in the store: the build does not run it again.
  assert.ok(store.through(edited[at], () => assert.fail("extracted twice")).events.length > 0);
  // A removed article reaches the years of the records it had.
  assert.equal(earliestChangedYear(all.slice(0, at), knowledge, await ExtractionCache.open(file, "v1")), Math.min(...years(all[at])));
});
