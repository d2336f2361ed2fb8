import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { foldAnew, foldText, type FoldedText } from "../../src/extract/actors/fold-text.ts";

/** The original stretch each folded character comes from. */
function stretches(text: string): string[] {
  const folding = foldText(text);
  return Array.from(folding.folded, (_, index) => text.slice(folding.startOf(index), folding.endOf(index)));
}

test("foldText maps each folded character back to what it comes from", () => {
  assert.equal(foldText("L’Élysée  a   répondu").folded, "l'elysee a repondu");
  assert.deepEqual(stretches("Le  Kremlin"), ["L", "e", "  ", "K", "r", "e", "m", "l", "i", "n"]);
  assert.deepEqual(stretches("œuvre"), ["œ", "œ", "u", "v", "r", "e"]);
  assert.deepEqual(stretches("e\u0301t\u00e9"), ["e", "t", "\u00e9"], "a combining mark folds to nothing");
  assert.deepEqual(stretches(" \u00a0 Paris"), [" \u00a0 ", "P", "a", "r", "i", "s"]);
});

/** The folded text and, per folded character, the original offsets it comes from. */
function readBack(folding: FoldedText): [string, number[], number[]] {
  const indexes = Array.from(folding.folded, (_, index) => index);
  return [folding.folded, indexes.map((index) => folding.startOf(index)), indexes.map((index) => folding.endOf(index))];
}

test("foldText gives what folding character by character gives, offsets included", () => {
  const pieces = fc.constantFrom(
    "a", "z", "A", "É", "é", "è", "ç", "1", ",", "«", "»", "…", "“", "€", " ", "  ", "\t", "\n", "\u00a0", "\u202f", "\u3000", "-", "‐", "‑", "—",
    "'", "’", "œ", "Œ", "æ", "İ", "ß", "ﬁ", "\u0301", "e\u0301", "😀", "𝒜", "\ud800", "\udc00", "ǅ", "ⅷ", "ÿ", "Ω", "Σ", "ſ", "\u212a", "Ё",
  );
  fc.assert(fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
    const text = parts.join("");
    assert.deepEqual(readBack(foldText(text)), readBack(foldAnew(text)), JSON.stringify(text));
  }), { numRuns: 20_000 });
  for (let code = 0; code < 0x10000; code++) {
    const text = `A${String.fromCharCode(code)}  ${String.fromCharCode(code)}b`;
    assert.deepEqual(readBack(foldText(text)), readBack(foldAnew(text)), `U+${code.toString(16)}`);
  }
});
