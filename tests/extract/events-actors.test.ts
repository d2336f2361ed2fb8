/** Who did what to whom: names, roles resolved on the event's date, counterparts, « ce dernier », pronouns, passives. */
import { loadKnowledge, runCases, type Case } from "./event-cases.ts";

loadKnowledge();

const ROLES_BY_DATE: Case[] = [
  ["Le président américain a téléphoné le 2 janvier 2016 à Vladimir Poutine.", "2016-01-05", [{ type: "appel-telephonique", date: "2016-01-02", source: "barack-obama", target: "vladimir-poutine" }]],
  ["Le président américain a téléphoné le 2 février 2018 à Vladimir Poutine.", "2018-02-05", [{ type: "appel-telephonique", date: "2018-02-02", source: "donald-trump", target: "vladimir-poutine" }]],
  ["Le président américain a téléphoné le 26 janvier 2021 à Vladimir Poutine.", "2021-01-28", [{ type: "appel-telephonique", date: "2021-01-26", source: "joe-biden", target: "vladimir-poutine" }]],
  ["Le chef de la diplomatie américaine a rencontré Sergueï Lavrov le 10 mai 2017.", "2017-05-12", [{ type: "rencontre", date: "2017-05-10", source: "rex-tillerson", target: "serguei-lavrov" }]],
  ["Le chef de la diplomatie américaine a rencontré Sergueï Lavrov le 14 mai 2019.", "2019-05-15", [{ type: "rencontre", date: "2019-05-14", source: "mike-pompeo", target: "serguei-lavrov" }]],
  ["Le chef de la diplomatie américaine a rencontré Sergueï Lavrov le 20 mai 2021.", "2021-05-21", [{ type: "rencontre", date: "2021-05-20", source: "antony-blinken", target: "serguei-lavrov" }]],
  ["Le président russe a reçu Emmanuel Macron au Kremlin le 7 février 2022.", "2022-02-08", [{ type: "accueil-visite", date: "2022-02-07", source: "vladimir-poutine", target: "emmanuel-macron" }]],
  ["Le Premier ministre russe a critiqué l'Otan le 3 octobre 2010.", "2010-10-05", [{ type: "critique", date: "2010-10-03", source: "vladimir-poutine", target: "otan" }]],
  ["Le président russe a rencontré le président chinois le 5 juin 2018.", "2018-06-07", [{ type: "rencontre", date: "2018-06-05", source: "vladimir-poutine", target: "xi-jinping" }]],
  ["Le président ukrainien a critiqué Moscou le 1er mars 2018.", "2018-03-02", [{ type: "critique", date: "2018-03-01", source: "petro-porochenko", target: "russie" }]],
  ["Le président ukrainien a critiqué Moscou le 1er mars 2020.", "2020-03-02", [{ type: "critique", date: "2020-03-01", source: "volodymyr-zelensky", target: "russie" }]],
  ["La porte-parole de la diplomatie russe a dénoncé mardi les sanctions américaines.", "2021-03-25", [{ type: "critique", date: "2021-03-23", source: "maria-zakharova", target: "etats-unis" }]],
  ["Le porte-parole du Kremlin a démenti jeudi toute implication russe.", "2021-03-25", [{ type: "dementi", date: "2021-03-25", source: "dmitri-peskov" }]],
  ["L'ambassadeur russe à Washington a été convoqué puis expulsé le 10 août 2017.", "2017-08-15", [{ type: "expulsion-diplomates", date: "2017-08-10", source: null, target: "serguei-kisliak" }]],
  ["Le président français a téléphoné à la chancelière allemande le 3 avril 2020.", "2020-04-05", [{ type: "appel-telephonique", date: "2020-04-03", source: "emmanuel-macron", target: "angela-merkel" }]],
  ["La Première ministre a reçu la CGT à Matignon le 5 janvier 2023.", "2023-01-06", [{ type: "accueil-visite", date: "2023-01-05", source: "elisabeth-borne", target: "cgt" }]],
  ["Un président américain a déjà rencontré Vladimir Poutine le 16 juillet 2018.", "2018-07-20", [{ type: "rencontre", date: "2018-07-16", source: null, target: "vladimir-poutine" }]],
  ["L'ancien président américain a critiqué Joe Biden le 3 mars 2021.", "2021-03-05", [{ type: "critique", date: "2021-03-03", source: null, target: "joe-biden" }]],
];

