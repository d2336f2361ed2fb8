import { test, before } from "node:test";
import assert from "node:assert/strict";
import { loadActorRegistry } from "../../src/extract/actors/load-actor-registry.ts";
import { countryOf, matchActors } from "../../src/extract/actors/match-actors.ts";
import type { ActorMention, ActorRegistry } from "../../src/types.ts";

let registry: ActorRegistry;
before(async () => {
  registry = await loadActorRegistry("src/data/actors");
});

const ids = (sentence: string, on: string, context?: { previous?: ActorMention[]; lastPerson?: string }) =>
  matchActors(sentence, registry, on, context).map((mention) => mention.actorId);

test("« le président américain » is whoever holds the office on the day", () => {
  const sentence = "Le président américain a téléphoné à Moscou.";
  assert.deepEqual(ids(sentence, "2016-07-27"), ["barack-obama", "russie"]);
  assert.deepEqual(ids(sentence, "2019-05-14"), ["donald-trump", "russie"]);
  assert.deepEqual(ids(sentence, "2021-03-22"), ["joe-biden", "russie"]);
});

test("inauguration day belongs to the new president, the day before to the outgoing one", () => {
  assert.deepEqual(ids("le locataire de la Maison-Blanche", "2017-01-19"), ["barack-obama"]);
  assert.deepEqual(ids("le locataire de la Maison-Blanche", "2017-01-20"), ["donald-trump"]);
  assert.deepEqual(ids("le président américain", "2021-01-20"), ["joe-biden"]);
});

test("for a month or a year the longest holder in the period wins", () => {
  assert.deepEqual(ids("le président américain", "2017-01"), ["barack-obama"]);
  assert.deepEqual(ids("le président américain", "2017"), ["donald-trump"]);
  assert.deepEqual(ids("le secrétaire d'État américain", "2018-04"), ["mike-pompeo"]);
});

test("« le chef de la diplomatie russe » and its variants are Lavrov", () => {
  assert.deepEqual(ids("Le chef de la diplomatie russe a mis en garde Washington.", "2019-05-14"), ["serguei-lavrov", "etats-unis"]);
  assert.deepEqual(ids("le ministre russe des Affaires étrangères s'est rendu à Ankara", "2022-04-01"), ["serguei-lavrov"]);
  assert.deepEqual(ids("« La Russie souhaite une normalisation », affirme le ministre des Affaires Etrangères russe.", "2019-05-14"), ["russie", "serguei-lavrov"]);
});

test("« son homologue américain » after Lavrov in 2019 is Pompeo", () => {
  const [lavrov, pompeo] = matchActors("Sergueï Lavrov a reçu son homologue américain à Sotchi.", registry, "2019-05-14");
  assert.equal(lavrov.actorId, "serguei-lavrov");
  assert.equal(pompeo.actorId, "mike-pompeo");
  assert.equal(pompeo.text, "homologue américain");
  assert.equal(pompeo.via, "role");
});

test("« son homologue américain » after Poutine in December 2021 is Biden", () => {
  assert.deepEqual(ids("Vladimir Poutine a proposé à son homologue américain de revenir sur les restrictions.", "2021-12-07"), ["vladimir-poutine", "joe-biden"]);
});

test("« son homologue russe » after Biden is Poutine", () => {
  assert.deepEqual(ids("Biden a sévèrement attaqué son homologue russe.", "2021-03-17"), ["joe-biden", "vladimir-poutine"]);
});

test("« son homologue » takes the last person of the previous sentence when none is in this one", () => {
  const previous = matchActors("Antony Blinken est arrivé à Genève.", registry, "2022-01-21");
  assert.deepEqual(ids("Il doit y retrouver son homologue russe.", "2022-01-21", { previous }), ["serguei-lavrov"]);
});

test("« son homologue » with no one before it stays unresolved", () => {
  assert.deepEqual(ids("Il a appelé son homologue russe.", "2021-03-22"), []);
});

