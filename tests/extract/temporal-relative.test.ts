import { test } from "node:test";
import { expectTimex } from "../helpers/expect-timex.ts";

const KREMLIN = "Le Kremlin a déclaré aujourd'hui (lundi) que Joe Biden avait appelé hier soir Vladimir Poutine.";

test("« aujourd'hui (lundi) » is the reference day, weekday included in the span", () => {
  expectTimex(KREMLIN, "2021-03-22", "aujourd'hui (lundi)", "2021-03-22");
});

test("« hier soir » is the evening of the day before the reference", () => {
  expectTimex(KREMLIN, "2021-03-22", "hier soir", "2021-03-21TEV", "TIME");
});

test("« il y a une semaine » is the day a week before the reference", () => {
  expectTimex("Le sommet s'est tenu il y a une semaine.", "2021-03-22", "il y a une semaine", "2021-03-15");
});

test("« il y a cinq ans » is a year", () => {
  expectTimex("L'accord avait été signé il y a cinq ans.", "2021-12-07", "il y a cinq ans", "2016");
});

test("« il y a trois mois » is a month", () => {
  expectTimex("Il a été élu il y a trois mois.", "2021-12-07", "il y a trois mois", "2021-09");
});

test("« ces dernières années » is a vague duration in years", () => {
  expectTimex("Les tensions ont augmenté ces dernières années.", "2021-12-07", "ces dernières années", "PXY", "DURATION");
});

test("« aujourd'hui » alone is the reference day", () => {
  expectTimex("Le conseil se réunit aujourd'hui.", "2002-05-23", "aujourd'hui", "2002-05-23");
});

test("« aujourd'hui vendredi » is the reference day", () => {
  expectTimex("La nouvelle a été annoncée aujourd'hui vendredi.", "1999-07-09", "aujourd'hui vendredi", "1999-07-09");
});

test("« hier » is the day before the reference", () => {
  expectTimex("Le président est arrivé hier à Salt Lake City.", "2002-02-09", "hier", "2002-02-08");
});

test("« avant-hier » is two days before", () => {
  expectTimex("L'avion s'est posé avant-hier.", "2016-12-31", "avant-hier", "2016-12-29");
});

test("« demain » is the day after", () => {
  expectTimex("Les résultats seront publiés demain.", "2016-12-30", "demain", "2016-12-31");
});

test("« hier matin » is the morning before", () => {
  expectTimex("Il a été interpellé hier matin.", "2002-09-14", "hier matin", "2002-09-13TMO", "TIME");
});

test("« hier après-midi » is the afternoon before", () => {
  expectTimex("Les braqueurs ont frappé hier après-midi.", "1999-06-12", "hier après-midi", "1999-06-11TAF", "TIME");
});

test("« ce matin » and « ce soir » are parts of the reference day", () => {
  expectTimex("Il a parlé ce matin et reparlera ce soir.", "2002-01-21", "ce matin", "2002-01-21TMO", "TIME");
  expectTimex("Il a parlé ce matin et reparlera ce soir.", "2002-01-21", "ce soir", "2002-01-21TEV", "TIME");
});

test("« cette semaine » is the ISO week of the reference", () => {
  expectTimex("Le texte sera voté cette semaine.", "2016-12-14", "cette semaine", "2016-W50");
});

test("« la semaine dernière » is the week before", () => {
  expectTimex("Il a été reçu la semaine dernière.", "2016-12-14", "la semaine dernière", "2016-W49");
});

test("« ce week-end » in a past sentence written on a Tuesday is the weekend just gone", () => {
  expectTimex("Les manifestations ont rassemblé des milliers de personnes ce week-end.", "2003-02-04", "ce week-end", "2003-W05-WE");
});

test("« le mois prochain » is the month after", () => {
  expectTimex("La loi sera examinée le mois prochain.", "2016-12-14", "le mois prochain", "2017-01");
});

test("« l'an dernier » is the year before", () => {
  expectTimex("Les ventes avaient baissé l'an dernier.", "2016-12-14", "l'an dernier", "2015");
});

test("« la fin de l'année dernière » is the year before, edge included", () => {
  expectTimex("Les prix ont grimpé à la fin de l'année dernière.", "2003-01-21", "la fin de l'année dernière", "2002");
});

test("« cette année » is the year of the reference", () => {
  expectTimex("La croissance sera faible cette année.", "2016-12-14", "cette année", "2016");
});

test("« l'été dernier » in December is the summer of the same year", () => {
  expectTimex("Il avait été blessé l'été dernier.", "2016-12-14", "l'été dernier", "2016-SU");
});

test("« l'été dernier » in July is the summer of the year before", () => {
  expectTimex("Il avait été blessé l'été dernier.", "2016-07-14", "l'été dernier", "2015-SU");
});

test("« en hiver » with no year is any winter", () => {
  expectTimex("La route est fermée en hiver.", "2016-07-14", "hiver", "XXXX-WI");
});

