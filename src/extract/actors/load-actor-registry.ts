import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { DateTime } from "luxon";
import type { Actor, ActorKind, ActorRegistry, Role } from "../../types.ts";
import { SourceError } from "../../errors.ts";
import { foldPhrase } from "./fold-text.ts";
import { lineOf, readFrontMatter } from "./read-front-matter.ts";
import { LEADING_DETERMINER } from "./role-words-fr.ts";

const KINDS: ActorKind[] = ["person", "institution", "country"];
const KEYS = new Set(["id", "name", "aliases", "kind", "country", "adjectives", "roles", "description", "gender", "titleName"]);
const ROLE_KEYS = new Set(["title", "descriptions", "from", "to", "rank"]);

interface Loaded {
  actor: Actor;
  file: string;
  text: string;
}

/**
 * Reads every actor file (`<id>.md`, YAML front matter) of a folder and checks it; the registry is sorted by id. (I/O)
 *
 * src/data/actors/serguei-lavrov.md « id: serguei-lavrov, roles: [{ title: ministre…, from: 2004-03-09 }] »
 * → { actors: [… serguei-lavrov …], byId }; two holders of « le président américain » on the same day → SourceError.
 */
export async function loadActorRegistry(dir: string): Promise<ActorRegistry> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".md")).sort();
  const loaded: Loaded[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const text = await readFile(file, "utf8");
    loaded.push({ actor: parseActor(file, text), file, text });
  }
  checkRegistry(loaded);
  const actors = loaded.map((entry) => entry.actor).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { actors, byId: new Map(actors.map((actor) => [actor.id, actor])) };
}

/**
 * Checks one actor file and returns its actor.
 *
 * « id: joe-biden, name: Joe Biden, kind: person, roles: [] » in joe-biden.md → { id: "joe-biden", …, aliases: [], roles: [] }.
 */
export function parseActor(file: string, text: string): Actor {
  const { data } = readFrontMatter(file, text);
  const fail = (message: string, needle?: string): never => {
    throw new SourceError(file, message, { line: needle ? lineOf(text, needle) : 1 });
  };
  for (const key of Object.keys(data)) {
    if (!KEYS.has(key)) fail(`unknown field « ${key} »; actor fields are ${[...KEYS].join(", ")}`, `${key}:`);
  }
  const id = data.id;
  if (typeof id !== "string" || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail("« id » is missing or not kebab-case; write e.g. « id: serguei-lavrov »", "id:");
  const expected = path.basename(file, ".md");
  if (id !== expected) fail(`id « ${String(id)} » does not match the file name; rename the file to ${String(id)}.md or set « id: ${expected} »`, "id:");
  const name = data.name;
  if (typeof name !== "string" || name.trim() === "") fail("« name » is missing; write the French name, e.g. « name: Sergueï Lavrov »", "name:");
  const kind = data.kind;
  if (typeof kind !== "string" || !KINDS.includes(kind as ActorKind)) fail(`« kind » must be one of ${KINDS.join(", ")}`, "kind:");
  const aliases = stringList(data.aliases, "aliases", fail);
  const actor: Actor = { id: id as string, name: (name as string).trim(), aliases, kind: kind as ActorKind, roles: [] };
  if (data.country !== undefined) {
    if (typeof data.country !== "string" || !/^[A-Z]{2}$/.test(data.country)) fail("« country » must be an ISO 3166 alpha-2 code such as US or RU", "country:");
    actor.country = data.country as string;
  }
  if (data.adjectives !== undefined) actor.adjectives = stringList(data.adjectives, "adjectives", fail);
  if (actor.adjectives && kind !== "country") fail("« adjectives » only belong to a country", "adjectives:");
  if (data.titleName !== undefined) {
    if (typeof data.titleName !== "string" || data.titleName.trim() === "") fail("« titleName » must be the name as the subject of a title, e.g. « le Kremlin »", "titleName:");
    actor.titleName = data.titleName as string;
  }
  if (data.description !== undefined) {
    if (typeof data.description !== "string") fail("« description » must be one line of French text", "description:");
    actor.description = data.description as string;
  }
  if (data.gender !== undefined) {
    if (data.gender !== "m" && data.gender !== "f") fail("« gender » must be m or f", "gender:");
    actor.gender = data.gender as "m" | "f";
  }
  if (data.roles !== undefined && !Array.isArray(data.roles)) fail("« roles » must be a list of { title, descriptions, from, to }", "roles:");
  const rolesLine = lineOf(text, "roles:");
  for (const raw of (data.roles ?? []) as unknown[]) actor.roles.push(parseRole(raw, file, text, rolesLine));

  // The same role twice for one actor must not overlap: a second term starts when the first ends.
  for (let i = 0; i < actor.roles.length; i++) {
    for (let j = i + 1; j < actor.roles.length; j++) {
      const [a, b] = [actor.roles[i], actor.roles[j]];
      if (a.title === b.title && overlaps(a, b)) {
        fail(`role « ${b.title} » ${range(b)} overlaps ${range(a)}; end the first term (to) on or before the second starts (from)`, b.from ?? b.title);
      }
    }
  }
  return actor;
}

function parseRole(raw: unknown, file: string, text: string, rolesLine: number): Role {
  const failAt = (message: string, needle: string, from = rolesLine): never => {
    throw new SourceError(file, message, { line: lineOf(text, needle, from, rolesLine) });
  };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return failAt("each role must be { title, descriptions, from, to }", "roles:");
  const data = raw as Record<string, unknown>;
  if (typeof data.title !== "string" || data.title.trim() === "") {
    return failAt("a role has no « title »; write e.g. « title: président de la Fédération de Russie »", "title:");
  }
  const title = data.title;
  // Later checks point at the role's own lines: search from the line of its title.
  const titleLine = lineOf(text, title, rolesLine, rolesLine);
  const fail = (message: string, needle: string): never => failAt(message, needle, titleLine);
  for (const key of Object.keys(data)) {
    if (!ROLE_KEYS.has(key)) fail(`unknown role field « ${key} »; role fields are ${[...ROLE_KEYS].join(", ")}`, `${key}:`);
  }
  const role: Role = { title, descriptions: stringList(data.descriptions, `descriptions of role « ${title} »`, (message) => fail(message, "descriptions:")) };
  for (const key of ["from", "to"] as const) {
    const value = data[key];
    if (value === undefined) continue;
    if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value, { zone: "utc" }).isValid) {
      fail(`« ${key}: ${String(value)} » in role « ${title} » is not a calendar day; write YYYY-MM-DD`, `${key}: ${String(value)}`);
    }
    role[key] = value as string;
  }
  if (role.from && role.to && role.from >= role.to) {
    fail(`role « ${title} » ends (to: ${role.to}) on or before it starts (from: ${role.from}); « to » is the first day out of office`, `to: ${role.to}`);
  }
  if (data.rank !== undefined) {
    if (typeof data.rank !== "string" || !/^[a-z]+(?:-[a-z]+)*$/.test(data.rank)) fail("« rank » must be a kebab-case word such as head-of-state", "rank:");
    role.rank = data.rank as string;
  }
  return role;
}

