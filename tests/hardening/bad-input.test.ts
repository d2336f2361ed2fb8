// Every kind of bad article, through the real build command. Policy: a malformed article stops the build, and
// the message lists every bad file at once with its line and what to write; the previous site stays as it was,
// so no good article is ever lost. Hostile content in a well-formed article is cleaned and the build goes on.
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { DomUtils, parseDocument } from "htmlparser2";
import { tempDir } from "../helpers/build-site.ts";
import { build, filesOf, goodArticle, hashTree, TODAY, writeFiles } from "./harness.ts";

const ok = "Le 3 mars 2021, Moscou a expulsé deux diplomates américains.\n";
const front = (fields: string) => `---\n${fields}\n---\n\n${ok}`;

/** Refused cases: file → its content and what the message must say, starting with `file:line`. */
const REFUSED: Record<string, { content: string | Buffer; says: RegExp }> = {
  "yaml-invalide.md": { content: '---\ntitle: "Moscou\ndate: [2021\n---\n\n' + ok, says: /yaml-invalide\.md:\d+:\d+: front matter is not valid YAML: .*; check the indentation/ },
  "jamais-fermee.md": { content: '---\ntitle: "Moscou"\ndate: "2021-03-03"\n\n' + ok, says: /jamais-fermee\.md:1: the front matter opened on line 1 is never closed; add a line ---/ },
  "vide.md": { content: "", says: /vide\.md:1: the file is empty; an article starts with front matter/ },
  "en-tete-seul.md": { content: '---\ntitle: "Moscou"\ndate: "2021-03-03"\n---\n', says: /en-tete-seul\.md:4: the front matter is not followed by any text/ },
  "sans-date.md": { content: front('title: "Moscou"'), says: /sans-date\.md:1: "date" is missing; write date: "YYYY-MM-DD"/ },
  "30-fevrier.md": { content: front('title: "Moscou"\ndate: 2021-02-30'), says: /30-fevrier\.md:3: date "2021-02-30" is not a calendar day .*; write YYYY-MM-DD/ },
  "date-en-clair.md": { content: front('title: "Moscou"\ndate: le 3 mars 2021'), says: /date-en-clair\.md:3: date has the wrong form; write date: "YYYY-MM-DD"/ },
  "an-9999.md": { content: front('title: "Moscou"\ndate: 9999-03-03'), says: /an-9999\.md:3: date "9999-03-03" is not a calendar day between 1900 and 2100/ },
  "futur.md": { content: front('title: "Moscou"\ndate: "2027-05-01"'), says: new RegExp(`futur\\.md:3: date "2027-05-01" is after the day of the build \\(${TODAY}\\).*--today YYYY-MM-DD`) },
  "trop-gros.md": { content: front('title: "Moscou"\ndate: "2021-03-03"') + "Moscou. ".repeat(300_000), says: /trop-gros\.md: is 2\.3 MB, over the 1 MB limit for one article; split it/ },
  "latin1.md": { content: Buffer.from(front('title: "Le Kremlin d\xe9ment"\ndate: "2021-03-03"'), "latin1"), says: /latin1\.md:2: is not UTF-8 text .*; re-save it as UTF-8/ },
  "utf16.md": { content: Buffer.from(front('title: "Moscou"\ndate: "2021-03-03"'), "utf16le"), says: /utf16\.md:1: contains NUL bytes.*re-save it as UTF-8 text/ },
  "proto.md": { content: front('title: "Moscou"\ndate: "2021-03-03"\n__proto__:\n  isAdmin: true'), says: /proto\.md:4: the key "__proto__" is not allowed/ },
  "constructeur.md": { content: front('title: "Moscou"\ndate: "2021-03-03"\nevents:\n  - action: add\n    constructor: { prototype: { isAdmin: true } }'), says: /constructeur\.md:\d+: the key "constructor" is not allowed/ },
  "fusion-yaml.md": { content: front('base: &b { title: "Moscou" }\n<<: *b\ndate: "2021-03-03"'), says: /fusion-yaml\.md:3: YAML merge keys \(<<\) are not allowed/ },
  "permalink.md": { content: front('title: "Moscou"\ndate: "2021-03-03"\npermalink: "../../../etc/passwd"'), says: /permalink\.md:4: "permalink" is an Eleventy setting and cannot be set by an article; remove it/ },
  "layout.md": { content: front('title: "Moscou"\ndate: "2021-03-03"\nlayout: "../../../../etc/passwd"'), says: /layout\.md:4: "layout" is an Eleventy setting/ },
  "exclu.md": { content: front('title: "Moscou"\ndate: "2021-03-03"\neleventyExcludeFromCollections: true'), says: /exclu\.md:4: "eleventyExcludeFromCollections" is an Eleventy setting/ },
  "pagination.md": { content: front('title: "Moscou"\ndate: "2021-03-03"\npagination: { data: collections.all, size: 1 }'), says: /pagination\.md:4: "pagination" is an Eleventy setting/ },
  "calcule.md": { content: front('title: "Moscou"\ndate: "2021-03-03"\neleventyComputed: { title: "{{ 7 * 7 }}" }'), says: /calcule\.md:4: "eleventyComputed" is an Eleventy setting/ },
  "slug-evasion.md": { content: front('title: "Moscou"\ndate: "2021-03-03"\nslug: "../../hors-du-site"'), says: /slug-evasion\.md:4: slug has the wrong form; use only lower-case letters a-z, digits and hyphens/ },
  "mauvais-type.md": { content: front('title: "Moscou"\ndate: "2021-03-03"\ntags: diplomatie'), says: /mauvais-type\.md:4: tags must be a list; write tags: as a list of words/ },
  "titre-nombre.md": { content: front("title: 1917\ndate: \"2021-03-03\""), says: /titre-nombre\.md:2: title must be text \(put it in quotes\)/ },
  "champ-inconnu.md": { content: front('title: "Moscou"\ndate: "2021-03-03"\nrubrique: monde'), says: /champ-inconnu\.md:4: unknown field "rubrique"; an article may have: title, date/ },
  "url-javascript.md": { content: front('title: "Moscou"\ndate: "2021-03-03"\nurl: "javascript:alert(document.domain)"'), says: /url-javascript\.md:4: url has the wrong form; write url: "https:\/\/…"/ },
  "url-data.md": { content: front('title: "Moscou"\ndate: "2021-03-03"\nurl: "data:text/html,<script>alert(1)</script>"'), says: /url-data\.md:4: url has the wrong form/ },
  "code-js.md": { content: '---js\n{ title: require("child_process").execSync("id").toString() }\n---\n\n' + ok, says: /code-js\.md:1: "---js" front matter would run code and is not allowed/ },
  "titre-vide.md": { content: front('title: "\\u0000\\u0007"\ndate: "2021-03-03"'), says: /titre-vide\.md:2: title is empty once control characters are removed/ },
  "<>.md": { content: front('title: "Moscou"\ndate: "2021-03-03"'), says: /<>\.md:1: the file name gives no usable slug; rename it/ },
  "doublons/2021-03-03-doublon.md": { content: front('title: "Premier"\ndate: "2021-03-03"'), says: /^(?![\s\S])/ },
  "doublons/autre.md": { content: front('title: "Second"\ndate: "2021-03-03"\nslug: 2021-03-03-doublon'), says: /doublons\/autre\.md:1: slug "2021-03-03-doublon" is already used by .*doublons\/2021-03-03-doublon\.md; rename one of the two files/ },
};

