/** Durations (« trois heures », « plusieurs années »), sets (« tous les lundis ») and vague references (« actuellement »). */
import { B, E, Q, wordAfter, wordBefore, type Candidate } from "./calendar.ts";
import { matchAll, phraseGate, wholeWordGate, wordGate } from "./match-all.ts";
import { NUMBER_PATTERN, UNITS, VAGUE_QUANTITIES, WEEKDAYS, alternation, parseNumber } from "./words-fr.ts";

const UNIT = `(${alternation(Object.keys(UNITS))})`;
const VAGUE = `(${alternation(VAGUE_QUANTITIES)})`;
const AGE_BEFORE = new Set(["de", "d'", "d’", "a", "avait", "aura", "âgé", "âgée", "âgés", "âgées", "(", "ont", "avaient"]);

/** TimeML duration value: (3, "H", time) → "PT3H"; null amount → "PXH". */
export function durationValue(amount: number | null, unit: string, time: boolean, factor = 1): string {
  if (amount !== null && time && unit === "H" && !Number.isInteger(amount * factor)) {
    // « deux heures et demie » → PT2H30M rather than a fraction of an hour.
    const minutes = Math.round(amount * factor * 60);
    return `PT${Math.floor(minutes / 60)}H${minutes % 60}M`;
  }
  const count = amount === null ? "X" : String(Math.round(amount * factor * 1000) / 1000);
  return time ? `PT${count}${unit}` : `P${count}${unit}`;
}

/** A duration ends on its unit, a whole word. */
const UNIT_GATE = wholeWordGate(...Object.keys(UNITS));
const COUNTED_DURATION = `${B}((?:environ|près\\s+de|quelque)\\s+)?(${NUMBER_PATTERN})\\s+${UNIT}(\\s+et\\s+demie?)?${E}`;
const VAGUE_DURATION = `${B}${VAGUE}\\s+${UNIT}${E}`;
const VAGUE_GATE = phraseGate(VAGUE_QUANTITIES);
const RECENT_DURATION = `${B}(?:ces|ses|les)\\s+(?:derniers|dernières|prochains|prochaines)\\s+${UNIT}${E}`;
const RECENT_DURATION_GATE = wordGate("derni", "prochain");
const FIXED_DURATIONS: Record<string, string> = {
  "une demi-heure": "PT30M", "un quart d'heure": "PT15M", "un quart d’heure": "PT15M", "trois quarts d'heure": "PT45M",
  "trois quarts d’heure": "PT45M", "un demi-siècle": "P50Y", "un quart de siècle": "P25Y", "une demi-journée": "P0.5D",
  "quinquennat": "P5Y", "septennat": "P7Y", "une quinzaine de jours": "P2W", "une huitaine de jours": "P1W",
};
const FIXED_DURATION = `${B}(${alternation(Object.keys(FIXED_DURATIONS)).replace(/\s/g, "\\s+")})${E}`;
const FIXED_DURATION_GATE = wordGate("demi", "quart", "quinquennat", "septennat", "quinzaine", "huitaine");

