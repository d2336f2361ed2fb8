import assert from "node:assert/strict";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { HtmlValidate, StaticConfigLoader } from "html-validate";
import { ROOT, runBuild, tempDir } from "../helpers/build-site.ts";
import { checkLinks } from "../helpers/check-links.ts";

const PUBLIC_URL = "https://exemple.org/archives/chronique/";
let work: string;
let out: string;
let pages: string[];

before(() => {
  work = tempDir();
  out = path.join(work, "site");
  const built = runBuild(["--output", out, "--url", PUBLIC_URL]);
  assert.equal(built.status, 0, built.stderr);
  pages = readdirSync(out, { recursive: true }).map(String).filter((file) => file.endsWith(".html") && !file.startsWith("pagefind")).sort();
});
after(() => rmSync(work, { recursive: true, force: true }));

function read(file: string): string {
  return readFileSync(path.join(out, file), "utf8");
}

test("every built page is valid HTML for html-validate with the project's configuration", async () => {
  const config = JSON.parse(readFileSync(path.join(ROOT, ".htmlvalidate.json"), "utf8"));
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const problems: string[] = [];
  for (const file of pages) {
    const report = await validator.validateString(read(file), file);
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  assert.ok(pages.length >= 40, `${pages.length} pages`);
  assert.deepEqual(problems, []);
});

test("every internal link and #anchor of the built site resolves to a file and an id", () => {
  const { broken, checked, pages: scanned } = checkLinks(out);
  assert.ok(scanned >= 40 && checked > 500, `${scanned} pages, ${checked} links`);
  assert.deepEqual(broken, []);
});

test("the link checker catches a missing page, a missing anchor and a root-absolute link", async () => {
  const { writeFileSync, mkdirSync } = await import("node:fs");
  const site = path.join(work, "casse");
  mkdirSync(path.join(site, "a"), { recursive: true });
  writeFileSync(path.join(site, "index.html"), '<a href="a/">ok</a><a href="a/#absent">ancre</a><a href="b/">page</a><a href="/a/">racine</a><a href="#haut" id="haut">ici</a>');
  writeFileSync(path.join(site, "a", "index.html"), '<p id="present">a</p>');
  const { broken } = checkLinks(site);
  assert.deepEqual(broken.map((link) => link.target), ["a/#absent", "b/", "/a/"]);
});

test("pages run under a strict Content-Security-Policy: no inline style, no <style>, no inline script but JSON-LD data", () => {
  for (const file of pages) {
    const html = read(file);
    assert.doesNotMatch(html, /\sstyle=/i, `${file}: inline style attribute`);
    assert.doesNotMatch(html, /<style[\s>]/i, `${file}: <style> element`);
    assert.doesNotMatch(html, /\son[a-z]+=/i, `${file}: inline event handler`);
    for (const script of html.match(/<script\b[^>]*>/gi) ?? []) {
      assert.ok(/\ssrc="/.test(script) || /type="application\/ld\+json"/.test(script), `${file}: ${script}`);
    }
  }
});

test("every <time> carries a machine-readable datetime", () => {
  for (const file of pages) {
    for (const time of read(file).match(/<time\b[^>]*>/g) ?? []) assert.match(time, /\sdatetime="\d{4}(-\d{2}(-\d{2})?)?"/, `${file}: ${time}`);
  }
});

test("every page names its canonical address under the public URL, with Open Graph and a description", () => {
  for (const file of pages.filter((page) => page !== "404.html")) {
    const html = read(file);
    const expected = PUBLIC_URL + file.replace(/index\.html$/, "");
    assert.match(html, new RegExp(`<link rel="canonical" href="${expected.replace(/[.?+]/g, "\\$&")}">`), file);
    assert.match(html, new RegExp(`<meta property="og:url" content="${expected.replace(/[.?+]/g, "\\$&")}">`), file);
    assert.match(html, /<meta property="og:title" content="[^"]+">/, file);
    assert.match(html, /<meta name="description" content="[^"]{20,}">/, file);
  }
});

function jsonLd(file: string): any {
  const match = read(file).match(/<script type="application\/ld\+json">([^<]*)<\/script>/);
  assert.ok(match, `${file} has JSON-LD`);
  return JSON.parse(match[1]);
}

test("event pages describe a schema.org Event and article pages a NewsArticle, with absolute URLs", () => {
  const eventPage = pages.find((file) => file.startsWith("evenements/"))!;
  const event = jsonLd(eventPage);
  assert.equal(event["@context"], "https://schema.org");
  assert.equal(event["@type"], "Event");
  assert.match(event.startDate, /^\d{4}(-\d{2}(-\d{2})?)?$/);
  assert.equal(event.url, PUBLIC_URL + eventPage.replace(/index\.html$/, ""));
  assert.ok(event.subjectOf.length >= 1 && event.subjectOf.every((article: any) => article["@type"] === "NewsArticle" && article.url.startsWith(PUBLIC_URL)));
  const articlePage = pages.find((file) => file.startsWith("articles/") && file !== "articles/index.html")!;
  const article = jsonLd(articlePage);
  assert.equal(article["@type"], "NewsArticle");
  assert.equal(article.inLanguage, "fr");
  assert.match(article.datePublished, /^\d{4}-\d{2}(-\d{2})?$/);
  assert.ok(article.headline.length > 0);
  assert.doesNotMatch(read("index.html"), /application\/ld\+json/);
});

test("the home page draws the tension chart in SVG with a title, a description, event links and a table", () => {
  const html = read("index.html");
  const svg = html.match(/<svg class="tension-svg"[\s\S]*?<\/svg>/)?.[0] ?? "";
  assert.match(svg, /<title id="tension-svg-titre">Score de conflit et de coopération par mois/);
  assert.match(svg, /<desc id="tension-svg-desc">Score de Goldstein de chaque événement/);
  const events = JSON.parse(read("events.json")).events as { id: string; precision: string }[];
  const links = [...svg.matchAll(/<a href="evenements\/([^/"]+)\.html" class="point-lien"><title>/g)].map((match) => match[1]);
  assert.deepEqual(links, events.filter((event) => event.precision !== "year").map((event) => event.id));
  assert.match(html, /<a class="lien-passer" href="#apres-tension">Passer le graphique \(\d+ liens\)<\/a>/);
  assert.match(html, /<details class="tension-tableau" id="apres-tension" tabindex="-1">[\s\S]*<table>[\s\S]*<th scope="row">(?:<a href="[^"]+">)?<time datetime="\d{4}-\d{2}">/);
});

test("every event card carries a permanent link to its page and its stable anchor on the timeline", () => {
  const html = read("index.html");
  const events = JSON.parse(read("events.json")).events as { id: string }[];
  for (const event of events) {
    assert.match(html, new RegExp(`<article class="evenement[^"]*" id="${event.id}"`), event.id);
    assert.match(html, new RegExp(`<a class="lien-permanent" href="evenements/${event.id}.html"`), event.id);
  }
});

test("without JavaScript the filter form stays hidden and the year and actor pages are offered instead", () => {
  const html = read("index.html");
  assert.match(html, /<form class="filtres" action="\.\/" method="get" data-filtres hidden>/);
  assert.match(html, /<p class="filtres-sans-js" data-filtres-sans-js>[^]*?<a href="annees\/2016\/">2016<\/a>[^]*?<a href="acteurs\/">acteurs<\/a>/);
});
