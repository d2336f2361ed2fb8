import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { ROOT } from "../helpers/build-site.ts";
import { buildTimeline } from "../../src/build.ts";
import { itemPages, monthUrl } from "../../src/site/item-pages.ts";
import { pageFingerprints } from "../../src/site/page-fingerprints.ts";

const timeline = await buildTimeline({ articles: path.join(ROOT, "articles"), data: path.join(ROOT, "src/data") });

const prints = (common: string) => pageFingerprints(itemPages(timeline), common);

test("an article, month or actor page's fingerprint follows every event it shows, and only those", () => {
  const before = prints("code");
  const article = timeline.articles.find((candidate) => candidate.events.length > 0)!;
  const shown = article.events[0];
  const elsewhere = timeline.events.find((event) => !article.events.includes(event))!;
  const articleUrl = `/articles/${article.slug}/`;
  const monthOf = (event: typeof shown) => monthUrl(timeline.months.find((month) => month.events.includes(event))!);
  assert.ok(Object.keys(before).includes(monthOf(shown)));

  const original = shown.sources[0].sentence;
  shown.sources[0].sentence = `${original} (corrigé)`;
  const afterShown = prints("code");
  shown.sources[0].sentence = original;
  assert.notEqual(afterShown[articleUrl], before[articleUrl], "a change in an event of the article");
  assert.notEqual(afterShown[monthOf(shown)], before[monthOf(shown)], "a change in an event of the month");
  assert.notEqual(afterShown[`/evenements/${shown.id}/`], before[`/evenements/${shown.id}/`]);
  const actorsOf = (event: typeof shown) => timeline.actors.filter((actor) => actor.events.includes(event)).map((actor) => `/acteurs/${actor.id}/`);
  assert.ok(actorsOf(shown).length > 0);
  for (const url of actorsOf(shown)) assert.notEqual(afterShown[url], before[url], `a change in an event of the actor (${url})`);

  const title = elsewhere.title;
  elsewhere.title = `${title} (corrigé)`;
  const afterElsewhere = prints("code");
  elsewhere.title = title;
  assert.equal(afterElsewhere[articleUrl], before[articleUrl], "a change in another article's event");
  for (const month of timeline.months.filter((month) => !month.events.includes(elsewhere))) {
    assert.equal(afterElsewhere[monthUrl(month)], before[monthUrl(month)], `a change in another month's event (${month.key})`);
  }
  assert.notEqual(afterElsewhere[`/evenements/${elsewhere.id}/`], before[`/evenements/${elsewhere.id}/`]);
  for (const actor of timeline.actors.filter((actor) => !actor.events.includes(elsewhere))) {
    assert.equal(afterElsewhere[`/acteurs/${actor.id}/`], before[`/acteurs/${actor.id}/`], `a change in another actor's event (${actor.id})`);
  }

  assert.notEqual(prints("other code")[articleUrl], before[articleUrl], "a change in the templates or the code");
  assert.deepEqual(prints("code"), before, "the same data gives the same fingerprints");
});