/** Finds durations: « trois heures » PT3H, « 30,4 secondes » PT30.4S, « environ deux mois » P2M, « ces dernières années » PXY. */
function findDurations(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchAll(text, COUNTED_DURATION, UNIT_GATE)) {
    const [whole, approx, quantity, unitWord, half] = match;
    const unit = UNITS[unitWord.toLowerCase()];
    let amount = parseNumber(quantity);
    if (!unit || amount === null) continue;
    const start = match.index;
    const end = start + whole.length;
    const lowerQuantity = quantity.toLowerCase();
    if (lowerQuantity === "un" && /^jours?$/i.test(unitWord)) continue; // « un jour » is « some day »
    if (/\d\s*[-–]\s*$/.test(text.slice(Math.max(0, start - 3), start))) continue; // « les 6-16 ans » is an age range
    if (/^\d/.test(quantity) && /^ans?$/i.test(unitWord) && !approx) {
      const before = text.slice(Math.max(0, start - 12), start);
      const beforeWord = wordBefore(text, start);
      if (AGE_BEFORE.has(beforeWord) || /\(\s*$/.test(before) || /^\s*\)/.test(text.slice(end, end + 2)) ||
        (/,\s*$/.test(before) && /^\s*,/.test(text.slice(end, end + 2)))) continue;
    }
    // « les 24 heures du Mans », « 2 jours fériés »: a capitalised or adjective-like word after is not our business.
    if (/^(?:fériés?|ouvrés?|ouvrables?)$/i.test(wordAfter(text, end))) continue;
    if (half) amount += 0.5;
    found.push({ start, end, type: "DURATION", value: durationValue(amount, unit.unit, unit.time, unit.factor) });
  }
  for (const match of matchAll(text, VAGUE_DURATION, [VAGUE_GATE, UNIT_GATE])) {
    const unit = UNITS[match[2].toLowerCase()];
    if (!unit || !/s$/i.test(match[2]) && match[2].toLowerCase() !== "mois") continue;
    // « des heures scolaires »: « des » is a duration only after « depuis », « pendant »…
    if (match[1].toLowerCase() === "des" && !/^(?:depuis|pendant|durant|a|dans|après|en)$/.test(wordBefore(text, match.index))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: "DURATION", value: durationValue(null, unit.unit, unit.time) });
  }
  for (const match of matchAll(text, RECENT_DURATION, [RECENT_DURATION_GATE, UNIT_GATE])) {
    const unit = UNITS[match[1].toLowerCase()];
    if (!unit) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: "DURATION", value: durationValue(null, unit.unit, unit.time) });
  }
  const fixed = FIXED_DURATIONS;
  for (const match of matchAll(text, FIXED_DURATION, FIXED_DURATION_GATE)) {
    const key = match[1].toLowerCase().replace(/\s+/g, " ");
    const value = fixed[key];
    if (value) found.push({ start: match.index, end: match.index + match[0].length, type: "DURATION", value });
  }
  return found;
}

const WEEKDAY_PLURALS = Object.keys(WEEKDAYS).flatMap((day) => [day, `${day}s`]);
const SET_WORDS = [...WEEKDAY_PLURALS, ...Object.keys(UNITS), "matin", "matins", "soir", "soirs", "nuit", "nuits", "week-end", "week-ends", "week-end", "été", "hiver", "printemps", "automne"];
const EVERY = `${B}(?:chaque|tous\\s+les|toutes\\s+les)\\s+(?:(${NUMBER_PATTERN})\\s+)?(${alternation(SET_WORDS)})${E}`;
const EVERY_GATE = wholeWordGate("chaque", "tous", "toutes");
const SET_PARTS: Record<string, string> = { matin: "TMO", soir: "TEV", nuit: "TNI", "week-end": "XXXX-WXX-WE", "été": "XXXX-SU", hiver: "XXXX-WI", printemps: "XXXX-SP", automne: "XXXX-FA" };
const SET_ADJECTIVES: Record<string, string> = {
  // « quotidien », « hebdomadaire », « mensuel » are left out: in news they mostly name newspapers.
  annuel: "P1Y", annuelle: "P1Y", annuels: "P1Y", annuelles: "P1Y", quotidiennement: "P1D", annuellement: "P1Y",
  mensuellement: "P1M",
};
const SET_ADJECTIVE = `${B}(${alternation(Object.keys(SET_ADJECTIVES))})${E}`;
const SET_ADJECTIVE_GATE = wordGate("annuel", "quotidiennement", "mensuellement");

/** The ISO weekday a day name stands for, singular or plural (« lundis » → 1). */
function weekdayOf(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase().replace(/s$/, "")];
}

