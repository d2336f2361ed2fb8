import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { importRaw, type RawMeta } from "../../src/ingest/import-raw.ts";
import { kebabSlug } from "../../src/ingest/kebab-slug.ts";
import { renderArticleFile } from "../../src/ingest/render-article-file.ts";
import { splitGluedTitle } from "../../src/ingest/split-glued-title.ts";

interface Fixture {
  file: string;
  meta: RawMeta;
  title: string;
  slug: string;
  author?: string;
  noise: string[];
  first: string;
  last: string;
  subheads?: string[];
  /** Raw lines that are content but not kept verbatim (a glued first line). */
  reshaped?: string[];
}

const fixtures: Fixture[] = [
  {
    file: "000_501bcf2a50912e00.txt",
    meta: { published: "2016-12" },
    title: "Vladimir Poutine « ne va expulser personne »",
    slug: "2016-12-vladimir-poutine-ne-va-expulser-personne",
    noise: ["date 2016-12"],
    first: "Vendredi 30, Le président russe a calmé le jeu pour éviter une rupture diplomatique entre les Etats-Unis et la Russie.",
    last: "au vu de ce que sera la politique du président américain élu Donald Trump\".",
    reshaped: ["date 2016-12 Vladimir Poutine"],
  },
  {
    file: "001_8cff9fb3a8993965.txt",
    meta: { published: "2021-03-22" },
    title: "Les tensions entre les États-Unis et la Russie se poursuivent",
    slug: "2021-03-22-les-tensions-entre-les-etats-unis-et-la-russie-se",
    noise: [],
    first: "Les tensions entre les États-Unis et la Russie se poursuivent : le Kremlin a déclaré aujourd’hui (lundi)",
    last: "« Les Américains devront tenir compte de nos intérêts. »",
  },
  {
    file: "002_d061371e0262257c.txt",
    meta: { published: "2019-05-14", source: "Euronews" },
    title: "Russie-Etats-Unis : l'heure du dégel",
    slug: "2019-05-14-russie-etats-unis-l-heure-du-degel",
    author: "Pierre Michaud",
    noise: [
      "Tous droits réservés",
      "Par Pierre Michaud",
      "Partager cet article",
      "Copier/coller le lien embed",
      "Copy to clipboard",
      "PUBLICITÉ",
      "À découvrir également",
      "Chine-Russie : la poursuite du rapprochement",
      "Vladimir Poutine dit préférer Joe Biden à Donald Trump à la Maison Blanche",
      "Le ministre russe des Affaires étrangères se rend dans le premier pays de l'OTAN",
    ],
    first: "Les chefs des diplomaties russe et américaine se sont rencontrés mardi.",
    last: "la volonté de Donald Trump d'améliorer durablement le rapport entre les deux puissances.",
  },
  {
    file: "003_fc89eab99b81051d.txt",
    meta: { published: "2021-12-07" },
    title: "Dégel : Poutine propose à Biden d'annuler les restrictions sur les missions diplomatiques",
    slug: "2021-12-07-degel-poutine-propose-a-biden-d-annuler-les-restrictions-sur",
    noise: [],
    first: "Au cours d'un entretien par visioconférence, le président russe a proposé à son homologue américain",
    last: "toujours selon le communiqué du Kremlin.",
  },
  {
    file: "004_b3f0a1f1952782ac.txt",
    meta: { published: "2016-07-27", source: "Le Soir" },
    title: "Le Kremlin dément toute ingérence dans la campagne électorale aux États-Unis",
    slug: "2016-07-27-le-kremlin-dement-toute-ingerence-dans-la-campagne",
    noise: [
      "S'identifier",
      "S'abonner",
      "Reuters ©",
      "Par la rédaction",
      "Temps de lecture",
      "Le fil info",
      "La Une Tous",
      "Voir tout le Fil info",
      "Le meilleur de l’actu",
      "Inscrivez-vous aux newsletters",
      "Je m'inscris",
      "À la Une",
      "Retour en haut du site",
      "Gérer les cookies",
      "Gazeta Wyborcza",
    ],
    first: "« Si on veut parler de soupçons contre un autre pays, il faut au minimum être concret et précis. », a fustigé le porte-parole du Kremlin.",
    last: "Ils auraient fait cela afin de soutenir le candidat républicain Donald Trump.",
    subheads: ["Aucune volonté d’interférer", "Des soupçons venus de Wikileaks"],
  },
];

const sentences = (text: string) =>
  text
    .split(/(?<=[.!?…]["»”]?)\s+(?=[«"“]?\s*\p{Lu})/u)
    .map((sentence) => sentence.replace(/\s+/gu, " ").trim())
    .filter((sentence) => sentence.split(" ").length >= 4);

