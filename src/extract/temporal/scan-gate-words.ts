/**
 * One pass over a text that finds where the words of the temporal rules' gates start, the way a case-insensitive
 * Unicode regex would (« MARS », « Mars » and « mars » alike), and the longest run of white space.
 *
 * A gate word is only looked for where a word starts (not right after a letter): the rules' patterns only hold their
 * gate words there. A run of digits is found whole, as one number.
 */
import { charTable, childRow, type CharTable } from "../char-table.ts";
import { isSurrogate } from "../surrogates.ts";

/** The words to look for, each with what it stands for (the gates it opens), and what a number stands for. */
export interface GateWords<T> {
  /** At the end of each word, what it stands for: as the beginning of a word, or only as a whole word. */
  table: CharTable<{ value: T; whole: boolean }[]>;
  /** What a run of digits stands for; empty when no gate has a digit. */
  digits: T[];
  /** By number of digits, what a run of exactly that many digits stands for. */
  numbers: Map<number, T[]>;
  /**
   * Per code unit, the table's column of the letter it reads as (FOLDS, then the table's columns, in one lookup), and
   * the FOLDS it was worked out from: a later gateWords call with new letters fills FOLDS again.
   */
  columnOf?: { columns: Uint16Array; folds: number };
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
  // New letters: the folds of every character are worked out again, for all the letters.
  if (ALPHABET.size !== letters) foldAll();
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
  const { children, width, values } = words.table;
  const columns = foldedColumns(words);
  const length = text.length;
  let longestSpaces = 0;
  let spaces = 0;
  // One plain loop over the text, each code unit read once here: the kind of the one before says where words and
  // numbers start and end (an index moved inside the loop made V8's code for it several times slower).
  let previous = OTHER;
  let digitsFrom = 0;
  for (let at = 0; at < length; at++) {
    const kind = KINDS[text.charCodeAt(at)];
    const before = previous;
    previous = kind;
    // The rest of a word: letters right after a letter, where no gate word starts.
    if (kind === LETTER && before === LETTER) continue;
    if (before === DIGIT && kind !== DIGIT) recordNumber(hits, words, digitsFrom, at - 1);
    if (kind === SPACE) {
      if (++spaces > longestSpaces) longestSpaces = spaces;
      continue;
    }
    spaces = 0;
    if (kind === DIGIT) {
      if (before !== DIGIT) digitsFrom = at;
      continue;
    }
    if (before === LETTER) continue;
    // Down the table along the text from here: each word found on the way starts here.
    let row = 0;
    for (let next = at; next < length; next++) {
      row = children[row * width + columns[text.charCodeAt(next)]];
      if (row === 0) break;
      const entries = values[row];
      if (entries === undefined) continue;
      const endsWord = next + 1 >= length || KINDS[text.charCodeAt(next + 1)] !== LETTER;
      for (let entry = 0; entry < entries.length; entry++) {
        if (endsWord || !entries[entry].whole) record(hits, entries[entry].value, at, at);
      }
    }
  }
  if (previous === DIGIT) recordNumber(hits, words, digitsFrom, length - 1);
  return { hits, longestSpaces };
}

/** The table's column of each code unit, through the letter it reads as; worked out again when FOLDS has changed. */
function foldedColumns<T>(words: GateWords<T>): Uint16Array {
  if (words.columnOf?.folds !== foldings) {
    const { columns } = words.table;
    words.columnOf = { columns: Uint16Array.from(FOLDS, (letter) => columns[letter]), folds: foldings };
  }
  return words.columnOf.columns;
}

/** Records a run of digits, from `first` to `last`, for the gates of any number and of numbers of its length. */
function recordNumber<T>(hits: Map<T, number[]>, words: GateWords<T>, first: number, last: number): void {
  for (const value of words.digits) record(hits, value, first, last);
  const exact = words.numbers.get(last - first + 1);
  if (exact) for (const value of exact) record(hits, value, first, last);
}

/** Adds a stretch [first, last] to the value's hits, unless it starts where the last one did. */
function record<T>(hits: Map<T, number[]>, value: T, first: number, last: number): void {
  const list = hits.get(value);
  if (!list) hits.set(value, [first, last]);
  else if (list[list.length - 2] !== first) list.push(first, last);
}

/** The characters of the words looked for. */
const ALPHABET = new Set<string>();

/** How many times FOLDS has been filled. */
let foldings = 0;

/** Per code unit, the character of ALPHABET a case-insensitive Unicode regex reads it as, 0 for none. */
const FOLDS = new Int32Array(0x10000);

/**
 * Fills FOLDS for the letters of ALPHABET, all at once: one search of the whole plane for any of them, then, for the
 * few characters found, which one (the last that matches, as a regex would read it).
 */
function foldAll(): void {
  foldings++;
  FOLDS.fill(0);
  // Every code unit of the plane but the surrogates, halves of characters beyond it that no word holds.
  const plane = String.fromCharCode(...Array.from({ length: 0x10000 }, (_, code) => code).filter((code) => !isSurrogate(code)));
  const letters = [...ALPHABET].map((letter) => ({ code: letter.charCodeAt(0), pattern: new RegExp(`^${unicodeEscape(letter)}$`, "iu") }));
  const any = new RegExp(`[${[...ALPHABET].map(unicodeEscape).join("")}]`, "giu");
  for (const [char] of plane.matchAll(any)) {
    for (const letter of letters) if (letter.pattern.test(char)) FOLDS[char.charCodeAt(0)] = letter.code;
  }
}

function unicodeEscape(char: string): string {
  return `\\u{${char.codePointAt(0)!.toString(16)}}`;
}

/** What a code unit is: white space, a digit, a letter (one that a word cannot start right after), or something else. */
const SPACE = 1;
const DIGIT = 2;
const LETTER = 3;
const OTHER = 4;
const KINDS = Uint8Array.from({ length: 0x10000 }, (_, code) => kindOf(code));

function kindOf(code: number): number {
  const char = String.fromCharCode(code);
  // A surrogate counts as something else: the word after a letter outside the Basic Multilingual Plane is looked at too.
  return /\s/u.test(char) ? SPACE : code >= 0x30 && code <= 0x39 ? DIGIT : !isSurrogate(code) && /\p{L}/u.test(char) ? LETTER : OTHER;
}
