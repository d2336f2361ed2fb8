import { DateTime } from "luxon";
import type { Actor, ActorMention, ActorRegistry, Role } from "../../types.ts";
import { foldPhrase, foldText, isWordChar, isWordCode, type FoldedText } from "./fold-text.ts";
import { charTable, childRow, type CharTable } from "../char-table.ts";
import { codeUnitWordsOf, wordsOf } from "../words-of.ts";
import {
  COUNTERPART_HEADS,
  COURTESY_TITLES,
  FOLLOWER_BLOCKERS,
  LAST_MENTIONED,
  LEADING_DETERMINER,
  RANK_PATTERNS,
  ROLE_BLOCKERS,
} from "./role-words-fr.ts";
import { sortInPlace } from "../sort-in-place.ts";
import { allDayRange, daysFromEpoch, daysInMonth } from "../../calendar-days.ts";
import { isSurrogate } from "../surrogates.ts";

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
  /** The holder of each role phrase in the period, worked out when first met (null: nobody holds it then). */
  holders: Map<Phrase, string | null>;
}

interface Entry {
  /** Candidate actors; more than one means an ambiguous name, resolved by context or dropped. */
  ids: string[];
  via: ActorMention["via"];
}

/** A folded phrase of the registry: a name or alias of some actors, or a role phrase offered to the holders of roles. */
interface Phrase {
  text: string;
  /** Set when the phrase is a name or an alias; a role phrase equal to a name is never a role. */
  name?: Entry;
  /** Who may hold the phrase as a role, in the order the holders are weighed (the first of equals wins). */
  offers: { actor: Actor; role: Role }[];
  /** Words that, right after the phrase, make it another place (« l'Amérique latine »). */
  followers?: string[];
}

/**
 * What may follow a first word in the phrases that start with it, character by character: a phrase ends at a node that
 * holds it. Far fewer of these nodes are ever reached than of the tree of first words: each keeps its children in two
 * short lists rather than in a table.
 */
interface RestNode {
  phrase?: Phrase;
  codes: number[];
  next: RestNode[];
}

/** Everything matchActors needs from a registry that does not depend on the date; built once per registry. */
interface Lexicon {
  /** The actors array and its length when the lexicon was built: a changed registry gets a new lexicon. */
  actors: Actor[];
  count: number;
  /**
   * Phrases by their first word, in a table of its characters, each with the tree of what follows it: at a word, one walk
   * finds every phrase written from there, rather than each phrase that starts with the word being compared in turn.
   */
  byFirstWord: CharTable<RestNode>;
  /** Phrases that do not start with a letter or digit, searched for everywhere. */
  others: Phrase[];
  /** Folded nationality adjective → country code. */
  adjectives: Map<string, string>;
  /** The adjectives, longest first. */
  adjectivesByLength: string[];
  /** Periods already read, by the date string given to matchActors. */
  periods: Map<string, Period>;
}

interface Found extends ActorMention {
  /** Folded offsets, for the checks that look around the mention. */
  foldedStart: number;
  foldedEnd: number;
}