const { textContent, findAll, findOne } = DomUtils;
const TITLE = "<script>alert('titre')</script> Moscou & Washington {{ 7 * 7 }} {% raw %}brut{% endraw %} </title><img src=x onerror=alert(1)>";

let work: string;
let out: string;
let before1: Record<string, string>;
let refused: ReturnType<typeof build>;
let cleaned: ReturnType<typeof build>;
let cleanedOut: string;
const good = {
  "2021/2021-03-03-bon.md": goodArticle("Moscou expulse deux diplomates américains", "2021-03-03"),
  "2021/2021-03-04-autre.md": goodArticle("Washington répond à Moscou", "2021-03-04", "Le 4 mars 2021, Washington a expulsé trois diplomates russes."),
};

before(() => {
  work = tempDir("chronique-bad-");
  out = path.join(work, "site");
  const articles = path.join(work, "articles");
  writeFiles(articles, good);
  assert.equal(build(["--articles", articles, "--output", out]).status, 0);
  before1 = hashTree(out);

  writeFiles(articles, Object.fromEntries(Object.entries(REFUSED).map(([name, { content }]) => [`refus/${name}`, content])));
  writeFiles(work, { "ailleurs/secret.md": goodArticle("Secret", "2021-03-05") });
  symlinkSync(path.join(work, "ailleurs/secret.md"), path.join(articles, "refus/lien-exterieur.md"));
  symlinkSync(path.join(work, "ailleurs/disparu.md"), path.join(articles, "refus/lien-casse.md"));
  refused = build(["--articles", articles, "--output", out]);

  cleanedOut = path.join(work, "propre");
  cleaned = build(["--articles", writeCleanedCases(path.join(work, "accepte")), "--output", cleanedOut]);
});
after(() => rmSync(work, { recursive: true, force: true }));