test("a role followed by the name gives one mention of the person, not two", () => {
  const mentions = matchActors("a déclaré le porte-parole du Kremlin, Dmitri Peskov, en réponse à une question", registry, "2016-07-27");
  assert.equal(mentions.length, 1);
  assert.equal(mentions[0].actorId, "dmitri-peskov");
  assert.equal(mentions[0].text, "porte-parole du Kremlin, Dmitri Peskov");
});

test("a name followed by its role in apposition gives one mention", () => {
  assert.deepEqual(ids("Sergueï Lavrov, le chef de la diplomatie russe, a reçu Mike Pompeo.", "2019-05-14"), ["serguei-lavrov", "mike-pompeo"]);
});

test("« le président russe Vladimir Poutine » is one mention spanning role and name", () => {
  const [mention] = matchActors("le président russe Vladimir Poutine avait appelé", registry, "2021-03-22");
  assert.equal(mention.text, "président russe Vladimir Poutine");
  assert.equal(mention.via, "name");
});

test("« ce dernier » is the person named just before it", () => {
  const mentions = matchActors("Poutine avait appelé son homologue américain Joe Biden – mais ce dernier a refusé", registry, "2021-03-22");
  const last = mentions[mentions.length - 1];
  assert.equal(last.actorId, "joe-biden");
  assert.equal(last.via, "pronoun");
  assert.equal(last.text, "ce dernier");
});

test("« cette dernière » needs a woman: Zakharova yes, Lavrov no", () => {
  assert.deepEqual(ids("Lavrov a cité Maria Zakharova ; cette dernière a démenti.", "2018-03-30"), ["serguei-lavrov", "maria-zakharova", "maria-zakharova"]);
  assert.deepEqual(ids("Maria Zakharova a cité Lavrov ; cette dernière a démenti.", "2018-03-30"), ["maria-zakharova", "serguei-lavrov"]);
});

test("« ce dernier » after a country or an institution is left unresolved", () => {
  assert.deepEqual(ids("Poutine a répondu au Kremlin, ce dernier ayant été visé.", "2021-03-22"), ["vladimir-poutine", "kremlin"]);
});

test("« ce dernier » at the start of a sentence takes the person the previous sentence ended on", () => {
  const previous = matchActors("Trump a limogé James Comey.", registry, "2017-05-09");
  assert.deepEqual(ids("Ce dernier enquêtait sur la Russie.", "2017-05-09", { previous }), ["james-comey", "russie"]);
});

test("names match without accents and in capitals", () => {
  assert.deepEqual(ids("SERGUEI LAVROV ET VLADIMIR POUTINE", "2019-05-14"), ["serguei-lavrov", "vladimir-poutine"]);
  assert.deepEqual(ids("les Etats-Unis et les États Unis", "2019-05-14"), ["etats-unis", "etats-unis"]);
  assert.deepEqual(ids("le ministre des affaires etrangeres russe", "2019-05-14"), ["serguei-lavrov"]);
});

test("curly and straight apostrophes both work: « l’ambassadeur russe à Washington »", () => {
  assert.deepEqual(ids("l’ambassadeur russe à Washington a été rappelé", "2021-03-22"), ["anatoli-antonov"]);
  assert.deepEqual(ids("l'ambassadeur russe à Washington a été rappelé", "2016-12-30"), ["serguei-kisliak"]);
});

test("« M. Obama » is Obama, and the courtesy title is part of the span", () => {
  const [mention] = matchActors("« Tout est possible », a dit M. Obama, interrogé par NBC.", registry, "2016-07-27");
  assert.equal(mention.actorId, "barack-obama");
  assert.equal(mention.text, "M. Obama");
});

test("the president-elect and the candidate are Trump at the right dates", () => {
  assert.deepEqual(ids("la politique du président américain élu Donald Trump", "2016-12-30"), ["donald-trump"]);
  assert.deepEqual(ids("en faveur du candidat républicain", "2016-05-01"), []);
  assert.deepEqual(ids("en faveur du candidat républicain", "2016-10-01"), ["donald-trump"]);
  assert.deepEqual(ids("brouillant le message de la candidate démocrate", "2016-10-01"), ["hillary-clinton"]);
});

