import { foldText } from "../actors/fold-text.ts";
import { wordsOf, type Words } from "../words-of.ts";

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

/**
 * Every place a compiled trigger matches in a folded text, as folded offsets; at each start the shortest match is kept.
 *
 * « expuls* » in "la decision d'expulser 35 personnes" → [{ start: 13, end: 21 }].
 */
export function findTrigger(trigger: CompiledTrigger, folded: string): { start: number; end: number }[] {
  const words = wordsOf(folded);
  const found: { start: number; end: number }[] = [];
  for (let i = 0; i < words.starts.length; i++) {
    if (!fits(trigger.words[0], folded, words.starts[i], words.ends[i])) continue;
    const last = matchRest(trigger, folded, words, i);
    if (last >= 0) found.push({ start: words.starts[i], end: words.ends[last] });
  }
  return found;
}

/**
 * The index of the last word of the trigger's match that starts at word `first`, or -1 when it does not match there;
 * the caller has found that word `first` fits the trigger's first word.
 */
export function matchRest(trigger: CompiledTrigger, folded: string, words: Words, first: number): number {
  return extend(trigger.words, folded, words, 1, first + 1);
}

/** True when the word from `start` to `end` of the folded text is the trigger word, or starts with it for a stem. */
function fits(word: TriggerWord, folded: string, start: number, end: number): boolean {
  const length = end - start;
  return (word.stem ? length >= word.text.length : length === word.text.length) && folded.startsWith(word.text, start);
}

/** Matches triggerWords[wordIndex…] from word `next` of the text on, each within its gap; the earliest words win. */
function extend(triggerWords: TriggerWord[], folded: string, words: Words, wordIndex: number, next: number): number {
  if (wordIndex === triggerWords.length) return next - 1;
  const word = triggerWords[wordIndex];
  const { starts, ends } = words;
  for (let at = next; at <= next + word.gap && at < starts.length; at++) {
    if (fits(word, folded, starts[at], ends[at])) {
      const last = extend(triggerWords, folded, words, wordIndex + 1, at + 1);
      if (last >= 0) return last;
    }
  }
  return -1;
}
