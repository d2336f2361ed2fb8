import type { EventRecord } from "../types.ts";
import type { SiteInfo } from "./configure-site.ts";
import type { BaseSite } from "./previous-build.ts";
import { writeOrKeepExports } from "./write-exports.ts";
import { runAside, startAside, type Aside } from "./run-aside.ts";

interface ExportsTask {
  timeline: { events: EventRecord[]; updated: string };
  site: SiteInfo;
  output: string;
  reuse: { fingerprint?: string; prints?: string[]; base?: BaseSite };
}

type ExportsResult = Awaited<ReturnType<typeof writeOrKeepExports>>;

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
 * archive scale, which the main thread spends on the pages meanwhile. The worker gets a copy of the events, and of the
 * base site's records only what concerns the exports. (I/O)
 */
export function writeOrKeepExportsAside(timeline: ExportsTask["timeline"], site: SiteInfo, output: string, reuse: ExportsTask["reuse"], started?: ExportsWriter): Promise<ExportsResult> {
  const exportsOnly = (record: BaseSite["inPlace"]) => record && { pages: {}, exports: record.exports, exportLayout: record.exportLayout };
  const base = reuse.base && {
    inPlace: exportsOnly(reuse.base.inPlace),
    live: reuse.base.live && { dir: reuse.base.live.dir, record: exportsOnly(reuse.base.live.record)! },
  };
  return runAside(import.meta.url, { timeline: { events: timeline.events, updated: timeline.updated }, site, output, reuse: { fingerprint: reuse.fingerprint, prints: reuse.prints, base } }, started);
}
