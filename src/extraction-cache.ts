import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Article } from "./types.ts";
import { hashFolders } from "./hash-folders.ts";
import { writeAtomically } from "./write-atomically.ts";
import type { Knowledge } from "./extract/extract-events.ts";

/**
 * Extraction results kept between builds, keyed by a hash of the article and of everything extraction depends on
 * (its code and the data files), so an unchanged article is not extracted again and a change anywhere in
 * extraction invalidates every entry. One file per articles folder. The same store keeps the chronology's merged
 * buckets and the parsed articles, each in a file of their own (see MergeMemo and ParsedArticles). (I/O)
 *
 * The file is JSON Lines: the fingerprint, then one `<key> <JSON>` line per entry (an article's extraction is two JSON
 * texts with a tab between them, its events apart: see throughSplit). An entry stays
 * bytes of the file until an article asks for it, so a build decodes and parses only what it uses, once, and an
 * archive's cache is never held as one string (twice its size in memory once it holds an accent).
 *
 * A build that made a few entries appends them to the file; one that would leave more than a quarter of the entries
 * unused (articles edited or removed since they were made) writes the file anew, atomically, with only its own.
 * At 10 000 articles that is a few kilobytes after an edit instead of 125 MB, and 62 MB for the merged buckets.
 */
export class ExtractionCache {
  /** The entries of this build: the file's bytes for those read from it, JSON text for fresh ones. */
  private readonly used = new Map<string, Buffer | string>();
  private fresh = 0;
  private readonly keys = new WeakMap<Article, string>();
  hits = 0;

  /** `fingerprint`: what every entry depends on besides its key (the code and data that made it). */
  private constructor(private readonly file: string, readonly fingerprint: string, private readonly stored: Map<string, Buffer>) {}

  /** The first line of the file: the entries below it were made by the code and data it names. */
  private static header(fingerprint: string): Buffer {
    return Buffer.from(`${JSON.stringify({ fingerprint })}\n`);
  }

  /** Opens the cache file (a missing, unreadable or outdated one is an empty cache). */
  static async open(file: string, fingerprint: string): Promise<ExtractionCache> {
    const bytes = await fs.readFile(file).catch(() => Buffer.alloc(0));
    const stored = new Map<string, Buffer>();
    const header = ExtractionCache.header(fingerprint);
    if (bytes.subarray(0, header.length).equals(header)) {
      for (let start = header.length; start < bytes.length;) {
        let end = bytes.indexOf(0x0a, start);
        if (end < 0) end = bytes.length;
        const space = bytes.indexOf(0x20, start);
        // Keys are hexadecimal: the first space of the line ends one.
        if (space > start && space < end) stored.set(bytes.toString("latin1", start, space), bytes.subarray(space + 1, end));
        start = end + 1;
      }
    }
    return new ExtractionCache(file, fingerprint, stored);
  }

  /**
   * The key of an article's entry: a hash of all it holds but the path it was read from, so an edit anywhere in it is
   * a new entry, while the same folder given by its absolute path, or from another working folder, keeps its entries.
   * The path only names the file in diagnostics, which the build writes with this build's path (see buildChronology).
   */
  keyOf(article: Article): string {
    let key = this.keys.get(article);
    if (key === undefined) this.keys.set(article, (key = createHash("sha256").update(JSON.stringify({ ...article, path: undefined })).digest("hex")));
    return key;
  }

  /** The result stored under `key` (hexadecimal), or `make`'s, kept under it; either way a JSON copy. */
  throughKey<T>(key: string, make: () => T): T {
    // Made earlier in this build, under the same key: another copy of the same text.
    const made = this.used.get(key);
    if (typeof made === "string") return JSON.parse(made) as T;
    const stored = this.stored.get(key);
    if (stored !== undefined) {
      const copy = parsed<T>(stored.toString("utf8"));
      if (copy) {
        this.hits++;
        this.used.set(key, stored);
        return copy;
      }
      // A damaged entry is only an article extracted again.
    }
    return JSON.parse(this.keep(key, JSON.stringify(make()))) as T;
  }

  /**
   * throughKey for a result in two parts, kept on one line with a tab between them (JSON text holds none): the first
   * is parsed at once, the second only when `second()` is called. A rebuild needs the events of only the few articles
   * whose merged buckets changed, not the 78 MB of them an archive of 10 000 articles keeps. A result just made is
   * given back as made, not copied: `make` must give JSON values (no undefined field, no object in two places), which
   * read the same as their copy.
   */
  throughSplit<A, B>(key: string, make: () => [A, B]): { first: A; second: () => B } {
    const made = this.used.get(key);
    if (typeof made === "string") return splitLine<A, B>(made);
    const stored = this.stored.get(key);
    const tab = stored ? stored.indexOf(0x09) : -1;
    const first = tab > 0 ? parsed<A>(stored!.toString("utf8", 0, tab)) : undefined;
    const remade = () => {
      const [a, b] = make();
      this.keep(key, `${JSON.stringify(a)}\t${JSON.stringify(b)}`);
      return { first: a, second: () => b };
    };
    if (first === undefined) return remade();
    this.hits++;
    this.used.set(key, stored!);
    // A damaged second part is only the article made again, then.
    return { first, second: () => parsed<B>(stored!.toString("utf8", tab + 1)) ?? remade().second() };
  }

