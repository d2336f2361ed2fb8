/**
 * One pass over a text that finds where the words of the temporal rules' gates start, the way a case-insensitive
 * Unicode regex would (« MARS », « Mars » and « mars » alike), and the longest run of white space.
 *
 * A gate word is only looked for where a word starts (not right after a letter): the rules' patterns only hold their
 * gate words there. A run of digits is found whole, as one number.
 */
import { charTable, childRow, type CharTable } from "../char-table.ts";

/** The words to look for, each with what it stands for (the gates it opens), and what a number stands for. */
export interface GateWords<T> {
  /** At the end of each word, what it stands for: as the beginning of a word, or only as a whole word. */
  table: CharTable<{ value: T; whole: boolean }[]>;
  /** What a run of digits stands for; empty when no gate has a digit. */
  digits: T[];
  /** By number of digits, what a run of exactly that many digits stands for. */
  numbers: Map<number, T[]>;
}

/**
 * Builds the lookup of scanGateWords from lower-case words, each found where a word starts, or with `whole` only where
 * one also ends (no letter after it); a word of one digit stands for any number, and a word of n « # » for a number
 * of exactly n digits.
 */
export function gateWords<T>(words: Iterable<[string, T, boolean]>): GateWords<T> {
  const entriesOf = new Map<string, { value: T; whole: boolean }[]>();
  const digits: T[] = [];
  const numbers = new Map<number, T[]>();
  const letters = ALPHABET.size;
  for (const [word, value, whole] of words) {
    if (/^\d$/.test(word)) {
      if (!digits.includes(value)) digits.push(value);
      continue;
    }
    if (/^#+$/.test(word)) {
      const exact = numbers.get(word.length) ?? [];
      if (!exact.includes(value)) numbers.set(word.length, [...exact, value]);
      continue;
    }
    for (const char of word) ALPHABET.add(char);
    let entries = entriesOf.get(word);
    if (!entries) entriesOf.set(word, (entries = []));
    if (!entries.some((entry) => entry.value === value && entry.whole === whole)) entries.push({ value, whole });
  }
  // New letters may be what some characters already seen read as.
  if (ALPHABET.size !== letters) FOLDS.fill(-1);
  return { table: charTable(entriesOf), digits, numbers };
}

export interface GateScan<T> {
  /** Per value found, the stretches its words take, as [first, last] pairs in text order: a word where it starts, a number over all its digits. */
  hits: Map<T, number[]>;
  /** The length of the longest run of white space (\s). */
  longestSpaces: number;
}

export function scanGateWords<T>(text: string, words: GateWords<T>): GateScan<T> {
  const hits = new Map<T, number[]>();
  let longestSpaces = 0;
  let spaces = 0;
  let afterLetter = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const kind = KINDS[code] || kindOf(code);
    if (kind === SPACE) {
      if (++spaces > longestSpaces) longestSpaces = spaces;
      afterLetter = false;
      continue;
    }
    spaces = 0;
    if (kind === DIGIT) {
      let end = at + 1;
      while (end < text.length && (KINDS[text.charCodeAt(end)] || kindOf(text.charCodeAt(end))) === DIGIT) end++;
      for (const value of words.digits) record(hits, value, at, end - 1);
      for (const value of words.numbers.get(end - at) ?? []) record(hits, value, at, end - 1);
      at = end - 1;
      afterLetter = false;
      continue;
    }
    if (!afterLetter) {
      const { table } = words;
      let row = 0;
      for (let next = at; next < text.length; next++) {
        const fold = FOLDS[text.charCodeAt(next)];
        row = childRow(table, row, fold >= 0 ? fold : foldOf(text.charCodeAt(next)));
        if (row === 0) break;
        const entries = table.values[row];
        if (entries === undefined) continue;
        const endsWord = next + 1 >= text.length || (KINDS[text.charCodeAt(next + 1)] || kindOf(text.charCodeAt(next + 1))) !== LETTER;
        for (const { value, whole } of entries) if (endsWord || !whole) record(hits, value, at, at);
      }
    }
    afterLetter = kind === LETTER;
    // The rest of a word: letters right after a letter, where no gate word starts.
    if (afterLetter) while (at + 1 < text.length && (KINDS[text.charCodeAt(at + 1)] || kindOf(text.charCodeAt(at + 1))) === LETTER) at++;
  }
  return { hits, longestSpaces };
}

/** Adds a stretch [first, last] to the value's hits, unless it starts where the last one did. */
function record<T>(hits: Map<T, number[]>, value: T, first: number, last: number): void {
  const list = hits.get(value);
  if (!list) hits.set(value, [first, last]);
  else if (list[list.length - 2] !== first) list.push(first, last);
}

/** The characters of the words looked for. */
const ALPHABET = new Set<string>();

/** Per code unit, the character of ALPHABET a case-insensitive Unicode regex reads it as, 0 for none; -1 before first sight. */
const FOLDS = new Int32Array(0x10000).fill(-1);

function foldOf(code: number): number {
  const char = String.fromCharCode(code);
  let fold = 0;
  // A lone surrogate is half of a character outside the Basic Multilingual Plane, which no word holds.
  if (code < 0xd800 || code > 0xdfff) {
    for (const letter of ALPHABET) {
      if (new RegExp(`^\\u{${letter.codePointAt(0)!.toString(16)}}$`, "iu").test(char)) fold = letter.charCodeAt(0);
    }
  }
  FOLDS[code] = fold;
  return fold;
}

/** What a code unit is: white space, a digit, a letter (one that a word cannot start right after), or something else. */
const SPACE = 1;
const DIGIT = 2;
const LETTER = 3;
const OTHER = 4;
const KINDS = new Uint8Array(0x10000);

function kindOf(code: number): number {
  const char = String.fromCharCode(code);
  // A surrogate counts as something else: the word after a letter outside the Basic Multilingual Plane is looked at too.
  const kind = /\s/u.test(char) ? SPACE : code >= 0x30 && code <= 0x39 ? DIGIT : code < 0xd800 || code > 0xdfff ? (/\p{L}/u.test(char) ? LETTER : OTHER) : OTHER;
  KINDS[code] = kind;
  return kind;
}
