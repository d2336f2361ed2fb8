/**
 * Expressions read from the publication date (« hier », « il y a une semaine », « l'an dernier ») or from the
 * last day the text mentioned (« la veille », « deux jours plus tard »).
 */
import type { DateTime, DurationLikeObject } from "luxon";
import {
  B, E, Q, dayValue, dayValueAfter, makeDay, monthValue, monthValueAfter, weekValue, wordBefore, yearValue, yearValueAfter, type Candidate, type Reference, type ResolveContext,
} from "./calendar.ts";
import { matchAll, phraseGate, wholeWordGate, wordGate } from "./match-all.ts";
import { EDGE } from "./absolute.ts";
import { sentenceTense } from "./tense.ts";
import { NUMBER_PATTERN, PARTS_OF_DAY, SEASONS, UNITS, VAGUE_QUANTITIES, WEEKDAYS, alternation, parseNumber } from "./words-fr.ts";

const PART = `(${alternation([...Object.keys(PARTS_OF_DAY), "midi"])})`;
const WEEKDAY = `(${alternation(Object.keys(WEEKDAYS))})`;
const UNIT = `(${alternation(Object.keys(UNITS))})`;
const QUANTITY = `(${NUMBER_PATTERN}|${alternation(VAGUE_QUANTITIES)})`;

function partSuffix(part: string | undefined): string {
  if (!part) return "";
  const lower = part.toLowerCase();
  return lower === "midi" ? "T12:00" : `T${PARTS_OF_DAY[lower] ?? ""}`;
}

/** A day value with an optional part of the day; month precision when the reference has no day. */
function dayWithPart(reference: Reference, shift: number, part: string | undefined): Candidate["value"] {
  if (reference.day === null) return monthValue(reference.date);
  return dayValueAfter(reference.date, shift) + partSuffix(part);
}

const DEICTIC_SHIFTS: Record<string, number> = { "avant-hier": -2, hier: -1, demain: 1, "après-demain": 2 };
const TODAY = `aujourd${Q}hui(?:\\s*\\(\\s*${WEEKDAY}\\s*\\)|\\s*,?\\s+${WEEKDAY}(?![\\p{L}]))?`;
const DEICTIC = `${B}(${TODAY}|avant-hier|après-demain|hier|demain)(?:\\s+(?:au\\s+|à\\s+|en\\s+)?${PART})?${E}`;
const DEICTIC_GATE = wordGate("aujourd", "hier", "demain");
const THIS_PART_OF_DAY = `${B}(?:ce|cet|cette)\\s+(matin|soir|après-midi|nuit|midi)${E}`;
const THIS_PART_OF_DAY_GATE = wordGate("matin", "soir", "midi", "nuit");

