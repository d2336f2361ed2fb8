import type { ExportFormat } from "./export-format.ts";

/**
 * `JSON.stringify({ ...head, [key]: items.map(toJson) }, null, 2)` and a final line break, as an export format: one
 * fragment per item, so that an export of an archive's events is written without its whole text, or a copy of every
 * record, in memory.
 */
export function prettyJsonFormat<T>(head: Record<string, unknown>, key: string, toJson: (item: T) => unknown): ExportFormat<T> {
  const empty = JSON.stringify({ ...head, [key]: [] }, null, 2);
  return {
    // The array is the last key: its "[]" is followed only by the closing brace.
    head: `${empty.slice(0, empty.lastIndexOf("[]"))}[\n`,
    // Items sit two levels deep, as in `[[item]]`: JSON.stringify indents them itself, and its text between the
    // brackets, "[\n  [\n" and "\n  ]\n]", is the item's lines as they stand in the whole object. (Sixteen items to a
    // call cost a seventh less CPU, but a rebuild copies unchanged items, which needs each one's own length.)
    item: (item) => JSON.stringify([[toJson(item)]], null, 2).slice(6, -6),
    separator: ",\n",
    tail: "\n  ]\n}\n",
    empty: `${empty}\n`,
  };
}
