import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { ROOT } from "../helpers/build-site.ts";
import { buildTimeline } from "../../src/build.ts";
import { itemPages } from "../../src/site/item-pages.ts";
import { monthUrl } from "../../src/site/filters.ts";
import { pageFingerprints } from "../../src/site/page-fingerprints.ts";

const timeline = await buildTimeline({ articles: path.join(ROOT, "articles"), data: path.join(ROOT, "src/data") });

const prints = (common: string) => pageFingerprints(itemPages(timeline), common);

test("an article, month or actor page's fingerprint follows every event it shows, and only those", () => {
  const before = prints("code");
  const article = timeline.articles.find((candidate) => candidate.events.length > 0)!;
  const shown = article.events[0];
  const elsewhere = timeline.events.find((event) => !article.events.includes(event))!;
  const articleUrl = `/articles/${article.slug}/`;
  const monthOf = (event: typeof shown) => monthUrl(timeline.months.find((month) => month.events.includes(event))!.key);
  assert.ok(Object.keys(before).includes(monthOf(shown)));

  const original = shown.sources[0].sentence;
  shown.sources[0].sentence = `${original} (corrigé)`;
  const afterShown = prints("code");
  shown.sources[0].sentence = original;
  assert.notEqual(afterShown[articleUrl], before[articleUrl], "a change in an event of the article");
  assert.notEqual(afterShown[monthOf(shown)], before[monthOf(shown)], "a change in an event of the month");
  assert.notEqual(afterShown[`/evenements/${shown.id}.html`], before[`/evenements/${shown.id}.html`]);
  const actorsOf = (event: typeof shown) => timeline.actors.filter((actor) => actor.events.includes(event)).map((actor) => `/acteurs/${actor.id}/`);
  assert.ok(actorsOf(shown).length > 0);
  for (const url of actorsOf(shown)) assert.notEqual(afterShown[url], before[url], `a change in an event of the actor (${url})`);

  const title = elsewhere.title;
  elsewhere.title = `${title} (corrigé)`;
  const afterElsewhere = prints("code");
  elsewhere.title = title;
  assert.equal(afterElsewhere[articleUrl], before[articleUrl], "a change in another article's event");
  for (const month of timeline.months.filter((month) => !month.events.includes(elsewhere))) {
    assert.equal(afterElsewhere[monthUrl(month.key)], before[monthUrl(month.key)], `a change in another month's event (${month.key})`);
  }
  assert.notEqual(afterElsewhere[`/evenements/${elsewhere.id}.html`], before[`/evenements/${elsewhere.id}.html`]);
  for (const actor of timeline.actors.filter((actor) => !actor.events.includes(elsewhere))) {
    assert.equal(afterElsewhere[`/acteurs/${actor.id}/`], before[`/acteurs/${actor.id}/`], `a change in another actor's event (${actor.id})`);
  }

  assert.notEqual(prints("other code")[articleUrl], before[articleUrl], "a change in the templates or the code");
  assert.deepEqual(prints("code"), before, "the same data gives the same fingerprints");
});

test("with content keys, an event page's fingerprint follows its event's key, an article page's its article's key and sourced sentences", () => {
  const keys = { events: new WeakMap(timeline.events.map((event) => [event, `clé ${event.id}`])), articles: new Map(timeline.articles.map((article) => [article.slug, `clé ${article.slug}`])) };
  const keyed = (common: string) => pageFingerprints(itemPages(timeline), common, keys);
  const before = keyed("code");
  const article = timeline.articles.find((candidate) => candidate.events.length > 0)!;
  const event = article.events[0];
  const articleUrl = `/articles/${article.slug}/`;
  const eventUrl = `/evenements/${event.id}.html`;
  assert.notDeepEqual(before, prints("code"), "keys stand for the content");

  // The key stands for the event: another key is another page, the same key the same page.
  keys.events.set(event, "une autre clé");
  const rekeyed = keyed("code");
  keys.events.set(event, `clé ${event.id}`);
  assert.notEqual(rekeyed[eventUrl], before[eventUrl]);
  assert.notEqual(rekeyed[articleUrl], before[articleUrl], "an article page follows its events' keys");
  assert.equal(keyed("code")[eventUrl], before[eventUrl]);

  keys.articles.set(article.slug, "une autre clé");
  const rekeyedArticle = keyed("code");
  keys.articles.set(article.slug, `clé ${article.slug}`);
  assert.notEqual(rekeyedArticle[articleUrl], before[articleUrl]);
  // What the key does not stand for is still hashed: which sentences gave events, the title.
  const sourced = article.sourced;
  article.sourced = sourced.slice(1);
  const lessSourced = keyed("code");
  article.sourced = sourced;
  assert.notEqual(lessSourced[articleUrl], before[articleUrl]);
  assert.notEqual(keyed("other code")[eventUrl], before[eventUrl], "a change in the templates or the code");
});
