import {
  FUTURE_ENDINGS, FUTURE_MARKERS, HYPOTHESIS_MARKERS, HYPOTHESIS_OPENERS, NEGATING_VERBS, NEGATION_PARTICLES, NEGATIVE_SUBJECTS, PAST_REPORTING,
} from "./words-mood.ts";

/** How a sentence presents the action at a trigger. */
export type Reading = "fact" | "hypothetical" | "negated" | "future";

const CLAUSE_BREAK = /[,;:–—()«»"“”]|\b(?:mais|car|donc|or|puis|alors que|tandis que)\b/giu;

/**
 * Decides whether the action named at [start, end) of a sentence is told as having happened.
 *
 * « Si la Russie venait à s'ingérer dans la présidentielle » → hypothetical;
 * « Vladimir Poutine exclut d'expulser des diplomates » → negated;
 * « Poutine va payer » → future; « Le Kremlin a démenti mercredi » → fact.
 */
export function readingOf(sentence: string, start: number, end: number): Reading {
  const lower = sentence.toLowerCase().replace(/’/g, "'");
  const clauseStart = lastClauseBreak(lower, start);
  const before = lower.slice(clauseStart, start);
  const word = wordAround(lower, start, end);

  if (opensWithHypothesis(lower, clauseStart, start)) return "hypothetical";
  if (HYPOTHESIS_MARKERS.some((marker) => containsPhrase(before, marker))) return "hypothetical";
  if (isNegated(lower, clauseStart, start, end)) return "negated";
  if (isRuledOut(lower, start)) return "negated";

  // « Washington imposerait des sanctions », « imposera de nouvelles sanctions » : the governing verb is conditional or future.
  const conditionalOrFuture = FUTURE_ENDINGS.test(word) || lastWords(before, 2).some((w) => /^(?:ser|aur|fer|ir)(?:a|ai|ont|ait|aient)$/.test(w))
    || lastWords(before, 3).some((w) => w.length > 5 && /(?:er|ir|dr|[^aeiou]r)(?:a|ont|ait|aient)$/u.test(w));
  const periphrasis = FUTURE_MARKERS.some((marker) => containsPhrase(tail(before, 30), marker));
  if ((conditionalOrFuture || periphrasis) && !reportedDecision(lower, start)) return "future";
  return "fact";
}

/**
 * A verb that rules an action out governs its whole complement, commas included (« Retoquant la proposition de son
 * ministre, Sergueï Lavrov, d'obliger 31 diplomates à quitter le territoire »), up to the next finite verb
 * (« a rejeté ces accusations, et a accusé Washington » : the accusation is told as a fact).
 */
function isRuledOut(text: string, start: number): boolean {
  const windowStart = Math.max(0, start - 240);
  const before = text.slice(windowStart, start);
  if (/[.;:!?]/.test(before.replace(/\b(?:m|mme|dr)\.|\d\.\d/g, ""))) return isRuledOut(text.slice(lastStop(text, start)), start - lastStop(text, start));
  let scopeStart = -1;
  for (const verb of NEGATING_VERBS) {
    const at = lastPhraseEnd(before, verb);
    if (at > scopeStart) scopeStart = at;
  }
  if (scopeStart < 0) return false;
  // The trigger's own auxiliary counts: « …, et a accusé Washington » is a new finite verb.
  const word = /^[\p{L}-]*/u.exec(text.slice(start))?.[0] ?? "";
  return !FINITE_VERB.test(before.slice(scopeStart) + word);
}

const FINITE_VERB = /(?:^|[\s,])(?:et\s+|puis\s+|mais\s+)?(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées|i|is|u|us|t)(?=[\s,.]|$)/u;

function lastStop(text: string, before: number): number {
  let at = 0;
  for (const match of text.slice(0, before).matchAll(/[.;:!?]\s/g)) at = match.index + match[0].length;
  return at;
}

function lastPhraseEnd(text: string, phrase: string): number {
  let end = -1;
  for (const at of wordOccurrences(text, phrase)) end = at + phrase.length;
  if (phrase.endsWith("'")) {
    const at = text.lastIndexOf(" " + phrase);
    if (at >= 0) end = Math.max(end, at + phrase.length + 1);
  }
  return end;
}

function lastClauseBreak(text: string, before: number): number {
  let at = 0;
  for (const match of text.slice(0, before).matchAll(CLAUSE_BREAK)) at = match.index + match[0].length;
  return at;
}

function opensWithHypothesis(text: string, clauseStart: number, triggerStart: number): boolean {
  const opens = (from: number) => {
    const opening = text.slice(from, triggerStart).trimStart();
    return HYPOTHESIS_OPENERS.some((opener) => opening.startsWith(opener + " ") || opening.startsWith(opener + "'"));
  };
  // « Si … , » : the protasis runs from the sentence start to its first comma.
  const firstComma = text.indexOf(",");
  return opens(clauseStart) || (opens(0) && (firstComma < 0 || triggerStart < firstComma));
}

function isNegated(text: string, clauseStart: number, start: number, end: number): boolean {
  const before = text.slice(clauseStart, start);
  const after = text.slice(end, end + 40);
  const ne = /\bn(?:e\s|')/u.exec(tail(before, 30));
  if (!ne) return false;
  const subject = before.slice(0, before.length - tail(before, 30).length + ne.index);
  if (new RegExp(`(?:^|[^\\p{L}])(?:${NEGATIVE_SUBJECTS.join("|")})(?:$|[^\\p{L}])`, "u").test(subject)) return true;
  const particles = new RegExp(`\\b(?:${NEGATION_PARTICLES.join("|")})\\b`, "u");
  return particles.test(tail(before, 30).slice(ne.index)) || particles.test(after.split(/\s+/).slice(0, 3).join(" "));
}

function reportedDecision(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const que = before.lastIndexOf(" qu");
  if (que < 0) return false;
  return PAST_REPORTING.some((verb) => containsPhrase(before.slice(0, que + 1), verb));
}

function wordAround(text: string, start: number, end: number): string {
  let to = end;
  while (to < text.length && /[\p{L}-]/u.test(text[to])) to++;
  return text.slice(start, to);
}

function containsPhrase(text: string, phrase: string): boolean {
  for (const _ of wordOccurrences(text, phrase)) return true;
  return phrase.endsWith("'") && text.includes(" " + phrase);
}

/**
 * Starts of the places where `phrase` stands as whole words: no letter right before or right after it.
 * A plain search plus two character checks; a regular expression per phrase cost half of the extraction time.
 */
function* wordOccurrences(text: string, phrase: string): Generator<number> {
  if (phrase === "") return;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!letterEndsAt(text, at) && !letterStartsAt(text, at + phrase.length)) yield at;
  }
}

const LETTER = /^\p{L}$/u;

function letterStartsAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && LETTER.test(String.fromCodePoint(code));
}

function letterEndsAt(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return letterStartsAt(text, start) && (start === index - 1 || text.codePointAt(start)! > 0xffff);
}

function tail(text: string, length: number): string {
  return text.slice(Math.max(0, text.length - length));
}

function lastWords(text: string, count: number): string[] {
  return text.trim().split(/\s+/).slice(-count);
}
