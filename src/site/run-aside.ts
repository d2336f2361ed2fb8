/**
 * Runs the default export of the module at `url` with `task` on a worker thread of its own, and returns its result:
 * work that would otherwise wait for the main thread's synchronous rendering, or take its time. (I/O)
 */
export async function runAside<T>(url: string, task: unknown): Promise<T> {
  // Imported here, not at the top: the worker modules import this one, and Piscina loaded in a worker takes it over.
  const { Piscina } = await import("piscina");
  const pool = new Piscina({ filename: url, minThreads: 1, maxThreads: 1 });
  try {
    return (await pool.run(task)) as T;
  } finally {
    await pool.destroy();
  }
}
