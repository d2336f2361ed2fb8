/**
 * Imports raw French news texts as article files (I/O).
 * npm run import -- FILE... --date YYYY-MM[-DD] [--source "Euronews"] [--url …] [--title …] [--out articles] [--force]
 * --date, --source, --url and --title are given once for all files or once per file, in order.
 * A date written in the text ("date 2016-12 …") is used when --date is missing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { importRaw } from "../ingest/import-raw.ts";
import { renderArticleFile } from "../ingest/render-article-file.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: "string", multiple: true },
    source: { type: "string", multiple: true },
    url: { type: "string", multiple: true },
    title: { type: "string", multiple: true },
    out: { type: "string", default: "articles" },
    force: { type: "boolean", default: false },
  },
});

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

if (positionals.length === 0) fail("give at least one text file: npm run import -- FILE... --date YYYY-MM-DD");

function perFile(name: string, given: string[] | undefined): (index: number) => string | undefined {
  const list = given ?? [];
  if (list.length > 1 && list.length !== positionals.length) {
    fail(`--${name} was given ${list.length} times for ${positionals.length} files; give it once for all files or once per file`);
  }
  return (index) => (list.length === 1 ? list[0] : list[index]);
}

const dateOf = perFile("date", values.date);
const sourceOf = perFile("source", values.source);
const urlOf = perFile("url", values.url);
const titleOf = perFile("title", values.title);

for (const [index, file] of positionals.entries()) {
  if (!existsSync(file)) fail(`${file}: no such file`);
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file));
  } catch {
    fail(`${file}: is not UTF-8 text; re-save it as UTF-8`);
  }
  let published = dateOf(index);
  if (!published) {
    const hint = /^\s*date\s*:?\s*(\d{4}-\d{2}(?:-\d{2})?)\s/iu.exec(raw);
    if (!hint) fail(`${file}: no publication date; pass --date YYYY-MM-DD (or YYYY-MM for a month)`);
    published = hint[1];
  }
  let article;
  try {
    article = importRaw(raw, { published, source: sourceOf(index), url: urlOf(index), title: titleOf(index) });
  } catch (error) {
    fail(`${file}: ${(error as Error).message}`);
  }
  const target = join(values.out ?? "articles", article.frontMatter.date.slice(0, 4), `${article.slug}.md`);
  const text = renderArticleFile(article);
  if (existsSync(target)) {
    if (readFileSync(target, "utf8") === text) {
      console.log(`unchanged ${target}`);
      continue;
    }
    if (!values.force) fail(`${target} already exists with other content; pass --force to overwrite it`);
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${target}: ${article.frontMatter.title} (${article.dropped.length} noise lines dropped)`);
}
