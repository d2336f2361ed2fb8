import assert from "node:assert/strict";
import { test } from "node:test";
import { expectTimex } from "../helpers/expect-timex.ts";
import { tagDates } from "../../src/extract/temporal/index.ts";

test("a weekday with a day number takes month and year from a month-only reference", () => {
  expectTimex("Vendredi 30, le président russe a calmé le jeu", "2016-12", "Vendredi 30", "2016-12-30");
});

test("a weekday with a day number that does not fit the reference month looks at the month before", () => {
  expectTimex("Jeudi 30, les négociations ont repris.", "2016-07", "Jeudi 30", "2016-06-30");
});

test("a weekday with a day number takes the closest month that agrees with a day reference", () => {
  expectTimex("Vendredi 30, le président russe a calmé le jeu", "2016-12-31", "Vendredi 30", "2016-12-30");
});

test("a bare weekday in a past-tense sentence is the reference day when it is that weekday", () => {
  expectTimex("Les deux ministres se sont rencontrés mardi à Sotchi.", "2019-05-14", "mardi", "2019-05-14");
});

test("« mercredi » after « a démenti » is the last Wednesday, here the reference day", () => {
  expectTimex("Le Kremlin a démenti mercredi toute ingérence.", "2016-07-27", "mercredi", "2016-07-27");
});

test("a bare weekday in a past-tense sentence is the most recent such day", () => {
  expectTimex("Un homme blessé par balle a été transporté à l'hôpital, mardi.", "1999-05-20", "mardi", "1999-05-18");
});

test("a bare weekday in a future-tense sentence is the next such day", () => {
  expectTimex("Le ministre se rendra à Moscou jeudi.", "2016-12-13", "jeudi", "2016-12-15");
});

test("« va » with an infinitive makes the weekday future", () => {
  expectTimex("Le président va rencontrer son homologue vendredi.", "2016-12-13", "vendredi", "2016-12-16");
});

test("the imperfect points back", () => {
  expectTimex("Jeudi, la foule attendait devant la mairie.", "2003-02-04", "Jeudi", "2003-01-30");
});

test("« mardi soir » is the evening of that Tuesday", () => {
  expectTimex("Ils ont dîné ensemble mardi soir.", "2019-05-14", "mardi soir", "2019-05-14TEV", "TIME");
});

test("« lundi matin » is the morning of that Monday", () => {
  expectTimex("La grève a commencé lundi matin.", "2019-05-14", "lundi matin", "2019-05-13TMO", "TIME");
});

test("« dimanche après-midi » is the afternoon of that Sunday", () => {
  expectTimex("Des coups de feu ont visé un train dimanche après-midi.", "2002-04-02", "dimanche après-midi", "2002-03-31TAF", "TIME");
});

test("« lundi prochain » is the next Monday", () => {
  expectTimex("La réunion reprendra lundi prochain.", "2016-12-14", "lundi prochain", "2016-12-19");
});

test("« mardi dernier » is strictly before the reference, even on a Tuesday", () => {
  expectTimex("Il a démissionné mardi dernier.", "2016-12-13", "mardi dernier", "2016-12-06");
});

test("« ce dimanche » on a Sunday is the reference day", () => {
  expectTimex("Ce dimanche, un thé dansant est organisé à la salle des fêtes.", "1999-07-18", "Ce dimanche", "1999-07-18");
});

test("a bare weekday with a month-only reference can only give the month", () => {
  expectTimex("Le ministre a parlé mardi.", "2016-12", "mardi", "2016-12");
});

test("a weekday followed by a clock time is a day, then a time", () => {
  const timexes = tagDates("Il a été reçu mardi à 14 h.", "2019-05-15");
  assert.deepEqual(timexes.map((t) => [t.text, t.type, t.value]), [["mardi à 14 h", "TIME", "2019-05-14T14:00"]]);
});

test("« le mercredi » without a day number is a weekly habit", () => {
  expectTimex("La bibliothèque ouvre le mercredi de 14 h à 18 h.", "1999-07-24", "le mercredi", "XXXX-WXX-3", "SET");
});