/** Across files: unique ids, and no role phrase held by two actors on the same day. */
function checkRegistry(loaded: Loaded[]): void {
  const seen = new Map<string, string>();
  for (const { actor, file, text } of loaded) {
    const other = seen.get(actor.id);
    if (other) throw new SourceError(file, `id « ${actor.id} » is already used by ${other}; give each actor its own id`, { line: lineOf(text, "id:") });
    seen.set(actor.id, file);
  }
  const holders = new Map<string, { actor: Actor; role: Role; file: string }[]>();
  for (const { actor, file, text } of loaded) {
    for (const role of actor.roles) {
      for (const description of role.descriptions) {
        const key = foldPhrase(description).replace(LEADING_DETERMINER, "");
        const list = holders.get(key) ?? [];
        const clash = list.find((held) => held.actor.id !== actor.id && overlaps(held.role, role));
        if (clash) {
          throw new SourceError(file, `« ${description} » ${range(role)} is also held by ${clash.actor.id} ${range(clash.role)} (${clash.file}); make the dates meet or write a more precise phrase`, {
            line: lineOf(text, description, lineOf(text, role.title)),
          });
        }
        list.push({ actor, role, file });
        holders.set(key, list);
      }
    }
  }
}

function stringList(value: unknown, field: string, fail: (message: string, needle?: string) => never): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string" || item.trim() === "")) {
    return fail(`« ${field} » must be a list of non-empty strings, e.g. ["Poutine", "Vladimir Poutine"]`, `${field.split(" ")[0]}:`);
  }
  return value.map((item: string) => item.trim());
}

function overlaps(a: Role, b: Role): boolean {
  return (a.from ?? "") < (b.to ?? "9999") && (b.from ?? "") < (a.to ?? "9999");
}

function range(role: Role): string {
  return `[${role.from ?? "…"}, ${role.to ?? "…"})`;
}
