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

function markersIn(sentence: string, offset: number): Marker[] {
  const markers: Marker[] = [];
  const words = [...sentence.matchAll(/[\p{L}]+(?:-[\p{L}]+)*/gu)].map((m) => ({ word: m[0], index: (m.index ?? 0) + offset }));
  for (let i = 0; i < words.length; i += 1) {
    const { word, index } = words[i];
    if (word !== word.toLowerCase()) {
      if (i > 0) continue; // a capitalised word mid-sentence is a name, not a verb
    }
    const lower = word.toLowerCase();
    if (AUXILIARIES.has(lower)) {
      for (let j = i + 1; j < Math.min(words.length, i + 4); j += 1) {
        const next = words[j].word.toLowerCase();
        if (next === "été" || next === "eu" || (next.length > 2 && PARTICIPLE.test(next))) {
          markers.push({ index, tense: "past" });
          break;
        }
        if (!WORDS_BETWEEN.has(next)) break;
      }
      continue;
    }
    if (IRREGULAR_FUTURE.has(lower)) {
      markers.push({ index, tense: "future" });
      continue;
    }
    if (PAST_WORDS.has(lower)) {
      markers.push({ index, tense: "past" });
      continue;
    }
    if (FUTURE_WORDS.has(lower)) {
      markers.push({ index, tense: "future" });
      continue;
    }
    if ((lower === "va" || lower === "vont") && i + 1 < words.length && /(?:er|ir|re|oir)$/.test(words[i + 1].word)) {
      markers.push({ index, tense: "future" });
      continue;
    }
    if (lower.length >= 5 && /(?:ra|ront|rai)$/.test(lower) && !NOT_FUTURE.has(lower) && !lower.endsWith("éra")) {
      markers.push({ index, tense: "future" });
      continue;
    }
    if (lower.length >= 5 && /(?:ait|aient)$/.test(lower) && !NOT_IMPERFECT.has(lower)) {
      markers.push({ index, tense: "past" });
    }
  }
  return markers;
}

/**
 * The tense of the sentence holding [start, end): the marker nearest the expression wins.
 * « Ils se sont rencontrés mardi » → past; « Il se rendra à Moscou mardi » → future; « Réunion mardi » → unknown.
 */
export function sentenceTense(text: string, start: number, end: number): Tense {
  const [from, to] = sentenceAround(text, start, end);
  const markers = [
    ...markersIn(text.slice(from, start), from),
    ...markersIn(text.slice(end, to), end),
  ];
  let best: Marker | null = null;
  let bestDistance = Infinity;
  for (const marker of markers) {
    const distance = marker.index < start ? start - marker.index : marker.index - end;
    if (distance < bestDistance) {
      best = marker;
      bestDistance = distance;
    }
  }
  return best ? best.tense : "unknown";
}
