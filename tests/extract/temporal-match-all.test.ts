import assert from "node:assert/strict";
import { test } from "node:test";
import { reachOf, segmentOf, spanOf } from "../../src/extract/temporal/pattern-reach.ts";
import { matchAll, numberGate, phraseGate, wholeWordGate, wordGate } from "../../src/extract/temporal/match-all.ts";

test("reachOf counts look-arounds in full, runs of spaces and digits apart, and classes that may hold a wide character as two", () => {
  assert.deepEqual(reachOf("(?<![\\p{L}])le\\s+(\\d{1,2})(?!\\d)"), { fixed: 7, spaces: 1, digits: 0 });
  assert.deepEqual(reachOf("a(?:bc|d)?\\s*\\d+"), { fixed: 3, spaces: 1, digits: 1 });
  assert.deepEqual(reachOf("(\\d)([/.])\\d\\2"), { fixed: 4, spaces: 0, digits: 0 });
  assert.equal(spanOf({ fixed: 10, spaces: 2, digits: 1 }, 3, 4), 20);
});

test("reachOf gives null for an unbounded repetition of anything but spaces or digits", () => {
  assert.equal(reachOf("[IVX]+e"), null);
  assert.equal(reachOf("(?:un|deux)(?:-(?:un|deux))*"), null);
  assert.equal(reachOf("a{2,}"), null);
});

const NUMBER_GATE = wordGate("douze");
const PHRASE_GATE = phraseGate(["à l'heure dite", "sous peu"]);

test("a gated search finds what a search of the whole text finds, whatever the spacing", () => {
  const pattern = "(?<![\\p{L}\\p{N}_])(?:le\\s+)?douze\\s+(?:mai|juin)(?![\\p{L}\\p{N}_])";
  const filler = "Il était une fois, bien loin d'ici, un texte assez long pour que les fenêtres comptent. ";
  for (const space of [" ", "  ", "\n\n", "\u00a0", "          "]) {
    const text = `${filler}le${space}douze${space}mai ${filler.repeat(3)}Le douze${space}juin, ${filler}ledouze mai douze  juin`;
    const whole = [...text.matchAll(new RegExp(pattern, "giu"))].map((match) => [match.index, match[0]]);
    assert.deepEqual(matchAll(text, pattern, NUMBER_GATE).map((match) => [match.index, match[0]]), whole, JSON.stringify(space));
  }
});

test("a phrase gate opens on the longest word of each phrase", () => {
  assert.deepEqual(PHRASE_GATE.words, ["heure", "sous"]);
  const pattern = "à\\s+l['’]heure\\s+dite|sous\\s+peu";
  assert.deepEqual(matchAll("Il viendra sous peu, à l’heure dite.", pattern, PHRASE_GATE).map((match) => match[0]), ["sous peu", "à l’heure dite"]);
  assert.deepEqual(matchAll("Rien ici.", pattern, PHRASE_GATE), []);
});

test("segmentOf names the characters no match of an unbounded pattern can hold, and how far its look-arounds read", () => {
  const segment = segmentOf("(?<![\\p{L}])([IVX]+)e\\s+siècle(?![\\p{L}])");
  assert.ok(segment);
  assert.ok(segment.breakers.includes(".") && segment.breakers.includes(","));
  assert.deepEqual(segment.looks, { fixed: 4, spaces: 0, digits: 0 });
  assert.ok(!segmentOf("(?:\\d+(?:,\\d+)?)\\s+ans")!.breakers.includes(","), "a comma inside a number is held");
  assert.equal(segmentOf("[^x]+"), null, "a negated class holds every breaker");
});

const UNIT_GATE = wholeWordGate("an", "ans");

test("a whole-word gate opens on the word alone, and an unbounded pattern is searched back to the last breaker", () => {
  const pattern = "(?<![\\p{L}\\p{N}_])((?:un|deux|trois)(?:\\s+et\\s+(?:un|deux|trois))*)\\s+ans?(?![\\p{L}\\p{N}_])";
  const text = "Une annonce. Il y a un et deux et trois et un et deux ans, puis trois ans; l'an deux ans. Trois anciens.";
  const whole = [...text.matchAll(new RegExp(pattern, "giu"))].map((match) => [match.index, match[0]]);
  assert.deepEqual(matchAll(text, pattern, UNIT_GATE).map((match) => [match.index, match[0]]), whole);
  assert.deepEqual(matchAll("Trois anciens, deux annonces.", pattern, UNIT_GATE), []);
});

const YEAR_GATE = numberGate(4);

test("a number gate opens on a number of exactly that many digits", () => {
  const pattern = "(?<![\\d])(\\d{4})(?![\\d])";
  assert.deepEqual(matchAll("en      2016, pas 20165 ni 201", pattern, YEAR_GATE).map((match) => match[0]), ["2016"]);
  assert.deepEqual(matchAll("ni 20165 ni 201", pattern, YEAR_GATE), []);
});

test("a gate declared after a text was scanned still finds its word in that text", () => {
  const text = "Le sommet de Zorglub s'est tenu à Genève.";
  assert.deepEqual(matchAll(text, "Genève", wordGate("Genève")).map((match) => match[0]), ["Genève"]);
  // The scan of this very text is kept for the rules that follow; a new gate must not be served that old scan.
  assert.deepEqual(matchAll(text, "Zorglub", wordGate("Zorglub")).map((match) => match[0]), ["Zorglub"]);
});
