import { test } from "node:test";
import assert from "node:assert/strict";
import { charTable, childRow, type CharTable } from "../../src/extract/char-table.ts";

/** The row reached from the root along `text`, or 0 when some character leads nowhere. */
function rowOf<T>(table: CharTable<T>, text: string): number {
  let row = 0;
  for (let at = 0; at < text.length; at++) if ((row = childRow(table, row, text.charCodeAt(at))) === 0) return 0;
  return row;
}

test("a walk along a word reaches the value it stands for, and its prefixes on the way hold none", () => {
  const table = charTable(new Map([["expuls", "expulsion"], ["expert", "expertise"], ["été", "saison"]]));
  assert.equal(table.values[rowOf(table, "expuls")], "expulsion");
  assert.equal(table.values[rowOf(table, "expert")], "expertise");
  assert.equal(table.values[rowOf(table, "été")], "saison");
  assert.notEqual(rowOf(table, "exp"), 0);
  assert.equal(table.values[rowOf(table, "exp")], undefined);
});

test("a character no word has there, or none of the words holds, ends the walk", () => {
  const table = charTable(new Map([["mars", 3]]));
  assert.equal(rowOf(table, "mai"), 0);
  assert.equal(rowOf(table, "marz"), 0);
  assert.equal(rowOf(table, "ma€"), 0);
});
