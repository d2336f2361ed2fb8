// Finds anything active in HTML with a real parser, as a browser would see it: scripts, event handlers,
// javascript:/data: URLs, frames, plugins, styles, forms, base and refresh. Used on built pages and sanitiser output.
import { DomUtils, parseDocument } from "htmlparser2";

type Element = ReturnType<typeof DomUtils.findAll>[number];

/** Elements no article content may produce anywhere in a page. */
const FORBIDDEN = new Set(["iframe", "frame", "frameset", "object", "embed", "applet", "style", "base", "form", "input", "button", "textarea", "select", "portal", "template", "math", "svg", "link", "meta", "script", "noscript", "img", "video", "audio", "source", "image", "use", "animate", "set", "foreignobject", "xmp", "plaintext", "listing", "noembed", "noframes", "isindex", "marquee", "body", "head", "html", "title"]);

/** Attributes whose value is fetched or followed as a URL. */
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "poster", "background", "data", "cite", "xlink:href", "srcset", "codebase", "dynsrc", "lowsrc", "ping", "longdesc", "manifest", "icon"]);

/** A URL that runs code or carries a document: whitespace and control characters are ignored, as browsers do. */
export function isActiveUrl(value: string): boolean {
  const squeezed = value.replace(/[\u0000-\u0020\u007F-\u009F]/gu, "").toLowerCase();
  return /^(?:javascript|vbscript|data|livescript|mocha):/u.test(squeezed);
}

/**
 * Problems found in `html`, one sentence each; empty when nothing is active.
 * `allowed` accepts the site's own elements (its scripts, stylesheets, meta tags) when checking whole pages.
 */
export function findActiveMarkup(html: string, allowed: (element: Element) => boolean = () => false): string[] {
  const problems: string[] = [];
  const document = parseDocument(html);
  for (const element of DomUtils.findAll(() => true, document.children)) {
    const name = element.name.toLowerCase();
    if (FORBIDDEN.has(name) && !allowed(element)) problems.push(`<${name}> element`);
    for (const [attribute, value] of Object.entries(element.attribs)) {
      const key = attribute.toLowerCase();
      if (key.startsWith("on")) problems.push(`${key} attribute on <${name}>`);
      if (key === "style" || key === "srcdoc" || key === "formaction" || key === "http-equiv") problems.push(`${key} attribute on <${name}>`);
      const urls = key === "srcset" ? value.split(",") : [value];
      if ((URL_ATTRIBUTES.has(key) || key.endsWith(":href")) && urls.some(isActiveUrl)) problems.push(`${key}="${value}" on <${name}>`);
    }
  }
  return problems;
}

/**
 * The site's own elements in a built page: the document, its head (meta tags, stylesheets and scripts under
 * pagefind/ or assets/), JSON-LD data and the layout's noscript notes. Their attributes are still checked.
 */
export function isSiteElement(element: Element): boolean {
  const name = element.name.toLowerCase();
  const { src, href, rel, type } = element.attribs;
  const own = (url: string | undefined) => url !== undefined && /^(?:\.\.\/|\.\/)*(?:pagefind|assets)\/[\w.-]+$/u.test(url);
  if (name === "script") return src === undefined ? type === "application/ld+json" : own(src) && (type === undefined || type === "module");
  if (name === "link") return rel === "stylesheet" ? own(href) : ["alternate", "canonical", "icon", "manifest", "sitemap"].includes(rel ?? "");
  return ["html", "head", "body", "title", "meta", "noscript"].includes(name);
}
