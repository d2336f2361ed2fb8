import type { ImportedArticle } from "./import-raw.ts";

/**
 * Writes an imported article as a Markdown file: YAML front matter with every string double-quoted
 * (so a date stays a string and a colon in a title stays text), then the body.
 *
 * Example: { title: "Russie-Etats-Unis : l'heure du dégel", date: "2019-05-14", … } →
 * `---\ntitle: "Russie-Etats-Unis : l'heure du dégel"\ndate: "2019-05-14"\n…\nlang: fr\n---\n\nLes chefs…\n`
 */
export function renderArticleFile(article: Pick<ImportedArticle, "frontMatter" | "body">): string {
  const lines = Object.entries(article.frontMatter)
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([key, value]) => (key === "lang" ? `${key}: ${value}` : `${key}: ${quoteYaml(String(value))}`));
  return `---\n${lines.join("\n")}\n---\n\n${article.body.trimEnd()}\n`;
}

// JSON string escapes are valid in YAML double-quoted scalars.
function quoteYaml(value: string): string {
  return JSON.stringify(value);
}
