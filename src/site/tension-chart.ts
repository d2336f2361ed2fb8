import { daysInMonth } from "../calendar-days.ts";
import type { EventRecord } from "../types.ts";
import { capitalize, eventDate, monthLabel } from "./filters.ts";

/** Whether a score leans to conflict (below 0), cooperation (above 0) or neither. */
export type Tone = "conflit" | "cooperation" | "neutre";

export interface ChartMonth {
  /** "2016-12". */
  key: string;
  /** « Décembre 2016 ». */
  label: string;
  /** Left edge of the month's band and its width. */
  x: number;
  width: number;
  count: number;
  /** Mean Goldstein score of the month's events, rounded to one decimal. */
  mean: number;
  /** « −3,7 ». */
  meanLabel: string;
  tone: Tone;
  /** The bar from the zero line to the mean. */
  bar: { x: number; y: number; width: number; height: number };
  events: { id: string; title: string; dateLabel: string; scoreLabel: string }[];
}

export interface ChartMark {
  id: string;
  x: number;
  y: number;
  tone: Tone;
  approximate: boolean;
  /** What the mark says when pointed at or read: « 30 décembre 2016 — Vladimir Poutine rejette… (score −4) ». */
  label: string;
}

export interface TensionChart {
  width: number;
  height: number;
  radius: number;
  plot: { left: number; right: number; top: number; bottom: number };
  zeroY: number;
  yTicks: { value: number; label: string; y: number }[];
  xTicks: { label: string; x: number }[];
  months: ChartMonth[];
  marks: ChartMark[];
  /** « juillet 2016 », « décembre 2021 ». */
  from: string;
  to: string;
  /** Events known only by their year: they have no month to sit in and are left out (and counted). */
  leftOut: number;
  /** A sentence for `<desc>`: what is drawn, over which period, and the most conflictual and cooperative months. */
  description: string;
}

const WIDTH = 800;
const HEIGHT = 300;
const PLOT = { left: 44, right: 790, top: 14, bottom: 270 };
const RADIUS = 4.5;

/**
 * The geometry of the tension chart: for each month of the period, the mean Goldstein conflict–cooperation score of
 * its events (a bar from zero), and each event as a mark at its date and score. Scores run from −10 (conflict) to
 * +10 (cooperation) on a fixed scale, so two corpora read alike. Day events sit at their day within the month band,
 * month events at its middle; marks that would fall on the same spot are spread sideways.
 * Returns undefined when no event is dated to the month or day.
 */
