import { alternation } from "./temporal/words-fr.ts";
import { isSpace } from "./white-space.ts";
import {
  FUTURE_ENDINGS, FUTURE_MARKERS, HYPOTHESIS_MARKERS, HYPOTHESIS_OPENERS, NEGATING_VERBS, NEGATION_PARTICLES, NEGATIVE_SUBJECTS, PAST_REPORTING,
} from "./words-mood.ts";
import { isTrailSurrogate } from "./surrogates.ts";

/** How a sentence presents the action at a trigger. */
export type Reading = "fact" | "hypothetical" | "negated" | "future";

/**
 * A punctuation mark or a conjunction that opens a clause, in lower-cased text. No capital is left there for a
 * case-insensitive search to find, only « ſ », which it reads as « s » (and as a letter of a word): written out here,
 * since the search is several times quicker without the « i » flag.
 */
const CLAUSE_BREAK = /[,;:–—()«»"“”]|(?<![\wſ])(?:mai[sſ]|car|donc|or|pui[sſ]|alor[sſ] que|tandi[sſ] que)(?![\wſ])/gu;

/**
 * Decides whether the action named at [start, end) of a sentence is told as having happened.
 *
 * « Si la Russie venait à s'ingérer dans la présidentielle » → hypothetical;
 * « Vladimir Poutine exclut d'expulser des diplomates » → negated;
 * « Poutine va payer » → future; « Le Kremlin a démenti mercredi » → fact.
 */
export function readingOf(sentence: string, start: number, end: number): Reading {
  const lower = lowerOf(sentence);
  const clauseStart = lastClauseBreak(lower, start);
  const before = lower.slice(clauseStart, start);
  const word = wordAround(lower, start, end);

  if (opensWithHypothesis(lower, clauseStart, start)) return "hypothetical";
  if (holdsAny(lower, HYPOTHESES) && containsAny(before, HYPOTHESES)) return "hypothetical";
  if (isNegated(lower, clauseStart, start, end)) return "negated";
  if (holdsAny(lower, NEGATIONS) && isRuledOut(lower, start)) return "negated";

  // « Washington imposerait des sanctions », « imposera de nouvelles sanctions » : the governing verb is conditional or future.
  const conditionalOrFuture = FUTURE_ENDINGS.test(word) || hasFutureVerb(lastWords(before, 3));
  const periphrasis = containsAny(tail(before, 30), FUTURES);
  if ((conditionalOrFuture || periphrasis) && !reportedDecision(lower, start)) return "future";
  return "fact";
}

/** « sera », « aurait » among the last two words, or a longer verb in the future or the conditional among the last three. */
function hasFutureVerb(words: string[]): boolean {
  return words.slice(-2).some((w) => /^(?:ser|aur|fer|ir)(?:a|ai|ont|ait|aient)$/.test(w))
    || words.some((w) => w.length > 5 && /(?:er|ir|dr|[^aeiou]r)(?:a|ont|ait|aient)$/u.test(w));
}

/** The sentence lower-cased with straight apostrophes; kept for the next call, since each trigger of a sentence asks again. */
function lowerOf(sentence: string): string {
  if (sentence !== lastLowered.sentence) lastLowered = { sentence, lower: sameLengthLowerCase(sentence).replaceAll("’", "'"), holds: new Map() };
  return lastLowered.lower;
}

let lastLowered = { sentence: "", lower: "", holds: new Map<PhraseList, boolean>() };

/**
 * True when some phrase of the list is written anywhere in the lower-cased sentence, whole words or not: when none is,
 * no stretch of the sentence holds one, and each trigger of the sentence is spared the search. Kept with lowerOf's sentence.
 */
function holdsAny(lower: string, list: PhraseList): boolean {
  const holds = lower === lastLowered.lower ? lastLowered.holds : new Map<PhraseList, boolean>();
  let found = holds.get(list);
  if (found === undefined) holds.set(list, (found = list.anywhere.test(lower)));
  return found;
}

/** Lower case that keeps every offset: a character whose lower case is longer (« İ » → « i̇ ») stays as it is. */
function sameLengthLowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (char) => {
    const folded = char.toLowerCase();
    return folded.length === char.length ? folded : char;
  }).join("");
}

/**
 * A verb that rules an action out governs its whole complement, commas included (« Retoquant la proposition de son
 * ministre, Sergueï Lavrov, d'obliger 31 diplomates à quitter le territoire »), up to the next finite verb
 * (« a rejeté ces accusations, et a accusé Washington » : the accusation is told as a fact).
 */