test("« dans trois jours » is three days after the reference", () => {
  expectTimex("Le verdict tombera dans trois jours.", "2016-12-14", "dans trois jours", "2016-12-17");
});

test("« depuis deux ans » is a duration of two years, without « depuis »", () => {
  expectTimex("Il vit à Paris depuis deux ans.", "2016-12-14", "deux ans", "P2Y", "DURATION");
});

test("« pendant trois heures » is a duration of three hours", () => {
  expectTimex("Ils ont négocié pendant trois heures.", "2016-12-14", "trois heures", "PT3H", "DURATION");
});

test("a decimal number of seconds is a duration", () => {
  expectTimex("Il devance son coéquipier de 12,5 secondes.", "1999-05-17", "12,5 secondes", "PT12.5S", "DURATION");
});

test("compound number words are read: « dix-huit mois »", () => {
  expectTimex("Il a été condamné à dix-huit mois de prison.", "2016-12-14", "dix-huit mois", "P18M", "DURATION");
});

test("« plusieurs jours » is a vague duration in days", () => {
  expectTimex("Le navire dérive depuis plusieurs jours.", "1999-09-03", "plusieurs jours", "PXD", "DURATION");
});

test("« tous les lundis » is a set of Mondays", () => {
  expectTimex("Le marché se tient tous les lundis.", "2016-12-14", "tous les lundis", "XXXX-WXX-1", "SET");
});

test("« chaque année » is a yearly set", () => {
  expectTimex("Le festival attire chaque année des milliers de visiteurs.", "2016-12-14", "chaque année", "P1Y", "SET");
});

test("« tous les deux ans » is a set every two years", () => {
  expectTimex("Le salon a lieu tous les deux ans.", "2016-12-14", "tous les deux ans", "P2Y", "SET");
});

test("« actuellement » and « maintenant » refer to the present", () => {
  expectTimex("Il est actuellement en prison.", "2016-12-14", "actuellement", "PRESENT_REF", "TIME");
  expectTimex("Il faut agir maintenant.", "2016-12-14", "maintenant", "PRESENT_REF", "TIME");
});

test("« autrefois » refers to the past", () => {
  expectTimex("Autrefois, la ville vivait de la mine.", "2016-12-14", "Autrefois", "PAST_REF", "TIME");
});

test("« la veille » is the day before the last date the text gave", () => {
  expectTimex("Le 3 mars 2015, il est arrivé à Kiev. La veille, il avait rencontré le ministre.", "2016-12-31", "La veille", "2015-03-02");
});

test("« le lendemain » without a date in the text is the day after the reference", () => {
  expectTimex("Le lendemain, le ministre démissionnait.", "2016-12-14", "Le lendemain", "2016-12-15");
});

test("« deux jours plus tard » counts from the last date the text gave", () => {
  expectTimex("Il a été arrêté le 3 mars 2015. Deux jours plus tard, il était libéré.", "2016-12-31", "Deux jours plus tard", "2015-03-05");
});

test("« le jour même » is the last date the text gave", () => {
  expectTimex("Le décret a été publié le 12 juin 2016 et appliqué le jour même.", "2016-12-31", "le jour même", "2016-06-12");
});

test("« le lendemain matin » is the morning after the last date", () => {
  expectTimex("Hier, la neige est tombée. Le lendemain matin, les routes ont rouvert.", "2016-12-14", "Le lendemain matin", "2016-12-14TMO", "TIME");
});

test("« à 14 h » tags the clock time on the reference day", () => {
  expectTimex("La conférence de presse commencera à 14 h.", "1999-05-17", "14 h", "1999-05-17T14:00", "TIME");
});

test("« 14h30 » written together is a clock time", () => {
  expectTimex("Le train part à 14h30.", "1999-05-17", "14h30", "1999-05-17T14:30", "TIME");
});

test("« vers 20 heures » is a clock time, « vers » left outside", () => {
  expectTimex("L'accident s'est produit vers 20 heures.", "1999-05-17", "20 heures", "1999-05-17T20:00", "TIME");
});

test("a clock time takes the day of the last date of the story", () => {
  expectTimex("Lundi 6 septembre, la réunion s'ouvrira à 8 h 30.", "1999-09-05", "8 h 30", "1999-09-06T08:30", "TIME");
});

test("« hier à 10 h » is one time expression", () => {
  expectTimex("Hier à 10 h, les syndicats ont manifesté.", "1999-09-04", "Hier à 10 h", "1999-09-03T10:00", "TIME");
});

test("« deux heures et demie » is written in hours and minutes", () => {
  expectTimex("La séance a duré deux heures et demie.", "2016-12-14", "deux heures et demie", "PT2H30M", "DURATION");
});

test("a clock time followed by « , hier » takes yesterday's day", () => {
  expectTimex("L'incendie s'est déclaré à 15 h 30, hier, dans un entrepôt.", "2003-02-23", "15 h 30", "2003-02-22T15:30", "TIME");
});
