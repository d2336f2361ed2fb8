// Golden check for extraction speed work: records the full extraction output (and that of its parts) over the synthetic
// corpus and the default articles, then checks that a later version of the code gives exactly the same output.
// The inputs (articles, actors, event types) are stored with the output, so edits to ingest or to the data files
// do not count as differences.
//
//   npx tsx src/bench/extraction-golden.ts --write .bench/golden.json          inputs from articles/ and src/data/
//   npx tsx src/bench/extraction-golden.ts --check .bench/golden.json          same inputs, output compared
//   npx tsx src/bench/extraction-golden.ts --inputs A.json --write B.json       A's inputs, output recomputed
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Actor, ActorMention, ActorRegistry, Article, EventType } from "../types.ts";
import { readArticles } from "../ingest/read-articles.ts";
import { parseArticle } from "../ingest/parse-article.ts";
import { loadActorRegistry } from "../extract/actors/load-actor-registry.ts";
import { loadEventTypes } from "../extract/event-types/load-event-types.ts";
import { matchActors } from "../extract/actors/match-actors.ts";
import { classifyEvent } from "../extract/event-types/classify-event.ts";
import { tagDates } from "../extract/temporal/index.ts";
import { splitSentences } from "../extract/split-sentences.ts";
import { extractEvents } from "../extract/extract-events.ts";
import { makeCorpus } from "./make-corpus.ts";
import { PROJECT_ROOT } from "../site/write-site.ts";

const { values } = parseArgs({
  options: {
    write: { type: "string" },
    check: { type: "string" },
    inputs: { type: "string" },
    articles: { type: "string", default: "500" },
  },
});

interface Inputs {
  articles: Article[];
  actors: Actor[];
  types: EventType[];
}

async function freshInputs(): Promise<Inputs> {
  const bases = await readArticles(path.join(PROJECT_ROOT, "articles"));
  const registry = await loadActorRegistry(path.join(PROJECT_ROOT, "src/data/actors"));
  const types = await loadEventTypes(path.join(PROJECT_ROOT, "src/data/event-types"));
  const synthetic = makeCorpus(bases, Number(values.articles), 2024).map((file) => parseArticle(file.text, file.path));
  return { articles: [...bases, ...synthetic], actors: registry.actors, types };
}

function outputsOf(inputs: Inputs): Record<string, unknown[]> {
  const registry: ActorRegistry = { actors: inputs.actors, byId: new Map(inputs.actors.map((actor) => [actor.id, actor])) };
  const { types } = inputs;
  const dates: unknown[] = [];
  const actors: unknown[] = [];
  const classes: unknown[] = [];
  const extraction: unknown[] = [];
  for (const article of inputs.articles) {
    dates.push(tagDates(article.body, article.published));
    let previous: ActorMention[] = [];
    const perSentence: unknown[] = [];
    for (const sentence of splitSentences(article.body)) {
      const plain = matchActors(sentence.text, registry, article.published);
      const chained = matchActors(sentence.text, registry, article.published.slice(0, 4), { previous });
      const lastPerson = matchActors(sentence.text, registry, "2021-03-22", { lastPerson: "vladimir-poutine" });
      perSentence.push([plain, chained, lastPerson]);
      previous = plain;
    }
    actors.push(perSentence);
    classes.push(splitSentences(article.body).map((sentence) =>
      classifyEvent(sentence.text, types).map(({ type, trigger }) => [type.id, trigger.start, trigger.end, trigger.text])));
    extraction.push(extractEvents(article, { registry, types }));
  }
  return { tagDates: dates, matchActors: actors, classifyEvent: classes, extractEvents: extraction };
}

const inputs: Inputs = values.inputs || values.check
  ? (JSON.parse(readFileSync(values.inputs ?? values.check!, "utf8")) as { inputs: Inputs }).inputs
  : await freshInputs();
const started = Date.now();
const outputs = JSON.parse(JSON.stringify(outputsOf(inputs))) as Record<string, unknown[]>;
console.error(`${inputs.articles.length} articles extracted in ${Date.now() - started} ms`);

if (values.write) {
  mkdirSync(path.dirname(values.write), { recursive: true });
  writeFileSync(values.write, JSON.stringify({ inputs, outputs }));
  console.log(`golden → ${values.write}`);
}
if (values.check) {
  const golden = (JSON.parse(readFileSync(values.check, "utf8")) as { outputs: Record<string, unknown[]> }).outputs;
  let differences = 0;
  for (const [part, expected] of Object.entries(golden)) {
    const actual = outputs[part] ?? [];
    let differing = 0;
    expected.forEach((value, index) => {
      if (JSON.stringify(value) === JSON.stringify(actual[index])) return;
      if (differing++ === 0) {
        console.log(`${part}: first difference in ${inputs.articles[index].path}`);
        console.log(`  expected ${JSON.stringify(value).slice(0, 600)}`);
        console.log(`  actual   ${JSON.stringify(actual[index]).slice(0, 600)}`);
      }
    });
    console.log(`${part}: ${differing === 0 ? "same" : `${differing} of ${expected.length} articles differ`}`);
    differences += differing;
  }
  process.exitCode = differences === 0 ? 0 : 1;
}
