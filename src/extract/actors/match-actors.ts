import { DateTime } from "luxon";
import type { Actor, ActorMention, ActorRegistry, Role } from "../../types.ts";
import { foldPhrase, foldText, isWordChar } from "./fold-text.ts";
import {
  COUNTERPART_HEADS,
  COURTESY_TITLES,
  FOLLOWER_BLOCKERS,
  LAST_MENTIONED,
  LEADING_DETERMINER,
  RANK_PATTERNS,
  ROLE_BLOCKERS,
} from "./role-words-fr.ts";

/** What the earlier sentences of the same text said, for « son homologue » and « ce dernier ». */
export interface MatchContext {
  /** Mentions of the previous sentence (or of the text so far), in text order. */
  previous?: ActorMention[];
  /** Id of the last person mentioned before this sentence. */
  lastPerson?: string;
}

/** A period [start, end) in ISO days. */
interface Period {
  start: string;
  end: string;
}

interface Entry {
  /** Candidate actors; more than one means an ambiguous name, resolved by context or dropped. */
  ids: string[];
  via: ActorMention["via"];
}

interface Lexicon {
  entries: Map<string, Entry>;
  /** Folded nationality adjective → country code. */
  adjectives: Map<string, string>;
}

interface Found extends ActorMention {
  /** Folded offsets, for the checks that look around the mention. */
  foldedStart: number;
  foldedEnd: number;
}

const lexicons = new WeakMap<ActorRegistry, Map<string, Lexicon>>();

/**
 * Finds the actors a French sentence names: names and aliases, role phrases resolved at the given date,
 * « son homologue américain » (the counterpart of the last person named) and « ce dernier » when one person fits.
 *
 * `on` is an ISO day, month or year. For a month or a year, a role phrase goes to the holder whose term
 * overlaps the period longest (a later term wins a tie): « le président américain » in "2017" is Trump, in "2017-01" Obama.
 * Matching ignores case and accents, works on whole words, and the longest phrase wins; mentions do not overlap.
 * A role phrase set beside a name (« le porte-parole du Kremlin, Dmitri Peskov ») gives one mention, of the named person.
 *
 * « Sergueï Lavrov a reçu son homologue américain » (2019-05-14) → serguei-lavrov (name), mike-pompeo (role).
 */
export function matchActors(sentence: string, registry: ActorRegistry, on: string, context: MatchContext = {}): ActorMention[] {
  const period = periodOf(on);
  const lexicon = lexiconFor(registry, period);
  const { folded, starts, ends } = foldText(sentence);
  const toMention = (foldedStart: number, foldedEnd: number, actorId: string, via: ActorMention["via"]): Found => {
    const start = starts[foldedStart];
    const end = ends[foldedEnd - 1];
    return { actorId, start, end, text: sentence.slice(start, end), via, foldedStart, foldedEnd };
  };
  const previousIds = new Set((context.previous ?? []).map((mention) => mention.actorId));

  // 1. Every occurrence of every phrase, longest first, without overlaps.
  const candidates: { start: number; end: number; entry: Entry }[] = [];
  for (const [phrase, entry] of lexicon.entries) {
    for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      if (isWordChar(folded[at - 1]) || isWordChar(folded[end])) continue;
      if (entry.via === "role" && ROLE_BLOCKERS.has(previousWord(folded, at))) continue;
      if (isBlockedByFollower(folded, phrase, end)) continue;
      candidates.push({ start: at, end, entry });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Found[] = [];
  const overlaps = (start: number, end: number) => taken.some((mention) => start < mention.foldedEnd && mention.foldedStart < end);
  for (const candidate of candidates) {
    if (overlaps(candidate.start, candidate.end)) continue;
    const ids = candidate.entry.ids.length > 1 ? candidate.entry.ids.filter((id) => previousIds.has(id)) : candidate.entry.ids;
    if (ids.length !== 1) continue;
    let start = candidate.start;
    const actor = registry.byId.get(ids[0]);
    if (actor?.kind === "person" && candidate.entry.via !== "role") {
      const title = COURTESY_TITLES.exec(folded.slice(Math.max(0, start - 12), start));
      if (title) start -= title[1].length + 1;
    }
    taken.push(toMention(start, candidate.end, ids[0], candidate.entry.via));
  }
  taken.sort((a, b) => a.foldedStart - b.foldedStart);

  // 2. « son homologue américain »: the counterpart, in that country, of the last person named before it.
  for (const counterpart of findCounterparts(folded, lexicon.adjectives)) {
    if (overlaps(counterpart.start, counterpart.end)) continue;
    const before = taken.filter((mention) => mention.foldedEnd <= counterpart.start);
    const lastPersonId = lastPersonOf(before, registry) ?? contextPerson(context, registry);
    const holder = lastPersonId ? counterpartOf(lastPersonId, counterpart.country, registry, period) : undefined;
    if (!holder) continue;
    taken.push(toMention(counterpart.start, counterpart.end, holder, "role"));
    taken.sort((a, b) => a.foldedStart - b.foldedStart);
  }

  // 3. A role beside a name is one mention of the named person.
  const merged = mergeAppositions(taken, sentence, registry);

  // 4. « ce dernier » / « cette dernière »: only when the nearest mention before it is a person of that gender.
  for (const [phrase, gender] of Object.entries(LAST_MENTIONED)) {
    for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      if (isWordChar(folded[at - 1]) || isWordChar(folded[end])) continue;
      const before = merged.filter((mention) => mention.foldedEnd <= at);
      const nearest = before.length > 0 ? before[before.length - 1].actorId : contextPerson(context, registry, true);
      const actor = nearest ? registry.byId.get(nearest) : undefined;
      if (!actor || actor.kind !== "person" || (actor.gender !== undefined && actor.gender !== gender)) continue;
      merged.push(toMention(at, end, actor.id, "pronoun"));
      merged.sort((a, b) => a.foldedStart - b.foldedStart);
    }
  }

  return merged.map(({ actorId, start, end, text, via }) => ({ actorId, start, end, text, via }));
}

