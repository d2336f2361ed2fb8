/**
 * An extraction is JSON values: what a build makes reads the same as what the cache gives back, and the stages that
 * change records in place never change two of them through one shared object (the only shared ones are frozen).
 */
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
import { placesOf, sentencesAt } from "../../src/extract/sentence-places.ts";

test("the extraction of an archive is the same as its JSON copy, with no changeable object in two places, its sentences the same read back from their places", async () => {
  const defaults = await readArticles(path.join(ROOT, "articles"));
  const articles = [...defaults, ...makeCorpus(defaults, 300, 11).map((file) => parseArticle(file.text, file.path))];
  const knowledge = { registry: await loadActorRegistry(path.join(ROOT, "src/data/actors")), types: await loadEventTypes(path.join(ROOT, "src/data/event-types")) };
  const seen = new Map<object, string>();
  const visit = (value: unknown, where: string): void => {
    if (value === null || typeof value !== "object") return;
    // A shared object (the actors of the records) is frozen: no stage can change two records through it.
    if (seen.has(value)) {
      assert.ok(Object.isFrozen(value), `${where} is also ${seen.get(value)}, and can be changed`);
      return;
    }
    seen.set(value, where);
    for (const [key, inner] of Object.entries(value)) visit(inner, `${where}.${key}`);
  };
  const records = articles.flatMap((article) => {
    const extraction = extractEvents(article, knowledge);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(extraction)), extraction, article.path);
    // The cache keeps the sentences as places in the article: read back, they are the sentences made.
    assert.deepStrictEqual(sentencesAt(article, JSON.parse(JSON.stringify(placesOf(extraction.sentences)))), extraction.sentences, article.path);
    visit(extraction, article.path);
    return extraction.events;
  });
  assert.ok(records.length > 1000);
  // The optional fields were met: records without a target, sources without an outlet, left out rather than undefined.
  assert.ok(records.some((record) => !("targetActor" in record)));
  assert.ok(records.some((record) => record.sources.some((source) => !("outlet" in source))));
});