/** Finds « aujourd'hui (lundi) », « hier soir », « avant-hier », « demain matin », « ce soir », « cette nuit ». */
function findDeictic(text: string, reference: Reference): Candidate[] {
  const found: Candidate[] = [];
  const shifts = DEICTIC_SHIFTS;
  for (const match of matchAll(text, DEICTIC, DEICTIC_GATE)) {
    const start = match.index;
    const end = start + match[0].length;
    const word = match[1].toLowerCase();
    const part = match[4];
    const before = text.slice(Math.max(0, start - 2), start);
    if (word.startsWith("aujourd") && /d['’]$/.test(before) && !part) {
      found.push({ start, end, type: "TIME", value: "PRESENT_REF" });
      continue;
    }
    const shift = word.startsWith("aujourd") ? 0 : shifts[word] ?? 0;
    found.push({ start, end, type: part && reference.day !== null ? "TIME" : "DATE", value: dayWithPart(reference, shift, part) });
  }
  // « cette soirée » is mostly an event (a party), not the evening of the day.
  for (const match of matchAll(text, THIS_PART_OF_DAY, THIS_PART_OF_DAY_GATE)) {
    const part = match[1].toLowerCase();
    found.push({ start: match.index, end: match.index + match[0].length, type: reference.day === null ? "DATE" : "TIME", value: dayWithPart(reference, 0, part) });
  }
  return found;
}

const NEXT_OR_LAST = `(dernier|dernière|passé|passée|prochain|prochaine|en\\s+cours|précédent|précédente|suivant|suivante)`;
const WEEK_UNIT = `${B}(?:(cette)\\s+semaine(?:-ci)?|la\\s+semaine\\s+${NEXT_OR_LAST}|(ce)\\s+week-end|le\\s+week-end\\s+${NEXT_OR_LAST})${E}`;
const WEEK_UNIT_GATE = wordGate("semaine", "week-end");
const MONTH_UNIT = `${B}${EDGE}(?:(ce)\\s+mois(?:-ci)?|le\\s+mois\\s+${NEXT_OR_LAST})${E}`;
const MONTH_UNIT_GATE = wordGate("mois");
/** « cette année », « l'année passée », « l'an dernier » hold « année » or « an », a whole word. */
const YEAR_UNIT_GATE = wholeWordGate("année", "an");
const YEAR_UNIT = `${B}${EDGE}(?:(cette)\\s+année(?:-ci|-là)?|l${Q}(?:année|an)\\s+${NEXT_OR_LAST})${E}`;

/**
 * -1 for « dernier », « passé », 1 for « prochain », 0 otherwise. (Plain functions rather than closures made per call,
 * which tsx's keepNames names anew at each call.)
 */
function shiftOf(word: string | undefined): number {
  const lower = (word ?? "").toLowerCase();
  if (/^(?:derni|pass)/.test(lower)) return -1;
  if (lower.startsWith("prochain")) return 1;
  return 0;
}

/** « précédent », « suivant »: counted from the date the story is at, not from the reference. */
function anchoredWord(word: string | undefined): boolean {
  return /^(?:précédent|suivant)/.test((word ?? "").toLowerCase());
}

/** Finds weeks, months and years named from the reference: « cette semaine », « le mois prochain », « l'an dernier ». */
function findCalendarUnits(text: string, reference: Reference): Candidate[] {
  const found: Candidate[] = [];
  const ref = reference.date;
  // weeks
  for (const match of matchAll(text, WEEK_UNIT, WEEK_UNIT_GATE)) {
    const start = match.index;
    const end = start + match[0].length;
    const isWeekend = /week-end/i.test(match[0]);
    const word = match[2] ?? match[4];
    if (anchoredWord(word)) {
      const sign = /^précédent/i.test(word) ? -1 : 1;
      found.push({ start, end, type: "DATE", value: (context) => context.anchor ? weekValue(context.anchor.plus({ weeks: sign })) + (isWeekend ? "-WE" : "") : null });
      continue;
    }
    if (reference.day === null) {
      found.push({ start, end, type: "DATE", value: monthValue(ref) });
      continue;
    }
    let shift = shiftOf(word);
    // « ce week-end » in a past-tense sentence written on a weekday is the one just gone.
    if (isWeekend && !word && ref.weekday <= 5 && sentenceTense(text, start, end) === "past") shift = -1;
    found.push({ start, end, type: "DATE", value: weekValue(ref.plus({ weeks: shift })) + (isWeekend ? "-WE" : "") });
  }
  // months
  for (const match of matchAll(text, MONTH_UNIT, MONTH_UNIT_GATE)) {
    const word = match[2];
    const start = match.index;
    const end = start + match[0].length;
    if (anchoredWord(word)) {
      const sign = /^précédent/i.test(word) ? -1 : 1;
      found.push({ start, end, type: "DATE", value: (context) => context.anchor ? monthValue(context.anchor.plus({ months: sign })) : null });
      continue;
    }
    found.push({ start, end, type: "DATE", value: monthValue(ref.plus({ months: shiftOf(word) })) });
  }
  // years
  for (const match of matchAll(text, YEAR_UNIT, YEAR_UNIT_GATE)) {
    const word = match[2];
    const start = match.index;
    const end = start + match[0].length;
    if (/-là$/i.test(match[0])) {
      found.push({ start, end, type: "DATE", value: (context) => context.anchor ? yearValue(context.anchor) : null });
      continue;
    }
    if (anchoredWord(word)) {
      const sign = /^précédent/i.test(word) ? -1 : 1;
      found.push({ start, end, type: "DATE", value: (context) => context.anchor ? yearValue(context.anchor.plus({ years: sign })) : null });
      continue;
    }
    found.push({ start, end, type: "DATE", value: yearValue(ref.plus({ years: shiftOf(word) })) });
  }
  return found;
}

const SEASON = `${B}${EDGE}(l${Q}|cet\\s+|ce\\s+|cette\\s+)?(${alternation(Object.keys(SEASONS))})(?:\\s+(\\d{4})(?![\\d])|\\s+(dernier|prochain|passé))?${E}`;
const SEASON_GATE = wordGate("printemps", "automne", "hiver", "été");

/** Finds seasons: « l'été dernier », « cet hiver », « au printemps 2017 », « en été » (any year: XXXX-SU). */
function findSeasons(text: string, reference: Reference): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchAll(text, SEASON, SEASON_GATE)) {
    const [whole, determiner, seasonWord, yearRaw, suffix] = match;
    const season = SEASONS[seasonWord.toLowerCase()];
    if (!season) continue;
    const before = wordBefore(text, match.index);
    const edge = whole.slice(0, whole.toLowerCase().indexOf((determiner ?? seasonWord).toLowerCase())).trim();
    // « a été » is the verb: the season needs a determiner, « en », « au », a year or « dernier ».
    // « les Jeux d'hiver », « a été »: without a determiner, « en », « au », a year or « dernier » it is no date.
    const trusted = Boolean(determiner || yearRaw || suffix || edge) || ["en", "au", "comme"].includes(before);
    if (!trusted) continue;
    let year: string;
    if (yearRaw) year = yearRaw;
    else if (suffix) {
      const started = (y: number) => makeDay(y, season.month, 21)!;
      const ended = (y: number) => started(y).plus({ months: 3 });
      const ref = reference.date;
      if (suffix.toLowerCase() === "prochain") year = String(started(ref.year) > ref ? ref.year : ref.year + 1);
      else year = String(ended(ref.year) <= ref ? ref.year : ref.year - 1);
    } else if (determiner && /^ce/i.test(determiner)) year = String(reference.year);
    else year = "XXXX";
    found.push({ start: match.index, end: match.index + whole.length, type: "DATE", value: `${year}-${season.code}` });
  }
  return found;
}

