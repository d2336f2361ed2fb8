/**
 * The words after an offset, one at a time, as the global Unicode regex /([\p{L}\p{N}]+)|[^\s\p{L}\p{N}'’-]/gu finds
 * them from there: a word is a run of letters and digits; white space, apostrophes and hyphens are passed over; any
 * other character is a mark, which ends the reading. Read by code unit from tables, with no match array per word.
 */
import { isLeadSurrogate, isSurrogate, isTrailSurrogate } from "./surrogates.ts";

/** Where the next word starts from `at` on; -1 when a mark comes first or the text ends. */
export function nextWordStart(text: string, at: number): number {
  // As the regex does, a search from the second half of a character of two code units starts at its first half.
  let next = at > 0 && isTrailSurrogate(text.charCodeAt(at)) && isLeadSurrogate(text.charCodeAt(at - 1)) ? at - 1 : at;
  while (next < text.length) {
    const kind = kindAt(text, next);
    if (kind === WORD) return next;
    if (kind === MARK) return -1;
    next++;
  }
  return -1;
}

/** Where the word that starts at `start` ends. */
export function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && kindAt(text, end) === WORD) end += widthAt(text, end);
  return end;
}

const WORD = 1;
const PASSED = 2;
const MARK = 3;

/** What the character at `at` is: part of a word, passed over, or a mark. */
function kindAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (widthAt(text, at) === 2) return WORD_CHAR.test(text.slice(at, at + 2)) ? WORD : MARK;
  // A lone surrogate is a character of its own, neither a letter nor a space: a mark.
  if (isSurrogate(code)) return MARK;
  let kind = KINDS[code];
  if (kind === 0) {
    const char = String.fromCharCode(code);
    KINDS[code] = kind = WORD_CHAR.test(char) ? WORD : /^[\s'’-]$/u.test(char) ? PASSED : MARK;
  }
  return kind;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per code unit of the Basic Multilingual Plane outside the surrogates: its kind, 0 before first sight. */
const KINDS = new Uint8Array(0x10000);

/** 2 for a character of two code units (a surrogate pair), else 1. */
function widthAt(text: string, at: number): number {
  return isLeadSurrogate(text.charCodeAt(at)) && at + 1 < text.length && isTrailSurrogate(text.charCodeAt(at + 1)) ? 2 : 1;
}
