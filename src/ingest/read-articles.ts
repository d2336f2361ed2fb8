import { createHash } from "node:crypto";
import { lstatSync, readFileSync, statSync } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { SourceError, SourceErrors, locate } from "../errors.ts";
import type { Article } from "../types.ts";
import { parseArticle, type ParseOptions } from "./parse-article.ts";

/**
 * Largest article file accepted, in bytes. A long news article is 50 KB; a megabyte is a book, or pasted data,
 * and it would hold the build for minutes.
 */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/**
 * Reads every *.md article under a folder, recursively, sorted by path so the build is deterministic (I/O).
 * Skips other files, README.md and hidden entries; refuses files over 1 MB, text that is not UTF-8, symbolic links
 * leading outside the folder and two articles with the same slug. Every file is read even after a bad one, and
 * the bad ones are all reported together in one SourceErrors, so one run lists everything there is to fix.
 *
 * Example: readArticles("articles") → [Article « Le Kremlin dément toute ingérence… » (articles/2016/2016-07-27-…md), …]
 */
export async function readArticles(dir: string, options: ParseOptions = {}, parsed?: ParsedArticles): Promise<Article[]> {
  let root: string;
  try {
    root = await realpath(dir);
  } catch (error) {
    throw new SourceError(dir, "the articles folder does not exist; create it or pass the right folder", { cause: error });
  }
  const errors: SourceError[] = [];
  const files = (await listMarkdown(dir, root, errors)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const articles: Article[] = [];
  const bySlug = new Map<string, string>();
  for (const file of files) {
    try {
      const article = parsed ? throughParsed(file, options, parsed) : parseArticle(decodeUtf8(readBytes(file), file), file, options);
      const other = bySlug.get(article.slug);
      if (other) {
        throw new SourceError(file, `slug "${article.slug}" is already used by ${other}; rename one of the two files or set a different slug: in its front matter`, { line: 1 });
      }
      bySlug.set(article.slug, file);
      articles.push(article);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0) throw new SourceErrors(errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  return articles;
}

/** Article files under `dir`; a bad symbolic link is added to `errors` and its walk goes on. */
async function listMarkdown(dir: string, root: string, errors: SourceError[]): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name.toLowerCase() === "readme.md") continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await listMarkdown(file, root, errors)));
    } else if (entry.isSymbolicLink()) {
      let target: string;
      try {
        target = await realpath(file);
      } catch (error) {
        errors.push(new SourceError(file, "is a symbolic link to a file that does not exist; remove it or fix the link", { cause: error }));
        continue;
      }
      if (target !== root && !target.startsWith(root + path.sep)) {
        errors.push(new SourceError(file, `is a symbolic link to ${target}, outside ${dir}; copy the article into the folder instead`));
        continue;
      }
      // Linked folders inside the tree are not followed: their files are read where they really are.
      if ((await stat(target)).isFile() && /\.md$/iu.test(entry.name)) found.push(file);
    } else if (entry.isFile() && /\.md$/iu.test(entry.name)) {
      found.push(file);
    }
  }
  return found;
}

/** Articles parsed by an earlier build, kept by a hash of their file's path and bytes (see build.ts). */
export interface ParsedArticles {
  /** The article stored under `key`, or `parse`'s, kept under it; either way a JSON copy. */
  throughKey(key: string, parse: () => Article): Article;
}

/**
 * An article file parsed, or taken from `parsed` when a file of the same path and bytes was: about 0.5 s of a rebuild
 * of 10 000 articles goes to parsing front matter and normalising text. The entries do not depend on the build's day,
 * which is checked each time: a stored article published after it is parsed again, for the error and its line.
 */
function throughParsed(file: string, options: ParseOptions, parsed: ParsedArticles): Article {
  const bytes = readBytes(file);
  const key = createHash("sha256").update(file).update("\0").update(bytes).digest("hex");
  const article = parsed.throughKey(key, () => parseArticle(decodeUtf8(bytes, file), file));
  const { today } = options;
  return today !== undefined && article.published > today.slice(0, article.published.length) ? parseArticle(decodeUtf8(bytes, file), file, options) : article;
}

/**
 * The bytes of an article file, within the size limit. Read synchronously: 10 000 articles from the page cache (an
 * archive just built or edited) take 0.11-0.14 s so against 0.33-0.42 s in overlapping batches of promises, and
 * 0.65 s against 0.45 s from a cold disk, once after a restart.
 */
function readBytes(file: string): Buffer {
  const link = lstatSync(file);
  const size = link.isSymbolicLink() ? statSync(file).size : link.size;
  if (size > MAX_ARTICLE_BYTES) {
    const megabytes = (size / 1024 / 1024).toFixed(1);
    throw new SourceError(file, `is ${megabytes} MB, over the 1 MB limit for one article; split it or remove pasted data`);
  }
  return readFileSync(file);
}

/** The text of an article file's bytes, checked: no NUL byte, valid UTF-8. */
function decodeUtf8(bytes: Buffer, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = locate(bytes.subarray(0, nul).toString("latin1"), nul).line;
    throw new SourceError(file, "contains NUL bytes, so it is not a text file in UTF-8 (UTF-16, or a binary file named .md?); re-save it as UTF-8 text", { line });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    // The lenient decoding marks the first bad byte with U+FFFD, which gives the line to look at.
    const lenient = bytes.toString("utf8");
    const bad = lenient.indexOf("\uFFFD");
    const place = bad >= 0 ? { line: locate(lenient, bad).line } : {};
    throw new SourceError(file, "is not UTF-8 text (Latin-1 or Windows-1252?); re-save it as UTF-8", { ...place, cause: error });
  }
}
