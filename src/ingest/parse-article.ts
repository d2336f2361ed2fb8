import path from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import matter from "gray-matter";
import { JSON_SCHEMA, load, YAMLException } from "js-yaml";
import { DateTime } from "luxon";
import { SourceError } from "../errors.ts";
import type { Article, EditorialEntry, IsoDay } from "../types.ts";
import { ARTICLE_KEYS, articleSchema, FIELD_HINTS, FORBIDDEN_KEYS, RESERVED_KEYS } from "./article-schema.ts";
import { kebabSlug } from "./kebab-slug.ts";
import { normalizeText } from "./normalize-text.ts";

const validate = new Ajv({ allErrors: false, strict: true, strictRequired: false, allowUnionTypes: true }).compile(articleSchema);

interface FrontMatter {
  title: string;
  date: string;
  source?: string;
  url?: string;
  author?: string;
  lang?: "fr";
  slug?: string;
  events?: Omit<EditorialEntry, "line">[];
  tags?: string[];
}

const OPENING = /^---[ \t]*([A-Za-z]*)[ \t]*$/u;

export interface ParseOptions {
  /** The build's day: a publication date after it is refused. Absent, any date from 1900 to 2100 is accepted. */
  today?: IsoDay;
}

/**
 * Reads one article file: YAML front matter checked against the article schema, dates checked as real calendar days,
 * body kept as Markdown. Pure: `path` is only used for messages and the slug. Throws SourceError with file and line.
 * Text fields lose control characters and broken surrogates; markup in them is kept as text (templates escape it).
 *
 * Example: `---\ntitle: "Russie-Etats-Unis : l'heure du dégel"\ndate: "2019-05-14"\n---\n\nLes chefs…`
 * (articles/2019/2019-05-14-russie-etats-unis-l-heure-du-degel.md) → { slug: "2019-05-14-russie-etats-unis-l-heure-du-degel",
 * published: "2019-05-14", publishedPrecision: "day", bodyLine: 6, … }
 */
export function parseArticle(fileText: string, path: string, options: ParseOptions = {}): Article {
  const text = normalizeText(fileText);
  const lines = text.split("\n");
  if (text.trim() === "") {
    throw new SourceError(path, 'the file is empty; an article starts with front matter (---, title: "…", date: "YYYY-MM-DD", ---) and then its text', { line: 1 });
  }
  const opening = OPENING.exec(lines[0]);
  if (!opening) {
    throw new SourceError(path, 'no front matter; start the file with a line ---, then title: "…" and date: "YYYY-MM-DD", then a line --- and the text', { line: 1 });
  }
  const language = opening[1].toLowerCase();
  if (language === "js" || language === "javascript") {
    throw new SourceError(path, `"---${opening[1]}" front matter would run code and is not allowed; write YAML after a plain ---`, { line: 1 });
  }
  if (language !== "" && language !== "yaml" && language !== "yml") {
    throw new SourceError(path, `"---${opening[1]}" front matter is not supported; write YAML after a plain ---`, { line: 1 });
  }
  const close = lines.findIndex((line, index) => index > 0 && line.startsWith("---"));
  if (close < 0) {
    throw new SourceError(path, "the front matter opened on line 1 is never closed; add a line --- after the last field, before the text", { line: 1 });
  }
  if (lines[close].trim() !== "---") {
    throw new SourceError(path, 'a line starting with "---" ends the front matter; make it exactly --- (or indent or quote it if it is a value)', { line: close + 1 });
  }

  const data = readFrontMatter(text, path);
  const keyLine = (key: string) => findKeyLine(lines, close, key);
  checkKeys(data, path, keyLine);
  if (!validate(data)) throw schemaError(validate.errors ?? [], path, lines, close, keyLine);
  const front = data as unknown as FrontMatter;

  const precision = checkCalendarDate(front.date, "date", path, keyLine("date"), ["day", "month"]) as "day" | "month";
  if (options.today !== undefined && front.date > options.today.slice(0, front.date.length)) {
    throw new SourceError(path, `date "${front.date}" is after the day of the build (${options.today}): a publication date cannot be in the future; correct it, or build with --today YYYY-MM-DD`, { line: keyLine("date") });
  }
  const url = front.url ? checkUrl(front.url, path, keyLine("url")) : undefined;
  const itemLines = eventItemLines(lines, close);
  const editorial = (front.events ?? []).map((entry, index) => {
    const line = itemLines[index] ?? keyLine("events");
    if (entry.date) checkCalendarDate(entry.date, "event date", path, line, ["day", "month", "year"]);
    return { ...entry, ...(entry.title ? { title: cleanLine(entry.title) } : {}), line };
  });

  let bodyStart = close + 1;
  while (bodyStart < lines.length && lines[bodyStart].trim() === "") bodyStart++;
  const body = lines.slice(bodyStart).join("\n").trimEnd();
  if (body === "") {
    throw new SourceError(path, "the front matter is not followed by any text; write the article below the closing ---", { line: close + 1 });
  }

  const title = cleanLine(front.title);
  if (title === "") {
    throw new SourceError(path, `title is empty once control characters are removed; ${FIELD_HINTS.title}`, { line: keyLine("title") });
  }

  return {
    slug: front.slug ?? slugFromPath(path),
    path,
    title,
    published: front.date,
    publishedPrecision: precision,
    ...(front.source && cleanLine(front.source) ? { source: cleanLine(front.source) } : {}),
    ...(url ? { url } : {}),
    ...(front.author && cleanLine(front.author) ? { author: cleanLine(front.author) } : {}),
    lang: "fr",
    // Joined rather than concatenated: V8 keeps a concatenation as its two pieces, and every character the extraction
    // reads of the body then goes through them (the date tagger's scan of a joined body is twice as quick).
    body: [body, ""].join("\n"),
    bodyLine: bodyStart + 1,
    editorial,
  };
}

