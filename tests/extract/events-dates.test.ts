/** Every French date form, and the reference time moving through a narrative: each text with its expected records. */
import { loadKnowledge, runCases, type Case } from "./event-cases.ts";

loadKnowledge();

// 2021-03-25 is a Thursday; 2016-12-31 a Saturday; 2019-05-16 a Thursday; 2022-02-10 a Thursday.
const ABSOLUTE: Case[] = [
  ["Le 15 avril 2021, Washington a imposé de nouvelles sanctions à Moscou.", "2021-04-20", [{ type: "sanctions", date: "2021-04-15", source: "etats-unis", target: "russie" }]],
  ["Washington a imposé de nouvelles sanctions à Moscou le 15 avril.", "2021-04-20", [{ type: "sanctions", date: "2021-04-15", source: "etats-unis", target: "russie" }]],
  ["Le 4 mars 2018, Londres a expulsé vingt-trois diplomates russes.", "2018-03-20", [{ type: "expulsion-diplomates", date: "2018-03-04", source: "royaume-uni", target: "russie" }]],
  ["Rex Tillerson a téléphoné le 12 juillet 2017 à Sergueï Lavrov.", "2017-07-15", [{ type: "appel-telephonique", date: "2017-07-12", source: "rex-tillerson", target: "serguei-lavrov" }]],
  ["Le 1er février, Moscou a condamné les propos d'Antony Blinken.", "2021-02-03", [{ type: "critique", date: "2021-02-01", source: "russie", target: "antony-blinken" }]],
  ["Le 30/12/2016, Vladimir Poutine a rejeté la proposition de Sergueï Lavrov.", "2016-12-31", [{ type: "rejet", date: "2016-12-30", source: "vladimir-poutine", target: "serguei-lavrov" }]],
  ["En juin 2021, Joe Biden a rencontré Vladimir Poutine à Genève.", "2021-07-01", [{ type: "rencontre", date: "2021-06", source: "joe-biden", target: "vladimir-poutine" }]],
  ["En 2018, la Russie a fermé le consulat américain de Saint-Pétersbourg.", "2019-01-10", [{ type: "fermeture-sites", date: "2018", source: "russie", target: "etats-unis" }]],
  ["En mars 2014, les États-Unis ont sanctionné plusieurs proches de Vladimir Poutine.", "2014-04-02", [{ type: "sanctions", date: "2014-03", source: "etats-unis" }]],
  ["Le 7 mai, Sergueï Lavrov s'est rendu à Washington.", "2019-05-20", [{ type: "visite", date: "2019-05-07", source: "serguei-lavrov", target: "etats-unis" }]],
  ["Angela Merkel a reçu Emmanuel Macron à Berlin le 18 mai 2020.", "2020-05-19", [{ type: "accueil-visite", date: "2020-05-18", source: "angela-merkel", target: "emmanuel-macron" }]],
  ["Début mars, Kiev a rappelé son ambassadeur à Moscou.", "2021-03-25", [{ type: "rappel-ambassadeur", date: "2021-03", source: "ukraine", target: "russie" }]],
  ["Fin 2019, Paris et Berlin ont signé un accord sur la défense.", "2020-02-01", [{ type: "accord", date: "2019", source: "france", target: "allemagne" }]],
  ["En mai dernier, la Chine a sanctionné plusieurs élus américains.", "2021-03-25", [{ type: "sanctions", date: "2020-05", source: "chine", target: "etats-unis" }]],
  ["Au printemps 2018, Londres a expulsé des diplomates russes.", "2018-09-01", [{ type: "expulsion-diplomates", date: "2018", source: "royaume-uni", target: "russie" }]],
  ["Jean-Yves Le Drian a téléphoné à Sergueï Lavrov le 2 janvier 2022.", "2022-01-05", [{ type: "appel-telephonique", date: "2022-01-02", source: "jean-yves-le-drian", target: "serguei-lavrov" }]],
  ["Le 24 février 2022 au matin, Volodymyr Zelensky a rompu les relations diplomatiques avec Moscou.", "2022-02-25", [{ type: "reduction-relations", date: "2022-02-24", source: "volodymyr-zelensky", target: "russie" }]],
  ["Mi-janvier, le FBI a ouvert une enquête sur le piratage.", "2021-03-25", [{ type: "enquete", date: "2021-01", source: "fbi" }]],
];

