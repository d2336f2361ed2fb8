/** A text folded for matching, with the way back to the original offsets. */
export interface FoldedText {
  /** Lower case, no accents, straight apostrophes, hyphens and runs of spaces as one space. */
  folded: string;
  /** Original start offset of the folded character at `index`. */
  startOf(index: number): number;
  /** Original end offset (exclusive) of the folded character at `index`. */
  endOf(index: number): number;
}

/**
 * The original offsets of a folded text's characters. Nearly every folded character comes from the original one
 * right after the previous one's, alone: only the others are kept (a run of spaces, « œ » folded to two, a mark
 * dropped), in order, and the offsets of the rest are counted on from them.
 */
class FoldedOffsets implements FoldedText {
  constructor(
    readonly folded: string,
    /** Folded indexes of the characters kept, increasing, with their original start and end offsets. */
    private readonly indexes: number[],
    private readonly starts: number[],
    private readonly ends: number[],
  ) {}

  startOf(index: number): number {
    const kept = this.lastKeptAtOrBefore(index);
    return kept < 0 ? index : this.starts[kept] + index - this.indexes[kept];
  }

  endOf(index: number): number {
    const kept = this.lastKeptAtOrBefore(index);
    if (kept >= 0 && this.indexes[kept] === index) return this.ends[kept];
    return this.startOf(index) + 1;
  }

  private lastKeptAtOrBefore(index: number): number {
    let low = 0;
    let high = this.indexes.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.indexes[middle] <= index) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }
}

const APOSTROPHES = new Set(["'", "’", "‘", "ʼ", "´", "`"]);
const JOINERS = new Set(["-", "‐", "‑"]);

/**
 * Code units below this one have their fold and word class in arrays; the others in maps. The arrays reach past the
 * General Punctuation and currency blocks, for the ’ — … “ ” € that French text is full of.
 */
const TABLE_SIZE = 0x20d0;
/** What each UTF-16 code unit folds to, worked out on first sight: foldText runs over every sentence several times. */
const FOLDS: (string[] | undefined)[] = Array.from({ length: TABLE_SIZE }, () => undefined);
const RARE_FOLDS = new Map<number, string[]>();
/** 1 for a code unit that belongs to a word, 2 for one that does not, 0 before first sight. */
const WORD_CHARS = new Uint8Array(TABLE_SIZE);
const RARE_WORD_CHARS = new Map<number, boolean>();

function foldOf(char: string): string[] {
  const code = char.charCodeAt(0);
  let pieces = code < TABLE_SIZE ? FOLDS[code] : RARE_FOLDS.get(code);
  if (pieces === undefined) {
    let out: string;
    if (/\s/u.test(char) || JOINERS.has(char)) out = " ";
    else if (APOSTROPHES.has(char)) out = "'";
    else if (char === "œ" || char === "Œ") out = "oe";
    else if (char === "æ" || char === "Æ") out = "ae";
    else out = char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    pieces = [...out];
    if (code < TABLE_SIZE) FOLDS[code] = pieces;
    else RARE_FOLDS.set(code, pieces);
  }
  return pieces;
}

/**
 * Folds a French text so that « l’Élysée », « l'Elysee » and « L'ÉLYSÉE » compare equal; keeps a map to the original offsets.
 *
 * « Maison-Blanche » → "maison blanche"; « Sergueï » → "serguei"; « œuvre » → "oeuvre" (two folded characters for « œ »).
 * The result may be shared with the previous call on the same text: read it, never change it.
 */
export function foldText(text: string): FoldedText {
  // classifyEvent and matchActors fold the same sentence one after the other.
  if (text === lastFold.text) return lastFold.result;
  const result = foldByRegex(text) ?? foldAnew(text);
  lastFold = { text, result };
  return result;
}

/** The last text folded and its folding, which callers only read. */
let lastFold: { text: string | undefined; result: FoldedText } = { text: undefined, result: new FoldedOffsets("", [], [], []) };

/**
 * Folds a text character by character: what foldText gives, found the slow way. Exported for the test that checks
 * foldText's quicker way against it.
 */
