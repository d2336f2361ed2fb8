import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { ROOT } from "../helpers/build-site.ts";
import { buildTimeline } from "../../src/build.ts";
import { itemPages } from "../../src/site/item-pages.ts";
import { pageFingerprints } from "../../src/site/write-item-pages.ts";

const timeline = await buildTimeline({ articles: path.join(ROOT, "articles"), data: path.join(ROOT, "src/data") });

test("an article page's fingerprint follows every event it shows, and only those", () => {
  const before = pageFingerprints(itemPages(timeline), "code");
  const article = timeline.articles.find((candidate) => candidate.events.length > 0)!;
  const shown = article.events[0];
  const elsewhere = timeline.events.find((event) => !article.events.includes(event))!;
  const articleUrl = `/articles/${article.slug}/`;

  const original = shown.sources[0].sentence;
  shown.sources[0].sentence = `${original} (corrigé)`;
  const afterShown = pageFingerprints(itemPages(timeline), "code");
  shown.sources[0].sentence = original;
  assert.notEqual(afterShown[articleUrl], before[articleUrl], "a change in an event of the article");
  assert.notEqual(afterShown[`/evenements/${shown.id}/`], before[`/evenements/${shown.id}/`]);

  const title = elsewhere.title;
  elsewhere.title = `${title} (corrigé)`;
  const afterElsewhere = pageFingerprints(itemPages(timeline), "code");
  elsewhere.title = title;
  assert.equal(afterElsewhere[articleUrl], before[articleUrl], "a change in another article's event");
  assert.notEqual(afterElsewhere[`/evenements/${elsewhere.id}/`], before[`/evenements/${elsewhere.id}/`]);

  assert.notEqual(pageFingerprints(itemPages(timeline), "other code")[articleUrl], before[articleUrl], "a change in the templates or the code");
  assert.deepEqual(pageFingerprints(itemPages(timeline), "code"), before, "the same data gives the same fingerprints");
});
