/**
 * The regex search every temporal rule runs over a text. A rule names words that each of its matches holds (its gates);
 * one scan of the text finds all the gates' words, and a rule's pattern is then only run on the stretches of text close
 * enough to them for a match to reach, with the same matches as a search of the whole text.
 */
import { gateWords, scanGateWords, type GateScan, type GateWords } from "./scan-gate-words.ts";
import { reachOf, segmentOf, spanOf, type Reach } from "./pattern-reach.ts";

/**
 * Lower-case words of which every match of a rule's pattern holds one, case aside, where a word starts (not right after
 * a letter): « aujourd », « hier », « demain » (« avant-hier » holds « hier » after its hyphen). A word of one digit stands
 * for any digit, anywhere.
 */
export interface WordGate {
  words: readonly string[];
  /** Set when every match holds one of the words as a whole word (no letter right after it either): « an », not « annonce ». */
  whole?: boolean;
}

const WORD_GATES: WordGate[] = [];

/** The words of all the word gates, gathered for one scan per text. */
let wordScan: GateWords<WordGate> | null = null;
/** How many gates were declared: a scan made before the last one did not look for its words. */
let declared = 0;

/**
 * Declares a word gate, once, when a rule's module loads. All the word gates are looked for together, in one scan of
 * each text that the rules share, rather than in one search of the text per rule.
 */
export function wordGate(...words: string[]): WordGate {
  const gate: WordGate = { words };
  WORD_GATES.push(gate);
  wordScan = null;
  declared++;
  return gate;
}

/** A word gate whose words every match holds whole: « an » opens it, « annonce » does not. */
export function wholeWordGate(...words: string[]): WordGate {
  const gate: WordGate = { words, whole: true };
  WORD_GATES.push(gate);
  wordScan = null;
  declared++;
  return gate;
}

/**
 * A word gate for a pattern that matches one of a list of phrases: the longest word of each phrase; with `whole`,
 * only as a whole word (when the pattern has no letter follow any word of the phrases).
 * ["de nos jours", "à l'avenir"] → « jours », « avenir ».
 */
