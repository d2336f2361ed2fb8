import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { SourceError } from "../../src/errors.ts";
import { parseArticle } from "../../src/ingest/parse-article.ts";

const PATH = "articles/2021/2021-02-28-x.md";
const good = readFileSync(new URL("../fixtures/articles/2019-05-14-lavrov-recoit-pompeo.md", import.meta.url), "utf8");

/** Asserts that parsing throws a SourceError at `line` whose message contains `fragment`. */
function assertRefused(text: string, line: number, fragment: string | RegExp): void {
  assert.throws(
    () => parseArticle(text, PATH),
    (error: unknown) => {
      assert.ok(error instanceof SourceError, String(error));
      assert.equal(error.file, PATH);
      assert.equal(error.line, line, error.message);
      assert.ok(error.message.startsWith(`${PATH}:${line}`), error.message);
      if (typeof fragment === "string") assert.ok(error.message.includes(fragment), error.message);
      else assert.match(error.message, fragment);
      return true;
    },
  );
}

const article = (front: string, body = "Le Kremlin a démenti mercredi toute ingérence.\n") => `---\n${front}\n---\n\n${body}`;

test("a complete article gives its record, body line and editorial entries with their lines", () => {
  const parsed = parseArticle(good, "tests/fixtures/articles/2019-05-14-lavrov-recoit-pompeo.md");
  assert.equal(parsed.slug, "2019-05-14-lavrov-recoit-pompeo");
  assert.equal(parsed.title, "Lavrov reçoit Pompeo à Sotchi");
  assert.equal(parsed.published, "2019-05-14");
  assert.equal(parsed.publishedPrecision, "day");
  assert.equal(parsed.source, "Euronews");
  assert.equal(parsed.author, "Pierre Michaud");
  assert.equal(parsed.url, "https://fr.euronews.com/2019/05/14/russie-etats-unis-l-heure-du-degel");
  assert.equal(parsed.lang, "fr");
  assert.equal(parsed.bodyLine, 18);
  assert.equal(good.split("\n")[parsed.bodyLine - 1], parsed.body.split("\n")[0]);
  assert.ok(parsed.body.endsWith("mardi soir.\n"));
  assert.deepEqual(parsed.editorial, [
    { action: "add", date: "2019-05-14", title: "Mike Pompeo rencontre Vladimir Poutine", actors: ["mike-pompeo", "vladimir-poutine"], line: 10 },
    { action: "suppress", match: "se sont rencontrés mardi", line: 14 },
  ]);
});

test("a month-only date is accepted with month precision", () => {
  const parsed = parseArticle(article('title: "Vladimir Poutine « ne va expulser personne »"\ndate: "2016-12"'), "articles/2016/2016-12-poutine.md");
  assert.equal(parsed.published, "2016-12");
  assert.equal(parsed.publishedPrecision, "month");
});

test("an unquoted date stays the date as written, not a UTC timestamp", () => {
  const parsed = parseArticle(article("title: Dégel\ndate: 2021-12-07"), PATH);
  assert.equal(parsed.published, "2021-12-07");
});

test("CRLF line ends and a byte-order mark are accepted and the lines stay right", () => {
  const parsed = parseArticle("\uFEFF" + article('title: "Dégel"\ndate: "2021-12-07"').replace(/\n/g, "\r\n"), PATH);
  assert.equal(parsed.title, "Dégel");
  assert.equal(parsed.bodyLine, 6);
  assert.equal(parsed.body, "Le Kremlin a démenti mercredi toute ingérence.\n");
});

test("accents written decomposed (NFD) come out composed (NFC)", () => {
  const parsed = parseArticle(article('title: "Le Kremlin dément"\ndate: "2016-07-27"', "Le Kremlin a démenti.\n").normalize("NFD"), PATH);
  assert.equal(parsed.title, "Le Kremlin dément".normalize("NFC"));
  assert.equal(parsed.body, "Le Kremlin a démenti.\n".normalize("NFC"));
});

test("the slug comes from the file name, or a safe one is made from an unusual name", () => {
  assert.equal(parseArticle(article('title: "Dégel"\ndate: "2021-12-07"'), "articles/2021/2021-12-07-degel.md").slug, "2021-12-07-degel");
  assert.equal(parseArticle(article('title: "Dégel"\ndate: "2021-12-07"'), "articles/2021/Dégel Poutine Biden.md").slug, "degel-poutine-biden");
  assert.equal(parseArticle(article('title: "Dégel"\ndate: "2021-12-07"\nslug: degel-2021'), PATH).slug, "degel-2021");
});

test("a day that is not on the calendar is refused on its line, without rolling over to March", () => {
  assertRefused(article('title: "x"\ndate: "2021-02-30"'), 3, 'date "2021-02-30" is not a calendar day between 1900 and 2100; write YYYY-MM-DD (or YYYY-MM for a month)');
  assertRefused(article('title: "x"\ndate: 2021-02-30'), 3, "is not a calendar day");
  assertRefused(article('title: "x"\ndate: "2016-13"'), 3, "is not a calendar month");
  assertRefused(article('title: "x"\ndate: "1850-01-01"'), 3, "between 1900 and 2100");
});

