import { createHash } from "node:crypto";
import type { ActorRegistry, EventRecord } from "../types.ts";

/** Types so general that two records of them are one event only when they share their speaker and their day. */
const GENERAL_TYPES = new Set(["declaration"]);

/**
 * Merges the records that several sentences (of one or several articles) give of the same event.
 *
 * Two records are one event when all of these hold:
 * - the same type, and both planned or both past (an announced meeting is not the meeting);
 * - compatible dates: equal, or one contains the other at its precision (« décembre 2016 » contains 30 décembre 2016);
 *   a record dated only by publication (approximate) is compatible with any date up to that publication;
 * - agents on the same side (Washington's expulsions and Moscow's are two events), and the very same agent when one
 *   record is dated only by its publication;
 * - a shared actor, counting a person or an institution as its country when the other side names only the country;
 * - for general types (a statement), the same source actor and the same day.
 * The merged record keeps the most precise date, every source (earliest publication first) and every actor.
 *
 * The records are known by their outlines, and each is asked of `recordAt` only when its bucket is merged: with a memo,
 * a rebuild reads the records of the few buckets an edit touched.
 */
export function mergeEvents(outlines: RecordOutline[], recordAt: (index: number) => EventRecord, registry: ActorRegistry, memo?: MergeMemo): EventRecord[] {
  // Only records of one type, tense and year can be one event (compatible dates share their year), so each record is
  // compared with its own bucket, not with the whole archive, and each bucket is merged on its own.
  const buckets = new Map<string, number[]>();
  for (const [index, outline] of outlines.entries()) {
    const key = `${outline.type}|${outline.planned}|${outline.date.slice(0, 4)}`;
    (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(index);
  }
  const merged: MergedBucket = [];
  for (const [key, indexes] of buckets) {
    const merge = () => mergeBucket(indexes.map((index) => recordAt(index)), registry);
    const bucket = memo ? memo.store.throughKey(bucketIdentity(key, indexes.map((index) => memo.origins[index])), () => withDigests(merge())) : merge();
    for (const { record, first, digest } of bucket) {
      merged.push({ record, first: indexes[first] });
      if (digest !== undefined) memo?.keys?.set(record, digest);
    }
  }
  // In the order of the records that started them, as one pass over the archive would give them.
  return merged.sort((a, b) => a.first - b.first).map(({ record }) => record);
}

/** What tells which records may merge: their type, tense and date. */
export type RecordOutline = Pick<EventRecord, "type" | "planned" | "date">;

export function outlineOf({ type, planned, date }: RecordOutline): RecordOutline {
  return { type, planned, date };
}

/**
 * What a bucket merges into: each record, with the position in the bucket of the record that started it, and, in a
 * kept bucket, a hash of the record's JSON.
 */
export type MergedBucket = { record: EventRecord; first: number; digest?: string }[];

/** The bucket with a hash of each record: made once when the bucket is merged, read back with it afterwards. */
function withDigests(bucket: MergedBucket): MergedBucket {
  return bucket.map((entry) => ({ ...entry, digest: createHash("sha256").update(JSON.stringify(entry.record)).digest("base64url") }));
}

/** Where merged buckets may come from instead of being merged again (see extraction-cache.ts). */
export interface MergeStore {
  /** The bucket stored under `identity`, or `merge`'s, kept under it. */
  throughKey(identity: string, merge: () => MergedBucket): MergedBucket;
}

/**
 * Merged buckets kept between builds. A bucket is known by where its records come from (`origins`: for each record
 * given to mergeEvents, the article's content hash and the record's place in it), not by the records' contents, so
 * an unchanged bucket costs a short hash and no merging: a rebuild after one edit merges only the buckets it touches.
 */
export interface MergeMemo {
  origins: string[];
  store: MergeStore;
  /**
   * Filled with each merged record's digest (see MergedBucket), kept with its bucket: a page's fingerprint hashes it
   * instead of the record, and an unchanged bucket costs no hashing.
   */
  keys?: WeakMap<EventRecord, string>;
}

function bucketIdentity(key: string, origins: string[]): string {
  return createHash("sha256").update(key).update("\n").update(origins.join("\n")).digest("hex");
}

/** Merges the records of one bucket, taken in order: each joins the first earlier event it tells, or starts one. */
function mergeBucket(records: EventRecord[], registry: ActorRegistry): MergedBucket {
  const merged: MergedBucket = [];
  for (const [index, event] of records.entries()) {
    const twin = merged.find((candidate) => sameEvent(candidate.record, event, registry))?.record;
    if (twin) {
      const year = twin.date.slice(0, 4);
      absorb(twin, event);
      if (twin.date.slice(0, 4) !== year) throw new Error(`merging ${event.id} moved ${twin.id} to another year`);
    } else {
      merged.push({ record: structuredClone(event), first: index });
    }
  }
  return merged;
}

export function sameEvent(a: EventRecord, b: EventRecord, registry: ActorRegistry): boolean {
  if (a.type !== b.type || a.planned !== b.planned) return false;
  if (!compatibleDates(a, b)) return false;
  if (GENERAL_TYPES.has(a.type)) {
    return a.precision === "day" && b.precision === "day" && !a.approximate && !b.approximate && a.date === b.date
      && a.sourceActor !== undefined && a.sourceActor.id === b.sourceActor?.id
      && a.sources.every((source) => !b.sources.some((other) => other.article === source.article && other.sentence === source.sentence));
  }
  if (a.sources.some((source) => b.sources.some((other) => other.article === source.article && other.sentence === source.sentence))) return true;
  if (a.approximate && b.approximate && a.sources[0].article === b.sources[0].article) return false;
  // Who acted must agree: Washington's expulsions and Moscow's are two events, whatever else they share.
  if (a.sourceActor && b.sourceActor && sideOf(a.sourceActor.id, registry) !== sideOf(b.sourceActor.id, registry)) return false;
  // A record dated only by its publication is a weaker witness: it joins another only with the same agent.
  if ((a.approximate || b.approximate) && a.sourceActor && b.sourceActor && a.sourceActor.id !== b.sourceActor.id) return false;
  return sharesActor(a, b, registry);
}

function compatibleDates(a: EventRecord, b: EventRecord): boolean {
  if (a.approximate || b.approximate) {
    const [loose, firm] = a.approximate ? [a, b] : [b, a];
    // « at the latest » the publication: anything on or before it, in the same year, fits.
    return firm.date.slice(0, 4) === loose.date.slice(0, 4) && (firm.date <= loose.date || firm.date.startsWith(loose.date) || loose.date.startsWith(firm.date));
  }
  return a.date.startsWith(b.date) || b.date.startsWith(a.date);
}

function sharesActor(a: EventRecord, b: EventRecord, registry: ActorRegistry): boolean {
  const sides = (event: EventRecord) => new Set(event.actors.flatMap((actor) => [actor.id, countryActorOf(actor.id, registry)].filter(Boolean) as string[]));
  const left = sides(a);
  return [...sides(b)].some((id) => left.has(id));
}

/** The country an actor acts for, or the actor itself when it has none. */
function sideOf(actorId: string, registry: ActorRegistry): string {
  return registry.byId.get(actorId)?.country ?? actorId;
}

/** The id of the country actor an actor belongs to, when the registry has it. */
function countryActorOf(actorId: string, registry: ActorRegistry): string | undefined {
  const actor = registry.byId.get(actorId);
  if (!actor?.country || actor.kind === "country") return undefined;
  return registry.actors.find((candidate) => candidate.kind === "country" && candidate.country === actor.country)?.id;
}

function absorb(into: EventRecord, other: EventRecord): void {
  const preferOther = rank(other) > rank(into);
  if (preferOther) {
    into.date = other.date;
    into.precision = other.precision;
    into.approximate = other.approximate;
    into.title = other.title;
    into.sourceActor = other.sourceActor ?? into.sourceActor;
    into.targetActor = other.targetActor ?? into.targetActor;
  }
  const seen = new Set(into.actors.map((actor) => actor.id));
  into.actors.push(...other.actors.filter((actor) => !seen.has(actor.id)));
  for (const source of other.sources) {
    if (!into.sources.some((known) => known.article === source.article && known.sentence === source.sentence)) into.sources.push(source);
  }
  into.sources.sort((x, y) => (x.published < y.published ? -1 : x.published > y.published ? 1 : x.article < y.article ? -1 : x.article > y.article ? 1 : x.line - y.line));
}

/** How firmly a record is dated: a written day beats a month, a written date beats a publication date. */
function rank(event: EventRecord): number {
  return (event.approximate ? 0 : 10) + { year: 1, month: 2, day: 3 }[event.precision];
}
