import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { hashFolders } from "../hash-folders.ts";

/**
 * What a build remembers of the site it wrote, kept in the cache folder: the fingerprint of each item page and of the
 * search index. The next build of the same output reuses what has not changed. The record names the output folder by
 * its inode, which a rename keeps and a new build changes, so a record never vouches for another build's files.
 */
export interface BuildRecord {
  pages: Record<string, string>;
  search?: { fingerprint: string; pages: number };
  exports?: string;
}

export function buildRecordFile(cacheDir: string, output: string): string {
  return path.join(cacheDir, `site-${createHash("sha256").update(path.resolve(output)).digest("hex").slice(0, 16)}.json`);
}

/** The record of the site now in `output`, or nothing when it was written by another build or is unreadable. (I/O) */
export async function readBuildRecord(file: string, output: string): Promise<BuildRecord | undefined> {
  try {
    const [text, stat] = await Promise.all([fs.readFile(file, "utf8"), fs.stat(output)]);
    const record = JSON.parse(text) as BuildRecord & { inode: number };
    return record.inode === stat.ino ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Records the site just swapped into `output`. (I/O) */
export async function saveBuildRecord(file: string, output: string, record: BuildRecord): Promise<void> {
  const { ino } = await fs.stat(output);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, JSON.stringify({ inode: ino, ...record }));
  await fs.rename(temporary, file);
}

/** Hard-links every file under `from` into `to`, keeping the tree; false when there is none or any could not be linked. (I/O) */
export async function linkTree(from: string, to: string): Promise<boolean> {
  const entries = await fs.readdir(from, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)));
  return files.length > 0 && linkFiles(files, from, to);
}

/** A hash of what every rendered file depends on besides its data: the templates and the site's code. (I/O) */
export async function siteCodeFingerprint(layouts: string): Promise<string> {
  const hash = createHash("sha256");
  await hashFolders(hash, [layouts, path.dirname(fileURLToPath(import.meta.url))]);
  return hash.digest("hex");
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
