import { once } from "node:events";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import type { EventRecord } from "../types.ts";
import type { SiteInfo } from "./configure-site.ts";
import type { BaseSite } from "./previous-build.ts";
import { eventsToWrite, givenEvents, givenMask, writeOrKeepExports, type GivenEvents } from "./write-exports.ts";
import type { Timeline } from "./timeline-view.ts";
import { runAside, startAside, type Aside } from "./run-aside.ts";

interface ExportsTask {
  timeline: { count: number; updated: string };
  /** Which events the worker is given (see eventsToWrite), 1 for given: it asks for them a batch at a time on `port`. */
  given: Uint8Array;
  port: MessagePort;
  site: SiteInfo;
  output: string;
  reuse: { fingerprint?: string; prints?: string[]; base?: BaseSite };
}

type ExportsResult = Awaited<ReturnType<typeof writeOrKeepExports>>;

type WrittenExports = Exclude<ExportsResult, "incomplete">;

export type ExportsWriter = Aside<ExportsTask, ExportsResult>;

/** Writes or keeps the exports; the task a worker thread runs (see writeOrKeepExportsAside). (I/O) */
export default async function writeExportsTask({ timeline, given, port, site, output, reuse }: ExportsTask): Promise<ExportsResult> {
  try {
    return await writeOrKeepExports(timeline, site, output, askedFor(port, given), reuse);
  } finally {
    port.close();
  }
}

/** Events asked for on `port` a batch at a time, the next one asked for as soon as one arrives. */
function askedFor(port: MessagePort, given: Uint8Array): GivenEvents {
  const ask = () => {
    const reply = once(port, "message").then(([batch]) => batch as EventRecord[]);
    port.postMessage("next");
    return reply;
  };
  let coming: Promise<EventRecord[]> | undefined;
  return {
    given,
    next: async () => {
      const batch = await (coming ?? ask());
      coming = batch.length > 0 ? ask() : undefined;
      return batch;
    },
  };
}

/** Events handed to the exports' thread at a time: about 2.5 MB of records. */
const BATCH = 1000;

/** Starts the worker thread of writeOrKeepExportsAside ahead of its task. (I/O) */
export function startExportsWriter(): ExportsWriter {
  return startAside(import.meta.url);
}

/**
 * writeOrKeepExports on a worker thread, `started` ahead or of its own: the exports are seconds of string building at
 * archive scale, which the main thread spends on the pages meanwhile. The worker gets a copy of the events it cannot
 * copy or keep from the base site, a batch at a time as it asks for them, and of the base site's records only what
 * concerns the exports. Should the base site's files turn out unusable, the main thread writes them. (I/O)
 */
export async function writeOrKeepExportsAside(timeline: Pick<Timeline, "events" | "updated">, site: SiteInfo, output: string, reuse: ExportsTask["reuse"], started?: ExportsWriter): Promise<WrittenExports> {
  const exportsOnly = (record: BaseSite["inPlace"]) => record && { pages: {}, exports: record.exports, exportLayout: record.exportLayout };
  const base = reuse.base && {
    inPlace: exportsOnly(reuse.base.inPlace),
    live: reuse.base.live && { dir: reuse.base.live.dir, record: exportsOnly(reuse.base.live.record)! },
  };
  const events = eventsToWrite(timeline, site, reuse);
  const given = events.filter((event): event is EventRecord => event !== undefined);
  const { port1: batches, port2: port } = new MessageChannel();
  let handed = 0;
  batches.on("message", () => {
    batches.postMessage(given.slice(handed, handed + BATCH));
    handed += BATCH;
  });
  const count = timeline.events.length;
  const task = { timeline: { count, updated: timeline.updated }, given: givenMask(events), port, site, output, reuse: { fingerprint: reuse.fingerprint, prints: reuse.prints, base } };
  const written = await runAside(import.meta.url, task, started, [port]).finally(() => batches.close());
  if (written !== "incomplete") return written;
  const again = await writeOrKeepExports({ count, updated: timeline.updated }, site, output, givenEvents(timeline.events), reuse);
  if (again === "incomplete") throw new Error("the exports were written with every event and still lack some");
  return again;
}
