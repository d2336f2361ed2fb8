/** A worker thread started ahead of its one task: loading its code overlaps the work that prepares the task. */
export interface Aside<Task, Result> {
  run(task: Task): Promise<Result>;
  /** Stops the thread; a thread never given its task is stopped too. */
  close(): Promise<void>;
}

/** Starts a worker thread that loads the module at `url` and waits to run its default export on one task. (I/O) */
export function startAside<Task, Result>(url: string): Aside<Task, Result> {
  // Imported here, not at the top: the worker modules import this one, and Piscina loaded in a worker takes it over.
  const pool = import("piscina").then(({ Piscina }) => new Piscina({ filename: url, minThreads: 1, maxThreads: 1 }));
  return {
    run: async (task) => (await (await pool).run(task)) as Result,
    close: async () => (await pool).destroy(),
  };
}

/**
 * Runs the default export of the module at `url` with `task` on a worker thread, `started` ahead or of its own, and
 * returns its result: work that would otherwise wait for the main thread's synchronous rendering, or take its time.
 * A thread of its own is stopped once done; a started one is for its owner to close. (I/O)
 */
export async function runAside<Task, Result>(url: string, task: Task, started?: Aside<Task, Result>): Promise<Result> {
  const aside = started ?? startAside<Task, Result>(url);
  try {
    return await aside.run(task);
  } finally {
    if (!started) await aside.close();
  }
}
