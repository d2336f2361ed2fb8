// The same articles give the same bytes: whatever the time zone, the locale or the working directory,
// and with no build time or absolute path in any file, search index included.
import assert from "node:assert/strict";
import { cpSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { after, before, test } from "node:test";
import { ROOT, tempDir } from "../helpers/build-site.ts";
import { build, hashTree, TODAY } from "./harness.ts";

let work: string;
let articles: string;
const sites: Record<string, string> = {};

before(() => {
  work = tempDir("chronique-bytes-");
  articles = path.join(work, "articles");
  cpSync(path.join(ROOT, "articles"), articles, { recursive: true });
  const runs: { name: string; cwd: string; env: Record<string, string | undefined> }[] = [
    { name: "UTC, C locale, from the project", cwd: ROOT, env: { TZ: "UTC", LANG: "C", LC_ALL: undefined } },
    { name: "Kiritimati (UTC+14), LANG unset, from /", cwd: "/", env: { TZ: "Pacific/Kiritimati", LANG: undefined, LC_ALL: undefined, LANGUAGE: undefined } },
    { name: "Los Angeles (UTC−8), fr_FR.UTF-8, from the temp folder", cwd: work, env: { TZ: "America/Los_Angeles", LANG: "fr_FR.UTF-8", LC_ALL: "fr_FR.UTF-8" } },
  ];
  for (const run of runs) {
    const output = path.join(work, `site-${Object.keys(sites).length}`);
    // Relative paths from wherever the command runs, as a person would type them.
    const result = build(["--articles", path.relative(run.cwd, articles), "--output", path.relative(run.cwd, output)], { cwd: run.cwd, env: run.env });
    assert.equal(result.status, 0, `${run.name}: ${result.stderr}`);
    sites[run.name] = output;
  }
});
after(() => rmSync(work, { recursive: true, force: true }));

test("three builds under different time zones, locales and working directories are identical byte for byte", () => {
  const [first, ...others] = Object.entries(sites).map(([name, dir]) => ({ name, files: hashTree(dir) }));
  assert.ok(Object.keys(first.files).length > 50);
  for (const other of others) {
    const differing = Object.keys({ ...first.files, ...other.files }).filter((file) => first.files[file] !== other.files[file]);
    assert.deepEqual(differing, [], `${other.name} differs from ${first.name}`);
  }
});

test("no file holds an absolute path, the user's name or the day of the build", () => {
  const site = Object.values(sites)[0];
  const today = new Date().toISOString().slice(0, 10);
  const needles = [work, ROOT, os.homedir(), os.tmpdir() + path.sep, os.userInfo().username === "root" ? "/root/" : os.userInfo().username, today, TODAY];
  for (const file of Object.keys(hashTree(site))) {
    let bytes = readFileSync(path.join(site, file));
    if (file.endsWith(".pf_fragment") || file.endsWith(".pf_meta") || file.endsWith(".pf_index") || file.endsWith(".pf_filter")) bytes = gunzipSync(bytes);
    const text = bytes.toString("latin1");
    for (const needle of needles) assert.ok(!text.includes(needle), `${file} contains ${needle}`);
  }
});
