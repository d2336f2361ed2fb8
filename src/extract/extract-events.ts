import { createHash } from "node:crypto";
import type { ActorMention, ActorRegistry, Article, CalendarDate, Diagnostic, EventActor, EventRecord, EventType, Precision, Sentence, Timex } from "../types.ts";
import { locate } from "../errors.ts";
import { calendarOf, tagDates } from "./temporal/index.ts";
import { matchActors } from "./actors/match-actors.ts";
import { classifyEvent, renderTitle } from "./event-types/classify-event.ts";
import { readingOf } from "./reading-of.ts";
import { splitSentences } from "./split-sentences.ts";

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
 */
export function extractEvents(article: Article, knowledge: Knowledge): ArticleExtraction {
  const reference = article.published;
  const timexes = tagDates(article.body, reference)
    .map((timex) => ({ ...timex, ...calendarOf(timex.value) }))
    .filter((timex): timex is DatedTimex => timex.date !== undefined && timex.type !== "DURATION" && timex.type !== "SET");
  const sentences = splitSentences(article.body).map((sentence, index) => ({
    ...sentence,
    anchor: `phrase-${index + 1}`,
    line: article.bodyLine - 1 + locate(article.body, sentence.start).line,
  }));

  const events: EventRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  let previousMentions: ActorMention[] = [];
  let paragraphDate: DatedTimex | undefined;
  let paragraph = -1;

  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      paragraphDate = undefined;
    }
    const own = timexes
      .filter((timex) => timex.start >= sentence.start && timex.end <= sentence.end)
      .map((timex) => ({ ...timex, start: timex.start - sentence.start, end: timex.end - sentence.start }));
    const triggers = classifyEvent(sentence.text, knowledge.types);
    const owners = assignTimexes(own, triggers.map((found) => found.trigger));

    triggers.forEach(({ type, trigger }, index) => {
      const reading = readingOf(sentence.text, trigger.start, trigger.end);
      if (reading === "hypothetical" || reading === "negated") return;

      const dating = owners[index] ?? nearest(own, trigger) ?? paragraphDate;
      const date = dating?.date ?? reference;
      const precision: Precision = dating?.precision ?? article.publishedPrecision;
      const planned = date > reference && !reference.startsWith(date) ? true : false;
      if (reading === "future" && !planned) return;

      const segment = segmentOf(triggers.map((found) => found.trigger), index, sentence.text.length);
      const mentions = matchActors(sentence.text, knowledge.registry, date, { previous: previousMentions });
      const inSegment = mentions.filter((mention) => mention.start >= segment.start && mention.end <= segment.end);
      const source = [...inSegment].reverse().find((mention) => mention.end <= trigger.start)
        ?? inSegment.find((mention) => mention.start >= trigger.end && isInvertedSpeech(sentence.text, trigger.end, mention.start));
      const target = inSegment.find((mention) => mention.start >= trigger.end && mention.actorId !== source?.actorId);
      if (type.id === "declaration" && !source) return;

      const toActor = (mention: ActorMention): EventActor => ({ id: mention.actorId, name: knowledge.registry.byId.get(mention.actorId)?.name ?? mention.actorId });
      const actors = uniqueActors([source, target, ...inSegment].filter((mention): mention is ActorMention => mention !== undefined).map(toActor));
      const sourceActor = source ? toActor(source) : undefined;
      const targetActor = target ? toActor(target) : undefined;

      events.push({
        id: eventId(article.slug, sentence.text, type.id, date),
        date,
        precision,
        approximate: dating === undefined,
        planned,
        title: renderTitle(type.title, { source: sourceActor?.name, target: targetActor?.name }),
        type: type.id,
        typeLabel: type.label,
        cameo: type.cameo,
        goldstein: type.goldstein,
        actors,
        sourceActor,
        targetActor,
        sources: [{
          article: article.slug,
          articleTitle: article.title,
          published: article.published,
          outlet: article.source,
          sentence: sentence.text,
          expression: dating?.text ?? "",
          anchor: sentence.anchor,
          line: sentence.line,
        }],
      });
      if (dating === undefined) {
        diagnostics.push({ file: article.path, line: sentence.line, message: `no date for « ${trigger.text} »; dated at the latest ${reference}` });
      }
    });

    const dated = own.find((timex) => timex.precision === "day") ?? own[0];
    if (dated) paragraphDate = dated;
    previousMentions = matchActors(sentence.text, knowledge.registry, paragraphDate?.date ?? reference, { previous: previousMentions });
  }
  return { sentences, events, diagnostics };
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
  return [...timexes].sort((a, b) => distance(a, span) - distance(b, span))[0];
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

/** « …, a déclaré Peskov » : the speaker follows the verb right after a quotation. */
function isInvertedSpeech(text: string, triggerEnd: number, mentionStart: number): boolean {
  return /^[\s\p{L}'’-]{0,30}$/u.test(text.slice(triggerEnd, mentionStart)) && /[»"”,]\s*(?:a|ont|avait|a-t-il|a-t-elle)?\s*\S*$/u.test(text.slice(0, triggerEnd).trimEnd().replace(/\S+$/, "").trimEnd() + " ");
}

function uniqueActors(actors: EventActor[]): EventActor[] {
  const seen = new Set<string>();
  return actors.filter((actor) => !seen.has(actor.id) && seen.add(actor.id));
}

/** A stable id: the same sentence, type and date give the same id on every build. */
export function eventId(article: string, sentence: string, type: string, date: CalendarDate): string {
  const hash = createHash("sha256").update(`${article}\n${sentence}\n${type}`).digest("hex").slice(0, 8);
  return `${date}-${type}-${hash}`;
}
