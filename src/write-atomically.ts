import { promises as fs } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import path from "node:path";

/**
 * Writes `file` whole or not at all: into a temporary file beside it, renamed over it once written, and removed when
 * the writing fails. `data` is the text, or what writes it through the open file (for a file too large to build as
 * one string). (I/O)
 */
export async function writeAtomically(file: string, data: string | ((handle: FileHandle) => Promise<void>)): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    if (typeof data === "string") await fs.writeFile(temporary, data);
    else {
      const handle = await fs.open(temporary, "w");
      try {
        await data(handle);
      } finally {
        await handle.close();
      }
    }
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
