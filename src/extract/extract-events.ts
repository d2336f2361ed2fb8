import * as crypto from "node:crypto";
import { DateTime } from "luxon";
import type { ActorMention, ActorRegistry, Article, CalendarDate, Diagnostic, EventActor, EventRecord, EventType, Precision, Sentence, Timex } from "../types.ts";
import { locate } from "../errors.ts";
import { calendarOf, tagDates } from "./temporal/index.ts";
import { classifyEvent, renderTitle, type EventTrigger } from "./event-types/classify-event.ts";
import { readingOf } from "./reading-of.ts";
import { splitSentences } from "./split-sentences.ts";
import { isInside, quotedSpans } from "./quoted-spans.ts";
import { assignRoles } from "./assign-roles.ts";
import { SentenceActors } from "./sentence-actors.ts";
import { COMPLEMENT_BREAK, DETERMINER_BEFORE } from "./words-clause.ts";
import { sortInPlace } from "./sort-in-place.ts";

/** A sentence of an article with where it sits in the file and on the article page. */
export interface AnchoredSentence extends Sentence {
  anchor: string;
  /** 1-based line in the article file. */
  line: number;
}

export interface ArticleExtraction {
  sentences: AnchoredSentence[];
  /** One record per reported action, each with this article as its only source. */
  events: EventRecord[];
  diagnostics: Diagnostic[];
}

export interface Knowledge {
  registry: ActorRegistry;
  types: EventType[];
}

interface DatedTimex extends Timex {
  date: CalendarDate;
  precision: Precision;
}

/**
 * Finds the dated events an article reports, one record per action, with the sentence and date expression behind it.
 *
 * « Le Kremlin a démenti mercredi toute ingérence » (publié le 2016-07-27) → dementi, 2016-07-27, day, Kremlin.
 * `tagged` is the article's dates when they were tagged ahead (see datesAhead); the same as tagging them here.
 */
