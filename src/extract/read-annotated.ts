import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { JSON_SCHEMA, load } from "js-yaml";
import type { Article } from "../types.ts";
import { SourceError } from "../errors.ts";
import { parseArticle } from "../ingest/parse-article.ts";
import type { GoldEvent } from "./score-events.ts";

const KEYS = new Set(["type", "date", "actors", "source", "target", "planned", "approximate"]);

/**
 * Reads a folder of annotated articles: every `<slug>.md` with its `<slug>.expected.yaml`, a YAML list of
 * { type, date, actors, source?, target?, planned?, approximate? }. Sorted by file name. (I/O)
 *
 * tests/fixtures/annotated → [{ article: { slug: "2018-03-17-londres-moscou-espion", … }, gold: [{ type: "expulsion-diplomates", … }, …] }, …]
 */
export async function readAnnotated(dir: string): Promise<{ article: Article; gold: GoldEvent[] }[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".md") && name !== "README.md").sort();
  const result: { article: Article; gold: GoldEvent[] }[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const article = parseArticle(await readFile(file, "utf8"), file);
    const goldFile = file.replace(/\.md$/u, ".expected.yaml");
    let data: unknown;
    try {
      data = load(await readFile(goldFile, "utf8"), { schema: JSON_SCHEMA });
    } catch (error) {
      throw new SourceError(goldFile, `cannot read the expected events (${(error as Error).message}); write a YAML list of { type, date, actors }`, { cause: error });
    }
    if (!Array.isArray(data)) throw new SourceError(goldFile, "the expected events must be a YAML list");
    const gold = data.map((entry, index): GoldEvent => {
      const fail = (message: string): never => {
        throw new SourceError(goldFile, `entry ${index + 1}: ${message}`);
      };
      if (typeof entry !== "object" || entry === null) return fail("write { type, date, actors }");
      for (const key of Object.keys(entry)) if (!KEYS.has(key)) fail(`unknown key « ${key} »`);
      const { type, date, actors } = entry as Record<string, unknown>;
      if (typeof type !== "string") fail("« type » is missing");
      if (typeof date !== "string" || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) fail("« date » must be a quoted YYYY-MM-DD, YYYY-MM or YYYY");
      if (!Array.isArray(actors) || actors.some((actor) => typeof actor !== "string")) fail("« actors » must be a list of actor ids");
      return entry as GoldEvent;
    });
    result.push({ article, gold });
  }
  return result;
}
