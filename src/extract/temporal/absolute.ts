/** Calendar dates written with a month or a year: « 30 décembre 2016 », « décembre 2016 », « en 2020 », « les années 60 ». */
import type { DateTime } from "luxon";
import {
  B, E, Q, epochDay, expandYear, dayValue, makeDay, monthValue, pickDate, referenceDays, wordAfter, wordBefore, type Candidate, type Direction, type Reference,
} from "./calendar.ts";
import { DIGIT_GATE, matchAll, numberGate, phraseGate, wordGate } from "./match-all.ts";
import { sentenceTense } from "./tense.ts";
import { FULL_MONTHS, MONTHS, NUMBER_WORDS, ROMAN, UNIT_NOUNS_AFTER_YEAR, WEEKDAYS, alternation } from "./words-fr.ts";

const MONTH = `(${alternation(Object.keys(MONTHS))})`;
const FULL_MONTH = `(${alternation(FULL_MONTHS)})`;
const WEEKDAY = `(${alternation(Object.keys(WEEKDAYS))})`;
const DAY = `(\\d{1,2}|1er|premier)`;
/** A four-digit year that is not part of a longer number (« 19.252 », « 2016,5 »). */
const YEAR4 = `(?<![\\d.,])(\\d{4})(?![\\d]|[.,]\\d)`;
/** « début », « fin », « mi- » before a month, a year or a season stay inside the expression. */
export const EDGE = `(?:(?:(?:la|le)\\s+)?(?:fin|début|milieu)(?:\\s+de\\s+|\\s+d${Q}|\\s+)|mi-)?`;
const RELATIVE_SUFFIX = `(?:\\s+(dernier|dernière|prochain|prochaine|passé)s?)?`;

/** Words after which a lone month or a lone number can be trusted to be a date. */
const MONTH_TRIGGERS = new Set(["en", "dès", "depuis", "jusqu'en", "jusqu’en", "courant", "début", "fin", "mi", "de", "d'", "d’", "avant", "après", "entre", "et", "à", "au", "vers", "pour", "durant", "pendant"]);
const YEAR_TRIGGERS = new Set([
  "en", "de", "d'", "depuis", "dès", "avant", "après", "jusqu'en", "jusqu’en", "vers", "début", "fin", "mi", "entre", "et",
  "à", "au", "pour", "année", "an", "l'année", "l’année", "l'an", "l’an", "printemps", "été", "automne", "hiver", "du",
  "saison", "courant", "ou", "la", "le", "des", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
  "septembre", "octobre", "novembre", "décembre",
]);
const COUNT_BEFORE = new Set(["n°", "no", "numéro", "article", "art", "page", "p", "plus", "moins", "près", "environ", "quelque", "les", "ses", "ces"]);
const FUNCTION_WORDS_PLURAL = new Set(["les", "des", "ses", "ces", "mes", "tes", "nos", "vos", "leurs", "plus", "puis", "sous", "dans", "depuis", "alors", "mais", "pas", "très", "après", "vers", "lors", "jusqu'alors", "pris", "mis", "acquis", "promis", "ans"]);

/** A full month name is a whole word: a space or the end of the date follows it. */
const FULL_MONTH_GATE = phraseGate(FULL_MONTHS, { whole: true });
/** Every day number of a date: digits, or « premier ». */
const DAY_GATE = wordGate(..."0123456789", "premier");
/** The month of a day-month starts a word, unless it is written right after « 1er » or « premier » (« 1ermars »). */
const DAY_MONTH_GATE = wordGate(...Object.keys(MONTHS).flatMap((month) => [month, `er${month}`, `premier${month}`]));
/** The separators of a numeric date, found right after a digit. */
const SLASH_OR_DOT_GATE = wordGate("/", ".");
const HYPHEN_GATE = wordGate("-");
/** A year of four digits is a number of its own: no digit comes right before or after it. */
const YEAR_GATE = numberGate(4);

function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase()] ?? 0;
}

function dayNumber(raw: string): number {
  const lower = raw.toLowerCase();
  if (lower === "1er" || lower === "premier") return 1;
  return Number(lower);
}

