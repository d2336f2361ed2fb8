/** The words after an offset, read by code unit, as the Unicode regex they stand for finds them. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { pieceTexts } from "../helpers/piece-texts.ts";
import { nextWordStart, wordEnd } from "../../src/extract/words-after.ts";

/** The words from `from` on, up to the first mark, by the regex. */
function byRegex(text: string, from: number): string[] {
  const pattern = /([\p{L}\p{N}]+)|[^\s\p{L}\p{N}'’-]/gu;
  pattern.lastIndex = from;
  const words: string[] = [];
  for (let match = pattern.exec(text); match !== null && match[1] !== undefined; match = pattern.exec(text)) words.push(`${match.index}:${match[0]}`);
  return words;
}

function byTables(text: string, from: number): string[] {
  const words: string[] = [];
  for (let start = nextWordStart(text, from), end = start; start >= 0; start = nextWordStart(text, end)) {
    end = wordEnd(text, start);
    words.push(`${start}:${text.slice(start, end)}`);
  }
  return words;
}

test("the words after every offset are those the regex finds", () => {
  const pieces = ["a", "É", "7", " ", "\u00a0", "'", "’", "-", ",", "«", "𝔸", "😀", "\ud835", "\udd38", "٣"];
  for (const text of pieceTexts(pieces, 4)) {
    for (let from = 0; from <= text.length; from++) assert.deepEqual(byTables(text, from), byRegex(text, from), JSON.stringify([text, from]));
  }
});
