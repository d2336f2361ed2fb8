import type { Article } from "../types.ts";
import { sentenceAnchor, type AnchoredSentence } from "./extract-events.ts";

/**
 * A sentence of an article as the extraction cache keeps it: where it stands, not what it says. Its text is the
 * article's own and its anchor follows from its place, so a cache line need not hold the article a second time.
 */
export type SentencePlace = [start: number, end: number, paragraph: number, line: number];

export function placesOf(sentences: AnchoredSentence[]): SentencePlace[] {
  return sentences.map(({ start, end, paragraph, line }) => [start, end, paragraph, line]);
}

/** The sentences of an article at the given places: the same objects extractEvents made (a test checks it). */
export function sentencesAt(article: Article, places: SentencePlace[]): AnchoredSentence[] {
  return places.map(([start, end, paragraph, line], index) => ({ text: article.body.slice(start, end), start, end, paragraph, anchor: sentenceAnchor(index), line }));
}
