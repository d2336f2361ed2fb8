import { createHash, randomBytes } from "node:crypto";
import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Timeline } from "./timeline-view.ts";
import { configureSite, type SiteInfo } from "./configure-site.ts";
import { startSearchIndexer, writeSearchIndexAside, type SearchIndexer } from "./search-index-worker.ts";
import { siteSearchContent, type PlannedSearchPage, type SearchPagePlanning } from "./search-records.ts";
import { mergedFolders, searchParts, writtenPart, type SearchPart } from "./search-parts.ts";
import { itemPageContext, itemPages } from "./item-pages.ts";
import { writeItemPages } from "./write-item-pages.ts";
import { pageFingerprints } from "./page-fingerprints.ts";
import { linkPages, planPages } from "./kept-pages.ts";
import { startExportsWriter, writeOrKeepExportsAside, type ExportsWriter } from "./write-exports-worker.ts";
import { exportsFingerprint, type ExportLayout } from "./write-exports.ts";
import { buildRecordFile, keepFiles, readBuildRecords, removeFiles, saveBuildRecords, siteCodeFingerprint, sparePath, type BaseSite, type BuildRecord } from "./previous-build.ts";
import { StageClock } from "../stage-clock.ts";

/** The project folder, wherever the command is run from. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the build command and `npm start` keep extraction results and the record of the last build. */
export const DEFAULT_CACHE_DIR = path.join(PROJECT_ROOT, ".cache");

/** The templates: shells/, parts/ and the listings' pages/. */
const LAYOUTS = path.join(PROJECT_ROOT, "layouts");

/** Part of the search index's fingerprint: another Pagefind writes another index. */
const PAGEFIND_VERSION = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "node_modules/pagefind/package.json"), "utf8")).version as string;

/** The worker threads that write the search index and the exports, started ahead of the build that needs them. */
export interface SiteWorkers {
  search: SearchIndexer;
  exports: ExportsWriter;
  close(): Promise<void>;
}

/**
 * Starts the site's worker threads: they load their code while the articles are read and the chronology is made,
 * on a core that is otherwise idle then, instead of when the index is due. The caller closes them. (I/O)
 */
export function startSiteWorkers(): SiteWorkers {
  const search = startSearchIndexer();
  const exports = startExportsWriter();
  return { search, exports, close: async () => void (await Promise.all([search.close(), exports.close()])) };
}

export interface SiteSummary {
  pages: number;
  indexed: number;
  /** Item pages kept unchanged from the previous site, and how many of the search index's parts (`of` in all). */
  reused: { pages: number; searchParts: number; of: number };
  /** The deletion of a site generation no longer needed; a later build finishes it if it is interrupted. */
  removal: Promise<void>;
}

/**
 * Renders the site into a staging folder beside `output`, indexes it, then swaps it in. (I/O)
 * Until the swap nothing in `output` changes, so a failed or killed build leaves the previous site as it was,
 * and files of deleted articles do not linger. Staging folders left by killed builds are removed first.
 * With a `cache` folder, the build records what it wrote there, and the replaced site is kept beside the output as a
 * spare: the next build renames it into staging and rewrites only what changed since, instead of writing every file.
 */
export async function writeSite(timeline: Timeline, site: SiteInfo, output: string, clock = new StageClock(), options: WriteOptions = {}): Promise<SiteSummary> {
  const workers = options.workers ?? startSiteWorkers();
  try {
    return await writeSiteWith(workers, timeline, site, output, clock, options);
  } finally {
    if (!options.workers) await workers.close();
  }
}

export interface WriteOptions {
  /** The cache folder, where the build record is kept; absent, every file is written anew. */
  cache?: string;
  /** Threads rendering the item pages. */
  threads?: number;
  workers?: SiteWorkers;
  /** Characters of page text per part of the search index (see searchParts); SEARCH_PART_CHARS unless told. */
  searchPartChars?: number;
}

