/** A title glued to the start of the first paragraph, as some scraped pages deliver it. */
export interface GluedTitle {
  /** Date written before the title, "2016-12" or "2016-12-30", when the page had a "date …" prefix. */
  date?: string;
  title: string;
  /** What follows the title on the same line: the first sentence of the article onwards. */
  rest: string;
}

const DATE_PREFIX = /^date\s*:?\s*(\d{4}-\d{2}(?:-\d{2})?)\s+(\S.*)$/iu;
// End of a sentence: . ! ? or …, possibly inside or before a closing quote, then a capital (or an opening quote).
const SENTENCE_END = /([.!?…]["»”’]?|["»”][.!?…])\s+(?=[«"“]?\s*\p{Lu})/gu;
// Abbreviations whose period does not end a sentence: « M. Obama », « Mme. », « St. ».
const ABBREVIATION = /(?:^|\s)(?:\p{Lu}|M|Mme|Mlle|MM|Dr|Me|Mgr|St|Ste|av|env|cf|etc|p|art)$/u;
const MAX_TITLE_WORDS = 20;
const MAX_TITLE_CHARS = 160;

/**
 * Splits a first line of the shape "date YYYY-MM[-DD] Title. First sentence…" into its date, title and rest.
 * The title is the first sentence-like segment, ending with a period (possibly after a closing quote) before a capital.
 * Returns undefined when the line has no date prefix or no short first segment.
 *
 * Example: ` date 2016-12 Vladimir Poutine "ne va expulser personne". Vendredi 30, Le président russe…`
 * → { date: "2016-12", title: `Vladimir Poutine "ne va expulser personne"`, rest: "Vendredi 30, Le président russe…" }
 */
export function splitGluedTitle(line: string): GluedTitle | undefined {
  const prefixed = DATE_PREFIX.exec(line.trim());
  if (!prefixed) return undefined;
  const [, date, text] = prefixed;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index ?? 0;
    const head = text.slice(0, end);
    if (match[1].startsWith(".") && ABBREVIATION.test(head)) continue;
    const segment = (head + match[1]).trim();
    if (segment.length > MAX_TITLE_CHARS || segment.split(/\s+/).length > MAX_TITLE_WORDS) break;
    const rest = text.slice(end + match[0].length).trim();
    // A title keeps ! ? … but not the period that glued it to the text.
    const title = segment.replace(/([^.])\.$/u, "$1").replace(/^(.*["»”’])\.$/u, "$1").trim();
    return { date, title, rest };
  }
  // Only a date prefix: the rest is the text, with no glued title.
  return { date, title: "", rest: text.trim() };
}
