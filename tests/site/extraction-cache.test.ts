import assert from "node:assert/strict";
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, test } from "node:test";
import { ROOT, filesOf, runBuild, tempDir } from "../helpers/build-site.ts";
import { readArticles } from "../../src/ingest/read-articles.ts";
import { parseArticle } from "../../src/ingest/parse-article.ts";
import { makeCorpus } from "../../src/bench/make-corpus.ts";
import { loadActorRegistry } from "../../src/extract/actors/load-actor-registry.ts";
import { loadEventTypes } from "../../src/extract/event-types/load-event-types.ts";
import { buildChronology } from "../../src/chronology/build-chronology.ts";
import { ExtractionCache } from "../../src/extraction-cache.ts";
import type { ArticleExtraction } from "../../src/extract/extract-events.ts";
import type { Article } from "../../src/types.ts";

const work = tempDir();

/** An article's entry, kept whole. */
function through<T>(cache: ExtractionCache, article: Article, make: () => T): T {
  return cache.throughKey(cache.keyOf(article), make);
}
after(() => rmSync(work, { recursive: true, force: true }));

test("a build from the caches gives the same bytes as one without them, also after an article changes", () => {
  const articles = path.join(work, "articles");
  const cache = path.join(work, "cache");
  cpSync(path.join(ROOT, "articles"), articles, { recursive: true });
  const build = (output: string, ...extra: string[]) => {
    const result = runBuild(["--articles", articles, "--output", path.join(work, output), "--today", "2026-01-01", ...extra]);
    assert.equal(result.status, 0, result.stderr);
    return result.stdout;
  };
  build("cold", "--cache-dir", cache);
  assert.equal(readdirSync(cache).filter((name) => name.startsWith("extraction-")).length, 1);
  build("warm", "--cache-dir", cache);
  assert.deepEqual(filesOf(path.join(work, "warm")), filesOf(path.join(work, "cold")));
  // Built again into the same folder: every item page and the search index are kept from the previous site.
  const again = build("cold", "--cache-dir", cache);
  assert.match(again, /\((\d+) pages and the search index unchanged since the last build\)/u);
  assert.deepEqual(filesOf(path.join(work, "cold")), filesOf(path.join(work, "warm")));

  const changed = path.join(articles, "2019", readdirSync(path.join(articles, "2019"))[0]);
  writeFileSync(changed, readFileSync(changed, "utf8").replace("mardi soir", "mercredi soir"));
  const rebuilt = build("cold", "--cache-dir", cache);
  // The changed article's page and its events' pages are rendered again; the other pages are kept.
  const kept = Number(/\((\d+) pages/u.exec(rebuilt)?.[1] ?? 0);
  assert.ok(kept > 0, rebuilt);
  build("after-change-uncached", "--no-cache");
  assert.deepEqual(filesOf(path.join(work, "cold")), filesOf(path.join(work, "after-change-uncached")));
  assert.notDeepEqual(filesOf(path.join(work, "cold")), filesOf(path.join(work, "warm")));
});

test("a build record never vouches for a site another build wrote in its place", () => {
  const cache = path.join(work, "cache-record");
  const output = path.join(work, "replaced");
  const build = (...extra: string[]) => {
    const result = runBuild(["--output", output, "--today", "2026-01-01", ...extra]);
    assert.equal(result.status, 0, result.stderr);
    return result.stdout;
  };
  build("--cache-dir", cache);
  // Another build writes the folder without the cache: the record of the first one no longer matches it.
  build("--no-cache");
  writeFileSync(path.join(output, "articles", readdirSync(path.join(output, "articles")).find((name) => name !== "index.html")!, "index.html"), "tampered");
  assert.doesNotMatch(build("--cache-dir", cache), /unchanged since the last build/u);
  assert.ok(!filesOf(output).has("tampered"));
  assert.ok([...filesOf(output).values()].every((content) => content !== Buffer.from("tampered").toString("base64")));
});

test("records read back from the extraction cache give the same chronology as fresh ones, on a large synthetic archive", async () => {
  const articles = makeCorpus(await readArticles(path.join(ROOT, "articles")), 1000, 2024).map((file) => parseArticle(file.text, file.path));
  const knowledge = { registry: await loadActorRegistry(path.join(ROOT, "src/data/actors")), types: await loadEventTypes(path.join(ROOT, "src/data/event-types")) };
  const fresh = buildChronology(articles, knowledge).events;
  // What the cache file gives back: a JSON copy of each part of an article's extraction, the second read when asked for.
  const entries = new Map<string, [string, string]>();
  let read = 0;
  const store = {
    throughSplit: <A, B>(key: string, make: () => [A, B]) => {
      if (!entries.has(key)) entries.set(key, make().map((part) => JSON.stringify(part)) as [string, string]);
      const [first, second] = entries.get(key)!;
      return { first: JSON.parse(first) as A, second: () => (read++, JSON.parse(second) as B) };
    },
    holds: (key: string) => entries.has(key),
    keyOf: (article: Article) => JSON.stringify(article),
    fingerprint: "extraction",
  };
  const cached = buildChronology(articles, knowledge, undefined, store).events;
  assert.ok(fresh.length > 1000);
  assert.deepEqual(cached, fresh);

  // Merged buckets kept as the cache keeps them, JSON text: read back, they give the same chronology (as JSON: a key
  // a merge set to undefined does not survive the copy, and is not written anyway), and after an edit only the
  // buckets it touches are merged again.
  const asJson = (events: unknown) => JSON.parse(JSON.stringify(events)) as unknown;
  const kept = new Map<string, string>();
  let merged = 0;
  const merges = {
    throughKey: <T>(identity: string, merge: () => T): T => {
      if (!kept.has(identity)) {
        merged++;
        kept.set(identity, JSON.stringify(merge()));
      }
      return JSON.parse(kept.get(identity)!) as T;
    },
  };
  assert.deepEqual(asJson(buildChronology(articles, knowledge, undefined, store, merges).events), asJson(fresh));
  const buckets = merged;
  assert.ok(buckets > 50, `${buckets} buckets`);
  read = 0;
  assert.deepEqual(asJson(buildChronology(articles, knowledge, undefined, store, merges).events), asJson(fresh));
  assert.equal(merged, buckets, "an unchanged archive merges no bucket again");
  assert.equal(read, 0, "and reads no article's records");
  const edited = articles.map((article, index) => (index === 500 ? { ...article, body: `${article.body}\n\nLe 3 mars, Moscou a expulsé deux diplomates américains.\n` } : article));
  const freshEdited = buildChronology(edited, knowledge).events;
  assert.notDeepEqual(freshEdited, fresh);
  read = 0;
  assert.deepEqual(asJson(buildChronology(edited, knowledge, undefined, store, merges).events), asJson(freshEdited));
  assert.ok(merged > buckets && merged - buckets <= 5, `${merged - buckets} buckets merged again after one edit`);
  assert.ok(read > 0 && read < 60, `the records of ${read} articles read after one edit`);
});

test("the extraction cache parses only what a build asks for, survives a damaged entry and is not rewritten when nothing changed", async () => {
  const file = path.join(work, "unit-cache", "extraction.json");
  const [first, second] = (await readArticles(path.join(ROOT, "articles"))).slice(0, 2);
  // A stand-in for an extraction: the cache stores whatever JSON it is given.
  const result = (title: string) => ({ title }) as unknown as ArticleExtraction;
  const cold = await ExtractionCache.open(file, "v1");
  assert.deepEqual(through(cold, first, () => result("un")), { title: "un" });
  assert.deepEqual(through(cold, second, () => result("deux")), { title: "deux" });
  await cold.save();

  const warm = await ExtractionCache.open(file, "v1");
  assert.deepEqual(through(warm, first, () => assert.fail("a stored entry is not extracted again")), { title: "un" });
  assert.deepEqual(through(warm, second, () => assert.fail("a stored entry is not extracted again")), { title: "deux" });
  const written = statSync(file).mtimeMs;
  await warm.save();
  assert.equal(statSync(file).mtimeMs, written, "the same entries are not written again");

  // A torn entry is only that article extracted again; another fingerprint is an empty cache.
  writeFileSync(file, readFileSync(file, "utf8").replace(/"un"\}/u, '"un"'));
  const damaged = await ExtractionCache.open(file, "v1");
  assert.deepEqual(through(damaged, first, () => result("un, encore")), { title: "un, encore" });
  assert.equal(damaged.hits, 0);
  const outdated = await ExtractionCache.open(file, "v2");
  assert.deepEqual(through(outdated, second, () => result("deux, encore")), { title: "deux, encore" });
});

