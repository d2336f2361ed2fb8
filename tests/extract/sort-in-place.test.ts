import assert from "node:assert/strict";
import { test } from "node:test";
import { sortInPlace } from "../../src/extract/sort-in-place.ts";

test("sortInPlace orders as the built-in stable sort, ties included", () => {
  let seed = 1;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < 2000; round++) {
    const items = Array.from({ length: Math.floor(next() * 24) }, (_, id) => ({ id, key: Math.floor(next() * 5), other: Math.floor(next() * 3) }));
    const compare = (a: { key: number; other: number }, b: { key: number; other: number }) => a.key - b.key || a.other - b.other;
    assert.deepEqual(sortInPlace([...items], compare), [...items].sort(compare));
  }
});
