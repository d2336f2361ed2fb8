/** Reads an inline ISO-TimeML document (French TimeBank style): the creation date, the plain text and its timexes. */
import type { Timex, TimexType } from "../../types.ts";

export interface TimemlDocument {
  /** The value of the creation-time TIMEX3 in <DCT>: "1999-05-17". */
  dct: string;
  /** The content of <TEXT> with every tag removed and entities decoded; gold offsets point into it. */
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decode(match[1] ?? match[2] ?? "") : undefined;
}

/**
 * Parses a TimeML file's content; throws an Error naming what is missing when there is no DCT or no TEXT.
 * `<TEXT>Il est venu <TIMEX3 tid="t2" type="DATE" value="2016-12-30">hier</TIMEX3>.</TEXT>` → text "Il est venu hier.", one timex at 12–16.
 */
export function parseTimeml(content: string): TimemlDocument {
  const dctTag = /<DCT>\s*(<TIMEX3\b[^>]*>)/i.exec(content);
  const dct = dctTag ? attribute(dctTag[1], "value") : undefined;
  if (!dct) throw new Error("no <DCT><TIMEX3 value=…/> creation date");
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/i.exec(content);
  if (!body) throw new Error("no <TEXT>…</TEXT> element");
  let text = "";
  const timexes: Timex[] = [];
  const open: { start: number; type: TimexType; value: string }[] = [];
  for (const piece of body[1].split(/(<[^>]*>)/)) {
    if (!piece.startsWith("<")) {
      text += decode(piece);
      continue;
    }
    if (/^<TIMEX3\b/i.test(piece)) {
      const type = (attribute(piece, "type") ?? "DATE") as TimexType;
      const value = attribute(piece, "value") ?? "";
      if (piece.endsWith("/>")) continue;
      open.push({ start: text.length, type, value });
    } else if (/^<\/TIMEX3/i.test(piece)) {
      const started = open.pop();
      if (started) timexes.push({ start: started.start, end: text.length, text: text.slice(started.start), type: started.type, value: started.value });
    }
  }
  return { dct, text, timexes: timexes.sort((a, b) => a.start - b.start) };
}
