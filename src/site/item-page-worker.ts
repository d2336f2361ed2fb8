import { promises as fs } from "node:fs";
import path from "node:path";
import { itemPageRenderer, type ItemPage, type ItemPageContext } from "./item-pages.ts";
import { inBatches } from "../in-batches.ts";
import { pageFile } from "./kept-pages.ts";

export interface ItemPageBatch {
  context: ItemPageContext;
  pages: ItemPage[];
  /** The site folder being written. */
  output: string;
}

// A worker renders many batches with one set of compiled templates.
let renderer: { key: string; render: (page: ItemPage) => string } | undefined;

/** Renders a batch of item pages and writes them under `output`; runs in a worker thread, or inline for a small site. (I/O) */
export default async function writeItemPageBatch({ context, pages, output }: ItemPageBatch): Promise<number> {
  const key = JSON.stringify(context);
  if (renderer?.key !== key) renderer = { key, render: itemPageRenderer(context) };
  const { render } = renderer;
  // Rendering is synchronous; the writes of a batch overlap.
  await inBatches(pages, 64, async (page) => {
    const file = path.join(output, pageFile(page.url));
    await fs.mkdir(path.dirname(file), { recursive: true });
    // A new file ("wx"): a page kept by hard link is shared with the live site and must never be written through.
    await fs.writeFile(file, render(page), { flag: "wx" });
  });
  return pages.length;
}