test("an entry in two parts reads its second part only when asked for, and a damaged or old entry is made again", async () => {
  const file = path.join(work, "split-cache", "extraction.json");
  const [first, second] = (await readArticles(path.join(ROOT, "articles"))).slice(0, 2);
  const fill = await ExtractionCache.open(file, "v1");
  assert.deepEqual(fill.throughSplit(fill.keyOf(first), () => [{ outline: 1 }, ["a", "b"]]).second(), ["a", "b"]);
  through(fill, second, () => ({ whole: true }));
  await fill.save();

  const warm = await ExtractionCache.open(file, "v1");
  const made = () => assert.fail("stored") as [unknown, unknown];
  const split = warm.throughSplit(warm.keyOf(first), made);
  assert.deepEqual(split.first, { outline: 1 });
  assert.equal(warm.hits, 1);
  assert.deepEqual(split.second(), ["a", "b"]);
  assert.notEqual(split.second(), split.second(), "each a copy");
  // An entry kept whole, as an older build wrote it, has no second part: it is made again.
  assert.deepEqual(warm.throughSplit(warm.keyOf(second), () => [{ outline: 2 }, []]).first, { outline: 2 });

  writeFileSync(file, readFileSync(file, "utf8").replace('["a","b"]', '["a","b"'));
  const damaged = await ExtractionCache.open(file, "v1");
  let makes = 0;
  const again = damaged.throughSplit(damaged.keyOf(first), () => (makes++, [{ outline: 1 }, ["a", "b", "c"]]));
  assert.equal(makes, 0, "the first part is read as stored");
  assert.deepEqual(again.second(), ["a", "b", "c"]);
  assert.equal(makes, 1);
  await damaged.save();
  const mended = await ExtractionCache.open(file, "v1");
  assert.deepEqual(mended.throughSplit(mended.keyOf(first), made).second(), ["a", "b", "c"]);
});

