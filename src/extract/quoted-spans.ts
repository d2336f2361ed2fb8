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
  let openedAt = -1;
  let closer = "";
  for (let i = 0; i < sentence.length; i++) {
    const char = sentence[i];
    if (openedAt < 0) {
      if (char === "«") [openedAt, closer] = [i, "»"];
      else if (char === "“") [openedAt, closer] = [i, "”"];
      else if (char === '"') [openedAt, closer] = [i, '"'];
    } else if (char === closer || (closer === "”" && char === '"')) {
      spans.push([openedAt, i + 1]);
      openedAt = -1;
    }
  }
  if (openedAt >= 0) spans.push([openedAt, sentence.length]);
  // A quoted word or two (« tueur », "catégoriquement") is the journalist's own report with a borrowed word.
  return spans.filter(([start, end]) => hasMoreWordsThan(sentence, start, end, 3));
}

/** True when more than `count` words (runs of anything but white space) stand between `start` and `end`; counts no further. */
function hasMoreWordsThan(text: string, start: number, end: number, count: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words > count) return true;
    inWord = !space;
  }
  return false;
}

/** Per UTF-16 code unit: 1 for white space (\s), 2 for anything else, 0 before first sight. */
const SPACES = new Uint8Array(0x10000);

function isWhiteSpace(code: number): boolean {
  let kind = SPACES[code];
  if (kind === 0) SPACES[code] = kind = /\s/.test(String.fromCharCode(code)) ? 1 : 2;
  return kind === 1;
}

/** Every quotation opens with one of these. */
const QUOTE_MARK = /[«“"]/;

/** True when [start, end) lies inside one of the spans. */
export function isInside(spans: [number, number][], start: number, end: number): boolean {
  return spans.some(([from, to]) => start >= from && end <= to);
}
