import type { Sentence } from "../types.ts";

/** Abbreviations after which a period does not end a sentence (lower-cased, without the period). */
const ABBREVIATIONS = new Set([
  "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "cf", "etc", "env", "av", "apr", "j.-c",
  "n°", "no", "p", "vol", "art", "chap", "fig", "gén", "col", "cdt", "lt", "sgt", "jr", "sr", "inc", "ltd", "co",
]);

/** Blocks that are not running text: headings, list markers, quotes markers stay text but headings are skipped. */
const HEADING = /^#{1,6}\s/;

/**
 * Splits a Markdown body into sentences with their offsets in the body.
 * Headings are not sentences (they are titles, not reports); every other block is split on
 * sentence-final punctuation followed by a capital or an opening quote.
 *
 * « Vendredi 30, le président a parlé. M. Lavrov a répondu. » → two sentences.
 */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of blocksOf(body)) {
    if (HEADING.test(block.text)) continue;
    for (const [start, end] of sentenceSpans(block.text)) {
      const text = block.text.slice(start, end);
      if (!/\p{L}/u.test(text)) continue;
      sentences.push({ text, start: block.start + start, end: block.start + end, paragraph });
    }
    paragraph++;
  }
  return sentences;
}

/** Paragraph blocks (separated by blank lines) with their offsets. */
export function blocksOf(body: string): { text: string; start: number }[] {
  const blocks: { text: string; start: number }[] = [];
  let from = 0;
  for (let separator = blankLines(body, 0); ; separator = blankLines(body, separator.end)) {
    const to = separator.start < 0 ? body.length : separator.start;
    const raw = body.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) blocks.push({ text, start: from + lead });
    if (separator.start < 0) break;
    from = separator.end;
  }
  return blocks;
}

/**
 * The first run of blank lines from `from` on, as a /\n[ \t]*\n+/ search finds it (start -1 when there is none): found
 * from line break to line break with indexOf, which reads a long body quicker than the regex engine.
 */
function blankLines(body: string, from: number): { start: number; end: number } {
  for (let start = body.indexOf("\n", from); start >= 0; start = body.indexOf("\n", start + 1)) {
    let end = start + 1;
    while (end < body.length && (body.charCodeAt(end) === 0x20 || body.charCodeAt(end) === 0x09)) end++;
    if (body.charCodeAt(end) !== 0x0a) continue;
    while (body.charCodeAt(end) === 0x0a) end++;
    return { start, end };
  }
  return { start: -1, end: -1 };
}

function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const boundary = BOUNDARY;
  boundary.lastIndex = 0;
  let start = 0;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const punctEnd = match.index + match[1].length + match[2].length;
    if (match[1] === "." && isAbbreviation(text, match.index)) continue;
    if (insideGuillemets(text, start, punctEnd) && match[2] === "") continue;
    spans.push([start, punctEnd]);
    start = punctEnd + match[3].length;
  }
  if (start < text.length) spans.push([start, text.trimEnd().length]);
  return spans.filter(([s, e]) => e > s);
}

/** A candidate boundary: terminal punctuation, optional closing quotes, whitespace, then a capital, digit or opening quote. */
const BOUNDARY = /([.!?…]+)([»"”’)]*)(\s+)(?=[«"“(]?\s*[\p{Lu}\d])/gu;

function isAbbreviation(text: string, periodAt: number): boolean {
  const word = /([\p{L}°.-]+)$/u.exec(text.slice(Math.max(0, periodAt - 8), periodAt))?.[1] ?? "";
  if (!word) return /\d$/.test(text.slice(0, periodAt)) && /^\.\d/.test(text.slice(periodAt));
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A single capital letter is an initial: « John F. Kennedy ».
  return /^\p{Lu}$/u.test(word);
}

/** True when a « … » quotation opened since `from` is still open at `at`: a quoted passage stays in its sentence. */
function insideGuillemets(text: string, from: number, at: number): boolean {
  return countOf(text, "«", from, at) > countOf(text, "»", from, at);
}

/** How many times a character stands between `from` and `to`. */
function countOf(text: string, char: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf(char, from); at >= 0 && at < to; at = text.indexOf(char, at + 1)) count++;
  return count;
}
