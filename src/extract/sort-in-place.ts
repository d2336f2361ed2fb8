/**
 * Sorts a list in place and returns it, in the order Array.prototype.sort gives (a stable sort) for a consistent
 * comparison, as all of ours are (differences of whole numbers). A short list is sorted by insertion: the lists sorted
 * for each sentence hold a few items, and the built-in sort's setting up costs more than sorting them.
 *
 * sortInPlace([3, 1, 2], (a, b) => a - b) → [1, 2, 3]
 */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > 16) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let j = i - 1;
    while (j >= 0 && compare(list[j], item) > 0) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}
