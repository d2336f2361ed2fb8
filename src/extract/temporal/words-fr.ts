/**
 * Closed French word lists the temporal rules are built from, as in wanasit/chrono `src/locales/fr/constants.ts`.
 * « sept » is both September (abbreviated « sept. ») and seven, so the month list only accepts it with a dot
 * after a day number; the number list always has it.
 */

/** Month names and abbreviations → month number. */
export const MONTHS: Record<string, number> = {
  janvier: 1, "janv.": 1,
  "février": 2, fevrier: 2, "févr.": 2, "fév.": 2,
  mars: 3,
  avril: 4, "avr.": 4,
  mai: 5,
  juin: 6,
  juillet: 7, "juil.": 7,
  "août": 8, aout: 8,
  septembre: 9, "sept.": 9,
  octobre: 10, "oct.": 10,
  novembre: 11, "nov.": 11,
  "décembre": 12, decembre: 12, "déc.": 12,
};

/** Full month names, used where no day number backs the word up. */
export const FULL_MONTHS = Object.keys(MONTHS).filter((name) => !name.endsWith("."));

/** Weekday names → ISO weekday (1 = Monday). */
export const WEEKDAYS: Record<string, number> = {
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7,
};

/** Number words → value; compounds (« dix-huit », « vingt et un », « quatre-vingt-dix ») are summed by `parseNumber`. */
export const NUMBER_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  cent: 100, cents: 100, mille: 1000,
};

/** Quantities that leave the number unknown: « plusieurs jours » → PXD. */
export const VAGUE_QUANTITIES = ["plusieurs", "quelques", "des", "de nombreuses", "de nombreux", "nombreuses", "nombreux"];

/** Ordinal words for day numbers and centuries. */
export const ORDINALS: Record<string, number> = {
  premier: 1, "1er": 1, "1re": 1,
};

/** Duration units → TimeML unit letter; `time` units go after the T of a duration. */
export const UNITS: Record<string, { unit: string; time: boolean; factor?: number }> = {
  seconde: { unit: "S", time: true }, secondes: { unit: "S", time: true },
  minute: { unit: "M", time: true }, minutes: { unit: "M", time: true },
  heure: { unit: "H", time: true }, heures: { unit: "H", time: true },
  jour: { unit: "D", time: false }, jours: { unit: "D", time: false },
  "journée": { unit: "D", time: false }, "journées": { unit: "D", time: false },
  semaine: { unit: "W", time: false }, semaines: { unit: "W", time: false },
  mois: { unit: "M", time: false },
  trimestre: { unit: "M", time: false, factor: 3 }, trimestres: { unit: "M", time: false, factor: 3 },
  semestre: { unit: "M", time: false, factor: 6 }, semestres: { unit: "M", time: false, factor: 6 },
  an: { unit: "Y", time: false }, ans: { unit: "Y", time: false },
  "année": { unit: "Y", time: false }, "années": { unit: "Y", time: false },
  "décennie": { unit: "Y", time: false, factor: 10 }, "décennies": { unit: "Y", time: false, factor: 10 },
  "siècle": { unit: "Y", time: false, factor: 100 }, "siècles": { unit: "Y", time: false, factor: 100 },
};

/** Parts of the day → TimeML suffix. */
export const PARTS_OF_DAY: Record<string, string> = {
  matin: "MO", "matinée": "MO", "après-midi": "AF", soir: "EV", "soirée": "EV", nuit: "NI",
};

/** Seasons → TimeML season code, and the month each starts in. */
export const SEASONS: Record<string, { code: string; month: number }> = {
  printemps: { code: "SP", month: 3 },
  "été": { code: "SU", month: 6 },
  automne: { code: "FA", month: 9 },
  hiver: { code: "WI", month: 12 },
};

/** Roman numerals for centuries. */
export const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** Words after « N ans » etc. that make a number a count of things rather than a year. */
export const UNIT_NOUNS_AFTER_YEAR = [
  "euros", "euro", "francs", "franc", "dollars", "dollar", "personnes", "habitants", "mètres", "km", "kilomètres",
  "tonnes", "kilos", "kg", "voix", "emplois", "logements", "places", "élèves", "salariés", "morts", "victimes",
];

/** Escapes a word for use inside a RegExp. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Builds an alternation of words as a tree of their common beginnings: ["mars", "mai", "an", "ans", "année"] →
 * « (?:ma(?:rs|i)|an(?:(?:s|née))?) ». It matches as « année|mars|ans|mai|an » would (longest first, so that « an »
 * never shadows « année »): two words can only both match at one place when one begins the other, and there the
 * longer one is tried first, since the rest of a longer word is an optional, greedy part. The regex engine tries a
 * flat list word by word at every place of the text; a tree, a few characters.
 */
export function alternation(words: readonly string[]): string {
  const key = words.join("\u0000");
  let pattern = ALTERNATIONS.get(key);
  if (pattern === undefined) {
    pattern = treePattern(wordTree(words));
    ALTERNATIONS.set(key, pattern);
  }
  return pattern;
}

const ALTERNATIONS = new Map<string, string>();

/** A node of a tree of words, by character: whether a word ends here, and the nodes one character further. */
interface WordNode {
  end: boolean;
  next: Map<string, WordNode>;
}

function wordTree(words: readonly string[]): WordNode {
  const root: WordNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let next = node.next.get(char);
      if (!next) node.next.set(char, (next = { end: false, next: new Map() }));
      node = next;
    }
    node.end = true;
  }
  return root;
}

function treePattern(node: WordNode): string {
  const branches = [...node.next].map(([char, next]) => escapeRegExp(char) + treePattern(next));
  if (branches.length === 0) return "";
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
  return node.end ? `(?:${body})?` : body;
}

const NUMBER_TOKEN = alternation(Object.keys(NUMBER_WORDS));

/** Pattern for a number written in words or digits: « dix-huit », « vingt et un », « 30,4 ». */
export const NUMBER_PATTERN =
  `(?:\\d+(?:,\\d+)?|(?:${NUMBER_TOKEN})(?:(?:-|\\s)(?:et(?:-|\\s))?(?:${NUMBER_TOKEN}))*)`;

/**
 * Reads a French number in words or digits.
 * « quatre-vingt-dix-huit » → 98, « vingt et un » → 21, « 30,4 » → 30.4; null when it is not a number.
 */
export function parseNumber(raw: string): number | null {
  const text = raw.trim().toLowerCase();
  if (/^\d+(?:,\d+)?$/.test(text)) return Number(text.replace(",", "."));
  const tokens = text.split(/[-\s]+/).filter((token) => token !== "et");
  if (tokens.length === 0) return null;
  let total = 0;
  let current = 0;
  let previous = "";
  for (const token of tokens) {
    const value = NUMBER_WORDS[token];
    if (value === undefined) return null;
    if (value === 100) current = (current || 1) * 100;
    else if (value === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (value === 20 && previous === "quatre") current += 80 - 4;
    else current += value;
    previous = token;
  }
  return total + current;
}
