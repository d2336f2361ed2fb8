/**
 * A tree of words by their UTF-16 code units, for looking words up while a text is read character by character:
 * no word is sliced out of the text and hashed, and a walk down the tree stops at the first character no word has there.
 *
 * const tree = charTree<string>(); pathOf(tree, "expuls").value = "expulsion";
 * walking "e", "x", "p", "u", "l", "s" from the root with childOf reaches that node.
 */
export interface CharTree<T> {
  /** What the path from the root to this node stands for, when it stands for something. */
  value?: T;
  /** Children by code unit: ASCII ones in an array, the others in a map. */
  ascii: (CharTree<T> | undefined)[];
  other?: Map<number, CharTree<T>>;
}

export function charTree<T>(): CharTree<T> {
  // A packed array (not one with holes), which V8 reads quickest.
  return { ascii: Array.from({ length: 128 }, (): CharTree<T> | undefined => undefined) };
}

/** The node one code unit further, or undefined when no word goes on with it. */
export function childOf<T>(node: CharTree<T>, code: number): CharTree<T> | undefined {
  return code < 128 ? node.ascii[code] : node.other?.get(code);
}

/** The node of `text` below `node`, made on the way when missing. */
export function pathOf<T>(node: CharTree<T>, text: string): CharTree<T> {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    let child = childOf(node, code);
    if (!child) {
      child = charTree<T>();
      if (code < 128) node.ascii[code] = child;
      else (node.other ??= new Map()).set(code, child);
    }
    node = child;
  }
  return node;
}