function isRuledOut(text: string, start: number): boolean {
  const windowStart = Math.max(0, start - 240);
  const before = text.slice(windowStart, start);
  // Removing abbreviations cannot add a stop: the removal is only needed when there is one.
  if (STOP.test(before) && STOP.test(before.replace(/\b(?:m|mme|dr)\.|\d\.\d/g, ""))) {
    // Only a stop followed by a space ends a sentence (« 3:0 » or « U.S. » glued to a word does not): without one,
    // the window stays as it is, and the search cannot start over on the same text.
    const stop = lastStop(text, start);
    if (stop > 0) return isRuledOut(text.slice(stop), start - stop);
  }
  const scopeStart = lastPhraseEnd(before, NEGATIONS);
  if (scopeStart < 0) return false;
  // The trigger's own auxiliary counts: « …, et a accusé Washington » is a new finite verb.
  const word = /^[\p{L}-]*/u.exec(text.slice(start))?.[0] ?? "";
  return !FINITE_VERB.test(before.slice(scopeStart) + word);
}

const STOP = /[.;:!?]/;

const FINITE_VERB = /(?:^|[\s,])(?:et\s+|puis\s+|mais\s+)?(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées|i|is|u|us|t)(?=[\s,.]|$)/u;

function lastStop(text: string, before: number): number {
  return lastMatchEnd(text.slice(0, before), STOP_AND_SPACE, 0);
}

const STOP_AND_SPACE = /[.;:!?]\s/g;

/**
 * Where the last match of a global regex (one that never matches an empty string) ends in the text, or `none`:
 * the matches of text.matchAll, without the copy of the regex matchAll makes at each call.
 */
function lastMatchEnd(text: string, pattern: RegExp, none: number): number {
  let end = none;
  pattern.lastIndex = 0;
  // test leaves lastIndex at the end of the match, without the array exec makes.
  while (pattern.test(text)) end = pattern.lastIndex;
  return end;
}

function lastClauseBreak(text: string, before: number): number {
  return lastMatchEnd(text.slice(0, before), CLAUSE_BREAK, 0);
}

function opensWithHypothesis(text: string, clauseStart: number, triggerStart: number): boolean {
  // « Si … , » : the protasis runs from the sentence start to its first comma.
  const firstComma = text.indexOf(",");
  return opensWith(text, clauseStart, triggerStart) || (opensWith(text, 0, triggerStart) && (firstComma < 0 || triggerStart < firstComma));
}

/** True when the text from `from` to the trigger opens with a hypothesis (« si », « au cas où »…), white space aside. */
function opensWith(text: string, from: number, triggerStart: number): boolean {
  let at = from;
  while (at < triggerStart && isSpace(text.charCodeAt(at))) at++;
  return OPENINGS.some((opening) => at + opening.length <= triggerStart && text.startsWith(opening, at));
}

/** Each hypothesis opener followed by a space or an apostrophe: « si », « si' »… */
const OPENINGS = HYPOTHESIS_OPENERS.flatMap((opener) => [`${opener} `, `${opener}'`]);

