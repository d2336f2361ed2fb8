import { isWordCode } from "./actors/fold-text.ts";
import { isLeadSurrogate, isTrailSurrogate } from "./surrogates.ts";

/**
 * The words of a folded text, as folded offsets: word i runs from starts[i] to ends[i]. Offsets rather than one object
 * and one string per word: every sentence is cut into words, and the words are only ever read in place.
 */
export interface Words {
  starts: number[];
  ends: number[];
  /** True when a word holds a letter of two code units (outside the Basic Multilingual Plane). */
  astral: boolean;
}

/**
 * The words of a folded text: « l'ambassadeur » gives "l" (0–1) and "ambassadeur" (2–13). A letter outside the Basic
 * Multilingual Plane is one character of two code units, inside a word.
 * The result may be shared with the previous call on the same text (classifyEvent and matchActors cut the same
 * sentence one after the other): read it, never change it.
 */
export function wordsOf(folded: string): Words {
  if (folded === last.folded) return last.words;
  const words = cut(folded, true);
  last = { folded, words };
  return words;
}

let last: { folded: string | undefined; words: Words } = { folded: undefined, words: { starts: [], ends: [], astral: false } };

/** Cuts a folded text into words; with `pairs`, a letter of two code units is one character of a word. */
function cut(folded: string, pairs: boolean): Words {
  // Into arrays reused from call to call, then copied out at their size: no array grown a few words at a time.
  const starts = START_SCRATCH;
  const ends = END_SCRATCH;
  let count = 0;
  let astral = false;
  let start = -1;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    let width = 1;
    // A surrogate is never a word character on its own: only then is it read as half of a pair.
    let isWord = isWordCode(code);
    if (!isWord && pairs && isLeadSurrogate(code) && i + 1 < folded.length && isTrailSurrogate(folded.charCodeAt(i + 1))) {
      width = 2;
      isWord = WORD.test(folded.slice(i, i + 2));
      astral ||= isWord;
    }
    if (isWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      starts[count] = start;
      ends[count] = i;
      count++;
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) {
    starts[count] = start;
    ends[count] = folded.length;
    count++;
  }
  return { starts: starts.slice(0, count), ends: ends.slice(0, count), astral };
}

const START_SCRATCH: number[] = [0];
const END_SCRATCH: number[] = [0];

const WORD = /^[\p{L}\p{N}]+$/u;

/**
 * The words of a folded text cut at every code unit that is not a word character on its own, so that a letter of two
 * code units splits a word (as matchActors has always read names); the same as wordsOf when no word holds such a letter.
 */
export function codeUnitWordsOf(folded: string): Words {
  return cut(folded, false);
}
