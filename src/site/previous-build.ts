import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { hashFolders } from "../hash-folders.ts";
import { inBatches } from "../in-batches.ts";
import { cacheFileFor } from "../extraction-cache.ts";
import { writeAtomically } from "../write-atomically.ts";
import type { ExportLayout } from "./write-exports.ts";

/**
 * What a build remembers of a site it wrote, kept in the cache folder: the fingerprint of each item page, of the
 * exports and of the search index, and the other files (listings, assets). The next build reuses what has not changed.
 */
export interface BuildRecord {
  pages: Record<string, string>;
  /**
   * Each search index part's fingerprint and number of pages and records, by folder (see searchParts), and the length
   * of each month search page's text by its key (see PlannedSearchPage).
   */
  search?: { parts: Record<string, { fingerprint: string; pages: number }>; pages?: Record<string, number> };
  exports?: string;
  /** Where each event's fragments lie in the exports: the next build copies unchanged ones. */
  exportLayout?: ExportLayout;
  /** The site's other files, relative to its folder: rendered again by every build. */
  others?: string[];
}

/**
 * What a build starts from. The spare, the generation before the live site, kept beside the output: it is renamed
 * into staging and updated in place, so that a file unchanged since then costs nothing. And the live site: a file
 * that differs from the spare's but not from the live one is hard-linked from there.
 */
export interface BaseSite {
  inPlace?: BuildRecord;
  live?: { dir: string; record: BuildRecord };
}

/** A record names its folder by inode and birth time, which a rename keeps and a new folder changes. */
interface StoredRecord extends BuildRecord {
  folder: string;
}

/** Where the records of the sites written to `output` are kept. */
export function buildRecordFile(cacheDir: string, output: string): string {
  return cacheFileFor(cacheDir, output, "site");
}

/** Where the generation before the live one waits for the next build, beside the output. */
export function sparePath(output: string): string {
  const target = path.resolve(output);
  return path.join(path.dirname(target), `.${path.basename(target)}.previous`);
}

async function folderIdentity(dir: string): Promise<string | undefined> {
  const stat = await fs.stat(dir).catch(() => undefined);
  return stat?.isDirectory() ? `${stat.ino}:${stat.birthtimeMs}` : undefined;
}

/** The records kept in `file`, for whichever of `dirs` they still describe: never one for a folder another build wrote. (I/O) */
export async function readBuildRecords(file: string, dirs: string[]): Promise<(BuildRecord | undefined)[]> {
  const stored = await fs.readFile(file, "utf8").then((text) => (JSON.parse(text) as { sites?: StoredRecord[] }).sites ?? [], () => [] as StoredRecord[]);
  return Promise.all(dirs.map(async (dir) => {
    const identity = await folderIdentity(dir);
    const found = identity === undefined ? undefined : stored.find((record) => record.folder === identity);
    if (!found) return undefined;
    const { folder: _, ...record } = found;
    return record;
  }));
}

/**
 * Replaces the records in `file` by those of `sites` (none clears it). A build clears the file before it changes any
 * folder, so that a killed build never leaves a record that vouches for files it may have half changed. (I/O)
 */
export async function saveBuildRecords(file: string, sites: { dir: string; record: BuildRecord }[]): Promise<void> {
  const stored = await Promise.all(sites.map(async ({ dir, record }) => ({ folder: (await folderIdentity(dir))!, ...record })));
  await writeAtomically(file, JSON.stringify({ sites: stored.filter((record) => record.folder !== undefined) }));
}

/** A hash of what every rendered file depends on besides its data: the templates and the site's code. (I/O) */
export async function siteCodeFingerprint(layouts: string): Promise<string> {
  const hash = createHash("sha256");
  await hashFolders(hash, [layouts, path.dirname(fileURLToPath(import.meta.url))]);
  return hash.digest("hex");
}

/**
 * Makes the files or folders `names` part of `output` when the base site has them `unchanged`: left where they are in
 * the spare, or else hard-linked from the live site. Changed ones are taken out of the spare, so that they are written
 * anew, never through a link the live site shares. True when they are there and need no writing.
 * Given `removals`, changed ones are renamed beside `output` and deleted in the background, the promise pushed there:
 * a folder of hundreds of files takes a second to delete, which the search index should not wait for. (I/O)
 */
export async function keepFiles(names: readonly string[], base: BaseSite, output: string, unchanged: (record: BuildRecord) => boolean, removals?: Promise<unknown>[]): Promise<boolean> {
  if (base.inPlace) {
    if (unchanged(base.inPlace)) return true;
    await Promise.all(names.map(async (name) => {
      const stale = path.join(output, name);
      // Beside `output`, with its name as a prefix: the staging folders' recovery removes it if the build is killed.
      // Named after the file, so that the parts of the search index, kept or not at once, each get their own.
      const aside = `${output}.stale-${name.replaceAll(path.sep, "-")}`;
      if (removals && (await fs.rename(stale, aside).then(() => true, () => false))) removals.push(fs.rm(aside, { recursive: true, force: true }));
      else await fs.rm(stale, { recursive: true, force: true });
    }));
  }
  if (!base.live || !unchanged(base.live.record)) return false;
  const from = base.live.dir;
  const files = (await Promise.all(names.map((name) => filesUnder(from, name)))).flat();
  return files.length > 0 && linkFiles(files, from, output);
}

/** The files of `name` under `dir`, relative to `dir`: the name itself when it is a file, its tree when a folder. (I/O) */
async function filesUnder(dir: string, name: string): Promise<string[]> {
  const folder = path.join(dir, name);
  if (!(await fs.stat(folder).catch(() => undefined))?.isDirectory()) return [name];
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/** Hard-links the files of `from` named by their relative paths into `to`; false, and none linked, when any fails. (I/O) */
export async function linkFiles(names: readonly string[], from: string, to: string): Promise<boolean> {
  try {
    for (const name of names) {
      await fs.mkdir(path.dirname(path.join(to, name)), { recursive: true });
      await fs.link(path.join(from, name), path.join(to, name));
    }
    return true;
  } catch {
    // A link left behind would share its file with the live site: whatever is written next must get a file of its own.
    await Promise.all(names.map((name) => fs.rm(path.join(to, name), { force: true })));
    return false;
  }
}

/** Removes the files `names` from `dir`, then, unless told not to, the folders they leave empty. (I/O) */
export async function removeFiles(dir: string, names: readonly string[], options: { folders?: boolean } = {}): Promise<void> {
  await inBatches([...names], 256, (name) => fs.rm(path.join(dir, name), { force: true }));
  if (options.folders === false) return;
  const folders = new Set<string>();
  for (const name of names) {
    for (let folder = path.dirname(name); folder !== "." && folder !== path.sep && !folders.has(folder); folder = path.dirname(folder)) folders.add(folder);
  }
  // Deepest first, so that a folder emptied by its sub-folders goes too; a folder still holding files stays.
  for (const folder of [...folders].sort((a, b) => b.split(path.sep).length - a.split(path.sep).length)) {
    await fs.rmdir(path.join(dir, folder)).catch(() => undefined);
  }
}
