import path from "node:path";
import * as pagefind from "pagefind";

/**
 * Indexes the built site with Pagefind and writes the index and its French UI into `<site>/pagefind/`. (I/O)
 * Only elements marked `data-pagefind-body` are indexed: events, articles and actors, not the listings.
 * The Node API reports failures as values, so every answer is checked and turned into an exception.
 */
export async function writeSearchIndex(site: string): Promise<{ pages: number }> {
  const created = await pagefind.createIndex({ forceLanguage: "fr" });
  try {
    const index = check(created, "create the index").index;
    if (!index) throw new Error("Pagefind did not create an index");
    const added = check(await index.addDirectory({ path: site }), "index the site");
    check(await index.writeFiles({ outputPath: path.join(site, "pagefind") }), "write the index");
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

function check<T extends { errors: string[] }>(response: T, doing: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${doing}: ${response.errors.join("; ")}`);
  return response;
}