const COUNTERPARTS: Case[] = [
  ["Le 14 mai 2019, Sergueï Lavrov a reçu son homologue américain à Sotchi.", "2019-05-15", [{ type: "accueil-visite", date: "2019-05-14", source: "serguei-lavrov", target: "mike-pompeo" }]],
  ["Le 20 mai 2021, Sergueï Lavrov a rencontré son homologue américain à Reykjavik.", "2021-05-21", [{ type: "rencontre", date: "2021-05-20", source: "serguei-lavrov", target: "antony-blinken" }]],
  ["Le 26 janvier 2021, Joe Biden a téléphoné à son homologue russe.", "2021-01-28", [{ type: "appel-telephonique", date: "2021-01-26", source: "joe-biden", target: "vladimir-poutine" }]],
  ["Le 26 janvier 2018, Donald Trump a téléphoné à son homologue russe.", "2018-01-28", [{ type: "appel-telephonique", date: "2018-01-26", source: "donald-trump", target: "vladimir-poutine" }]],
  ["Le 7 février 2022, Emmanuel Macron a rencontré son homologue russe à Moscou.", "2022-02-10", [{ type: "rencontre", date: "2022-02-07", source: "emmanuel-macron", target: "vladimir-poutine" }]],
  ["Le 2 mars 2021, Jean-Yves Le Drian a téléphoné à son homologue américain.", "2021-03-05", [{ type: "appel-telephonique", date: "2021-03-02", source: "jean-yves-le-drian", target: "antony-blinken" }]],
  ["Vladimir Poutine a critiqué lundi son homologue ukrainien.", "2021-03-25", [{ type: "critique", date: "2021-03-22", source: "vladimir-poutine", target: "volodymyr-zelensky" }]],
  ["Son homologue américain a critiqué lundi Moscou.", "2021-03-25", [{ type: "critique", date: "2021-03-22", source: null, target: "russie" }]],
];

const ANAPHORA: Case[] = [
  ["Le 16 juin, Joe Biden a rencontré Vladimir Poutine à Genève. Ce dernier a ensuite critiqué l'Otan.", "2021-06-20", [
    { type: "rencontre", date: "2021-06-16", source: "joe-biden", target: "vladimir-poutine" },
    { type: "critique", date: "2021-06-16", source: "vladimir-poutine", target: "otan" },
  ]],
  ["Le 16 juin, Joe Biden a rencontré Angela Merkel. Cette dernière a ensuite critiqué Moscou.", "2021-06-20", [
    { type: "rencontre", date: "2021-06-16", source: "joe-biden", target: "angela-merkel" },
    { type: "critique", date: "2021-06-16", source: "angela-merkel", target: "russie" },
  ]],
  ["Le 16 juin, Joe Biden a rencontré Vladimir Poutine à Moscou. Ce dernier a ensuite critiqué l'Otan.", "2021-06-20", [
    { type: "rencontre", date: "2021-06-16", source: "joe-biden", target: "vladimir-poutine" },
    { type: "critique", date: "2021-06-16", source: null, target: "otan" },
  ]],
  ["Le 3 mars, Antony Blinken a téléphoné à Dmitro Kouleba. Cette dernière conversation a porté sur la Crimée.", "2021-03-25", [
    { type: "appel-telephonique", date: "2021-03-03", source: "antony-blinken" },
  ]],
  ["Le 4 mars, Vladimir Poutine a reçu Angela Merkel. Il a ensuite dénoncé l'Otan.", "2021-03-25", [
    { type: "accueil-visite", date: "2021-03-04", source: "vladimir-poutine", target: "angela-merkel" },
    { type: "critique", date: "2021-03-04", source: "vladimir-poutine", target: "otan" },
  ]],
  ["Le 4 mars, Angela Merkel a reçu Emmanuel Macron. Elle a ensuite dénoncé les sanctions chinoises.", "2021-03-25", [
    { type: "accueil-visite", date: "2021-03-04", source: "angela-merkel", target: "emmanuel-macron" },
    { type: "critique", date: "2021-03-04", source: "angela-merkel" },
  ]],
  ["Le 4 mars, Joe Biden a reçu Emmanuel Macron. Il a ensuite critiqué Pékin.", "2021-03-25", [
    { type: "accueil-visite", date: "2021-03-04", source: "joe-biden", target: "emmanuel-macron" },
    { type: "critique", date: "2021-03-04", source: null, target: "chine" },
  ]],
];