async function writeSiteWith(workers: SiteWorkers, timeline: Timeline, given: SiteInfo, output: string, clock: StageClock, options: WriteOptions): Promise<SiteSummary> {
  const target = path.resolve(output);
  const parent = path.dirname(target);
  await fs.mkdir(parent, { recursive: true });
  await recoverOutput(target);
  const recordFile = options.cache ? buildRecordFile(options.cache, target) : undefined;
  const spare = sparePath(target);
  const [live, spareRecord] = recordFile ? await readBuildRecords(recordFile, [target, spare]) : [];
  // From here on folders change: no record may vouch for them until the build has finished.
  if (recordFile) await saveBuildRecords(recordFile, []);
  // Fingerprints cost a pass over every page's data: only worth it when a record will keep them.
  const code = recordFile ? await siteCodeFingerprint(LAYOUTS) : undefined;
  // The process id in the name tells a later build whether this folder's build is still running.
  const staging = path.join(parent, `${stagingPrefix(target)}${process.pid}-${randomBytes(4).toString("hex")}`);
  const removals: Promise<unknown>[] = [];
  let swapped = false;
  try {
    const base = await prepareStaging(staging, spareRecord && { dir: spare, record: spareRecord }, live && { dir: target, record: live });
    // The search index is built from memory, so Pagefind's process works while the pages are rendered. The rendering,
    // whose first steps hold the main thread for a second, starts once the index's task is on its worker (or every
    // part kept), not before. Each part is kept while its content is unchanged.
    const parts = searchParts(siteSearchContent(timeline, code ? searchPagePlanning(timeline, code, base) : undefined), options.searchPartChars);
    const site: SiteInfo = { ...given, searchParts: mergedFolders(parts) };
    let handedOver!: () => void;
    const searchUnderWay = new Promise<void>((resolve) => (handedOver = resolve));
    // Whether Pagefind writes the whole index (a first build): then the exports wait for a core (see renderSite).
    let indexingAll = true;
    const searching = clock.time("search index", async () => {
      try {
        const fingerprints = parts.map((part) => (code ? searchFingerprint(part) : ""));
        const kept = await Promise.all(parts.map((part, at) => keepFiles([part.folder], base, staging, (record) => record.search?.parts?.[part.folder]?.fingerprint === fingerprints[at], removals)));
        await removeRetiredParts(staging, base, parts);
        const changed = parts.filter((_, at) => !kept[at]);
        indexingAll = changed.length === parts.length;
        const written = changed.length > 0 ? writeSearchIndexAside(staging, changed.map(writtenPart), workers.search) : Promise.resolve(0);
        handedOver();
        await written;
        const record = Object.fromEntries(parts.map((part, at) => [part.folder, { fingerprint: fingerprints[at], pages: part.pages.length + part.records.length }]));
        const pages = Object.fromEntries(parts.flatMap((part) => part.pages.flatMap((page) => (page.key === undefined ? [] : [[page.key, page.chars]]))));
        return { parts: record, pages, kept: kept.filter(Boolean).length };
      } finally {
        handedOver();
      }
    });
    await searchUnderWay;
    const rendering = clock.time("rendering", () => renderSite(timeline, site, staging, base, { code, threads: options.threads, exports: workers.exports, searched: indexingAll ? searching : Promise.resolve() }));
    // Both are awaited before anything else happens, so a failure never leaves one writing into a removed folder.
    const [rendered, indexed] = await Promise.allSettled([rendering, searching]);
    if (rendered.status === "rejected") throw rendered.reason;
    if (indexed.status === "rejected") throw indexed.reason;
    const pages = rendered.value;
    const search = indexed.value;
    await clock.time("writing", async () => {
      const retired = await swapIn(staging, target);
      swapped = true;
      // The replaced site becomes the spare when a record says what it holds; otherwise it is deleted.
      const spared = retired !== undefined && live !== undefined && recordFile !== undefined && (await keepAsSpare(retired, spare, removals));
      if (retired !== undefined && !spared) removals.push(fs.rm(retired, { recursive: true, force: true }));
      if (!recordFile) return;
      const record = { pages: pages.fingerprints, search: { parts: search.parts, pages: search.pages }, exports: pages.exports.fingerprint, exportLayout: pages.exports.layout, others: pages.others };
      await saveBuildRecords(recordFile, [{ dir: target, record }, ...(spared ? [{ dir: spare, record: live! }] : [])]);
    });
    return {
      pages: pages.rendered + pages.reused,
      indexed: Object.values(search.parts).reduce((sum, part) => sum + part.pages, 0),
      reused: { pages: pages.reused, searchParts: search.kept, of: parts.length },
      removal: Promise.all(removals).then(() => undefined),
    };
  } catch (error) {
    await Promise.all([fs.rm(staging, { recursive: true, force: true }), ...removals]);
    // The live site is as it was: so is its record.
    if (recordFile && live && !swapped) await saveBuildRecords(recordFile, [{ dir: target, record: live }]);
    throw error;
  }
}