/** Finds sets: « tous les lundis » XXXX-WXX-1, « chaque année » P1Y, « tous les deux ans » P2Y, « quotidien » P1D. */
function findSets(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchAll(text, EVERY, EVERY_GATE)) {
    const [whole, quantity, word] = match;
    const start = match.index;
    const end = start + whole.length;
    const weekday = weekdayOf(word);
    if (weekday) {
      found.push({ start, end, type: "SET", value: `XXXX-WXX-${weekday}` });
      continue;
    }
    const lower = word.toLowerCase();
    const unit = UNITS[lower];
    if (unit) {
      const amount = quantity ? parseNumber(quantity) : 1;
      if (amount === null) continue;
      found.push({ start, end, type: "SET", value: durationValue(amount, unit.unit, unit.time, unit.factor) });
      continue;
    }
    const parts = SET_PARTS;
    const value = parts[lower.replace(/s$/, "")] ?? parts[lower];
    if (value) found.push({ start, end, type: "SET", value: value.startsWith("T") ? `XXXX-XX-XX${value}` : value });
  }
  const adjectives = SET_ADJECTIVES;
  for (const match of matchAll(text, SET_ADJECTIVE, SET_ADJECTIVE_GATE)) {
    const before = wordBefore(text, match.index);
    // « le quotidien Libération », « un hebdomadaire »: with an article right before it is the newspaper.
    if (/^(?:le|un|du|au|l['’]|les|des|aux|ce|cet)$/.test(before) || /l['’]$/.test(text.slice(match.index - 2, match.index))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: "SET", value: adjectives[match[1].toLowerCase()] });
  }
  return found;
}

/** Vague references and their TimeML value. */
const REFERENCES: Record<string, string> = {
  actuellement: "PRESENT_REF", maintenant: "PRESENT_REF", "désormais": "PRESENT_REF", "à présent": "PRESENT_REF",
  "de nos jours": "PRESENT_REF", "à l'heure actuelle": "PRESENT_REF", "à l’heure actuelle": "PRESENT_REF",
  "en ce moment": "PRESENT_REF", "dorénavant": "PRESENT_REF", "aujourd'hui encore": "PRESENT_REF",
  autrefois: "PAST_REF", auparavant: "PAST_REF", jadis: "PAST_REF", "naguère": "PAST_REF", "récemment": "PAST_REF",
  "dernièrement": "PAST_REF", "ces derniers temps": "PAST_REF", "par le passé": "PAST_REF", "dans le passé": "PAST_REF",
  "prochainement": "FUTURE_REF", "bientôt": "FUTURE_REF", "à l'avenir": "FUTURE_REF", "à l’avenir": "FUTURE_REF",
  "dans l'avenir": "FUTURE_REF", "dans l’avenir": "FUTURE_REF", "sous peu": "FUTURE_REF", "à terme": "FUTURE_REF",
};
const REFERENCE_GATE = phraseGate(Object.keys(REFERENCES));
const REFERENCE = `${B}(${alternation(Object.keys(REFERENCES)).replace(/\s/g, "\\s+").replace(/'/g, Q)})${E}`;

/** Finds vague references: « actuellement », « désormais » (PRESENT_REF), « autrefois » (PAST_REF), « bientôt » (FUTURE_REF). */
function findReferences(text: string): Candidate[] {
  const found: Candidate[] = [];
  const refs = REFERENCES;
  for (const match of matchAll(text, REFERENCE, REFERENCE_GATE)) {
    const key = match[1].toLowerCase().replace(/\s+/g, " ");
    const value = refs[key] ?? refs[key.replace(/’/g, "'")];
    if (value) found.push({ start: match.index, end: match.index + match[0].length, type: "TIME", value });
  }
  return found;
}

/** Finds durations, sets and vague references; none of them needs the reference date. */
export function findDurationsAndSets(text: string): Candidate[] {
  return [...findDurations(text), ...findSets(text), ...findReferences(text)];
}