export function foldAnew(text: string): FoldedText {
  let folded = "";
  // The folded characters whose offsets do not follow on from the previous one's (see FoldedOffsets).
  const indexes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let count = 0;
  let lastStart = -1;
  let lastIsSpace = false;
  // Characters that fold to themselves are copied by runs, one slice per run rather than one concatenation per character.
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = code < TABLE_SIZE ? KINDS[code] || kindOf(code) : PIECES;
    if (kind === SAME || (code === 0x20 && !lastIsSpace)) {
      lastIsSpace = code === 0x20;
      if (i !== lastStart + 1) keep(indexes, starts, ends, count, i, i + 1);
      lastStart = i;
      count++;
      continue;
    }
    folded += text.slice(runStart, i);
    runStart = i + 1;
    if (kind === SPACE) {
      if (lastIsSpace) {
        extendLast(indexes, starts, ends, count - 1, lastStart, i + 1);
        continue;
      }
      lastIsSpace = true;
      folded += " ";
    } else if (kind === OTHER) {
      lastIsSpace = false;
      folded += SINGLES[code]!;
    } else {
      const pieces = foldOf(text[i]);
      for (let p = 0; p < pieces.length; p++) {
        const piece = pieces[p];
        if (piece === " ") {
          if (lastIsSpace) {
            extendLast(indexes, starts, ends, count - 1, lastStart, i + 1);
            continue;
          }
          lastIsSpace = true;
        } else lastIsSpace = false;
        folded += piece;
        if (i !== lastStart + 1) keep(indexes, starts, ends, count, i, i + 1);
        lastStart = i;
        count++;
      }
      continue;
    }
    if (i !== lastStart + 1) keep(indexes, starts, ends, count, i, i + 1);
    lastStart = i;
    count++;
  }
  folded += text.slice(runStart);
  return new FoldedOffsets(folded, indexes, starts, ends);
}

/**
 * Folds a text in one regex pass that only stops at what a fold changes (about one character in fifteen of French
 * text: a capital, an accent, an apostrophe, a hyphen, a run of spaces), the regex engine reading the rest; the same
 * result as foldAnew, or undefined for a text with a character that folds to nothing (a combining mark, which lets the
 * spaces around it run together) or to a space and more, which only foldAnew follows.
 */
function foldByRegex(text: string): FoldedText | undefined {
  const indexes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // Folded length minus original length so far: where the next folded character goes.
  let shift = 0;
  let unsure = false;
  const folded = text.replace(CHANGED, (match: string, offset: number) => {
    const at = offset + shift;
    if (match.length > 1) {
      // A run of spaces is one folded space; the character after it comes from further on.
      place(indexes, starts, ends, at, offset, offset + match.length);
      if (offset + match.length < text.length) place(indexes, starts, ends, at + 1, offset + match.length, offset + match.length + 1);
      shift += 1 - match.length;
      return " ";
    }
    const code = match.charCodeAt(0);
    const kind = code < TABLE_SIZE ? KINDS[code] || kindOf(code) : PIECES;
    if (kind === OTHER) return SINGLES[code]!;
    // A lone space character: two in a row are a run, matched whole.
    if (kind === SPACE) return " ";
    if (kind === SAME) return match;
    const pieces = foldOf(match);
    if (pieces.length === 0 || pieces.includes(" ")) unsure = true;
    // « œ » → « oe »: the second piece comes from the same character.
    for (let piece = 1; piece < pieces.length; piece++) place(indexes, starts, ends, at + piece, offset, offset + 1);
    shift += pieces.length - 1;
    return pieces.join("");
  });
  return unsure ? undefined : new FoldedOffsets(folded, indexes, starts, ends);
}

/** Records where folded character `index` comes from, over what was recorded for it already. */
function place(indexes: number[], starts: number[], ends: number[], index: number, start: number, end: number): void {
  if (indexes.length > 0 && indexes[indexes.length - 1] === index) {
    starts[starts.length - 1] = start;
    ends[ends.length - 1] = end;
  } else keep(indexes, starts, ends, index, start, end);
}

