// The site works under the Content-Security-Policy the README gives: served with that header, Chromium reports
// no violation and no error on the home page, an article, an event, an actor and a search with its results.
import assert from "node:assert/strict";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { ROOT, tempDir } from "../helpers/build-site.ts";
import { launchChromium } from "../helpers/chromium.ts";
import { serveStatic } from "../helpers/serve-static.ts";
import { build } from "./harness.ts";

/** The header as the README gives it, read from there so the two cannot drift apart. */
const POLICY = /```\nContent-Security-Policy: (.+)\n```/u.exec(readFileSync(path.join(ROOT, "README.md"), "utf8"))?.[1];

let work: string;
let site: { url: string; close: () => Promise<void> };
let browser: BrowserContext;
let page: Page;
const reports: string[] = [];

before(async () => {
  assert.ok(POLICY, "the README gives a Content-Security-Policy header in a code block");
  work = tempDir("chronique-csp-");
  const out = path.join(work, "site");
  const built = build(["--output", out]);
  assert.equal(built.status, 0, built.stderr);
  site = await serveStatic(out, "/", { "content-security-policy": POLICY });
  browser = await launchChromium();
  // Runs before the page's own scripts, outside the page's policy: collects every violation the page reports.
  await browser.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const store = ((window as unknown as { violations?: string[] }).violations ??= []);
      store.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page = await browser.newPage();
  page.on("console", (message) => {
    // A missing file is reported by URL below; Chromium's console line for it does not say which.
    if (/^Failed to load resource/u.test(message.text())) return;
    if (message.type() === "error" || message.type() === "warning") reports.push(`${page.url()} console ${message.type()}: ${message.text()}`);
  });
  page.on("response", (response) => {
    // Chromium asks every site for /favicon.ico on its own; the site links no icon.
    if (response.status() >= 400 && new URL(response.url()).pathname !== "/favicon.ico") reports.push(`${page.url()} ${response.status()}: ${response.url()}`);
  });
  page.on("pageerror", (error) => reports.push(`${page.url()} page error: ${error.message}`));
});

after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

async function visit(relative: string): Promise<void> {
  const response = await page.goto(new URL(relative, site.url).href, { waitUntil: "load" });
  assert.equal(response?.status(), 200, relative);
  assert.equal(response?.headers()["content-security-policy"], POLICY);
  await page.waitForTimeout(200);
  const violations = await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
  assert.deepEqual(violations, [], `${relative}: CSP violations`);
}

test("the policy forbids inline script and style and allows only what Pagefind needs", () => {
  assert.match(POLICY!, /default-src 'none'/);
  assert.match(POLICY!, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(POLICY!, /'unsafe-inline'|'unsafe-eval'|\*/);
});

test("home, article, event, actor, year and 404 pages load under the policy without a violation or an error", async () => {
  const out = path.join(work, "site");
  // A page of each kind: a folder's index.html, or an event's own .html file.
  const first = (folder: string) => {
    const name = readdirSync(path.join(out, folder)).filter((entry) => entry !== "index.html").sort()[0];
    return `${folder}/${name.endsWith(".html") ? name : `${name}/`}`;
  };
  for (const relative of ["", first("articles"), first("evenements"), first("acteurs"), first("annees"), "articles/", "acteurs/", "404.html"]) await visit(relative);
  assert.deepEqual(reports, []);
});

test("a search runs under the policy: Pagefind's script, WebAssembly and index load, results show, nothing is blocked", async () => {
  await visit("recherche/");
  const input = page.locator("#recherche-page input.pagefind-ui__search-input");
  await input.waitFor();
  await input.fill("Lavrov");
  const results = page.locator("#recherche-page .pagefind-ui__result-link");
  await results.first().waitFor({ timeout: 15_000 });
  assert.ok((await results.count()) >= 1);
  await page.waitForTimeout(300);
  const violations = await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
  assert.deepEqual(violations, []);
  assert.deepEqual(reports, []);
});