function readFrontMatter(text: string, file: string): Record<string, unknown> {
  const refuseCode = () => {
    throw new SourceError(file, "JavaScript front matter would run code and is not allowed; write YAML after a plain ---", { line: 1 });
  };
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Always an options object: without one gray-matter caches by text and returns {} for a file that failed before.
    parsed = matter(text, {
      engines: {
        // JSON schema: dates stay strings ("2021-02-30" is not rolled to 2 March), no merge keys, no custom types.
        yaml: (source: string) => load(source, { schema: JSON_SCHEMA }) as object,
        js: refuseCode,
        javascript: refuseCode,
      },
    });
  } catch (error) {
    if (error instanceof SourceError) throw error;
    if (error instanceof YAMLException) {
      // mark.line is 0-based from the opening --- line, which is file line 1.
      const line = error.mark ? error.mark.line + 1 : 1;
      const column = error.mark ? error.mark.column + 1 : undefined;
      throw new SourceError(file, `front matter is not valid YAML: ${error.reason}; check the indentation and quote values that contain ": " or start with a special character`, { line, column, cause: error });
    }
    throw new SourceError(file, `front matter could not be read: ${(error as Error).message}`, { line: 1, cause: error });
  }
  const data: unknown = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data) || Object.keys(data).length === 0) {
    throw new SourceError(file, 'the front matter must be a list of fields; write title: "…" and date: "YYYY-MM-DD" between the --- lines', { line: 2 });
  }
  return data as Record<string, unknown>;
}

function checkKeys(data: Record<string, unknown>, file: string, keyLine: (key: string) => number): void {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== "object") return;
    if (Object.getPrototypeOf(value) !== Object.prototype) {
      throw new SourceError(file, "the front matter tries to change an object prototype; remove __proto__ keys", { line: 1 });
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.includes(key)) {
        const what = key === "<<" ? "YAML merge keys (<<) are not allowed" : `the key "${key}" is not allowed`;
        throw new SourceError(file, `${what}; write each field out in full`, { line: keyLine(key) });
      }
      visit((value as Record<string, unknown>)[key]);
    }
  };
  visit(data);
  for (const key of Object.keys(data)) {
    if (RESERVED_KEYS.includes(key)) {
      throw new SourceError(file, `"${key}" is an Eleventy setting and cannot be set by an article; remove it (the site builds URLs and layouts itself)`, { line: keyLine(key) });
    }
    if (!(ARTICLE_KEYS as readonly string[]).includes(key)) {
      throw new SourceError(file, `unknown field "${key}"; an article may have: ${ARTICLE_KEYS.join(", ")}`, { line: keyLine(key) });
    }
  }
}

