import type { EventType } from "../../types.ts";
import { foldText } from "../actors/fold-text.ts";
import { compileTrigger, matchRest, type CompiledTrigger } from "./compile-trigger.ts";
import { wordsOf, type Words } from "../words-of.ts";
import { charTable, childRow, type CharTable } from "../char-table.ts";
import { sortInPlace } from "../sort-in-place.ts";

export { renderTitle } from "./render-title.ts";

export interface EventTrigger {
  type: EventType;
  /** Offsets into the clause, and the words as written. */
  trigger: { start: number; end: number; text: string };
}

/** One trigger or exclusion of one type, found through the first word it starts with. */
interface IndexedTrigger {
  /** Index of the type in the list, and of the trigger in the type's triggers or exclusions. */
  type: number;
  trigger: number;
  exclusion: boolean;
  compiled: CompiledTrigger;
}

/** The triggers of a list of types, by first word, in a table of its characters: one walk down a token finds them all. */
interface TriggerIndex {
  types: EventType[];
  firstWords: CharTable<FirstWordOf>;
}

/** The triggers whose first word is a path of the table, as a stem or as a whole word. */
interface FirstWordOf {
  stems?: IndexedTrigger[];
  words?: IndexedTrigger[];
}

/** What one call of classifyEvent has found so far. */
interface Found {
  index: TriggerIndex;
  folded: string;
  words: Words;
  candidates: Candidate[];
  /** Per type index, the folded spans its exclusions cover; filled only for types that have an exclusion match. */
  excluded?: { start: number; end: number }[][];
}

interface Candidate {
  type: EventType;
  start: number;
  end: number;
  /** Place of the type in the list and of the trigger in the type: earlier ones win ties. */
  typeIndex: number;
  triggerIndex: number;
}

const compiledTriggers = new WeakMap<EventType, { triggers: CompiledTrigger[]; exclusions: CompiledTrigger[] }>();
const indexes = new WeakMap<EventType[], TriggerIndex>();

/**
 * Finds the event types a French clause reports, in text order, one per trigger place. Triggers match whole words or stems
 * at word starts, ignoring case and accents. Where triggers overlap, the longest wins, then the lower priority
 * (so « menace de sanctions » is a threat of sanctions, not sanctions). A trigger that overlaps one of its type's
 * exclusions (« proposition de loi ») does not count.
 *
 * « Washington a décidé d'expulser 35 diplomates russes » → [{ type: expulsion-diplomates, trigger: « expulser » }].
 */
export function classifyEvent(clause: string, types: EventType[]): EventTrigger[] {
  const index = indexOf(types);
  const folding = foldText(clause);
  const { folded } = folding;
  const words = wordsOf(folded);
  const found: Found = { index, folded, words, candidates: [] };
  const { starts, ends } = words;
  const { firstWords } = index;
  for (let i = 0; i < starts.length; i++) {
    // Down the table along the word: every stem it starts with on the way, the whole word at its end. (The order in
    // which candidates are found does not matter: they are sorted on all that tells two of them apart.)
    let row = 0;
    for (let at = starts[i]; at < ends[i]; at++) {
      row = childRow(firstWords, row, folded.charCodeAt(at));
      if (row === 0) break;
      const stems = firstWords.values[row]?.stems;
      if (stems) collect(found, stems, i);
    }
    const whole = row === 0 ? undefined : firstWords.values[row]?.words;
    if (whole) collect(found, whole, i);
  }
  const { candidates, excluded } = found;
  const kept: Candidate[] = [];
  if (candidates.length === 0) return [];
  const allowed = excluded === undefined ? candidates : candidates.filter((candidate) => {
    const zones = excluded![candidate.typeIndex];
    return zones === undefined || !zones.some((zone) => candidate.start < zone.end && zone.start < candidate.end);
  });
  // The same order as matching every trigger of every type in turn, then a stable sort by length, priority and place.
  sortInPlace(allowed, (a, b) => b.end - b.start - (a.end - a.start) || a.type.priority - b.type.priority || a.start - b.start
    || a.typeIndex - b.typeIndex || a.triggerIndex - b.triggerIndex);
  for (const candidate of allowed) {
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return sortInPlace(kept, (a, b) => a.start - b.start)
    .map(({ type, start, end }) => {
      const from = folding.startOf(start);
      const to = folding.endOf(end - 1);
      return { type, trigger: { start: from, end: to, text: clause.slice(from, to) } };
    });
}

/**
 * Adds the matches, at word `first`, of triggers whose first word it is (the tree led there): exclusion zones apart,
 * the others as candidates.
 */
function collect(found: Found, entries: IndexedTrigger[], first: number): void {
  const { folded, words } = found;
  for (const entry of entries) {
    const last = matchRest(entry.compiled, folded, words, first);
    if (last < 0) continue;
    const start = words.starts[first];
    const end = words.ends[last];
    if (entry.exclusion) {
      found.excluded ??= [];
      (found.excluded[entry.type] ??= []).push({ start, end });
    } else found.candidates.push({ type: found.index.types[entry.type], start, end, typeIndex: entry.type, triggerIndex: entry.trigger });
  }
}

/** The trigger index of a list of types, built once per list (and again if the list has changed since). */
function indexOf(types: EventType[]): TriggerIndex {
  const cached = indexes.get(types);
  if (cached && cached.types.length === types.length && cached.types.every((type, i) => type === types[i])) return cached;
  const byFirstWord = new Map<string, FirstWordOf>();
  types.forEach((type, typeIndex) => {
    const { triggers, exclusions } = compiledOf(type);
    const add = (compiled: CompiledTrigger, trigger: number, exclusion: boolean) => {
      const [first] = compiled.words;
      const entry = { type: typeIndex, trigger, exclusion, compiled };
      let of = byFirstWord.get(first.text);
      // Both keys from the start: every value of the table has one shape, which the walk down it reads quicker.
      if (!of) byFirstWord.set(first.text, (of = { stems: undefined, words: undefined }));
      if (first.stem) (of.stems ??= []).push(entry);
      else (of.words ??= []).push(entry);
    };
    triggers.forEach((compiled, trigger) => add(compiled, trigger, false));
    exclusions.forEach((compiled, trigger) => add(compiled, trigger, true));
  });
  const index: TriggerIndex = { types: [...types], firstWords: charTable(byFirstWord) };
  indexes.set(types, index);
  return index;
}

function compiledOf(type: EventType): { triggers: CompiledTrigger[]; exclusions: CompiledTrigger[] } {
  let entry = compiledTriggers.get(type);
  if (!entry) {
    entry = { triggers: type.triggers.map(compileTrigger), exclusions: (type.exclusions ?? []).map(compileTrigger) };
    compiledTriggers.set(type, entry);
  }
  return entry;
}
