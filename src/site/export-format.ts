/**
 * An export file as a head, one fragment per item with a separator between two, and a tail. An item's fragment
 * depends only on the item and on the format's `context`, so a rebuild copies the fragments of unchanged events from
 * the previous file instead of writing them again (see write-exports.ts).
 */
export interface ExportFormat<T> {
  head: string;
  item(item: T): string;
  separator: string;
  tail: string;
  /** The whole file when there is no item; absent, the head and the tail. */
  empty?: string;
  /** What the fragments depend on besides their items (the calendar's stamp): another context, other fragments. */
  context?: string;
}

