// Every payload of a public XSS corpus (DOMPurify's test fixtures) in the body, the title and every text field of
// an article; nothing active may reach a built page, a feed, the search index, or a browser showing search results.
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { after, before, test } from "node:test";
import { DomUtils, parseDocument } from "htmlparser2";
import type { BrowserContext, Dialog } from "playwright-core";
import { ROOT, tempDir } from "../helpers/build-site.ts";
import { launchChromium } from "../helpers/chromium.ts";
import { serveStatic } from "../helpers/serve-static.ts";
import { findActiveMarkup, isActiveUrl, isSiteElement } from "./active-markup.ts";
import { build, filesOf, writeFiles } from "./harness.ts";

interface Vector {
  group: string;
  title: string;
  payload: string;
}
const { vectors } = JSON.parse(readFileSync(path.join(ROOT, "tests/fixtures/hostile/dompurify-payloads.json"), "utf8")) as { vectors: Vector[] };

let work: string;
let out: string;
let built: ReturnType<typeof build>;

/** One article per payload: in the title, source, author, address, tags, an event's sentence and a paragraph of its own. */
function article(payload: string, index: number): string {
  const quoted = (text: string) => JSON.stringify(text);
  return [
    "---",
    `title: ${quoted(payload.slice(0, 300))}`,
    'date: "2021-03-03"',
    `source: ${quoted(payload)}`,
    `author: ${quoted(payload)}`,
    `url: ${quoted(`https://exemple.fr/article?charge=${payload.replace(/\s/gu, "")}`)}`,
    `tags: [${quoted(payload)}]`,
    "---",
    "",
    `Le 3 mars 2021, Moscou a expulsé ${index + 2} diplomates américains. ${payload}`,
    "",
    payload,
    "",
    `> ${payload}`,
    "",
    `- [${payload}](javascript:alert(${index}))`,
    "",
  ].join("\n");
}

before(() => {
  work = tempDir("chronique-xss-");
  out = path.join(work, "site");
  const articles = path.join(work, "articles");
  writeFiles(articles, Object.fromEntries(vectors.map((vector, index) => [`2021-03-03-charge-${String(index).padStart(2, "0")}.md`, article(vector.payload, index)])));
  built = build(["--articles", articles, "--output", out]);
});
after(() => rmSync(work, { recursive: true, force: true }));

test("the corpus has payloads of every technique and all of them build into article pages", () => {
  assert.deepEqual([...new Set(vectors.map((vector) => vector.group))].sort(), ["handlers", "mxss", "parser", "urls"]);
  assert.ok(vectors.length >= 60);
  assert.equal(built.status, 0, built.stderr);
  assert.match(built.stdout, new RegExp(`^${vectors.length} articles, [1-9]\\d* events, `, "m"));
});

test("no built page has a script other than the site's own, an event handler, an active URL or a frame, style, base or form", () => {
  const pages = filesOf(out, ".html");
  assert.ok(pages.length > vectors.length);
  const problems = pages.flatMap((file) => findActiveMarkup(readFileSync(path.join(out, file), "utf8"), isSiteElement).map((problem) => `${file}: ${problem}`));
  assert.deepEqual(problems, []);
});