test("the extraction cache appends what a build made, and is written anew once a quarter of it goes unused", async () => {
  const file = path.join(work, "append-cache", "extraction.json");
  const articles = (await readArticles(path.join(ROOT, "articles"))).slice(0, 5);
  const result = (title: string) => ({ title }) as unknown as ArticleExtraction;
  const fill = await ExtractionCache.open(file, "v1");
  articles.slice(0, 4).forEach((article, at) => through(fill, article, () => result(`n${at}`)));
  await fill.save();
  const filled = readFileSync(file);

  // One more article: its entry is added at the end, the rest of the file untouched.
  const grown = await ExtractionCache.open(file, "v1");
  articles.forEach((article, at) => through(grown, article, () => result(`n${at}`)));
  await grown.save();
  const appended = readFileSync(file);
  assert.ok(appended.length > filled.length && appended.subarray(0, filled.length).equals(filled), "appended, not rewritten");
  const reread = await ExtractionCache.open(file, "v1");
  articles.forEach((article) => through(reread, article, () => assert.fail("every entry is read back")));

  // A line cut short by a killed build: what comes after it is still read.
  writeFileSync(file, appended.subarray(0, appended.length - 5));
  const torn = await ExtractionCache.open(file, "v1");
  articles.slice(0, 4).forEach((article) => through(torn, article, () => assert.fail("stored")));
  assert.deepEqual(through(torn, articles[4], () => result("n4, encore")), { title: "n4, encore" });
  await torn.save();
  assert.ok(readFileSync(file).subarray(0, appended.length - 5).equals(appended.subarray(0, appended.length - 5)), "appended after the torn line");
  const mended = await ExtractionCache.open(file, "v1");
  assert.deepEqual(through(mended, articles[4], () => assert.fail("read back after the torn line")), { title: "n4, encore" });

  // Two of five entries unused (articles edited or removed): the file holds only the three a build used.
  const fewer = await ExtractionCache.open(file, "v1");
  articles.slice(0, 3).forEach((article) => through(fewer, article, () => assert.fail("stored")));
  const edited = { ...articles[3], body: `${articles[3].body}\nUne phrase de plus.` };
  through(fewer, edited, () => result("n3, modifié"));
  await fewer.save();
  const compacted = await ExtractionCache.open(file, "v1");
  assert.equal(readFileSync(file, "utf8").trimEnd().split("\n").length, 1 + 4);
  through(compacted, edited, () => assert.fail("the edited article's entry is kept"));
});

test("the exports are kept only while their events, the site's settings and the chronology's date are the same", () => {
  const cache = path.join(work, "cache-exports");
  const output = path.join(work, "exports-kept");
  const build = (url: string) => {
    const result = runBuild(["--output", output, "--cache-dir", cache, "--today", "2026-01-01", "--url", url]);
    assert.equal(result.status, 0, result.stderr);
    return readFileSync(path.join(output, "events.csv"), "utf8");
  };
  assert.match(build("https://un.example/"), /https:\/\/un\.example\/evenements\//u);
  const kept = statSync(path.join(output, "events.csv")).ino;
  build("https://un.example/");
  assert.equal(statSync(path.join(output, "events.csv")).ino, kept, "unchanged exports are kept, not written again");
  const moved = build("https://deux.example/");
  assert.match(moved, /https:\/\/deux\.example\/evenements\//u);
  assert.doesNotMatch(moved, /un\.example/u);
});

test("an archive read through another path keeps its cache entries, and its messages name the files by that path", async () => {
  const file = path.join(work, "moved-cache", "extraction.json");
  const articles = makeCorpus(await readArticles(path.join(ROOT, "articles")), 60, 3).map((made) => parseArticle(made.text, made.path));
  const knowledge = { registry: await loadActorRegistry(path.join(ROOT, "src/data/actors")), types: await loadEventTypes(path.join(ROOT, "src/data/event-types")) };
  const fill = await ExtractionCache.open(file, "v1");
  const first = buildChronology(articles, knowledge, undefined, fill);
  await fill.save();
  assert.ok(first.diagnostics.length > 0);

  const moved = articles.map((article) => ({ ...article, path: path.join("ailleurs", article.path) }));
  const again = await ExtractionCache.open(file, "v1");
  const second = buildChronology(moved, knowledge, undefined, again);
  assert.equal(again.hits, moved.length);
  assert.deepEqual(second.events, first.events);
  assert.deepEqual(second.diagnostics, first.diagnostics.map((diagnostic) => ({ ...diagnostic, file: path.join("ailleurs", diagnostic.file) })));
});
