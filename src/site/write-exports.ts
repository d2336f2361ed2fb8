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
import { keepFiles, type BaseSite, type BuildRecord } from "./previous-build.ts";

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
 * The events a writer of the exports is given: which ones, by place (`given`: 1 for given), and the given ones, in
 * order, a batch at a time, so that it holds one batch instead of an archive's events (170 MB of the exports' thread
 * at 10 000 articles, at the build's peak of memory).
 */
export interface GivenEvents {
  given: Uint8Array;
  /** The next batch of given events; empty once all were handed over. */
  next(): Promise<EventRecord[]>;
}

/** Which of `events` are given: 1 for an event, 0 for undefined. */
export function givenMask(events: (EventRecord | undefined)[]): Uint8Array {
  return Uint8Array.from(events, (event) => (event === undefined ? 0 : 1));
}

/** The events of `events` that are not undefined, given in one batch. */
export function givenEvents(events: (EventRecord | undefined)[]): GivenEvents {
  let handed = false;
  return {
    given: givenMask(events),
    next: async () => (handed ? [] : ((handed = true), events.filter((event): event is EventRecord => event !== undefined))),
  };
}

/**
 * Writes the exports of `count` events; with the events' page fingerprints (`prints`, in the events' order), returns
 * where each event's fragments lie, and copies from `previous` the fragments of the events it already wrote. The
 * files are streamed together, an event at a time: its fragment written or added to a run of copied ones. An event not
 * given must be one it can copy: otherwise it writes nothing and says "incomplete". (I/O)
 */
