// Finds anything active in HTML with a real parser, as a browser would see it: scripts, event handlers,
// javascript:/data: URLs, frames, plugins, styles, forms, base and refresh. Used on built pages and sanitiser output.
import { DomUtils, parseDocument } from "htmlparser2";

type Element = ReturnType<typeof DomUtils.findAll>[number];

/** Elements that embed, restyle, redirect or run something: never in a page, unless `allowed` says it is the site's own. */
const FORBIDDEN = new Set(["script", "iframe", "frame", "frameset", "object", "embed", "applet", "portal", "style", "base", "link", "meta", "template", "math", "foreignobject", "image", "img", "video", "audio", "source", "track", "xmp", "plaintext", "listing", "noembed", "noframes", "isindex", "marquee"]);

/** Elements that are harmless in the site's own templates (a chart, a filter form) but never come out of article text. */
const FORBIDDEN_IN_CONTENT = new Set(["svg", "form", "input", "button", "select", "textarea", "option", "label", "fieldset", "noscript", "title", "body", "head", "html", "dialog", "details", "canvas"]);

/** SVG animation attributes that can set a link's address. */
const ANIMATION_VALUES = new Set(["from", "to", "values", "by"]);

/** Attributes whose value is fetched or followed as a URL. */
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "poster", "background", "data", "cite", "xlink:href", "srcset", "codebase", "dynsrc", "lowsrc", "ping", "longdesc", "manifest", "icon"]);

/** A URL that runs code or carries a document: whitespace and control characters are ignored, as browsers do. */
export function isActiveUrl(value: string): boolean {
  const squeezed = value.replace(/[\u0000-\u0020\u007F-\u009F]/gu, "").toLowerCase();
  return /^(?:javascript|vbscript|data|livescript|mocha):/u.test(squeezed);
}

/**
 * Problems found in `html`, one sentence each; empty when nothing is active.
 * A fragment (sanitiser output) may hold no element of either list. A whole page (`allowed` given) may hold the
 * site's own template elements, and of the forbidden ones only those `allowed` accepts (its scripts, stylesheets…).
 * Attributes are checked on every element: no event handler, style, srcdoc, refresh, or active URL.
 */
export function findActiveMarkup(html: string, allowed?: (element: Element) => boolean): string[] {
  const problems: string[] = [];
  const document = parseDocument(html);
  for (const element of DomUtils.findAll(() => true, document.children)) {
    const name = element.name.toLowerCase();
    if (FORBIDDEN.has(name) ? !allowed?.(element) : FORBIDDEN_IN_CONTENT.has(name) && !allowed) problems.push(`<${name}> element`);
    for (const [attribute, value] of Object.entries(element.attribs)) {
      const key = attribute.toLowerCase();
      if (key.startsWith("on")) problems.push(`${key} attribute on <${name}>`);
      if (key === "style" || key === "srcdoc" || key === "formaction" || key === "http-equiv") problems.push(`${key} attribute on <${name}>`);
      const urls = key === "srcset" ? value.split(",") : [value];
      if ((URL_ATTRIBUTES.has(key) || key.endsWith(":href")) && urls.some(isActiveUrl)) problems.push(`${key}="${value}" on <${name}>`);
      if (ANIMATION_VALUES.has(key) && /(?:javascript|data):/iu.test(value.replace(/[\u0000-\u0020]/gu, ""))) problems.push(`${key}="${value}" on <${name}>`);
    }
  }
  return problems;
}

/**
 * The site's own forbidden-kind elements in a built page: meta tags, stylesheets and scripts under pagefind/ or
 * assets/, JSON-LD data, images from assets/. Their attributes are still checked.
 */
export function isSiteElement(element: Element): boolean {
  const name = element.name.toLowerCase();
  const { src, href, rel, type } = element.attribs;
  const own = (url: string | undefined) => url !== undefined && /^(?:\.\.\/|\.\/)*(?:pagefind|assets)\/[\w.-]+$/u.test(url);
  if (name === "script") return src === undefined ? type === "application/ld+json" : own(src) && (type === undefined || type === "module");
  if (name === "link") return rel === "stylesheet" ? own(href) : ["alternate", "canonical", "icon", "manifest", "sitemap"].includes(rel ?? "");
  if (name === "img") return own(src);
  return name === "meta";
}