function schemaError(errors: ErrorObject[], file: string, lines: string[], close: number, keyLine: (key: string) => number): SourceError {
  const error = errors[0];
  const parts = error.instancePath.split("/").filter(Boolean);
  const field = error.keyword === "required" ? String(error.params.missingProperty) : [...parts].reverse().find((part) => !/^\d+$/u.test(part)) ?? "";
  const inEvent = parts[0] === "events" && parts.length > 1;
  const line = inEvent ? eventItemLines(lines, close)[Number(parts[1])] ?? keyLine("events") : keyLine(parts[0] ?? field);
  const where = inEvent ? `events entry ${Number(parts[1]) + 1}: ` : "";
  const hint = FIELD_HINTS[field] ?? "";
  if (error.keyword === "required") {
    return new SourceError(file, `${where}"${field}" is missing; ${hint}`, { line: inEvent ? line : 1 });
  }
  if (error.keyword === "additionalProperties") {
    const extra = String(error.params.additionalProperty);
    return new SourceError(file, `${where}unknown field "${extra}"; an event entry may have: action, match, date, title, type, actors, sentence`, { line });
  }
  return new SourceError(file, `${where}${field || "value"} ${describe(error)}; ${hint}`, { line });
}

const TYPE_NAMES: Record<string, string> = { string: "text (put it in quotes)", array: "a list", object: "a group of fields" };

/** A one-line text field as printed: no control characters, no broken surrogate halves, runs of white space as one space. */
function cleanLine(value: string): string {
  return value
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, "")
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case "type":
      return `must be ${TYPE_NAMES[String(error.params.type)] ?? `a ${error.params.type}`}`;
    case "minLength":
    case "pattern":
      return error.params.pattern === "\\S" ? "is empty" : "has the wrong form";
    case "maxLength":
      return `is longer than ${error.params.limit} characters`;
    case "const":
    case "enum":
      return "has a value that is not allowed";
    default:
      return error.message ?? "is not valid";
  }
}

function checkCalendarDate(value: string, what: string, file: string, line: number, allowed: string[]): string {
  const [year, month, day] = value.split("-").map(Number);
  const precision = day !== undefined ? "day" : month !== undefined ? "month" : "year";
  const valid =
    allowed.includes(precision) &&
    year >= 1900 &&
    year <= 2100 &&
    (precision === "year" || DateTime.utc(year, month, day ?? 1).isValid);
  if (!valid) {
    const form = precision === "day" ? "a calendar day" : precision === "month" ? "a calendar month" : "an allowed date";
    const shapes = allowed.includes("year") ? "YYYY-MM-DD, YYYY-MM or YYYY" : "YYYY-MM-DD (or YYYY-MM for a month)";
    throw new SourceError(file, `${what} "${value}" is not ${form} between 1900 and 2100; write ${shapes}`, { line });
  }
  return precision;
}

/** The address in the canonical form the URL parser gives: quotes, spaces and angle brackets come out percent-encoded. */
function checkUrl(value: string, file: string, line: number): string {
  try {
    const url = new URL(value);
    if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "") return url.href;
  } catch {
    // reported below
  }
  throw new SourceError(file, `url "${value}" is not an http or https address; ${FIELD_HINTS.url}`, { line });
}

/** 1-based file line of a top-level front matter key, or line 1 when it cannot be found (flow style, odd quoting). */
function findKeyLine(lines: string[], close: number, key: string): number {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const pattern = new RegExp(`^\\s*(?:-\\s+)?(["']?)${escaped}\\1\\s*:`, "u");
  const topLevel = new RegExp(`^(["']?)${escaped}\\1\\s*:`, "u");
  for (const candidate of [topLevel, pattern]) {
    for (let index = 1; index < close; index++) if (candidate.test(lines[index])) return index + 1;
  }
  return 1;
}

/** 1-based file lines of the items of a block-style `events:` list. */
function eventItemLines(lines: string[], close: number): number[] {
  const start = lines.findIndex((line, index) => index > 0 && index < close && /^events\s*:\s*(#.*)?$/u.test(line));
  if (start < 0) return [];
  const found: number[] = [];
  let itemIndent: number | undefined;
  for (let index = start + 1; index < close; index++) {
    const line = lines[index];
    if (line.trim() === "" || /^\s*#/u.test(line)) continue;
    const indent = line.length - line.trimStart().length;
    if (indent === 0 && !line.startsWith("-")) break;
    if (line.trimStart().startsWith("- ") || line.trim() === "-") {
      itemIndent ??= indent;
      if (indent === itemIndent) found.push(index + 1);
    }
  }
  return found;
}

/** The file name without .md, if it is already a slug; otherwise a kebab slug made from it. */
function slugFromPath(file: string): string {
  const name = path.basename(file).replace(/\.md$/iu, "");
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/u.test(name)) return name;
  const slug = kebabSlug(name, 120);
  if (!slug) throw new SourceError(file, "the file name gives no usable slug; rename it with letters a-z, digits and hyphens, or set slug: in the front matter", { line: 1 });
  return slug;
}
