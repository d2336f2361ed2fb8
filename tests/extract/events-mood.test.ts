/** Negated, hypothetical, conditional, future and quoted actions are not past events; announced ones are planned. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { readingOf } from "../../src/extract/reading-of.ts";
import { loadKnowledge, runCases, type Case } from "./event-cases.ts";

loadKnowledge();

const NEGATION: Case[] = [
  ["Moscou n'a pas expulsé de diplomates américains.", "2021-03-25", []],
  ["Le Kremlin n'a jamais rappelé son ambassadeur.", "2021-03-25", []],
  ["Vladimir Poutine exclut d'expulser des diplomates britanniques.", "2021-03-25", [{ type: "rejet", date: "2021-03-25", approximate: true, source: "vladimir-poutine" }]],
  ["Mardi, Berlin a refusé de sanctionner Moscou.", "2021-03-25", [{ type: "rejet", date: "2021-03-23", source: "allemagne" }]],
  ["Joe Biden a renoncé à imposer des sanctions à la Russie lundi.", "2021-03-25", []],
  ["Paris n'a plus téléphoné à Moscou depuis des mois.", "2021-03-25", []],
  ["Aucun diplomate n'a été expulsé par Washington.", "2021-03-25", []],
  ["Le Kremlin nie avoir piraté les serveurs du Parti démocrate.", "2016-07-27", [{ type: "dementi", date: "2016-07-27", approximate: true, source: "kremlin" }]],
  ["Sans rencontrer Vladimir Poutine, Antony Blinken a quitté Genève jeudi.", "2021-03-25", []],
  ["Le président russe n'a rencontré personne lundi.", "2021-03-25", []],
  ["Lundi, Washington a écarté toute sanction contre Berlin.", "2021-03-25", [{ type: "rejet", date: "2021-03-22", source: "etats-unis" }]],
  ["Londres n'a pas l'intention d'expulser des diplomates russes.", "2021-03-25", []],
  ["Ni Moscou ni Washington n'ont rappelé leur ambassadeur.", "2021-03-25", []],
];

const HYPOTHESIS: Case[] = [
  ["Si la Russie envahissait l'Ukraine, Washington imposerait des sanctions sévères.", "2022-02-10", []],
  ["Si Moscou expulse des diplomates, Londres fera de même.", "2021-03-25", []],
  ["Washington pourrait expulser des diplomates russes dès lundi.", "2021-03-25", []],
  ["Berlin envisage de rappeler son ambassadeur à Moscou.", "2021-03-25", []],
  ["En cas de nouvelle cyberattaque, les États-Unis sanctionneraient la Russie.", "2021-03-25", []],
  ["Au cas où Moscou fermerait le consulat américain, Washington riposterait.", "2021-03-25", []],
  ["Selon des sources diplomatiques, la Russie aurait piraté les serveurs du Trésor américain.", "2021-03-25", []],
  ["Le Kremlin serait prêt à rencontrer Joe Biden.", "2021-03-25", []],
  ["Une éventuelle rencontre entre Joe Biden et Vladimir Poutine est à l'étude.", "2021-03-25", []],
  ["Moscou risque de fermer les consulats américains.", "2021-03-25", []],
  ["Il est possible que Pékin sanctionne des élus américains.", "2021-03-25", []],
  ["Les États-Unis auraient pu expulser des diplomates russes dès 2014.", "2021-03-25", []],
  ["À supposer que Kiev rappelle son ambassadeur, Moscou protesterait.", "2021-03-25", []],
  ["Washington menace d'expulser des diplomates russes.", "2021-03-25", [{ type: "menace", date: "2021-03-25", approximate: true, source: "etats-unis" }]],
];

const FUTURE: Case[] = [
  ["Antony Blinken se rendra à Moscou le 3 avril.", "2021-03-25", [{ type: "visite", date: "2021-04-03", planned: true, source: "antony-blinken", target: "russie" }]],
  ["Joe Biden rencontrera Vladimir Poutine le 16 juin à Genève.", "2021-05-25", [{ type: "rencontre", date: "2021-06-16", planned: true, source: "joe-biden", target: "vladimir-poutine" }]],
  ["Sergueï Lavrov doit recevoir Jean-Yves Le Drian le 10 avril.", "2021-03-25", [{ type: "accueil-visite", date: "2021-04-10", planned: true, source: "serguei-lavrov", target: "jean-yves-le-drian" }]],
  ["Les deux ministres vont se rencontrer la semaine prochaine.", "2021-03-25", []],
  ["Moscou va expulser des diplomates américains.", "2021-03-25", []],
  ["Le président russe se rendra prochainement en Chine.", "2021-03-25", []],
  ["Demain, Emmanuel Macron téléphonera à Vladimir Poutine.", "2022-02-10", [{ type: "appel-telephonique", date: "2022-02-11", planned: true, source: "emmanuel-macron", target: "vladimir-poutine" }]],
  ["Un sommet entre Joe Biden et Vladimir Poutine est prévu le 16 juin.", "2021-05-25", [{ type: "rencontre", date: "2021-06-16", planned: true }]],
  ["Washington imposera de nouvelles sanctions à Moscou en avril.", "2021-03-25", [{ type: "sanctions", date: "2021-04", planned: true, source: "etats-unis", target: "russie" }]],
  ["Le Kremlin a annoncé que l'ambassadeur russe à Washington serait rappelé pour consultations.", "2021-03-25", [{ type: "rappel-ambassadeur", date: "2021-03-25", approximate: true, source: "kremlin" }]],
  ["Angela Merkel recevra Emmanuel Macron dimanche.", "2021-03-25", [{ type: "accueil-visite", date: "2021-03-28", planned: true, source: "angela-merkel", target: "emmanuel-macron" }]],
  ["Olaf Scholz devrait se rendre à Kiev lundi prochain.", "2022-02-10", [{ type: "visite", date: "2022-02-14", planned: true, source: "olaf-scholz", target: "ukraine" }]],
];

const QUOTATIONS: Case[] = [
  ["« Nous expulserons tous les diplomates russes », a déclaré mardi Joe Biden.", "2021-03-25", [{ type: "declaration", date: "2021-03-23", source: "joe-biden" }]],
  ["« Moscou a piraté nos serveurs et a menacé nos alliés », a affirmé lundi Antony Blinken.", "2021-03-25", [{ type: "declaration", date: "2021-03-22", source: "antony-blinken" }]],
  ["Dmitri Peskov a déclaré jeudi : « Le Kremlin ne rencontrera pas Joe Biden avant l'été ».", "2021-03-25", [{ type: "declaration", date: "2021-03-25", source: "dmitri-peskov" }]],
  ["Le Kremlin a dénoncé mardi des « sanctions illégales imposées par Washington ».", "2021-03-25", [{ type: "critique", date: "2021-03-23", source: "kremlin" }]],
  ["« Washington expulse nos diplomates sans raison », a dénoncé Maria Zakharova lundi.", "2021-03-25", [{ type: "critique", date: "2021-03-22", source: "maria-zakharova" }]],
  ["Selon Sergueï Lavrov, « les États-Unis ont rompu les relations diplomatiques avec la Russie depuis longtemps ».", "2021-03-25", []],
  ["Vladimir Poutine a qualifié mardi de « tueur » le président américain.", "2021-03-25", [{ type: "critique", date: "2021-03-23", source: "vladimir-poutine", target: "joe-biden" }]],
  ["“Nous avons rencontré les Russes à Genève”, a expliqué lundi Ned Price.", "2021-03-25", [{ type: "declaration", date: "2021-03-22", source: "ned-price" }]],
];

runCases("negation", NEGATION);
runCases("hypothesis", HYPOTHESIS);
runCases("future", FUTURE);
runCases("quotation", QUOTATIONS);

test("a stop glued to a word before a trigger, or a letter whose lower case is longer, is read without failing", () => {
  for (const sentence of ["Le score était de 3:0 et Moscou a expulsé deux diplomates américains.", "İstanbul:Moscou a expulsé deux diplomates turcs.", "Selon l'A.F.P.:le Kremlin a expulsé deux diplomates."]) {
    const start = sentence.indexOf("expulsé");
    assert.equal(readingOf(sentence, start, start + "expulsé".length), "fact", sentence);
  }
});
