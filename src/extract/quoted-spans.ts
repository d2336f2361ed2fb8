import { isSpace } from "./white-space.ts";

/**
 * The stretches of a sentence inside quotation marks (« … », “ … ”, "…"), as [start, end) offsets.
 * What a quotation says is someone's words, not the article's report: its verbs and names are not events or agents.
 * An opening mark never closed runs to the end of the sentence.
 *
 * « « Tout est possible », a dit M. Obama » → one span over « Tout est possible ».
 */
export function quotedSpans(sentence: string): [number, number][] {
  if (!QUOTE_MARK.test(sentence)) return [];
  const spans: [number, number][] = [];
  // From one quotation mark to the next with indexOf, rather than reading each character in between.
  for (let open = firstOf(sentence, OPENERS, 0); open >= 0;) {
    const char = sentence[open];
    const close = char === "«" ? sentence.indexOf("»", open + 1) : char === "“" ? firstOf(sentence, CURLY_CLOSERS, open + 1) : sentence.indexOf('"', open + 1);
    if (close < 0) {
      spans.push([open, sentence.length]);
      break;
    }
    spans.push([open, close + 1]);
    open = firstOf(sentence, OPENERS, close + 1);
  }
  // A quoted word or two (« tueur », "catégoriquement") is the journalist's own report with a borrowed word.
  return spans.filter(([start, end]) => hasMoreWordsThan(sentence, start, end, 3));
}

/** True when more than `count` words (runs of anything but white space) stand between `start` and `end`; counts no further. */
function hasMoreWordsThan(text: string, start: number, end: number, count: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words > count) return true;
    inWord = !space;
  }
  return false;
}

/** Every quotation opens with one of these. */
const QUOTE_MARK = /[«“"]/;
const OPENERS = ["«", "“", '"'];
/** « “ » is closed by « ” », or by a straight quotation mark. */
const CURLY_CLOSERS = ["”", '"'];

/** Where the first of the characters stands from `from` on, or -1. */
function firstOf(text: string, chars: readonly string[], from: number): number {
  let first = -1;
  for (const char of chars) {
    const at = text.indexOf(char, from);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** True when [start, end) lies inside one of the spans. */
export function isInside(spans: [number, number][], start: number, end: number): boolean {
  return spans.some(([from, to]) => start >= from && end <= to);
}
