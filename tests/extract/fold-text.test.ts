import assert from "node:assert/strict";
import { test } from "node:test";
import { foldText } from "../../src/extract/actors/fold-text.ts";

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
