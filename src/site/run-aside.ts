import type { TransferListItem } from "node:worker_threads";

/** A worker thread started ahead of its one task: loading its code overlaps the work that prepares the task. */
export interface Aside<Task, Result> {
  /** Runs the task; `transfer` lists what it holds that moves to the thread instead of being copied (a MessagePort). */
  run(task: Task, transfer?: TransferListItem[]): Promise<Result>;
  /** Stops the thread, if its task has not already; a thread never given its task is stopped too. */
  close(): Promise<void>;
}

/**
 * Starts a worker thread that loads the module at `url` and waits to run its default export on one task; the thread
 * stops once the task is done, so that what it held is freed while the build goes on. (I/O)
 */
export function startAside<Task, Result>(url: string): Aside<Task, Result> {
  // Imported here, not at the top: the worker modules import this one, and Piscina loaded in a worker takes it over.
  const pool = import("piscina").then(({ Piscina }) => new Piscina({ filename: url, minThreads: 1, maxThreads: 1 }));
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= pool.then((started) => started.destroy()));
  return {
    run: async (task, transfer) => {
      try {
        return (await (await pool).run(task, { transferList: transfer })) as Result;
      } finally {
        await close();
      }
    },
    close,
  };
}

/**
 * Runs the default export of the module at `url` with `task` on a worker thread, `started` ahead or of its own, and
 * returns its result: work that would otherwise wait for the main thread's synchronous rendering, or take its time. (I/O)
 */
export function runAside<Task, Result>(url: string, task: Task, started?: Aside<Task, Result>, transfer?: TransferListItem[]): Promise<Result> {
  return (started ?? startAside<Task, Result>(url)).run(task, transfer);
}
