/**
 * How far around its start a match of a regular expression can read, for searching a text only near the words every
 * match holds. Counted in UTF-16 code units, as the length `fixed + spaces × S + digits × D`, where S and D are the
 * longest runs of white space and of digits in the text searched: « \s+ » and « \d+ » are the only unbounded
 * repetitions it bounds.
 *
 * « (?<![\p{L}])le\s+(\d{1,2})(?!\d) » → { fixed: 7, spaces: 1, digits: 0 }: 2 read before (a letter may take two code units), « le », a space run, two digits, one read after.
 */
export interface Reach {
  fixed: number;
  spaces: number;
  digits: number;
}

/**
 * The reach of a pattern (source of a regex with the u flag): every match, and every character its look-arounds and
 * assertions read, lies within that many code units of where the match starts, on either side. null when the pattern
 * repeats without bound something other than white space or digits, or uses syntax this reader does not know.
 */
export function reachOf(pattern: string): Reach | null {
  const reader = readPattern(pattern);
  return reader && !reader.unbounded ? reader.reach : null;
}

/**
 * For a pattern of unbounded reach, what still bounds its matches: the characters none of them can hold (of a list of
 * punctuation and line breaks), so that a match lies between two of them, and how far around what it matches its
 * look-arounds and assertions read. null when the look-arounds' reach is unbounded, or no character of the list is
 * left out.
 *
 * « (?<![\p{L}])([IVX]+)e\s+siècle(?![\p{L}]) » → every match lies between two of « . , ; : ! ? … », reading 4 code units around.
 */
export function segmentOf(pattern: string): { breakers: string[]; looks: Reach } | null {
  const reader = readPattern(pattern);
  if (!reader || reader.unboundedLook) return null;
  const atoms = [...new Set(reader.atoms)].map((atom) => new RegExp(`^(?:${atom})$`, "iu"));
  const breakers = [...BREAKER_CANDIDATES].filter((char) => !atoms.some((atom) => atom.test(char)));
  return breakers.length > 0 ? { breakers, looks: reader.looks } : null;
}

/** Characters that often separate the stretches of a text a match can lie in. */
const BREAKER_CANDIDATES = ".,;:!?…«»\"“”()[]{}/\\|*#%&+=<>@~^$€£\n\r\t";

function readPattern(pattern: string): PatternReader | null {
  try {
    const reader = new PatternReader(pattern);
    reader.reach = reader.alternatives();
    return reader.at === pattern.length ? reader : null;
  } catch {
    return null;
  }
}

/** The longest span, in code units, that a text's match of a pattern with this reach can cover or read. */
export function spanOf(reach: Reach, longestSpaces: number, longestDigits: number): number {
  return reach.fixed + reach.spaces * longestSpaces + reach.digits * longestDigits;
}

const NONE: Reach = { fixed: 0, spaces: 0, digits: 0 };
/** One character that may lie outside the Basic Multilingual Plane (a class with \p{…}, a negated class, « . »). */
const WIDE: Reach = { fixed: 2, spaces: 0, digits: 0 };
const NARROW: Reach = { fixed: 1, spaces: 0, digits: 0 };
/** What \s, \d match: characters of the Basic Multilingual Plane, and the runs an unbounded repetition of them can take. */
const SPACE = "space";
const DIGIT = "digit";

function plus(a: Reach, b: Reach): Reach {
  return { fixed: a.fixed + b.fixed, spaces: a.spaces + b.spaces, digits: a.digits + b.digits };
}

function most(a: Reach, b: Reach): Reach {
  return { fixed: Math.max(a.fixed, b.fixed), spaces: Math.max(a.spaces, b.spaces), digits: Math.max(a.digits, b.digits) };
}

function times(a: Reach, count: number): Reach {
  return { fixed: a.fixed * count, spaces: a.spaces * count, digits: a.digits * count };
}

class Unsupported extends Error {}

/** A recursive-descent reader of the regular expression syntax the temporal rules use. */
class PatternReader {
  at = 0;
  reach: Reach = NONE;
  /** Set when the pattern repeats without bound something other than white space or digits. */
  unbounded = false;
  /** Set when a look-around does. */
  unboundedLook = false;
  /** The sources of the atoms a match consumes (not those inside look-arounds). */
  readonly atoms: string[] = [];
  /** What the look-arounds and assertions read, look-around by look-around, as if they were matched. */
  looks: Reach = NONE;
  /** Reach of each capturing group, by number, for back-references. */
  private readonly groups: Reach[] = [];
  /** How many look-arounds hold the place being read. */
  private lookDepth = 0;

  constructor(private readonly source: string) {}

  alternatives(): Reach {
    let reach = this.sequence();
    while (this.source[this.at] === "|") {
      this.at++;
      reach = most(reach, this.sequence());
    }
    return reach;
  }

