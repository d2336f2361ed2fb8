import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import type { Timeline } from "./timeline-view.ts";
import { configureSite, type SiteInfo } from "./configure-site.ts";
import { writeSearchIndex } from "./search-index.ts";
import { renderEventPages } from "./render-event-pages.ts";
import { siteSearchContent } from "./search-records.ts";
import { StageClock } from "../stage-clock.ts";

/** The project folder, wherever the command is run from. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface SiteSummary {
  pages: number;
  indexed: number;
  files: number;
}

/**
 * Renders the site into a staging folder beside `output`, indexes it, then swaps it in. (I/O)
 * Until the swap nothing in `output` changes, so a failed or killed build leaves the previous site as it was,
 * and files of deleted articles do not linger. Staging folders left by killed builds are removed first.
 */
export async function writeSite(timeline: Timeline, site: SiteInfo, output: string, clock = new StageClock()): Promise<SiteSummary> {
  const target = path.resolve(output);
  const parent = path.dirname(target);
  await fs.mkdir(parent, { recursive: true });
  await recoverOutput(target);
  // The process id in the name tells a later build whether this folder's build is still running.
  const staging = await fs.mkdtemp(path.join(parent, `${stagingPrefix(target)}${process.pid}-`));
  try {
    const pages = await clock.time("rendering", async () =>
      (await renderPages(timeline, site, staging)) + (await renderEventPages(timeline, site, path.join(PROJECT_ROOT, "layouts"), staging)));
    const { pages: indexed } = await clock.time("search index", () =>
      // From memory: no page is read back from disk and parsed again.
      writeSearchIndex(staging, siteSearchContent(timeline)));
    const files = await clock.time("writing", async () => {
      const count = await countFiles(staging);
      await swapIn(staging, target);
      return count;
    });
    return { pages, indexed, files };
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

/** Replaces `target` by `staging` with renames only: the old site stays whole until the last moment. */
async function swapIn(staging: string, target: string): Promise<void> {
  const retired = `${staging}.old`;
  const hadTarget = await fs.stat(target).then(() => true, () => false);
  if (hadTarget) await fs.rename(target, retired);
  try {
    await fs.rename(staging, target);
  } catch (error) {
    if (hadTarget) await fs.rename(retired, target);
    throw error;
  }
  if (hadTarget) await fs.rm(retired, { recursive: true, force: true });
}

async function countFiles(dir: string): Promise<number> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}
