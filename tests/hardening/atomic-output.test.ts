// The output folder only ever holds a whole site: a failed build or a build killed with SIGKILL at any moment
// leaves the previous one byte for byte, and the next build clears what the killed ones left behind.
import assert from "node:assert/strict";
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { ROOT, tempDir } from "../helpers/build-site.ts";
import { build, goodArticle, hashTree, startBuild, writeFiles } from "./harness.ts";

let work: string;
let articles: string;
let out: string;
let previous: Record<string, string>;

const staging = () => readdirSync(work).filter((name) => name.startsWith(".site.staging-"));

before(() => {
  work = tempDir("chronique-atomic-");
  articles = path.join(work, "articles");
  out = path.join(work, "site");
  cpSync(path.join(ROOT, "articles"), articles, { recursive: true });
  const first = build(["--articles", articles, "--output", out]);
  assert.equal(first.status, 0, first.stderr);
  previous = hashTree(out);
});
after(() => rmSync(work, { recursive: true, force: true }));

test("a build that fails on malformed data files leaves the previous site byte for byte", () => {
  const data = path.join(work, "data");
  cpSync(path.join(ROOT, "src/data"), data, { recursive: true });
  writeFiles(data, { "actors/cassé.md": "---\nid: [\n---\n" });
  const failed = build(["--articles", articles, "--data", data, "--output", out]);
  assert.equal(failed.status, 1);
  assert.match(failed.stderr, /cassé\.md/);
  assert.deepEqual(hashTree(out), previous);
  assert.deepEqual(staging(), []);
});

test("files of a deleted article do not linger, in the pages or in the search index", () => {
  const extra = path.join(work, "articles-plus");
  cpSync(articles, extra, { recursive: true });
  writeFiles(extra, { "2021/2021-03-03-supprime.md": goodArticle("Un article bientôt supprimé", "2021-03-03", "Le 3 mars 2021, Moscou a expulsé quatorze diplomates lituaniens.") });
  const target = path.join(work, "site-suppression");
  assert.equal(build(["--articles", extra, "--output", target]).status, 0);
  assert.ok(existsSync(path.join(target, "articles/2021-03-03-supprime/index.html")));
  const withIt = Object.keys(hashTree(target));
  rmSync(path.join(extra, "2021/2021-03-03-supprime.md"));
  assert.equal(build(["--articles", extra, "--output", target]).status, 0);
  const files = Object.keys(hashTree(target));
  assert.ok(!files.some((file) => file.includes("supprime")), files.filter((file) => file.includes("supprime")).join(" "));
  assert.ok(files.length < withIt.length);
  assert.deepEqual(hashTree(target), hashTree(out), "the same articles give the same site as a build that never saw the deleted one");
});

/** Starts a build into `out` and kills it with SIGKILL when `when` says so; resolves with whether it was still running. */
async function killBuild(when: { afterMs?: number; onStaging?: (dir: string) => boolean }): Promise<boolean> {
  const child = startBuild(["--articles", articles, "--output", out]);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const started = Date.now();
  let running = true;
  child.once("exit", () => (running = false));
  while (running) {
    const folder = staging().find((name) => !name.endsWith(".old"));
    const due = when.afterMs !== undefined ? Date.now() - started >= when.afterMs : folder !== undefined && when.onStaging!(path.join(work, folder));
    if (due) break;
    if (Date.now() - started > 60_000) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const killed = running && child.kill("SIGKILL");
  await exited;
  return killed;
}

test("a build killed with SIGKILL at any moment leaves the previous site byte for byte; the next build clears its leftovers", async () => {
  const moments: { name: string; when: Parameters<typeof killBuild>[0] }[] = [
    { name: "0.2 s", when: { afterMs: 200 } },
    { name: "0.5 s", when: { afterMs: 500 } },
    { name: "1 s", when: { afterMs: 1000 } },
    { name: "staging folder created", when: { onStaging: () => true } },
    { name: "first pages rendered", when: { onStaging: (dir) => existsSync(path.join(dir, "index.html")) } },
    { name: "search index being written", when: { onStaging: (dir) => existsSync(path.join(dir, "pagefind")) } },
    { name: "1.5 s", when: { afterMs: 1500 } },
    { name: "2 s", when: { afterMs: 2000 } },
  ];
  let killedWithStaging = 0;
  for (const { name, when } of moments) {
    const killed = await killBuild(when);
    assert.deepEqual(hashTree(out), previous, `killed at ${name}${killed ? "" : " (it had already finished)"}`);
    if (killed && staging().length > 0) killedWithStaging++;
  }
  assert.ok(killedWithStaging >= 2, "some builds were killed with their staging folder on disk");
  const next = build(["--articles", articles, "--output", out]);
  assert.equal(next.status, 0, next.stderr);
  assert.deepEqual(staging(), [], "no staging folder is left");
  assert.deepEqual(hashTree(out), previous);
});

test("a build killed between its two renames loses nothing: the next build puts the previous site back first", () => {
  // The state a kill leaves between `site → .site.staging-<pid>-x.old` and `staging → site`; pid 2^22+1 is never running.
  const retired = path.join(work, ".site.staging-4194305-abc123.old");
  renameSync(out, retired);
  writeFiles(path.join(work, ".site.staging-4194305-abc123"), { "index.html": "<!doctype html><title>moitié</title>" });
  writeFiles(articles, { "vide.md": "" });
  const failed = build(["--articles", articles, "--output", out]);
  rmSync(path.join(articles, "vide.md"));
  assert.equal(failed.status, 1, "the build itself stops on the empty article");
  assert.deepEqual(hashTree(out), previous);
  assert.deepEqual(staging(), []);
});
