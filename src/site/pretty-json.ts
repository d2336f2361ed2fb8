/**
 * `JSON.stringify({ ...head, [key]: items.map(toJson) }, null, 2)` and a final line break, yielded a batch of items at a
 * time, so that an export of an archive's events is written without its whole text, or a copy of every record, in memory.
 */
export function* prettyJson<T>(head: Record<string, unknown>, key: string, items: T[], toJson: (item: T) => unknown): Generator<string> {
  const empty = JSON.stringify({ ...head, [key]: [] }, null, 2);
  if (items.length === 0) {
    yield `${empty}\n`;
    return;
  }
  // The array is the last key: its "[]" is followed only by the closing brace.
  yield `${empty.slice(0, empty.lastIndexOf("[]"))}[\n`;
  for (let from = 0; from < items.length; from += BATCH) {
    // Items sit two levels deep, as in `[[item, …]]`: JSON.stringify indents them itself, and its text between the
    // brackets, "[\n  [\n" and "\n  ]\n]", is the items' lines as they stand in the whole object.
    const text = JSON.stringify([items.slice(from, from + BATCH).map((item) => toJson(item))], null, 2);
    // The separator apart: the slice of the text is written as it is, never copied into a string with it.
    if (from > 0) yield ",\n";
    yield text.slice(6, -6);
  }
  yield "\n  ]\n}\n";
}

/**
 * Items stringified at once: one JSON.stringify call for several items, but a text of tens of kilobytes for records of
 * a few kilobytes. Measured on the events: batches of 64, hundreds of kilobytes each (which V8 allocates apart, as
 * large objects), cost a tenth more CPU.
 */
const BATCH = 16;