export function phraseGate(phrases: readonly string[], { whole = false } = {}): WordGate {
  const longest = phrases.map((phrase) => phrase.split(/[\s'’]+/u).reduce((best, word) => (word.length > best.length ? word : best), ""));
  const words = longest.map((word) => word.toLowerCase());
  return whole ? wholeWordGate(...words) : wordGate(...words);
}

/** The word gates declared so far, for a test that checks each of them against whole-text searches. */
export function declaredWordGates(): readonly WordGate[] {
  return WORD_GATES;
}

/** Every match of a pattern with a digit in it holds one. */
export const DIGIT_GATE = wordGate(..."0123456789");

/** A gate for a pattern every match of which holds a number of exactly `digits` digits (no digit right before or after). */
export function numberGate(digits: number): WordGate {
  return wordGate("#".repeat(digits));
}

/** What every match of a search holds: a pattern, or a word of each of one or more word gates (see matchAll). */
export type Gate = string | WordGate | readonly WordGate[];

/** The searches matchAll ran since recordSearches was called. */
export interface SearchLog {
  /** Each pattern and gate searched with, once. */
  searches: Map<string, { pattern: string; gate: Gate | undefined }>;
  /** Code units of the texts given to the searches, and how many of them a rule's regex was run over. */
  given: number;
  searched: number;
}

let log: SearchLog | null = null;

/**
 * Starts logging the searches matchAll runs, for a test that runs each again over whole texts and checks that the
 * gates skipped text; gives the log, filled as searches run. Until it is called, a search only finds the log unset.
 */
export function recordSearches(): SearchLog {
  return (log ??= { searches: new Map(), given: 0, searched: 0 });
}

function logSearch(into: SearchLog, text: string, pattern: string, gate: Gate | undefined): void {
  into.given += text.length;
  const gates = gate === undefined || typeof gate === "string" ? [gate ?? ""] : Array.isArray(gate) ? gate : [gate as WordGate];
  const key = [pattern, ...gates.map((one) => (typeof one === "string" ? `/${one}` : `${one.whole ? "=" : ""}${one.words.join("|")}`))].join("\u0000");
  if (!into.searches.has(key)) into.searches.set(key, { pattern, gate });
}

/**
 * Runs a global, case-insensitive, Unicode regex over the text. Gives the same matches as `new RegExp(pattern, "giu")`;
 * a pattern that starts with a negative look-behind is searched without it, and a match whose start fails it is
 * searched again one character further on.
 *
 * `gate`, when given, says what every match of `pattern` holds (« siècle » for « le XIXe siècle »): a text without it
 * is not searched at all. It must never be stricter than the pattern. It is either a pattern that every match
 * contains, or one or more word gates (see wordGate), every one of which each match holds a word of. With word gates,
 * only the stretches of text around the gates' words are searched: as far as a match can reach (see reachOf), or for
 * a pattern of unbounded reach, back to the last character no match can hold (see segmentOf).
 */
export function matchAll(text: string, pattern: string, gate?: Gate): RegExpExecArray[] {
  if (log) logSearch(log, text, pattern, gate);
  if (gate === undefined) return searchWhole(text, compiledOf(pattern));
  if (typeof gate === "string") return hasPattern(text, gate) ? searchWhole(text, compiledOf(pattern)) : [];
  const gates = Array.isArray(gate) ? (gate as readonly WordGate[]) : [gate as WordGate];
  const scan = scanOf(text);
  if (gates.some((one) => !scan.hits.has(one))) return [];
  const compiled = compiledOf(pattern);
  const { reach, segment } = compiled;
  if (reach) {
    const span = spanOf(reach, scan.longestSpaces, reach.digits > 0 ? longestDigitsIn(text) : 0);
    let windows = startWindows(scan.hits.get(gates[0])!, span);
    for (let i = 1; i < gates.length; i++) windows = intersect(windows, startWindows(scan.hits.get(gates[i])!, span));
    return searchWindows(text, compiled, windows, (first, last) => [first - span - 1, last + span + 2]);
  }
  if (!segment) return searchWhole(text, compiled);
  const looks = spanOf(segment.looks, scan.longestSpaces, segment.looks.digits > 0 ? longestDigitsIn(text) : 0);
  let windows = segmentWindows(text, scan.hits.get(gates[0])!, segment.breakers);
  for (let i = 1; i < gates.length; i++) windows = intersect(windows, segmentWindows(text, scan.hits.get(gates[i])!, segment.breakers));
  return searchWindows(text, compiled, windows, (first, last) => [first - looks - 1, segmentEnd(text, last, segment.breakers) + looks + 2]);
}

/** A rule's pattern compiled once: its leading look-behind apart, since one at the start of a pattern makes a search much slower. */
interface CompiledPattern {
  body: RegExp;
  /** The leading look-behind as a sticky regex, tried at the start of each match of the body. */
  before: RegExp | null;
  /** How far around its start a match reads, or null when unbounded. */
  reach: Reach | null;
  /** For a pattern of unbounded reach, the characters no match holds (1 in a table by code unit), and how far its look-arounds read. */
  segment: { breakers: Uint8Array; looks: Reach } | null;
}

const COMPILED = new Map<string, CompiledPattern>();
const GATES = new Map<string, RegExp>();

function compiledOf(pattern: string): CompiledPattern {
  let compiled = COMPILED.get(pattern);
  if (!compiled) COMPILED.set(pattern, (compiled = compilePattern(pattern)));
  return compiled;
}

function compilePattern(pattern: string): CompiledPattern {
  const reach = reachOf(pattern);
  const bounds = reach ? null : segmentOf(pattern);
  const segment = bounds ? { breakers: tableOf(bounds.breakers), looks: bounds.looks } : null;
  const end = lookBehindEnd(pattern);
  if (end < 0 || hasTopLevelAlternative(pattern.slice(end))) return { body: new RegExp(pattern, "giu"), before: null, reach, segment };
  return { body: new RegExp(pattern.slice(end), "giu"), before: new RegExp(pattern.slice(0, end), "iuy"), reach, segment };
}

/** A table by UTF-16 code unit of the given characters (all of the Basic Multilingual Plane). */
function tableOf(chars: string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const char of chars) table[char.charCodeAt(0)] = 1;
  return table;
}

/** The structural characters of a regular expression source: outside escapes and character classes, with the group depth before each. */
function* structure(pattern: string): Generator<{ char: string; at: number; depth: number }> {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else {
      yield { char, at: i, depth };
      if (char === "(") depth++;
      else if (char === ")") depth--;
    }
  }
}

/** Where a leading negative look-behind group « (?<!…) » ends, or -1 when the pattern does not start with one. */
function lookBehindEnd(pattern: string): number {
  if (!pattern.startsWith("(?<!")) return -1;
  for (const { char, at, depth } of structure(pattern)) {
    if (char === ")" && depth === 1) return at + 1 < pattern.length ? at + 1 : -1;
  }
  return -1;
}

/** True when the pattern has a « | » outside any group: a leading look-behind then only applies to the first branch. */
function hasTopLevelAlternative(pattern: string): boolean {
  for (const { char, depth } of structure(pattern)) if (char === "|" && depth === 0) return true;
  return false;
}

/** Every match in the whole text. */
function searchWhole(text: string, compiled: CompiledPattern): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  if (log) log.searched += text.length;
  searchFrom(text, text, 0, compiled, 0, text.length, matches);
  return matches;
}

/**
 * Pushes the matches of `subject`, the part of `text` from `offset` on, that start from `from` to `last` included,
 * with their index in the text; returns where the last one ends in the text, or `from` when none was found.
 */