test("the site's own scripts are the only scripts: Pagefind's UI and assets/, nothing inline", () => {
  const sources = new Set<string>();
  for (const file of filesOf(out, ".html")) {
    const document = parseDocument(readFileSync(path.join(out, file), "utf8"));
    for (const script of DomUtils.findAll((element) => element.name === "script", document.children)) {
      if (script.attribs.type === "application/ld+json") {
        assert.doesNotThrow(() => JSON.parse(DomUtils.textContent(script)), `${file}: JSON-LD parses`);
        continue;
      }
      assert.equal(DomUtils.textContent(script).trim(), "", `${file}: no inline script`);
      sources.add(script.attribs.src.replace(/^(?:\.\.\/)+/u, ""));
    }
  }
  assert.ok([...sources].every((source) => /^(?:pagefind|assets)\//u.test(source)), [...sources].join(" "));
});

test("feeds and other XML files carry no active markup, not even inside escaped HTML content", () => {
  for (const file of filesOf(out, ".xml")) {
    const document = parseDocument(readFileSync(path.join(out, file), "utf8"), { xmlMode: true });
    assert.deepEqual(findActiveMarkup(readFileSync(path.join(out, file), "utf8"), () => true), [], file);
    for (const element of DomUtils.findAll(() => true, document.children)) {
      const text = DomUtils.textContent(element);
      if (element.children.every((child) => child.type === "text") && text.includes("<")) assert.deepEqual(findActiveMarkup(text), [], `${file} <${element.name}>`);
    }
  }
});

test("events.json keeps the payloads as plain strings and no address in it is active", () => {
  const raw = readFileSync(path.join(out, "events.json"), "utf8");
  const visit = (value: unknown, where: string): void => {
    if (typeof value === "string") assert.ok(!isActiveUrl(value) || !/url|href|link/i.test(where), `${where}: ${value}`);
    else if (value && typeof value === "object") for (const [key, inner] of Object.entries(value)) visit(inner, `${where}.${key}`);
  };
  visit(JSON.parse(raw), "events");
});

test("Pagefind's index holds only the site's own page URLs, never a javascript: or data: URL", () => {
  const fragments = filesOf(path.join(out, "pagefind"), ".pf_fragment");
  assert.ok(fragments.length > 0);
  for (const file of fragments) {
    const text = gunzipSync(readFileSync(path.join(out, "pagefind", file))).toString("utf8");
    const fragment = JSON.parse(text.slice(text.indexOf("{"))) as { url: string; meta: Record<string, string>; anchors: { id?: string }[] };
    assert.match(fragment.url, /^\/(?:[a-z0-9-]+\/)*$/u, `${file}: a page of the site`);
    for (const [key, value] of Object.entries(fragment.meta)) assert.ok(!isActiveUrl(value) || !/image|url/u.test(key), `${file} meta.${key}`);
    assert.equal(isActiveUrl(fragment.meta.image ?? ""), false);
    for (const anchor of fragment.anchors) assert.match(anchor.id ?? "", /^[a-z0-9-]+$/u, `${file}: an event's own id`);
  }
});

test("in Chromium, no article page and no search result runs a payload", async () => {
  const site = await serveStatic(out);
  const browser: BrowserContext = await launchChromium();
  const dialogs: string[] = [];
  const failures: string[] = [];
  try {
    const page = await browser.newPage();
    page.on("dialog", (dialog: Dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("pageerror", (error) => failures.push(`${page.url()}: ${error.message}`));
    const articles = filesOf(path.join(out, "articles"), "index.html").filter((file) => file !== "index.html");
    for (const file of articles) {
      await page.goto(new URL(`articles/${file.replace(/index\.html$/u, "")}`, site.url).href, { waitUntil: "load" });
      // The browser's own parse of the sanitised body, which is what mutation XSS plays on.
      const active = await page.locator(".article-corps").evaluate((body) =>
        [...body.querySelectorAll("*")]
          .filter((element) => !/^(p|h2|h3|h4|blockquote|ul|ol|li|em|strong|b|i|a|br|span|q|cite|sup|sub|abbr|code|pre|hr)$/iu.test(element.tagName) || [...element.attributes].some((attribute) => /^on|^style$/iu.test(attribute.name) || (/^(href|src|action|cite)$/iu.test(attribute.name) && /^(javascript|data|vbscript):$/u.test(new URL(attribute.value, location.href).protocol))))
          .map((element) => element.outerHTML.slice(0, 120)),
      );
      if (active.length > 0) failures.push(`${file}: ${active.join(" | ")}`);
    }
    await page.goto(new URL("recherche/", site.url).href);
    const input = page.locator("#recherche-page input.pagefind-ui__search-input");
    await input.waitFor();
    for (const query of ["alert", "script", "onerror", "javascript", "diplomates"]) {
      await input.fill(query);
      await page.locator("#recherche-page .pagefind-ui__result-link").first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(300);
      // The drawer holds what comes from the index: results, excerpts and filter labels (the form above is Pagefind's own).
      const injected = await page.locator("#recherche-page .pagefind-ui__drawer").evaluate((drawer) =>
        [...drawer.querySelectorAll("*")].filter((element) => /^(script|iframe|img|svg|object|embed|form|style)$/iu.test(element.tagName) || [...element.attributes].some((attribute) => /^on/iu.test(attribute.name))).map((element) => element.outerHTML.slice(0, 120)),
      );
      assert.deepEqual(injected, [], `results for « ${query} »`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  assert.deepEqual(dialogs, []);
  assert.deepEqual(failures, []);
});
