import { marked } from "marked";
import sanitizeHtml from "sanitize-html";
import type { AnchoredSentence } from "../extract/extract-events.ts";
import { blocksOf } from "../extract/split-sentences.ts";

/** What survives from an article body: text structure and plain links, nothing active. */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ["p", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "em", "strong", "b", "i", "a", "br", "span", "q", "cite", "sup", "sub", "abbr", "code", "pre", "hr"],
  allowedAttributes: { a: ["href", "title"], span: ["id", "class", "data-evenements"], abbr: ["title"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow noopener" } }),
    h1: "h2",
  },
};

/** Sanitises a fragment of article HTML: markup from the web is text structure and links, never script or style. */
export function sanitizeFragment(html: string): string {
  return sanitizeHtml(html, { ...ALLOWED, allowedAttributes: { ...ALLOWED.allowedAttributes, a: ["href", "title", "rel"] } });
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
  for (const block of blocksOf(body)) {
    const inBlock = sentences.filter((sentence) => sentence.start >= block.start && sentence.end <= block.start + block.text.length);
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
