import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { ItemPage, ItemPageContext } from "./item-pages.ts";
import writeItemPageBatch from "./item-page-worker.ts";

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

/** Below this many pages to render, starting worker threads costs more than it saves. */
const POOL_THRESHOLD = 2000;
const BATCH = 250;

/**
 * Writes the item pages into `output`. A page whose fingerprint (its data, the templates, the site code and settings)
 * is the one it had in the previous site is hard-linked from there; the others are rendered, by a pool of worker
 * threads when there are many. (I/O)
 */
export async function writeItemPages(pages: ItemPage[], context: ItemPageContext, output: string, previous?: PreviousPages): Promise<ItemPagesWritten> {
  const base = await renderingFingerprint(context);
  const fingerprints: Record<string, string> = {};
  const stale: ItemPage[] = [];
  const unchanged: ItemPage[] = [];
  for (const page of pages) {
    const fingerprint = createHash("sha256").update(base).update(JSON.stringify(page)).digest("base64url");
    fingerprints[page.url] = fingerprint;
    (previous?.fingerprints[page.url] === fingerprint ? unchanged : stale).push(page);
  }
  const notLinked = previous ? await linkUnchanged(unchanged, previous.dir, output) : [];
  const toRender = [...stale, ...notLinked];
  await renderAll(toRender, context, output);
  return { rendered: toRender.length, reused: unchanged.length - notLinked.length, fingerprints };
}

/** Hard-links each page's file from the previous site; returns the pages whose file could not be linked. */
async function linkUnchanged(pages: ItemPage[], from: string, to: string): Promise<ItemPage[]> {
  const failed: ItemPage[] = [];
  for (let start = 0; start < pages.length; start += 256) {
    await Promise.all(pages.slice(start, start + 256).map(async (page) => {
      const target = path.join(to, page.url, "index.html");
      try {
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.link(path.join(from, page.url, "index.html"), target);
      } catch {
        failed.push(page);
      }
    }));
  }
  return failed;
}

async function renderAll(pages: ItemPage[], context: ItemPageContext, output: string): Promise<void> {
  if (pages.length < POOL_THRESHOLD) {
    await writeItemPageBatch({ context, pages, output });
    return;
  }
  const threads = Math.max(1, Math.min(4, os.availableParallelism()));
  const pool = new Piscina({ filename: new URL("./item-page-worker.ts", import.meta.url).href, minThreads: threads, maxThreads: threads });
  try {
    const batches: Promise<number>[] = [];
    for (let start = 0; start < pages.length; start += BATCH) batches.push(pool.run({ context, pages: pages.slice(start, start + BATCH), output }));
    await Promise.all(batches);
  } finally {
    await pool.destroy();
  }
}

/** A hash of everything an item page depends on besides its item: templates, site code, site settings. (I/O) */
async function renderingFingerprint(context: ItemPageContext): Promise<string> {
  const hash = createHash("sha256").update(JSON.stringify(context));
  const code = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [context.layouts, code]) {
    const files = (await fs.readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) hash.update(file.slice(dir.length)).update(await fs.readFile(file));
  }
  return hash.digest("hex");
}
