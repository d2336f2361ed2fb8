import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { after, before, test } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../helpers/chromium.ts";
import { runBuild, tempDir } from "../helpers/build-site.ts";
import { serveStatic } from "../helpers/serve-static.ts";

/** The policy the site must run under: no inline script or style, WebAssembly for Pagefind. */
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let work: string;
let site: { url: string; close: () => Promise<void> };
let browser: BrowserContext;
let page: Page;
let events: { id: string; date: string; type: string; typeLabel: string; actors: { id: string }[]; sources: { article: string }[] }[];
const violations: string[] = [];
const checked = new Set<string>();

before(async () => {
  work = tempDir();
  const out = path.join(work, "site");
  const build = runBuild(["--output", out]);
  assert.equal(build.status, 0, build.stderr);
  events = JSON.parse(readFileSync(path.join(out, "events.json"), "utf8")).events;
  site = await serveStatic(out, "/sous/dossier/", { "content-security-policy": CSP });
  browser = await launchChromium();
  await browser.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as any).__csp = [...((window as any).__csp ?? []), `${event.violatedDirective} ${event.blockedURI}`];
    });
  });
  page = await browser.newPage();
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

/** One page of each kind the site makes. */
function kinds(): { name: string; path: string }[] {
  const event = events.find((item) => item.sources.length > 1) ?? events[0];
  return [
    { name: "accueil", path: "" },
    { name: "année", path: `annees/${events[0].date.slice(0, 4)}/` },
    { name: "article", path: `articles/${event.sources[0].article}/` },
    { name: "acteur", path: `acteurs/${events.find((item) => item.actors.length)!.actors[0].id}/` },
    { name: "acteurs", path: "acteurs/" },
    { name: "articles", path: "articles/" },
    { name: "événement", path: `evenements/${event.id}.html` },
    { name: "recherche", path: "recherche/?q=Lavrov" },
    { name: "404", path: "404.html" },
  ];
}

async function visit(at: string): Promise<void> {
  const response = await page.goto(new URL(at, site.url).href, { waitUntil: "load" });
  assert.equal(response?.status(), 200, at);
  const recorded: string[] = await page.evaluate(() => (window as any).__csp ?? []);
  violations.push(...recorded.map((line) => `${at}: ${line}`));
}

