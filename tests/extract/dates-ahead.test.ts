/** Dates tagged a batch of articles ahead of their extraction give the same extraction as dates tagged with each article. */
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { ROOT } from "../helpers/build-site.ts";
import { readArticles } from "../../src/ingest/read-articles.ts";
import { parseArticle } from "../../src/ingest/parse-article.ts";
import { makeCorpus } from "../../src/bench/make-corpus.ts";
import { loadActorRegistry } from "../../src/extract/actors/load-actor-registry.ts";
import { loadEventTypes } from "../../src/extract/event-types/load-event-types.ts";
import { extractEvents } from "../../src/extract/extract-events.ts";
import { datesAhead } from "../../src/extract/dates-ahead.ts";
import { tagDates } from "../../src/extract/temporal/index.ts";

test("an archive extracted with its dates tagged ahead, in batches, is extracted as article by article", async () => {
  const articles = makeCorpus(await readArticles(path.join(ROOT, "articles")), 300, 7).map((file) => parseArticle(file.text, file.path));
  const knowledge = { registry: await loadActorRegistry(path.join(ROOT, "src/data/actors")), types: await loadEventTypes(path.join(ROOT, "src/data/event-types")) };
  const alone = articles.map((article) => extractEvents(article, knowledge));
  const datesOf = datesAhead(articles, undefined, 16);
  assert.deepEqual(articles.map((article, index) => extractEvents(article, knowledge, datesOf(index))), alone);
  assert.ok(alone.reduce((sum, extraction) => sum + extraction.events.length, 0) > 1000);
});

test("only the wanted articles are tagged ahead, each handed out once; the others are left to extractEvents", async () => {
  const articles = makeCorpus(await readArticles(path.join(ROOT, "articles")), 40, 7).map((file) => parseArticle(file.text, file.path));
  const datesOf = datesAhead(articles, (article) => articles.indexOf(article) % 3 === 0, 4);
  const tagged = (index: number) => tagDates(articles[index].body, articles[index].published);
  // Asked for article 0, it tags the four wanted ones from there: 0, 3, 6 and 9.
  for (const index of [0, 3, 6, 9]) assert.deepEqual(datesOf(index), tagged(index), `article ${index}`);
  assert.equal(datesOf(3), undefined, "handed out once");
  assert.equal(datesOf(4), undefined, "passed over, not wanted");
  assert.deepEqual(datesOf(12), tagged(12));
  assert.deepEqual(datesOf(21), tagged(21));
  assert.equal(datesOf(20), undefined, "passed over, not wanted");
  // An article asked for beyond the batches is tagged, wanted or not: it is being extracted.
  assert.deepEqual(datesOf(25), tagged(25));
});
