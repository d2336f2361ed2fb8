// `npm run bench:extract`: times the per-article extraction and each of its parts on a synthetic corpus made in memory,
// best of several runs, and prints MB/s of article text (bodies, UTF-8) on one core. A benchmark, never a test.
// With `--cold N`, times instead one pass over N articles as a build without its cache makes it: the corpus written
// by a child process and read back from its files, so that none of the extraction's code has run before the pass
// (generating the corpus runs the date tagger over every article), every publication date new to the per-date
// caches, the results kept.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { Article, EventType, Sentence } from "../types.ts";
import { readArticles } from "../ingest/read-articles.ts";
import { parseArticle } from "../ingest/parse-article.ts";
import { loadActorRegistry } from "../extract/actors/load-actor-registry.ts";
import { loadEventTypes } from "../extract/event-types/load-event-types.ts";
import { matchActors } from "../extract/actors/match-actors.ts";
import { classifyEvent } from "../extract/event-types/classify-event.ts";
import { tagDates } from "../extract/temporal/index.ts";
import { splitSentences } from "../extract/split-sentences.ts";
import { readingOf } from "../extract/reading-of.ts";
import { extractEvents } from "../extract/extract-events.ts";
import { datesAhead } from "../extract/dates-ahead.ts";
import { makeCorpus, writeCorpusFile } from "./make-corpus.ts";
import { PROJECT_ROOT } from "../site/write-site.ts";
import { buildChronology } from "../chronology/build-chronology.ts";
import { StageClock } from "../stage-clock.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "500" },
    runs: { type: "string", default: "3" },
    only: { type: "string" },
    cold: { type: "string" },
    "write-corpus": { type: "string" },
  },
});
const count = Number(values.articles);
const runs = Number(values.runs);
const only = values.only?.split(",");

const bases = await readArticles(path.join(PROJECT_ROOT, "articles"));
const registry = await loadActorRegistry(path.join(PROJECT_ROOT, "src/data/actors"));
const types: EventType[] = await loadEventTypes(path.join(PROJECT_ROOT, "src/data/event-types"));
if (values["write-corpus"] !== undefined) {
  for (const file of makeCorpus(bases, count, 2024)) writeCorpusFile(values["write-corpus"], file);
  process.exit(0);
}
if (values.cold !== undefined) {
  const coldCount = Number(values.cold);
  if (!Number.isInteger(coldCount) || coldCount < 1) throw new Error(`--cold takes a number of articles (e.g. --cold 10000), not « ${values.cold} »`);
  await coldPass(coldCount);
  process.exit(0);
}
const articles = corpusOf(count);
const megabytes = megabytesOf(articles);
const sentences: { article: Article; sentence: Sentence }[] = articles.flatMap((article) =>
  splitSentences(article.body).map((sentence) => ({ article, sentence })));
const reference = (article: Article) => (article.published.length === 7 ? `${article.published}-15` : article.published);
const triggers = sentences.flatMap(({ sentence }) => classifyEvent(sentence.text, types).map(({ trigger }) => ({ sentence, trigger })));

/** Runs `work` `runs` times; the best CPU time (user + system, in seconds), which other processes on the machine barely change, and its wall time. */
function best(work: () => void): { cpu: number; wall: number } {
  let fastest = { cpu: Infinity, wall: Infinity };
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    work();
    const used = process.cpuUsage(cpu);
    const time = { cpu: (used.user + used.system) / 1e6, wall: Number(process.hrtime.bigint() - started) / 1e9 };
    if (time.cpu < fastest.cpu) fastest = time;
  }
  return fastest;
}

