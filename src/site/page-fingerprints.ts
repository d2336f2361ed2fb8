import { createHash } from "node:crypto";
import type { EventRecord } from "../types.ts";
import type { ItemPage } from "./item-pages.ts";

/**
 * The fingerprint of every page a build keeps when unchanged, by URL: the article, event, month and actor pages.
 * Each hashes `common` (the templates, the site code and settings) and the page's data. A page that shows events
 * names them by their event pages' fingerprints rather than hashing every event again: the events of all the articles
 * and months written out are hundreds of megabytes at archive scale. Pure.
 */
export function pageFingerprints(pages: ItemPage[], common: string): Record<string, string> {
  const fingerprints: Record<string, string> = {};
  const ofEvent = new Map<EventRecord, string>();
  const digest = (...parts: string[]) => parts.reduce((hash, part) => hash.update(part), createHash("sha256").update(common)).digest("base64url");
  const eventPrints = (events: EventRecord[]) => JSON.stringify(events.map((event) => ofEvent.get(event) ?? digest(JSON.stringify(event))));
  for (const page of pages) {
    if (page.kind !== "evenement") continue;
    fingerprints[page.url] = digest(JSON.stringify(page));
    ofEvent.set(page.event, fingerprints[page.url]);
  }
  for (const page of pages) {
    if (page.kind !== "article") continue;
    const { events, ...own } = page.article;
    fingerprints[page.url] = digest(JSON.stringify({ ...page, article: own }), eventPrints(events));
  }
  for (const page of pages) {
    if (page.kind !== "mois") continue;
    const { events, ...own } = page.month;
    fingerprints[page.url] = digest(JSON.stringify({ ...page, month: own }), eventPrints(events));
  }
  for (const page of pages) {
    if (page.kind !== "acteur") continue;
    const { events, ...own } = page.actor;
    fingerprints[page.url] = digest(JSON.stringify({ ...page, actor: own }), eventPrints(events));
  }
  return fingerprints;
}
