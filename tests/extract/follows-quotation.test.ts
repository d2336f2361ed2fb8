/** The speaker after a quotation: read back from the verb, as the search over the whole prefix it replaces found it. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { pieceTexts } from "../helpers/piece-texts.ts";
import { followsQuotation } from "../../src/extract/assign-roles.ts";

/** The search over the whole text before the verb, as isInvertedSpeech made it. */
function byWholePrefix(text: string, end: number): boolean {
  return /[»"”,]\s*(?:a|ont|avait|a-t-il|a-t-elle)?\s*\S*$/u.test(text.slice(0, end).trimEnd().replace(/\S+$/, "").trimEnd() + " ");
}

test("followsQuotation agrees with the whole-prefix search", () => {
  const pieces = ["»", "\"", "”", ",", " ", "  ", "\u00a0", "\n", "a", "ont", "avait", "a-t-il", "a-t-elle", "va", "déclaré", "Peskov", "«", "x", "𝔸"];
  // Every text of up to four pieces, and every end in it.
  for (const text of pieceTexts(pieces, 4)) {
    for (let end = 0; end <= text.length; end++) assert.equal(followsQuotation(text, end), byWholePrefix(text, end), JSON.stringify([text, end]));
  }
});

test("the speaker after a quotation and its verb", () => {
  const quoted = "« Nous n'avons rien à cacher », a déclaré Peskov";
  assert.equal(followsQuotation(quoted, quoted.indexOf(" Peskov")), true);
  const plain = "Le Kremlin a déclaré mardi";
  assert.equal(followsQuotation(plain, plain.indexOf(" mardi")), false);
});
