/** `npm run eval [-- DIR]`: scores the event extraction on annotated articles (default tests/fixtures/annotated) (I/O). */
import path from "node:path";
import { loadActorRegistry } from "../extract/actors/load-actor-registry.ts";
import { loadEventTypes } from "../extract/event-types/load-event-types.ts";
import { extractEvents } from "../extract/extract-events.ts";
import { readAnnotated } from "../extract/read-annotated.ts";
import { scoreEvents, type Score } from "../extract/score-events.ts";

const args = process.argv.slice(2);
const showErrors = args.includes("--errors");
const dir = args.find((arg) => !arg.startsWith("--")) ?? "tests/fixtures/annotated";
const data = "src/data";

const [annotated, registry, types] = await Promise.all([
  readAnnotated(dir),
  loadActorRegistry(path.join(data, "actors")),
  loadEventTypes(path.join(data, "event-types")),
]);
const runs = annotated.map(({ article, gold }) => ({ article, gold, found: extractEvents(article, { registry, types }).events }));
const scores = scoreEvents(runs);

const percent = (value: number) => (100 * value).toFixed(1).padStart(5);
const line = (name: string, score: Score) =>
  `${name.padEnd(8)} P ${percent(score.precision)}  R ${percent(score.recall)}  F1 ${percent(score.f1)}   (${score.correct} right, ${score.found} found, ${score.expected} expected)`;
process.stdout.write(`${annotated.length} articles, ${runs.reduce((sum, run) => sum + run.gold.length, 0)} annotated events\n`);
for (const [name, score] of Object.entries(scores)) process.stdout.write(`${line(name, score)}\n`);

if (showErrors) {
  for (const { article, gold, found } of runs) {
    process.stdout.write(`\n${article.path}\n`);
    for (const event of gold) process.stdout.write(`  expected ${event.date} ${event.type} ${event.source ?? "-"} → ${event.target ?? "-"} [${event.actors.join(", ")}]\n`);
    for (const record of found) {
      process.stdout.write(`  found    ${record.date}${record.approximate ? "~" : ""} ${record.type} ${record.sourceActor?.id ?? "-"} → ${record.targetActor?.id ?? "-"} [${record.actors.map((actor) => actor.id).join(", ")}]\n`);
    }
  }
}
