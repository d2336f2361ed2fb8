/** A conjunction opens a new clause as a case-insensitive search reads it: written in capitals or with « ſ », never inside a word. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readingOf } from "../../src/extract/reading-of.ts";

/** The reading of « expulsé » in the sentence. */
function readingOfExpelled(sentence: string): string {
  const start = sentence.indexOf("expulsé");
  return readingOf(sentence, start, start + "expulsé".length);
}

test("a conjunction ends the negated clause before it, in any case and with « ſ » for « s »", () => {
  for (const conjunction of ["mais", "MAIS", "Mais", "maiſ", "puiſ", "alorſ que"]) {
    assert.equal(readingOfExpelled(`Le Kremlin n'a rien dit ${conjunction} a expulsé trois diplomates`), "fact", conjunction);
  }
});

test("a conjunction inside a word opens no clause", () => {
  for (const word of ["maisons", "maiſons", "maisſ", "demais"]) {
    assert.equal(readingOfExpelled(`Le Kremlin n'a rien dit ${word} a expulsé trois diplomates`), "negated", word);
  }
});
