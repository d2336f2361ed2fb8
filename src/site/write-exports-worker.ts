import type { EventRecord } from "../types.ts";
import type { SiteInfo } from "./configure-site.ts";
import type { BaseSite } from "./previous-build.ts";
import { eventsToWrite, writeOrKeepExports } from "./write-exports.ts";
import type { Timeline } from "./timeline-view.ts";
import { runAside, startAside, type Aside } from "./run-aside.ts";

interface ExportsTask {
  /** The events the worker must write, in place, the others undefined (see eventsToWrite). */
  timeline: { events: (EventRecord | undefined)[]; updated: string };
  site: SiteInfo;
  output: string;
  reuse: { fingerprint?: string; prints?: string[]; base?: BaseSite };
}

type ExportsResult = Awaited<ReturnType<typeof writeOrKeepExports>>;

type WrittenExports = Exclude<ExportsResult, "incomplete">;

export type ExportsWriter = Aside<ExportsTask, ExportsResult>;

/** Writes or keeps the exports; the task a worker thread runs (see writeOrKeepExportsAside). (I/O) */
export default function writeExportsTask({ timeline, site, output, reuse }: ExportsTask): Promise<ExportsResult> {
  return writeOrKeepExports(timeline, site, output, reuse);
}

/** Starts the worker thread of writeOrKeepExportsAside ahead of its task. (I/O) */
export function startExportsWriter(): ExportsWriter {
  return startAside(import.meta.url);
}

/**
 * writeOrKeepExports on a worker thread, `started` ahead or of its own: the exports are seconds of string building at
 * archive scale, which the main thread spends on the pages meanwhile. The worker gets a copy of the events it cannot
 * copy or keep from the base site, and of the base site's records only what concerns the exports. Should the base
 * site's files turn out unusable, the main thread writes them. (I/O)
 */
export async function writeOrKeepExportsAside(timeline: Pick<Timeline, "events" | "updated">, site: SiteInfo, output: string, reuse: ExportsTask["reuse"], started?: ExportsWriter): Promise<WrittenExports> {
  const exportsOnly = (record: BaseSite["inPlace"]) => record && { pages: {}, exports: record.exports, exportLayout: record.exportLayout };
  const base = reuse.base && {
    inPlace: exportsOnly(reuse.base.inPlace),
    live: reuse.base.live && { dir: reuse.base.live.dir, record: exportsOnly(reuse.base.live.record)! },
  };
  const events = eventsToWrite(timeline, site, reuse);
  const written = await runAside(import.meta.url, { timeline: { events, updated: timeline.updated }, site, output, reuse: { fingerprint: reuse.fingerprint, prints: reuse.prints, base } }, started);
  if (written !== "incomplete") return written;
  const again = await writeOrKeepExports(timeline, site, output, reuse);
  if (again === "incomplete") throw new Error("the exports were written with every event and still lack some");
  return again;
}
