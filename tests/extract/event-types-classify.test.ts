import { test, before } from "node:test";
import assert from "node:assert/strict";
import { loadEventTypes } from "../../src/extract/event-types/load-event-types.ts";
import { classifyEvent, renderTitle } from "../../src/extract/event-types/classify-event.ts";
import type { EventType } from "../../src/types.ts";

let types: EventType[];
before(async () => {
  types = await loadEventTypes("src/data/event-types");
});

const kinds = (clause: string) => classifyEvent(clause, types).map((found) => found.type.id);

const CASES: [string, string[]][] = [
  ["Washington a décidé d'expulser 35 diplomates russes.", ["expulsion-diplomates"]],
  ["Trente-cinq agents russes ont été déclarés persona non grata.", ["expulsion-diplomates"]],
  ["Les diplomates ont 72 heures pour quitter le territoire américain.", ["expulsion-diplomates"]],
  ["Le Kremlin dément toute ingérence dans la campagne.", ["dementi"]],
  ["Moscou nie avoir piraté les serveurs du parti démocrate.", ["dementi", "ingerence"]],
  ["Le président russe a proposé à son homologue d'annuler les restrictions.", ["appel-proposition"]],
  ["Le secrétaire général a appelé à la retenue.", ["appel-proposition"]],
  ["La Russie se dit prête à coopérer avec la nouvelle administration.", ["intention-cooperer"]],
  ["Les deux ministres se sont entretenus à Genève.", ["consultation"]],
  ["Les deux dirigeants ont eu un entretien par visioconférence.", ["consultation", "consultation"]],
  ["Poutine a téléphoné à Trump pour le féliciter.", ["appel-telephonique"]],
  ["Le président russe avait appelé hier soir son homologue.", ["appel-telephonique"]],
  ["Mike Pompeo s'est rendu à Sotchi mardi.", ["visite"]],
  ["Sergueï Lavrov a reçu son homologue américain.", ["accueil-visite"]],
  ["Les deux présidents se rencontreront à Genève en juin.", ["rencontre"]],
  ["Un sommet Poutine-Biden est prévu à Genève.", ["rencontre"]],
  ["Les négociations sur le désarmement reprennent.", ["negociation"]],
  ["Moscou et Washington ont signé un accord de prolongation du traité New Start.", ["accord"]],
  ["Le FBI a ouvert une enquête sur les piratages.", ["enquete"]],
  ["Moscou exige le retour de ses propriétés diplomatiques.", ["exigence"]],
  ["Le porte-parole du Kremlin a fustigé ces « hypothèses ».", ["critique"]],
  ["Biden l'a qualifié de « tueur » lors d'une interview.", ["critique"]],
  ["Le Kremlin a accusé Washington de vouloir détruire leurs relations.", ["accusation"]],
  ["Le président russe a rejeté la proposition de son ministre.", ["rejet", "appel-proposition"]],
  ["Moscou menace Washington de représailles.", ["menace-sanctions"]],
  ["Le président russe se réserve le droit de prendre des mesures de rétorsion.", ["menace-sanctions"]],
  ["Le Trésor américain a imposé de nouvelles sanctions contre des oligarques.", ["sanctions"]],
  ["Washington a rappelé son ambassadeur à Moscou pour consultations.", ["rappel-ambassadeur"]],
  ["L'ambassadeur russe à Washington serait renvoyé pour des « consultations ».", ["rappel-ambassadeur"]],
  ["Les États-Unis ont décidé de fermer deux complexes résidentiels russes.", ["fermeture-sites"]],
  ["Washington ordonne la fermeture du consulat russe à San Francisco.", ["fermeture-sites"]],
  ["Moscou a décidé de réduire le personnel de l'ambassade américaine.", ["reduction-relations"]],
  ["Des pirates russes ont mené une cyberattaque contre le comité démocrate.", ["ingerence"]],
  ["« Tout est possible », a déclaré Barack Obama.", ["declaration"]],
  ["Le président américain estime qu'une ingérence est possible.", ["declaration"]],
];

for (const [clause, expected] of CASES) {
  test(`« ${clause} » is ${expected.join(" + ")}`, () => {
    assert.deepEqual(kinds(clause), expected);
  });
}