/** What the rendering stage made: pages rendered and kept, and what the build record keeps of them. */
interface RenderedSite {
  rendered: number;
  reused: number;
  fingerprints: Record<string, string>;
  exports: { fingerprint?: string; layout?: ExportLayout };
  others: string[];
}

/**
 * Renders the site into `staging`: the listings through Eleventy, the article, event and month pages from their
 * templates, the exports. A page whose fingerprint is the one it had in the base site (see kept-pages.ts) is kept
 * instead; the listings are rendered by every build. (I/O)
 */
async function renderSite(
  timeline: Timeline, site: SiteInfo, staging: string, base: BaseSite,
  options: { code?: string; threads?: number; exports: ExportsWriter; searched: Promise<unknown> },
): Promise<RenderedSite> {
  const context = itemPageContext(timeline, site, LAYOUTS);
  const items = itemPages(timeline);
  const fingerprints = options.code ? pageFingerprints(items, createHash("sha256").update(options.code).update(JSON.stringify(context)).digest("hex"), timeline.contentKeys) : {};
  // Pages that changed leave the spare first, so that no renderer writes through a file the live site shares.
  const plan = await planPages(items.map((page) => page.url), fingerprints, base, staging);
  const pages = Promise.all([
    renderPages(timeline, site, staging),
    (async () => {
      const unlinked = new Set(await linkPages(plan.linkable, base, staging));
      await writeItemPages(items.filter((page) => plan.stale.has(page.url) || unlinked.has(page.url)), context, staging, { threads: options.threads });
      return unlinked.size;
    })(),
  ]);
  // Pagefind writing a whole index has a core of its own: the exports wait until it is done or the pages are,
  // whichever comes first (with three busy threads on two cores, each gets two thirds). When it only writes the parts
  // an edit changed (`searched` resolved), they start at once, beside the rendering.
  // Failed pages start no exports; both settle before a failure is thrown, so nothing writes into a removed folder.
  const eventPrints = options.code ? items.flatMap((page) => (page.kind === "evenement" ? [fingerprints[page.url]] : [])) : undefined;
  const exportsPrint = eventPrints && exportsFingerprint(eventPrints, timeline.updated);
  const exports = Promise.race([pages, options.searched.catch(() => undefined)])
    .then(() => writeOrKeepExportsAside(timeline, site, staging, { fingerprint: exportsPrint, prints: eventPrints, base }, options.exports));
  const [paged, exported] = await Promise.allSettled([pages, exports]);
  if (paged.status === "rejected") throw paged.reason;
  if (exported.status === "rejected") throw exported.reason;
  const [listings, unlinked] = paged.value;
  return {
    rendered: listings.pages + plan.stale.size + unlinked,
    reused: plan.keptInPlace + plan.linkable.length - unlinked,
    fingerprints,
    exports: exported.value,
    others: listings.files,
  };
}

/** Puts the site just replaced where the next build looks for its spare, and schedules the removal of the one there. (I/O) */
async function keepAsSpare(retired: string, spare: string, removals: Promise<unknown>[]): Promise<boolean> {
  const outdated = `${retired}-spare`;
  if (await fs.rename(spare, outdated).then(() => true, () => false)) removals.push(fs.rm(outdated, { recursive: true, force: true }));
  return fs.rename(retired, spare).then(() => true, () => false);
}

/**
 * Creates the staging folder and tells what it starts from: the spare, renamed into it and cleared of the files every
 * build renders again, and the live site, whose unchanged files can be linked. (I/O)
 */
async function prepareStaging(staging: string, spare: { dir: string; record: BuildRecord } | undefined, live: { dir: string; record: BuildRecord } | undefined): Promise<BaseSite> {
  if (spare && (await fs.rename(spare.dir, staging).then(() => true, () => false))) {
    await removeFiles(staging, spare.record.others ?? []);
    return { inPlace: spare.record, live };
  }
  await fs.mkdir(staging);
  return { live };
}

function searchFingerprint(part: SearchPart<PlannedSearchPage>): string {
  const hash = createHash("sha256").update(PAGEFIND_VERSION);
  // A page's key stands for its text; otherwise its length first, so that no two contents hash alike, then its text
  // as it is, not escaped as JSON (22 MB here).
  for (const page of part.pages) {
    if (page.key !== undefined) hash.update(`${page.url} key ${page.key}\n`);
    else hash.update(`${page.url} ${page.chars}\n`).update(page.content());
  }
  hash.update("records");
  for (const record of part.records) hash.update(JSON.stringify(record));
  return hash.digest("hex");
}

