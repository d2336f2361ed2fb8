import assert from "node:assert/strict";
import { test } from "node:test";
import { calendarOf, tagDates } from "../../src/extract/temporal/index.ts";

const NOTHING: [string, string][] = [
  ["« sept » before a plural noun is a number, not September", "La Russie va expulser sept diplomates."],
  ["a number before a plural noun is not a day", "Moscou a expulsé 31 diplomates américains."],
  ["a number with a thousands dot is not a year", "Le site a publié 19.252 messages."],
  ["« Mardi Gras » is a feast name, not a Tuesday", "Le carnaval du Mardi Gras a attiré la foule."],
  ["« Mars » the planet is not March", "La sonde doit se poser sur Mars."],
  ["« mars » alone after an article is not March", "Les images de la planète mars fascinent."],
  ["« l'Union » contains « un » but is no number", "L'Union européenne a réagi."],
  ["« a été » is the verb, not the summer", "Le texte a été adopté par le Parlement."],
  ["« Jeux d'hiver » is a kind of games, not a winter", "Les Jeux d'hiver ont coûté cher."],
  ["a count of people is not a year", "Plus de 2000 manifestants ont défilé."],
  ["an amount of money is not a year", "Le contrat s'élève à 1500 euros."],
  ["an age in parentheses is not a duration", "Jean Dupont (45 ans) a été élu maire."],
  ["an age after « de » is not a duration", "Un homme de 38 ans a été blessé."],
  ["an age range is not a duration", "Le centre accueille les enfants de 6-16 ans."],
  ["« le quotidien » is a newspaper, not a set", "Le quotidien Libération a révélé l'affaire."],
  ["« un jour » is vague, not a day-long duration", "Il reviendra un jour, promet-il."],
  ["« 24 h/24 » is an opening time, not a clock time", "Le service est ouvert 24 h/24."],
  ["a house number is not a year", "Il habite au numéro 1984 de la rue."],
  ["« mai » inside a word is not May", "La maison de maître a été vendue."],
  ["a bare number is not a date", "Il a marqué 30 points et pris 12 rebonds."],
  ["« cette soirée » is an event, not an evening", "Cette soirée, animée par un orchestre, sera gratuite."],
];

for (const [name, text] of NOTHING) {
  test(name, () => {
    assert.deepEqual(tagDates(text, "2016-12-31"), []);
  });
}

test("a bad reference gives no timexes instead of throwing", () => {
  assert.deepEqual(tagDates("hier", "31/12/2016"), []);
  assert.deepEqual(tagDates("hier", "2016-02-30"), []);
  assert.deepEqual(tagDates("hier", ""), []);
});

const WORDS = [
  "le", "la", "les", "de", "du", "en", "à", "vers", "dans", "il", "y", "a", "ce", "cette", "dernier", "prochain", "hier",
  "demain", "aujourd'hui", "mardi", "vendredi", "30", "31", "29", "1er", "février", "mars", "sept", "mai", "2016", "98",
  "1999-2000", "h", "14", "heures", "ans", "an", "semaine", "mois", "été", "hiver", "veille", "lendemain", "plus", "tard",
  "tous", "chaque", "soir", "matin", "années", "60", "XIXe", "siècle", "(", ")", ",", ".", "l'", "-", "quatre-vingt",
  "dix-huit", "et", "demi", "depuis", "pendant", "il y a", "fin", "début", "mi-", "00", "25", "24", "/", "12", "2017",
];

/** A small deterministic generator so failures can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

test("tagDates never throws and every calendar value it gives is a real date, on random French word mixtures", () => {
  const next = random(42);
  const references = ["2016-12-31", "2016-02-29", "2016-12", "2000-01-01", "1999-05", "2021-03-01"];
  for (let round = 0; round < 400; round += 1) {
    const length = 1 + Math.floor(next() * 14);
    const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]);
    const text = words.join(next() < 0.5 ? " " : "  ");
    const reference = references[round % references.length];
    const timexes = tagDates(text, reference);
    for (const timex of timexes) {
      assert.equal(text.slice(timex.start, timex.end), timex.text, text);
      const calendar = calendarOf(timex.value);
      if (/^\d{4}-\d{2}-\d{2}/.test(timex.value)) assert.ok(calendar, `${timex.value} from « ${text} » is not a calendar day`);
    }
    for (let i = 1; i < timexes.length; i += 1) assert.ok(timexes[i - 1].end <= timexes[i].start, `overlap in « ${text} »`);
  }
});

test("tagDates never throws on random characters", () => {
  const next = random(7);
  const alphabet = "azéèàù0123456789 -/.,'’()hHXIVeèmedi\n\u00a0";
  for (let round = 0; round < 300; round += 1) {
    const text = Array.from({ length: Math.floor(next() * 60) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
    assert.doesNotThrow(() => tagDates(text, "2016-12-31"));
  }
});