for (const fixture of fixtures) {
  const raw = readFileSync(new URL(`../fixtures/raw/${fixture.file}`, import.meta.url), "utf8");
  const article = importRaw(raw, fixture.meta);

  test(`${fixture.file}: the headline becomes the title and the slug`, () => {
    assert.equal(article.frontMatter.title, fixture.title);
    assert.equal(article.slug, fixture.slug);
  });

  test(`${fixture.file}: no page noise is left in the body`, () => {
    for (const noise of fixture.noise) assert.ok(!article.body.includes(noise), `noise left: ${noise}`);
    assert.ok(!article.body.includes(fixture.title.replace(/[«»]/gu, "").trim().slice(0, 30) + "\n"), "title repeated in body");
  });

  test(`${fixture.file}: the first and last sentences of the article are kept`, () => {
    const paragraphs = article.body.trim().split("\n\n");
    assert.ok(paragraphs[0].startsWith(fixture.first.slice(0, 40)), paragraphs[0]);
    assert.ok(article.body.includes(fixture.first));
    assert.ok(paragraphs[paragraphs.length - 1].endsWith(fixture.last), paragraphs[paragraphs.length - 1]);
  });

  test(`${fixture.file}: every sentence of the text that is not noise is kept whole`, () => {
    const kept = `${article.frontMatter.title}\n${article.body}`.replace(/\s+/gu, " ");
    let count = 0;
    for (const line of raw.split(/\r?\n/u)) {
      const trimmed = line.replace(/\s+/gu, " ").trim();
      if (!trimmed || fixture.noise.some((noise) => trimmed.includes(noise)) || trimmed === fixture.title) continue;
      if (fixture.reshaped?.some((start) => trimmed.startsWith(start))) continue;
      for (const sentence of sentences(trimmed)) {
        count++;
        assert.ok(kept.includes(sentence), `sentence lost: ${sentence}`);
      }
    }
    assert.ok(count > 3);
  });

  test(`${fixture.file}: date, outlet and author go in the front matter, nothing is guessed`, () => {
    assert.equal(article.frontMatter.date, fixture.meta.published);
    assert.equal(article.frontMatter.source, fixture.meta.source);
    assert.equal(article.frontMatter.author, fixture.author);
    assert.equal(article.frontMatter.lang, "fr");
  });

  test(`${fixture.file}: importing the clean article again changes nothing`, () => {
    const again = importRaw(`${article.frontMatter.title}\n\n${article.body}`, fixture.meta);
    assert.equal(again.frontMatter.title, article.frontMatter.title);
    assert.equal(again.body, article.body);
    assert.equal(again.slug, article.slug);
    assert.deepEqual(again.dropped, []);
  });

  if (fixture.subheads) {
    test(`${fixture.file}: short unpunctuated lines inside the text become ## subheads`, () => {
      for (const subhead of fixture.subheads ?? []) assert.ok(article.body.includes(`\n\n## ${subhead}\n\n`), subhead);
    });
  }
}

test("the article files in articles/ are what the importer makes of the fixtures", () => {
  const file = readFileSync(new URL("../../articles/2019/2019-05-14-russie-etats-unis-l-heure-du-degel.md", import.meta.url), "utf8");
  const raw = readFileSync(new URL("../fixtures/raw/002_d061371e0262257c.txt", import.meta.url), "utf8");
  assert.equal(file, renderArticleFile(importRaw(raw, { published: "2019-05-14", source: "Euronews" })));
});

test("a page with a cookie banner, share bar, inline teaser, stamp and related list keeps only the article", () => {
  const page = [
    "Nous utilisons des cookies",
    "Tout accepter",
    "Accueil Monde Europe",
    "",
    "Kiev et Moscou reprennent les pourparlers à Istanbul",
    "",
    "Par Marie Dupont, envoyée spéciale à Istanbul",
    "Publié le 29/03/2022 à 10h05",
    "Mis à jour le 29/03/2022 à 18h40",
    "Facebook Twitter LinkedIn E-mail",
    "© AFP",
    "",
    "Les délégations russe et ukrainienne se sont retrouvées mardi au palais de Dolmabahçe.",
    "",
    "Lire aussi : Guerre en Ukraine, ce qu'il faut savoir ce lundi",
    "",
    "Le président turc a accueilli les négociateurs en appelant à un cessez-le-feu rapide.",
    "",
    "Contenu sponsorisé",
    "",
    "Sur le même sujet",
    "",
    "Guerre en Ukraine : la carte des combats",
    "Les plus lus",
    "Un séisme frappe le Japon",
  ].join("\n");
  const article = importRaw(page, { published: "2022-03-29" });
  assert.equal(article.frontMatter.title, "Kiev et Moscou reprennent les pourparlers à Istanbul");
  assert.equal(article.frontMatter.author, "Marie Dupont");
  assert.equal(article.frontMatter.source, undefined);
  assert.equal(
    article.body,
    "Les délégations russe et ukrainienne se sont retrouvées mardi au palais de Dolmabahçe.\n\n" +
      "Le président turc a accueilli les négociateurs en appelant à un cessez-le-feu rapide.\n",
  );
});

test("a sentence that mentions cookies or advertising is article text, not a banner", () => {
  const sentence = "La Commission européenne veut limiter la publicité ciblée et les cookies des grandes plateformes.";
  const article = importRaw(`Bruxelles s'attaque aux géants du numérique\n\n${sentence}\n`, { published: "2022-04-23" });
  assert.equal(article.body, `${sentence}\n`);
});

