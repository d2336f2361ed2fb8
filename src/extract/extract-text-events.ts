import type { Article, CalendarDate, EventRecord } from "../types.ts";
import { extractEvents, type Knowledge } from "./extract-events.ts";

/**
 * Runs the event extraction on a bare French text, as if it were the body of an article published on `published`.
 * For tests and for the evaluation command: no file, no front matter.
 *
 * extractTextEvents("Mardi, Moscou a expulsé deux diplomates américains.", "2021-03-25", knowledge)
 * → [{ type: "expulsion-diplomates", date: "2021-03-23", precision: "day", sourceActor: russie, targetActor: etats-unis, … }]
 */
export function extractTextEvents(text: string, published: CalendarDate, knowledge: Knowledge): EventRecord[] {
  const article: Article = {
    slug: "texte",
    path: "texte",
    title: "",
    published,
    publishedPrecision: published.length === 7 ? "month" : "day",
    lang: "fr",
    body: text,
    bodyLine: 1,
    editorial: [],
  };
  return extractEvents(article, knowledge).events;
}
