import type { Article, EventRecord } from "../types.ts";
import { extractEvents, type ArticleExtraction, type Knowledge } from "../extract/extract-events.ts";
import { applyEditorial } from "./apply-editorial.ts";
import type { ExtractionStore } from "./build-chronology.ts";

/** An extraction store that also tells what an earlier build stored (see extraction-cache.ts). */
export interface StoreOfEarlierBuild extends ExtractionStore {
  has(key: string): boolean;
  staleEntries<T>(current: Set<string>): Iterable<T>;
}

/**
 * The earliest year whose events this build may tell differently from the build that filled `store`: the years of
 * the records of every article added or edited since, and of the records extracted from what it held before or from
 * a removed article. Records are merged only with records of their own year, so the events of earlier years are as
 * they were, unless the data files or the code changed, which empties the store. A guess all the same (an earlier
 * version's editorial entries are not known any more): what relies on it checks. Undefined when no article changed;
 * Infinity when the changed ones have no record. The new extractions stay in `store`: the build does not run them twice.
 */
export function earliestChangedYear(articles: Article[], knowledge: Knowledge, store: StoreOfEarlierBuild): number | undefined {
  const current = new Set<string>();
  let earliest: number | undefined;
  const note = (events: EventRecord[]) => {
    earliest ??= Infinity;
    for (const event of events) earliest = Math.min(earliest, Number(event.date.slice(0, 4)));
  };
  for (const article of articles) {
    const key = store.keyOf(article);
    current.add(key);
    if (store.has(key)) continue;
    const extraction = store.through(article, () => extractEvents(article, knowledge));
    note(applyEditorial(article, extraction.events, extraction.sentences, knowledge));
  }
  for (const stale of store.staleEntries<ArticleExtraction>(current)) note(stale.events);
  return earliest;
}
