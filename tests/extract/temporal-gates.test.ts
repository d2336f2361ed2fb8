import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { makeCorpus } from "../../src/bench/make-corpus.ts";
import { splitSentences } from "../../src/extract/split-sentences.ts";
import { tagDates } from "../../src/extract/temporal/index.ts";
import { declaredWordGates, matchAll, recordSearches, type Gate } from "../../src/extract/temporal/match-all.ts";
import { MONTHS, NUMBER_WORDS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS } from "../../src/extract/temporal/words-fr.ts";
import { parseArticle } from "../../src/ingest/parse-article.ts";
import { readArticles } from "../../src/ingest/read-articles.ts";
import type { Article } from "../../src/types.ts";

// Every rule's search is learnt by watching the tagger run, so a rule added later is checked without being named here.
const log = recordSearches();

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const articles = await readArticles(path.join(ROOT, "articles"));
const corpus = makeCorpus(articles, 300, 7).map((file) => parseArticle(file.text, file.path));

/** The texts the tagger reads of an article (its body, its title), and the body's sentences one by one. */
function textsOf(article: Article): string[] {
  return [article.title, article.body, ...splitSentences(article.body).map((sentence) => sentence.text)];
}

const articleTexts = articles.flatMap(textsOf);
const corpusTexts = corpus.map((article) => article.body);
for (const article of [...articles, ...corpus]) for (const text of textsOf(article)) tagDates(text, article.published);

const searches = [...log.searches.values()];

/** Every match of a plain search of the whole text, as its start and its groups. */
function wholeMatches(text: string, pattern: string): string {
  let regex = PLAIN.get(pattern);
  if (!regex) PLAIN.set(pattern, (regex = new RegExp(pattern, "giu")));
  return JSON.stringify([...text.matchAll(regex)].map((match) => [match.index, ...match]));
}

const PLAIN = new Map<string, RegExp>();

function gatedMatches(text: string, pattern: string, gate: Gate | undefined): string {
  return JSON.stringify(matchAll(text, pattern, gate).map((match) => [match.index, ...match]));
}

/** Names the first match the two searches disagree on, with the text around it. */
function disagreement(text: string, pattern: string, gate: Gate | undefined, gated: string, whole: string): string {
  const [inGated, inWhole] = [JSON.parse(gated), JSON.parse(whole)] as [unknown[][], unknown[][]];
  let at = 0;
  while (JSON.stringify(inGated[at]) === JSON.stringify(inWhole[at])) at++;
  const offset = Number((inWhole[at] ?? inGated[at])[0]);
  const around = JSON.stringify(text.slice(Math.max(0, offset - 60), offset + 80));
  return `gate ${describe(gate)} of /${pattern}/: the plain search finds ${JSON.stringify(inWhole[at] ?? null)}, ` +
    `the gated one ${JSON.stringify(inGated[at] ?? null)} (match ${at + 1}), in ${around}, of a text of ${text.length} code units`;
}

function describe(gate: Gate | undefined): string {
  if (gate === undefined || typeof gate === "string") return JSON.stringify(gate ?? null);
  return (Array.isArray(gate) ? gate : [gate]).map((one: { words: readonly string[]; whole?: boolean }) => `${one.whole ? "whole " : ""}[${one.words.join(", ")}]`).join(" and ");
}

/** Checks every search on each text; gives how many matches each search had to find, in the order of `searches`. */
function compareAll(texts: Iterable<string>): number[] {
  const found = searches.map(() => 0);
  for (const text of texts) {
    searches.forEach(({ pattern, gate }, index) => {
      const whole = wholeMatches(text, pattern);
      const gated = gatedMatches(text, pattern, gate);
      if (gated !== whole) assert.fail(disagreement(text, pattern, gate, gated, whole));
      if (whole !== "[]") found[index] += (JSON.parse(whole) as unknown[]).length;
    });
  }
  return found;
}

const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);

test("the tagger runs every declared word gate in some search", () => {
  assert.ok(searches.length >= 20, `only ${searches.length} searches seen`);
  const used = new Set(searches.flatMap(({ gate }) => (gate === undefined || typeof gate === "string" ? [] : Array.isArray(gate) ? gate : [gate])));
  const unused = declaredWordGates().filter((gate) => !used.has(gate));
  assert.deepEqual(unused.map((gate) => gate.words.join(", ")), [], "a declared gate no search was seen with is checked by nothing here");
});

test("every gated search finds what a plain search finds in the sentences, titles and bodies of the default articles", () => {
  assert.ok(sum(compareAll(articleTexts)) >= 30);
});

test("every gated search finds what a plain search finds in a synthetic corpus, where the gates skip most of the text", () => {
  const given = log.given;
  const searched = log.searched;
  assert.ok(sum(compareAll(corpusTexts)) >= 1000);
  // The plain searches beside them do not go through matchAll: the log counts the gated ones alone.
  const ratio = (log.searched - searched) / (log.given - given);
  assert.ok(ratio < 0.5, `the gated searches read ${(ratio * 100).toFixed(1)} % of the text`);
});

