/**
 * `npm run -s tag -- --jsonl` reads {"id","dct","text"} lines on stdin and writes {"id","timexes"} lines;
 * `npm run -s tag -- --dct 2016-12-31 "texte…"` prints the timexes of one text as JSON (I/O).
 */
import { createInterface } from "node:readline";
import { parseReference } from "../extract/temporal/calendar.ts";
import { tagDates } from "../extract/temporal/index.ts";

function fail(message: string): never {
  process.stderr.write(`tag: ${message}\n`);
  process.exit(2);
}

const USAGE = 'usage: npm run -s tag -- --jsonl < lines.jsonl\n       npm run -s tag -- --dct YYYY-MM-DD "texte…"';

async function tagLines(): Promise<number> {
  let failures = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === "") continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      process.stderr.write(`stdin:${lineNumber}: not JSON (${(error as Error).message}); write one {"id","dct","text"} object a line\n`);
      failures += 1;
      continue;
    }
    const { id, dct, text } = (record ?? {}) as { id?: unknown; dct?: unknown; text?: unknown };
    const problem =
      typeof record !== "object" || record === null || Array.isArray(record) ? "is not a JSON object"
      : typeof text !== "string" ? 'has no string "text"'
      : typeof dct !== "string" || !parseReference(dct) ? `has "dct" ${JSON.stringify(dct)}, not a date; write "YYYY-MM-DD" or "YYYY-MM"`
      : null;
    if (problem) {
      process.stderr.write(`stdin:${lineNumber}: the record ${problem}\n`);
      failures += 1;
      continue;
    }
    const timexes = tagDates(text as string, dct as string).map(({ start, end, text: span, type, value }) => ({ start, end, text: span, type, value }));
    process.stdout.write(`${JSON.stringify({ id: id ?? null, timexes })}\n`);
  }
  return failures;
}

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(`${USAGE}\n`);
} else if (args.includes("--jsonl")) {
  const failures = await tagLines();
  if (failures > 0) process.exitCode = 1;
} else {
  const dctAt = args.indexOf("--dct");
  const dct = dctAt >= 0 ? args[dctAt + 1] : undefined;
  if (!dct) fail(`give the publication date with --dct\n${USAGE}`);
  if (!parseReference(dct)) fail(`--dct ${JSON.stringify(dct)} is not a date; write YYYY-MM-DD or YYYY-MM`);
  const texts = args.filter((_, index) => index !== dctAt && index !== dctAt + 1);
  if (texts.length === 0) fail(`give the text to tag\n${USAGE}`);
  process.stdout.write(`${JSON.stringify(tagDates(texts.join(" "), dct), null, 2)}\n`);
}