export function extractEvents(article: Article, knowledge: Knowledge, tagged: Timex[] = tagDates(article.body, article.published)): ArticleExtraction {
  const reference = article.published;
  const timexes = datedTimexes(tagged);
  const lineAt = lineCounter(article.body);
  // Every sentence of every article goes through here: plain loops and objects written out, not spreads and chains
  // of filter and map, each of which makes a copy and a closure.
  const sentences: AnchoredSentence[] = [];
  for (const { text, start, end, paragraph } of splitSentences(article.body)) {
    sentences.push({ text, start, end, paragraph, anchor: sentenceAnchor(sentences.length), line: article.bodyLine - 1 + lineAt(start) });
  }

  const events: EventRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  let previousActors: SentenceActors | undefined;
  // Sentences since the last one whose subject was worked out, which matched its actors and those it needed before it:
  // going back along the sentences for either (see SentenceActors) never nests deeper than that.
  let sinceSubject = 0;
  let paragraphDate: DatedTimex | undefined;
  // The day of the last event told with a written date: « la veille », « le lendemain » count from it.
  let lastEventDay: CalendarDate | undefined;
  let paragraphActors: SentenceActors | undefined;
  let paragraph = -1;
  let carriedDate: DatedTimex | undefined;
  let nextTimex = 0;

  for (const sentence of sentences) {
    const { text } = sentence;
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      // A new paragraph opens a new account, unless it says it goes on (« Le président s'est ensuite rendu… »).
      carriedDate = paragraphDate;
      paragraphDate = undefined;
      paragraphActors = undefined;
    }
    if (!paragraphDate && carriedDate && CONTINUATION.test(text)) paragraphDate = carriedDate;
    const [dateBefore, dayBefore] = [paragraphDate, lastEventDay];
    // Only read when there is an account to go back to.
    const flashback = dateBefore !== undefined && isPluperfect(text);
    const quotes = quotedSpans(text);
    // The timexes are in text order, as the sentences: the ones before this sentence are never looked at again.
    while (nextTimex < timexes.length && timexes[nextTimex].start < sentence.start) nextTimex++;
    // Words inside a quotation are someone's speech: they neither report events nor date the report around them.
    const outside: DatedTimex[] = [];
    for (let i = nextTimex; i < timexes.length && timexes[i].start < sentence.end; i++) {
      const timex = timexes[i];
      if (timex.end > sentence.end) continue;
      const own = shifted(timex, sentence.start);
      if (isInside(quotes, own.start, own.end)) continue;
      outside.push(lastEventDay && STORY_RELATIVE.test(own.text) ? reanchor(own, lastEventDay) : own);
    }
    const triggers = reportedTriggers(text, classifyEvent(text, knowledge.types), quotes);
    const spans = triggers.map((found) => found.trigger);
    const owners = outside.length === 0 ? [] : assignTimexes(outside.filter((timex) => !isAttributive(text, timex, spans)), spans);
    // The actors are matched when asked for, once per distinct date of the sentence (the date only decides who holds a
    // role): here for a sentence that reports something, later only if a sentence refers back to this one.
    const named = new SentenceActors(text, quotes, knowledge.registry, paragraphDate?.date ?? reference, previousActors, paragraphActors);
    const sentenceSubject = triggers.length === 0 ? undefined : named.mentions().find((mention) => mention.start < triggers[0].trigger.start);
    if (++sinceSubject === SUBJECT_AT_LEAST_EVERY) {
      named.lastSubject();
      sinceSubject = 0;
    }

    const before = events.length;
    const typesSeen: string[] = [];
    let previousSource: ActorMention | undefined;
    for (let index = 0; index < triggers.length; index++) {
      const { type, trigger } = triggers[index];
      // Two triggers of one type in one sentence tell one action (« a démenti … ce démenti »).
      if (typesSeen.includes(type.id)) continue;
      const reading = readingOf(text, trigger.start, trigger.end);
      if (reading === "hypothetical" || reading === "negated") continue;

      const written = owners[index] ?? (outside.length === 0 ? undefined : nearest(outside.filter((timex) => !isAttributive(text, timex, [trigger])), trigger));
      // « La CGT a appelé à une grève le 19 janvier » (published the 12th): a date after publication cannot date an action
      // told in the past; it dates something else of the sentence.
      const dating = (written && reading === "fact" && isAfter(written.date, reference) && isPastTense(text, trigger) ? undefined : written) ?? paragraphDate;
      const date = dating?.date ?? reference;
      const precision: Precision = dating?.precision ?? article.publishedPrecision;
      const planned = isAfter(date, reference);
      if (reading === "future" && !planned) continue;

      const segment = segmentOf(spans, index, text.length);
      const inSegment = named.mentionsOn(date)
        .filter((mention) => mention.start >= segment.start && mention.end <= segment.end);
      const { source, target } = assignRoles({
        text,
        trigger,
        mentions: inSegment,
        registry: knowledge.registry,
        sentence: named,
        // « Le gouvernement russe a annoncé que l'ambassadeur serait rappelé »: the reporter of a decision is its agent.
        previousSource,
        // « Vendredi 30, le président russe a calmé le jeu. Retoquant la proposition… »: a participial sentence continues the last one.
        continuesSubject: sentenceSubject === undefined && index === 0,
      });
      previousSource = source;
      if (!source && !target) continue;
      if (type.id === "declaration" && !source) continue;

      const actors = eventActors(source, target, inSegment, knowledge.registry);
      const sourceActor = source ? eventActor(source.actorId, knowledge.registry) : undefined;
      const targetActor = target ? eventActor(target.actorId, knowledge.registry) : undefined;

      typesSeen.push(type.id);
      // JSON values only, no key left undefined: a record reads the same made here as read back from the cache. The keys
      // are added in the cache's order, without spreads of objects made for the purpose.
      const record = {
        id: eventId(article.slug, text, type.id, date),
        date,
        precision,
        approximate: dating === undefined,
        planned,
        title: type.id === "declaration" && source
          ? quoteTitle(text, quotes, sourceActor!.name) ?? renderTitle(type.title, { source: titleName(source, knowledge) })
          : renderTitle(type.title, { source: titleName(source, knowledge), target: titleName(target, knowledge) }),
        type: type.id,
        typeLabel: type.label,
        cameo: type.cameo,
        goldstein: type.goldstein,
        actors,
      } as EventRecord;
      if (sourceActor) record.sourceActor = sourceActor;
      if (targetActor) record.targetActor = targetActor;
      record.sources = [reportOf(article, sentence, dating?.text ?? "")];
      events.push(record);
      if (dating === undefined) {
        diagnostics.push({ file: article.path, line: sentence.line, message: `no date for « ${trigger.text} »; dated at the latest ${reference}` });
      }
    }

    // An undated sentence that goes on with the account belongs to the last event told, else to the last date written.
    const told = events.length > before ? events[events.length - 1] : undefined;
    const dated = outside.length === 0 ? undefined : accountDate(text, outside, told);
    if (dated) paragraphDate = dated;
    if (told && !told.approximate && !told.planned && told.precision === "day") lastEventDay = told.date;
    // « La veille, Scholz avait critiqué… Macron a démenti… » : a flashback in the pluperfect leaves the account where it was.
    if (flashback) [paragraphDate, lastEventDay] = [dateBefore, dayBefore];
    previousActors = named;
    paragraphActors = named;
  }
  return { sentences, events, diagnostics };
}

