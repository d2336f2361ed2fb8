import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { relativizeUrls } from "../../src/site/relative-urls.ts";

/** The rewriting as it was, with path.posix.relative for every link: the reference the quicker way must match. */
function slowRelativeTo(fromDir: string, target: string): string {
  const at = target.search(/[?#]/);
  const [pathPart, suffix] = at < 0 ? [target, ""] : [target.slice(0, at) || "/", target.slice(at)];
  let relative = path.posix.relative(fromDir, pathPart);
  if (pathPart.endsWith("/") && relative !== "") relative += "/";
  if (relative === "") relative = "./";
  return relative + suffix;
}

test("links are rewritten relative to the page", () => {
  const html = '<a href="/">x</a><link href="/assets/site.css"><a href="/articles/y/#phrase-2">y</a><a href="//exemple.org/">z</a>';
  assert.equal(relativizeUrls(html, "/articles/x/"),
    '<a href="../../">x</a><link href="../../assets/site.css"><a href="../y/#phrase-2">y</a><a href="//exemple.org/">z</a>');
  assert.equal(relativizeUrls('<a href="/annees/2016/12/">', "/annees/2016/"), '<a href="12/">');
  assert.equal(relativizeUrls('<a href="/annees/2016/">', "/annees/2016/"), '<a href="./">');
  assert.equal(relativizeUrls('<a href="/?q=1">', "/flux.xml"), '<a href="./?q=1">');
});

test("every link goes where path.posix.relative sent it, plain or not", () => {
  const pieces = ["", "a", "b", "é", ".", "..", "a.css", "%20", "x y"];
  const paths: string[] = ["/"];
  for (const one of pieces) for (const two of pieces) for (const end of ["", "/"]) paths.push(`/${one}/${two}${end}`, `/${one}${end}`);
  const targets = paths.flatMap((target) => [target, `${target}#frag`, `${target}?q=/a/../b`]);
  let checked = 0;
  for (const page of paths) {
    const fromDir = page.endsWith("/") ? page : path.posix.dirname(page) + "/";
    for (const target of targets) {
      if (target.startsWith("//")) continue;
      assert.equal(relativizeUrls(` href="${target}"`, page), ` href="${slowRelativeTo(fromDir, target)}"`, `${target} from ${page}`);
      checked++;
    }
  }
  assert.ok(checked > 10_000);
});

test("pages of many links are rewritten as one replace over the page would", () => {
  const slowRelativize = (html: string, page: string) => {
    const fromDir = page.endsWith("/") ? page : path.posix.dirname(page) + "/";
    return html.replace(/(\s(?:href|src|action|cite|data-racine)=")(\/(?!\/)[^"]*)"/g, (_, attribute: string, target: string) => `${attribute}${slowRelativeTo(fromDir, target)}"`);
  };
  const parts = [' href="/"', ' src="/a/b.css"', ' alt="/x"', 'href="/y/"', ' data-racine="/"', '\nhref="/z/#a"', ' cite="//h/"', ' action="/q?="/"', "=\"/", " ", "x", '"'];
  // A fixed sequence of pseudo-random draws: the same pages on every run.
  let seed = 7;
  const draw = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  for (let page = 0; page < 3000; page++) {
    let html = "";
    for (let i = draw(12); i > 0; i--) html += parts[draw(parts.length)];
    const url = ["/", "/articles/x/", "/annees/2016/12/", "/flux.xml"][draw(4)];
    assert.equal(relativizeUrls(html, url), slowRelativize(html, url), JSON.stringify(html));
  }
});