  private sequence(): Reach {
    let reach = NONE;
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      const from = this.at;
      const { reach: atom, kind, consumes } = this.atom();
      if (consumes && this.lookDepth === 0) this.atoms.push(this.source.slice(from, this.at));
      reach = plus(reach, this.quantified(atom, kind));
    }
    return reach;
  }

  /** Applies the quantifier after an atom, if any. */
  private quantified(atom: Reach, kind: string | undefined): Reach {
    const char = this.source[this.at];
    let reach: Reach;
    if (char === "?") {
      this.at++;
      reach = atom;
    } else if (char === "*" || char === "+") {
      this.at++;
      reach = this.unboundedRun(atom, kind);
    } else if (char === "{") {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!bounds) throw new Unsupported("brace");
      this.at += bounds[0].length;
      if (bounds[2] !== undefined && bounds[3] === "") reach = this.unboundedRun(atom, kind);
      else reach = times(atom, Number(bounds[3] ?? bounds[1]));
    } else return atom;
    if (this.source[this.at] === "?") this.at++;
    return reach;
  }

  /** The reach of an unbounded repetition: a run of white space or of digits, else unbounded. */
  private unboundedRun(atom: Reach, kind: string | undefined): Reach {
    if (kind === SPACE) return { fixed: 0, spaces: 1, digits: 0 };
    if (kind === DIGIT) return { fixed: 0, spaces: 0, digits: 1 };
    if (this.lookDepth > 0) this.unboundedLook = true;
    else this.unbounded = true;
    return atom;
  }

  /** Reads one atom; `consumes` when it is a character, a class or an escape that matches one (not a group or an assertion). */
  private atom(): { reach: Reach; kind?: string; consumes?: boolean } {
    const char = this.source[this.at];
    if (char === "(") return { reach: this.group() };
    if (char === "[") return { ...this.characterClass(), consumes: true };
    if (char === "\\") return this.escape();
    if (char === "^" || char === "$") {
      this.at++;
      return { reach: this.assertion(WIDE) };
    }
    if (char === ".") {
      this.at++;
      return { reach: WIDE, consumes: true };
    }
    if (char === "*" || char === "+" || char === "?" || char === "{" || char === "}" || char === "]") throw new Unsupported(char);
    const code = this.source.codePointAt(this.at)!;
    this.at += code > 0xffff ? 2 : 1;
    return { reach: code > 0xffff ? WIDE : NARROW, consumes: true };
  }

  /** An assertion or a look-around reads that much; outside any look-around, it adds to what the pattern's look-arounds read. */
  private assertion(reach: Reach): Reach {
    if (this.lookDepth === 0) this.looks = plus(this.looks, reach);
    return reach;
  }

  /** A group; a look-around counts in full, as if it were matched, for what it reads. */
  private group(): Reach {
    const rest = this.source.slice(this.at);
    const opening = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(rest)![0];
    const capturing = opening === "(" || /^\(\?<[A-Za-z_$]/.test(opening) && !/^\(\?<[=!]/.test(opening);
    const look = /^\(\?(?:=|!|<=|<!)$/.test(opening);
    const number = capturing ? this.groups.push(NONE) - 1 : -1;
    this.at += opening.length;
    if (look) this.lookDepth++;
    const reach = this.alternatives();
    if (look) this.lookDepth--;
    if (this.source[this.at] !== ")") throw new Unsupported("unclosed group");
    this.at++;
    if (number >= 0) this.groups[number] = reach;
    return look ? this.assertion(reach) : reach;
  }

  private characterClass(): { reach: Reach; kind?: string } {
    const start = this.at;
    this.at++;
    const negated = this.source[this.at] === "^";
    let wide = negated;
    const members: string[] = [];
    while (this.at < this.source.length && this.source[this.at] !== "]") {
      if (this.source[this.at] === "\\") {
        const next = this.source[this.at + 1];
        if (next === "p" || next === "P") {
          const close = this.source.indexOf("}", this.at);
          if (close < 0) throw new Unsupported("property");
          this.at = close + 1;
          wide = true;
          members.push("other");
          continue;
        }
        if (next === "S" || next === "W" || next === "D" || next === "u" || next === "x") wide = true;
        members.push(next === "s" ? SPACE : next === "d" ? DIGIT : "other");
        this.at += 2;
        continue;
      }
      const code = this.source.codePointAt(this.at)!;
      if (code > 0xffff) wide = true;
      members.push("other");
      this.at += code > 0xffff ? 2 : 1;
    }
    if (this.source[this.at] !== "]") throw new Unsupported(`class at ${start}`);
    this.at++;
    const only = !negated && members.length > 0 && members.every((member) => member === members[0]) ? members[0] : undefined;
    return { reach: wide ? WIDE : NARROW, kind: only === SPACE || only === DIGIT ? only : undefined };
  }

  private escape(): { reach: Reach; kind?: string; consumes?: boolean } {
    const next = this.source[this.at + 1];
    if (next === undefined) throw new Unsupported("trailing backslash");
    if (next === "p" || next === "P") {
      const close = this.source.indexOf("}", this.at);
      if (close < 0) throw new Unsupported("property");
      this.at = close + 1;
      return { reach: WIDE, consumes: true };
    }
    this.at += 2;
    if (next === "s") return { reach: NARROW, kind: SPACE, consumes: true };
    if (next === "d") return { reach: NARROW, kind: DIGIT, consumes: true };
    // \b and \B read one character on each side of where they stand.
    if (next === "b" || next === "B") return { reach: this.assertion(times(WIDE, 2)) };
    if (/[1-9]/.test(next)) {
      const digits = /^\d*/.exec(this.source.slice(this.at))![0];
      this.at += digits.length;
      const group = this.groups[Number(next + digits) - 1];
      if (!group) throw new Unsupported("back-reference");
      return { reach: group };
    }
    if (next === "k" || next === "u" || next === "x" || next === "c") throw new Unsupported(`\\${next}`);
    return { reach: next === "S" || next === "W" || next === "D" ? WIDE : NARROW, consumes: true };
  }
}
