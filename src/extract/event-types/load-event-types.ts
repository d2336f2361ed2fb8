import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { EventType } from "../../types.ts";
import { SourceError } from "../../errors.ts";
import { lineOf, readFrontMatter } from "../actors/read-front-matter.ts";
import { compileTrigger } from "./compile-trigger.ts";
import { checkTemplate } from "./render-title.ts";

const KEYS = new Set(["id", "label", "cameo", "goldstein", "triggers", "exclusions", "title", "priority"]);

/**
 * Reads every event type file (`<id>.md`, YAML front matter) of a folder and checks it; sorted by id. (I/O)
 * Trigger grammar: see compileTrigger; title grammar: see render-title.ts.
 *
 * src/data/event-types/expulsion-diplomates.md « cameo: "174", goldstein: -5, triggers: [expuls*] »
 * → [… { id: "expulsion-diplomates", cameo: "174", goldstein: -5, … } …]; a file without triggers → SourceError.
 */
export async function loadEventTypes(dir: string): Promise<EventType[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".md")).sort();
  const types: EventType[] = [];
  const files = new Map<string, string>();
  for (const name of names) {
    const file = path.join(dir, name);
    const text = await readFile(file, "utf8");
    const type = parseEventType(file, text);
    const other = files.get(type.id);
    if (other) throw new SourceError(file, `id « ${type.id} » is already used by ${other}; give each event type its own id`, { line: lineOf(text, "id:") });
    files.set(type.id, file);
    types.push(type);
  }
  return types.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Checks one event type file and returns its type.
 *
 * « id: sanctions, label: Sanctions, cameo: "163", goldstein: -8, priority: 15, triggers: [sanction*], title: … » → EventType.
 */
export function parseEventType(file: string, text: string): EventType {
  const { data } = readFrontMatter(file, text);
  const fail = (message: string, needle: string): never => {
    throw new SourceError(file, message, { line: lineOf(text, needle) });
  };
  for (const key of Object.keys(data)) {
    if (!KEYS.has(key)) fail(`unknown field « ${key} »; event type fields are ${[...KEYS].join(", ")}`, `${key}:`);
  }
  const { id, label, cameo, goldstein, triggers, exclusions, title, priority } = data;
  if (typeof id !== "string" || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return fail("« id » is missing or not kebab-case; write e.g. « id: expulsion-diplomates »", "id:");
  const expected = path.basename(file, ".md");
  if (id !== expected) fail(`id « ${id} » does not match the file name; rename the file to ${id}.md or set « id: ${expected} »`, "id:");
  if (typeof label !== "string" || label.trim() === "") fail("« label » is missing; write the French label, e.g. « label: Expulsion de diplomates »", "label:");
  if (typeof cameo !== "string" || !/^\d{2,4}$/.test(cameo)) fail("« cameo » must be a CAMEO code of 2 to 4 digits in quotes, e.g. « cameo: \"174\" »", "cameo:");
  if (typeof goldstein !== "number" || !Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) {
    fail("« goldstein » must be a number from -10 to 10 (GDELT's Goldstein scale for the CAMEO code)", "goldstein:");
  }
  if (typeof priority !== "number" || !Number.isInteger(priority)) fail("« priority » must be a whole number; lower wins when two types match", "priority:");
  if (!Array.isArray(triggers) || triggers.length === 0) return fail("an event type needs at least one trigger; write « triggers: [\"expuls*\"] »", "triggers:");
  const checkPhrases = (list: unknown[], field: string) => {
    for (const item of list) {
      if (typeof item !== "string") fail(`every entry of « ${field} » must be a string`, `${field}:`);
      try {
        compileTrigger(item as string);
      } catch (error) {
        fail(`${(error as Error).message} (in « ${field} »)`, typeof item === "string" && item.trim() !== "" ? item : `${field}:`);
      }
    }
  };
  checkPhrases(triggers, "triggers");
  if (exclusions !== undefined && !Array.isArray(exclusions)) fail("« exclusions » must be a list of phrases", "exclusions:");
  checkPhrases((exclusions ?? []) as unknown[], "exclusions");
  if (typeof title !== "string") return fail("« title » is missing; write a template such as « {source} expulse des diplomates | Expulsion de diplomates »", "title:");
  const problem = checkTemplate(title);
  if (problem) fail(problem, "title:");
  const type: EventType = {
    id,
    label: (label as string).trim(),
    cameo: cameo as string,
    goldstein: goldstein as number,
    triggers: triggers as string[],
    title,
    priority: priority as number,
  };
  if (exclusions !== undefined) type.exclusions = exclusions as string[];
  return type;
}
