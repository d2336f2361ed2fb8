import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { loadEventTypes } from "../../src/extract/event-types/load-event-types.ts";
import { SourceError } from "../../src/errors.ts";
import { tempFolders } from "../helpers/build-site.ts";

const DATA = "src/data/event-types";

const tempFolder = tempFolders("types-");

async function loadError(files: Record<string, string>): Promise<SourceError> {
  const dir = await tempFolder();
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  try {
    await loadEventTypes(dir);
  } catch (error) {
    assert.ok(error instanceof SourceError, String(error));
    return error;
  }
  assert.fail("expected a SourceError");
}

const GOOD = `---
id: expulsion-test
label: Expulsion de test
cameo: "174"
goldstein: -5.0
priority: 10
triggers:
  - "expuls*"
title: "{source} expulse des diplomates | Expulsion de diplomates"
---
CAMEO 174.
`;

test("the real taxonomy loads, sorted by id, with unique ids", async () => {
  const types = await loadEventTypes(DATA);
  assert.ok(types.length >= 20);
  const ids = types.map((type) => type.id);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(new Set(ids).size, ids.length);
});

test("every type has a CAMEO code, a Goldstein score in range, triggers and a title", async () => {
  for (const type of await loadEventTypes(DATA)) {
    assert.match(type.cameo, /^\d{2,4}$/, type.id);
    assert.ok(type.goldstein >= -10 && type.goldstein <= 10, type.id);
    assert.ok(type.triggers.length > 0, type.id);
    assert.ok(type.title.length > 0, type.id);
  }
});

test("the scores follow GDELT's Goldstein table for the main CAMEO codes", async () => {
  const byId = new Map((await loadEventTypes(DATA)).map((type) => [type.id, type]));
  const expected: Record<string, [string, number]> = {
    declaration: ["010", 0],
    dementi: ["016", -2],
    consultation: ["040", 1],
    "appel-telephonique": ["041", 1],
    visite: ["042", 1.9],
    "accueil-visite": ["043", 2.8],
    critique: ["111", -2],
    accusation: ["112", -2],
    rejet: ["120", -4],
    "menace-sanctions": ["1312", -5.8],
    "reduction-relations": ["161", -4],
    sanctions: ["163", -8],
    "expulsion-diplomates": ["174", -5],
  };
  for (const [id, [cameo, goldstein]] of Object.entries(expected)) {
    assert.equal(byId.get(id)?.cameo, cameo, id);
    assert.equal(byId.get(id)?.goldstein, goldstein, id);
  }
});

test("a specific type has a lower priority than the declaration", async () => {
  const byId = new Map((await loadEventTypes(DATA)).map((type) => [type.id, type]));
  assert.ok(byId.get("expulsion-diplomates")!.priority < byId.get("declaration")!.priority);
  assert.ok(byId.get("menace-sanctions")!.priority < byId.get("sanctions")!.priority + 1);
});

test("a type without triggers is refused at the triggers line", async () => {
  const error = await loadError({ "expulsion-test.md": GOOD.replace('triggers:\n  - "expuls*"', "triggers: []") });
  assert.match(error.message, /expulsion-test\.md:7: an event type needs at least one trigger/);
});

test("a Goldstein score out of range is refused", async () => {
  const error = await loadError({ "expulsion-test.md": GOOD.replace("goldstein: -5.0", "goldstein: -12") });
  assert.match(error.message, /expulsion-test\.md:5: « goldstein » must be a number from -10 to 10/);
});

test("a CAMEO code written without quotes or with letters is refused", async () => {
  const error = await loadError({ "expulsion-test.md": GOOD.replace('cameo: "174"', "cameo: 17a") });
  assert.match(error.message, /expulsion-test\.md:4: « cameo » must be a CAMEO code/);
});

test("a malformed trigger is reported at its own line", async () => {
  const error = await loadError({ "expulsion-test.md": GOOD.replace('  - "expuls*"', '  - "expuls*"\n  - "… ambassadeur"') });
  assert.match(error.message, /expulsion-test\.md:9: trigger « … ambassadeur » starts with « … »/);
});

test("a title template with an unknown placeholder is refused", async () => {
  const error = await loadError({ "expulsion-test.md": GOOD.replace("{source} expulse", "{acteur} expulse") });
  assert.match(error.message, /expulsion-test\.md:9: unknown placeholder « \{acteur\} »/);
});

test("two files with the same id are refused", async () => {
  const error = await loadError({ "expulsion-test.md": GOOD, "autre.md": GOOD });
  assert.match(error.message, /autre\.md:2: id « expulsion-test » does not match the file name/);
});

test("a YAML error gives the file line", async () => {
  const error = await loadError({ "expulsion-test.md": GOOD.replace('label: Expulsion de test', 'label: "Expulsion') });
  assert.match(error.message, /^.*expulsion-test\.md:\d+:\d+: front matter is not valid YAML/);
});
