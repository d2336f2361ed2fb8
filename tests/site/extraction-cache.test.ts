import assert from "node:assert/strict";
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, test } from "node:test";
import { ROOT, runBuild, tempDir } from "../helpers/build-site.ts";

const work = tempDir();
after(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string): Map<string, string> {
  return new Map(readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(dir, file), readFileSync(file).toString("base64")];
    }));
}

test("a build from the extraction cache gives the same bytes as one without it, also after an article changes", () => {
  const articles = path.join(work, "articles");
  const cache = path.join(work, "cache");
  cpSync(path.join(ROOT, "articles"), articles, { recursive: true });
  const build = (output: string, ...extra: string[]) => {
    const result = runBuild(["--articles", articles, "--output", path.join(work, output), "--today", "2026-01-01", ...extra]);
    assert.equal(result.status, 0, result.stderr);
  };
  build("cold", "--cache-dir", cache);
  assert.equal(readdirSync(cache).filter((name) => name.endsWith(".json")).length, 1);
  build("warm", "--cache-dir", cache);
  assert.deepEqual(files(path.join(work, "warm")), files(path.join(work, "cold")));

  const changed = path.join(articles, "2019", readdirSync(path.join(articles, "2019"))[0]);
  writeFileSync(changed, readFileSync(changed, "utf8").replace("mardi soir", "mercredi soir"));
  build("after-change", "--cache-dir", cache);
  build("after-change-uncached", "--no-cache");
  assert.deepEqual(files(path.join(work, "after-change")), files(path.join(work, "after-change-uncached")));
  assert.notDeepEqual(files(path.join(work, "after-change")), files(path.join(work, "cold")));
});
