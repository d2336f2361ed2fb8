import { createHash } from "node:crypto";
import path from "node:path";
import { Piscina } from "piscina";
import type { ItemPage, ItemPageContext } from "./item-pages.ts";
import writeItemPageBatch from "./item-page-worker.ts";
import { linkFiles } from "./previous-build.ts";
import { inBatches } from "./in-batches.ts";

/** The item pages of the site in the output folder now, each with the fingerprint of what it was rendered from. */
export interface PreviousPages {
  dir: string;
  fingerprints: Record<string, string>;
}

export interface ItemPagesWritten {
  rendered: number;
  /** Unchanged pages hard-linked from the previous site instead of rendered again. */
  reused: number;
  fingerprints: Record<string, string>;
}

const BATCH = 250;

/** How to write the item pages: what the previous site offers, how many threads, and what the pages are made with. */
export interface ItemPagesOptions {
  previous?: PreviousPages;
  threads?: number;
  /**
   * The fingerprint of the templates and the site's code (siteCodeFingerprint), part of every page's fingerprint.
   * Absent when no record of the build will be kept: then no page is fingerprinted, since nothing would compare them.
   */
  code?: string;
}

/**
 * Writes the item pages into `output`. A page whose fingerprint (its data, the templates, the site code and settings)
 * is the one it had in the previous site is hard-linked from there; the others are rendered, by a pool of `threads`
 * worker threads when there are many. (I/O)
 */
export async function writeItemPages(pages: ItemPage[], context: ItemPageContext, output: string, options: ItemPagesOptions = {}): Promise<ItemPagesWritten> {
  const { previous, threads = 1, code } = options;
  const fingerprints: Record<string, string> = {};
  const stale: ItemPage[] = [];
  const unchanged: ItemPage[] = [];
  if (code) {
    const base = createHash("sha256").update(code).update(JSON.stringify(context)).digest("hex");
    for (const page of pages) {
      const fingerprint = createHash("sha256").update(base).update(JSON.stringify(page)).digest("base64url");
      fingerprints[page.url] = fingerprint;
      (previous?.fingerprints[page.url] === fingerprint ? unchanged : stale).push(page);
    }
  } else {
    stale.push(...pages);
  }
  const notLinked = previous ? await linkUnchanged(unchanged, previous.dir, output) : [];
  const toRender = [...stale, ...notLinked];
  await renderAll(toRender, context, output, threads);
  return { rendered: toRender.length, reused: unchanged.length - notLinked.length, fingerprints };
}

/** Hard-links each page's file from the previous site; returns the pages whose file could not be linked. */
async function linkUnchanged(pages: ItemPage[], from: string, to: string): Promise<ItemPage[]> {
  const linked = await inBatches(pages, 256, (page) => linkFiles([path.join(page.url, "index.html")], from, to));
  return pages.filter((_, at) => !linked[at]);
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
