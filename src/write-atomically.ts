import { promises as fs } from "node:fs";
import path from "node:path";

/** Writes `data` to `file` whole or not at all: into a temporary file beside it, renamed over it once written. (I/O) */
export async function writeAtomically(file: string, data: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
