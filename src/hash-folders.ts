import type { Hash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";

/**
 * Feeds `hash` with every file under `folders` (those whose name `keep` accepts), in a fixed order, each with its path
 * inside its folder: the same files give the same hash wherever the project sits. (I/O)
 */
export async function hashFolders(hash: Hash, folders: string[], keep: (name: string) => boolean = () => true): Promise<void> {
  for (const folder of folders) {
    const files = (await fs.readdir(folder, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && keep(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) hash.update(file.slice(folder.length)).update(await fs.readFile(file));
  }
}
