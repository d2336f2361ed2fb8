import { createRequire } from "node:module";
import matter from "gray-matter";
import { SourceError } from "../../errors.ts";

interface YamlModule {
  load(text: string, options: { schema: unknown }): unknown;
  JSON_SCHEMA: unknown;
}
interface YamlError {
  reason?: string;
  mark?: { line: number; column: number };
}

// js-yaml comes with gray-matter and Eleventy and has no type package here; only `load` and the JSON schema are used.
const yaml = createRequire(import.meta.url)("js-yaml") as YamlModule;

const refuse = () => {
  throw new Error("only YAML front matter is read");
};

/** gray-matter options: YAML with the JSON schema (dates stay strings), and no `---js` front matter. */
const OPTIONS = {
  engines: {
    yaml: (text: string) => (yaml.load(text, { schema: yaml.JSON_SCHEMA }) ?? {}) as object,
    js: refuse,
    javascript: refuse,
  },
};

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The text after the front matter. */
  body: string;
}

/**
 * Parses the YAML front matter of a data file; a YAML error becomes a SourceError at the file line.
 *
 * « ---\nid: serguei-lavrov\nfrom: 2004-03-09\n--- » → { id: "serguei-lavrov", from: "2004-03-09" } (dates stay strings).
 */
export function readFrontMatter(file: string, text: string): FrontMatter {
  if (!/^---\r?\n/.test(text)) throw new SourceError(file, "no front matter; start the file with a line « --- »", { line: 1 });
  try {
    const parsed = matter(text, OPTIONS);
    const data = parsed.data;
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      throw new SourceError(file, "front matter is not a list of « key: value » lines", { line: 2 });
    }
    return { data: data as Record<string, unknown>, body: parsed.content };
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const yamlError = error as YamlError;
    // The YAML text handed to js-yaml starts with the end of the opening « --- » line, so mark.line + 1 is the file line.
    const place = yamlError.mark ? { line: yamlError.mark.line + 1, column: yamlError.mark.column + 1 } : { line: 1 };
    throw new SourceError(file, `front matter is not valid YAML (${yamlError.reason ?? String(error)}); fix the YAML syntax`, { ...place, cause: error });
  }
}

/**
 * 1-based line of the first line, from `fromLine` on, that contains `needle`; `fallback` when none does.
 *
 * lineOf("---\nid: a\nname: b\n", "name:") → 3.
 */
export function lineOf(text: string, needle: string, fromLine = 1, fallback = 1): number {
  const lines = text.split("\n");
  for (let i = fromLine - 1; i < lines.length; i++) {
    if (lines[i].includes(needle)) return i + 1;
  }
  return fallback;
}
