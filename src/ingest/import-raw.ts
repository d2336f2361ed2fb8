import { DateTime } from "luxon";
import { COLLECTIVE_BYLINES, NOISE_LINES, RELATED_HEADINGS } from "./boilerplate-fr.ts";
import { kebabSlug } from "./kebab-slug.ts";
import { normalizeText } from "./normalize-text.ts";
import { splitGluedTitle } from "./split-glued-title.ts";

/** What the person importing knows about a raw text: its publication date and, when stated, its outlet and address. */
export interface RawMeta {
  /** "2019-05-14" or "2016-12". */
  published: string;
  source?: string;
  url?: string;
  /** Title to use when the page has no headline line. */
  title?: string;
}

/** Front matter written for an imported article, in this key order. */
export interface ImportedFrontMatter {
  title: string;
  date: string;
  source?: string;
  url?: string;
  author?: string;
  lang: "fr";
}

export interface ImportedArticle {
  frontMatter: ImportedFrontMatter;
  /** Markdown body: one paragraph per line, blank lines between, `##` subheads. */
  body: string;
  /** "2019-05-14-russie-etats-unis-l-heure-du-degel" or "2016-12-vladimir-poutine-ne-va-expulser-personne". */
  slug: string;
  /** Date written in a "date YYYY-MM" prefix of the text, if any (a hint, never used in place of `published`). */
  datePrefix?: string;
  /** Lines removed as page noise, in order, for the import report. */
  dropped: string[];
}

type Block = { kind: "paragraph" | "subhead"; text: string } | { kind: "break" };

