import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { loadActorRegistry } from "../../src/extract/actors/load-actor-registry.ts";
import { SourceError } from "../../src/errors.ts";
import { tempFolders } from "../helpers/build-site.ts";

const DATA = "src/data/actors";

const tempFolder = tempFolders("acteurs-");

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await tempFolder();
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

async function loadError(files: Record<string, string>): Promise<SourceError> {
  const dir = await folderWith(files);
  try {
    await loadActorRegistry(dir);
  } catch (error) {
    assert.ok(error instanceof SourceError, String(error));
    return error;
  }
  assert.fail("expected a SourceError");
}

test("the real actor folder loads, sorted by id, with every actor indexed", async () => {
  const registry = await loadActorRegistry(DATA);
  assert.ok(registry.actors.length >= 40);
  const ids = registry.actors.map((actor) => actor.id);
  assert.deepEqual(ids, [...ids].sort());
  for (const actor of registry.actors) assert.equal(registry.byId.get(actor.id), actor);
});

test("every loaded actor has a name, a kind and well-ordered ISO days", async () => {
  const registry = await loadActorRegistry(DATA);
  for (const actor of registry.actors) {
    assert.ok(actor.name.length > 0, actor.id);
    assert.ok(["person", "institution", "country"].includes(actor.kind), actor.id);
    for (const role of actor.roles) {
      for (const day of [role.from, role.to]) if (day) assert.match(day, /^\d{4}-\d{2}-\d{2}$/, actor.id);
      if (role.from && role.to) assert.ok(role.from < role.to, `${actor.id}: ${role.title}`);
    }
  }
});

test("dates in front matter stay strings, with the inauguration days as written", async () => {
  const registry = await loadActorRegistry(DATA);
  const trump = registry.byId.get("donald-trump")!;
  const presidency = trump.roles.find((role) => role.title === "président des États-Unis")!;
  assert.equal(presidency.from, "2017-01-20");
  assert.equal(presidency.to, "2021-01-20");
  assert.equal(registry.byId.get("serguei-lavrov")!.roles[0].from, "2004-03-09");
});

test("countries carry their nationality adjectives and the main actors their country", async () => {
  const registry = await loadActorRegistry(DATA);
  assert.ok(registry.byId.get("russie")!.adjectives!.includes("russe"));
  assert.ok(registry.byId.get("etats-unis")!.adjectives!.includes("américain"));
  assert.equal(registry.byId.get("kremlin")!.country, "RU");
  assert.equal(registry.byId.get("mike-pompeo")!.country, "US");
});

const GOOD = `---
id: sergei-test
name: Sergueï Test
kind: person
aliases: [Test]
roles:
  - { title: ministre, descriptions: [le ministre test], from: 2004-03-09 }
---
Notes.
`;

test("a well-formed temporary file loads", async () => {
  const registry = await loadActorRegistry(await folderWith({ "sergei-test.md": GOOD }));
  assert.equal(registry.actors[0].roles[0].from, "2004-03-09");
});

test("a day that is not on the calendar is reported at its file line", async () => {
  const error = await loadError({ "sergei-test.md": GOOD.replace("2004-03-09", "2004-02-30") });
  assert.match(error.message, /sergei-test\.md:7: .*2004-02-30.*not a calendar day; write YYYY-MM-DD/);
  assert.equal(error.line, 7);
});

test("a role that ends before it starts is refused", async () => {
  const error = await loadError({ "sergei-test.md": GOOD.replace("from: 2004-03-09", "from: 2004-03-09, to: 2003-01-01") });
  assert.match(error.message, /sergei-test\.md:7: .*ends \(to: 2003-01-01\)/);
});

test("two terms of the same role that overlap for one actor are refused", async () => {
  const text = GOOD.replace(
    "  - { title: ministre, descriptions: [le ministre test], from: 2004-03-09 }",
    "  - { title: ministre, descriptions: [le ministre test], from: 2004-03-09, to: 2010-01-01 }\n  - { title: ministre, descriptions: [le ministre test], from: 2009-05-01 }",
  );
  const error = await loadError({ "sergei-test.md": text });
  assert.match(error.message, /sergei-test\.md:8: role « ministre » \[2009-05-01, …\) overlaps/);
});

test("one role phrase held by two actors on the same day is refused, naming both files", async () => {
  const other = GOOD.replaceAll("sergei-test", "autre-test").replace("Sergueï Test", "Autre Test").replace("[Test]", "[]").replace("2004-03-09", "2008-01-01");
  const error = await loadError({ "sergei-test.md": GOOD, "autre-test.md": other });
  assert.match(error.message, /le ministre test/);
  assert.match(error.message, /autre-test\.md/);
  assert.match(error.message, /sergei-test\.md/);
});

test("a YAML syntax error is reported at the file line of the error", async () => {
  const error = await loadError({ "sergei-test.md": GOOD.replace("aliases: [Test]", "aliases: [Test") });
  assert.match(error.message, /sergei-test\.md:\d+:\d+: front matter is not valid YAML/);
  assert.ok(error.line! >= 5);
});

test("a missing name, an unknown kind or a mismatched id say what to write", async () => {
  assert.match((await loadError({ "sergei-test.md": GOOD.replace("name: Sergueï Test\n", "") })).message, /« name » is missing/);
  assert.match((await loadError({ "sergei-test.md": GOOD.replace("kind: person", "kind: personne") })).message, /sergei-test\.md:4: « kind » must be one of/);
  assert.match((await loadError({ "autre.md": GOOD })).message, /autre\.md:2: id « sergei-test » does not match the file name/);
});

test("an unknown field is refused rather than ignored", async () => {
  const error = await loadError({ "sergei-test.md": GOOD.replace("kind: person", "kind: person\nnationalite: russe") });
  assert.match(error.message, /sergei-test\.md:5: unknown field « nationalite »/);
});
