import assert from "node:assert/strict";
import { before, test } from "node:test";
import { loadActorRegistry } from "../../src/extract/actors/load-actor-registry.ts";
import { loadEventTypes } from "../../src/extract/event-types/load-event-types.ts";
import type { Knowledge } from "../../src/extract/extract-events.ts";
import { buildChronology } from "../../src/chronology/build-chronology.ts";
import { parseArticle } from "../../src/ingest/parse-article.ts";
import { readArticles } from "../../src/ingest/read-articles.ts";
import type { Article } from "../../src/types.ts";

let knowledge: Knowledge;
before(async () => {
  knowledge = { registry: await loadActorRegistry("src/data/actors"), types: await loadEventTypes("src/data/event-types") };
});

function article(slug: string, published: string, body: string): Article {
  return parseArticle(`---\ntitle: "${slug}"\ndate: "${published}"\n---\n\n${body}\n`, `articles/${slug}.md`);
}

function chronology(...articles: Article[]) {
  return buildChronology(articles, knowledge).events;
}

test("one expulsion told by two articles, at day and at month precision, is one record with both sources", () => {
  const events = chronology(
    article("a", "2016-12-30", "Le 29 décembre, Washington a expulsé 35 diplomates russes."),
    article("b", "2017-01-15", "En décembre 2016, les États-Unis avaient expulsé des diplomates russes."),
  );
  const expulsions = events.filter((event) => event.type === "expulsion-diplomates");
  assert.equal(expulsions.length, 1, JSON.stringify(expulsions, null, 1));
  assert.equal(expulsions[0].date, "2016-12-29");
  assert.deepEqual(expulsions[0].sources.map((source) => source.article), ["a", "b"]);
});

test("a person and their country are the same side: Obama's expulsions and Washington's merge", () => {
  const events = chronology(
    article("a", "2016-12-30", "Le 29 décembre, Barack Obama a expulsé 35 diplomates russes."),
    article("b", "2016-12-31", "Jeudi, Washington a expulsé 35 diplomates russes."),
  );
  assert.equal(events.filter((event) => event.type === "expulsion-diplomates").length, 1);
});

test("two expulsions on the same day by different agents are never merged", () => {
  const events = chronology(
    article("a", "2021-03-25", "Mardi, Washington a expulsé dix diplomates russes."),
    article("b", "2021-03-25", "Mardi, Moscou a expulsé dix diplomates américains."),
  );
  const expulsions = events.filter((event) => event.type === "expulsion-diplomates");
  assert.deepEqual(expulsions.map((event) => event.sourceActor?.id).sort(), ["etats-unis", "russie"]);
});

test("the same agent's actions on two different days are two events", () => {
  const events = chronology(
    article("a", "2021-03-25", "Le 3 mars, Washington a sanctionné Moscou."),
    article("b", "2021-03-25", "Le 10 mars, Washington a sanctionné Moscou."),
  );
  assert.deepEqual(events.filter((event) => event.type === "sanctions").map((event) => event.date), ["2021-03-03", "2021-03-10"]);
});

test("two types of action on the same day by the same agent are two events", () => {
  const events = chronology(
    article("a", "2021-03-25", "Le 3 mars, Washington a sanctionné Moscou."),
    article("b", "2021-03-25", "Le 3 mars, Washington a expulsé dix diplomates russes."),
  );
  assert.deepEqual(events.map((event) => event.type).sort(), ["expulsion-diplomates", "sanctions"]);
});

test("statements by two speakers on the same day stay apart", () => {
  const events = chronology(
    article("a", "2021-03-25", "« Nous ne céderons pas », a déclaré mardi Dmitri Peskov."),
    article("b", "2021-03-25", "« Nous ne céderons pas », a déclaré mardi Antony Blinken."),
  );
  assert.equal(events.filter((event) => event.type === "declaration").length, 2);
});

test("a planned meeting and a meeting that took place are two events", () => {
  const events = chronology(
    article("a", "2021-06-01", "Joe Biden rencontrera Vladimir Poutine le 16 juin à Genève."),
    article("b", "2021-06-17", "Le 16 juin, Joe Biden a rencontré Vladimir Poutine à Genève."),
  );
  assert.equal(events.filter((event) => event.type === "rencontre").length, 2);
});

test("the December 2016 expulsions, reported by two of the default articles, are one record with both sources", async () => {
  const events = buildChronology(await readArticles("articles"), knowledge).events;
  const expulsions = events.filter((event) => event.type === "expulsion-diplomates" && event.date.startsWith("2016-12"));
  assert.equal(expulsions.length, 1, JSON.stringify(expulsions.map((event) => [event.date, event.title])));
  const articles = new Set(expulsions[0].sources.map((source) => source.article));
  assert.deepEqual([...articles].sort(), ["2016-12-vladimir-poutine-ne-va-expulser-personne", "2021-12-07-degel-poutine-propose-a-biden-d-annuler-les-restrictions-sur"]);
  assert.equal(expulsions[0].sourceActor?.id, "etats-unis");
});