const WEEKDAYS: Case[] = [
  ["Lundi, le Kremlin a démenti toute ingérence.", "2021-03-25", [{ type: "dementi", date: "2021-03-22", source: "kremlin" }]],
  ["Mercredi soir, Joe Biden s'est entretenu avec Emmanuel Macron.", "2021-03-25", [{ type: "consultation", date: "2021-03-24", source: "joe-biden", target: "emmanuel-macron" }]],
  ["Dimanche 14 mars, Antony Blinken a critiqué Moscou.", "2021-03-25", [{ type: "critique", date: "2021-03-14", source: "antony-blinken", target: "russie" }]],
  ["Jeudi dernier, la Russie a expulsé un diplomate ukrainien.", "2021-03-25", [{ type: "expulsion-diplomates", date: "2021-03-18", source: "russie", target: "ukraine" }]],
  ["Ce mardi, Sergueï Lavrov a reçu l'ambassadeur américain à Moscou.", "2021-03-25", [{ type: "accueil-visite", date: "2021-03-23", source: "serguei-lavrov", target: "john-sullivan" }]],
  ["Vendredi, Joe Biden recevra Volodymyr Zelensky à la Maison-Blanche.", "2021-08-25", [{ type: "accueil-visite", date: "2021-08-27", planned: true, source: "joe-biden", target: "volodymyr-zelensky" }]],
  ["Mardi 8 février, Emmanuel Macron a rencontré Olaf Scholz à Berlin.", "2022-02-10", [{ type: "rencontre", date: "2022-02-08", source: "emmanuel-macron", target: "olaf-scholz" }]],
  ["Samedi, Pékin a dénoncé les sanctions britanniques.", "2021-03-25", [{ type: "critique", date: "2021-03-20", source: "chine" }]],
  ["Lundi prochain, Antony Blinken se rendra à Kiev.", "2021-03-25", [{ type: "visite", date: "2021-03-29", planned: true, source: "antony-blinken", target: "ukraine" }]],
  ["Aujourd'hui (jeudi), la Maison-Blanche a annoncé des sanctions contre Moscou.", "2021-03-25", [{ type: "sanctions", date: "2021-03-25", source: "maison-blanche", target: "russie" }]],
  ["Mardi, Vladimir Poutine et Joe Biden se sont parlé au téléphone.", "2021-03-25", [{ type: "appel-telephonique", date: "2021-03-23", source: "vladimir-poutine", target: "joe-biden" }]],
  ["Le Kremlin a accusé dimanche Washington d'ingérence.", "2021-03-25", [{ type: "accusation", date: "2021-03-21", source: "kremlin", target: "etats-unis" }]],
];

const RELATIVE: Case[] = [
  ["Hier, Moscou a expulsé trois diplomates allemands.", "2021-03-25", [{ type: "expulsion-diplomates", date: "2021-03-24", source: "russie", target: "allemagne" }]],
  ["Avant-hier, Berlin a convoqué puis expulsé un diplomate russe.", "2021-03-25", [{ type: "expulsion-diplomates", date: "2021-03-23", source: "allemagne", target: "russie" }]],
  ["Hier soir, le président américain a téléphoné à son homologue ukrainien.", "2021-03-25", [{ type: "appel-telephonique", date: "2021-03-24", source: "joe-biden", target: "volodymyr-zelensky" }]],
  ["Ce matin, Dmitri Peskov a démenti ces informations.", "2021-03-25", [{ type: "dementi", date: "2021-03-25", source: "dmitri-peskov" }]],
  ["Il y a trois jours, Washington a sanctionné sept responsables russes.", "2021-03-25", [{ type: "sanctions", date: "2021-03-22", source: "etats-unis", target: "russie" }]],
  ["Il y a un mois, Sergueï Lavrov a rencontré Antony Blinken à Reykjavik.", "2021-06-20", [{ type: "rencontre", date: "2021-05", source: "serguei-lavrov", target: "antony-blinken" }]],
  ["Le mois dernier, la Russie a fermé deux consulats américains.", "2021-03-25", [{ type: "fermeture-sites", date: "2021-02", source: "russie", target: "etats-unis" }]],
  ["L'an dernier, Washington avait déjà expulsé deux diplomates russes.", "2021-03-25", [{ type: "expulsion-diplomates", date: "2020", source: "etats-unis", target: "russie" }]],
  ["La semaine dernière, Moscou a rappelé son ambassadeur à Washington.", "2021-03-25", [{ type: "rappel-ambassadeur", date: "2021-03", source: "russie", target: "etats-unis" }]],
  ["Il y a cinq ans, les États-Unis ont expulsé 35 diplomates russes.", "2021-12-07", [{ type: "expulsion-diplomates", date: "2016", source: "etats-unis", target: "russie" }]],
  ["Cette semaine, Pékin a critiqué l'Otan.", "2021-03-25", [{ type: "critique", date: "2021-03", source: "chine", target: "otan" }]],
  ["Mardi dernier, le Kremlin a démenti toute implication.", "2021-03-25", [{ type: "dementi", date: "2021-03-23", source: "kremlin" }]],
];