test("« Par ailleurs, … » starts a sentence and is not a byline", () => {
  const text = "Par ailleurs, le Kremlin a convoqué l'ambassadeur américain.";
  const article = importRaw(`Moscou convoque l'ambassadeur américain\n\n${text}`, { published: "2021-03-18" });
  assert.equal(article.frontMatter.author, undefined);
  assert.equal(article.body, `${text}\n`);
});

test("a long paragraph after a related-articles heading is article text again", () => {
  const resumed =
    "Le ministre a ensuite précisé que les discussions reprendraient à Genève la semaine prochaine, en présence des délégations des deux pays et des observateurs de l'Organisation pour la sécurité et la coopération en Europe.";
  const article = importRaw(
    `Les pourparlers reprendront à Genève\n\nLe ministre s'est exprimé lundi.\n\nÀ lire aussi\n\nLa chronologie du conflit\n\n${resumed}`,
    { published: "2022-01-10" },
  );
  assert.equal(article.body, `Le ministre s'est exprimé lundi.\n\n${resumed}\n`);
});

test("lines wrapped in the middle of a sentence are joined into one paragraph", () => {
  const article = importRaw("Sanctions américaines contre Moscou\n\nLa Maison-Blanche a annoncé jeudi\nde nouvelles sanctions contre la Russie.", {
    published: "2021-04-15",
  });
  assert.equal(article.body, "La Maison-Blanche a annoncé jeudi de nouvelles sanctions contre la Russie.\n");
});

test("a page without a headline takes its title from the first clause of the first sentence", () => {
  const article = importRaw("Le Kremlin hausse le ton : Moscou rappelle son ambassadeur à Washington pour consultations.", { published: "2021-03-18" });
  assert.equal(article.frontMatter.title, "Le Kremlin hausse le ton");
  assert.equal(article.body, "Le Kremlin hausse le ton : Moscou rappelle son ambassadeur à Washington pour consultations.\n");
});

test("a paragraph starting like a Markdown list is escaped and survives a second import", () => {
  const article = importRaw("Les dates clés\n\n- 2014 : annexion de la Crimée.\n\n1. Le premier accord de Minsk est signé.", { published: "2022-02-24" });
  assert.equal(article.body, "\\- 2014 : annexion de la Crimée.\n\n1\\. Le premier accord de Minsk est signé.\n");
  assert.equal(importRaw(`Les dates clés\n\n${article.body}`, { published: "2022-02-24" }).body, article.body);
});

test("a publication date that is not a calendar day is refused", () => {
  assert.throws(() => importRaw("Titre\n\nTexte de l'article.", { published: "2021-02-30" }), /not a calendar day/);
  assert.throws(() => importRaw("Titre\n\nTexte de l'article.", { published: "30/12/2016" }), /YYYY-MM-DD/);
});

test("a glued « date YYYY-MM Title. First sentence » line is split by rule", () => {
  assert.deepEqual(splitGluedTitle(` date 2016-12 Vladimir Poutine "ne va expulser personne". Vendredi 30, Le président russe a calmé le jeu.`), {
    date: "2016-12",
    title: 'Vladimir Poutine "ne va expulser personne"',
    rest: "Vendredi 30, Le président russe a calmé le jeu.",
  });
  assert.deepEqual(splitGluedTitle("date 2016-07-27 M. Obama accuse Moscou. Mercredi, le Kremlin a démenti."), {
    date: "2016-07-27",
    title: "M. Obama accuse Moscou",
    rest: "Mercredi, le Kremlin a démenti.",
  });
  assert.equal(splitGluedTitle("Vendredi 30, le président russe a calmé le jeu."), undefined);
});

test("a slug is ASCII kebab case, cut on a word boundary at 60 characters", () => {
  assert.equal(kebabSlug("Œuvres d'État : « élan » à Noël"), "oeuvres-d-etat-elan-a-noel");
  const slug = kebabSlug("Dégel : Poutine propose à Biden d'annuler les restrictions sur les missions diplomatiques");
  assert.equal(slug, "degel-poutine-propose-a-biden-d-annuler-les-restrictions-sur");
  assert.ok(slug.length <= 60);
});

test("the article file has quoted dates, no outlet when none is known, and lang fr", () => {
  const article = importRaw("Poutine et Biden se parlent\n\nLes deux présidents se sont parlé mardi.", { published: "2021-12" });
  assert.equal(article.slug, "2021-12-poutine-et-biden-se-parlent");
  assert.equal(
    renderArticleFile(article),
    '---\ntitle: "Poutine et Biden se parlent"\ndate: "2021-12"\nlang: fr\n---\n\nLes deux présidents se sont parlé mardi.\n',
  );
});

test("a headline that starts with « Accueil » is not taken for a breadcrumb", () => {
  const article = importRaw("Accueil glacial pour Mike Pompeo à Sotchi\n\nLe secrétaire d'État a été reçu mardi.", { published: "2019-05-14" });
  assert.equal(article.frontMatter.title, "Accueil glacial pour Mike Pompeo à Sotchi");
});