test("a date in another shape or a number is refused with the shape to write", () => {
  assertRefused(article('title: "x"\ndate: "30/12/2016"'), 3, 'date has the wrong form; write date: "YYYY-MM-DD"');
  assertRefused(article('title: "x"\ndate: 2016'), 3, "date must be text");
});

test("a missing title or date is named", () => {
  assertRefused(article('date: "2016-12"'), 1, '"title" is missing');
  assertRefused(article('title: "x"'), 1, '"date" is missing');
  assertRefused(article('title: "  "\ndate: "2016-12"'), 2, "title is empty");
  assertRefused(article(`title: "${"x".repeat(301)}"\ndate: "2016-12"`), 2, "longer than 300 characters");
});

test("an unknown field is named with the list of allowed fields", () => {
  assertRefused(article('title: "x"\ndate: "2016-12"\nauteur: "Pierre Michaud"'), 4, 'unknown field "auteur"; an article may have: title, date, source, url, author, lang, slug, events, tags');
});

test("Eleventy settings are refused in an article", () => {
  for (const key of ["permalink", "layout", "eleventyExcludeFromCollections", "pagination", "eleventyComputed"]) {
    assertRefused(article(`title: "x"\ndate: "2016-12"\n${key}: "/x/"`), 4, `"${key}" is an Eleventy setting`);
  }
});

test("__proto__, constructor and YAML merge keys are refused", () => {
  assertRefused(article('title: "x"\ndate: "2016-12"\n__proto__: { polluted: true }'), 4, 'the key "__proto__" is not allowed');
  assertRefused(article('title: "x"\ndate: "2016-12"\nconstructor: "x"'), 4, 'the key "constructor" is not allowed');
  assertRefused(article('title: "x"\ndate: "2016-12"\n<<: { source: "Euronews" }'), 4, "YAML merge keys (<<) are not allowed");
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test("url must be http or https, lang must be fr, slug must be kebab case", () => {
  assertRefused(article('title: "x"\ndate: "2016-12"\nurl: "javascript:alert(1)"'), 4, "url has the wrong form");
  assertRefused(article('title: "x"\ndate: "2016-12"\nlang: en'), 4, "lang has a value that is not allowed; write lang: fr");
  assertRefused(article('title: "x"\ndate: "2016-12"\nslug: "Dégel 2021"'), 4, "slug has the wrong form");
});

test("a bad editorial entry is reported on its own line", () => {
  const events = 'title: "x"\ndate: "2016-12"\nevents:\n  - action: suppress\n    match: "calmé le jeu"\n  - action: remove\n    match: "x"';
  assertRefused(article(events), 7, "events entry 2: action has a value that is not allowed; write action: add, correct or suppress");
  assertRefused(article('title: "x"\ndate: "2016-12"\nevents:\n  - action: correct'), 5, 'events entry 1: "match" is missing');
  assertRefused(article('title: "x"\ndate: "2016-12"\nevents:\n  - action: add\n    title: "x"\n    date: "2016-02-30"'), 5, 'event date "2016-02-30" is not a calendar day');
  assertRefused(article('title: "x"\ndate: "2016-12"\nevents:\n  - action: add\n    title: "x"\n    date: "2016"\n    when: "x"'), 5, 'events entry 1: unknown field "when"');
});

test("invalid YAML is reported on its file line", () => {
  assertRefused(article('title: "x"\ndate: "2016-12"\nsource: Euronews: Europe'), 4, "front matter is not valid YAML");
  assertRefused(article('title: "x"\ndate: "2016-12"\ndate: "2016-11"'), 4, "duplicated mapping key");
});

test("JavaScript front matter is refused and never run", () => {
  (globalThis as Record<string, unknown>).ran = false;
  assertRefused("---js\n{ title: (globalThis.ran = true, 'x'), date: '2016-12' }\n---\n\nTexte.\n", 1, '"---js" front matter would run code');
  assert.equal((globalThis as Record<string, unknown>).ran, false);
});

test("an empty file, a file without front matter and unclosed front matter are refused", () => {
  assertRefused("", 1, "the file is empty");
  assertRefused("\n  \n", 1, "the file is empty");
  assertRefused("Le Kremlin a démenti mercredi.\n", 1, "no front matter; start the file with a line ---");
  assertRefused('---\ntitle: "x"\ndate: "2016-12"\n\nLe Kremlin a démenti.\n', 1, "never closed; add a line --- after the last field");
});

test("front matter with no text after it is refused", () => {
  assertRefused('---\ntitle: "x"\ndate: "2016-12"\n---\n\n', 4, "not followed by any text");
  assertRefused("---\n---\nTexte.\n", 2, "must be a list of fields");
});

test("the same broken text gives the same error twice (no gray-matter cache)", () => {
  const broken = article('title: "x"\ndate: [2016');
  assert.throws(() => parseArticle(broken, PATH), /not valid YAML/);
  assert.throws(() => parseArticle(broken, PATH), /not valid YAML/);
});