/** The article's report of an event: the sentence and the date expression behind it, where it stands. */
function reportOf(article: Article, sentence: AnchoredSentence, expression: string): EventRecord["sources"][number] {
  const { slug, title, published } = article;
  const { text, anchor, line } = sentence;
  return article.source === undefined
    ? { article: slug, articleTitle: title, published, sentence: text, expression, anchor, line }
    : { article: slug, articleTitle: title, published, outlet: article.source, sentence: text, expression, anchor, line };
}

/** The anchor of an article's sentence on its page, from its place among the article's sentences: 0 → "phrase-1". */
export function sentenceAnchor(index: number): string {
  // One string per place, shared by every article: a build keeps every sentence and every record to the end.
  let anchor = ANCHORS[index];
  if (anchor === undefined) {
    anchor = `phrase-${index + 1}`;
    if (index < MOST_ANCHORS_KEPT) ANCHORS[index] = anchor;
  }
  return anchor;
}

const ANCHORS: string[] = [];
const MOST_ANCHORS_KEPT = 10_000;

/** The dates of the tagged expressions that can date an event (not durations, not sets), with their calendar date. */
function datedTimexes(timexes: Timex[]): DatedTimex[] {
  const dated: DatedTimex[] = [];
  for (const timex of timexes) {
    if (timex.type === "DURATION" || timex.type === "SET") continue;
    const calendar = eventDateOf(timex.value);
    if (calendar) dated.push({ start: timex.start, end: timex.end, text: timex.text, type: timex.type, value: timex.value, date: calendar.date, precision: calendar.precision });
  }
  return dated;
}

/** The timex with its offsets counted from `offset` (a sentence's start): written out, a spread costs more. */
function shifted(timex: DatedTimex, offset: number): DatedTimex {
  const { text, type, value, date, precision } = timex;
  return { start: timex.start - offset, end: timex.end - offset, text, type, value, date, precision };
}

/**
 * The triggers a sentence reports as actions of their own: outside quotations; a statement only when the sentence
 * reports nothing else; not a noun in the object of an earlier trigger (« a dénoncé les sanctions »).
 */
function reportedTriggers(text: string, found: EventTrigger[], quotes: [number, number][]): EventTrigger[] {
  if (found.length === 0) return found;
  const spoken = quotes.length === 0 ? found : found.filter(({ trigger }) => !isInside(quotes, trigger.start, trigger.end));
  // A statement is only an event of its own when the sentence reports nothing else.
  const reported = spoken.some(({ type }) => type.id !== "declaration") ? spoken.filter(({ type }) => type.id !== "declaration" || spoken.length === 1) : spoken;
  // « a dénoncé les sanctions », « a rejeté la proposition » : a noun in the object of an action is what the action is about.
  return reported.filter((candidate, index) => !isObjectOf(text, candidate.trigger, reported[index - 1]?.trigger));
}