const TERMINAL = /[.!?…](?:\s*["»”’)\]])*$/u;
const CLAUSE_END = /[.!?…:;,](?:\s*["»”’)\]])*$/u;
const SENTENCE_INSIDE = /[.!?…]["»”’]?(?:\s|$)/u;
const MAX_HEADLINE_WORDS = 25;
const MAX_HEADLINE_CHARS = 200;
const MAX_SUBHEAD_WORDS = 12;
const MAX_SUBHEAD_CHARS = 90;
// A paragraph long enough to be article text again after a list of related links.
const MIN_RESUME_WORDS = 30;
const MIN_FOOTER_WORDS = 20;
const NAME_PARTICLES = new Set(["de", "du", "des", "la", "le", "von", "van", "der", "di", "da", "d", "y", "et"]);

/**
 * Turns a raw French news page, copied as text, into a clean article: noise lines dropped by general rules
 * (sign-in, share buttons, ads, rights, bylines, reading time, related-article lists, navigation footers),
 * the headline taken as title (a repeated headline once), short unpunctuated lines inside the text kept as `##` subheads.
 * Pure: the caller reads and writes files.
 *
 * Example: "S'identifier S'abonner\n\nLe Kremlin dément toute ingérence…\n\nPar la rédaction\n\nLe Kremlin a démenti mercredi…"
 * (published 2016-07-27) → title « Le Kremlin dément toute ingérence… », body "Le Kremlin a démenti mercredi…",
 * slug "2016-07-27-le-kremlin-dement-toute-ingerence…"
 */
export function importRaw(raw: string, meta: RawMeta): ImportedArticle {
  const precision = checkPublished(meta.published);
  const dropped: string[] = [];
  let author: string | undefined;
  let title = meta.title ? cleanLine(meta.title) : "";

  const lines = normalizeText(raw).split("\n").map(cleanLine);
  let datePrefix: string | undefined;
  const first = lines.findIndex((line) => line !== "");
  if (first >= 0) {
    const glued = splitGluedTitle(lines[first]);
    if (glued) {
      datePrefix = glued.date;
      if (!title && glued.title) title = glued.title;
      else if (glued.title) glued.rest = `${glued.title}. ${glued.rest}`;
      lines[first] = glued.rest;
    }
  }

  const blocks: Block[] = [];
  let inRelated = false;
  for (const line of lines) {
    if (line === "") {
      blocks.push({ kind: "break" });
      continue;
    }
    const explicitHeading = /^#{1,6}\s+(.+)$/u.exec(line);
    const text = explicitHeading ? explicitHeading[1].trim() : unescapeLineStart(line);
    if (inRelated && !isResumingParagraph(text)) {
      dropped.push(line);
      continue;
    }
    inRelated = false;
    if (RELATED_HEADINGS.some((pattern) => pattern.test(text.replace(/\s*:$/u, "")))) {
      inRelated = true;
      dropped.push(line);
      continue;
    }
    const byline = readByline(text);
    if (byline !== undefined) {
      if (byline && !author) author = byline;
      dropped.push(line);
      continue;
    }
    if (isNoiseLine(text) || isNavigationFooter(text)) {
      dropped.push(line);
      continue;
    }
    blocks.push({ kind: explicitHeading ? "subhead" : "paragraph", text });
  }

  const units = joinSoftWraps(blocks);
  if (!title) {
    const head = units[0];
    if (head && looksLikeHeadline(head.text)) {
      title = head.text;
      units.shift();
    }
  }
  if (!title) title = titleFromFirstSentence(units[0]?.text ?? "");
  if (!title) throw new Error("the text has no headline and no paragraph to take a title from; pass a title");
  // A page often prints its headline twice (page title, then article title).
  while (units.length > 0 && sameText(units[0].text, title)) {
    dropped.push(units[0].text);
    units.shift();
  }

  const body = units
    .map((unit, index) => {
      const isSubhead =
        unit.kind === "subhead" ||
        (index > 0 && index < units.length - 1 && looksLikeSubhead(unit.text) && !looksLikeSubhead(units[index + 1].text));
      return isSubhead ? `## ${unit.text}` : escapeLineStart(unit.text);
    })
    .join("\n\n");

  const frontMatter: ImportedFrontMatter = { title: frenchQuotes(title), date: meta.published, lang: "fr" };
  if (meta.source?.trim()) frontMatter.source = meta.source.trim();
  if (meta.url?.trim()) frontMatter.url = meta.url.trim();
  if (author) frontMatter.author = author;
  const prefix = precision === "day" ? meta.published : meta.published.slice(0, 7);
  const slug = `${prefix}-${kebabSlug(frontMatter.title)}`.replace(/-$/u, "");
  return { frontMatter: orderKeys(frontMatter), body: body + "\n", slug, datePrefix, dropped };
}

function checkPublished(published: string): "day" | "month" {
  const day = /^\d{4}-\d{2}-\d{2}$/u.test(published) && DateTime.fromISO(published, { zone: "utc" }).isValid;
  const month = /^\d{4}-\d{2}$/u.test(published) && DateTime.fromFormat(published, "yyyy-MM", { zone: "utc" }).isValid;
  if (!day && !month) throw new Error(`publication date "${published}" is not a calendar day or month; write YYYY-MM-DD or YYYY-MM`);
  return day ? "day" : "month";
}

function cleanLine(line: string): string {
  return line.replace(/[\t ]+/gu, " ").trim();
}

function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

function sameText(a: string, b: string): boolean {
  const key = (text: string) => frenchQuotes(text).toLowerCase().replace(/[\s.!?…«»"“”]+/gu, " ").trim();
  return key(a) === key(b);
}

function isNoiseLine(text: string): boolean {
  // A real sentence that merely contains « cookies » or « publicité » is never boilerplate.
  if (TERMINAL.test(text) && words(text).length >= 10) return false;
  return NOISE_LINES.some((pattern) => pattern.test(text));
}

/** « Par Pierre Michaud » → "Pierre Michaud"; « Par la rédaction » → "" (dropped, no author); anything else → undefined. */
function readByline(text: string): string | undefined {
  const match = /^par\s+([^,.!?;:]{2,60})(?:,\s*([^.!?]{0,80}))?$/iu.exec(text);
  if (!match) return undefined;
  const name = match[1].trim();
  if (COLLECTIVE_BYLINES.some((pattern) => pattern.test(name))) return "";
  const nameWords = words(name);
  if (nameWords.length < 2 || nameWords.length > 6) return undefined;
  const isName = nameWords.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word.replace(/['’]$/u, "").toLowerCase()));
  return isName && /^\p{Lu}/u.test(nameWords[0]) ? name : undefined;
}

/** A long run of short capitalised words without a sentence in it: site navigation. */
function isNavigationFooter(text: string): boolean {
  const list = words(text);
  if (list.length < MIN_FOOTER_WORDS || SENTENCE_INSIDE.test(text)) return false;
  const capitalised = list.filter((word) => /^[\p{Lu}\p{N}>|•·]/u.test(word)).length;
  return capitalised / list.length >= 0.5;
}

function isResumingParagraph(text: string): boolean {
  return TERMINAL.test(text) && words(text).length >= MIN_RESUME_WORDS && !isNavigationFooter(text);
}

function looksLikeHeadline(text: string): boolean {
  return text.length <= MAX_HEADLINE_CHARS && words(text).length <= MAX_HEADLINE_WORDS && !/[.;:,]$/u.test(text);
}

function looksLikeSubhead(text: string): boolean {
  return (
    /^[«"“]?\s*\p{Lu}/u.test(text) &&
    text.length <= MAX_SUBHEAD_CHARS &&
    words(text).length <= MAX_SUBHEAD_WORDS &&
    !CLAUSE_END.test(text)
  );
}

/** No headline line: the first sentence, or its part before « : » when that reads as a headline. */
function titleFromFirstSentence(paragraph: string): string {
  const sentence = paragraph.split(/(?<=[.!?…])\s+(?=\p{Lu})/u)[0] ?? "";
  const beforeColon = sentence.split(/\s:\s/u)[0];
  const candidate = beforeColon !== sentence && words(beforeColon).length >= 3 ? beforeColon : sentence;
  if (words(candidate).length <= 15) return candidate.replace(/[.;,]$/u, "").trim();
  return words(candidate).slice(0, 12).join(" ") + " …";
}

/** Lines of one block that were wrapped mid-sentence are joined back: the next line starts in lower case. */
function joinSoftWraps(blocks: Block[]): { kind: "paragraph" | "subhead"; text: string }[] {
  const units: { kind: "paragraph" | "subhead"; text: string }[] = [];
  let previous: Block | undefined;
  for (const block of blocks) {
    if (block.kind === "break") {
      previous = block;
      continue;
    }
    const last = units[units.length - 1];
    const continues =
      previous?.kind === "paragraph" && block.kind === "paragraph" && last && !CLAUSE_END.test(last.text) && /^\p{Ll}/u.test(block.text);
    if (continues) last.text = `${last.text} ${block.text}`;
    else units.push({ ...block });
    previous = block;
  }
  return units;
}

/** Balanced straight or curly double quotes in a title become French guillemets: "ne va expulser personne" → « ne va expulser personne ». */
function frenchQuotes(title: string): string {
  const curly = title.replace(/“\s*/gu, "« ").replace(/\s*”/gu, " »");
  const straight = curly.match(/"/gu)?.length ?? 0;
  if (straight === 0 || straight % 2 !== 0) return curly;
  let open = true;
  return curly.replace(/\s*"\s*/gu, (found) => {
    const before = found.startsWith(" ") ? " " : "";
    const after = found.endsWith(" ") ? " " : "";
    const quote = open ? `${before}« ` : ` »${after}`;
    open = !open;
    return quote;
  });
}

// Line starts that Markdown would read as a list, heading or quote.
function escapeLineStart(text: string): string {
  return text.replace(/^(\d+)([.)]\s)/u, "$1\\$2").replace(/^([-+*#>]\s|#)/u, "\\$1");
}

function unescapeLineStart(text: string): string {
  return text.replace(/^(\d+)\\([.)]\s)/u, "$1$2").replace(/^\\([-+*#>])/u, "$1");
}

function orderKeys(frontMatter: ImportedFrontMatter): ImportedFrontMatter {
  const { title, date, source, url, author, lang } = frontMatter;
  return { title, date, ...(source ? { source } : {}), ...(url ? { url } : {}), ...(author ? { author } : {}), lang };
}
