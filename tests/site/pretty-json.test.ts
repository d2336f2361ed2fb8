import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { prettyJson } from "../../src/site/pretty-json.ts";

test("a streamed export is JSON.stringify's pretty text of the whole object, byte for byte", () => {
  const head = fc.dictionary(fc.string().filter((key) => key !== "events"), fc.jsonValue());
  fc.assert(fc.property(head, fc.array(fc.jsonValue()), (start, items) => {
    assert.equal([...prettyJson(start, "events", items, (item) => item)].join(""), `${JSON.stringify({ ...start, events: items }, null, 2)}\n`);
  }));
});
