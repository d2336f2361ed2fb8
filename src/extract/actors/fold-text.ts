/** A text folded for matching, with the way back to the original offsets. */
export interface FoldedText {
  /** Lower case, no accents, straight apostrophes, hyphens and runs of spaces as one space. */
  folded: string;
  /** Original start offset of each folded character. */
  starts: number[];
  /** Original end offset (exclusive) of each folded character. */
  ends: number[];
}

const APOSTROPHES = new Set(["'", "’", "‘", "ʼ", "´", "`"]);
const JOINERS = new Set(["-", "‐", "‑"]);

/**
 * Folds a French text so that « l’Élysée », « l'Elysee » and « L'ÉLYSÉE » compare equal; keeps a map to the original offsets.
 *
 * « Maison-Blanche » → "maison blanche"; « Sergueï » → "serguei"; « œuvre » → "oeuvre" (two folded characters for « œ »).
 */
export function foldText(text: string): FoldedText {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    let out: string;
    if (/\s/u.test(char) || JOINERS.has(char)) out = " ";
    else if (APOSTROPHES.has(char)) out = "'";
    else if (char === "œ" || char === "Œ") out = "oe";
    else if (char === "æ" || char === "Æ") out = "ae";
    else out = char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    for (const piece of out) {
      if (piece === " " && folded.endsWith(" ")) {
        ends[ends.length - 1] = i + 1;
        continue;
      }
      folded += piece;
      starts.push(i);
      ends.push(i + 1);
    }
  }
  return { folded, starts, ends };
}

/**
 * Folds a phrase from the data the same way as a sentence, trimmed.
 *
 * « l’ambassadeur russe à Washington » → "l'ambassadeur russe a washington".
 */
export function foldPhrase(phrase: string): string {
  return foldText(phrase).folded.trim();
}

/** True for a folded character that belongs to a word. */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
