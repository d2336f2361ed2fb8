import assert from "node:assert/strict";
import { test } from "node:test";
import { expectTimex } from "../helpers/expect-timex.ts";
import { calendarOf, tagDates } from "../../src/extract/temporal/index.ts";

test("a day and month without a year take the year of a month-only reference", () => {
  expectTimex("l'élection présidentielle du 8 novembre", "2016-12", "8 novembre", "2016-11-08");
});

test("a month with a year is a month, never a day", () => {
  expectTimex("Les sanctions ont été prises en décembre 2016.", "2016-12", "décembre 2016", "2016-12");
});

test("a full date keeps its article « le »", () => {
  expectTimex("Le sommet s'est tenu le 7 décembre 2021 à Genève.", "2021-12-20", "le 7 décembre 2021", "2021-12-07");
});

test("« ce 7 décembre » on the day itself is the reference day", () => {
  expectTimex("Les deux présidents se parlent ce 7 décembre par vidéo.", "2021-12-07", "ce 7 décembre", "2021-12-07");
});

test("« 1er janvier » reads the ordinal day", () => {
  expectTimex("La loi entrera en vigueur le 1er janvier.", "2016-12-20", "le 1er janvier", "2017-01-01");
});

test("a day a little ahead of the reference in a future sentence is in the coming weeks", () => {
  expectTimex("Le prévenu devra attendre jusqu'au 2 juin pour connaître sa peine.", "1999-05-27", "2 juin", "1999-06-02");
});

test("a weekday written with the day and month chooses the year where they agree", () => {
  expectTimex("La mairie organise une brocante dimanche 29 août.", "1999-08-10", "dimanche 29 août", "1999-08-29");
});

test("« dernier » after a day and month points to the last one before the reference", () => {
  expectTimex("Le ministre a démissionné le 26 septembre dernier.", "2002-09-20", "le 26 septembre dernier", "2001-09-26");
});

test("a two-digit year after a month is read in the reference's century", () => {
  expectTimex("La réforme est appliquée depuis octobre 98.", "1999-05-23", "octobre 98", "1998-10");
});

test("a day, month and two-digit year make a full date", () => {
  expectTimex("Il avait été arrêté le 10 novembre 93 à Lyon.", "2003-01-04", "le 10 novembre 93", "1993-11-10");
});

test("« en 2020 » tags the year alone, without the preposition", () => {
  expectTimex("Le traité a été signé en 2020.", "2021-03-22", "2020", "2020");
});

test("« la présidentielle de 2020 » is the year 2020", () => {
  expectTimex("Il prépare la présidentielle de 2020.", "2019-05-14", "2020", "2020");
});

test("« l'année 2001 » keeps « l'année » in the expression", () => {
  expectTimex("Les chiffres de l'année 2001 sont mauvais.", "2002-01-02", "l'année 2001", "2001");
});

test("both years of a range « 1999-2000 » are tagged", () => {
  const timexes = tagDates("la saison 1999-2000 a été longue", "2000-06-01");
  assert.deepEqual(timexes.map((t) => [t.text, t.value]), [["1999", "1999"], ["2000", "2000"]]);
});

test("« les années 60 » is the decade 196X", () => {
  expectTimex("Cette musique est née dans les années 60.", "2016-12-31", "les années 60", "196X");
});

test("« les années 1990 » is the decade 199X", () => {
  expectTimex("Le pays a connu une crise dans les années 1990.", "2016-12-31", "les années 1990", "199X");
});

test("a century in Roman numerals is its hundred years", () => {
  expectTimex("Ce château date du XIXe siècle.", "2016-12-31", "XIXe siècle", "18XX");
});

test("a month after « en » in a past sentence is the last such month", () => {
  expectTimex("Le projet a été lancé en mars.", "2016-12-31", "mars", "2016-03");
});

test("« début octobre » keeps « début » in the expression", () => {
  expectTimex("Les travaux commenceront début octobre.", "2002-09-01", "début octobre", "2002-10");
});

test("« septembre dernier » in September is the September of the year before", () => {
  expectTimex("Il avait été élu en septembre dernier.", "2002-09-14", "septembre dernier", "2001-09");
});

test("« juin prochain » is the coming June", () => {
  expectTimex("Le vote aura lieu en juin prochain.", "1999-05-17", "juin prochain", "1999-06");
});

test("« le mois de mars » is a month", () => {
  expectTimex("Il pleut beaucoup durant le mois de mars.", "2017-01-10", "le mois de mars", "2017-03");
});

test("a numeric date is a day", () => {
  expectTimex("Rendez-vous fixé au 30/12/2016.", "2016-12-01", "30/12/2016", "2016-12-30");
});

test("« le 11-Septembre » names the attacks of 2001", () => {
  expectTimex("Depuis le 11-Septembre, la sécurité a changé.", "2016-12-31", "11-Septembre", "2001-09-11");
});

test("calendarOf reads days, months and years and refuses the rest", () => {
  assert.deepEqual(calendarOf("2016-12-30TEV"), { date: "2016-12-30", precision: "day" });
  assert.deepEqual(calendarOf("1999-05-17T14:00"), { date: "1999-05-17", precision: "day" });
  assert.deepEqual(calendarOf("2016-12"), { date: "2016-12", precision: "month" });
  assert.deepEqual(calendarOf("2016"), { date: "2016", precision: "year" });
  for (const value of ["2016-W50", "2016-SU", "PRESENT_REF", "XXXX-12-30", "196X", "P1W", "2016-02-30", "2016-13", ""]) {
    assert.equal(calendarOf(value), null, value);
  }
});
