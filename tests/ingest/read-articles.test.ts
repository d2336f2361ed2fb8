import assert from "node:assert/strict";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { SourceError, SourceErrors } from "../../src/errors.ts";
import { readArticles } from "../../src/ingest/read-articles.ts";
import { ExtractionCache } from "../../src/extraction-cache.ts";
import { tempFolders } from "../helpers/build-site.ts";

const tempFolder = tempFolders("articles-");

async function folder(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await tempFolder();
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

const text = (title: string, date: string) => `---\ntitle: "${title}"\ndate: "${date}"\n---\n\nLe Kremlin a démenti mercredi toute ingérence.\n`;

test("articles are read recursively, sorted by path, and other files are ignored", async () => {
  const dir = await folder({
    "2021/2021-12-07-degel.md": text("Dégel", "2021-12-07"),
    "2016/2016-12-poutine.md": text("Vladimir Poutine « ne va expulser personne »", "2016-12"),
    "2016/2016-07-27-kremlin.md": text("Le Kremlin dément", "2016-07-27"),
    "2016/notes.txt": "pas un article",
    "2016/photo.jpg": Buffer.from([0xff, 0xd8, 0xff]),
    ".brouillons/2020-01-01-brouillon.md": "pas fini",
  });
  const articles = await readArticles(dir);
  assert.deepEqual(
    articles.map((article) => article.slug),
    ["2016-07-27-kremlin", "2016-12-poutine", "2021-12-07-degel"],
  );
  assert.equal(articles[0].path, path.join(dir, "2016/2016-07-27-kremlin.md"));
});

test("two articles with the same slug are refused, naming both files", async () => {
  const dir = await folder({ "2016/degel.md": text("Dégel", "2016-12"), "2021/degel.md": text("Dégel", "2021-12") });
  await assert.rejects(readArticles(dir), (error: unknown) => {
    assert.ok(error instanceof SourceErrors);
    assert.equal(error.errors.length, 1);
    assert.ok(error.errors[0].message.startsWith(path.join(dir, "2021/degel.md")), error.message);
    assert.ok(error.message.includes(`slug "degel" is already used by ${path.join(dir, "2016/degel.md")}`), error.message);
    return true;
  });
});

test("a file that is not UTF-8 is refused with the line of the first bad byte and what to do", async () => {
  const latin1 = Buffer.from(`---\ntitle: "Le Kremlin d\xe9ment"\ndate: "2016-07-27"\n---\n\nTexte.\n`, "latin1");
  const dir = await folder({ "2016-07-27-kremlin.md": latin1 });
  await assert.rejects(readArticles(dir), (error: unknown) => {
    assert.ok(error instanceof SourceErrors);
    assert.equal(error.errors[0].line, 2);
    assert.match(error.message, /is not UTF-8 text .*; re-save it as UTF-8/);
    return true;
  });
});

test("a file over 1 MB is refused", async () => {
  const dir = await folder({ "gros.md": text("Gros", "2016-12") + "x".repeat(1024 * 1024) });
  await assert.rejects(readArticles(dir), /is 1\.0 MB, over the 1 MB limit/);
});

test("a symbolic link to a file outside the folder is refused, one inside is read", async () => {
  const outside = await folder({ "secret.md": text("Secret", "2016-12") });
  const dir = await folder({ "2016-12-poutine.md": text("Poutine", "2016-12") });
  await mkdir(path.join(dir, "liens"));
  await symlink(path.join(dir, "2016-12-poutine.md"), path.join(dir, "liens", "2016-12-copie.md"));
  const inside = await readArticles(dir);
  assert.deepEqual(inside.map((article) => article.slug), ["2016-12-poutine", "2016-12-copie"]);
  await symlink(path.join(outside, "secret.md"), path.join(dir, "secret.md"));
  await assert.rejects(readArticles(dir), /is a symbolic link to .*, outside .*; copy the article into the folder instead/);
});

test("an error in one article names that file and line", async () => {
  const dir = await folder({ "2021/2021-02-30-x.md": text("x", "2021-02-30") });
  await assert.rejects(readArticles(dir), (error: unknown) => {
    assert.ok(error instanceof SourceErrors);
    assert.ok(error.errors[0] instanceof SourceError);
    assert.ok(error.errors[0].message.startsWith(`${path.join(dir, "2021/2021-02-30-x.md")}:3: date "2021-02-30" is not a calendar day`), error.message);
    return true;
  });
});

test("every bad file is reported in one error, in path order, and the good ones do not hide them", async () => {
  const dir = await folder({
    "b/vide.md": "",
    "a/2021-02-30-x.md": text("x", "2021-02-30"),
    "a/2016-12-bon.md": text("Bon", "2016-12"),
    "c/2031-01-01-futur.md": text("Futur", "2031-01-01"),
  });
  await assert.rejects(readArticles(dir, { today: "2026-01-01" }), (error: unknown) => {
    assert.ok(error instanceof SourceErrors);
    assert.deepEqual(error.errors.map((each) => [path.relative(dir, each.file), each.line]), [["a/2021-02-30-x.md", 3], ["b/vide.md", 1], ["c/2031-01-01-futur.md", 3]]);
    assert.match(error.message, /^3 errors in 3 files:\n/);
    assert.match(error.errors[2].message, /is after the day of the build \(2026-01-01\).*--today YYYY-MM-DD/);
    return true;
  });
});

test("README.md, hidden files and files that are not Markdown are not articles", async () => {
  const dir = await folder({ "README.md": "# Les articles\n", "2016-12-x.md": text("x", "2016-12"), ".DS_Store": Buffer.from([0, 1, 2]), "x.md~": "sauvegarde", "image.png": Buffer.from([0x89, 0x50]) });
  assert.deepEqual((await readArticles(dir)).map((article) => article.slug), ["2016-12-x"]);
});

test("a file with NUL bytes (UTF-16, binary) is refused as not UTF-8 text", async () => {
  const dir = await folder({ "utf16.md": Buffer.from(text("x", "2016-12"), "utf16le") });
  await assert.rejects(readArticles(dir), /utf16\.md:1: contains NUL bytes.*re-save it as UTF-8 text/);
});

test("a missing folder is reported as such", async () => {
  await assert.rejects(readArticles(path.join(tmpdir(), "no-such-articles-folder-xyz")), /the articles folder does not exist/);
});

test("the five default articles are read without error", async () => {
  const articles = await readArticles("articles");
  assert.equal(articles.length >= 5, true);
  assert.ok(articles.every((article) => article.lang === "fr" && article.bodyLine > 4));
});

test("articles kept by an earlier build are the articles a parse gives, and a changed file, a bad one or a date after the build's day is read again", async () => {
  const dir = await folder({
    "2016/2016-07-27-kremlin.md": text("Le Kremlin dément", "2016-07-27"),
    "2021/2021-12-07-degel.md": text("Dégel", "2021-12-07"),
  });
  const file = path.join(dir, "cache", "articles.json");
  const open = () => ExtractionCache.open(file, "v1");
  const fill = await open();
  assert.deepEqual(await readArticles(dir, {}, fill), await readArticles(dir));
  await fill.save();

  const kept = await open();
  assert.deepEqual(await readArticles(dir, { today: "2026-01-01" }, kept), await readArticles(dir, { today: "2026-01-01" }));
  assert.equal(kept.hits, 2);

  // An edit is parsed again; a build's day before a kept article's date refuses it as a parse would, with its line.
  await writeFile(path.join(dir, "2021/2021-12-07-degel.md"), text("Dégel, suite", "2021-12-07"));
  const edited = await open();
  const articles = await readArticles(dir, {}, edited);
  assert.equal(edited.hits, 1);
  assert.equal(articles[1].title, "Dégel, suite");
  const early = (parsed?: ExtractionCache) => readArticles(dir, { today: "2020-01-01" }, parsed).then(() => assert.fail("refused"), (error: SourceErrors) => error.errors.map((found) => found.message));
  assert.deepEqual(await early(await open()), await early());

  // A file made bad is never read from an entry of its good bytes.
  await writeFile(path.join(dir, "2016/2016-07-27-kremlin.md"), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
  await assert.rejects(readArticles(dir, {}, await open()), SourceErrors);
});
