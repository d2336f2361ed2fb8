import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Article } from "./types.ts";
import { hashFolders } from "./hash-folders.ts";
import type { ArticleExtraction, Knowledge } from "./extract/extract-events.ts";

/**
 * Extraction results kept between builds, keyed by a hash of the article and of everything extraction depends on
 * (its code and the data files), so an unchanged article is not extracted again and a change anywhere in
 * extraction invalidates every entry. One JSON file per articles folder; written whole, atomically, with only the
 * entries of the last build. (I/O)
 */
export class ExtractionCache {
  private readonly used = new Map<string, string>();
  hits = 0;

  private constructor(private readonly file: string, private readonly fingerprint: string, private readonly stored: Map<string, ArticleExtraction>) {}

  /** Opens the cache file (a missing or unreadable one is an empty cache). */
  static async open(file: string, fingerprint: string): Promise<ExtractionCache> {
    const text = await fs.readFile(file, "utf8").catch(() => "");
    let stored = new Map<string, ArticleExtraction>();
    try {
      const parsed = text ? (JSON.parse(text) as { fingerprint: string; entries: Record<string, ArticleExtraction> }) : undefined;
      if (parsed?.fingerprint === fingerprint) stored = new Map(Object.entries(parsed.entries));
    } catch {
      // A damaged cache is only a slower build.
    }
    return new ExtractionCache(file, fingerprint, stored);
  }

  /**
   * Returns the stored extraction of this article, or runs `extract` and keeps its result; either way a detached
   * copy (a JSON copy, as the file gives it back), since the stages after extraction change records in place.
   */
  through(article: Article, extract: () => ArticleExtraction): ArticleExtraction {
    const key = createHash("sha256").update(JSON.stringify(article)).digest("hex");
    const stored = this.stored.get(key);
    if (stored) this.hits++;
    // Kept as JSON text: the text the file is made of, and a copy no later stage can change.
    const text = JSON.stringify(stored ?? extract());
    this.used.set(key, text);
    return JSON.parse(text) as ArticleExtraction;
  }

  async save(): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    const entries = [...this.used].map(([key, text]) => `${JSON.stringify(key)}:${text}`).join(",");
    await fs.writeFile(temporary, `{"fingerprint":${JSON.stringify(this.fingerprint)},"entries":{${entries}}}`);
    await fs.rename(temporary, this.file);
  }
}

/** A hash of the extraction code (every file under `sources`) and of the data it reads. (I/O) */
export async function extractionFingerprint(sources: string[], knowledge: Knowledge): Promise<string> {
  const hash = createHash("sha256");
  await hashFolders(hash, sources, (name) => name.endsWith(".ts"));
  hash.update(JSON.stringify(knowledge.registry.actors)).update(JSON.stringify(knowledge.types));
  return hash.digest("hex");
}

/** Where the cache of an articles folder lives: one file per folder under `dir`. */
export function cacheFileFor(dir: string, articles: string): string {
  return path.join(dir, `extraction-${createHash("sha256").update(path.resolve(articles)).digest("hex").slice(0, 16)}.json`);
}
