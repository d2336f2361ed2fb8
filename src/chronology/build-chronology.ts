import type { ActorRegistry, Article, Diagnostic, EventRecord } from "../types.ts";
import { extractEvents, type AnchoredSentence, type Knowledge } from "../extract/extract-events.ts";
import { datesAhead } from "../extract/dates-ahead.ts";
import { placesOf, sentencesAt, type SentencePlace } from "../extract/sentence-places.ts";
import { mergeEvents, outlineOf, type MergeStore, type RecordOutline } from "./merge-events.ts";
import { orderEvents } from "./order-events.ts";
import { applyEditorial } from "./apply-editorial.ts";
import { StageClock } from "../stage-clock.ts";

export interface Chronology {
  events: EventRecord[];
  sentencesByArticle: Map<string, AnchoredSentence[]>;
  diagnostics: Diagnostic[];
  /** Present when the chronology was made through the caches. */
  contentKeys?: ContentKeys;
}

/**
 * Strings that stand for content, kept in the caches or made from their keys and fingerprints: two builds give the
 * same key only to the same content, so a page's fingerprint hashes the key instead of the content (63 MB of event records and 65 MB
 * of article text and sentences at 10 000 articles).
 */
export interface ContentKeys {
  /** A merged event's key: a hash of its record, made when its bucket was merged (see MergedBucket). */
  events: WeakMap<EventRecord, string>;
  /** By slug, an article's key: its content hash and the extraction's fingerprint, which cover its text and its sentences. */
  articles: Map<string, string>;
}

/** Where extraction results may come from instead of running again (see extraction-cache.ts). */
export interface ExtractionStore {
  /**
   * The result stored under `key` (a JSON copy), or `make`'s, kept under it; the second part is read only when asked
   * for. What `make` gives is JSON values, so a made result reads as a stored one.
   */
  throughSplit<A, B>(key: string, make: () => [A, B]): { first: A; second: () => B };
  /** True when a result is stored under `key` (it may still turn out damaged, and be made again). */
  holds(key: string): boolean;
  /** The hash of the article's content that keys its extraction. */
  keyOf(article: Article): string;
  /** What every result depends on besides its key: the extraction's code and data files. */
  readonly fingerprint: string;
}

/**
 * An article's extraction as a store keeps it: its events apart, outlined, so that a rebuild reads few of them, and
 * its sentences as places in the article.
 */
type KeptExtraction = [{ sentences: SentencePlace[]; diagnostics: Diagnostic[]; outlines: RecordOutline[] }, EventRecord[]];

/**
 * Extracts every article, applies its editorial entries, merges the records that tell the same event and orders the result.
 * Articles are taken in the order given (the reader sorts them by path), so ids and order are stable.
 */
export function buildChronology(articles: Article[], knowledge: Knowledge, clock = new StageClock(), store?: ExtractionStore, merges?: MergeStore): Chronology {
  const outlines: RecordOutline[] = [];
  // The records, each read from the store when its bucket is merged: by the article that holds it.
  const records: (EventRecord | undefined)[] = [];
  const holders: { start: number; read: () => EventRecord[] }[] = [];
  const holderOf: number[] = [];
  // Where each record comes from: its article's content hash and its place among the article's records. The
  // extraction's fingerprint, part of the merge store's, covers the data files and code that also make them.
  const origins: string[] = [];
  const sentencesByArticle = new Map<string, AnchoredSentence[]>();
  const diagnostics: Diagnostic[] = [];
  const byPublication = [...articles].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.slug < b.slug ? -1 : 1));
  const datesOf = datesAhead(byPublication, store ? (article) => !store.holds(store.keyOf(article)) : undefined);
  for (const [index, article] of byPublication.entries()) {
    if (index % 100 === 0) clock.tick("extraction", index, byPublication.length);
    const extract = (): KeptExtraction => {
      const { events, sentences, diagnostics } = extractEvents(article, knowledge, datesOf(index));
      return [{ sentences: placesOf(sentences), diagnostics, outlines: events.map(outlineOf) }, events];
    };
    // An extraction is JSON values, never an object in two places (later stages change records in place): a record
    // made in this build reads the same as one the cache gives back.
    const kept = clock.timeSync("extraction", () => (store ? store.throughSplit(store.keyOf(article), extract) : firstOf(extract())));
    const { outlines: found } = kept.first;
    const sentences = sentencesAt(article, kept.first.sentences);
    // Front matter `events:` entries add, correct or suppress what was found, before articles are merged.
    const edited = article.editorial.length > 0 ? applyEditorial(article, kept.second(), sentences, knowledge) : undefined;
    const start = outlines.length;
    holders.push({ start, read: edited ? () => edited : kept.second });
    for (const outline of edited ? edited.map(outlineOf) : found) {
      holderOf.push(holders.length - 1);
      outlines.push(outline);
    }
    if (store && merges) {
      const key = store.keyOf(article);
      for (let at = start; at < outlines.length; at++) origins.push(`${key}:${at - start}`);
    }
    sentencesByArticle.set(article.slug, sentences);
    // A result from the cache may come from the same file read through another path: messages name this build's.
    for (const diagnostic of kept.first.diagnostics) diagnostics.push(diagnostic.file === article.path ? diagnostic : { ...diagnostic, file: article.path });
  }
  const recordAt = (index: number) => {
    if (records[index] === undefined) {
      const holder = holders[holderOf[index]];
      holder.read().forEach((record, at) => (records[holder.start + at] = record));
    }
    return records[index]!;
  };
  const contentKeys = store && merges ? { events: new WeakMap<EventRecord, string>(), articles: new Map(byPublication.map((article) => [article.slug, `${store.fingerprint}:${store.keyOf(article)}`])) } : undefined;
  const memo = store && merges ? { origins, store: merges, keys: contentKeys!.events } : undefined;
  const events = clock.timeSync("chronology", () => orderEvents(mergeEvents(outlines, recordAt, knowledge.registry as ActorRegistry, memo)));
  return { events, sentencesByArticle, diagnostics, contentKeys };
}

/** A result in two parts as a store gives it back when it has just made it. */
function firstOf<A, B>([first, second]: [A, B]): { first: A; second: () => B } {
  return { first, second: () => second };
}