/** The words of a pattern's source, escapes aside: the words its matches are made of. */
function wordsOf(pattern: string): string[] {
  return pattern.replace(/\\[pPu]\{[^}]*\}|\\./g, " ").match(/\p{L}+(?:[-'’]\p{L}+)*/gu) ?? [];
}

/** Where the character class opening at `at` ends. */
function classEnd(pattern: string, at: number): number {
  for (let i = at + 1; i < pattern.length; i++) {
    if (pattern[i] === "\\") i++;
    else if (pattern[i] === "]") return i;
  }
  return pattern.length;
}

/** Where the group opening at `at` ends. */
function groupEnd(pattern: string, at: number): number {
  let depth = 0;
  for (let i = at; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") i++;
    else if (char === "[") i = classEnd(pattern, i);
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i;
  }
  return pattern.length;
}

/**
 * The pattern without its look-arounds and word boundaries, back-references replaced by the group they repeat:
 * what fast-check can draw strings from. Its strings are mostly matches of the pattern, some near misses.
 */
function drawable(pattern: string): string {
  const groups: string[] = [];
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") {
      const next = pattern[i + 1];
      if (/[1-9]/.test(next)) out += `(?:${groups[Number(next) - 1]})`;
      else if (next !== "b" && next !== "B") out += char + next;
      i++;
    } else if (char === "[") {
      const end = classEnd(pattern, i);
      out += pattern.slice(i, end + 1);
      i = end;
    } else if (/^\(\?<?[=!]/.test(pattern.slice(i, i + 4))) i = groupEnd(pattern, i);
    else {
      if (char === "(" && (pattern[i + 1] !== "?" || /^\(\?<[A-Za-z]/.test(pattern.slice(i, i + 4)))) groups.push(drawable(pattern.slice(i + 1, groupEnd(pattern, i))));
      out += char;
    }
  }
  return out;
}

const GATE_WORDS = declaredWordGates().flatMap((gate) => gate.words.filter((word) => !/^(?:\d|#+)$/.test(word)));
const VOCABULARY = [...new Set([
  ...GATE_WORDS,
  ...searches.flatMap(({ pattern }) => wordsOf(pattern)),
  ...[MONTHS, WEEKDAYS, NUMBER_WORDS, UNITS, PARTS_OF_DAY, SEASONS].flatMap((words) => Object.keys(words)),
])];

const stripAccents = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "");
/** A piece of text as written, or in capitals, capitalised, without accents, or with its accents as combining marks. */
const variant = (piece: fc.Arbitrary<string>) => fc.tuple(piece, fc.constantFrom<(text: string) => string>(
  (text) => text, (text) => text, (text) => text, (text) => text.toUpperCase(), (text) => text.charAt(0).toUpperCase() + text.slice(1),
  stripAccents, (text) => text.normalize("NFD"),
)).map(([text, written]) => written(text));
/** For each rule, strings drawn from its pattern: matches, or nearly (none for syntax fast-check cannot draw from). */
const shaped = fc.oneof(...searches.flatMap(({ pattern }) => {
  try {
    return [fc.stringMatching(new RegExp(`^(?:${drawable(pattern)})$`, "u"))];
  } catch {
    return [];
  }
}));
const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 8 });
const punctuation = fc.constantFrom(".", ",", ";", ":", "!", "?", "…", "«", "»", "(", ")", "/", "\\", "-", "–", "'", "’", "\"", "_", "%", "€", "°");
const spaces = fc.oneof(fc.constantFrom(" ", " ", " ", "\n", "\n\n", "\t", "\u00a0", "\u202f"), fc.string({ unit: fc.constantFrom(" ", "\n", "\u00a0"), minLength: 2, maxLength: 24 }));
/** Characters the gate scan must read as the regexes do: beyond the Basic Multilingual Plane or half of one, folding to ASCII, combining. */
const odd = fc.constantFrom("𝒜", "𝑥", "\ud835", "\udc9c", "ſ", "\u212a", "\u0301", "ᵉ", "ß", "İ", "é");
/** Neutral prose that puts the gate words far apart, so that a search reads separate slices. */
const filler = fc.constantFrom("Le gouvernement a longuement répondu aux questions des journalistes réunis dans la salle", "tandis que les discussions se poursuivaient");
const piece = fc.oneof(
  { weight: 6, arbitrary: variant(fc.constantFrom(...VOCABULARY)) },
  { weight: 4, arbitrary: variant(shaped) },
  { weight: 2, arbitrary: digits },
  { weight: 3, arbitrary: punctuation },
  { weight: 8, arbitrary: spaces },
  { weight: 1, arbitrary: odd },
  { weight: 1, arbitrary: filler },
);
const generatedText = fc.array(piece, { maxLength: 40, size: "max" }).map((pieces) => pieces.join(""));

test("every gated search finds what a plain search finds in texts made of gate words, rule-shaped phrases, month and weekday names, digits, punctuation and spaces", () => {
  const found = searches.map(() => 0);
  fc.assert(fc.property(generatedText, (text) => {
    compareAll([text]).forEach((count, index) => (found[index] += count));
  }), { numRuns: 10000, includeErrorInReport: true });
  // Each rule must have had matches to find, or its comparison proves nothing.
  const idle = searches.filter((_, index) => found[index] === 0).map(({ pattern }) => pattern);
  assert.deepEqual(idle, [], "no generated text held a match of these patterns");
});
