/** `npm run eval:dates -- DIR`: scores tagDates against every ISO-TimeML .tml file of DIR (I/O). */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { tagDates } from "../extract/temporal/index.ts";
import { parseTimeml } from "../extract/temporal/parse-timeml.ts";
import { addCounts, emptyCounts, prf, scoreTimexes, type Counts } from "../extract/temporal/score-timexes.ts";

function usage(message: string): never {
  process.stderr.write(`eval:dates: ${message}\nusage: npm run eval:dates -- DIR [--errors]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const showErrors = args.includes("--errors");
const dir = args.find((arg) => !arg.startsWith("--"));
if (!dir) usage("give the folder holding the .tml files");
let files: string[];
try {
  if (!statSync(dir).isDirectory()) usage(`${dir} is not a folder`);
  files = readdirSync(dir).filter((name) => name.endsWith(".tml")).sort();
} catch (error) {
  usage(`cannot read ${dir}: ${(error as Error).message}`);
}
if (files.length === 0) usage(`${dir} holds no .tml file`);

let all = emptyCounts();
let dates = emptyCounts();
for (const name of files) {
  const path = join(dir, name);
  let document;
  try {
    document = parseTimeml(readFileSync(path, "utf8"));
  } catch (error) {
    process.stderr.write(`${path}: ${(error as Error).message}; skipped\n`);
    continue;
  }
  const system = tagDates(document.text, document.dct.slice(0, 10));
  all = addCounts(all, scoreTimexes(document.timexes, system));
  dates = addCounts(dates, scoreTimexes(document.timexes, system, "DATE"));
  if (showErrors) {
    for (const gold of document.timexes) {
      const match = system.find((s) => s.start < gold.end && gold.start < s.end);
      const exact = match && match.start === gold.start && match.end === gold.end;
      if (!match) process.stdout.write(`${name} MISS  «${gold.text}» ${gold.type} ${gold.value}\n`);
      else if (!exact || match.value !== gold.value || match.type !== gold.type)
        process.stdout.write(`${name} DIFF  «${gold.text}» ${gold.type} ${gold.value}  ≠  «${match.text}» ${match.type} ${match.value}\n`);
    }
    for (const s of system) {
      if (!document.timexes.some((gold) => s.start < gold.end && gold.start < s.end))
        process.stdout.write(`${name} EXTRA «${s.text}» ${s.type} ${s.value}  …${document.text.slice(Math.max(0, s.start - 30), s.end + 20).replace(/\s+/g, " ")}…\n`);
    }
  }
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
function row(label: string, counts: Counts): string {
  const strict = prf(counts.strict, counts.system, counts.gold);
  const relaxed = prf(counts.relaxed, counts.system, counts.gold);
  const value = prf(counts.value, counts.system, counts.gold);
  const typeAccuracy = counts.relaxed === 0 ? 0 : counts.type / counts.relaxed;
  return [
    label.padEnd(6),
    String(counts.gold).padStart(5), String(counts.system).padStart(5),
    pct(strict.precision), pct(strict.recall), pct(strict.f1),
    pct(relaxed.precision), pct(relaxed.recall), pct(relaxed.f1),
    pct(value.precision), pct(value.recall), pct(value.f1),
    pct(typeAccuracy),
  ].join(" ");
}
process.stdout.write(`${files.length} files\n`);
process.stdout.write(`${"".padEnd(6)}  gold   sys |------- strict -----| |------ relaxed -----| |------- value ------|   type\n`);
process.stdout.write(`${"".padEnd(6)}             ${["P", "R", "F1", "P", "R", "F1", "P", "R", "F1", "acc"].map((h) => h.padStart(6)).join(" ")}\n`);
process.stdout.write(`${row("ALL", all)}\n${row("DATE", dates)}\n`);
