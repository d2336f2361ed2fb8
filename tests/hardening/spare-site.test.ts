// A cached build keeps the site it replaces beside the output, as a spare, and the next build updates that spare in
// place instead of writing every file. The live site must never feel it: no file it shares is written through, a
// build killed in the middle leaves it whole, and what the spare turns into is byte for byte a cold build.
import assert from "node:assert/strict";
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { ROOT, tempDir } from "../helpers/build-site.ts";
import { build, goodArticle, hashTree, startBuild, writeFiles } from "./harness.ts";

let work: string;
let articles: string;
let cache: string;
let out: string;
let spare: string;

before(() => {
  work = tempDir("chronique-spare-");
  articles = path.join(work, "articles");
  cache = path.join(work, "cache");
  out = path.join(work, "site");
  spare = path.join(work, ".site.previous");
  cpSync(path.join(ROOT, "articles"), articles, { recursive: true });
});
after(() => rmSync(work, { recursive: true, force: true }));

function cachedBuild(): string {
  const result = build(["--articles", articles, "--output", out, "--cache-dir", cache]);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

/** A build of the same articles that never saw an earlier one: what every rebuild must equal. */
function coldTree(): Record<string, string> {
  const cold = path.join(work, "cold");
  rmSync(cold, { recursive: true, force: true });
  const result = build(["--articles", articles, "--output", cold, "--no-cache"]);
  assert.equal(result.status, 0, result.stderr);
  return hashTree(cold);
}

/** Every folder under `dir`: an in-place update must not leave the empty folders of removed pages. */
function folders(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort();
}

function article(year: string): string {
  return path.join(articles, year, readdirSync(path.join(articles, year)).sort()[0]);
}

test("rebuilds through the spare give the bytes of a cold build and never write through a file the live site shares", () => {
  cachedBuild();
  writeFileSync(article("2019"), readFileSync(article("2019"), "utf8").replace("mardi soir", "mercredi soir"));
  writeFiles(articles, { "2020/2020-06-02-nouveau.md": goodArticle("Un nouvel article", "2020-06-02", "Le 1er juin 2020, Washington a expulsé trois diplomates russes.") });
  cachedBuild();
  assert.ok(existsSync(spare), "the replaced site is kept as the spare");

  // The next build starts from the spare: an article changes and one is deleted, with its pages and their folders.
  const live = hashTree(out);
  writeFileSync(article("2021"), readFileSync(article("2021"), "utf8").replace(/\n*$/u, "\n\nLe 3 mars 2021, Moscou a expulsé deux diplomates américains.\n"));
  rmSync(path.join(articles, "2020"), { recursive: true });
  const rebuilt = cachedBuild();
  assert.match(rebuilt, /\(\d+ pages unchanged since the last build[;)]/u);
  assert.deepEqual(hashTree(spare), live, "the site just replaced is byte for byte what was live");
  assert.deepEqual(hashTree(out), coldTree());
  assert.deepEqual(folders(out), folders(path.join(work, "cold")));

  // Nothing changed: everything is kept, and still equals a cold build.
  assert.match(cachedBuild(), /\(\d+ pages and the search index unchanged since the last build\)/u);
  assert.deepEqual(hashTree(out), coldTree());
  assert.deepEqual(readdirSync(work).filter((name) => name.includes("staging")), []);
});

test("a build killed while it updates the spare in place leaves the live site whole; the next build is right", async () => {
  cachedBuild();
  cachedBuild();
  assert.ok(existsSync(spare));
  const before = JSON.stringify(hashTree(out));
  writeFileSync(article("2019"), readFileSync(article("2019"), "utf8").replace(/\n*$/u, "\n\nLe 5 mai 2019, Moscou a expulsé un diplomate américain.\n"));
  const after = JSON.stringify(coldTree());
  let killedInPlace = 0;
  for (const delay of [0, 100, 250]) {
    if (!existsSync(spare)) break;
    const child = startBuild(["--articles", articles, "--output", out, "--cache-dir", cache]);
    let running = true;
    const exited = new Promise<void>((resolve) => child.once("exit", () => { running = false; resolve(); }));
    // The spare is renamed into a staging folder when the site starts being written.
    while (running && existsSync(spare)) await new Promise((resolve) => setTimeout(resolve, 2));
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (running && child.kill("SIGKILL")) killedInPlace++;
    await exited;
    // Killed, the build left the live site as it was; finished, it swapped a whole new site in.
    assert.ok([before, after].includes(JSON.stringify(hashTree(out))), `killed ${delay} ms into the update`);
  }
  assert.ok(killedInPlace > 0, "a build was killed while it updated the spare");
  cachedBuild();
  assert.equal(JSON.stringify(hashTree(out)), after);
  assert.deepEqual(readdirSync(work).filter((name) => name.includes("staging")), []);
});
