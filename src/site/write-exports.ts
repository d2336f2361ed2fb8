import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { EventRecord } from "../types.ts";
import type { Timeline } from "./timeline-view.ts";
import type { SiteInfo } from "./configure-site.ts";
import { inRecordOrder } from "./timeline-view.ts";
import { prettyJsonFormat } from "./pretty-json.ts";
import { timelineJsFormat } from "./timeline-js.ts";
import { eventsCsvFormat } from "./events-csv.ts";
import { eventsIcsFormat } from "./events-ics.ts";
import type { ExportFormat } from "./export-format.ts";
import { keepFiles, type BaseSite } from "./previous-build.ts";

/** The export files, at the root of the site. */
export const EXPORT_FILES = ["events.json", "timeline.json", "events.csv", "events.ics"] as const;

type ExportFile = (typeof EXPORT_FILES)[number];

/**
 * The data exports of the chronology: events.json (the records), timeline.json (TimelineJS3), events.csv and
 * events.ics. At archive scale they are tens of megabytes each.
 */
function exportFormats(timeline: Pick<Timeline, "updated">, site: SiteInfo): Record<ExportFile, ExportFormat<EventRecord>> {
  return {
    "events.json": prettyJsonFormat({}, "events", inRecordOrder),
    "timeline.json": timelineJsFormat(site),
    "events.csv": eventsCsvFormat(site.url),
    "events.ics": eventsIcsFormat(site, timeline.updated),
  };
}

/**
 * Where each event's fragment lies in the export files of a build: what the next build copies the fragments of
 * unchanged events from. An event whose page has the same fingerprint has the same fragments (the page's fingerprint
 * hashes the event with the site's settings and code), in a file of the same context.
 */
export interface ExportLayout {
  /** The fingerprints of the events' pages, in the events' order. */
  prints: string[];
  /** Per file: its format's context, the head's size in bytes, each fragment's, and the file's. */
  files: Record<string, { context: string; head: number; sizes: number[]; bytes: number }>;
}

/** The exports of the previous build, whose fragments can be copied. */
export interface PreviousExports {
  dir: string;
  layout: ExportLayout;
}

/**
 * Writes the exports; with the events' page fingerprints (`prints`, in the events' order), returns where each event's
 * fragments lie, and copies from `previous` the fragments of the events it already wrote. Each file is streamed: a
 * fragment or a copied run of them at a time. An event left out (undefined) must be one it can copy: otherwise it
 * writes nothing and says "incomplete". (I/O)
 */
export async function writeExports(
  timeline: { events: (EventRecord | undefined)[]; updated: string }, site: SiteInfo, output: string, prints?: string[], previous?: PreviousExports,
): Promise<ExportLayout | undefined | "incomplete"> {
  const formats = exportFormats(timeline, site);
  // Where each event stood in the previous files, by fingerprint.
  const before = previous && prints ? new Map(previous.layout.prints.map((print, at) => [print, at])) : undefined;
  const oldIndex = before ? Int32Array.from(prints!, (print) => before.get(print) ?? -1) : undefined;
  const sources = await Promise.all(EXPORT_FILES.map(async (file) => {
    const old = previous?.layout.files[file];
    if (!oldIndex || !old || old.context !== (formats[file].context ?? "")) return undefined;
    const handle = await openUnchanged(path.join(previous!.dir, file), old.bytes);
    return handle && { handle, file: path.join(previous!.dir, file), at: oldIndex, ...old };
  }));
  try {
    const missing = (source: FragmentSource | undefined) => timeline.events.some((event, at) => event === undefined && !(source && source.at[at] >= 0));
    if (sources.some(missing)) return "incomplete";
    await fs.mkdir(output, { recursive: true });
    const files = await Promise.all(EXPORT_FILES.map((file, at) => writeExport(path.join(output, file), formats[file], timeline.events, sources[at])));
    if (!prints) return undefined;
    return { prints, files: Object.fromEntries(EXPORT_FILES.map((file, at) => [file, { context: formats[file].context ?? "", ...files[at] }])) };
  } finally {
    await Promise.all(sources.map((source) => source?.handle.close()));
  }
}