/**
 * The date a sentence leaves the account at: the expression that dated the last event it told, else its first date of a
 * day, else its first date (« l'élection présidentielle du 8 novembre » dates a noun, not the account).
 */
function accountDate(text: string, outside: DatedTimex[], told: EventRecord | undefined): DatedTimex | undefined {
  const toldDating = told && !told.approximate ? outside.find((timex) => timex.text === told.sources[0].expression && timex.date === told.date) : undefined;
  const free = outside.filter((timex) => !isAttributive(text, timex, []));
  return toldDating ?? free.find((timex) => timex.precision === "day") ?? free[0];
}

/**
 * The actor of an event as records show it, one frozen object per actor of the registry shared by all the records that
 * name it: a build keeps every record until the site is written, and most name the same few actors.
 */
export function eventActor(id: string, registry: ActorRegistry): EventActor {
  let shown = EVENT_ACTORS.get(registry);
  if (!shown) EVENT_ACTORS.set(registry, (shown = new Map()));
  let actor = shown.get(id);
  if (!actor) shown.set(id, (actor = Object.freeze({ id, name: registry.byId.get(id)?.name ?? id })));
  return actor;
}

const EVENT_ACTORS = new WeakMap<ActorRegistry, Map<string, EventActor>>();

/** The actors of an event, once each: its source, its target, then the others named in its part of the sentence. */
function eventActors(source: ActorMention | undefined, target: ActorMention | undefined, others: ActorMention[], registry: ActorRegistry): EventActor[] {
  const actors: EventActor[] = [];
  if (source) addActor(actors, source, registry);
  if (target) addActor(actors, target, registry);
  for (const mention of others) addActor(actors, mention, registry);
  // A copy at its length: an array grown by push holds room for 17, and a build keeps every record's list to the end.
  return actors.slice();
}

/** Adds the actor a mention names to a record's list, unless it is there already. */
function addActor(actors: EventActor[], mention: ActorMention, registry: ActorRegistry): void {
  const actor = eventActor(mention.actorId, registry);
  if (!actors.includes(actor)) actors.push(actor);
}

/**
 * A date written as a complement of a noun (« l'élection présidentielle du 8 novembre ») dates that noun, not the
 * action of the sentence: it dates a trigger only when the trigger is itself a noun and no verb stands between them
 * (« l'entretien … de ce 7 décembre »); « Lavrov a critiqué l'élection du 8 novembre » leaves the criticism undated.
 */