/**
 * The country code of an actor: its own for a person or an institution, the one it is for a country.
 *
 * countryOf("kremlin", registry) → "RU"; countryOf("onu", registry) → undefined.
 */
export function countryOf(actorId: string, registry: ActorRegistry): string | undefined {
  return registry.byId.get(actorId)?.country;
}

/** The period an ISO day, month or year stands for. */
function periodOf(on: string): Period {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(on);
  if (!match) throw new Error(`matchActors: "${on}" is not an ISO day, month or year`);
  const [, year, month, day] = match;
  const unit = day ? "days" : month ? "months" : "years";
  const start = DateTime.fromObject({ year: Number(year), month: month ? Number(month) : 1, day: day ? Number(day) : 1 }, { zone: "utc" });
  return { start: start.toISODate()!, end: start.plus({ [unit]: 1 }).toISODate()! };
}

/** Days a role's term shares with the period; 0 when it does not overlap. */
function overlapDays(role: Role, period: Period): number {
  const start = role.from && role.from > period.start ? role.from : period.start;
  const end = role.to && role.to < period.end ? role.to : period.end;
  if (start >= end) return 0;
  return DateTime.fromISO(end, { zone: "utc" }).diff(DateTime.fromISO(start, { zone: "utc" }), "days").days;
}

function lexiconFor(registry: ActorRegistry, period: Period): Lexicon {
  let byPeriod = lexicons.get(registry);
  if (!byPeriod) lexicons.set(registry, (byPeriod = new Map()));
  const key = `${period.start}/${period.end}`;
  let lexicon = byPeriod.get(key);
  if (!lexicon) byPeriod.set(key, (lexicon = buildLexicon(registry, period)));
  return lexicon;
}

function buildLexicon(registry: ActorRegistry, period: Period): Lexicon {
  const entries = new Map<string, Entry>();
  const adjectives = new Map<string, string>();
  const adjectivesOf = new Map<string, string[]>();
  for (const actor of registry.actors) {
    if (actor.kind !== "country" || !actor.country) continue;
    const folded = (actor.adjectives ?? []).map(foldPhrase);
    adjectivesOf.set(actor.country, folded);
    for (const adjective of folded) adjectives.set(adjective, actor.country);
  }

  const addName = (phrase: string, actorId: string, via: "name" | "alias") => {
    const key = corePhrase(phrase);
    if (!key) return;
    const entry = entries.get(key);
    if (!entry) entries.set(key, { ids: [actorId], via });
    else if (!entry.ids.includes(actorId)) entry.ids.push(actorId);
  };
  for (const actor of registry.actors) {
    addName(actor.name, actor.id, "name");
    for (const alias of actor.aliases) addName(alias, actor.id, "alias");
  }

  // Role phrases: each goes to the holder whose term overlaps the period longest.
  const holders = new Map<string, { id: string; days: number; from: string }>();
  const offer = (phrase: string, actor: Actor, role: Role, days: number) => {
    const key = corePhrase(phrase);
    if (!key || entries.has(key)) return;
    const best = holders.get(key);
    const from = role.from ?? "";
    if (!best || days > best.days || (days === best.days && from > best.from)) holders.set(key, { id: actor.id, days, from });
  };
  for (const actor of registry.actors) {
    for (const role of actor.roles) {
      const days = overlapDays(role, period);
      if (days <= 0) continue;
      for (const description of role.descriptions) offer(description, actor, role, days);
      const patterns = role.rank ? RANK_PATTERNS[role.rank] : undefined;
      if (!patterns || !actor.country) continue;
      for (const adjective of adjectivesOf.get(actor.country) ?? []) {
        for (const pattern of patterns) offer(pattern.replace("{adj}", adjective), actor, role, days);
      }
    }
  }
  for (const [phrase, holder] of holders) entries.set(phrase, { ids: [holder.id], via: "role" });
  return { entries, adjectives };
}

