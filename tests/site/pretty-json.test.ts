import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { prettyJsonFormat } from "../../src/site/pretty-json.ts";

/** The text of the export: head, the items' fragments with separators between them, tail; `empty` when none. */
function prettyJson<T>(head: Record<string, unknown>, key: string, items: T[], toJson: (item: T) => unknown): string[] {
  const format = prettyJsonFormat(head, key, toJson);
  if (items.length === 0) return [format.empty ?? format.head + format.tail];
  return [format.head, items.map((item) => format.item(item)).join(format.separator), format.tail];
}

test("a streamed export is JSON.stringify's pretty text of the whole object, byte for byte", () => {
  const head = fc.dictionary(fc.string().filter((key) => key !== "events"), fc.jsonValue());
  fc.assert(fc.property(head, fc.array(fc.jsonValue()), (start, items) => {
    assert.equal([...prettyJson(start, "events", items, (item) => item)].join(""), `${JSON.stringify({ ...start, events: items }, null, 2)}\n`);
  }));
});

test("items are streamed one at a time: any number of items gives the same text", () => {
  fc.assert(fc.property(fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 50, maxLength: 300 }), (items) => {
    assert.equal([...prettyJson({ title: "t" }, "events", items, (item) => item)].join(""), `${JSON.stringify({ title: "t", events: items }, null, 2)}\n`);
  }), { numRuns: 50 });
});

test("an item mapped to nothing JSON can write is null, as in JSON.stringify of the whole array", () => {
  const items = [1, 2, 3];
  const toJson = (item: number) => (item === 2 ? undefined : { item });
  assert.equal([...prettyJson({}, "events", items, toJson)].join(""), `${JSON.stringify({ events: items.map(toJson) }, null, 2)}\n`);
});
