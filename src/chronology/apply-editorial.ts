import { DateTime } from "luxon";
import type { Article, EditorialEntry, EventActor, EventRecord, Precision } from "../types.ts";
import { SourceError } from "../errors.ts";
import { eventActor, eventId, type AnchoredSentence, type Knowledge } from "../extract/extract-events.ts";
import { renderTitle } from "../extract/event-types/classify-event.ts";
import { MAX_TITLE } from "../extract/event-types/render-title.ts";

/**
 * Applies an article's front matter `events:` entries to the records found in it, in the order written:
 * - `add` makes a record the extraction missed (date, type and title; actors, first the source then the target; the
 *   sentence it comes from when a phrase of it is given);
 * - `correct` changes the date, title, type or actors of the one record whose id is `match` or whose source sentence
 *   contains `match`; the record keeps its source sentence;
 * - `suppress` removes that record.
 * An entry that cannot apply (an unknown type or actor, a match that finds no record or several, a date that is not
 * a calendar date) throws a SourceError with the article's file and the entry's line: the build stops.
 *
 * events: [{ action: correct, match: "a calmé le jeu", date: "2016-12-30", line: 5 }] → that record dated 30 December 2016.
 */
export function applyEditorial(article: Article, events: EventRecord[], sentences: AnchoredSentence[], knowledge: Knowledge): EventRecord[] {
  let result = [...events];
  for (const entry of article.editorial) {
    const fail = (message: string): never => {
      throw new SourceError(article.path, `events entry (${entry.action}): ${message}`, { line: entry.line });
    };
    if (entry.date !== undefined && !isCalendarDate(entry.date)) fail(`date « ${entry.date} » is not a calendar date; write YYYY-MM-DD, YYYY-MM or YYYY`);
    const type = entry.type === undefined ? undefined : knowledge.types.find((candidate) => candidate.id === entry.type);
    if (entry.type !== undefined && !type) fail(`unknown event type « ${entry.type} »; use one of ${knowledge.types.map((candidate) => candidate.id).join(", ")}`);
    const actors = (entry.actors ?? []).map((id): EventActor => knowledge.registry.byId.has(id)
      ? eventActor(id, knowledge.registry)
      : fail(`unknown actor « ${id} »; use the id of a file in the actors folder (e.g. vladimir-poutine)`));
    if (entry.title !== undefined && entry.title.length > MAX_TITLE) fail(`the title has ${entry.title.length} characters; keep it to ${MAX_TITLE}`);

    if (entry.action === "add") {
      if (!entry.date) fail("an added event needs « date »");
      if (!type) return fail("an added event needs « type » (an event type id such as expulsion-diplomates)");
      const sentence = entry.sentence === undefined ? undefined : findSentence(sentences, entry.sentence);
      if (entry.sentence !== undefined && !sentence) fail(`no sentence of the article contains « ${entry.sentence} »; quote a phrase of it exactly`);
      const title = entry.title ?? renderTitle(type.title, { source: actors[0]?.name, target: actors[1]?.name });
      result.push({
        id: eventId(article.slug, `${sentence?.text ?? ""}\n${title}`, type.id, entry.date!),
        date: entry.date!,
        precision: precisionOf(entry.date!),
        approximate: false,
        planned: entry.date! > article.published.slice(0, entry.date!.length),
        title,
        type: type.id,
        typeLabel: type.label,
        cameo: type.cameo,
        goldstein: type.goldstein,
        actors,
        sourceActor: actors[0],
        targetActor: actors[1],
        sources: [{
          article: article.slug,
          articleTitle: article.title,
          published: article.published,
          outlet: article.source,
          sentence: sentence?.text ?? "",
          expression: "",
          anchor: sentence?.anchor ?? "",
          line: sentence?.line ?? entry.line,
        }],
        editorial: "added",
      });
      continue;
    }

    if (!entry.match) return fail("« match » is missing; give the id of the event or a phrase of its sentence");
    const found = result.filter((event) => matches(event, entry.match!));
    if (found.length === 0) fail(`« ${entry.match} » matches no event found in this article; give an event id or a phrase of its sentence`);
    if (found.length > 1) fail(`« ${entry.match} » matches ${found.length} events (${found.map((event) => event.id).join(", ")}); give the event id instead`);
    const [event] = found;
    if (entry.action === "suppress") {
      result = result.filter((other) => other !== event);
      continue;
    }
    if (entry.date === undefined && entry.title === undefined && type === undefined && entry.actors === undefined) {
      fail("a correction needs at least one of date, title, type or actors");
    }
    const corrected: EventRecord = { ...event, editorial: "corrected" };
    if (entry.date !== undefined) Object.assign(corrected, { date: entry.date, precision: precisionOf(entry.date), approximate: false });
    if (type) Object.assign(corrected, { type: type.id, typeLabel: type.label, cameo: type.cameo, goldstein: type.goldstein });
    if (entry.actors !== undefined) Object.assign(corrected, { actors, sourceActor: actors[0], targetActor: actors[1] });
    const template = (type ?? knowledge.types.find((candidate) => candidate.id === corrected.type))?.title;
    corrected.title = entry.title
      ?? (template && (type || entry.actors) ? renderTitle(template, { source: titleOf(corrected.sourceActor, knowledge), target: titleOf(corrected.targetActor, knowledge) }) : event.title);
    result = result.map((other) => (other === event ? corrected : other));
  }
  return result;
}

function titleOf(actor: EventActor | undefined, knowledge: Knowledge): string | undefined {
  if (!actor) return undefined;
  const known = knowledge.registry.byId.get(actor.id);
  return known?.titleName ?? known?.name ?? actor.name;
}

function fold(text: string): string {
  return text.normalize("NFC").replace(/[’‘]/gu, "'").replace(/\s+/gu, " ").trim().toLowerCase();
}

function matches(event: EventRecord, match: string): boolean {
  if (event.id === match) return true;
  const phrase = fold(match);
  return event.sources.some((source) => fold(source.sentence).includes(phrase));
}

function findSentence(sentences: AnchoredSentence[], phrase: string): AnchoredSentence | undefined {
  const folded = fold(phrase);
  return sentences.find((sentence) => fold(sentence.text).includes(folded));
}

function precisionOf(date: string): Precision {
  return date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
}

function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return false;
  return DateTime.fromObject({ year: Number(match[1]), month: match[2] ? Number(match[2]) : 1, day: match[3] ? Number(match[3]) : 1 }, { zone: "utc" }).isValid;
}