/** A sentence that reports nothing is matched only when a later one refers back to it: the same actors as any other. */
const RAIN = "La journée était pluvieuse. ".repeat(40);
const BACK_TO_A_SENTENCE_WITHOUT_EVENT: Case[] = [
  ["Mardi, Vladimir Poutine était à Sotchi. Il a ensuite dénoncé l'Otan.", "2021-03-25", [
    { type: "critique", date: "2021-03-23", source: "vladimir-poutine", target: "otan" },
  ]],
  ["Mardi, Joe Biden était à Genève avec Vladimir Poutine. Ce dernier a ensuite critiqué l'Otan.", "2021-03-25", [
    { type: "critique", date: "2021-03-23", source: "vladimir-poutine", target: "otan" },
  ]],
  ["Mardi, Vladimir Poutine était à Sotchi. Emmanuel Macron lui a téléphoné.", "2021-03-25", [
    { type: "appel-telephonique", date: "2021-03-23", source: "emmanuel-macron", target: "vladimir-poutine" },
  ]],
  // The paragraph's subject, forty sentences back.
  [`Mardi, Vladimir Poutine était à Sotchi. ${RAIN}Dénonçant l'Otan, le dirigeant a haussé le ton.`, "2021-03-25", [
    { type: "critique", date: "2021-03-23", source: "vladimir-poutine", target: "otan" },
  ]],
  // « Il » is only ever the previous sentence's person.
  [`Mardi, Vladimir Poutine était à Sotchi. ${RAIN}Il a ensuite dénoncé l'Otan.`, "2021-03-25", [
    { type: "critique", date: "2021-03-23", source: null, target: "otan" },
  ]],
];

const ROLES_IN_CLAUSE: Case[] = [
  ["Les accusations ont été démenties mardi par Moscou.", "2021-03-25", [{ type: "dementi", date: "2021-03-23", source: "russie" }]],
  ["Trois diplomates russes ont été expulsés jeudi par Berlin.", "2021-03-25", [{ type: "expulsion-diplomates", date: "2021-03-25", source: "allemagne", target: "russie" }]],
  ["Le 12 avril, Sergueï Lavrov a été reçu par Wang Yi à Pékin.", "2021-04-15", [{ type: "accueil-visite", date: "2021-04-12", source: "wang-yi", target: "serguei-lavrov" }]],
  ["Le 12 avril, Sergueï Lavrov a été reçu par un conseiller à Pékin.", "2021-04-15", [{ type: "accueil-visite", date: "2021-04-12", source: null, target: "serguei-lavrov" }]],
  ["Mardi, Vladimir Poutine et Joe Biden se sont parlé au téléphone.", "2021-03-25", [{ type: "appel-telephonique", date: "2021-03-23", source: "vladimir-poutine", target: "joe-biden" }]],
  ["Le 16 juin, Joe Biden et Vladimir Poutine se sont rencontrés à Genève.", "2021-06-20", [{ type: "rencontre", date: "2021-06-16", source: "joe-biden", target: "vladimir-poutine" }]],
  ["Le porte-parole du Kremlin, Dmitri Peskov, a critiqué lundi les propos de Joe Biden.", "2021-03-25", [{ type: "critique", date: "2021-03-22", source: "dmitri-peskov", target: "joe-biden" }]],
  ["Le chef de la diplomatie russe, Sergueï Lavrov, a accusé mardi l'Otan de provocation.", "2021-03-25", [{ type: "accusation", date: "2021-03-23", source: "serguei-lavrov", target: "otan" }]],
  ["Selon le Washington Post, Moscou a piraté mardi les serveurs du Trésor américain.", "2021-03-25", [{ type: "ingerence", date: "2021-03-23", source: "russie", target: "etats-unis" }]],
  ["Washington a expulsé lundi dix diplomates russes, a annoncé le département d'État.", "2021-03-25", [{ type: "expulsion-diplomates", date: "2021-03-22", source: "etats-unis", target: "russie" }]],
  ["Le Kremlin a accusé lundi Washington de vouloir déstabiliser la Biélorussie.", "2021-03-25", [{ type: "accusation", date: "2021-03-22", source: "kremlin", target: "etats-unis" }]],
  ["Le ministère russe des Affaires étrangères a convoqué puis expulsé mardi l'ambassadeur américain à Moscou.", "2021-03-25", [{ type: "expulsion-diplomates", date: "2021-03-23", source: "ministere-russe-des-affaires-etrangeres", target: "john-sullivan" }]],
  ["Élisabeth Borne a rencontré la CGT mardi.", "2023-01-12", [{ type: "rencontre", date: "2023-01-10", source: "elisabeth-borne", target: "cgt" }]],
  ["Gérald Darmanin a critiqué mardi la CGT.", "2023-01-12", [{ type: "critique", date: "2023-01-10", source: "gerald-darmanin", target: "cgt" }]],
  ["Emmanuel Macron a annoncé mardi des sanctions contre la Syrie.", "2021-03-25", [{ type: "sanctions", date: "2021-03-23", source: "emmanuel-macron", target: "syrie" }]],
  ["La Maison-Blanche a dénoncé lundi les cyberattaques russes.", "2021-03-25", [{ type: "critique", date: "2021-03-22", source: "maison-blanche", target: "russie" }]],
];

runCases("role on the event's date", ROLES_BY_DATE);
runCases("counterpart", COUNTERPARTS);
runCases("anaphora", ANAPHORA);
runCases("back to a sentence that reports nothing", BACK_TO_A_SENTENCE_WITHOUT_EVENT);
runCases("agent and target", ROLES_IN_CLAUSE);
