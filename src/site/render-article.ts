import { marked } from "marked";
import sanitizeHtml from "sanitize-html";
import type { AnchoredSentence } from "../extract/extract-events.ts";
import { blocksOf } from "../extract/split-sentences.ts";

/** A link an article may keep: an absolute http(s) or mailto address. Relative ones would point into this site. */
const LINK = /^(?:https?:\/\/[^\s]|mailto:[^\s])/iu;

/** What survives from an article body: text structure and plain links, nothing active. */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ["p", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "em", "strong", "b", "i", "a", "br", "span", "q", "cite", "sup", "sub", "abbr", "code", "pre", "hr"],
  allowedAttributes: { a: ["href", "title", "rel"], span: ["id", "class"], abbr: ["title"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a: (tagName, { href, title }) => ({
      tagName,
      attribs: { ...(href !== undefined && LINK.test(href) ? { href } : {}), ...(title !== undefined ? { title } : {}), rel: "nofollow noopener" },
    }),
    // Only the renderer's sentence anchors keep an id or a class: an article cannot take the id of a page element
    // (« contenu », « recherche ») or borrow the site's classes.
    span: (tagName, { id, class: className }) => ({
      tagName,
      attribs: { ...(id !== undefined && /^phrase-\d+$/u.test(id) ? { id } : {}), ...(className === "phrase-source" ? { class: className } : {}) },
    }),
    h1: "h2",
  },
};

/**
 * Sanitises a fragment of article HTML: markup from the web is text structure and links, never script or style.
 * « <p onclick="x()">Moscou <script>alert(1)</script><a href="javascript:alert(1)">dément</a></p> » →
 * « <p>Moscou <a rel="nofollow noopener">dément</a></p> »
 */
export function sanitizeFragment(html: string): string {
  return sanitizeHtml(html, ALLOWED);
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/**
 * Renders an article body to safe HTML, wrapping each sentence that gave an event in an anchored span
 * (`<span id="phrase-3" class="phrase-source">`), so the timeline can link to it and it can link back.
 */
export function renderArticleBody(body: string, sentences: AnchoredSentence[], sourced: Set<string>): string {
  const parts: string[] = [];
  // Sentences and blocks both come in text order: one pass over each, not every sentence for every block.
  const ordered = [...sentences].sort((a, b) => a.start - b.start);
  let next = 0;
  for (const block of blocksOf(body)) {
    const blockEnd = block.start + block.text.length;
    while (next < ordered.length && ordered[next].start < block.start) next++;
    const inBlock: AnchoredSentence[] = [];
    for (let index = next; index < ordered.length && ordered[index].start <= blockEnd; index++) {
      if (ordered[index].end <= blockEnd) inBlock.push(ordered[index]);
    }
    const plainParagraph = inBlock.length > 0 && !/^(?:#|>|[-*+] |\d+[.)] |```|<)/.test(block.text);
    if (!plainParagraph) {
      parts.push(marked.parse(block.text, { async: false, gfm: true }) as string);
      continue;
    }
    let html = "";
    let at = block.start;
    for (const sentence of inBlock) {
      html += inline(body.slice(at, sentence.start));
      const inner = inline(sentence.text);
      html += sourced.has(sentence.anchor)
        ? `<span id="${sentence.anchor}" class="phrase-source">${inner}</span>`
        : `<span id="${sentence.anchor}">${inner}</span>`;
      at = sentence.end;
    }
    html += inline(body.slice(at, block.start + block.text.length));
    parts.push(`<p>${html}</p>`);
  }
  return sanitizeFragment(parts.join("\n"));
}

function inline(markdown: string): string {
  return markdown ? (marked.parseInline(markdown, { async: false, gfm: true }) as string) : "";
}