test("a build with bad articles stops, says so, and lists every bad file in one run", () => {
  assert.equal(refused.status, 1);
  assert.equal(refused.stdout.includes("pages in the search index"), false);
  const expected = Object.keys(REFUSED).length - 1 + 2; // the first of the two duplicates is fine; two bad links
  assert.match(refused.stderr, new RegExp(`^Build stopped, nothing was written \\(the previous site is unchanged\\)\\. ${expected} errors in ${expected} files to fix:\\n`));
  const listed = refused.stderr.trim().split("\n").slice(1);
  assert.equal(listed.length, expected, refused.stderr);
  assert.ok(listed.every((line) => line.startsWith(path.join(work, "articles", "refus"))), "only the bad files are named");
});

for (const [name, { says }] of Object.entries(REFUSED)) {
  if (name === "doublons/2021-03-03-doublon.md") continue;
  test(`refused with its place and what to write: ${name}`, () => {
    assert.match(refused.stderr, says);
  });
}

test("refused: a symbolic link to an article outside the folder, and a broken link", () => {
  assert.match(refused.stderr, /lien-exterieur\.md: is a symbolic link to .*ailleurs\/secret\.md, outside .*; copy the article into the folder instead/);
  assert.match(refused.stderr, /lien-casse\.md: is a symbolic link to a file that does not exist; remove it or fix the link/);
});

test("the refused build leaves the previous site byte for byte, with its good articles, and no staging folder", () => {
  assert.deepEqual(hashTree(out), before1);
  assert.ok(existsSync(path.join(out, "articles/2021-03-03-bon/index.html")));
  assert.deepEqual(readdirSync(work).filter((name) => name.includes("staging")), []);
});

test("nothing from a refused file reaches the prototype of objects in the build", () => {
  assert.doesNotMatch(refused.stderr, /isAdmin/);
});

// Accepted cases: hostile content in well-formed articles is cleaned, the good articles beside them are all built.