const NARRATIVE: Case[] = [
  ["Le 10 mars, Joe Biden a rencontré Volodymyr Zelensky. Le lendemain, il a téléphoné à Vladimir Poutine.", "2021-03-25", [
    { type: "rencontre", date: "2021-03-10", source: "joe-biden", target: "volodymyr-zelensky" },
    { type: "appel-telephonique", date: "2021-03-11", target: "vladimir-poutine" },
  ]],
  ["Le 2 mars, Joe Biden a rencontré Vladimir Poutine à Genève. La veille, Antony Blinken avait téléphoné à Sergueï Lavrov.", "2021-03-25", [
    { type: "rencontre", date: "2021-03-02", source: "joe-biden", target: "vladimir-poutine" },
    { type: "appel-telephonique", date: "2021-03-01", source: "antony-blinken", target: "serguei-lavrov" },
  ]],
  ["Le 5 février, Moscou a expulsé des diplomates allemands. Berlin a aussitôt dénoncé cette décision.", "2021-03-25", [
    { type: "expulsion-diplomates", date: "2021-02-05", source: "russie", target: "allemagne" },
    { type: "critique", date: "2021-02-05", source: "allemagne" },
  ]],
  ["Le 14 mai, Mike Pompeo s'est rendu à Sotchi. Il y a rencontré Sergueï Lavrov.", "2019-05-16", [
    { type: "visite", date: "2019-05-14", source: "mike-pompeo" },
    { type: "rencontre", date: "2019-05-14", target: "serguei-lavrov" },
  ]],
  ["Le 3 juin, Londres a expulsé quatre diplomates russes. Deux jours plus tard, Moscou a expulsé quatre diplomates britanniques.", "2021-06-20", [
    { type: "expulsion-diplomates", date: "2021-06-03", source: "royaume-uni", target: "russie" },
    { type: "expulsion-diplomates", date: "2021-06-05", source: "russie", target: "royaume-uni" },
  ]],
  ["Le 8 novembre, les Américains ont élu Donald Trump.\n\nLe Kremlin a démenti toute ingérence.", "2016-12-31", [
    { type: "dementi", date: "2016-12-31", approximate: true, source: "kremlin" },
  ]],
  ["Lundi 15 mars, Washington a sanctionné sept responsables russes. Le lendemain, Moscou a accusé les États-Unis de mentir.", "2021-03-25", [
    { type: "sanctions", date: "2021-03-15", source: "etats-unis", target: "russie" },
    { type: "accusation", date: "2021-03-16", source: "russie", target: "etats-unis" },
  ]],
  ["Le 3 mars, Antony Blinken a rencontré Sergueï Lavrov pour évoquer l'élection du 8 novembre. Le lendemain, Moscou a expulsé deux diplomates américains.", "2021-03-25", [
    { type: "rencontre", date: "2021-03-03", source: "antony-blinken", target: "serguei-lavrov" },
    { type: "expulsion-diplomates", date: "2021-03-04", source: "russie", target: "etats-unis" },
  ]],
  ["Le 3 mars, Antony Blinken a rencontré Sergueï Lavrov. Le Kremlin avait évoqué l'élection du 8 novembre. Ils ont ensuite signé un accord.", "2021-03-25", [
    { type: "rencontre", date: "2021-03-03", source: "antony-blinken", target: "serguei-lavrov" },
  ]],
  ["En janvier 2021, Alexeï Navalny est rentré à Moscou. Washington a condamné son arrestation.", "2021-03-25", [
    { type: "critique", date: "2021-01", source: "etats-unis" },
  ]],
  ["Le président russe a appelé Emmanuel Macron le 12 février. Le même jour, il a reçu Olaf Scholz.", "2022-02-20", [
    { type: "appel-telephonique", date: "2022-02-12", source: "vladimir-poutine", target: "emmanuel-macron" },
    { type: "accueil-visite", date: "2022-02-12", target: "olaf-scholz" },
  ]],
];

const UNDATED: Case[] = [
  ["Le Kremlin a démenti toute ingérence dans l'élection.", "2016-07-27", [{ type: "dementi", date: "2016-07-27", approximate: true, source: "kremlin" }]],
  ["Moscou a expulsé plusieurs diplomates polonais.", "2021-04", [{ type: "expulsion-diplomates", date: "2021-04", approximate: true, source: "russie" }]],
  ["Antony Blinken s'est entretenu avec Sergueï Lavrov en marge d'une conférence.", "2021-05-20", [
    { type: "consultation", date: "2021-05-20", approximate: true, source: "antony-blinken", target: "serguei-lavrov" },
  ]],
];

runCases("absolute date", ABSOLUTE);
runCases("weekday", WEEKDAYS);
runCases("relative date", RELATIVE);
runCases("narrative time", NARRATIVE);
runCases("undated report", UNDATED);