export async function writeExports(
  timeline: { count: number; updated: string }, site: SiteInfo, output: string, events: GivenEvents, prints?: string[], previous?: PreviousExports,
): Promise<ExportLayout | undefined | "incomplete"> {
  const formats = exportFormats(timeline, site);
  // Where each event stood in the previous files, by fingerprint.
  const before = previous && prints ? new Map(previous.layout.prints.map((print, at) => [print, at])) : undefined;
  const oldIndex = before ? Int32Array.from(prints!, (print) => before.get(print) ?? -1) : undefined;
  const sources = await Promise.all(EXPORT_FILES.map(async (file) => {
    const old = previous?.layout.files[file];
    if (!oldIndex || !sameContext(old, formats[file])) return undefined;
    const handle = await openUnchanged(path.join(previous!.dir, file), old!.bytes);
    return handle && { handle, file: path.join(previous!.dir, file), at: oldIndex, ...old! };
  }));
  const splices: Splice[] = [];
  try {
    const missing = (source: FragmentSource | undefined) => events.given.some((given, at) => given === 0 && !(source && source.at[at] >= 0));
    if (sources.some(missing)) return "incomplete";
    await fs.mkdir(output, { recursive: true });
    for (const [at, file] of EXPORT_FILES.entries()) {
      // A new file ("wx"), never one opened in place: a file hard-linked from the live site must not be written through.
      splices.push(new Splice(new BufferedFile(await fs.open(path.join(output, file), "wx")), formats[file], timeline.count, sources[at]));
    }
    let batch: EventRecord[] = [];
    let taken = 0;
    for (let index = 0; index < timeline.count; index++) {
      let event: EventRecord | undefined;
      if (events.given[index] === 1) {
        if (taken === batch.length) [batch, taken] = [await events.next(), 0];
        event = batch[taken++];
      }
      for (const splice of splices) await splice.add(index, event);
    }
    const files: { head: number; sizes: number[]; bytes: number }[] = [];
    for (const splice of splices) files.push(await splice.finish());
    if (!prints) return undefined;
    return { prints, files: Object.fromEntries(EXPORT_FILES.map((file, at) => [file, { context: contextOf(formats[file]), ...files[at] }])) };
  } finally {
    await Promise.all([...splices.map((splice) => splice.close()), ...sources.map((source) => source?.handle.close())]);
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
  if (recordKeeping(base, fingerprint)) return timeline.events.map(() => undefined);
  const layout = base.live?.record.exportLayout;
  const formats = exportFormats(timeline, site);
  if (!layout || EXPORT_FILES.some((file) => !sameContext(layout.files[file], formats[file]))) return timeline.events;
  const known = new Set(layout.prints);
  return timeline.events.map((event, at) => (known.has(prints[at]) ? undefined : event));
}

/** The context a format's fragments depend on: "" for none. */
function contextOf(format: ExportFormat<EventRecord>): string {
  return format.context ?? "";
}

/** Whether a previous file's fragments were written in the context this build's format writes them in. */
function sameContext(old: ExportLayout["files"][string] | undefined, format: ExportFormat<EventRecord>): boolean {
  return old !== undefined && old.context === contextOf(format);
}

/** The base site's record whose exports have `fingerprint`, if any: its files are kept as they are. */
function recordKeeping(base: BaseSite, fingerprint: string): BuildRecord | undefined {
  return [base.inPlace, base.live?.record].find((record) => record?.exports === fingerprint);
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
  timeline: { count: number; updated: string }, site: SiteInfo, output: string, events: GivenEvents,
  reuse: { fingerprint?: string; prints?: string[]; base?: BaseSite },
): Promise<{ fingerprint?: string; layout?: ExportLayout } | "incomplete"> {
  const { fingerprint, base } = reuse;
  if (base && fingerprint !== undefined && (await keepFiles(EXPORT_FILES, base, output, (record) => record.exports === fingerprint))) {
    return { fingerprint, layout: recordKeeping(base, fingerprint)?.exportLayout };
  }
  const live = base?.live?.record.exportLayout && { dir: base.live.dir, layout: base.live.record.exportLayout };
  const layout = await writeExports(timeline, site, output, events, reuse.prints, live);
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
 * One export file being written: its head, then each event's fragment, written or copied from `source` (consecutive
 * ones in one read), then its tail. Tells the sizes in bytes of the head, of each fragment and of the file. (I/O)
 */
class Splice {
  private readonly sizes: number[];
  private head = 0;
  /** The previous file's fragments waiting to be copied, by their places in it. */
  private run: { first: number; last: number } | undefined;
  private readonly starts: Float64Array | undefined;

  constructor(private readonly out: BufferedFile, private readonly format: ExportFormat<EventRecord>, private readonly count: number, private readonly source?: FragmentSource) {
    this.sizes = new Array<number>(count);
    this.starts = source && fragmentStarts(source.head, source.sizes, Buffer.byteLength(format.separator));
  }

  /** Adds the event at `index` (given, or one the previous file holds). */
  async add(index: number, event: EventRecord | undefined): Promise<void> {
    if (index === 0) this.head = await this.out.text(this.format.head);
    const old = this.source ? this.source.at[index] : -1;
    if (this.run && old === this.run.last + 1) {
      // Events that followed each other in the previous file still do: one copy, the separators between them included.
      this.run.last = old;
      this.sizes[index] = this.source!.sizes[old];
      return;
    }
    await this.copyRun();
    if (index > 0) await this.out.text(this.format.separator);
    if (old >= 0) {
      this.run = { first: old, last: old };
      this.sizes[index] = this.source!.sizes[old];
    } else {
      this.sizes[index] = await this.out.text(this.format.item(event!));
    }
  }

  async finish(): Promise<{ head: number; sizes: number[]; bytes: number }> {
    await this.copyRun();
    if (this.count === 0) this.head = await this.out.text(this.format.empty ?? this.format.head + this.format.tail);
    else await this.out.text(this.format.tail);
    await this.out.flush();
    return { head: this.head, sizes: this.sizes, bytes: this.out.written };
  }

  close(): Promise<void> {
    return this.out.close();
  }

  private async copyRun(): Promise<void> {
    if (!this.run) return;
    const { first, last } = this.run;
    this.run = undefined;
    await this.out.copy(this.source!.handle, this.starts![first], this.starts![last] + this.source!.sizes[last] - this.starts![first], this.source!.file);
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
