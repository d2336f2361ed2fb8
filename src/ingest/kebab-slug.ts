/**
 * Turns a French phrase into a URL-safe kebab slug: accents folded to ASCII, lower case, words joined by "-",
 * cut on a word boundary so that it is at most `maxLength` characters.
 *
 * Example: « Dégel : Poutine propose à Biden d'annuler les restrictions » → "degel-poutine-propose-a-biden-d-annuler-les-restrictions"
 */
export function kebabSlug(text: string, maxLength = 60): string {
  const folded = text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "OE")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "AE")
    .replace(/ß/g, "ss")
    .toLowerCase();
  const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A single word longer than the limit is cut rather than lost.
  if (!slug && words.length > 0) slug = words[0].slice(0, maxLength);
  return slug;
}
