/**
 * A rough reading of the tense of the sentence around a date expression, so that a bare « mardi » points
 * back in « ils se sont rencontrés mardi » and forward in « il se rendra à Moscou mardi ».
 */

import { isLeadSurrogate, isTrailSurrogate } from "../surrogates.ts";

export type Tense = "past" | "future" | "unknown";

const AUXILIARIES = new Set([
  "a", "ont", "avait", "avaient", "avons", "avez", "ai", "as", "eut", "eurent",
  "est", "sont", "était", "étaient", "sommes", "êtes", "suis", "fut", "furent", "fût",
]);
const PARTICIPLE = /(?:é|ée|és|ées|i|is|ie|ies|it|ite|its|u|us|ue|ues|ert|erte|erts|eint|eints|aint|ort|orte|ris|rise|uit|uite)$/;
const WORDS_BETWEEN = new Set(["été", "eu", "pas", "déjà", "aussi", "bien", "ensuite", "alors", "enfin", "encore", "également", "toujours", "jamais", "plus", "lui", "se", "s", "y", "en", "ne", "n"]);
const IRREGULAR_FUTURE = new Set([
  "sera", "seront", "serons", "serez", "serai", "aura", "auront", "aurons", "aurez", "aurai", "fera", "feront",
  "ira", "iront", "pourra", "pourront", "devra", "devront", "viendra", "viendront", "faudra", "tiendra",
  "tiendront", "verra", "verront", "saura", "sauront", "voudra", "voudront",
]);
const NOT_FUTURE = new Set([
  "extra", "contra", "ultra", "sierra", "cobra", "mantra", "tantra", "front", "affront", "vrai", "zebra", "hydra",
  "algebra", "opera", "camera", "era", "terra", "flora", "aura",
]);
const NOT_IMPERFECT = new Set([
  "fait", "lait", "trait", "souhait", "portrait", "attrait", "retrait", "parfait", "extrait", "bienfait", "forfait",
  "méfait", "distrait", "abstrait", "imparfait", "plait", "plaît", "jamais", "mais", "désormais", "frais", "palais",
]);
const FUTURE_WORDS = new Set(["prochain", "prochaine", "prochains", "prochaines", "demain", "bientôt", "prochainement", "prévu", "prévue", "prévus", "prévues", "doit", "doivent", "devrait", "devraient", "envisage"]);
const PAST_WORDS = new Set(["hier", "dernier", "dernière", "derniers", "dernières", "passé", "passée", "récemment", "avant-hier"]);

interface Marker {
  index: number;
  tense: "past" | "future";
}

/** Finds the boundaries of the sentence holding [start, end). */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !isSentenceStop(text.charCodeAt(from - 1))) from -= 1;
  let to = end;
  while (to < text.length && !isSentenceStop(text.charCodeAt(to))) to += 1;
  return [from, to];
}

/** « . », « ! », « ? » or a line break. */
function isSentenceStop(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a;
}

/** A word: letters, with hyphens inside (« a-t-il »). */
const WORD = /[\p{L}]+(?:-[\p{L}]+)*/gu;

/**
 * The word of text[from, to) that ends last, as WORD finds the words of that stretch: its letters, and hyphens with
 * a letter on each side. Read backwards from `to`, so that only the words nearest the end are read.
 */
function wordBefore(text: string, from: number, to: number): { word: string; start: number } | null {
  let end = to;
  while (end > from && letterEndingAt(text, from, end) === 0) end--;
  if (end === from) return null;
  let start = end;
  for (;;) {
    const width = letterEndingAt(text, from, start);
    if (width > 0) start -= width;
    else if (text.charCodeAt(start - 1) === 0x2d && start - 1 > from && letterEndingAt(text, from, start - 1) > 0) start -= 1;
    else break;
  }
  return { word: text.slice(start, end), start };
}

