import assert from "node:assert/strict";
import { before, test } from "node:test";
import { loadActorRegistry } from "../../src/extract/actors/load-actor-registry.ts";
import { loadEventTypes } from "../../src/extract/event-types/load-event-types.ts";
import type { Knowledge } from "../../src/extract/extract-events.ts";
import { buildChronology } from "../../src/chronology/build-chronology.ts";
import { parseArticle } from "../../src/ingest/parse-article.ts";
import { SourceError } from "../../src/errors.ts";

let knowledge: Knowledge;
before(async () => {
  knowledge = { registry: await loadActorRegistry("src/data/actors"), types: await loadEventTypes("src/data/event-types") };
});

const BODY = `Mardi, Moscou a expulsé trois diplomates allemands.

Le Kremlin a démenti toute ingérence dans l'élection.`;

/** An article file with the given `events:` block (each line already indented). */
function article(events: string[]): ReturnType<typeof parseArticle> {
  const file = `---\ntitle: "Expulsions à Moscou"\ndate: "2021-03-25"\nevents:\n${events.join("\n")}\n---\n\n${BODY}\n`;
  return parseArticle(file, "articles/2021/expulsions.md");
}

function eventsOf(events: string[]) {
  return buildChronology([article(events)], knowledge).events;
}

function failure(events: string[]): SourceError {
  try {
    eventsOf(events);
  } catch (error) {
    assert.ok(error instanceof SourceError, String(error));
    return error;
  }
  assert.fail("the build should have stopped");
}

test("without entries the article gives its two found events", () => {
  const file = `---\ntitle: "Expulsions à Moscou"\ndate: "2021-03-25"\n---\n\n${BODY}\n`;
  const found = buildChronology([parseArticle(file, "a.md")], knowledge).events;
  assert.deepEqual(found.map((event) => [event.type, event.date]), [["expulsion-diplomates", "2021-03-23"], ["dementi", "2021-03-25"]]);
});

test("an added event comes with its date, type, actors, title and the sentence it quotes", () => {
  const found = eventsOf([
    "  - action: add",
    '    date: "2021-03-22"',
    "    type: rappel-ambassadeur",
    '    title: "Berlin rappelle son ambassadeur à Moscou"',
    "    actors: [allemagne, russie]",
    '    sentence: "trois diplomates allemands"',
  ]);
  const added = found.find((event) => event.type === "rappel-ambassadeur");
  assert.ok(added);
  assert.equal(added.date, "2021-03-22");
  assert.equal(added.precision, "day");
  assert.equal(added.approximate, false);
  assert.equal(added.editorial, "added");
  assert.equal(added.title, "Berlin rappelle son ambassadeur à Moscou");
  assert.equal(added.sourceActor?.id, "allemagne");
  assert.equal(added.targetActor?.id, "russie");
  assert.equal(added.sources[0].sentence, "Mardi, Moscou a expulsé trois diplomates allemands.");
  assert.equal(found.length, 3);
});

test("a correction by a phrase of the sentence changes the date and keeps the source sentence", () => {
  const found = eventsOf(["  - action: correct", '    match: "démenti toute ingérence"', '    date: "2021-03-24"']);
  const corrected = found.find((event) => event.type === "dementi");
  assert.ok(corrected);
  assert.equal(corrected.date, "2021-03-24");
  assert.equal(corrected.approximate, false);
  assert.equal(corrected.editorial, "corrected");
  assert.equal(corrected.sources[0].sentence, "Le Kremlin a démenti toute ingérence dans l'élection.");
});

test("a correction of type and actors gives a new title from the type's template", () => {
  const found = eventsOf(["  - action: correct", '    match: "expulsé trois diplomates"', "    type: fermeture-sites", "    actors: [russie, allemagne]"]);
  const corrected = found.find((event) => event.type === "fermeture-sites");
  assert.ok(corrected);
  assert.equal(corrected.title, "Moscou ferme des sites diplomatiques de Berlin");
  assert.equal(corrected.cameo, "161");
  assert.equal(corrected.date, "2021-03-23");
});

test("a correction can give its own title, and a match can be the event id", () => {
  const [expulsion] = eventsOf(["  - action: suppress", '    match: "démenti"']);
  const found = eventsOf(["  - action: correct", `    match: "${expulsion.id}"`, '    title: "Moscou expulse trois diplomates allemands"']);
  assert.equal(found.find((event) => event.id === expulsion.id)?.title, "Moscou expulse trois diplomates allemands");
});

test("a suppressed event is gone and the others stay", () => {
  const found = eventsOf(["  - action: suppress", '    match: "Le Kremlin a démenti"']);
  assert.deepEqual(found.map((event) => event.type), ["expulsion-diplomates"]);
});

test("an unknown event type stops the build with the file and the entry's line", () => {
  const error = failure(["  - action: correct", '    match: "démenti"', "    type: invasion"]);
  assert.equal(error.file, "articles/2021/expulsions.md");
  assert.equal(error.line, 5);
  assert.match(error.message, /unknown event type « invasion »/);
});

test("an unknown actor id stops the build", () => {
  const error = failure(["  - action: correct", '    match: "démenti"', "    actors: [kremlin, pere-noel]"]);
  assert.equal(error.line, 5);
  assert.match(error.message, /unknown actor « pere-noel »/);
});

test("a match that finds nothing stops the build", () => {
  const error = failure(["  - action: suppress", '    match: "a rencontré"']);
  assert.match(error.message, /matches no event/);
});

test("a match that finds several events stops the build and lists their ids", () => {
  const error = failure(["  - action: correct", '    match: "Moscou a expulsé"', '    date: "2021-03-22"', "  - action: suppress", '    match: "é"']);
  assert.equal(error.line, 8);
  assert.match(error.message, /matches 2 events/);
});

test("an impossible date stops the build at the entry's line", () => {
  assert.throws(() => eventsOf(["  - action: correct", '    match: "démenti"', '    date: "2021-02-30"']), (error: unknown) => {
    assert.ok(error instanceof SourceError);
    assert.equal(error.line, 5);
    return true;
  });
});

test("an added event needs a type, and its quoted sentence must be in the article", () => {
  assert.match(failure(["  - action: add", '    date: "2021-03-22"', '    title: "Un événement"']).message, /needs « type »/);
  assert.match(failure(["  - action: add", '    date: "2021-03-22"', '    title: "Un événement"', "    type: sanctions", '    sentence: "une phrase absente"']).message, /no sentence of the article/);
});

test("an added event dated after publication is planned", () => {
  const found = eventsOf(["  - action: add", '    date: "2021-04-10"', '    title: "Sergueï Lavrov reçoit Heiko Maas"', "    type: accueil-visite", "    actors: [serguei-lavrov]"]);
  assert.equal(found.find((event) => event.type === "accueil-visite")?.planned, true);
});
