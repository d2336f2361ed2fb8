import type { EventType } from "../../types.ts";
import { foldText } from "../actors/fold-text.ts";
import { compileTrigger, findTrigger, tokenize, type CompiledTrigger } from "./compile-trigger.ts";

export { renderTitle } from "./render-title.ts";

export interface EventTrigger {
  type: EventType;
  /** Offsets into the clause, and the words as written. */
  trigger: { start: number; end: number; text: string };
}

interface CompiledType {
  type: EventType;
  triggers: CompiledTrigger[];
  exclusions: CompiledTrigger[];
}

const compiled = new WeakMap<EventType, CompiledType>();

/**
 * Finds the event types a French clause reports, in text order, one per trigger place. Triggers match whole words or stems
 * at word starts, ignoring case and accents. Where triggers overlap, the longest wins, then the lower priority
 * (so « menace de sanctions » is a threat of sanctions, not sanctions). A trigger that overlaps one of its type's
 * exclusions (« proposition de loi ») does not count.
 *
 * « Washington a décidé d'expulser 35 diplomates russes » → [{ type: expulsion-diplomates, trigger: « expulser » }].
 */
export function classifyEvent(clause: string, types: EventType[]): EventTrigger[] {
  const { folded, starts, ends } = foldText(clause);
  const tokens = tokenize(folded);
  const candidates: { type: EventType; start: number; end: number }[] = [];
  for (const type of types) {
    const { triggers, exclusions } = compiledOf(type);
    const excluded = exclusions.flatMap((exclusion) => findTrigger(exclusion, tokens));
    for (const trigger of triggers) {
      for (const span of findTrigger(trigger, tokens)) {
        if (excluded.some((zone) => span.start < zone.end && zone.start < span.end)) continue;
        candidates.push({ type, ...span });
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.type.priority - b.type.priority || a.start - b.start);
  const kept: typeof candidates = [];
  for (const candidate of candidates) {
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map(({ type, start, end }) => {
      const from = starts[start];
      const to = ends[end - 1];
      return { type, trigger: { start: from, end: to, text: clause.slice(from, to) } };
    });
}

function compiledOf(type: EventType): CompiledType {
  let entry = compiled.get(type);
  if (!entry) {
    entry = { type, triggers: type.triggers.map(compileTrigger), exclusions: (type.exclusions ?? []).map(compileTrigger) };
    compiled.set(type, entry);
  }
  return entry;
}