/** The code units of the letter that ends right before `at` without starting before `from` (2 outside the Basic Multilingual Plane), or 0. */
function letterEndingAt(text: string, from: number, at: number): number {
  if (at <= from) return 0;
  const code = text.charCodeAt(at - 1);
  if (isTrailSurrogate(code) && at - 2 >= from) {
    if (isLeadSurrogate(text.charCodeAt(at - 2))) return LETTER.test(text.slice(at - 2, at)) ? 2 : 0;
  }
  let kind = LETTERS[code];
  if (kind === 0) LETTERS[code] = kind = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return kind === 1 ? 1 : 0;
}

const LETTER = /^\p{L}$/u;
/** Per UTF-16 code unit: 1 for a letter, 2 for anything else (a lone surrogate included), 0 before first sight. */
const LETTERS = new Uint8Array(0x10000);

/**
 * The tense a word marks, if any: `first` when it opens its stretch of the sentence, `following` the words after it
 * in the stretch (three are enough: they only matter for an auxiliary or « va »).
 */
function markerAt(word: string, first: boolean, following: readonly string[]): Marker["tense"] | null {
  const lower = word.toLowerCase();
  if (word !== lower && !first) return null; // a capitalised word mid-sentence is a name, not a verb
  if (AUXILIARIES.has(lower)) {
    for (let j = 0; j < Math.min(following.length, 3); j += 1) {
      const next = following[j].toLowerCase();
      if (next === "été" || next === "eu" || (next.length > 2 && PARTICIPLE.test(next))) return "past";
      if (!WORDS_BETWEEN.has(next)) break;
    }
    return null;
  }
  if (IRREGULAR_FUTURE.has(lower)) return "future";
  if (PAST_WORDS.has(lower)) return "past";
  if (FUTURE_WORDS.has(lower)) return "future";
  if ((lower === "va" || lower === "vont") && following.length > 0 && /(?:er|ir|re|oir)$/.test(following[0])) return "future";
  if (lower.length >= 5 && /(?:ra|ront|rai)$/.test(lower) && !NOT_FUTURE.has(lower) && !lower.endsWith("éra")) return "future";
  if (lower.length >= 5 && /(?:ait|aient)$/.test(lower) && !NOT_IMPERFECT.has(lower)) return "past";
  return null;
}

/**
 * The tense of the sentence holding [start, end): the marker nearest the expression wins.
 * « Ils se sont rencontrés mardi » → past; « Il se rendra à Moscou mardi » → future; « Réunion mardi » → unknown.
 */
export function sentenceTense(text: string, start: number, end: number): Tense {
  const [from, to] = sentenceAround(text, start, end);
  // Each word marks at most one tense: the nearest marker before is the last one, after the first one; read from the
  // expression outwards, each side stops at its first marker. On a tie, the marker before wins.
  let best: Marker | null = null;
  // Before: from the nearest word back, each word read once and only up to the first marker.
  const later: string[] = [];
  for (let word = wordBefore(text, from, start); word && !best;) {
    const earlier = wordBefore(text, from, word.start);
    const tense = markerAt(word.word, earlier === null, later);
    if (tense) best = { index: word.start, tense };
    later.unshift(word.word);
    if (later.length > 3) later.pop();
    word = earlier;
  }
  // After: the words in order, read as far as the first marker and the three words after it.
  const reader: WordReader = { text, to, words: [], starts: [], done: false };
  const { words, starts } = reader;
  WORD.lastIndex = end;
  for (let i = 0; i < words.length || readWord(reader); i++) {
    while (words.length < i + 4 && readWord(reader));
    const tense = markerAt(words[i], i === 0, words.slice(i + 1, i + 4));
    if (!tense) continue;
    if (!best || starts[i] - end < start - best.index) best = { index: starts[i], tense };
    break;
  }
  return best ? best.tense : "unknown";
}

/** The words after an expression, read one at a time with WORD (its lastIndex where the reading is at), up to `to`. */
interface WordReader {
  text: string;
  to: number;
  words: string[];
  starts: number[];
  done: boolean;
}

/** Reads the next word into the reader; false once none is left before `to`. */
function readWord(reader: WordReader): boolean {
  const match = reader.done ? null : WORD.exec(reader.text);
  if (match === null || match.index >= reader.to) return !(reader.done = true);
  reader.words.push(match[0]);
  reader.starts.push(match.index);
  return true;
}