function writeCleanedCases(dir: string): string {
  writeFiles(dir, {
    ...good,
    "2021/2021-03-10-balisage.md": [
      "---",
      `title: ${JSON.stringify(TITLE)}`,
      'date: "2021-03-10"',
      `source: ${JSON.stringify("<iframe src=\"javascript:alert(1)\"></iframe>{{ site.title }}")}`,
      `author: ${JSON.stringify("<svg onload=alert(1)>Jean {% include 'base.njk' %}")}`,
      `url: ${JSON.stringify("https://exemple.fr/a?b=\"><script>alert(1)</script>")}`,
      "tags: [\"<b onmouseover=alert(1)>diplomatie</b>\"]",
      "events:",
      "  - action: add",
      '    date: "2021-03-09"',
      '    type: expulsion-diplomates',
      `    title: ${JSON.stringify("<img src=x onerror=alert(2)> {{ 6 * 7 }} Expulsion")}`,
      "---",
      "",
      "Le 10 mars 2021, Moscou a expulsé deux diplomates américains. {{ 7 * 7 }} {% for x in [1, 2] %}boucle{% endfor %} ${7 * 7} <%= 7 * 7 %>",
      "",
      '<script>alert(1)</script><style>body { display: none }</style><iframe src="javascript:alert(1)"></iframe>',
      "",
      "[clic](javascript:alert(1)) [donnée](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) <a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
      "",
      "<!-- --><script>alert(2)</script> --> <svg onload=alert(1)><circle/></svg> <img src=x onerror=alert(1)> <form action=\"javascript:alert(1)\"><button>ok</button></form>",
      "",
      "Le 11 mars 2021, Washington a expulsé trois diplomates russes. <base href=\"javascript:alert(1)//\"> <object data=\"data:text/html,x\"></object> <embed src=\"javascript:alert(1)\">",
      "",
    ].join("\n"),
    "2021/2021-03-12-nfd.md": goodArticle("Le Kremlin de\u0301ment", "2021-03-12", "Le 12 mars 2021, le Kremlin a de\u0301menti toute inge\u0301rence."),
    "2021/2021-03-13-bom-crlf.md": "\uFEFF" + goodArticle("BOM et CRLF", "2021-03-13", "Le 13 mars 2021, Moscou a expulsé deux diplomates.").replace(/\n/g, "\r\n"),
    "2021/2021-03-14-controle.md": goodArticle("Titre\u0007 avec\u0000 contrôles\u001b", "2021-03-14", "Le 14 mars 2021, Moscou a\u0008 expulsé deux diplomates."),
    "2021/<img src=x onerror=alert(1)>.md": goodArticle("Nom de fichier balisé", "2021-03-15"),
    "2021/notes.txt": "pas un article",
    "2021/photo.jpg": Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    "2021/.brouillon.md": "pas fini",
    "README.md": "# Articles\n\nUn article par fichier.\n",
  });
  symlinkSync(path.join(dir, "2021/2021-03-03-bon.md"), path.join(dir, "2021-03-16-lien-interne.md"));
  return dir;
}

function page(relative: string) {
  return parseDocument(readFileSync(path.join(cleanedOut, relative), "utf8"));
}

test("well-formed articles with hostile content build, all of them", () => {
  assert.equal(cleaned.status, 0, cleaned.stderr);
  assert.match(cleaned.stdout, /^8 articles, /m);
  const slugs = readdirSync(path.join(cleanedOut, "articles")).filter((name) => name !== "index.html").sort();
  assert.deepEqual(slugs, [
    "2021-03-03-bon",
    "2021-03-04-autre",
    "2021-03-10-balisage",
    "2021-03-12-nfd",
    "2021-03-13-bom-crlf",
    "2021-03-14-controle",
    "2021-03-16-lien-interne",
    "img-src-x-onerror-alert-1",
  ]);
});

test("markup and template syntax in a title are printed as text, never run", () => {
  const doc = page("articles/2021-03-10-balisage/index.html");
  const h1 = findOne((element) => element.name === "h1", doc.children)!;
  assert.equal(textContent(h1), TITLE);
  const html = readFileSync(path.join(cleanedOut, "articles/2021-03-10-balisage/index.html"), "utf8");
  assert.doesNotMatch(html, /\b49\b|\b42\b|\b14\b/, "no template expression was evaluated");
  assert.match(html, /\{\{ 7 \* 7 \}\} \{% raw %\}brut\{% endraw %\}/);
});

