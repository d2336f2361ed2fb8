import { createHash } from "node:crypto";
import path from "node:path";
import { Piscina } from "piscina";
import type { EventRecord } from "../types.ts";
import type { ItemPage, ItemPageContext } from "./item-pages.ts";
import writeItemPageBatch from "./item-page-worker.ts";
import { linkFiles, removeFiles, type BaseSite } from "./previous-build.ts";
import { inBatches } from "../in-batches.ts";

export interface ItemPagesWritten {
  rendered: number;
  /** Unchanged pages kept from the base site instead of rendered again. */
  reused: number;
  fingerprints: Record<string, string>;
}

const BATCH = 250;

/** How to write the item pages: what the base site offers, how many threads, and what the pages are made with. */
export interface ItemPagesOptions {
  base?: BaseSite;
  threads?: number;
  /**
   * The fingerprint of the templates and the site's code (siteCodeFingerprint), part of every page's fingerprint.
   * Absent when no record of the build will be kept: then no page is fingerprinted, since nothing would compare them.
   */
  code?: string;
}

/**
 * Writes the item pages into `output`. A page whose fingerprint (its data, the templates, the site code and settings)
 * is the one it had in the base site is kept from there; the others are rendered, by a pool of `threads` worker
 * threads when there are many. (I/O)
 */
export async function writeItemPages(pages: ItemPage[], context: ItemPageContext, output: string, options: ItemPagesOptions = {}): Promise<ItemPagesWritten> {
  const { base, threads = 1, code } = options;
  const fingerprints: Record<string, string> = {};
  const stale: ItemPage[] = [];
  const linkable: ItemPage[] = [];
  let keptInPlace = 0;
  if (code) {
    Object.assign(fingerprints, pageFingerprints(pages, createHash("sha256").update(code).update(JSON.stringify(context)).digest("hex")));
    for (const page of pages) {
      const fingerprint = fingerprints[page.url];
      if (base?.inPlace?.pages[page.url] === fingerprint) keptInPlace++;
      else (base?.live?.record.pages[page.url] === fingerprint ? linkable : stale).push(page);
    }
  } else {
    stale.push(...pages);
  }
  // The spare already holds the pages unchanged since it was live: only the changed and the vanished ones leave it.
  if (base?.inPlace) {
    const previous = base.inPlace.pages;
    const left = Object.keys(previous).filter((url) => fingerprints[url] !== previous[url]);
    await removeFiles(output, left.filter((url) => fingerprints[url] !== undefined).map(pageFile), { folders: false });
    await removeFiles(output, left.filter((url) => fingerprints[url] === undefined).map(pageFile));
  }
  const notLinked = base?.live ? await linkUnchanged(linkable, base.live.dir, output) : [];
  const toRender = [...stale, ...notLinked];
  await renderAll(toRender, context, output, threads);
  return { rendered: toRender.length, reused: keptInPlace + linkable.length - notLinked.length, fingerprints };
}

/**
 * Each page's fingerprint: a hash of `common` (the templates, the site code and settings) and of the page's data.
 * An article page holds its events, which their own pages already hash: it names them by their fingerprints rather
 * than hashing every event again (the events of all articles written out are hundreds of megabytes at archive scale).
 */
export function pageFingerprints(pages: ItemPage[], common: string): Record<string, string> {
  const fingerprints: Record<string, string> = {};
  const ofEvent = new Map<EventRecord, string>();
  const digest = (...parts: string[]) => parts.reduce((hash, part) => hash.update(part), createHash("sha256").update(common)).digest("base64url");
  for (const page of pages) {
    if (page.kind !== "evenement") continue;
    fingerprints[page.url] = digest(JSON.stringify(page));
    ofEvent.set(page.event, fingerprints[page.url]);
  }
  for (const page of pages) {
    if (page.kind !== "article") continue;
    const { events, ...own } = page.article;
    const eventPrints = events.map((event) => ofEvent.get(event) ?? digest(JSON.stringify(event)));
    fingerprints[page.url] = digest(JSON.stringify({ ...page, article: own }), JSON.stringify(eventPrints));
  }
  return fingerprints;
}

/** Hard-links each page's file from the previous site; returns the pages whose file could not be linked. */
async function linkUnchanged(pages: ItemPage[], from: string, to: string): Promise<ItemPage[]> {
  const linked = await inBatches(pages, 256, (page) => linkFiles([pageFile(page.url)], from, to));
  return pages.filter((_, at) => !linked[at]);
}

/** The page's file, relative to the site folder. */
function pageFile(url: string): string {
  return path.join(url.replace(/^\/+/u, ""), "index.html");
}

async function renderAll(pages: ItemPage[], context: ItemPageContext, output: string, threads: number): Promise<void> {
  if (threads <= 1 || pages.length <= BATCH) {
    await writeItemPageBatch({ context, pages, output });
    return;
  }
  const pool = new Piscina({ filename: new URL("./item-page-worker.ts", import.meta.url).href, minThreads: threads, maxThreads: threads });
  try {
    const batches: Promise<number>[] = [];
    for (let start = 0; start < pages.length; start += BATCH) batches.push(pool.run({ context, pages: pages.slice(start, start + BATCH), output }));
    await Promise.all(batches);
  } finally {
    await pool.destroy();
  }
}
