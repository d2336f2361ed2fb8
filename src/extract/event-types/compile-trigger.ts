import { foldText, isWordCode } from "../actors/fold-text.ts";

/** Most words a « … » gap in a trigger may skip. */
export const MAX_GAP = 5;

/** One word of a trigger: a whole word, or a stem when written with a final « * ». */
interface TriggerWord {
  text: string;
  stem: boolean;
  /** Words this one may follow at most, after the previous word (0 = right after it). */
  gap: number;
}

/** A trigger ready to match: its words in order. */
export interface CompiledTrigger {
  source: string;
  words: TriggerWord[];
}

/** A word of a folded text with its folded offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Compiles a French trigger. Grammar: words separated by spaces, apostrophes or hyphens; a word ending in « * » is a stem
 * (« expuls* » matches expulser, expulsion, expulsés); « … » (or « ... ») between two words lets up to five words come between them.
 * Case and accents do not matter. Throws an Error saying what is wrong.
 *
 * « rappel* … ambassadeur* » → matches « a rappelé son ambassadeur », « rappeler l'ambassadeur russe ».
 */
export function compileTrigger(trigger: string): CompiledTrigger {
  const words: TriggerWord[] = [];
  let gap = 0;
  const parts = trigger.replace(/\.\.\./g, " … ").replace(/…/g, " … ").split(/[\s'’\-]+/u).filter((part) => part !== "");
  for (const part of parts) {
    if (part === "…") {
      if (words.length === 0) throw new Error(`trigger « ${trigger} » starts with « … »; a gap goes between two words`);
      gap = MAX_GAP;
      continue;
    }
    const stem = part.endsWith("*");
    const text = foldText(stem ? part.slice(0, -1) : part).folded;
    if (!/^[\p{L}\p{N}]+$/u.test(text)) throw new Error(`trigger « ${trigger} » has a word « ${part} » with characters other than letters and a final *`);
    words.push({ text, stem, gap });
    gap = 0;
  }
  if (words.length === 0) throw new Error("a trigger is empty; write a French word or stem such as « expuls* »");
  if (gap > 0) throw new Error(`trigger « ${trigger} » ends with « … »; a gap goes between two words`);
  return { source: trigger, words };
}

/** The words of a folded text: « l'ambassadeur » gives "l" and "ambassadeur". */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    let width = 1;
    let isWord: boolean;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < folded.length && (folded.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A letter outside the Basic Multilingual Plane is one character of two code units.
      width = 2;
      isWord = WORD.test(folded.slice(i, i + 2));
    } else isWord = isWordCode(code);
    if (isWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens.push({ text: folded.slice(start, i), start, end: i });
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) tokens.push({ text: folded.slice(start), start, end: folded.length });
  return tokens;
}

const WORD = /^[\p{L}\p{N}]+$/u;

/**
 * Every place a compiled trigger matches, as folded offsets; at each start the shortest match is kept.
 *
 * « expuls* » in "la decision d'expulser 35 personnes" → [{ start: 13, end: 21 }].
 */
export function findTrigger(trigger: CompiledTrigger, tokens: Token[]): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const last = matchAt(trigger, tokens, i);
    if (last >= 0) found.push({ start: tokens[i].start, end: tokens[last].end });
  }
  return found;
}

/** The index of the last token of the trigger's match starting at token `first`, or -1 when it does not match there. */
export function matchAt(trigger: CompiledTrigger, tokens: Token[], first: number): number {
  if (!fits(trigger.words[0], tokens[first].text)) return -1;
  return extend(trigger.words, tokens, 1, first + 1);
}

function fits(word: TriggerWord, token: string): boolean {
  return word.stem ? token.startsWith(word.text) : token === word.text;
}

/** Matches words[wordIndex…] from token `tokenIndex`, each within its gap; the earliest tokens win. */
function extend(words: TriggerWord[], tokens: Token[], wordIndex: number, tokenIndex: number): number {
  if (wordIndex === words.length) return tokenIndex - 1;
  const word = words[wordIndex];
  for (let next = tokenIndex; next <= tokenIndex + word.gap && next < tokens.length; next++) {
    if (fits(word, tokens[next].text)) {
      const last = extend(words, tokens, wordIndex + 1, next + 1);
      if (last >= 0) return last;
    }
  }
  return -1;
}
