import path from "node:path";
import { linkFiles, removeFiles, type BaseSite } from "./previous-build.ts";
import { inBatches } from "../in-batches.ts";

/** What becomes of each page of a build that starts from a base site. */
export interface PagePlan {
  /** Left as they are in the spare, renamed into the staging folder. */
  keptInPlace: number;
  /** Unchanged since the live site: to be hard-linked from it. */
  linkable: string[];
  /** To render. */
  stale: Set<string>;
}

/** A page's file, relative to the site folder: a folder's index.html, or the file the address names. */
export function pageFile(url: string): string {
  const file = url.replace(/^\/+/u, "");
  return url.endsWith("/") ? path.join(file, "index.html") : path.normalize(file);
}

/**
 * Sorts the pages by their fingerprints against the base site, and takes out of the spare every page that changed or
 * vanished, with the folders of vanished ones, so that nothing is ever written through a file the live site shares.
 * Without fingerprints (no build record kept), every page is rendered. (I/O)
 */
export async function planPages(urls: string[], fingerprints: Record<string, string>, base: BaseSite, output: string): Promise<PagePlan> {
  const plan: PagePlan = { keptInPlace: 0, linkable: [], stale: new Set() };
  for (const url of urls) {
    const fingerprint = fingerprints[url];
    if (fingerprint !== undefined && base.inPlace?.pages[url] === fingerprint) plan.keptInPlace++;
    else if (fingerprint !== undefined && base.live?.record.pages[url] === fingerprint) plan.linkable.push(url);
    else plan.stale.add(url);
  }
  if (base.inPlace) {
    const recorded = base.inPlace.pages;
    const left = Object.keys(recorded).filter((url) => fingerprints[url] !== recorded[url]);
    await removeFiles(output, left.filter((url) => fingerprints[url] !== undefined).map(pageFile), { folders: false });
    await removeFiles(output, left.filter((url) => fingerprints[url] === undefined).map(pageFile));
  }
  return plan;
}

/** Hard-links each page's file from the live site; returns the pages whose file could not be linked, to render. (I/O) */
export async function linkPages(urls: string[], base: BaseSite, output: string): Promise<string[]> {
  if (!base.live || urls.length === 0) return urls;
  const from = base.live.dir;
  const linked = await inBatches(urls, 256, (url) => linkFiles([pageFile(url)], from, output));
  return urls.filter((_, at) => !linked[at]);
}
