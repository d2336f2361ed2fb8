import { createHash } from "node:crypto";
import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import type { Timeline } from "./timeline-view.ts";
import { configureSite, type SiteInfo } from "./configure-site.ts";
import { writeSearchIndex } from "./search-index.ts";
import { siteSearchContent } from "./search-records.ts";
import { itemPageContext, itemPages } from "./item-pages.ts";
import { writeItemPages } from "./write-item-pages.ts";
import { writeOrKeepExports } from "./write-exports.ts";
import { buildRecordFile, linkTree, readBuildRecord, saveBuildRecord, siteCodeFingerprint } from "./previous-build.ts";
import { StageClock } from "../stage-clock.ts";

/** The project folder, wherever the command is run from. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the build command and `npm start` keep extraction results and the record of the last build. */
export const DEFAULT_CACHE_DIR = path.join(PROJECT_ROOT, ".cache");

/** Part of the search index's fingerprint: another Pagefind writes another index. */
const PAGEFIND_VERSION = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "node_modules/pagefind/package.json"), "utf8")).version as string;

export interface SiteSummary {
  pages: number;
  indexed: number;
  files: number;
  /** Item pages hard-linked unchanged from the previous site, and whether its search index was kept. */
  reused: { pages: number; search: boolean };
  /** The deletion of the previous site, renamed aside by the swap; a later build finishes it if it is interrupted. */
  removal: Promise<void>;
}

/**
 * Renders the site into a staging folder beside `output`, indexes it, then swaps it in. (I/O)
 * Until the swap nothing in `output` changes, so a failed or killed build leaves the previous site as it was,
 * and files of deleted articles do not linger. Staging folders left by killed builds are removed first.
 * With a `cache` folder, the build records what it wrote there, and the next one hard-links what has not changed.
 */
export async function writeSite(timeline: Timeline, site: SiteInfo, output: string, clock = new StageClock(), options: { cache?: string; threads?: number } = {}): Promise<SiteSummary> {
  const target = path.resolve(output);
  const parent = path.dirname(target);
  await fs.mkdir(parent, { recursive: true });
  await recoverOutput(target);
  const recordFile = options.cache ? buildRecordFile(options.cache, target) : undefined;
  const previous = recordFile ? await readBuildRecord(recordFile, target) : undefined;
  const layouts = path.join(PROJECT_ROOT, "layouts");
  // Fingerprints cost a pass over every page's data: only worth it when a record will keep them.
  const code = recordFile ? await siteCodeFingerprint(layouts) : undefined;
  let retired: string | undefined;
  // The process id in the name tells a later build whether this folder's build is still running.
  const staging = await fs.mkdtemp(path.join(parent, `${stagingPrefix(target)}${process.pid}-`));
  try {
    // The search index is built from memory, so Pagefind's process works while the pages are rendered.
    const searching = clock.time("search index", async () => {
      const content = siteSearchContent(timeline);
      const fingerprint = code ? createHash("sha256").update(PAGEFIND_VERSION).update(JSON.stringify(content)).digest("hex") : "";
      // An unchanged index is kept as it is.
      if (previous?.search?.fingerprint === fingerprint && (await linkTree(path.join(target, "pagefind"), path.join(staging, "pagefind")))) {
        return { fingerprint, pages: previous.search.pages, kept: true };
      }
      return { fingerprint, pages: (await writeSearchIndex(staging, content)).pages, kept: false };
    });
    const rendering = clock.time("rendering", () => Promise.all([
      renderPages(timeline, site, staging),
      writeOrKeepExports(timeline, site, staging, { code, previous: previous && { dir: target, fingerprint: previous.exports } }),
      writeItemPages(itemPages(timeline), itemPageContext(timeline, site, layouts), staging, {
        previous: previous && { dir: target, fingerprints: previous.pages },
        threads: options.threads,
        code,
      }),
    ]));
    // Both are awaited before anything else happens, so a failure never leaves one writing into a removed folder.
    const [rendered, indexed] = await Promise.allSettled([rendering, searching]);
    if (rendered.status === "rejected") throw rendered.reason;
    if (indexed.status === "rejected") throw indexed.reason;
    const [listings, exportsPrint, items] = rendered.value;
    const search = indexed.value;
    const files = await clock.time("writing", async () => {
      const count = await countFiles(staging);
      retired = await swapIn(staging, target);
      if (recordFile) await saveBuildRecord(recordFile, target, { pages: items.fingerprints, search: { fingerprint: search.fingerprint, pages: search.pages }, exports: exportsPrint });
      return count;
    });
    // The previous site is out of the way: its files are deleted while the build reports.
    const removal = retired ? fs.rm(retired, { recursive: true, force: true }) : Promise.resolve();
    return { pages: listings + items.rendered + items.reused, indexed: search.pages, files, reused: { pages: items.reused, search: search.kept }, removal };
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function renderPages(timeline: Timeline, site: SiteInfo, output: string): Promise<number> {
  const input = path.join(PROJECT_ROOT, "layouts/pages");
  const assets = path.relative(process.cwd(), path.join(PROJECT_ROOT, "layouts/assets")) || ".";
  const eleventy = new Eleventy(input, output, {
    quietMode: true,
    configPath: path.join(PROJECT_ROOT, "src/site/no-config.ts"),
    config: (eleventyConfig: any) => configureSite(eleventyConfig, timeline, site, assets),
  });
  const results = (await eleventy.write()) as unknown as [unknown[], { url: string }[]] | { url: string }[];
  const written = Array.isArray(results[0]) ? (results as [unknown[], unknown[]])[1] : results;
  return (written as unknown[]).length;
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

async function countFiles(dir: string): Promise<number> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}