const lexicons = new WeakMap<ActorRegistry, Lexicon>();

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
  const lexicon = lexiconFor(registry);
  const period = periodIn(lexicon, on);
  const folding = foldText(sentence);
  const { folded } = folding;

  // 1. Every occurrence of every phrase, longest first, without overlaps.
  const candidates: { start: number; end: number; entry: Entry }[] = [];
  // A letter of two code units ends a name here, where it belongs to a word for the trigger words: see codeUnitWordsOf.
  const shared = wordsOf(folded);
  const { starts, ends } = shared.astral ? codeUnitWordsOf(folded) : shared;
  const { byFirstWord } = lexicon;
  for (let i = 0; i < starts.length; i++) {
    let row = 0;
    for (let at = starts[i]; at < ends[i]; at++) if ((row = childRow(byFirstWord, row, folded.charCodeAt(at))) === 0) break;
    const rest = row === 0 ? undefined : byFirstWord.values[row];
    if (rest) addCandidatesAt(candidates, period, folded, rest, starts[i], ends[i]);
  }
  for (const phrase of lexicon.others) {
    for (let at = folded.indexOf(phrase.text); at >= 0; at = folded.indexOf(phrase.text, at + 1)) {
      if (!isWordChar(folded[at - 1])) addCandidate(candidates, period, folded, phrase, at);
    }
  }
  sortInPlace(candidates, (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Found[] = [];
  // Only an ambiguous name needs them.
  let previousIds: Set<string> | undefined;
  for (const candidate of candidates) {
    if (overlaps(taken, candidate.start, candidate.end)) continue;
    let { ids } = candidate.entry;
    if (ids.length > 1) {
      previousIds ??= new Set((context.previous ?? []).map((mention) => mention.actorId));
      ids = ids.filter((id) => previousIds!.has(id));
    }
    if (ids.length !== 1) continue;
    let start = candidate.start;
    const actor = registry.byId.get(ids[0]);
    if (actor?.kind === "person" && candidate.entry.via !== "role") {
      const title = COURTESY_TITLES.exec(folded.slice(Math.max(0, start - 12), start));
      if (title) start -= title[1].length + 1;
    }
    taken.push(toMention(sentence, folding, start, candidate.end, ids[0], candidate.entry.via));
  }
  sortInPlace(taken, (a, b) => a.foldedStart - b.foldedStart);

  // 2. « son homologue américain »: the counterpart, in that country, of the last person named before it.
  for (const counterpart of findCounterparts(folded, lexicon)) {
    if (overlaps(taken, counterpart.start, counterpart.end)) continue;
    const before = taken.filter((mention) => mention.foldedEnd <= counterpart.start);
    const lastPersonId = lastPersonOf(before, registry) ?? contextPerson(context, registry);
    const holder = lastPersonId ? counterpartOf(lastPersonId, counterpart.country, registry, period) : undefined;
    if (!holder) continue;
    taken.push(toMention(sentence, folding, counterpart.start, counterpart.end, holder, "role"));
    sortInPlace(taken, (a, b) => a.foldedStart - b.foldedStart);
  }

  // 3. A role beside a name is one mention of the named person.
  const merged = mergeAppositions(taken, sentence, registry);

  // 4. « ce dernier » / « cette dernière »: only when the nearest mention before it is a person of that gender.
  // Every one of them holds « dernier »: a sentence without it has none.
  if (folded.includes("dernier")) for (const [phrase, gender] of LAST_MENTIONED_ENTRIES) {
    for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      if (isWordChar(folded[at - 1]) || isWordChar(folded[end])) continue;
      const before = merged.filter((mention) => mention.foldedEnd <= at);
      const nearest = before.length > 0 ? before[before.length - 1].actorId : contextPerson(context, registry, true);
      const actor = nearest ? registry.byId.get(nearest) : undefined;
      if (!actor || actor.kind !== "person" || (actor.gender !== undefined && actor.gender !== gender)) continue;
      merged.push(toMention(sentence, folding, at, end, actor.id, "pronoun"));
      sortInPlace(merged, (a, b) => a.foldedStart - b.foldedStart);
    }
  }

  return merged.map(({ actorId, start, end, text, via }) => ({ actorId, start, end, text, via }));
}

const LAST_MENTIONED_ENTRIES = Object.entries(LAST_MENTIONED);

/**
 * The country code of an actor: its own for a person or an institution, the one it is for a country.
 *
 * countryOf("kremlin", registry) → "RU"; countryOf("onu", registry) → undefined.
 */
export function countryOf(actorId: string, registry: ActorRegistry): string | undefined {
  return registry.byId.get(actorId)?.country;
}

/** A mention from folded offsets, with its offsets and words in the sentence as written. */
function toMention(sentence: string, folding: FoldedText, foldedStart: number, foldedEnd: number, actorId: string, via: ActorMention["via"]): Found {
  const start = folding.startOf(foldedStart);
  const end = folding.endOf(foldedEnd - 1);
  return { actorId, start, end, text: sentence.slice(start, end), via, foldedStart, foldedEnd };
}

function overlaps(taken: Found[], start: number, end: number): boolean {
  return taken.some((mention) => start < mention.foldedEnd && mention.foldedStart < end);
}

/**
 * Adds the phrases written from the word that runs from `at` to `wordEnd` and starts them: down the tree of what follows
 * that first word (`rest`), as far as the text goes on along it.
 */
function addCandidatesAt(
  candidates: { start: number; end: number; entry: Entry }[], period: Period, folded: string, rest: RestNode, at: number, wordEnd: number,
): void {
  let node: RestNode | undefined = rest;
  for (let next = wordEnd; node; next++) {
    if (node.phrase) addCandidate(candidates, period, folded, node.phrase, at);
    node = next < folded.length ? nextOf(node, folded.charCodeAt(next)) : undefined;
  }
}

/** A node with no phrase yet: every node has the same keys from the start, so that the walk reads one shape. */
function restNode(): RestNode {
  return { phrase: undefined, codes: [], next: [] };
}

function nextOf(node: RestNode, code: number): RestNode | undefined {
  const { codes } = node;
  for (let i = 0; i < codes.length; i++) if (codes[i] === code) return node.next[i];
  return undefined;
}

