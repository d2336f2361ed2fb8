/** Per UTF-16 code unit: 1 for white space (\s, what trim removes), 2 for anything else, 0 before first sight. */
const SPACES = new Uint8Array(0x10000);

/** True for a code unit of white space, as \s reads it. */
export function isSpace(code: number): boolean {
  let kind = SPACES[code];
  if (kind === 0) SPACES[code] = kind = /\s/.test(String.fromCharCode(code)) ? 1 : 2;
  return kind === 1;
}
