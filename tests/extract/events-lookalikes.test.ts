/** Words that look like dates, actors or event triggers and are not: each text with what it must (not) give. */
import { loadKnowledge, runCases, type Case } from "./event-cases.ts";

loadKnowledge();

const DATE_LOOKALIKES: Case[] = [
  ["Moscou a expulsé sept diplomates polonais.", "2021-03-25", [{ type: "expulsion-diplomates", date: "2021-03-25", approximate: true, source: "russie" }]],
  ["Washington a sanctionné sept oligarques russes mardi.", "2021-03-25", [{ type: "sanctions", date: "2021-03-23", source: "etats-unis", target: "russie" }]],
  ["Pendant le Mardi Gras, le président français a reçu Olaf Scholz.", "2022-03-03", [{ type: "accueil-visite", date: "2022-03-03", approximate: true, source: "emmanuel-macron", target: "olaf-scholz" }]],
  ["Le Kremlin a dénoncé la politique du Vendredi noir.", "2021-03-25", [{ type: "critique", date: "2021-03-25", approximate: true, source: "kremlin" }]],
  ["Moscou a rappelé son ambassadeur après trois mois de crise.", "2021-03-25", [{ type: "rappel-ambassadeur", date: "2021-03-25", approximate: true, source: "russie" }]],
  ["Le FBI a ouvert une enquête sur le Mai 68 numérique.", "2021-03-25", [{ type: "enquete", date: "2021-03-25", approximate: true, source: "fbi" }],
    "the tagger reads a capitalised « Mai 68 » as May 1968; a month name written as a proper noun is not recognised yet"],
  ["Londres a expulsé les 23 diplomates russes en poste.", "2018-03-20", [{ type: "expulsion-diplomates", date: "2018-03-20", approximate: true, source: "royaume-uni", target: "russie" }]],
  ["La Maison-Blanche a dénoncé les 35 mesures de Moscou.", "2021-03-25", [{ type: "critique", date: "2021-03-25", approximate: true, source: "maison-blanche", target: "russie" }]],
  ["Joe Biden a critiqué la « loi de 1996 » sur les sanctions.", "2021-03-25", [{ type: "critique", date: "2021-03-25", approximate: true, source: "joe-biden" }]],
  ["Le Kremlin a démenti l'information publiée par le Washington Post de samedi.", "2021-03-25", [{ type: "dementi", date: "2021-03-25", approximate: true, source: "kremlin" }]],
  ["Sergueï Lavrov a critiqué l'élection présidentielle du 8 novembre.", "2016-12-20", [{ type: "critique", date: "2016-12-20", approximate: true, source: "serguei-lavrov" }]],
  ["Le président russe a reçu Emmanuel Macron dans sa résidence d'été.", "2019-08-20", [{ type: "accueil-visite", date: "2019-08-20", approximate: true, source: "vladimir-poutine", target: "emmanuel-macron" }]],
  ["L'Otan a condamné mardi la politique de Moscou depuis 2014.", "2021-03-25", [{ type: "critique", date: "2021-03-23", source: "otan", target: "russie" }]],
];

const TRIGGER_LOOKALIKES: Case[] = [
  ["La mairie de Moscou a lancé un appel d'offres pour rénover le consulat.", "2021-03-25", []],
  ["Le Sénat américain a examiné une proposition de loi sur la cybersécurité.", "2021-03-25", []],
  ["Le nouveau ministre s'appelle Gérald Darmanin.", "2021-03-25", []],
  ["Antony Blinken a rappelé que Washington restait ouvert au dialogue.", "2021-03-25", []],
  ["Le sommet de la tour a été fermé au public.", "2021-03-25", []],
  ["Élisabeth Borne s'est rendu compte de l'ampleur de la grève.", "2023-01-12", []],
  ["Le Kremlin a reçu une lettre de Washington.", "2021-03-25", []],
  ["Les idées reçues sur la Russie ont la vie dure.", "2021-03-25", []],
  ["Le Kremlin a qualifié l'entretien de « franc et professionnel ».", "2021-12-08", [],
    "« qualifier de » counts as criticism whatever the words that follow; praise is not told apart yet"],
  ["La cour d'appel de Moscou a confirmé la peine d'Alexeï Navalny.", "2021-03-25", []],
  ["Emmanuel Macron a fait appel à des experts de l'Otan.", "2021-03-25", []],
  ["Gérald Darmanin a présenté les visiteurs du salon.", "2021-03-25", []],
];

const ACTOR_LOOKALIKES: Case[] = [
  ["Le Washington Post a enquêté sur les comptes de la Fondation.", "2021-03-25", [{ type: "enquete", date: "2021-03-25", approximate: true, source: "washington-post" }]],
  ["Le président russe a critiqué l'ancien président américain le 10 mars 2021.", "2021-03-25", [{ type: "critique", date: "2021-03-10", source: "vladimir-poutine", target: null }]],
  ["Un président américain n'a jamais rencontré Alexeï Navalny.", "2021-03-25", []],
  ["Vladimir Poutine a reçu le 10 mars 2021 le vice-président américain.", "2021-03-25", [{ type: "accueil-visite", date: "2021-03-10", source: "vladimir-poutine", target: null }]],
  ["Dans le Maryland, la police a ouvert une enquête mardi.", "2021-03-25", []],
];

runCases("date look-alike", DATE_LOOKALIKES);
runCases("trigger look-alike", TRIGGER_LOOKALIKES);
runCases("actor look-alike", ACTOR_LOOKALIKES);
