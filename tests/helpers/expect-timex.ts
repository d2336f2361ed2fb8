import assert from "node:assert/strict";
import { tagDates } from "../../src/extract/temporal/index.ts";

/** Asserts that `span` is tagged at its first place in `text` with the value (and type) given. */
export function expectTimex(text: string, reference: string, span: string, value: string, type = "DATE"): void {
  const timexes = tagDates(text, reference);
  const start = text.indexOf(span);
  assert.ok(start >= 0, `the span « ${span} » is not in the text`);
  const found = timexes.find((timex) => timex.start === start && timex.end === start + span.length);
  assert.ok(found, `« ${span} » not tagged; got ${JSON.stringify(timexes.map((t) => [t.text, t.value]))}`);
  assert.equal(found.text, span);
  assert.equal(found.value, value);
  assert.equal(found.type, type);
}