test("every type of the taxonomy is found by at least one sentence above", () => {
  const found = new Set(CASES.flatMap(([, expected]) => expected));
  for (const type of types) assert.ok(found.has(type.id) || type.id === "menace", type.id);
  assert.deepEqual(kinds("Pompeo a mis en garde Moscou contre toute nouvelle ingérence."), ["menace"]);
});

test("look-alikes are not events", () => {
  assert.deepEqual(kinds("Le conseil d'administration s'est réuni lundi."), []);
  assert.deepEqual(kinds("La ville a lancé un appel d'offres."), []);
  assert.deepEqual(kinds("Les sénateurs examinent la proposition de loi."), []);
  assert.deepEqual(kinds("Il s'est rendu compte de son erreur."), []);
  assert.deepEqual(kinds("Les remarques de Biden à propos du président Poutine."), []);
  assert.deepEqual(kinds("Il a rappelé que l'ambassadeur était absent."), []);
  assert.deepEqual(kinds("Ce qu'on appelle la guerre froide."), []);
});

test("the trigger span points at the words as written, accents and capitals kept", () => {
  const [found] = classifyEvent("Le Kremlin a DÉMENTI mercredi toute ingérence.", types);
  assert.equal(found.type.id, "dementi");
  assert.deepEqual(found.trigger, { start: 13, end: 20, text: "DÉMENTI" });
});

test("a gapped trigger spans from its first to its last word", () => {
  const clause = "Washington a rappelé hier son ambassadeur en Russie.";
  const [found] = classifyEvent(clause, types);
  assert.equal(found.trigger.text, "rappelé hier son ambassadeur");
  assert.equal(clause.slice(found.trigger.start, found.trigger.end), found.trigger.text);
});

test("triggers match without accents", () => {
  assert.deepEqual(kinds("Le Kremlin a dementi toute ingerence."), ["dementi"]);
});

test("several events in one sentence come in text order", () => {
  assert.deepEqual(kinds("Obama a annoncé l'expulsion de 35 diplomates et de nouvelles sanctions."), ["declaration", "expulsion-diplomates", "sanctions"]);
});

test("a title names source and target, with « de » contracted or elided", () => {
  const template = "{source} expulse des diplomates {target:de} | {source} expulse des diplomates | Expulsion de diplomates";
  assert.equal(renderTitle(template, { source: "Washington", target: "les États-Unis" }), "Washington expulse des diplomates des États-Unis");
  assert.equal(renderTitle(template, { source: "Moscou", target: "Antony Blinken" }), "Moscou expulse des diplomates d'Antony Blinken");
  assert.equal(renderTitle(template, { source: "Moscou", target: "le Kremlin" }), "Moscou expulse des diplomates du Kremlin");
});

test("a title falls back to the next alternative when an actor is missing", () => {
  const template = "{source} expulse des diplomates {target:de} | {source} expulse des diplomates | Expulsion de diplomates";
  assert.equal(renderTitle(template, { source: "Washington" }), "Washington expulse des diplomates");
  assert.equal(renderTitle(template, {}), "Expulsion de diplomates");
});

test("an optional part in brackets is dropped without its actor, and the title is capitalised", () => {
  assert.equal(renderTitle("{source} dément les accusations[ {target:de}] | Démenti", { source: "le Kremlin" }), "Le Kremlin dément les accusations");
  assert.equal(renderTitle("{source} dément les accusations[ {target:de}] | Démenti", { source: "le Kremlin", target: "Barack Obama" }), "Le Kremlin dément les accusations de Barack Obama");
});

test("a long title is cut at a word to 90 characters", () => {
  const title = renderTitle("{source} rencontre {target} | Rencontre", { source: "Le ministre des Affaires étrangères de la Fédération de Russie", target: "le secrétaire d'État des États-Unis d'Amérique" });
  assert.ok(title.length <= 90, title);
  assert.ok(title.endsWith("…"));
  assert.doesNotMatch(title, /\s{2}/);
});

test("every template of the taxonomy renders with and without actors", () => {
  for (const type of types) {
    const full = renderTitle(type.title, { source: "Moscou", target: "Washington" });
    const bare = renderTitle(type.title, {});
    for (const title of [full, bare]) {
      assert.ok(title.length > 0 && title.length <= 90, type.id);
      assert.doesNotMatch(title, /[{}[\]]|\s{2}/, type.id);
      assert.equal(title[0], title[0].toUpperCase(), type.id);
    }
    assert.match(full, /Moscou/, type.id);
  }
});
