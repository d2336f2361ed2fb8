import path from "node:path";
import * as pagefind from "pagefind";
import type { SearchRecord } from "./search-records.ts";

/**
 * Indexes the built site with Pagefind and writes the index and its French UI into `<site>/pagefind/`. (I/O)
 * Only elements marked `data-pagefind-body` are indexed: events, articles and actors, not the listings.
 * The Node API reports failures as values, so every answer is checked and turned into an exception.
 */
export async function writeSearchIndex(site: string, options: { records?: SearchRecord[]; glob?: string } = {}): Promise<{ pages: number }> {
  const created = await pagefind.createIndex({ forceLanguage: "fr" });
  try {
    const index = check(created, "create the index").index;
    if (!index) throw new Error("Pagefind did not create an index");
    const added = check(await index.addDirectory({ path: site, ...(options.glob ? { glob: options.glob } : {}) }), "index the site");
    // Records built from memory: no page to read back and parse.
    const records = options.records ?? [];
    for (let start = 0; start < records.length; start += 256) {
      const batch = records.slice(start, start + 256);
      const answers = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
      answers.forEach((answer, at) => check(answer, `index ${batch[at].url}`));
    }
    check(await index.writeFiles({ outputPath: path.join(site, "pagefind") }), "write the index");
    return { pages: added.page_count + (options.records?.length ?? 0) };
  } finally {
    await pagefind.close();
  }
}

function check<T extends { errors: string[] }>(response: T, doing: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${doing}: ${response.errors.join("; ")}`);
  return response;
}