  /** True when this build made a result under `key` or the file holds one. */
  holds(key: string): boolean {
    return this.used.has(key) || this.stored.has(key);
  }

  /** Keeps `text` as this build's entry under `key`: the text the file is made of, and a copy no later stage can change. */
  private keep(key: string, text: string): string {
    this.used.set(key, text);
    this.fresh++;
    return text;
  }

  /**
   * Keeps what this build made: appended to the file, or the file written anew with only the entries this build used
   * when more than a quarter of those it holds went unused; nothing when nothing was made and few went unused.
   */
  async save(): Promise<void> {
    const unused = this.stored.size - (this.used.size - this.fresh);
    const few = unused <= this.stored.size / 4;
    if (this.fresh === 0 && few) return;
    if (this.stored.size > 0 && few && (await this.append())) return;
    await this.rewrite();
  }

  /** The entries made by this build, as the lines of the file. */
  private *freshLines(): Generator<Buffer> {
    for (const [key, entry] of this.used) if (typeof entry === "string") yield Buffer.from(`${key} ${entry}\n`);
  }

  /** Appends this build's entries to the file it read; false when the file is no longer that one (another code's). */
  private async append(): Promise<boolean> {
    const handle = await fs.open(this.file, "r+").catch(() => undefined);
    if (!handle) return false;
    try {
      const header = ExtractionCache.header(this.fingerprint);
      const start = Buffer.alloc(header.length);
      const { size } = await handle.stat();
      if (size < header.length || (await handle.read(start, 0, header.length, 0)).bytesRead < header.length || !start.equals(header)) return false;
      // A build killed in the middle of an append leaves a line cut short: the next entry starts on a line of its own.
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      const lines = [...(last[0] === 0x0a ? [] : [NEWLINE]), ...this.freshLines()];
      await handle.writev(lines, size);
      return true;
    } finally {
      await handle.close();
    }
  }

  /** Writes the file anew with the entries this build used, atomically. */
  private async rewrite(): Promise<void> {
    await writeAtomically(this.file, async (handle) => {
      await handle.write(ExtractionCache.header(this.fingerprint));
      // A few megabytes at a time, handed over as they are (writev): the whole file at once would weigh as much as
      // every entry again, and copying each line into one buffer cost more than the writing.
      let chunk: Buffer[] = [];
      let size = 0;
      for (const [key, entry] of this.used) {
        const bytes = typeof entry === "string" ? Buffer.from(entry) : entry;
        chunk.push(Buffer.from(`${key} `), bytes, NEWLINE);
        size += bytes.length;
        if (size > 2 ** 22) {
          await handle.writev(chunk);
          chunk = [];
          size = 0;
        }
      }
      await handle.writev(chunk);
    });
  }
}

const NEWLINE = Buffer.from("\n");

/** The two parts of a line made by throughSplit, each a JSON copy; the second parsed when asked for. */
function splitLine<A, B>(line: string): { first: A; second: () => B } {
  const tab = line.indexOf("\t");
  return { first: JSON.parse(line.slice(0, tab)) as A, second: () => JSON.parse(line.slice(tab + 1)) as B };
}

function parsed<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** A hash of the extraction code (every file under `sources`) and of the data it reads. (I/O) */
export function extractionFingerprint(sources: string[], knowledge: Knowledge): Promise<string> {
  return codeFingerprint(sources, JSON.stringify(knowledge.registry.actors) + JSON.stringify(knowledge.types));
}

/** A hash of `seed` and of the code in `folders`: what a cache's entries depend on besides their keys. (I/O) */
export async function codeFingerprint(folders: string[], seed = ""): Promise<string> {
  const hash = createHash("sha256").update(seed);
  await hashFolders(hash, folders, (name) => name.endsWith(".ts"));
  return hash.digest("hex");
}

/**
 * Where a cache file of a folder lives: one file per folder and per `kind` under `dir`. The parsed articles, the
 * extraction and the merged buckets are kept per articles folder; the build record per output folder.
 */
export function cacheFileFor(dir: string, folder: string, kind: "articles" | "extraction" | "merge" | "site" = "extraction"): string {
  return path.join(dir, `${kind}-${createHash("sha256").update(path.resolve(folder)).digest("hex").slice(0, 16)}.json`);
}