/**
 * Adds the phrase, written at `at`, as a candidate when it stands there as whole words, is not blocked, and names
 * someone in the period.
 */
function addCandidate(
  candidates: { start: number; end: number; entry: Entry }[], period: Period, folded: string, phrase: Phrase, at: number,
): void {
  const end = at + phrase.text.length;
  if (isWordChar(folded[end])) return;
  let entry = phrase.name;
  if (!entry) {
    const holder = holderOf(period, phrase);
    if (holder === null) return;
    entry = { ids: [holder], via: "role" };
    if (ROLE_BLOCKERS.has(previousWord(folded, at))) return;
  }
  if (phrase.followers && isBlockedByFollower(folded, phrase.followers, end)) return;
  candidates.push({ start: at, end, entry });
}

/** The holder of a role phrase in the period: the one whose term overlaps it longest (a later term wins a tie); null when none does. */
function holderOf(period: Period, phrase: Phrase): string | null {
  const { holders } = period;
  let holder = holders.get(phrase);
  if (holder === undefined) {
    let best: { id: string; days: number; from: string } | undefined;
    for (const { actor, role } of phrase.offers) {
      const days = overlapDays(role, period);
      if (days <= 0) continue;
      const from = role.from ?? "";
      if (!best || days > best.days || (days === best.days && from > best.from)) best = { id: actor.id, days, from };
    }
    holder = best ? best.id : null;
    holders.set(phrase, holder);
  }
  return holder;
}

/** The period an ISO day, month or year stands for, read once per date string. */
function periodIn(lexicon: Lexicon, on: string): Period {
  let period = lexicon.periods.get(on);
  if (!period) {
    period = periodOf(on);
    if (lexicon.periods.size > 100_000) lexicon.periods.clear();
    lexicon.periods.set(on, period);
  }
  return period;
}

/** The period an ISO day, month or year stands for. */
function periodOf(on: string): Period {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(on);
  if (!match) throw new Error(`matchActors: "${on}" is not an ISO day, month or year`);
  const [, year, month, day] = match;
  const first = { year: Number(year), month: month ? Number(month) : 1, day: day ? Number(day) : 1 };
  // Counted on the numbers: each date of each article is a new period, and luxon takes microseconds to build one.
  // (A period of 9999 would end in year 10000, which luxon writes its own way.)
  if (first.year < 9999 && isCountedDay(first.year, first.month, first.day)) {
    const [start, end] = allDayRange(match[0]);
    return { start, end, holders: new Map() };
  }
  const unit = day ? "days" : month ? "months" : "years";
  const start = DateTime.fromObject(first, { zone: "utc" });
  return { start: start.toISODate()!, end: start.plus({ [unit]: 1 }).toISODate()!, holders: new Map() };
}