/** True when the word after a number makes it a count (« 2000 manifestants »), not a year. */
function isCountNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (UNIT_NOUNS_AFTER_YEAR.includes(lower)) return true;
  if (word !== lower) return false;
  return lower.length >= 4 && /[sx]$/.test(lower) && !FUNCTION_WORDS_PLURAL.has(lower);
}

function directionOf(suffix: string | undefined, text: string, start: number, end: number, fallback: Direction): Direction {
  const lower = (suffix ?? "").toLowerCase();
  if (lower.startsWith("derni") || lower.startsWith("pass")) return "before";
  if (lower.startsWith("prochain")) return "after";
  const tense = sentenceTense(text, start, end);
  return tense === "unknown" ? fallback : tense;
}

/**
 * Resolves a day and month without a year: the year in the direction the sentence points, weekday agreeing. The same
 * few days come back in the articles of one publication date: each answer is kept with its (shared) reference.
 */
function resolveDayMonth(reference: Reference, month: number, day: number, weekday: number | null, direction: Direction): DateTime | null {
  let known = DAY_MONTHS.get(reference);
  if (!known) DAY_MONTHS.set(reference, (known = new Map()));
  const key = `${month} ${day} ${weekday} ${direction}`;
  let date = known.get(key);
  if (date === undefined) known.set(key, (date = pickDayMonth(reference, month, day, weekday, direction)));
  return date;
}

const DAY_MONTHS = new WeakMap<Reference, Map<string, DateTime | null>>();

function pickDayMonth(reference: Reference, month: number, day: number, weekday: number | null, direction: Direction): DateTime | null {
  const [from, to] = referenceDays(reference);
  const years = [reference.year - 1, reference.year, reference.year + 1];
  let options = years.map((year) => makeDay(year, month, day)).filter((date): date is DateTime => date !== null);
  if (weekday !== null) {
    const agreeing = options.filter((date) => date.weekday === weekday);
    if (agreeing.length > 0) options = agreeing;
  }
  // A past-tense sentence rarely reports a day more than ten months back without its year; a near day ahead is likelier.
  const picked = pickDate(options, from, to, direction);
  if (picked && direction === "past") {
    const ahead = pickDate(options, from, to, "future");
    if (ahead && epochDay(from) - epochDay(picked) > 300 && epochDay(ahead) - epochDay(to) < 62) return ahead;
  }
  return picked;
}

function resolveMonth(reference: Reference, month: number, direction: Direction): string | null {
  const here = reference.date.startOf("month");
  const options = [reference.year - 1, reference.year, reference.year + 1]
    .map((year) => makeDay(year, month, 1))
    .filter((date): date is DateTime => date !== null);
  const picked = pickDate(options, here, here, direction);
  return picked ? monthValue(picked) : null;
}

/** Finds day-month dates: « le 7 décembre 2021 », « ce 7 décembre », « dimanche 29 août », « 1er janvier ». */
const DAY_MONTH = `${B}(?:(le|ce|cet)\\s+)?(?:${WEEKDAY}\\s+)?${DAY}\\s*${MONTH}(?:\\s+(?:${YEAR4}|(\\d{2})(?![\\d\\p{L}])))?${RELATIVE_SUFFIX}${E}`;

function findDayMonth(text: string, reference: Reference): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchAll(text, DAY_MONTH, [DAY_GATE, DAY_MONTH_GATE])) {
    const [whole, , weekdayWord, dayRaw, monthWord, year4, year2, suffix] = match;
    const start = match.index;
    let end = start + whole.length;
    const month = monthNumber(monthWord);
    const day = dayNumber(dayRaw);
    if (!month || day < 1 || day > 31) continue;
    const weekday = weekdayWord ? WEEKDAYS[weekdayWord.toLowerCase()] : null;
    let year: number | null = null;
    if (year4) year = Number(year4);
    else if (year2) {
      if (isCountNoun(wordAfter(text, end))) {
        end = start + whole.lastIndexOf(year2);
        end = start + text.slice(start, end).trimEnd().length;
      } else year = expandYear(year2, reference);
    }
    if (year !== null) {
      const date = makeDay(year, month, day);
      if (date) found.push({ start, end, type: "DATE", value: dayValue(date) });
      continue;
    }
    const direction = directionOf(suffix, text, start, end, "closest");
    const date = resolveDayMonth(reference, month, day, weekday, direction);
    if (date) found.push({ start, end, type: "DATE", value: dayValue(date) });
  }
  return found;
}