function isNegated(text: string, clauseStart: number, start: number, end: number): boolean {
  const before = text.slice(clauseStart, start);
  const after = text.slice(end, end + 40);
  const ne = /\bn(?:e\s|')/u.exec(tail(before, 30));
  if (!ne) return false;
  const subject = before.slice(0, before.length - tail(before, 30).length + ne.index);
  if (NEGATIVE_SUBJECT.test(subject)) return true;
  return NEGATION_PARTICLE.test(tail(before, 30).slice(ne.index)) || NEGATION_PARTICLE.test(after.split(/\s+/).slice(0, 3).join(" "));
}

const NEGATIVE_SUBJECT = new RegExp(`(?:^|[^\\p{L}])(?:${NEGATIVE_SUBJECTS.join("|")})(?:$|[^\\p{L}])`, "u");
const NEGATION_PARTICLE = new RegExp(`\\b(?:${NEGATION_PARTICLES.join("|")})\\b`, "u");

function reportedDecision(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const que = before.lastIndexOf(" qu");
  if (que < 0) return false;
  return containsAny(before.slice(0, que + 1), REPORTING_VERBS);
}

function wordAround(text: string, start: number, end: number): string {
  let to = end;
  while (to < text.length && /[\p{L}-]/u.test(text[to])) to++;
  return text.slice(start, to);
}

/**
 * A closed list of phrases, each of which counts where it stands as whole words (no letter right before or right after
 * it); one ending in an apostrophe also counts after a space, whatever follows (« menace d'… »).
 * A phrase that starts with a letter can only start where a word does, and that word is the phrase's first word:
 * the text is read once, word by word, rather than searched once per phrase.
 */
interface PhraseList {
  /** Phrases by their first word (its letters up to the first other character). */
  byFirstWord: Map<string, string[]>;
  /** Per UTF-16 code unit, the lengths of the first words that start with it: a cheap test before a lookup. */
  firstWordLengths: Map<number, Set<number>>;
  /** Phrases that do not start with a letter, searched for one by one. */
  others: string[];
  /** Those of them that end in an apostrophe. */
  elidedOthers: string[];
  /** Any of the phrases, anywhere in a text. */
  anywhere: RegExp;
}

function phraseList(phrases: readonly string[]): PhraseList {
  const list: PhraseList = {
    byFirstWord: new Map(), firstWordLengths: new Map(), others: [], elidedOthers: [],
    // A tree of the phrases' characters, which the regex engine reads quicker than a list of alternatives.
    anywhere: new RegExp(alternation(phrases)),
  };
  for (const phrase of phrases) {
    const length = letterRunLength(phrase, 0);
    if (length === 0) {
      list.others.push(phrase);
      if (phrase.endsWith("'")) list.elidedOthers.push(phrase);
      continue;
    }
    const first = phrase.slice(0, length);
    let same = list.byFirstWord.get(first);
    if (!same) list.byFirstWord.set(first, (same = []));
    same.push(phrase);
    let lengths = list.firstWordLengths.get(first.charCodeAt(0));
    if (!lengths) list.firstWordLengths.set(first.charCodeAt(0), (lengths = new Set()));
    lengths.add(length);
  }
  return list;
}

/** True when one of the phrases of the list stands in the text. */
function containsAny(text: string, list: PhraseList): boolean {
  return lastPhraseEnd(text, list, true) >= 0;
}

/** Where the last-ending phrase of the list found in the text ends; -1 when none is. With `any`, the first one found will do. */
function lastPhraseEnd(text: string, list: PhraseList, any = false): number {
  let end = -1;
  for (let at = 0; at < text.length;) {
    const length = letterRunLength(text, at);
    if (length === 0) {
      at++;
      continue;
    }
    const phrases = list.firstWordLengths.get(text.charCodeAt(at))?.has(length) ? list.byFirstWord.get(text.slice(at, at + length)) : undefined;
    for (const phrase of phrases ?? []) {
      if (!text.startsWith(phrase, at)) continue;
      // A phrase ending in an apostrophe also counts right after a space, whatever follows it.
      if (!letterStartsAt(text, at + phrase.length) || (phrase.endsWith("'") && text.charCodeAt(at - 1) === 0x20)) {
        if (any) return at + phrase.length;
        end = Math.max(end, at + phrase.length);
      }
    }
    at += length;
  }
  for (const phrase of list.others) {
    const last = lastWordOccurrence(text, phrase);
    if (last >= 0) end = Math.max(end, last + phrase.length);
  }
  for (const phrase of list.elidedOthers) {
    const at = text.lastIndexOf(" " + phrase);
    if (at >= 0) end = Math.max(end, at + phrase.length + 1);
  }
  return end;
}

/** How many code units the letters starting at `at` take (0 when no letter starts there). */
function letterRunLength(text: string, at: number): number {
  let end = at;
  while (end < text.length && letterStartsAt(text, end)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  return end - at;
}

/** Where `phrase` last stands as whole words, or -1. */
function lastWordOccurrence(text: string, phrase: string): number {
  if (phrase === "") return -1;
  for (let at = text.lastIndexOf(phrase); at >= 0; at = at > 0 ? text.lastIndexOf(phrase, at - 1) : -1) {
    if (!letterEndsAt(text, at) && !letterStartsAt(text, at + phrase.length)) return at;
  }
  return -1;
}

const LETTER = /^\p{L}$/u;

/** Per code point of the Basic Multilingual Plane: 1 for a letter, 2 for anything else, 0 before first sight. */
const LETTERS = new Uint8Array(0x10000);

function letterStartsAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  if (code === undefined) return false;
  if (code > 0xffff) return LETTER.test(String.fromCodePoint(code));
  let kind = LETTERS[code];
  if (kind === 0) LETTERS[code] = kind = LETTER.test(String.fromCodePoint(code)) ? 1 : 2;
  return kind === 1;
}

function letterEndsAt(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = isTrailSurrogate(low) && index >= 2 ? index - 2 : index - 1;
  return letterStartsAt(text, start) && (start === index - 1 || text.codePointAt(start)! > 0xffff);
}

function tail(text: string, length: number): string {
  return text.slice(Math.max(0, text.length - length));
}

/**
 * The last `count` words of a text, as `text.trim().split(/\s+/).slice(-count)` gives them ([""] for a blank text),
 * read from the end: the clause before a trigger can be long, and only its tail is wanted.
 */
function lastWords(text: string, count: number): string[] {
  const words: string[] = [];
  let end = text.length;
  while (words.length < count) {
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    if (end === 0) break;
    let start = end - 1;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    words.unshift(text.slice(start, end));
    end = start;
  }
  return words.length > 0 ? words : [""];
}

// The word lists, indexed once (after the letter table they are read with).
const HYPOTHESES = phraseList(HYPOTHESIS_MARKERS);
const NEGATIONS = phraseList(NEGATING_VERBS);
const FUTURES = phraseList(FUTURE_MARKERS);
const REPORTING_VERBS = phraseList(PAST_REPORTING);