/** A quantity and unit as a luxon duration, or null for vague quantities (« quelques jours »). */
function amountOf(quantity: string, unitWord: string): { amount: number | null; unit: string; time: boolean; factor: number } | null {
  const unit = UNITS[unitWord.toLowerCase()];
  if (!unit) return null;
  const amount = parseNumber(quantity);
  if (amount === null && !VAGUE_QUANTITIES.includes(quantity.toLowerCase())) return null;
  return { amount, unit: unit.unit, time: unit.time, factor: unit.factor ?? 1 };
}

/** Shifts a day by an amount of a unit and writes it at the precision the unit gives (years → year, days → day). */
function shiftedValue(from: DateTime, amount: number, unit: string, time: boolean, factor: number, sign: number, monthOnly: boolean): string | null {
  const count = amount * factor * sign;
  if (!Number.isFinite(count) || Math.abs(count) > 5000) return null;
  // Whole days, weeks, months and years, most offsets, are counted without building a date.
  if (!time && Number.isInteger(count)) {
    if (unit === "Y") return yearValueAfter(from, count);
    if (unit === "M") return monthValueAfter(from, count);
    if (!monthOnly && (unit === "D" || unit === "W")) return dayValueAfter(from, unit === "W" ? count * 7 : count);
  }
  const key: keyof DurationLikeObject = time
    ? ({ H: "hours", M: "minutes", S: "seconds" } as const)[unit as "H" | "M" | "S"]
    : ({ D: "days", W: "weeks", M: "months", Y: "years" } as const)[unit as "D" | "W" | "M" | "Y"];
  const shifted = from.plus({ [key]: count });
  if (unit === "Y" && !time) return yearValue(shifted);
  if (unit === "M" && !time) return monthValue(shifted);
  if (monthOnly) return monthValue(shifted);
  return dayValue(shifted);
}

const OFFSET_FROM_NOW = `${B}(il\\s+y\\s+a|dans|d${Q}ici)\\s+(?:environ\\s+|près\\s+de\\s+|plus\\s+de\\s+)?${QUANTITY}\\s+${UNIT}${E}`;
const OFFSET_DIRECTION = `(plus\\s+tard|après|plus\\s+tôt|auparavant|avant)`;
const OFFSET_FROM_ANCHOR = `${B}${QUANTITY}\\s+${UNIT}\\s+${OFFSET_DIRECTION}(?=\\s*[,.;:!?)]|\\s*$)`;
/** An offset holds its unit, a whole word, and one from the anchor its direction (« plus tard », « avant »). */
const UNIT_GATE = wholeWordGate(...Object.keys(UNITS));
const OFFSET_FROM_ANCHOR_GATES = [UNIT_GATE, wholeWordGate("plus", "après", "auparavant", "avant")];

