/**
 * `JSON.stringify({ ...head, [key]: items.map(toJson) }, null, 2)` and a final line break, yielded item by item, so that an export of an
 * archive's events is written without its whole text, or a copy of every record, in memory.
 */
export function* prettyJson<T>(head: Record<string, unknown>, key: string, items: T[], toJson: (item: T) => unknown): Generator<string> {
  const empty = JSON.stringify({ ...head, [key]: [] }, null, 2);
  if (items.length === 0) {
    yield `${empty}\n`;
    return;
  }
  // The array is the last key: its "[]" is followed only by the closing brace.
  yield `${empty.slice(0, empty.lastIndexOf("[]"))}[\n`;
  for (const [index, item] of items.entries()) {
    // Items sit two levels deep; a JSON string never holds a raw line break, so every "\n" starts a line to indent.
    yield `${index > 0 ? ",\n" : ""}    ${JSON.stringify(toJson(item), null, 2).replace(/\n/gu, "\n    ")}`;
  }
  yield "\n  ]\n}\n";
}
