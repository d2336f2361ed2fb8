import { createHash } from "node:crypto";
import type { EventRecord } from "../types.ts";
import type { ItemPage } from "./item-pages.ts";
import type { ContentKeys } from "../chronology/build-chronology.ts";

/**
 * The fingerprint of every page a build keeps when unchanged, by URL: the article, event, month and actor pages.
 * Each hashes `common` (the templates, the site code and settings) and the page's data. A page that shows events
 * names them by their event pages' fingerprints rather than hashing every event again: the events of all the articles
 * and months written out are hundreds of megabytes at archive scale. With `keys` (see ContentKeys), an event page
 * hashes its event's key instead of the event, and an article page its article's key instead of its text and
 * sentences. Pure.
 */
export function pageFingerprints(pages: ItemPage[], common: string, keys?: ContentKeys): Record<string, string> {
  const fingerprints: Record<string, string> = {};
  const ofEvent = new Map<EventRecord, string>();
  const digest = (...parts: string[]) => parts.reduce((hash, part) => hash.update(part), createHash("sha256").update(common)).digest("base64url");
  const eventPrints = (events: EventRecord[]) => JSON.stringify(events.map((event) => ofEvent.get(event) ?? digest(JSON.stringify(event))));
  for (const page of pages) {
    if (page.kind !== "evenement") continue;
    const key = keys?.events.get(page.event);
    fingerprints[page.url] = key === undefined ? digest(JSON.stringify(page)) : digest(`event ${page.url} ${key}`);
    ofEvent.set(page.event, fingerprints[page.url]);
  }
  for (const page of pages) {
    if (page.kind === "evenement") continue;
    const [own, events] = withoutEvents(page, keys);
    fingerprints[page.url] = digest(JSON.stringify(own), eventPrints(events));
  }
  return fingerprints;
}

/**
 * A page that shows events, without them (their fingerprints stand for them), and the events it shows; an article
 * page also without its text and sentences when its key stands for them.
 */
function withoutEvents(page: Exclude<ItemPage, { kind: "evenement" }>, keys?: ContentKeys): [object, EventRecord[]] {
  switch (page.kind) {
    case "article": {
      const { events, ...own } = page.article;
      const key = keys?.articles.get(page.article.slug);
      if (key === undefined) return [{ ...page, article: own }, events];
      const { body: _, sentences: __, ...rest } = own;
      return [{ ...page, article: rest, key }, events];
    }
    case "mois": {
      const { events, ...own } = page.month;
      return [{ ...page, month: own }, events];
    }
    case "acteur": {
      const { events, ...own } = page.actor;
      return [{ ...page, actor: own }, events];
    }
  }
}
