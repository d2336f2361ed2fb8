import path from "node:path";
import type { PagefindIndex } from "pagefind";
import type { SearchPage, SearchRecord } from "./search-records.ts";
import { inBatches } from "../in-batches.ts";

export interface SearchContent {
  /** Pages given from memory, parsed by Pagefind as HTML (headings with an id become sub-results). */
  pages?: SearchPage[];
  /** Records given from memory, with their words, metadata and filters. */
  records?: SearchRecord[];
  /** Pages read back from the site folder: every HTML file, or those of `glob`. */
  directory?: { glob?: string };
}

/** An index given its first pages before the build knew its own (see feedAhead). */
export interface FedAhead {
  index: PagefindIndex;
  pages: SearchPage[];
}

/**
 * Indexes the given content with Pagefind and writes the index and its French UI into `<site>/pagefind/`. (I/O)
 * An index fed `ahead` is carried on when its pages are the first of `content.pages`, the same text in the same
 * order (Pagefind's files depend on the order), and dropped otherwise. The Node API reports failures as values, so
 * every answer is checked and turned into an exception.
 */
export async function writeSearchIndex(site: string, content: SearchContent, ahead?: Promise<FedAhead | undefined>): Promise<{ pages: number; ahead: number }> {
  // Imported when used: a static import of Pagefind keeps tsx from loading the worker module that runs this.
  const pagefind = await import("pagefind");
  try {
    const pages = content.pages ?? [];
    const fed = await ahead;
    // Pages read from the folder come first: none can have been fed ahead of them.
    const carried = fed && !content.directory && isPrefix(fed.pages, pages) ? fed : undefined;
    if (fed && !carried) await fed.index.deleteIndex();
    const index = carried?.index ?? (await createIndex());
    let count = carried?.pages.length ?? 0;
    if (content.directory) {
      count += check(await index.addDirectory({ path: site, ...(content.directory.glob ? { glob: content.directory.glob } : {}) }), "index the site").page_count;
    }
    const rest = pages.slice(carried?.pages.length ?? 0);
    await addPages(index, rest);
    await inBatches(content.records ?? [], 256, async (record) => check(await index.addCustomRecord(record), `index ${record.url}`));
    count += rest.length + (content.records?.length ?? 0);
    check(await index.writeFiles({ outputPath: path.join(site, "pagefind") }), "write the index");
    return { pages: count, ahead: carried?.pages.length ?? 0 };
  } finally {
    await pagefind.close();
  }
}

/** A new index fed `pages`, before the build knows whether they are the first of its own. (I/O) */
export async function feedAhead(pages: SearchPage[]): Promise<FedAhead> {
  const index = await createIndex();
  await addPages(index, pages);
  return { index, pages };
}

async function createIndex(): Promise<PagefindIndex> {
  const pagefind = await import("pagefind");
  const index = check(await pagefind.createIndex({ forceLanguage: "fr" }), "create the index").index;
  if (!index) throw new Error("Pagefind did not create an index");
  return index;
}

async function addPages(index: PagefindIndex, pages: SearchPage[]): Promise<void> {
  await inBatches(pages, 256, async (page) => check(await index.addHTMLFile(page), `index ${page.url}`));
}

function isPrefix(first: SearchPage[], pages: SearchPage[]): boolean {
  return first.length <= pages.length && first.every((page, at) => page.url === pages[at].url && page.content === pages[at].content);
}

function check<T extends { errors: string[] }>(response: T, doing: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${doing}: ${response.errors.join("; ")}`);
  return response;
}
