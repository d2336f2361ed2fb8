import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, cpSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { ROOT, runBuild, tempDir } from "../helpers/build-site.ts";

let work: string;
let out: string;
let built: ReturnType<typeof runBuild>;

before(() => {
  work = tempDir();
  out = path.join(work, "site");
  built = runBuild(["--output", out]);
});
after(() => rmSync(work, { recursive: true, force: true }));

function events(): any[] {
  return JSON.parse(readFileSync(path.join(out, "events.json"), "utf8")).events;
}

test("the default articles build into a site and the summary counts what was made", () => {
  assert.equal(built.status, 0, built.stderr);
  assert.match(built.stdout, /5 articles, \d+ events, \d+ actors, \d+ pages, \d+ pages in the search index/);
  for (const file of ["index.html", "404.html", "events.json", "acteurs/index.html", "articles/index.html", "recherche/index.html", "pagefind/pagefind-ui.js", "assets/site.css"]) {
    assert.ok(existsSync(path.join(out, file)), file);
  }
  assert.ok(readdirSync(path.join(out, "pagefind")).some((name) => name.startsWith("wasm.")), "the Pagefind index has its French-capable runtime");
});

test("events.json lists records in chronological order with every required field", () => {
  const list = events();
  assert.ok(list.length >= 10);
  for (const event of list) {
    assert.equal(typeof event.id, "string");
    assert.match(event.date, /^\d{4}(-\d{2}(-\d{2})?)?$/);
    assert.equal(event.precision, event.date.length === 10 ? "day" : event.date.length === 7 ? "month" : "year");
    assert.ok(event.title.length > 0 && event.title.length <= 100, event.title);
    assert.equal(typeof event.type, "string");
    for (const actor of event.actors) assert.deepEqual(Object.keys(actor).sort(), ["id", "name"]);
    assert.ok(event.sources.length >= 1);
    for (const source of event.sources) {
      for (const key of ["article", "published", "sentence", "expression"]) assert.ok(key in source, key);
    }
  }
  const keys = list.map((event) => event.date.padEnd(10, "-"));
  const months = list.map((event) => event.date.slice(0, 7));
  assert.deepEqual([...months].sort(), months, "sorted by month");
  assert.ok(keys.length === list.length);
  const ids = new Set(list.map((event) => event.id));
  assert.equal(ids.size, list.length, "ids are unique");
});

test("Putin's refusal to expel anyone is dated Friday 30 December 2016 and names him", () => {
  const found = events().filter((event) => event.date === "2016-12-30");
  assert.ok(found.length >= 1, JSON.stringify(events().map((e) => [e.date, e.title])));
  assert.ok(found.some((event) => event.actors.some((actor: any) => actor.id === "vladimir-poutine")));
  assert.ok(found.some((event) => event.sources.some((source: any) => source.expression === "Vendredi 30")));
});

test("the December 2016 expulsions reported by two articles are one event with two sources", () => {
  const expulsions = events().filter((event) => event.type === "expulsion-diplomates" && event.date.startsWith("2016-12"));
  assert.ok(expulsions.some((event) => new Set(event.sources.map((s: any) => s.article)).size >= 2), JSON.stringify(expulsions, null, 1));
});

test("the Sochi meeting of Tuesday 14 May 2019 is on the timeline with Lavrov and Pompeo", () => {
  const meeting = events().find((event) => event.date === "2019-05-14" && event.actors.some((a: any) => a.id === "sergei-lavrov" || a.id === "sergue-lavrov" || /lavrov/.test(a.id)));
  assert.ok(meeting, JSON.stringify(events().filter((e) => e.date.startsWith("2019")), null, 1));
  assert.ok(meeting.actors.some((a: any) => /pompeo/.test(a.id)));
});

test("a hypothetical 2020 interference never becomes an event", () => {
  assert.ok(!events().some((event) => event.date.startsWith("2020")));
});

test("every page is French, has one h1, a main landmark and relative links only", () => {
  const pages = readdirSync(out, { recursive: true }).map(String).filter((file) => file.endsWith(".html"));
  assert.ok(pages.length > 20);
  for (const file of pages) {
    const html = readFileSync(path.join(out, file), "utf8");
    assert.match(html, /<html lang="fr"/, file);
    assert.equal(html.match(/<h1[\s>]/g)?.length, 1, `${file}: one h1`);
    assert.match(html, /<main id="contenu"/, file);
    assert.doesNotMatch(html, /(?:href|src)="\/(?!\/)/, `${file}: a root-absolute link would break in a sub-folder`);
  }
});

test("an article page marks the sentences that gave events and links each back to the timeline", () => {
  const dir = readdirSync(path.join(out, "articles")).find((name) => name.includes("poutine"))!;
  const html = readFileSync(path.join(out, "articles", dir, "index.html"), "utf8");
  assert.match(html, /<span id="phrase-\d+" class="phrase-source">/);
  // To the event's card on its month's page, which every archive has (a large one's home page lists no event).
  assert.match(html, /<a href="\.\.\/\.\.\/annees\/2016\/12\/#2016-12-30-[a-z-]+-[0-9a-f]{8}">/);
});

test("a bad article stops the build with its file and line, and the previous site stays as it was", () => {
  const articles = path.join(work, "articles");
  mkdirSync(articles, { recursive: true });
  cpSync(path.join(ROOT, "articles"), articles, { recursive: true });
  const target = path.join(work, "kept");
  assert.equal(runBuild(["--articles", articles, "--output", target]).status, 0);
  const before = readFileSync(path.join(target, "events.json"), "utf8");
  writeFileSync(path.join(articles, "mauvais.md"), "---\ntitle: Un article\ndate: 2021-02-30\n---\nLe 3 mars, rien.\n");
  const failed = runBuild(["--articles", articles, "--output", target]);
  assert.equal(failed.status, 1);
  assert.match(failed.stderr, /mauvais\.md:3/);
  assert.match(failed.stderr, /2021-02-30/);
  assert.equal(readFileSync(path.join(target, "events.json"), "utf8"), before);
  assert.deepEqual(readdirSync(work).filter((name) => name.includes("staging")), []);
});
