import assert from "node:assert/strict";
import { test } from "node:test";
import { renderArticleBody, sanitizeFragment } from "../../src/site/render-article.ts";

test("script, handlers and javascript: links go, the text and the link's words stay", () => {
  assert.equal(
    sanitizeFragment('<p onclick="x()">Moscou <script>alert(1)</script><a href="javascript:alert(1)">dément</a></p>'),
    '<p>Moscou <a rel="nofollow noopener">dément</a></p>',
  );
});

test("only absolute http(s) and mailto links keep their address; a no-break space cannot hide a scheme", () => {
  const html = sanitizeFragment('<a href="\u00a0javascript:alert(1)">a</a> <a href="/acteurs/">b</a> <a href="https://www.lemonde.fr/">c</a> <a href="mailto:redaction@exemple.fr">d</a>');
  assert.equal(html, '<a rel="nofollow noopener">a</a> <a rel="nofollow noopener">b</a> <a href="https://www.lemonde.fr/" rel="nofollow noopener">c</a> <a href="mailto:redaction@exemple.fr" rel="nofollow noopener">d</a>');
});

test("an article cannot give an element the id of a page element or borrow the site's classes", () => {
  assert.equal(sanitizeFragment('<span id="contenu" class="lien-evitement">Moscou</span>'), "<span>Moscou</span>");
});

test("the renderer's own sentence anchors keep their id and class", () => {
  const body = "Le 30 décembre 2016, Vladimir Poutine a renoncé à expulser des diplomates.\n";
  const html = renderArticleBody(body, [{ text: body.trim(), start: 0, end: body.trim().length, paragraph: 0, anchor: "phrase-1", line: 5 }], new Set(["phrase-1"]));
  assert.equal(html, '<p><span id="phrase-1" class="phrase-source">Le 30 décembre 2016, Vladimir Poutine a renoncé à expulser des diplomates.</span></p>');
});
