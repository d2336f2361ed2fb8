/**
 * Words in a table of their UTF-16 code units, for looking words up while a text is read character by character:
 * no word is sliced out of the text and hashed, and a walk down the table stops at the first character no word has there.
 *
 * One row per prefix of a word, one column per character the words hold, all rows in one typed array: a few bytes per
 * child rather than an object and an array of 128 children per prefix, so that more of it stays in the processor's cache
 * between the other steps of the extraction, which push it out.
 *
 * const table = charTable(new Map([["expuls", "expulsion"]]));
 * from row 0, childRow with "e", "x", "p", "u", "l", "s" in turn reaches a row whose value is "expulsion".
 */
export interface CharTable<T> {
  /** The column of each code unit; 0 for one no word holds, whose column is empty in every row. */
  columns: Uint16Array;
  /** Columns per row. */
  width: number;
  /** By row and column, the row one code unit further; 0 (the root, nobody's child) when no word goes on with it. */
  children: Int32Array;
  /** By row, what the path from the root to it stands for, when it stands for something. */
  values: (T | undefined)[];
}

/** The table of the given words, each standing for its value. */
export function charTable<T>(words: Map<string, T>): CharTable<T> {
  const columns = new Uint16Array(0x10000);
  let width = 1;
  for (const word of words.keys()) {
    for (let at = 0; at < word.length; at++) if (columns[word.charCodeAt(at)] === 0) columns[word.charCodeAt(at)] = width++;
  }
  const children: number[] = new Array<number>(width).fill(0);
  const values: (T | undefined)[] = [undefined];
  for (const [word, value] of words) {
    let row = 0;
    for (let at = 0; at < word.length; at++) {
      const cell = row * width + columns[word.charCodeAt(at)];
      if (children[cell] === 0) {
        children[cell] = values.length;
        values.push(undefined);
        for (let column = 0; column < width; column++) children.push(0);
      }
      row = children[cell];
    }
    values[row] = value;
  }
  return { columns, width, children: Int32Array.from(children), values };
}

/** The row one code unit further than `row`, or 0 when no word goes on with it. */
export function childRow<T>(table: CharTable<T>, row: number, code: number): number {
  return table.children[row * table.width + table.columns[code]];
}
