import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import type { Article } from "../types.ts";
import { tagDates } from "../extract/temporal/index.ts";
import { blocksOf } from "../extract/split-sentences.ts";

/** A generated article file: where it goes under the corpus folder, and its text. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** Writes a generated article under the corpus folder, in its year's folder. (I/O) */
export function writeCorpusFile(folder: string, file: CorpusFile): void {
  const target = path.join(folder, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, file.text);
}

/** Names and places swapped between generated articles, so that actors and search terms vary. */
const VARIANTS: [string, string[]][] = [
  ["Sotchi", ["Genève", "Helsinki", "Vienne", "Reykjavik", "Sotchi"]],
  ["Maryland", ["Maryland", "Delaware", "Virginie", "Connecticut"]],
  ["New York", ["New York", "San Francisco", "Seattle", "Houston"]],
  ["ABC News", ["ABC News", "CNN", "CBS", "Fox News"]],
  ["NBC", ["NBC", "CNN", "CBS", "PBS"]],
  ["Hillary Clinton", ["Hillary Clinton", "Kamala Harris", "Hillary Clinton"]],
  ["Mike Pompeo", ["Mike Pompeo", "Rex Tillerson", "Antony Blinken", "John Kerry"]],
  ["Bernie Sanders", ["Bernie Sanders", "Elizabeth Warren", "Pete Buttigieg"]],
];

const MONTH_NAMES = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** A small deterministic generator (mulberry32): the same seed gives the same corpus on every machine. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Makes `count` synthetic French articles from the given ones: paragraphs recombined, names and places varied,
 * publication dates spread over 2000–2025 with every date of the text shifted by the same whole number of weeks
 * (so weekdays stay true), so that the extraction has the same kind of work as on real news.
 */
export function makeCorpus(bases: Article[], count: number, seed = 1): CorpusFile[] {
  const random = randomFrom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const files: CorpusFile[] = [];
  for (let index = 0; index < count; index++) {
    const base = bases[index % bases.length];
    const other = bases[(index + 1 + Math.floor(random() * (bases.length - 1))) % bases.length];
    // A month-only publication is at the latest the month's last day: its text's days come before it.
    const published = base.published.length === 7 ? DateTime.fromISO(`${base.published}-01`, { zone: "utc" }).endOf("month").toISODate()! : base.published;
    const target = DateTime.fromISO("2000-01-03", { zone: "utc" }).plus({ days: Math.floor(random() * 9400) });
    const weeks = Math.round(target.diff(DateTime.fromISO(published, { zone: "utc" }), "days").days / 7);
    const shift = (text: string, reference: string) => shiftDates(text, reference, weeks);
    const newPublished = base.published.length === 7 ? shiftValue(published, weeks)!.slice(0, 7) : shiftValue(published, weeks)!;

    const paragraphs = blocksOf(base.body).map((block) => block.text).filter((text) => !text.startsWith("#"));
    const borrowed = pick(blocksOf(other.body).filter((block) => !block.text.startsWith("#"))).text;
    const [first, ...rest] = paragraphs.map((paragraph) => shift(paragraph, base.published));
    const mixed = [first, ...shuffle(rest.concat(shift(borrowed, other.published)), random)];
    let body = mixed.join("\n\n");
    let title = shift(base.title, base.published);
    for (const [name, replacements] of VARIANTS) {
      const replacement = pick(replacements);
      body = body.split(name).join(replacement);
      title = title.split(name).join(replacement);
    }
    const number = String(index + 1).padStart(6, "0");
    const year = newPublished.slice(0, 4);
    files.push({
      path: `${year}/${newPublished}-synthese-${number}.md`,
      text: `---\ntitle: ${JSON.stringify(`${title} (${number})`)}\ndate: "${newPublished}"\n${base.source ? `source: ${JSON.stringify(base.source)}\n` : ""}lang: fr\n---\n\n${body}\n`,
    });
  }
  return files;
}

/** Rewrites the written dates of a text (day numbers, months, years) as if everything happened `weeks` later. */
export function shiftDates(text: string, reference: string, weeks: number): string {
  let result = "";
  let at = 0;
  for (const timex of tagDates(text, reference)) {
    if (timex.type !== "DATE" || !/\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre/i.test(timex.text)) continue;
    const shifted = shiftValue(timex.value, weeks);
    if (!shifted) continue;
    result += text.slice(at, timex.start) + rewrite(timex.text, timex.value, shifted);
    at = timex.end;
  }
  return result + text.slice(at);
}

function shiftValue(value: string, weeks: number): string | undefined {
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (day) return DateTime.fromISO(day[1], { zone: "utc" }).plus({ weeks }).toISODate() ?? undefined;
  const month = /^(\d{4}-\d{2})$/.exec(value);
  if (month) return DateTime.fromISO(`${month[1]}-15`, { zone: "utc" }).plus({ weeks }).toFormat("yyyy-MM");
  const year = /^(\d{4})$/.exec(value);
  if (year) return DateTime.fromISO(`${year[1]}-07-01`, { zone: "utc" }).plus({ weeks }).toFormat("yyyy");
  return undefined;
}

function rewrite(text: string, from: string, to: string): string {
  const [, fromMonth, fromDay] = from.split("-");
  const [toYear, toMonth, toDay] = to.split("-");
  let out = text.replace(/\b\d{4}\b/, toYear);
  if (fromMonth && toMonth) out = out.replace(new RegExp(MONTH_NAMES[Number(fromMonth) - 1], "i"), MONTH_NAMES[Number(toMonth) - 1]);
  if (fromDay && toDay) out = out.replace(/\b(?:1er|\d{1,2})\b(?!\d)/, Number(toDay) === 1 ? "1er" : String(Number(toDay)));
  return out;
}

function shuffle<T>(list: T[], random: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