test("Moscou, Washington and le Kremlin are metonymies for their country or institution", () => {
  assert.deepEqual(ids("la crise entre Washington et Moscou", "2021-03-22"), ["etats-unis", "russie"]);
  assert.deepEqual(ids("Le Kremlin a démenti toute ingérence.", "2016-07-27"), ["kremlin"]);
  assert.equal(countryOf("kremlin", registry), "RU");
  assert.equal(countryOf("onu", registry), undefined);
});

test("a bare nationality adjective names no one", () => {
  assert.deepEqual(ids("la partie russe et les diplomates américains", "2021-12-07"), []);
});

test("« la diplomatie russe » alone is the ministry, not a person", () => {
  const mentions = ids("la diplomatie russe a protesté", "2019-05-14");
  assert.deepEqual(mentions, ["ministere-russe-des-affaires-etrangeres"]);
});

test("« un président », « l'ancien président » and « l'ex-président » are not the holder", () => {
  assert.deepEqual(ids("un président américain ne ferait pas cela", "2019-05-14"), []);
  assert.deepEqual(ids("l'ancien président américain a parlé", "2019-05-14"), []);
  assert.deepEqual(ids("l'ex-président américain a parlé", "2019-05-14"), []);
});

test("« le vice-président américain » is the vice-president, not the president", () => {
  assert.deepEqual(ids("le vice-président américain est arrivé à Munich", "2019-02-15"), ["mike-pence"]);
});

test("a longer name wins over a name inside it", () => {
  assert.deepEqual(ids("selon le Washington Post", "2017-05-15"), ["washington-post"]);
  assert.deepEqual(ids("Bill Clinton et Hillary Clinton", "2016-07-27"), ["bill-clinton", "hillary-clinton"]);
  assert.deepEqual(ids("le Comité national du Parti démocrate", "2016-07-27"), ["comite-national-democrate"]);
});

test("l'Amérique latine is not the United States", () => {
  assert.deepEqual(ids("l'Amérique latine et l'Amérique", "2019-05-14"), ["etats-unis"]);
});

test("a name inside another word is not a mention", () => {
  assert.deepEqual(ids("les poutinistes et les trumpistes", "2019-05-14"), []);
});

test("generic role patterns cover other countries with a ranked holder", () => {
  assert.deepEqual(ids("le président ukrainien a reçu le président chinois", "2023-03-21"), ["volodymyr-zelensky", "xi-jinping"]);
  assert.deepEqual(ids("le Premier ministre russe", "2015-06-01"), ["dmitri-medvedev"]);
  assert.deepEqual(ids("le Premier ministre russe", "2021-06-01"), ["mikhail-michoustine"]);
});

test("Medvedev is the Russian president in 2010, Poutine again from May 2012", () => {
  assert.deepEqual(ids("le chef du Kremlin", "2010-04-08"), ["dmitri-medvedev"]);
  assert.deepEqual(ids("le chef du Kremlin", "2012-05-07"), ["vladimir-poutine"]);
});

test("the spokespeople of both sides resolve by date", () => {
  assert.deepEqual(ids("la porte-parole de la diplomatie russe", "2019-05-14"), ["maria-zakharova"]);
  assert.deepEqual(ids("la porte-parole de la Maison Blanche", "2021-03-22"), ["jen-psaki"]);
  assert.deepEqual(ids("le porte-parole du département d'État", "2021-04-15"), ["ned-price"]);
});

test("the spokesperson's counterpart is the other side's spokesperson", () => {
  assert.deepEqual(ids("Dmitri Peskov a répondu à son homologue américaine", "2021-06-01"), ["dmitri-peskov", "jen-psaki"]);
});

test("mention offsets point into the original sentence", () => {
  const sentence = "Mardi, l’ambassadeur russe à Washington, Anatoli Antonov, a été convoqué.";
  for (const mention of matchActors(sentence, registry, "2021-03-22")) {
    assert.equal(sentence.slice(mention.start, mention.end), mention.text);
  }
});
