/**
 * Runs `work` on every item, `size` at a time: the items of a batch overlap (their I/O or their messages to another
 * process), and a batch starts when the one before has finished, so no queue is flooded. Results keep the items' order.
 */
export async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  return results;
}