/**
 * The events a writer of the exports must be given, in place, the others undefined: none when the base site's exports
 * are kept as they are, those the live site's files lack when it can copy from them, else all. Handing 43 000 events
 * to the exports' thread took a quarter of a second of the main thread. Pure.
 */
export function eventsToWrite(
  timeline: Pick<Timeline, "events" | "updated">, site: SiteInfo, reuse: { fingerprint?: string; prints?: string[]; base?: BaseSite },
): (EventRecord | undefined)[] {
  const { fingerprint, prints, base } = reuse;
  if (!base || !prints || fingerprint === undefined) return timeline.events;
  if ([base.inPlace, base.live?.record].some((record) => record?.exports === fingerprint)) return timeline.events.map(() => undefined);
  const layout = base.live?.record.exportLayout;
  const formats = exportFormats(timeline, site);
  if (!layout || EXPORT_FILES.some((file) => layout.files[file]?.context !== (formats[file].context ?? ""))) return timeline.events;
  const known = new Set(layout.prints);
  return timeline.events.map((event, at) => (known.has(prints[at]) ? undefined : event));
}

/**
 * The exports' fingerprint: the chronology's date and the fingerprints of the event pages, in the events' order, which
 * hash each event with the site's settings, the templates and the site's code (see page-fingerprints.ts). Hashing the
 * events again took a quarter of a second at 10 000 articles. Pure.
 */
export function exportsFingerprint(eventPagePrints: string[], updated: string): string {
  const hash = createHash("sha256").update(`exports ${updated}\n`);
  for (const print of eventPagePrints) hash.update(`${print}\n`);
  return hash.digest("hex");
}

/**
 * Keeps the exports from the base site when `reuse.fingerprint` (see exportsFingerprint) is the one recorded there, or
 * writes them, copying what it can from the live site's files. Returns the fingerprint and where the events' fragments
 * lie, none when no record of the build will be kept. (I/O)
 */
export async function writeOrKeepExports(
  timeline: { events: (EventRecord | undefined)[]; updated: string }, site: SiteInfo, output: string,
  reuse: { fingerprint?: string; prints?: string[]; base?: BaseSite },
): Promise<{ fingerprint?: string; layout?: ExportLayout } | "incomplete"> {
  const { fingerprint, base } = reuse;
  const unchanged = (record: { exports?: string }) => record.exports === fingerprint;
  if (base && fingerprint !== undefined && (await keepFiles(EXPORT_FILES, base, output, unchanged))) {
    return { fingerprint, layout: [base.inPlace, base.live?.record].find((record) => record && unchanged(record))?.exportLayout };
  }
  const live = base?.live?.record.exportLayout && { dir: base.live.dir, layout: base.live.record.exportLayout };
  const layout = await writeExports(timeline, site, output, reuse.prints, live);
  return layout === "incomplete" ? layout : { fingerprint, layout };
}

/** An export file of the previous build, open: its path, where each new event stood in it (-1: a new one), its layout. */
interface FragmentSource {
  handle: fs.FileHandle;
  file: string;
  at: Int32Array;
  head: number;
  sizes: number[];
  bytes: number;
}

/**
 * Writes one export file: its head, each event's fragment, written or copied from `source` (consecutive ones in one
 * read), and its tail. Returns the sizes in bytes of the head, of each fragment and of the file. (I/O)
 */