/** The folded phrase without its leading determiner: « le président russe » → "president russe". */
function corePhrase(phrase: string): string {
  return foldPhrase(phrase).replace(LEADING_DETERMINER, "").trim();
}

function previousWord(folded: string, at: number): string {
  const match = /([\p{L}\p{N}]+)[' ]*$/u.exec(folded.slice(Math.max(0, at - 30), at));
  return match ? match[1] : "";
}

function isBlockedByFollower(folded: string, phrase: string, end: number): boolean {
  const lastWord = phrase.split(" ").pop() ?? "";
  const followers = FOLLOWER_BLOCKERS[lastWord];
  if (!followers) return false;
  const after = folded.slice(end);
  return followers.some((follower) => after.startsWith(` ${follower}`) && !isWordChar(after[follower.length + 1]));
}

function findCounterparts(folded: string, adjectives: Map<string, string>): { start: number; end: number; country: string }[] {
  const found: { start: number; end: number; country: string }[] = [];
  const byLength = [...adjectives.keys()].sort((a, b) => b.length - a.length);
  for (const head of COUNTERPART_HEADS) {
    for (let at = folded.indexOf(head); at >= 0; at = folded.indexOf(head, at + 1)) {
      if (isWordChar(folded[at - 1])) continue;
      const nounStart = at + head.indexOf("homologue");
      const rest = folded.slice(at + head.length);
      const adjective = byLength.find((candidate) => rest.startsWith(` ${candidate}`) && !isWordChar(rest[candidate.length + 1]));
      if (!adjective) continue;
      found.push({ start: nounStart, end: at + head.length + 1 + adjective.length, country: adjectives.get(adjective)! });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function lastPersonOf(mentions: ActorMention[], registry: ActorRegistry): string | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    if (registry.byId.get(mentions[i].actorId)?.kind === "person") return mentions[i].actorId;
  }
  return undefined;
}

/**
 * The person the earlier sentences ended on. With `nearestOnly`, the last earlier mention must itself be
 * that person (for « ce dernier », a country or an institution in between makes the reference unsafe).
 */
function contextPerson(context: MatchContext, registry: ActorRegistry, nearestOnly = false): string | undefined {
  const previous = context.previous ?? [];
  if (previous.length > 0) {
    if (!nearestOnly) return lastPersonOf(previous, registry);
    const last = previous[previous.length - 1].actorId;
    return registry.byId.get(last)?.kind === "person" ? last : undefined;
  }
  return context.lastPerson;
}

/** The ranked role an actor holds in the period, the longest-held one when several do. */
function rankOf(actor: Actor, period: Period): string | undefined {
  let best: { rank: string; days: number } | undefined;
  for (const role of actor.roles) {
    const days = role.rank ? overlapDays(role, period) : 0;
    if (days > 0 && (!best || days > best.days)) best = { rank: role.rank!, days };
  }
  return best?.rank;
}

/** Who holds, in `country`, the rank the given person holds in the period. */
function counterpartOf(personId: string, country: string, registry: ActorRegistry, period: Period): string | undefined {
  const person = registry.byId.get(personId);
  if (!person || person.country === country) return undefined;
  const rank = rankOf(person, period);
  if (!rank) return undefined;
  let best: { id: string; days: number } | undefined;
  for (const actor of registry.actors) {
    if (actor.kind !== "person" || actor.country !== country) continue;
    for (const role of actor.roles) {
      const days = role.rank === rank ? overlapDays(role, period) : 0;
      if (days > 0 && (!best || days > best.days)) best = { id: actor.id, days };
    }
  }
  return best?.id;
}

/**
 * « le président russe Vladimir Poutine », « le porte-parole du Kremlin, Dmitri Peskov » → one mention of the named person.
 * « Sergueï Lavrov, le chef de la diplomatie russe » → one mention when the role resolves to the same person.
 */
function mergeAppositions(mentions: Found[], sentence: string, registry: ActorRegistry): Found[] {
  const result: Found[] = [];
  for (const mention of mentions) {
    const previous = result[result.length - 1];
    if (previous) {
      const between = sentence.slice(previous.end, mention.start);
      const isPerson = (id: string) => registry.byId.get(id)?.kind === "person";
      const roleThenName = previous.via === "role" && mention.via !== "role" && isPerson(mention.actorId) && /^\s*,?\s*$/u.test(between);
      const nameThenRole = previous.via !== "role" && mention.via === "role" && previous.actorId === mention.actorId && /^\s*,\s*(?:(?:le|la)\s+|l['’])?$/iu.test(between);
      const sameTwice = previous.actorId === mention.actorId && /^\s*,?\s*$/u.test(between);
      if (roleThenName || nameThenRole || sameTwice) {
        const keep = roleThenName ? mention : previous;
        result[result.length - 1] = {
          ...keep,
          start: previous.start,
          end: mention.end,
          text: sentence.slice(previous.start, mention.end),
          foldedStart: previous.foldedStart,
          foldedEnd: mention.foldedEnd,
        };
        continue;
      }
    }
    result.push(mention);
  }
  return result;
}