async function axe(): Promise<string[]> {
  await page.evaluate(AXE);
  const results = await page.evaluate(() => (window as any).axe.run(document, { resultTypes: ["violations"] }));
  return (results.violations as { id: string; impact: string; nodes: { target: string[] }[] }[]).map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 4).join(", ")}`,
  );
}

async function waitForSearchResults(): Promise<void> {
  await page.locator("#recherche-page .pagefind-ui__result-link").first().waitFor({ timeout: 15_000 });
}

test("axe-core finds no accessibility violation on any kind of page, in light and in dark mode", async () => {
  const found: string[] = [];
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const kind of kinds()) {
      await visit(kind.path);
      if (kind.name === "recherche") await waitForSearchResults();
      // The chart's table alternative is checked open.
      if (kind.name === "accueil") await page.locator("details.tension-tableau summary").click();
      for (const violation of await axe()) found.push(`${scheme} ${kind.name}: ${violation}`);
      checked.add(kind.path);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  assert.ok(checked.size >= 9);
  assert.deepEqual(found, []);
});

test("no page breaks the Content-Security-Policy, search included", async () => {
  for (const kind of kinds()) await visit(kind.path);
  await visit("recherche/?q=expulsion");
  await waitForSearchResults();
  assert.deepEqual(violations, []);
});

test("at 320 px wide no page scrolls sideways", async () => {
  await page.setViewportSize({ width: 320, height: 700 });
  try {
    for (const kind of kinds()) {
      await visit(kind.path);
      if (kind.name === "recherche") await waitForSearchResults();
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll <= client, `${kind.name}: ${scroll}px of content in ${client}px`);
    }
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
});

test("the first Tab reaches the skip link, which moves focus to the content, and focus is visible", async () => {
  await visit("");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Aller au contenu");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  assert.notEqual(outline, "none");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "contenu");
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, outline: getComputedStyle(document.activeElement!).outlineStyle }));
  assert.equal(focused.tag, "A");
  assert.notEqual(focused.outline, "none");
});

test("a keyboard reader can skip past the chart's links to its table", async () => {
  await visit("");
  const skip = page.locator("a.lien-passer");
  const links = await page.locator(".tension-svg a").count();
  assert.ok(links > 5, `${links} links in the chart`);
  assert.match((await skip.textContent()) ?? "", new RegExp(`${links} liens`));
  await skip.focus();
  assert.ok(await skip.isVisible(), "visible once focused");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "apres-tension");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), "SUMMARY");
});

test("the timeline filters by actor, type and year without reload, from the keyboard, and remembers it in the address", async () => {
  await visit("");
  const form = page.locator("form[data-filtres]");
  assert.equal(await form.isVisible(), true, "the script shows the form");
  assert.equal(await page.locator("[data-filtres-sans-js]").isVisible(), false);
  const actor = events.flatMap((event) => event.actors.map((item) => item.id)).sort()[0];
  const expected = events.filter((event) => event.actors.some((item) => item.id === actor)).map((event) => event.id);
  await page.locator("#filtre-acteur").focus();
  await page.locator("#filtre-acteur").selectOption(actor);
  const visible = await page.locator("main .evenement[data-type]:visible").evaluateAll((cards) => cards.map((card) => card.id));
  assert.deepEqual(visible, expected);
  assert.match((await page.locator("[data-filtres-compte]").textContent()) ?? "", new RegExp(`^Affichés : ${expected.length} événements? sur ${events.length}\\.$`));
  assert.match(page.url(), new RegExp(`\\?acteur=${actor}$`));

  const type = events[0].type;
  await page.locator("#filtre-acteur").selectOption("");
  await page.locator("#filtre-type").selectOption(type);
  await page.locator("#filtre-annee").selectOption(events[0].date.slice(0, 4));
  const both = events.filter((event) => event.type === type && event.date.startsWith(events[0].date.slice(0, 4))).map((event) => event.id);
  assert.deepEqual(await page.locator("main .evenement[data-type]:visible").evaluateAll((cards) => cards.map((card) => card.id)), both);
  const hiddenYears = await page.locator("main section.annee:visible h3").evaluateAll((headings) => headings.map((heading) => heading.id));
  assert.deepEqual(hiddenYears, [`annee-${events[0].date.slice(0, 4)}`], "years without a match are hidden");

  await page.goto(new URL(`?type=${type}`, site.url).href);
  assert.equal(await page.locator("#filtre-type").inputValue(), type, "a filtered address opens filtered");
  assert.equal(await page.locator("main .evenement[data-type]:visible").count(), events.filter((event) => event.type === type).length);
  await page.locator("form[data-filtres] button[type=reset]").click();
  await page.waitForFunction((total) => document.querySelectorAll("main .evenement[data-type]").length === total && !document.querySelector("main li[hidden]"), events.length);
});

test("« Copier le lien » puts the event's permanent address on the clipboard and says so", async () => {
  await browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(site.url).origin });
  await visit("");
  const first = events[0];
  const button = page.locator(`[id="${first.id}"] button.copier`);
  await button.click();
  await page.waitForFunction(() => document.querySelector("[data-annonce]")?.textContent?.startsWith("Lien copié"));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, new URL(`evenements/${first.id}.html`, site.url).href);
  await visit(`evenements/${first.id}.html`);
  assert.equal(await page.locator("main a.lien-permanent").getAttribute("href"), `${first.id}.html`);
  assert.equal(await page.locator("main button.copier").count(), 1);
});

test("search results show each event's date and type, and lead to its card on the month's page", async () => {
  await visit("recherche/?q=expulsion");
  await waitForSearchResults();
  const link = page.locator('#recherche-page .pagefind-ui__result-nested .pagefind-ui__result-link[href*="#"]').first();
  const text = (await link.textContent()) ?? "";
  const href = (await link.getAttribute("href")) ?? "";
  const event = events.find((item) => href.endsWith(`#${item.id}`));
  assert.ok(event, href);
  assert.match(text, /\d{4}/, "a date");
  assert.ok(text.includes(event.typeLabel), `${text} names the type ${event.typeLabel}`);
  const filters = await page.locator("#recherche-page .pagefind-ui__filter-name").allTextContents();
  for (const name of ["acteur", "type", "année"]) assert.ok(filters.some((filter) => filter.trim().toLowerCase().startsWith(name)), `${filters} has ${name}`);
  await link.focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(new RegExp(`/sous/dossier/annees/${event.date.slice(0, 4)}/[^#]*#${event.id}$`));
  assert.equal(await page.locator(`main [id="${event.id}"]`).count(), 1, "the event's card is the anchor");
});

test("printed, a page keeps its content and drops the site's chrome", async () => {
  await visit("");
  await page.emulateMedia({ media: "print" });
  try {
    assert.equal(await page.locator("header.entete").isVisible(), false);
    assert.equal(await page.locator("form[data-filtres]").isVisible(), false);
    assert.equal(await page.locator("main .evenement").first().isVisible(), true);
    assert.equal(await page.locator("svg.tension-svg").isVisible(), true);
  } finally {
    await page.emulateMedia({ media: "screen" });
  }
});
