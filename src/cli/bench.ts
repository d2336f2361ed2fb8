// `npm run bench`: builds synthetic corpora of N articles with the full pipeline and with a bare Eleventy + Pagefind
// build of the same files, alternating, several runs each, and prints wall time, CPU time, peak memory and sizes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { readArticles } from "../ingest/read-articles.ts";
import { makeCorpus, writeCorpusFile } from "../bench/make-corpus.ts";
import { parseArticle } from "../ingest/parse-article.ts";
import { PROJECT_ROOT } from "../site/write-site.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    runs: { type: "string", default: "3" },
    work: { type: "string", default: path.join(PROJECT_ROOT, ".bench") },
  },
});
const sizes = values.sizes!.split(",").map(Number);
const runs = Number(values.runs);
const work = path.resolve(values.work!);

interface Measure { wall: number; cpu: number; rss: number; stages?: Record<string, number>; summary: string }

/** Runs a command under GNU time: wall seconds, CPU seconds (user + system, children included) and peak RSS in MiB. */
function measure(args: string[]): Measure {
  // The previous build's hundreds of megabytes are written to disk first, so that no run pays for another's writes.
  spawnSync("sync");
  const timing = path.join(work, "time.txt");
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", "-o", timing, ...args], { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", env: { ...process.env, CI: "true" } });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}`);
  const [wall, user, system, kb] = readFileSync(timing, "utf8").trim().split(/\s+/).map(Number);
  const stages = /stages (\{.*\})/.exec(result.stdout)?.[1];
  return { wall, cpu: user + system, rss: kb / 1024, stages: stages ? JSON.parse(stages) : undefined, summary: /^\d+ articles, .*$/mu.exec(result.stdout)?.[0] ?? "" };
}

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function folderStats(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files };
}

function gzipped(file: string): number {
  return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
}

/** Bytes a browser downloads for the home page before any search: the HTML and the CSS and JS it links to. */
function homeBytes(site: string): number {
  const html = readFileSync(path.join(site, "index.html"), "utf8");
  const linked = [...html.matchAll(/(?:href|src)="([^"#?]+\.(?:css|js))"/g)].map((match) => path.join(site, match[1]));
  return gzipped(path.join(site, "index.html")) + linked.reduce((sum, file) => sum + gzipped(file), 0);
}

/**
 * Bytes of a first one-word search, as a browser downloads them from a server that compresses text: Pagefind's
 * scripts and stylesheet (gzip), then its entry, metadata, wasm, the largest index chunk (a word lives in one) and
 * the fragments of the five results shown, which Pagefind already stores compressed. A site whose index comes in
 * parts (data-recherche-parties on its pages) adds each part's entry, metadata and largest chunk.
 */
function firstSearchBytes(site: string): number {
  const html = existsSync(path.join(site, "index.html")) ? readFileSync(path.join(site, "index.html"), "utf8") : "";
  const merged = /data-recherche-parties="([^"]*)"/u.exec(html)?.[1].split(" ") ?? [];
  const dirs = ["pagefind", ...merged].map((folder) => path.join(site, folder));
  const text = ["pagefind.js", "pagefind-ui.js", "pagefind-ui.css"].map((name) => gzipped(path.join(dirs[0], name)));
  const wasm = statSync(path.join(dirs[0], `wasm.${languageOf(dirs[0]).wasm}.pagefind`)).size;
  const perPart = dirs.map((dir) => {
    const meta = statSync(path.join(dir, `pagefind.${languageOf(dir).hash}.pf_meta`)).size;
    const chunks = readdirSync(path.join(dir, "index")).map((name) => statSync(path.join(dir, "index", name)).size);
    return gzipped(path.join(dir, "pagefind-entry.json")) + meta + Math.max(0, ...chunks);
  });
  const fragments = dirs.flatMap((dir) => readdirSync(path.join(dir, "fragment")).map((name) => path.join(dir, "fragment", name))).sort().slice(0, 5).map((file) => statSync(file).size);
  return [...text, wasm, ...perPart, ...fragments].reduce((a, b) => a + b, 0);
}

function languageOf(dir: string): { hash: string; wasm: string } {
  const entry = JSON.parse(readFileSync(path.join(dir, "pagefind-entry.json"), "utf8"));
  return Object.values(entry.languages as Record<string, { hash: string; wasm: string }>)[0];
}

const tsx = path.join(PROJECT_ROOT, "node_modules/.bin/tsx");
const bases = await readArticles(path.join(PROJECT_ROOT, "articles"));
const report: Record<string, unknown> = { machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memory: Math.round(os.totalmem() / 2 ** 30) + " GiB", node: process.version } };
mkdirSync(work, { recursive: true });

for (const size of sizes) {
  const corpus = path.join(work, `corpus-${size}`);
  rmSync(corpus, { recursive: true, force: true });
  let textBytes = 0;
  // The extraction reads the bodies, not the front matter: its throughput is counted on them, as bench:extract's.
  let bodyBytes = 0;
  for (const file of makeCorpus(bases, size, 2024)) {
    writeCorpusFile(corpus, file);
    textBytes += Buffer.byteLength(file.text);
    bodyBytes += Buffer.byteLength(parseArticle(file.text, file.path).body);
  }
  const ours: Measure[] = [];
  const bare: Measure[] = [];
  const oursOut = path.join(work, `site-${size}`);
  const bareOut = path.join(work, `bare-${size}`);
  for (let run = 0; run < runs; run++) {
    rmSync(bareOut, { recursive: true, force: true });
    bare.push(measure([tsx, path.join(PROJECT_ROOT, "src/bench/bare-build.ts"), corpus, bareOut]));
    rmSync(oursOut, { recursive: true, force: true });
    ours.push(measure([tsx, path.join(PROJECT_ROOT, "src/cli/build.ts"), "--articles", corpus, "--output", oursOut, "--stages", "--no-cache"]));
    console.error(`N=${size} run ${run + 1}/${runs}: ours ${ours.at(-1)!.wall}s, bare ${bare.at(-1)!.wall}s`);
  }
  // Rebuilds after one article changed: the cache is filled by a first build, then one article is edited before each
  // build. The first rebuild links the unchanged files from the live site; later ones update the spare in place.
  const cacheDir = path.join(work, `cache-${size}`);
  rmSync(cacheDir, { recursive: true, force: true });
  const build = [tsx, path.join(PROJECT_ROOT, "src/cli/build.ts"), "--articles", corpus, "--output", oursOut, "--stages", "--cache-dir", cacheDir];
  measure(build);
  // The oldest article first, then the latest one, the usual edit of a newsroom: each lies in its own part of the
  // search index at archive scale, and the two ends of the chronology.
  const years = readdirSync(corpus).sort();
  const oldest = path.join(corpus, years[0], readdirSync(path.join(corpus, years[0])).sort()[0]);
  const latest = path.join(corpus, years.at(-1)!, readdirSync(path.join(corpus, years.at(-1)!)).sort().at(-1)!);
  const editAndBuild = (file: string, days: number[]): Measure[] => {
    const original = readFileSync(file, "utf8");
    try {
      // Each edit adds a dated event, so the chronology, a month page and the search index change too.
      return days.map((day) => {
        writeFileSync(file, original.replace(/\n\n([^\n]+)\n*$/u, `\n\n$1\n\nLe ${day} mars, Moscou a expulsé deux diplomates américains.\n`));
        return measure(build);
      });
    } finally {
      writeFileSync(file, original);
    }
  };
  const rebuilds = editAndBuild(oldest, [3, 4, 5]);
  const latestRebuilds = editAndBuild(latest, [6, 7]);
  const summary = (list: Measure[]) => ({ wall: median(list.map((m) => m.wall)), cpu: median(list.map((m) => m.cpu)), rss: median(list.map((m) => m.rss)) });
  const o = summary(ours);
  const b = summary(bare);
  const stages = ours.at(-1)!.stages ?? {};
  const asRebuild = (rebuild: Measure) => ({ wall: rebuild.wall, ofCold: +(rebuild.wall / o.wall).toFixed(2), cpu: +rebuild.cpu.toFixed(1), rssMB: Math.round(rebuild.rss), stages: rebuild.stages, summary: rebuild.summary });
  const out = folderStats(oursOut);
  const result = {
    articles: size,
    textMB: +(textBytes / 2 ** 20).toFixed(2),
    bodyMB: +(bodyBytes / 2 ** 20).toFixed(2),
    ours: o,
    bare: b,
    ratio: { wall: +(o.wall / b.wall).toFixed(2), cpu: +(o.cpu / b.cpu).toFixed(2), rss: +(o.rss / b.rss).toFixed(2) },
    stages,
    rebuildsAfterOneChange: rebuilds.map(asRebuild),
    rebuildsAfterLatestChange: latestRebuilds.map(asRebuild),
    // Per cold run, in the order run: the stage's time on the main thread, whose load the machine's other work changes.
    extractionMBps: ours.filter((run) => run.stages?.extraction).map((run) => +((bodyBytes / 2 ** 20) / (run.stages!.extraction / 1000)).toFixed(1)),
    output: { MB: +(out.bytes / 2 ** 20).toFixed(1), files: out.files },
    homeKBgz: +(homeBytes(oursOut) / 1024).toFixed(1),
    firstSearchKB: +(firstSearchBytes(oursOut) / 1024).toFixed(1),
    bareFirstSearchKB: +(firstSearchBytes(bareOut) / 1024).toFixed(1),
  };
  report[`N=${size}`] = result;
  console.log(JSON.stringify(result, null, 2));
}
writeFileSync(path.join(work, "results.json"), JSON.stringify(report, null, 2) + "\n");
console.log(`results → ${path.relative(process.cwd(), path.join(work, "results.json"))}`);
