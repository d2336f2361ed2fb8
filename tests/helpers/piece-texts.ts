/** Every text made of up to `count` of the pieces, in order, the empty one first: for exhaustive checks of a scanner. */
export function pieceTexts(pieces: string[], count: number): string[] {
  const texts = [""];
  let level = [""];
  for (let size = 1; size <= count; size++) {
    level = level.flatMap((text) => pieces.map((piece) => text + piece));
    for (const text of level) texts.push(text);
  }
  return texts;
}
