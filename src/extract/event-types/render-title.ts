/**
 * Event title templates. Grammar:
 *
 *   template     = alternative { " | " alternative }
 *   alternative  = { text | placeholder | "[" optional "]" }
 *   placeholder  = "{source}" | "{target}" | "{source:de}" | "{target:de}" | "{source:à}" | "{target:à}" | "{source:avec}" | "{target:avec}"
 *
 * The first alternative whose placeholders outside brackets all have a value is used. An optional part in brackets is
 * dropped when one of its placeholders has no value. « {target:de} » writes the preposition before the name, with elision
 * and contraction: « de Barack Obama », « d'Antony Blinken », « du Kremlin » (for a name written « le Kremlin »), « des États-Unis »
 * (for « les États-Unis »); « {target:à} » gives « à », « au », « aux ». The result starts with a capital, has single spaces
 * and at most 90 characters (cut at a word, with « … »).
 */

export const MAX_TITLE = 90;

const PLACEHOLDER = /\{(source|target)(?::(de|à|avec))?\}/gu;

export interface TitleActors {
  source?: string;
  target?: string;
}

/**
 * Fills a title template with the actors' names.
 *
 * renderTitle("{source} expulse des diplomates[ {target:de}] | Expulsion de diplomates", { source: "États-Unis" })
 * → "États-Unis expulse des diplomates"; with no source → "Expulsion de diplomates".
 */
export function renderTitle(template: string, actors: TitleActors): string {
  // Few types and few actors: the same titles come back again and again. Looked up by template, then source, then
  // target, in maps of the strings themselves: a key joined from the three would be a new string, hashed, every time.
  let bySource = TITLES.get(template);
  if (!bySource) TITLES.set(template, (bySource = new Map()));
  let byTarget = bySource.get(actors.source);
  if (!byTarget) bySource.set(actors.source, (byTarget = new Map()));
  let title = byTarget.get(actors.target);
  if (title === undefined) {
    title = renderAnew(template, actors);
    if (++titleCount > 10_000) {
      TITLES.clear();
      titleCount = 0;
    }
    byTarget.set(actors.target, title);
  }
  return title;
}

const TITLES = new Map<string, Map<string | undefined, Map<string | undefined, string>>>();
let titleCount = 0;

function renderAnew(template: string, actors: TitleActors): string {
  const alternatives = template.split(/\s+\|\s+/u);
  const usable = alternatives.find((alternative) => placeholdersOf(stripOptional(alternative)).every((name) => hasValue(actors, name)));
  const chosen = usable ?? alternatives[alternatives.length - 1];
  const withOptional = chosen.replace(/\[([^\]]*)\]/gu, (_, inner: string) => (placeholdersOf(inner).every((name) => hasValue(actors, name)) ? inner : ""));
  const filled = withOptional.replace(PLACEHOLDER, (_, name: "source" | "target", preposition?: string) => withPreposition(actors[name]?.trim() ?? "", preposition));
  return tidy(filled);
}

/**
 * Checks a template's grammar; returns what is wrong, or undefined when it is well formed.
 *
 * checkTemplate("{source} expulse[ {cible}") → "unbalanced « [ »…".
 */
export function checkTemplate(template: string): string | undefined {
  if (template.trim() === "") return "the title template is empty";
  let depth = 0;
  for (const char of template) {
    if (char === "[") depth++;
    if (char === "]") depth--;
    if (depth < 0 || depth > 1) return "unbalanced or nested « [ » « ] » in the title template; optional parts are one level of [ … ]";
  }
  if (depth !== 0) return "unbalanced « [ » in the title template; close each optional part with « ] »";
  const unknown = template.replace(PLACEHOLDER, "").match(/\{[^}]*\}?/u);
  if (unknown) return `unknown placeholder « ${unknown[0]} »; use {source}, {target}, {source:de}, {target:de}, {target:à}`;
  const last = template.split(/\s+\|\s+/u).pop()!;
  if (placeholdersOf(stripOptional(last)).length > 0) return "the last alternative must not need an actor; end with a title such as « | Expulsion de diplomates »";
  return undefined;
}

function stripOptional(text: string): string {
  return text.replace(/\[[^\]]*\]/gu, "");
}

function placeholdersOf(text: string): ("source" | "target")[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] as "source" | "target");
}

function hasValue(actors: TitleActors, name: "source" | "target"): boolean {
  return (actors[name]?.trim() ?? "") !== "";
}

function withPreposition(name: string, preposition?: string): string {
  if (!preposition || name === "") return name;
  if (preposition === "avec") return `avec ${name}`;
  const article = /^(les|le)\s+(.*)$/iu.exec(name);
  if (article) {
    const plural = article[1].toLowerCase() === "les";
    const contracted = preposition === "de" ? (plural ? "des" : "du") : plural ? "aux" : "au";
    return `${contracted} ${article[2]}`;
  }
  if (preposition === "de" && /^[aeiouyhàâéèêëîïôûüœAEIOUYHÀÂÉÈÊËÎÏÔÛÜŒ]/u.test(name)) return `d'${name}`;
  return `${preposition} ${name}`;
}

function tidy(text: string): string {
  let title = text.replace(/\s+/gu, " ").replace(/\s+([,.])/gu, "$1").trim();
  title = title.charAt(0).toUpperCase() + title.slice(1);
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length).replace(/[\s,;:]+$/u, "")}…`;
}
