import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Timeline } from "./timeline-view.ts";
import type { SiteInfo } from "./configure-site.ts";
import { inRecordOrder } from "./timeline-view.ts";
import { prettyJson } from "./pretty-json.ts";
import { timelineJs } from "./timeline-js.ts";
import { eventsCsv } from "./events-csv.ts";
import { eventsIcs } from "./events-ics.ts";
import { keepFiles, type BaseSite } from "./previous-build.ts";

/** The export files, at the root of the site. */
export const EXPORT_FILES = ["events.json", "timeline.json", "events.csv", "events.ics"] as const;

/**
 * Writes the data exports of the chronology: events.json (the records), timeline.json (TimelineJS3), events.csv and
 * events.ics. Each is streamed from its generator: at archive scale they are tens of megabytes each. (I/O)
 */
export async function writeExports(timeline: Pick<Timeline, "events" | "updated">, site: SiteInfo, output: string): Promise<void> {
  await fs.mkdir(output, { recursive: true });
  await Promise.all([
    writeChunks(path.join(output, "events.json"), prettyJson({}, "events", timeline.events, inRecordOrder)),
    writeChunks(path.join(output, "timeline.json"), timelineJs(timeline.events, site)),
    writeChunks(path.join(output, "events.csv"), eventsCsv(timeline.events, site.url)),
    writeChunks(path.join(output, "events.ics"), eventsIcs(timeline.events, site, timeline.updated)),
  ]);
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
 * Writes the exports, or keeps them from the base site when `reuse.fingerprint` (see exportsFingerprint) is the one
 * recorded there. Returns the fingerprint, none when no record of the build will be kept. (I/O)
 */
export async function writeOrKeepExports(
  timeline: Pick<Timeline, "events" | "updated">, site: SiteInfo, output: string,
  reuse: { fingerprint?: string; base?: BaseSite },
): Promise<string | undefined> {
  const { fingerprint, base } = reuse;
  const kept = base && fingerprint !== undefined && (await keepFiles(EXPORT_FILES, base, output, (record) => record.exports === fingerprint));
  if (!kept) await writeExports(timeline, site, output);
  return fingerprint;
}

/**
 * Writes the chunks in order, encoded as UTF-8 straight into a buffer that is written when full: no joined string, no
 * buffer for each write. The generators yield whole lines or records, so no chunk ends inside a surrogate pair.
 */
async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  // A new file ("wx"), never one opened in place: a file hard-linked from the live site must not be written through.
  const handle = await fs.open(file, "wx");
  try {
    const buffer = Buffer.allocUnsafe(WRITE_BUFFER);
    let used = 0;
    for (const chunk of chunks) {
      // A UTF-16 unit is at most three octets of UTF-8: the chunk surely fits, or the buffer is written first.
      if (used + chunk.length * 3 > buffer.length) {
        await writeAll(handle, buffer.subarray(0, used));
        used = 0;
        if (chunk.length * 3 > buffer.length) {
          await writeAll(handle, Buffer.from(chunk));
          continue;
        }
      }
      used += buffer.write(chunk, used);
    }
    await writeAll(handle, buffer.subarray(0, used));
  } finally {
    await handle.close();
  }
}

/** The size of the buffer writeChunks fills. */
const WRITE_BUFFER = 2 ** 20;

/** Writes all the bytes, however many each write takes. (I/O) */
async function writeAll(handle: fs.FileHandle, bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length;) offset += (await handle.write(bytes, offset)).bytesWritten;
}
