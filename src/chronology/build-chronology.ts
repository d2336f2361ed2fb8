import type { ActorRegistry, Article, Diagnostic, EventRecord } from "../types.ts";
import { extractEvents, type AnchoredSentence, type ArticleExtraction, type Knowledge } from "../extract/extract-events.ts";
import { mergeEvents, type MergeStore } from "./merge-events.ts";
import { orderEvents } from "./order-events.ts";
import { applyEditorial } from "./apply-editorial.ts";
import { StageClock } from "../stage-clock.ts";

export interface Chronology {
  events: EventRecord[];
  sentencesByArticle: Map<string, AnchoredSentence[]>;
  diagnostics: Diagnostic[];
}

/** Where extraction results may come from instead of running again (see extraction-cache.ts). */
export interface ExtractionStore {
  /** The article's extraction, stored or run by `extract`, as a detached copy (see `detached`). */
  through(article: Article, extract: () => ArticleExtraction): ArticleExtraction;
  /** The hash of the article's content that keys its extraction. */
  keyOf(article: Article): string;
}

/**
 * Extracts every article, applies its editorial entries, merges the records that tell the same event and orders the result.
 * Articles are taken in the order given (the reader sorts them by path), so ids and order are stable.
 */
export function buildChronology(articles: Article[], knowledge: Knowledge, clock = new StageClock(), store?: ExtractionStore, merges?: MergeStore): Chronology {
  const found: EventRecord[] = [];
  // Where each record comes from: its article's content hash and its place among the article's records. The
  // extraction's fingerprint, part of the merge store's, covers the data files and code that also make them.
  const origins: string[] = [];
  const sentencesByArticle = new Map<string, AnchoredSentence[]>();
  const diagnostics: Diagnostic[] = [];
  const byPublication = [...articles].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.slug < b.slug ? -1 : 1));
  for (const [index, article] of byPublication.entries()) {
    if (index % 100 === 0) clock.tick("extraction", index, byPublication.length);
    const extract = () => extractEvents(article, knowledge);
    const extraction = clock.timeSync("extraction", () => store ? store.through(article, extract) : detached(extract()));
    // Front matter `events:` entries add, correct or suppress what was found, before articles are merged.
    const records = applyEditorial(article, extraction.events, extraction.sentences, knowledge);
    if (store && merges) {
      const key = store.keyOf(article);
      for (let index = 0; index < records.length; index++) origins.push(`${key}:${index}`);
    }
    found.push(...records);
    sentencesByArticle.set(article.slug, extraction.sentences);
    diagnostics.push(...extraction.diagnostics);
  }
  const memo = store && merges ? { origins, store: merges } : undefined;
  const events = clock.timeSync("chronology", () => orderEvents(mergeEvents(found, knowledge.registry as ActorRegistry, memo)));
  return { events, sentencesByArticle, diagnostics };
}

/**
 * The extraction as the cache gives it back (a JSON copy): no object shared between two records, no undefined field.
 * The stages after extraction change records in place, and an object shared by two of them made a fresh build differ
 * from a cached one.
 */
function detached(extraction: ArticleExtraction): ArticleExtraction {
  return JSON.parse(JSON.stringify(extraction)) as ArticleExtraction;
}
