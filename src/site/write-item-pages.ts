import { Piscina } from "piscina";
import type { ItemPage, ItemPageContext } from "./item-pages.ts";
import writeItemPageBatch from "./item-page-worker.ts";

const BATCH = 250;

/**
 * Renders the item pages into `output`, by a pool of `threads` worker threads when there are many, or on this thread.
 * Which pages need rendering is for the caller to say (see kept-pages.ts). (I/O)
 */
export async function writeItemPages(pages: ItemPage[], context: ItemPageContext, output: string, options: { threads?: number } = {}): Promise<void> {
  const threads = options.threads ?? 1;
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