/** « le 11-Septembre » names the 2001 attacks; other hyphenated day-months name a yearly holiday (« le 14-Juillet »). */
const NAMED_DAY = `${B}(\\d{1,2})-${FULL_MONTH}${E}`;

function findNamedDays(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchAll(text, NAMED_DAY, [DIGIT_GATE, FULL_MONTH_GATE])) {
    const day = Number(match[1]);
    const month = monthNumber(match[2]);
    if (match[2][0] !== match[2][0].toUpperCase() || !makeDay(2000, month, day)) continue;
    const value = day === 11 && month === 9 ? "2001-09-11" : `XXXX-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value });
  }
  return found;
}

/** Finds months with a year (« décembre 2016 », « octobre 98 ») or with a word that makes them dates (« en mars », « mai dernier »). */
const MONTH_DATE = `${B}${EDGE}((?:le\\s+)?mois\\s+(?:de\\s+|d${Q}))?${FULL_MONTH}(?:\\s+(?:${YEAR4}|(\\d{2})(?![\\d\\p{L}])))?${RELATIVE_SUFFIX}${E}`;

function findMonths(text: string, reference: Reference): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchAll(text, MONTH_DATE, FULL_MONTH_GATE)) {
    const [whole, monthOf, monthWord, year4, year2, suffix] = match;
    let start = match.index;
    let end = start + whole.length;
    const month = monthNumber(monthWord);
    if (!month) continue;
    const edge = whole.slice(0, whole.toLowerCase().indexOf(monthOf ? monthOf.toLowerCase() : monthWord.toLowerCase()));
    let year: number | null = null;
    if (year4) year = Number(year4);
    else if (year2 && !isCountNoun(wordAfter(text, end))) year = expandYear(year2, reference);
    else if (year2) end = start + whole.toLowerCase().indexOf(monthWord.toLowerCase()) + monthWord.length;
    const before = wordBefore(text, start);
    const trusted = year !== null || Boolean(monthOf) || Boolean(suffix) || edge.trim() !== "" || MONTH_TRIGGERS.has(before);
    if (!trusted) continue;
    // « du 8 novembre » is a day, found elsewhere; a month word right after a day number is never a bare month.
    if (/\d\s*$/.test(text.slice(Math.max(0, start - 4), start))) continue;
    if (year !== null) {
      const date = makeDay(year, month, 1);
      if (date) found.push({ start, end, type: "DATE", value: monthValue(date) });
      continue;
    }
    const direction = directionOf(suffix, text, start, end, "closest");
    const value = resolveMonth(reference, month, direction);
    if (value) found.push({ start, end, type: "DATE", value });
    start = end;
  }
  return found;
}

/** Finds four-digit years in a plausible setting: « en 2020 », « la présidentielle de 2020 », « 1999-2000 », « l'année 2001 ». */
const YEAR_DATE = `${B}${EDGE}((?:l${Q}|en\\s+l${Q})?(?:année|an)\\s+)?${YEAR4}`;

function findYears(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchAll(text, YEAR_DATE, YEAR_GATE)) {
    const [whole, yearWord, yearRaw] = match;
    const start = match.index;
    const end = start + whole.length;
    if (/^[\p{L}\p{N}]/u.test(text.slice(end, end + 1))) continue;
    const year = Number(yearRaw);
    const before = wordBefore(text, start);
    const after = wordAfter(text, end);
    const edge = whole.slice(0, whole.length - yearRaw.length - (yearWord?.length ?? 0)).trim();
    if (COUNT_BEFORE.has(before.replace(/\.$/, "")) && !yearWord && !edge) continue;
    if (/[€$£%]/.test(text.slice(end, end + 3)) || /[€$£]\s*$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    if (isCountNoun(after)) continue;
    if (/^\s*[hH]\b/.test(text.slice(end, end + 3))) continue;
    const dashRange = /\d{4}\s*[-–]\s*$/.test(text.slice(Math.max(0, start - 7), start)) || /^\s*[-–]\s*\d{4}/.test(text.slice(end, end + 7));
    const trusted = Boolean(yearWord) || edge !== "" || YEAR_TRIGGERS.has(before) || dashRange || before.endsWith("-");
    if (year < 1000 || year > 2099) continue;
    if (!trusted && (year < 1900 || year > 2099)) continue;
    found.push({ start, end, type: "DATE", value: String(year) });
  }
  return found;
}

/** Finds decades (« les années 60 » → 196X) and centuries (« le XIXe siècle » → 18XX). */
const DECADE_TENS = ["vingt", "trente", "quarante", "cinquante", "soixante", "soixante-dix", "quatre-vingt", "quatre-vingts", "quatre-vingt-dix"];
const DECADE = `${B}(?:les\\s+)?années\\s+(\\d{4}|\\d{2}|${alternation(DECADE_TENS)})${E}`;
const CENTURY = `${B}([IVXL]+|\\d{1,2})(?:e|è|ème|eme|er|ᵉ)\\s+siècle${E}`;
const DECADE_GATE = wordGate("années");
const CENTURY_GATE = wordGate("siècle");

function findDecadesAndCenturies(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchAll(text, DECADE, DECADE_GATE)) {
    const raw = match[1].toLowerCase();
    let decade: number | null = null;
    if (/^\d{4}$/.test(raw)) decade = Math.floor(Number(raw) / 10);
    else if (/^\d{2}$/.test(raw)) decade = 190 + Math.floor(Number(raw) / 10);
    else {
      const value = raw.startsWith("quatre-vingt") ? (raw.endsWith("dix") ? 90 : 80) : raw === "soixante-dix" ? 70 : NUMBER_WORDS[raw];
      if (value) decade = 190 + Math.floor(value / 10);
    }
    if (decade === null || decade < 100 || decade > 209) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value: `${decade}X` });
  }
  for (const match of matchAll(text, CENTURY, CENTURY_GATE)) {
    const raw = match[1];
    let century = 0;
    if (/^\d+$/.test(raw)) century = Number(raw);
    else {
      for (let i = 0; i < raw.length; i += 1) {
        const value = ROMAN[raw[i]] ?? 0;
        const next = ROMAN[raw[i + 1]] ?? 0;
        century += value < next ? -value : value;
      }
    }
    if (century < 1 || century > 21) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value: `${String(century - 1).padStart(2, "0")}XX` });
  }
  return found;
}

/** Finds numeric dates: « 30/12/2016 », « 30.12.16 », « 2016-12-30 ». */
function findNumericDates(text: string, reference: Reference): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchAll(text, `(?<![\\d.,/])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d]|[.,/]\\d)`, [DIGIT_GATE, SLASH_OR_DOT_GATE])) {
    const year = match[4].length === 2 ? expandYear(match[4], reference) : Number(match[4]);
    const date = makeDay(year, Number(match[3]), Number(match[1]));
    if (date) found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value: dayValue(date) });
  }
  for (const match of matchAll(text, `(?<![\\d.,/-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])`, [DIGIT_GATE, HYPHEN_GATE])) {
    const date = makeDay(Number(match[1]), Number(match[2]), Number(match[3]));
    if (date) found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value: dayValue(date) });
  }
  return found;
}

/**
 * Finds dates written with a month or a year, resolved against the reference.
 * « l'élection présidentielle du 8 novembre » (ref. 2016-12) → « 8 novembre » 2016-11-08; « en décembre 2016 » → 2016-12.
 */
export function findAbsoluteDates(text: string, reference: Reference): Candidate[] {
  return [
    ...findDayMonth(text, reference),
    ...findNamedDays(text),
    ...findMonths(text, reference),
    ...findYears(text),
    ...findDecadesAndCenturies(text),
    ...findNumericDates(text, reference),
  ];
}