/** A space folded into the previous one: that folded character now ends at `end`. */
function extendLast(indexes: number[], starts: number[], ends: number[], index: number, start: number, end: number): void {
  if (indexes.length > 0 && indexes[indexes.length - 1] === index) ends[ends.length - 1] = end;
  else keep(indexes, starts, ends, index, start, end);
}

function keep(indexes: number[], starts: number[], ends: number[], index: number, start: number, end: number): void {
  indexes.push(index);
  starts.push(start);
  ends.push(end);
}

/** How a code unit below TABLE_SIZE folds: to itself (not a space), to one other character, to a space, or to pieces (none or several). */
const SAME = 1;
const OTHER = 2;
const SPACE = 3;
const PIECES = 4;
const KINDS = new Uint8Array(TABLE_SIZE);

function kindOf(code: number): number {
  const pieces = foldOf(String.fromCharCode(code));
  const single = pieces.length === 1 && pieces[0].length === 1 ? pieces[0] : "";
  SINGLES[code] = single;
  const kind = single === "" ? PIECES : single === " " ? SPACE : single === String.fromCharCode(code) ? SAME : OTHER;
  KINDS[code] = kind;
  return kind;
}

/** For code units below TABLE_SIZE, the one character each folds to, or "" when it folds to none or several. */
const SINGLES: (string | undefined)[] = Array.from({ length: TABLE_SIZE }, () => undefined);

/**
 * What foldByRegex stops at: a run of two or more characters that fold to a space, or any one character but those of
 * Latin-1 and the common punctuation of French text (« – — “ ” … € ») that fold to themselves (a lone space among them).
 * Without the « u » flag, a character outside the Basic Multilingual Plane is read as two code units, as foldAnew
 * reads it. (A class with the whole General Punctuation block, scattered ranges, made the search twice as slow.)
 */
const CHANGED = ((): RegExp => {
  const kept = [...Array.from({ length: 0x100 }, (_, code) => String.fromCharCode(code)), ..."–—“”…€"]
    .filter((char) => char === " " || kindOf(char.charCodeAt(0)) === SAME);
  const escaped = kept.map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
  return new RegExp(`[\\s\\-\\u2010\\u2011]{2,}|[^${escaped}]`, "g");
})();

/**
 * Folds a phrase from the data the same way as a sentence, trimmed.
 *
 * « l’ambassadeur russe à Washington » → "l'ambassadeur russe a washington".
 */
export function foldPhrase(phrase: string): string {
  // Words are folded one by one around every trigger (nationality adjectives): a memo of them, apart from foldText's
  // one-sentence memo, which classifyEvent and matchActors share.
  let folded = PHRASES.get(phrase);
  if (folded === undefined) {
    folded = foldAnew(phrase).folded.trim();
    if (PHRASES.size >= 50_000) PHRASES.clear();
    PHRASES.set(phrase, folded);
  }
  return folded;
}

const PHRASES = new Map<string, string>();

/** True for a UTF-16 code unit (of a folded text) that belongs to a word; the same as isWordChar on that one unit. */
export function isWordCode(code: number): boolean {
  if (code < TABLE_SIZE) {
    const kind = WORD_CHARS[code];
    if (kind !== 0) return kind === 1;
  }
  return isWordChar(String.fromCharCode(code));
}

/** True for a folded character that belongs to a word. */
export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  if (char.length !== 1) return /[\p{L}\p{N}]/u.test(char);
  const code = char.charCodeAt(0);
  if (code >= TABLE_SIZE) {
    let isWord = RARE_WORD_CHARS.get(code);
    if (isWord === undefined) RARE_WORD_CHARS.set(code, (isWord = /[\p{L}\p{N}]/u.test(char)));
    return isWord;
  }
  let kind = WORD_CHARS[code];
  if (kind === 0) WORD_CHARS[code] = kind = /[\p{L}\p{N}]/u.test(char) ? 1 : 2;
  return kind === 1;
}
