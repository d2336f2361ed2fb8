import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { SourceError, locate } from "../errors.ts";
import type { Article } from "../types.ts";
import { parseArticle } from "./parse-article.ts";

/** Largest article file accepted, in bytes. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/**
 * Reads every *.md article under a folder, recursively, sorted by path so the build is deterministic (I/O).
 * Skips other files and hidden entries; refuses files over 5 MB, text that is not UTF-8, symbolic links leading
 * outside the folder and two articles with the same slug.
 *
 * Example: readArticles("articles") → [Article « Le Kremlin dément toute ingérence… » (articles/2016/2016-07-27-…md), …]
 */
export async function readArticles(dir: string): Promise<Article[]> {
  let root: string;
  try {
    root = await realpath(dir);
  } catch (error) {
    throw new SourceError(dir, "the articles folder does not exist; create it or pass the right folder", { cause: error });
  }
  const files = (await listMarkdown(dir, root)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const articles: Article[] = [];
  const bySlug = new Map<string, string>();
  for (const file of files) {
    const article = parseArticle(await readUtf8(file), file);
    const other = bySlug.get(article.slug);
    if (other) {
      throw new SourceError(file, `slug "${article.slug}" is already used by ${other}; rename one of the two files or set a different slug: in its front matter`, { line: 1 });
    }
    bySlug.set(article.slug, file);
    articles.push(article);
  }
  return articles;
}

async function listMarkdown(dir: string, root: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await listMarkdown(file, root)));
    } else if (entry.isSymbolicLink()) {
      let target: string;
      try {
        target = await realpath(file);
      } catch (error) {
        throw new SourceError(file, "is a symbolic link to a file that does not exist; remove it or fix the link", { cause: error });
      }
      if (target !== root && !target.startsWith(root + path.sep)) {
        throw new SourceError(file, `is a symbolic link to ${target}, outside ${dir}; copy the article into the folder instead`);
      }
      // Linked folders inside the tree are not followed: their files are read where they really are.
      if ((await stat(target)).isFile() && /\.md$/iu.test(entry.name)) found.push(file);
    } else if (entry.isFile() && /\.md$/iu.test(entry.name)) {
      found.push(file);
    }
  }
  return found;
}

async function readUtf8(file: string): Promise<string> {
  const size = (await lstat(file)).isSymbolicLink() ? (await stat(file)).size : (await lstat(file)).size;
  if (size > MAX_ARTICLE_BYTES) {
    const megabytes = (size / 1024 / 1024).toFixed(1);
    throw new SourceError(file, `is ${megabytes} MB, over the 5 MB limit for one article; split it or remove pasted data`);
  }
  const bytes = await readFile(file);
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
