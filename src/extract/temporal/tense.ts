/**
 * A rough reading of the tense of the sentence around a date expression, so that a bare « mardi » points
 * back in « ils se sont rencontrés mardi » and forward in « il se rendra à Moscou mardi ».
 */

export type Tense = "past" | "future" | "unknown";

const AUXILIARIES = new Set([
  "a", "ont", "avait", "avaient", "avons", "avez", "ai", "as", "eut", "eurent",
  "est", "sont", "était", "étaient", "sommes", "êtes", "suis", "fut", "furent", "fût",
]);
const PARTICIPLE = /(?:é|ée|és|ées|i|is|ie|ies|it|ite|its|u|us|ue|ues|ert|erte|erts|eint|eints|aint|ort|orte|ris|rise|uit|uite)$/;
const WORDS_BETWEEN = new Set(["été", "eu", "pas", "déjà", "aussi", "bien", "ensuite", "alors", "enfin", "encore", "également", "toujours", "jamais", "plus", "lui", "se", "s", "y", "en", "ne", "n"]);
const IRREGULAR_FUTURE = new Set([
  "sera", "seront", "serons", "serez", "serai", "aura", "auront", "aurons", "aurez", "aurai", "fera", "feront",
  "ira", "iront", "pourra", "pourront", "devra", "devront", "viendra", "viendront", "faudra", "tiendra",
  "tiendront", "verra", "verront", "saura", "sauront", "voudra", "voudront",
]);
const NOT_FUTURE = new Set([
  "extra", "contra", "ultra", "sierra", "cobra", "mantra", "tantra", "front", "affront", "vrai", "zebra", "hydra",
  "algebra", "opera", "camera", "era", "terra", "flora", "aura",
]);
const NOT_IMPERFECT = new Set([
  "fait", "lait", "trait", "souhait", "portrait", "attrait", "retrait", "parfait", "extrait", "bienfait", "forfait",
  "méfait", "distrait", "abstrait", "imparfait", "plait", "plaît", "jamais", "mais", "désormais", "frais", "palais",
]);
const FUTURE_WORDS = new Set(["prochain", "prochaine", "prochains", "prochaines", "demain", "bientôt", "prochainement", "prévu", "prévue", "prévus", "prévues", "doit", "doivent", "devrait", "devraient", "envisage"]);
const PAST_WORDS = new Set(["hier", "dernier", "dernière", "derniers", "dernières", "passé", "passée", "récemment", "avant-hier"]);

interface Marker {
  index: number;
  tense: "past" | "future";
}

/** Finds the boundaries of the sentence holding [start, end). */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !isSentenceStop(text.charCodeAt(from - 1))) from -= 1;
  let to = end;
  while (to < text.length && !isSentenceStop(text.charCodeAt(to))) to += 1;
  return [from, to];
}

/** « . », « ! », « ? » or a line break. */
function isSentenceStop(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a;
}

/** The words of a text and where each starts (plus `offset`): letters, with hyphens inside (« a-t-il »). */
function wordsIn(text: string, offset: number): { words: string[]; starts: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    words.push(match[0]);
    starts.push(match.index + offset);
  }
  return { words, starts };
}

const WORD = /[\p{L}]+(?:-[\p{L}]+)*/gu;

/** The tense word i of a stretch of a sentence marks, if any; the words after it only matter for an auxiliary or « va ». */
function markerAt(words: string[], i: number): Marker["tense"] | null {
  const word = words[i];
  const lower = word.toLowerCase();
  if (word !== lower && i > 0) return null; // a capitalised word mid-sentence is a name, not a verb
  if (AUXILIARIES.has(lower)) {
    for (let j = i + 1; j < Math.min(words.length, i + 4); j += 1) {
      const next = words[j].toLowerCase();
      if (next === "été" || next === "eu" || (next.length > 2 && PARTICIPLE.test(next))) return "past";
      if (!WORDS_BETWEEN.has(next)) break;
    }
    return null;
  }
  if (IRREGULAR_FUTURE.has(lower)) return "future";
  if (PAST_WORDS.has(lower)) return "past";
  if (FUTURE_WORDS.has(lower)) return "future";
  if ((lower === "va" || lower === "vont") && i + 1 < words.length && /(?:er|ir|re|oir)$/.test(words[i + 1])) return "future";
  if (lower.length >= 5 && /(?:ra|ront|rai)$/.test(lower) && !NOT_FUTURE.has(lower) && !lower.endsWith("éra")) return "future";
  if (lower.length >= 5 && /(?:ait|aient)$/.test(lower) && !NOT_IMPERFECT.has(lower)) return "past";
  return null;
}

/**
 * The tense of the sentence holding [start, end): the marker nearest the expression wins.
 * « Ils se sont rencontrés mardi » → past; « Il se rendra à Moscou mardi » → future; « Réunion mardi » → unknown.
 */
export function sentenceTense(text: string, start: number, end: number): Tense {
  const [from, to] = sentenceAround(text, start, end);
  // Each word marks at most one tense: the nearest marker before is the last one, after the first one; read from the
  // expression outwards, each side stops at its first marker. On a tie, the marker before wins.
  let best: Marker | null = null;
  const before = wordsIn(text.slice(from, start), from);
  for (let i = before.words.length - 1; i >= 0 && !best; i--) {
    const tense = markerAt(before.words, i);
    if (tense) best = { index: before.starts[i], tense };
  }
  const after = wordsIn(text.slice(end, to), end);
  for (let i = 0; i < after.words.length; i++) {
    const tense = markerAt(after.words, i);
    if (!tense) continue;
    if (!best || after.starts[i] - end < start - best.index) best = { index: after.starts[i], tense };
    break;
  }
  return best ? best.tense : "unknown";
}