export function tensionChart(events: EventRecord[], options: { marks: boolean } = { marks: true }): TensionChart | undefined {
  const dated = events.filter((event) => event.precision !== "year");
  if (dated.length === 0) return undefined;
  const keys = dated.map((event) => event.date.slice(0, 7)).sort();
  const first = keys[0];
  const last = keys.at(-1)!;
  const count = monthIndex(last) - monthIndex(first) + 1;
  const band = (PLOT.right - PLOT.left) / count;
  const y = (score: number) => round(PLOT.top + ((10 - score) / 20) * (PLOT.bottom - PLOT.top));
  const zeroY = y(0);

  const byMonth = new Map<string, EventRecord[]>();
  for (const event of dated) {
    const key = event.date.slice(0, 7);
    const list = byMonth.get(key);
    if (list) list.push(event);
    else byMonth.set(key, [event]);
  }
  const months: ChartMonth[] = [...byMonth.keys()].sort().map((key) => {
    const list = byMonth.get(key)!;
    const mean = Math.round((list.reduce((sum, event) => sum + event.goldstein, 0) / list.length) * 10) / 10;
    const x = round(PLOT.left + (monthIndex(key) - monthIndex(first)) * band);
    const top = Math.min(y(mean), zeroY);
    return {
      key,
      label: capitalize(monthLabel(key)),
      x,
      width: round(band),
      count: list.length,
      mean,
      meanLabel: frenchNumber(mean),
      tone: toneOf(mean),
      bar: { x: round(x + band * 0.1), y: top, width: round(band * 0.8), height: Math.max(round(Math.abs(y(mean) - zeroY)), 1) },
      // A large archive draws the monthly bars only (each leads to its month page): one mark per event would not fit.
      events: !options.marks ? [] : list.map((event) => ({ id: event.id, title: event.title, dateLabel: eventDate(event.date, event.precision, event.approximate), scoreLabel: frenchNumber(event.goldstein) })),
    };
  });

  const taken = new Map<string, number>();
  const marks: ChartMark[] = !options.marks ? [] : dated.map((event) => {
    const key = event.date.slice(0, 7);
    const within = event.precision === "day" ? (Number(event.date.slice(8, 10)) - 0.5) / daysIn(key) : 0.5;
    const baseX = PLOT.left + (monthIndex(key) - monthIndex(first) + within) * band;
    const baseY = y(event.goldstein);
    const spot = `${Math.round(baseX / RADIUS)}:${baseY}`;
    const rank = taken.get(spot) ?? 0;
    taken.set(spot, rank + 1);
    // 0, +1, −1, +2, −2…: same-spot marks spread both ways, each a diameter (plus a hair) from the last.
    const offset = (rank % 2 === 1 ? 1 : -1) * Math.ceil(rank / 2) * (RADIUS * 2 + 1);
    return {
      id: event.id,
      x: round(Math.min(Math.max(baseX + offset, PLOT.left + RADIUS), PLOT.right - RADIUS)),
      y: baseY,
      tone: toneOf(event.goldstein),
      approximate: event.approximate,
      label: `${eventDate(event.date, event.precision, event.approximate)} — ${event.title} (score ${frenchNumber(event.goldstein)})`,
    };
  });

  const xTicks: TensionChart["xTicks"] = [];
  for (let index = monthIndex(first); index <= monthIndex(last); index++) {
    if (index % 12 === 0 || index === monthIndex(first)) xTicks.push({ label: String(Math.floor(index / 12)), x: round(PLOT.left + (index - monthIndex(first)) * band) });
  }
  // A year label too close to the next one (the period starts late in a year) would overlap it.
  if (xTicks.length > 1 && xTicks[1].x - xTicks[0].x < 36) xTicks.shift();

  const from = monthLabel(first);
  const to = monthLabel(last);
  const hardest = [...months].sort((a, b) => a.mean - b.mean || a.key.localeCompare(b.key))[0];
  const warmest = [...months].sort((a, b) => b.mean - a.mean || a.key.localeCompare(b.key))[0];
  const leftOut = events.length - dated.length;
  const description =
    `Score de Goldstein de chaque événement (de −10, conflit, à +10, coopération) et moyenne par mois, de ${from} à ${to} : ` +
    `${dated.length} événements sur ${months.length} mois. ` +
    `Mois le plus conflictuel : ${hardest.label.toLocaleLowerCase("fr")} (moyenne ${hardest.meanLabel}, ${hardest.count} événement${hardest.count > 1 ? "s" : ""}). ` +
    (warmest.mean > hardest.mean ? `Mois le plus coopératif : ${warmest.label.toLocaleLowerCase("fr")} (moyenne ${warmest.meanLabel}, ${warmest.count} événement${warmest.count > 1 ? "s" : ""}).` : "").trim() +
    (leftOut > 0 ? ` ${leftOut} événement${leftOut > 1 ? "s" : ""} daté${leftOut > 1 ? "s" : ""} à l'année seulement n'y figure${leftOut > 1 ? "nt" : ""} pas.` : "");

  return {
    width: WIDTH,
    height: HEIGHT,
    radius: RADIUS,
    plot: PLOT,
    zeroY,
    yTicks: [10, 5, 0, -5, -10].map((value) => ({ value, label: frenchNumber(value), y: y(value) })),
    xTicks,
    months,
    marks,
    from,
    to,
    leftOut,
    description: description.trim(),
  };
}

/** French number with a true minus sign and a decimal comma: −3.5 → « −3,5 », 2 → « +2 », 0 → « 0 ». */
export function frenchNumber(value: number): string {
  const text = Math.abs(value).toLocaleString("fr-FR", { maximumFractionDigits: 1 });
  return value < 0 ? `−${text}` : value > 0 ? `+${text}` : text;
}

function toneOf(score: number): Tone {
  return score < 0 ? "conflit" : score > 0 ? "cooperation" : "neutre";
}

function monthIndex(key: string): number {
  return Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
}

function daysIn(key: string): number {
  const [year, month] = key.split("-").map(Number);
  return daysInMonth(year, month);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
