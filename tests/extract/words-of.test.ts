import { test } from "node:test";
import assert from "node:assert/strict";
import { loadActorRegistry } from "../../src/extract/actors/load-actor-registry.ts";
import { matchActors } from "../../src/extract/actors/match-actors.ts";
import { classifyEvent } from "../../src/extract/event-types/classify-event.ts";
import { loadEventTypes } from "../../src/extract/event-types/load-event-types.ts";
import { foldText } from "../../src/extract/actors/fold-text.ts";
import { codeUnitWordsOf, wordsOf } from "../../src/extract/words-of.ts";

const spans = (words: { starts: number[]; ends: number[] }) => words.starts.map((start, i) => [start, words.ends[i]]);

test("wordsOf gives the words of a folded text as offsets", () => {
  const words = wordsOf("l'ambassadeur a 35 ans");
  assert.deepEqual(spans(words), [[0, 1], [2, 13], [14, 15], [16, 18], [19, 22]]);
  assert.equal(words.astral, false);
});

test("a letter of two code units is inside a word for wordsOf, a break for codeUnitWordsOf", () => {
  const words = wordsOf("a𝒜b c");
  assert.deepEqual(spans(words), [[0, 4], [5, 6]]);
  assert.equal(words.astral, true);
  assert.deepEqual(spans(codeUnitWordsOf("a𝒜b c")), [[0, 1], [3, 4], [5, 6]]);
  assert.deepEqual(spans(codeUnitWordsOf("ambassadeur a 35 ans")), spans(wordsOf("ambassadeur a 35 ans")));
});

test("matchActors and classifyEvent read the shared words each in its own way around such a letter", async () => {
  const registry = await loadActorRegistry("src/data/actors");
  const types = await loadEventTypes("src/data/event-types");
  // The same folded sentence for both, one after the other, as in extractEvents.
  const sentence = "𝒜Poutine a expulsé 𝒜des diplomates.";
  assert.equal(foldText(sentence).folded, "𝒜poutine a expulse 𝒜des diplomates.");
  assert.deepEqual(classifyEvent(sentence, types).map(({ trigger }) => trigger.text), ["expulsé"]);
  assert.deepEqual(matchActors(sentence, registry, "2021-03-22").map((mention) => mention.text), ["Poutine"]);
});