/** Days a role's term shares with the period; 0 when it does not overlap. */
function overlapDays(role: Role, period: Period): number {
  const start = role.from && role.from > period.start ? role.from : period.start;
  const end = role.to && role.to < period.end ? role.to : period.end;
  if (start >= end) return 0;
  const days = dayNumber(end) - dayNumber(start);
  if (Number.isInteger(days)) return days;
  return DateTime.fromISO(end, { zone: "utc" }).diff(DateTime.fromISO(start, { zone: "utc" }), "days").days;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a valid ISO day from year 1000 to 9999; NaN for anything else (then luxon decides). */
function dayNumber(iso: string): number {
  const match = ISO_DAY.exec(iso);
  if (!match) return NaN;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isCountedDay(year, month, day) ? daysFromEpoch(year, month, day) : NaN;
}

/** A day that exists, of a year from 1000 to 9999: one the periods count on numbers rather than with luxon. */
function isCountedDay(year: number, month: number, day: number): boolean {
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function lexiconFor(registry: ActorRegistry): Lexicon {
  let lexicon = lexicons.get(registry);
  if (!lexicon || lexicon.actors !== registry.actors || lexicon.count !== registry.actors.length) {
    lexicons.set(registry, (lexicon = buildLexicon(registry)));
  }
  return lexicon;
}

function buildLexicon(registry: ActorRegistry): Lexicon {
  const phrases = new Map<string, Phrase>();
  const adjectives = new Map<string, string>();
  const adjectivesOf = new Map<string, string[]>();
  for (const actor of registry.actors) {
    if (actor.kind !== "country" || !actor.country) continue;
    const folded = (actor.adjectives ?? []).map(foldPhrase);
    adjectivesOf.set(actor.country, folded);
    for (const adjective of folded) adjectives.set(adjective, actor.country);
  }
  const phraseOf = (text: string): Phrase => {
    let phrase = phrases.get(text);
    if (!phrase) phrases.set(text, (phrase = { text, offers: [] }));
    return phrase;
  };

  const addName = (text: string, actorId: string, via: "name" | "alias") => {
    const key = corePhrase(text);
    if (!key) return;
    const phrase = phraseOf(key);
    if (!phrase.name) phrase.name = { ids: [actorId], via };
    else if (!phrase.name.ids.includes(actorId)) phrase.name.ids.push(actorId);
  };
  for (const actor of registry.actors) {
    addName(actor.name, actor.id, "name");
    for (const alias of actor.aliases) addName(alias, actor.id, "alias");
  }

  // Role phrases: each goes, in a given period, to the holder whose term overlaps it longest (see holderOf).
  const offer = (text: string, actor: Actor, role: Role) => {
    const key = corePhrase(text);
    if (!key) return;
    const phrase = phraseOf(key);
    if (!phrase.name) phrase.offers.push({ actor, role });
  };
  for (const actor of registry.actors) {
    for (const role of actor.roles) {
      for (const description of role.descriptions) offer(description, actor, role);
      const patterns = role.rank ? RANK_PATTERNS[role.rank] : undefined;
      if (!patterns || !actor.country) continue;
      for (const adjective of adjectivesOf.get(actor.country) ?? []) {
        for (const pattern of patterns) offer(pattern.replace("{adj}", adjective), actor, role);
      }
    }
  }

  const byFirstWord = new Map<string, RestNode>();
  const others: Phrase[] = [];
  for (const phrase of phrases.values()) {
    if (!phrase.name && phrase.offers.length === 0) continue;
    const followers = FOLLOWER_BLOCKERS[phrase.text.split(" ").pop() ?? ""];
    if (followers) phrase.followers = followers;
    let wordEnd = 0;
    while (wordEnd < phrase.text.length && isWordChar(phrase.text[wordEnd])) wordEnd++;
    if (wordEnd === 0) {
      others.push(phrase);
      continue;
    }
    const firstWord = phrase.text.slice(0, wordEnd);
    const first: RestNode = byFirstWord.get(firstWord) ?? restNode();
    byFirstWord.set(firstWord, first);
    let node = first;
    for (let at = wordEnd; at < phrase.text.length; at++) {
      const code = phrase.text.charCodeAt(at);
      const index = node.codes.indexOf(code);
      if (index >= 0) node = node.next[index];
      else {
        const next = restNode();
        node.codes.push(code);
        node.next.push(next);
        node = next;
      }
    }
    node.phrase = phrase;
  }
  return {
    actors: registry.actors,
    count: registry.actors.length,
    byFirstWord: charTable(byFirstWord),
    others,
    adjectives,
    adjectivesByLength: [...adjectives.keys()].sort((a, b) => b.length - a.length),
    periods: new Map(),
  };
}

/** The folded phrase without its leading determiner: « le président russe » → "president russe". */
function corePhrase(phrase: string): string {
  return foldPhrase(phrase).replace(LEADING_DETERMINER, "").trim();
}

/** The word before `at` in a folded text, apostrophes and spaces after it aside; at most 30 characters back. */
function previousWord(folded: string, at: number): string {
  const from = Math.max(0, at - 30);
  let end = at;
  while (end > from && (folded[end - 1] === "'" || folded[end - 1] === " ")) end--;
  let start = end;
  for (; start > from; start--) {
    const code = folded.charCodeAt(start - 1);
    // A letter outside the Basic Multilingual Plane is two code units: the regular expression reads it.
    if (isSurrogate(code)) return previousWordByRegex(folded, at);
    if (!isWordCode(code)) break;
  }
  return folded.slice(start, end);
}

function previousWordByRegex(folded: string, at: number): string {
  const match = /([\p{L}\p{N}]+)[' ]*$/u.exec(folded.slice(Math.max(0, at - 30), at));
  return match ? match[1] : "";
}

function isBlockedByFollower(folded: string, followers: string[], end: number): boolean {
  const after = folded.slice(end);
  return followers.some((follower) => after.startsWith(` ${follower}`) && !isWordChar(after[follower.length + 1]));
}

function findCounterparts(folded: string, lexicon: Lexicon): { start: number; end: number; country: string }[] {
  const found: { start: number; end: number; country: string }[] = [];
  // Every head ends on « homologue »: a sentence without it has none.
  if (!folded.includes("homologue")) return found;
  const { adjectives, adjectivesByLength: byLength } = lexicon;
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
  return sortInPlace(found, (a, b) => a.start - b.start);
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
      const roleThenName = previous.via === "role" && mention.via !== "role" && registry.byId.get(mention.actorId)?.kind === "person" && /^\s*,?\s*$/u.test(between);
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