function isAttributive(text: string, timex: { start: number }, triggers: { start: number; end: number }[]): boolean {
  if (!/(?:^|\s)(?:du|de|des|d')\s*$/iu.test(text.slice(Math.max(0, timex.start - 5), timex.start).replace(/(?:ce|cette)\s*$/iu, ""))
    && !/(?:^|\s)(?:du|de|des|d')\s+(?:ce|cette)\s+$/iu.test(text.slice(Math.max(0, timex.start - 10), timex.start))) return false;
  return !triggers.some((trigger) => trigger.end <= timex.start && DETERMINER_BEFORE.test(text.slice(Math.max(0, trigger.start - 20), trigger.start))
    && !VERB_BETWEEN.test(text.slice(trigger.end, timex.start)));
}

/** A conjugated or infinitive verb: an auxiliary or a preposition followed by a participle or an infinitive. */
const VERB_BETWEEN = /(?:^|\s)(?:a|ont|avait|avaient|avoir|être|été|est|sont|d'|de|à)\s*\p{L}+(?:é|ée|és|ées|er|ir|re)(?=\s|$|[,.])/u;

/**
 * Adverbs by which a paragraph says it goes on with the account of the previous one. (The look-behind rather than
 * « (?:^|[\s,]) » lets the regex engine skip ahead to the first letters of the adverbs.)
 */
const CONTINUATION = /(?<![^\s,])(?:ensuite|puis|aussitôt|par la suite|dans la foulée|peu après|dans la soirée|dans la journée|le même jour)(?=[\s,.]|$)/iu;

/** A sentence in the pluperfect: « avait critiqué », « avaient expulsé ». */
function isPluperfect(text: string): boolean {
  // Every match holds « avai » or « étai »: most sentences are not searched.
  return (text.includes("avai") || text.includes("étai")) && PLUPERFECT.test(text);
}

const PLUPERFECT = /(?:^|\s)(?:avait|avaient|était|étaient)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées|i|is|u|us|it)(?=[\s,.]|$)/u;

/** The trigger is a verb in a past tense: « a appelé », « avait expulsé », « ont été expulsés ». */
function isPastTense(text: string, trigger: { start: number }): boolean {
  return /(?:^|\s)(?:a|ont|avait|avaient|eut|eurent|été)\s+(?:\p{L}+\s+)?$/u.test(text.slice(Math.max(0, trigger.start - 30), trigger.start));
}

/** How many sentences in a row may go without their subject worked out: see SentenceActors. */
const SUBJECT_AT_LEAST_EVERY = 32;

/** Expressions counted from the day the story is at: « la veille », « le lendemain », « deux jours plus tard ». */
const STORY_RELATIVE = /^(?:la\s+|le\s+|l['’])?(?:veille|avant-veille|lendemain|surlendemain|jour\s+même)\b|(?:plus\s+tard|auparavant|plus\s+tôt)$/iu;

/**
 * Dates « la veille » from the last event told rather than from the last date written: in « Le 3 mars, Blinken a
 * rencontré Lavrov pour évoquer l'élection du 8 novembre. Le lendemain, … », the next day is 4 March.
 */
function reanchor(timex: DatedTimex, day: CalendarDate): DatedTimex {
  const [again] = tagDates(timex.text, day);
  const calendar = again && again.start === 0 && again.end === timex.text.length ? eventDateOf(again.value) : null;
  return calendar ? { ...timex, value: again.value, ...calendar } : timex;
}

/**
 * A noun trigger right in the object of an earlier trigger of the clause is what that action is about, not an action of
 * its own: « Pékin a dénoncé les sanctions britanniques », « Poutine a rejeté la proposition de son ministre ».
 * Two nouns joined by « et » stay two actions (« l'expulsion de diplomates et la fermeture de deux sites »).
 */
function isObjectOf(text: string, trigger: { start: number; end: number }, previous: { start: number; end: number } | undefined): boolean {
  if (!previous || !DETERMINER_BEFORE.test(text.slice(Math.max(0, trigger.start - 20), trigger.start))) return false;
  const between = text.slice(previous.end, trigger.start);
  return between.length <= 60 && !COMPLEMENT_BREAK.test(between);
}

/**
 * The calendar date an event gets from a tagged value: a day, a month or a year as written; a week goes to its month
 * when it lies in one (« la semaine dernière » → 2021-03), else to its year; a season to its year (« au printemps 2018 » → 2018).
 * "2021-W11" → { date: "2021-03", precision: "month" }; "2018-SP" → { date: "2018", precision: "year" }; "PAST_REF" → null.
 */
export function eventDateOf(value: string): Readonly<{ date: string; precision: Precision }> | null {
  // The same few values come back in every article: each is read once, and its (frozen) result shared.
  let dated = EVENT_DATES.get(value);
  if (dated === undefined) {
    const read = readEventDate(value);
    dated = read && Object.freeze(read);
    if (EVENT_DATES.size >= 10_000) EVENT_DATES.clear();
    EVENT_DATES.set(value, dated);
  }
  return dated;
}

const EVENT_DATES = new Map<string, Readonly<{ date: string; precision: Precision }> | null>();

function readEventDate(value: string): { date: string; precision: Precision } | null {
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    const monday = DateTime.fromObject({ weekYear: Number(week[1]), weekNumber: Number(week[2]), weekday: 1 }, { zone: "utc" });
    if (!monday.isValid) return null;
    const sunday = monday.plus({ days: 6 });
    if (monday.month === sunday.month) return { date: monday.toFormat("yyyy-MM"), precision: "month" };
    return monday.year === sunday.year ? { date: String(monday.year), precision: "year" } : null;
  }
  const season = /^(\d{4})-(?:SP|SU|FA|WI)$/.exec(value);
  if (season) return { date: season[1], precision: "year" };
  return calendarOf(value);
}

/** « Dmitri Peskov : « Une fois de plus, une occasion a été manquée… » » — the speaker and the first words of the quotation. */
function quoteTitle(text: string, quotes: [number, number][], speaker: string): string | undefined {
  const quote = quotes[0];
  if (!quote) return undefined;
  const words = text.slice(quote[0], quote[1]).replace(/^[«“"\s]+|[»”"\s]+$/gu, "").split(/\s+/);
  // The words that fit in 90 characters with « speaker : « … » » around them and a space before each, counted, not written.
  let kept = 0;
  let length = 0;
  for (const word of words) {
    if (speaker.length + length + word.length + 9 > 90) break;
    length += (kept === 0 ? 0 : 1) + word.length;
    kept++;
  }
  const said = words.slice(0, kept).join(" ");
  return `${speaker} : « ${said.replace(/[,;:]$/u, "")}${kept === words.length ? "" : "…"} »`;
}

/** True when a date lies after the reference at the precision both share: "2016-12-30" is not after "2016-12". */
function isAfter(date: CalendarDate, reference: CalendarDate): boolean {
  const length = Math.min(date.length, reference.length);
  return date.slice(0, length) > reference.slice(0, length);
}

/** The form of an actor's name that reads as the subject of a title: « Washington », « le Kremlin ». */
function titleName(mention: ActorMention | undefined, knowledge: Knowledge): string | undefined {
  if (!mention) return undefined;
  const actor = knowledge.registry.byId.get(mention.actorId);
  return actor?.titleName ?? actor?.name;
}

/** Gives each date expression to the nearest trigger; returns, per trigger, the nearest expression it owns. */
function assignTimexes<T extends { start: number; end: number }>(timexes: T[], triggers: { start: number; end: number }[]): (T | undefined)[] {
  const owned: (T | undefined)[] = triggers.map(() => undefined);
  for (const timex of timexes) {
    let best = -1;
    for (let i = 0; i < triggers.length; i++) {
      if (best < 0 || distance(timex, triggers[i]) < distance(timex, triggers[best])) best = i;
    }
    if (best >= 0 && (!owned[best] || distance(timex, triggers[best]) < distance(owned[best]!, triggers[best]))) owned[best] = timex;
  }
  return owned;
}

function nearest<T extends { start: number; end: number }>(timexes: T[], span: { start: number; end: number }): T | undefined {
  return sortInPlace([...timexes], (a, b) => distance(a, span) - distance(b, span))[0];
}

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** The stretch of the sentence that belongs to one trigger: from the previous trigger's end to the next one's start. */
function segmentOf(triggers: { start: number; end: number }[], index: number, length: number): { start: number; end: number } {
  return { start: index > 0 ? triggers[index - 1].end : 0, end: index + 1 < triggers.length ? triggers[index + 1].start : length };
}


/**
 * The 1-based line of offsets in a text, as `locate` gives it, for offsets asked in increasing order: each call counts
 * the line breaks from the previous offset on, not from the start of the text (an offset further back starts again).
 */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  // The first line break from `at` on (-1 when none is left): a text is searched for each break once.
  let next = text.indexOf("\n");
  return (offset) => {
    if (offset < at) return locate(text, offset).line;
    const to = Math.min(offset, text.length);
    for (; next >= 0 && next < to; next = text.indexOf("\n", next + 1)) line++;
    at = Math.max(at, to);
    return line;
  };
}

/**
 * A stable id: the same sentence, type and date give the same id on every build. Joined rather than concatenated: an
 * id lives as long as the build, and V8 keeps a concatenation as a tree of its pieces (three times the bytes).
 */
export function eventId(article: string, sentence: string, type: string, date: CalendarDate): string {
  const hash = sha256Hex(`${article}\n${sentence}\n${type}`).slice(0, 8);
  return [date, type, hash].join("-");
}

/** crypto.hash, one call for a short text, where Node has it (20.12 and later); a Hash object elsewhere. */
const sha256Hex: (text: string) => string = typeof crypto.hash === "function"
  ? (text) => crypto.hash("sha256", text, "hex")
  : (text) => crypto.createHash("sha256").update(text).digest("hex");