/** Finds « il y a une semaine », « dans trois jours », « deux jours plus tard », « cinq ans auparavant ». */
function findOffsets(text: string, reference: Reference): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchAll(text, OFFSET_FROM_NOW, UNIT_GATE)) {
    const [whole, lead, quantity, unitWord] = match;
    const amount = amountOf(quantity, unitWord);
    if (!amount) continue;
    const start = match.index;
    const end = start + whole.length;
    const past = lead.toLowerCase().startsWith("il");
    if (!past && /^(?:les|des|plusieurs)$/i.test(quantity)) continue;
    // « il y a quelques mois »: the vague amount is tagged as a duration by itself.
    if (amount.amount === null) continue;
    const value = shiftedValue(reference.date, amount.amount, amount.unit, amount.time, amount.factor, past ? -1 : 1, reference.day === null);
    if (value) found.push({ start, end, type: "DATE", value });
  }
  for (const match of matchAll(text, OFFSET_FROM_ANCHOR, OFFSET_FROM_ANCHOR_GATES)) {
    const [whole, quantity, unitWord, direction] = match;
    const amount = amountOf(quantity, unitWord);
    if (!amount || amount.amount === null) continue;
    const sign = /^(?:plus\s+tard|après)$/i.test(direction.replace(/\s+/g, " ")) ? 1 : -1;
    const { amount: count, unit, time, factor } = amount;
    found.push({
      start: match.index,
      end: match.index + whole.length,
      type: "DATE",
      value: (context: ResolveContext) => context.anchor ? shiftedValue(context.anchor, count, unit, time, factor, sign, false) : null,
    });
  }
  return found;
}

const NARRATIVE_SHIFTS: Record<string, number> = {
  "la veille": -1, "l'avant-veille": -2, "l’avant-veille": -2, "le lendemain": 1, "le surlendemain": 2,
  "le jour même": 0, "le même jour": 0, "ce jour-là": 0, "ce même jour": 0,
};
const NARRATIVE_DAY = `${B}(${alternation(Object.keys(NARRATIVE_SHIFTS)).replace(/\s/g, "\\s+")})(?:\\s+(?:au\\s+|à\\s+|en\\s+)?${PART})?${E}`;
const NARRATIVE_DAY_GATE = phraseGate(Object.keys(NARRATIVE_SHIFTS));
const NARRATIVE_PART_OF_DAY = `${B}(?:(?:le|la)\\s+(matin|soir|nuit|soirée|matinée)\\s+même|(?:la|l${Q})\\s*(nuit|soirée|matinée|après-midi))${E}`;
/** The part of the day starts a word, or follows « la » with no space (« lanuit »). */
const NARRATIVE_PART_OF_DAY_GATE = wordGate("nuit", "soir", "matin", "après-midi", ...["nuit", "soirée", "matinée", "après-midi"].map((part) => `la${part}`));

/** Finds days named from the last day of the story: « la veille », « le lendemain matin », « le jour même », « la nuit ». */
function findNarrative(text: string): Candidate[] {
  const found: Candidate[] = [];
  const shifts = NARRATIVE_SHIFTS;
  for (const match of matchAll(text, NARRATIVE_DAY, NARRATIVE_DAY_GATE)) {
    const key = match[1].toLowerCase().replace(/\s+/g, " ");
    const shift = shifts[key] ?? 0;
    const part = match[2];
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      type: part ? "TIME" : "DATE",
      value: (context) => (context.anchor ? dayValueAfter(context.anchor, shift) + partSuffix(part) : null),
    });
  }
  for (const match of matchAll(text, NARRATIVE_PART_OF_DAY, NARRATIVE_PART_OF_DAY_GATE)) {
    const part = match[1] ?? match[2];
    const before = wordBefore(text, match.index);
    // « toute la nuit », « de la nuit » describe, they do not place.
    if (["toute", "une", "cette"].includes(before)) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      type: "TIME",
      value: (context) => (context.anchor ? dayValue(context.anchor) + partSuffix(part) : null),
    });
  }
  return found;
}

/**
 * Finds expressions read from the reference or from the story's last day.
 * « il y a une semaine » (ref. 2021-03-22) → 2021-03-15; « hier soir » → 2021-03-21TEV; « la veille » → anchor − 1 day.
 */
export function findRelativeDates(text: string, reference: Reference): Candidate[] {
  return [
    ...findDeictic(text, reference),
    ...findCalendarUnits(text, reference),
    ...findSeasons(text, reference),
    ...findOffsets(text, reference),
    ...findNarrative(text),
  ];
}