async function writeExport(file: string, format: ExportFormat<EventRecord>, events: (EventRecord | undefined)[], source?: FragmentSource): Promise<{ head: number; sizes: number[]; bytes: number }> {
  const from = source?.handle;
  // A new file ("wx"), never one opened in place: a file hard-linked from the live site must not be written through.
  const out = new BufferedFile(await fs.open(file, "wx"));
  try {
    if (events.length === 0) {
      const bytes = await out.text(format.empty ?? format.head + format.tail);
      await out.flush();
      return { head: bytes, sizes: [], bytes };
    }
    const head = await out.text(format.head);
    const sizes = new Array<number>(events.length);
    const starts = from ? fragmentStarts(source!.head, source!.sizes, Buffer.byteLength(format.separator)) : undefined;
    for (let index = 0; index < events.length;) {
      if (index > 0) await out.text(format.separator);
      const old = from ? source!.at[index] : -1;
      if (old < 0) {
        sizes[index] = await out.text(format.item(events[index]!));
        index++;
        continue;
      }
      // Events that followed each other in the previous file still do: one copy, the separators between them included.
      let last = old;
      sizes[index++] = source!.sizes[old];
      while (index < events.length && source!.at[index] === last + 1) sizes[index++] = source!.sizes[++last];
      await out.copy(from!, starts![old], starts![last] + source!.sizes[last] - starts![old], source!.file);
    }
    await out.text(format.tail);
    await out.flush();
    return { head, sizes, bytes: out.written };
  } finally {
    await out.close();
  }
}

/** Opens the file for reading if it still has the size its layout gives; a file changed or gone is no source. (I/O) */
async function openUnchanged(file: string, bytes: number): Promise<fs.FileHandle | undefined> {
  const handle = await fs.open(file, "r").catch(() => undefined);
  if (handle && (await handle.stat()).size === bytes) return handle;
  await handle?.close();
  return undefined;
}

/** Where each fragment starts in a file: after the head, each one after the previous and a separator. */
function fragmentStarts(head: number, sizes: number[], separator: number): Float64Array {
  const starts = new Float64Array(sizes.length);
  for (let index = 0, at = head; index < sizes.length; at += sizes[index++] + separator) starts[index] = at;
  return starts;
}

/**
 * A file written through a buffer: text encoded as UTF-8 straight into it, copies read straight into it; no joined
 * string, no buffer for each write. Formats give whole lines or records, so no text ends inside a surrogate pair.
 */
class BufferedFile {
  private readonly buffer = Buffer.allocUnsafe(WRITE_BUFFER);
  private used = 0;
  /** Bytes written so far. */
  written = 0;

  constructor(private readonly handle: fs.FileHandle) {}

  /** Writes `text`; returns its size in bytes. */
  async text(text: string): Promise<number> {
    // A UTF-16 unit is at most three octets of UTF-8: the text surely fits, or the buffer is written first.
    if (this.used + text.length * 3 > this.buffer.length) {
      await this.flush();
      if (text.length * 3 > this.buffer.length) {
        const bytes = Buffer.from(text);
        await writeAll(this.handle, bytes);
        this.written += bytes.length;
        return bytes.length;
      }
    }
    const size = this.buffer.write(text, this.used);
    this.used += size;
    this.written += size;
    return size;
  }

  /** Writes `length` bytes of `from` (the file `name`), read from `position`. */
  async copy(from: fs.FileHandle, position: number, length: number, name: string): Promise<void> {
    for (const end = position + length; position < end;) {
      if (this.used === this.buffer.length) await this.flush();
      const { bytesRead } = await from.read(this.buffer, this.used, Math.min(end - position, this.buffer.length - this.used), position);
      if (bytesRead === 0) throw new Error(`${name} ended before the length its build record gives; delete the cache folder to write every export anew`);
      this.used += bytesRead;
      this.written += bytesRead;
      position += bytesRead;
    }
  }

  async flush(): Promise<void> {
    await writeAll(this.handle, this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

/** The size of the buffer a BufferedFile fills. */
const WRITE_BUFFER = 2 ** 20;

/** Writes all the bytes, however many each write takes. (I/O) */
async function writeAll(handle: fs.FileHandle, bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length;) offset += (await handle.write(bytes, offset)).bytesWritten;
}