test("markup in the source, the author and the address is text; the address stays an https link", () => {
  const doc = page("articles/2021-03-10-balisage/index.html");
  const meta = findOne((element) => element.attribs.class === "article-meta", doc.children)!;
  assert.match(textContent(meta), /<iframe src="javascript:alert\(1\)"><\/iframe>\{\{ site\.title \}\}/);
  assert.match(textContent(meta), /<svg onload=alert\(1\)>Jean \{% include 'base\.njk' %\}/);
  const link = findAll((element) => element.name === "a" && textContent(element) === "article d'origine", [meta])[0];
  assert.equal(link.attribs.href, "https://exemple.fr/a?b=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
});

test("the body keeps its text and loses everything active", () => {
  const html = readFileSync(path.join(cleanedOut, "articles/2021-03-10-balisage/index.html"), "utf8");
  const body = findOne((element) => element.attribs.class === "article-corps", parseDocument(html).children)!;
  const text = textContent(body);
  assert.match(text, /Moscou a expulsé deux diplomates américains\. \{\{ 7 \* 7 \}\} \{% for x in \[1, 2\] %\}boucle\{% endfor %\}/);
  assert.match(text, /Washington a expulsé trois diplomates russes/);
  const tags = new Set(findAll(() => true, [body]).map((element) => element.name));
  for (const tag of ["script", "style", "iframe", "svg", "img", "form", "button", "base", "object", "embed"]) assert.ok(!tags.has(tag), tag);
  for (const link of findAll((element) => element.name === "a", [body])) assert.equal(link.attribs.href, undefined, "javascript: and data: links lose their address");
});

test("every event page prints its title as text, exactly as in events.json", () => {
  const events = JSON.parse(readFileSync(path.join(cleanedOut, "events.json"), "utf8")).events as { title: string; id: string }[];
  assert.ok(events.length >= 4);
  for (const event of events) {
    const doc = page(`evenements/${event.id}.html`);
    assert.equal(textContent(findOne((element) => element.name === "h1", doc.children)!), event.title);
  }
});

test("the page title in the browser tab is the article title as written", () => {
  const doc = page("articles/2021-03-10-balisage/index.html");
  const title = textContent(findOne((element) => element.name === "title", doc.children)!);
  assert.equal(title.split(" · ")[0], TITLE);
});

test("NFD accents come out composed (NFC) in every page", () => {
  const html = readFileSync(path.join(cleanedOut, "articles/2021-03-12-nfd/index.html"), "utf8");
  assert.match(html, /<h1>Le Kremlin dément<\/h1>/);
  assert.match(html, /le Kremlin a démenti toute ingérence/);
  for (const file of filesOf(cleanedOut, ".html")) assert.doesNotMatch(readFileSync(path.join(cleanedOut, file), "utf8"), /\u0301/, file);
});

test("a BOM and CRLF line ends are read as plain UTF-8 lines", () => {
  const html = readFileSync(path.join(cleanedOut, "articles/2021-03-13-bom-crlf/index.html"), "utf8");
  assert.match(html, /<h1>BOM et CRLF<\/h1>/);
  assert.doesNotMatch(html, /\uFEFF|\r/);
});

test("control characters are removed from titles and bodies", () => {
  const html = readFileSync(path.join(cleanedOut, "articles/2021-03-14-controle/index.html"), "utf8");
  assert.match(html, /<h1>Titre avec contrôles<\/h1>/);
  assert.match(html, /Moscou a expulsé deux diplomates/);
  for (const file of filesOf(cleanedOut, ".html")) assert.doesNotMatch(readFileSync(path.join(cleanedOut, file), "utf8"), /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/, file);
});

test("a file name made of markup gives a plain slug; stray files, README.md and hidden files are ignored", () => {
  assert.ok(existsSync(path.join(cleanedOut, "articles/img-src-x-onerror-alert-1/index.html")));
  const names = readdirSync(cleanedOut, { recursive: true }).map(String);
  assert.ok(!names.some((name) => /[<>"' ]/.test(name)), "no output path carries markup or spaces");
  assert.ok(!names.some((name) => /notes|photo|brouillon|readme/i.test(name)), names.join(" "));
});

test("a symbolic link inside the articles folder is read as an article", () => {
  assert.ok(existsSync(path.join(cleanedOut, "articles/2021-03-16-lien-interne/index.html")));
});