/**
 * How this build plans its month search pages: a page's key hashes the site's code, its address, month and the keys
 * of its events (see ContentKeys), and its length comes from the base site's records when they have the key. None
 * without content keys.
 */
function searchPagePlanning(timeline: Timeline, code: string, base: BaseSite): SearchPagePlanning | undefined {
  const events = timeline.contentKeys?.events;
  if (!events) return undefined;
  const records = [base.inPlace, base.live?.record];
  return {
    keyOf: (url, month) => {
      const hash = createHash("sha256").update(`search page ${code} ${url} ${month.key} ${month.label}\n`);
      for (const event of month.events) {
        const key = events.get(event);
        if (key === undefined) return undefined;
        hash.update(`${key}\n`);
      }
      return hash.digest("base64url");
    },
    known: (key) => records.map((record) => record?.search?.pages?.[key]).find((chars) => chars !== undefined),
  };
}

/** Removes from staging the index folders of parts the spare had and this build has not (an archive split otherwise). (I/O) */
async function removeRetiredParts(staging: string, base: BaseSite, parts: { folder: string }[]): Promise<void> {
  const current = new Set(parts.map((part) => part.folder));
  const retired = Object.keys(base.inPlace?.search?.parts ?? {}).filter((folder) => !current.has(folder));
  await Promise.all(retired.map((folder) => fs.rm(path.join(staging, folder), { recursive: true, force: true })));
}

/** Renders the listings with Eleventy; returns how many pages, and the files it wrote and copied, relative to `output`. */
async function renderPages(timeline: Timeline, site: SiteInfo, output: string): Promise<{ pages: number; files: string[] }> {
  // Loaded when the listings are due, not with the build command: its 0.3 s would delay the reading of the articles,
  // and so everything after it, when the main thread has time to spare once the search index is under way.
  const { default: Eleventy } = await import("@11ty/eleventy");
  const input = path.join(LAYOUTS, "pages");
  const assets = path.relative(process.cwd(), path.join(LAYOUTS, "assets")) || ".";
  const eleventy = new Eleventy(input, output, {
    quietMode: true,
    configPath: path.join(PROJECT_ROOT, "src/site/no-config.ts"),
    config: (eleventyConfig: any) => configureSite(eleventyConfig, timeline, site, assets),
  });
  type Written = { outputPath: string | false };
  const results = (await eleventy.write()) as unknown as [{ map: Record<string, string> }[], Written[]];
  const files = [...results[0].flatMap((copy) => Object.values(copy.map)), ...results[1].map((page) => page.outputPath)];
  return {
    pages: results[1].length,
    files: files.filter((file): file is string => typeof file === "string").map((file) => path.relative(output, path.resolve(file))).sort(),
  };
}

function stagingPrefix(target: string): string {
  return `.${path.basename(target)}.staging-`;
}

/**
 * Removes the staging folders that killed builds left beside `output` (their process is gone). If a build was killed
 * between its two renames, the output is missing and its previous version waits as `<staging>.old`: it is put back.
 * The build command calls it first, so even a build that then stops on a bad article leaves the output whole. (I/O)
 */
export async function recoverOutput(output: string): Promise<void> {
  const target = path.resolve(output);
  const parent = path.dirname(target);
  const prefix = stagingPrefix(target);
  const names = await fs.readdir(parent).catch(() => [] as string[]);
  const stale = names
    .filter((name) => name.startsWith(prefix) && !isRunning(Number(/^(\d+)-/u.exec(name.slice(prefix.length))?.[1])))
    .sort();
  const hasTarget = await fs.lstat(target).then(() => true, () => false);
  const retired = stale.find((name) => name.endsWith(".old"));
  if (!hasTarget && retired) await fs.rename(path.join(parent, retired), target);
  for (const name of stale) {
    if (name !== retired || hasTarget) await fs.rm(path.join(parent, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Replaces `target` by `staging` with renames only: the old site stays whole until the last moment. Returns where the old site went. */
async function swapIn(staging: string, target: string): Promise<string | undefined> {
  const retired = `${staging}.old`;
  const hadTarget = await fs.stat(target).then(() => true, () => false);
  if (hadTarget) await fs.rename(target, retired);
  try {
    await fs.rename(staging, target);
  } catch (error) {
    if (hadTarget) await fs.rename(retired, target);
    throw error;
  }
  return hadTarget ? retired : undefined;
}

