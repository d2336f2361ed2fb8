import type { EventRecord } from "../types.ts";

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;

/**
 * Orders events by date. A month-precision event opens its month (it sorts before the days of that month), and a
 * year-precision event opens its year: the reader meets « en décembre 2016 » before « 30 décembre 2016 ».
 * Ties go to the earliest-published source, then the id, so the order is the same on every build.
 */
export function orderEvents(events: EventRecord[]): EventRecord[] {
  return [...events].sort(compareEvents);
}

export function compareEvents(a: EventRecord, b: EventRecord): number {
  return compareText(a.date.slice(0, 4), b.date.slice(0, 4))
    || compareText(a.date.slice(5, 7) || "00", b.date.slice(5, 7) || "00")
    || compareText(a.date.slice(8, 10) || "00", b.date.slice(8, 10) || "00")
    || PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision]
    || Number(a.approximate) - Number(b.approximate)
    || compareText(a.sources[0]?.published ?? "", b.sources[0]?.published ?? "")
    || compareText(a.sources[0]?.article ?? "", b.sources[0]?.article ?? "")
    || (a.sources[0]?.line ?? 0) - (b.sources[0]?.line ?? 0)
    || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