function searchFrom(
  text: string, subject: string, offset: number, compiled: CompiledPattern, from: number, last: number, matches: RegExpExecArray[],
): number {
  // All the matches are found before the caller reads any (a list, not a generator, which cost more than the search):
  // nothing else uses the regexes meanwhile.
  const { body: regex, before } = compiled;
  regex.lastIndex = from - offset;
  let match: RegExpExecArray | null;
  let end = from;
  while ((match = regex.exec(subject)) !== null && match.index + offset <= last) {
    if (before) {
      before.lastIndex = match.index + offset;
      if (!before.test(text)) {
        regex.lastIndex = match.index + 1;
        continue;
      }
    }
    if (match[0].length === 0) {
      regex.lastIndex = match.index + 1;
      continue;
    }
    regex.lastIndex = match.index + match[0].length;
    match.index += offset;
    end = match.index + match[0].length;
    matches.push(match);
  }
  return end;
}

/**
 * The matches that start in the windows: each window is searched in a slice of the text wide enough for every
 * match starting in it, and all it reads, to lie inside the slice, so that the slice gives the same matches there.
 */
function searchWindows(
  text: string, compiled: CompiledPattern, windows: number[], sliceOf: (first: number, last: number) => [number, number],
): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let next = 0;
  for (let i = 0; i < windows.length; i += 2) {
    const first = Math.max(windows[i], next);
    const last = windows[i + 1];
    if (first > last) continue;
    // The slices reach one code unit further on each side, for a character of two code units cut in half.
    const [sliceFrom, sliceTo] = sliceOf(first, last);
    const from = Math.max(0, sliceFrom);
    const to = Math.min(text.length, sliceTo);
    const subject = from === 0 && to === text.length ? text : text.slice(from, to);
    if (log) log.searched += to - from;
    next = searchFrom(text, subject, from, compiled, first, last, matches);
  }
  return matches;
}

/**
 * Where a match holding one of the words found at `hits` ([first, last] pairs) can start, as sorted, disjoint
 * [first, last] pairs: a match no longer than `span` that holds a word found from h to l starts from h + 1 − span to l.
 */
function startWindows(hits: number[], span: number): number[] {
  const windows: number[] = [];
  for (let i = 0; i < hits.length; i += 2) {
    const first = Math.max(0, hits[i] + 1 - span);
    if (windows.length > 0 && first <= windows[windows.length - 1] + 1) windows[windows.length - 1] = hits[i + 1];
    else windows.push(first, hits[i + 1]);
  }
  return windows;
}

/**
 * Where a match holding one of the words found at `hits` can start, when no match holds a breaker: from the last
 * breaker before the word (or the text's start) to the word.
 */
function segmentWindows(text: string, hits: number[], breakers: Uint8Array): number[] {
  const windows: number[] = [];
  // The stretch without breakers that the last hit lies in, [start, end).
  let start = 0;
  let end = -1;
  for (let i = 0; i < hits.length; i += 2) {
    if (hits[i] >= end) {
      start = hits[i];
      while (start > 0 && breakers[text.charCodeAt(start - 1)] === 0) start--;
      end = segmentEnd(text, hits[i], breakers);
    }
    if (windows.length > 0 && windows[windows.length - 2] === start) windows[windows.length - 1] = hits[i + 1];
    else windows.push(start, hits[i + 1]);
  }
  return windows;
}

/** The first breaker from `at` on, or the text's end. */
function segmentEnd(text: string, at: number, breakers: Uint8Array): number {
  let end = at;
  while (end < text.length && breakers[text.charCodeAt(end)] === 0) end++;
  return end;
}

/** The stretches two sorted lists of windows share. */
function intersect(a: number[], b: number[]): number[] {
  const shared: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const first = Math.max(a[i], b[j]);
    const last = Math.min(a[i + 1], b[j + 1]);
    if (first <= last) shared.push(first, last);
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  return shared;
}

function hasPattern(text: string, gate: string): boolean {
  let quick = GATES.get(gate);
  if (!quick) GATES.set(gate, (quick = new RegExp(gate, "iu")));
  return quick.test(text);
}



/** The last text scanned and what its scan found, shared by the rules that run over it one after the other. */
let lastScan: { text: string | undefined; declared: number; scan: GateScan<WordGate> } = { text: undefined, declared: 0, scan: { hits: new Map(), longestSpaces: 0 } };

function scanOf(text: string): GateScan<WordGate> {
  if (text !== lastScan.text || declared !== lastScan.declared) {
    const words = (wordScan ??= gateWords(WORD_GATES.flatMap((gate) => gate.words.map((word): [string, WordGate, boolean] => [word, gate, gate.whole === true]))));
    lastScan = { text, declared, scan: scanGateWords(text, words) };
  }
  return lastScan.scan;
}

function longestDigitsIn(text: string): number {
  return longestRun(text, /\d+/g);
}

/** The length of the longest run a global pattern of one repeated class finds in the text. */
function longestRun(text: string, run: RegExp): number {
  let longest = 0;
  for (let found = run.exec(text); found !== null; found = run.exec(text)) {
    if (found[0].length > longest) longest = found[0].length;
  }
  return longest;
}