const parts: [string, () => void][] = [
  ["splitSentences", () => { for (const article of articles) splitSentences(article.body); }],
  ["tagDates", () => { for (const article of articles) tagDates(article.body, article.published); }],
  ["matchActors (per sentence)", () => { for (const { article, sentence } of sentences) matchActors(sentence.text, registry, reference(article)); }],
  ["classifyEvent (per sentence)", () => { for (const { sentence } of sentences) classifyEvent(sentence.text, types); }],
  ["readingOf (per trigger)", () => { for (const { sentence, trigger } of triggers) readingOf(sentence.text, trigger.start, trigger.end); }],
  // As a build extracts them: the dates tagged a batch of articles ahead (see datesAhead).
  ["extractEvents", () => {
    const datesOf = datesAhead(articles);
    articles.forEach((article, index) => extractEvents(article, { registry, types }, datesOf(index)));
  }],
  ["extractEvents, dates tagged with each article", () => { for (const article of articles) extractEvents(article, { registry, types }); }],
];

console.log(`${articles.length} articles, ${sentences.length} sentences, ${triggers.length} triggers, ${megabytes.toFixed(2)} MB of text; best of ${runs} runs after a first (cold) one`);
console.log(`${"".padEnd(47)} ${"MB/s (CPU)".padStart(10)} ${"CPU ms".padStart(8)} ${"wall ms".padStart(8)} ${"cold ms".padStart(8)}`);
for (const [name, work] of parts) {
  if (only && !only.some((word) => name.startsWith(word))) continue;
  // The first run also builds the compiled patterns, trigger indexes and role holders for each date.
  const started = process.hrtime.bigint();
  work();
  const cold = Number(process.hrtime.bigint() - started) / 1e6;
  const { cpu, wall } = best(work);
  console.log(`${name.padEnd(47)} ${(megabytes / cpu).toFixed(2).padStart(10)} ${(cpu * 1000).toFixed(0).padStart(8)} ${(wall * 1000).toFixed(0).padStart(8)} ${cold.toFixed(0).padStart(8)}`);
}

/** The synthetic articles the measures run on, parsed. */
function corpusOf(count: number): Article[] {
  return makeCorpus(bases, count, 2024).map((file) => parseArticle(file.text, file.path));
}

/** Article text in MB: the bodies, UTF-8, which the extraction reads (not the front matter). */
function megabytesOf(articles: Article[]): number {
  return articles.reduce((sum, article) => sum + Buffer.byteLength(article.body), 0) / 2 ** 20;
}

/**
 * One pass over `count` articles through buildChronology, as a build without its cache runs it: prints the extraction
 * stage's wall time and MB/s, and the wall time of each 1 000 articles of the loop (extraction and what the build does
 * with each result), which shows the first ones paying for the compilation.
 */
async function coldPass(count: number): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), "chronique-cold-"));
  let corpus: Article[];
  try {
    // The same Node options (tsx's loader) and script, in a process of its own.
    const writer = spawnSync(process.execPath, [...process.execArgv, process.argv[1], "--write-corpus", folder, "--articles", String(count)], { stdio: "inherit" });
    if (writer.status !== 0) throw new Error(`writing the corpus of ${count} articles into ${folder} failed`);
    corpus = await readArticles(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const megabytes = megabytesOf(corpus);
  const marks = [performance.now()];
  const clock = new StageClock((stage, done) => {
    if (stage === "extraction" && done !== undefined && done > 0 && done % 1000 === 0) marks.push(performance.now());
  });
  const cpu = process.cpuUsage();
  buildChronology(corpus, { registry, types }, clock);
  const used = process.cpuUsage(cpu);
  const { extraction, chronology } = clock.stages;
  const thousands = marks.slice(1).map((mark, index) => (mark - marks[index]).toFixed(0));
  console.log(`one cold pass over ${corpus.length} articles (${megabytes.toFixed(2)} MB of bodies), as a build without its cache`);
  console.log(`extraction ${extraction} ms, ${(megabytes / (extraction / 1000)).toFixed(2)} MB/s (wall time of the stage); chronology ${chronology} ms; CPU of the whole pass ${((used.user + used.system) / 1000).toFixed(0)} ms`);
  console.log(`wall time of each 1 000 articles in turn but the last (the stage's progress ticks), ms: ${thousands.join(" ")}`);
}
