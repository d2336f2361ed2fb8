import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { Ajv } from "ajv";
import fc from "fast-check";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseFeed } from "@rowanmanning/feed-parser";
import ICAL from "ical.js";
import { ROOT, runBuild, tempDir } from "../helpers/build-site.ts";
import { CSV_COLUMNS, csvField } from "../../src/site/events-csv.ts";
import { escapeText, foldLine } from "../../src/site/events-ics.ts";
import { allDayRange } from "../../src/calendar-days.ts";
import { timelineJsDate } from "../../src/site/timeline-js.ts";
import { normalizeSiteUrl, siteUrl } from "../../src/site/site-url.ts";
import { SITEMAP_LIMIT, sitemapParts } from "../../src/site/sitemap.ts";
import { EXPORT_FILES, eventsToWrite, givenEvents, writeExports, type ExportLayout } from "../../src/site/write-exports.ts";
import { writeOrKeepExportsAside } from "../../src/site/write-exports-worker.ts";

const PUBLIC_URL = "https://exemple.org/archives/chronique/";
let work: string;
let out: string;
let events: any[];

before(() => {
  work = tempDir();
  out = path.join(work, "site");
  const built = runBuild(["--output", out, "--url", PUBLIC_URL]);
  assert.equal(built.status, 0, built.stderr);
  events = JSON.parse(read("events.json")).events;
});
after(() => rmSync(work, { recursive: true, force: true }));

function read(file: string): string {
  return readFileSync(path.join(out, file), "utf8");
}

function schema(name: string): object {
  return JSON.parse(readFileSync(path.join(ROOT, "src/site/schemas", name), "utf8"));
}

test("events.json validates against its JSON schema", () => {
  const validate = new Ajv({ allErrors: true }).compile(schema("events.schema.json"));
  assert.ok(validate(JSON.parse(read("events.json"))), JSON.stringify(validate.errors, null, 1));
});

test("timeline.json validates against the TimelineJS3 schema: a title slide, one slide per event at its precision", () => {
  const timeline = JSON.parse(read("timeline.json"));
  const validate = new Ajv({ allErrors: true }).compile(schema("timeline.schema.json"));
  assert.ok(validate(JSON.parse(read("timeline.json"))), JSON.stringify(validate.errors, null, 1));
  assert.equal(timeline.events.length, events.length);
  for (const [index, slide] of timeline.events.entries()) {
    const event = events[index];
    assert.equal(slide.unique_id, event.id);
    assert.equal(slide.group, event.typeLabel);
    assert.deepEqual(Object.keys(slide.start_date), ["year", "month", "day"].slice(0, event.date.split("-").length));
    assert.match(slide.display_date, /\d{4}$/);
    assert.ok(slide.text.text.includes(`href="${PUBLIC_URL}evenements/${event.id}.html"`), "each slide links to its event page");
  }
  const december = timeline.events.find((slide: any) => slide.start_date.year === 2016 && slide.start_date.month === 12 && !slide.start_date.day);
  if (december) assert.match(december.display_date, /décembre 2016/);
});

test("events.csv parses as RFC 4180 CSV with one row per event and joined sources", () => {
  const text = read("events.csv");
  assert.ok(text.startsWith("\ufeff"), "a byte order mark, for spreadsheets");
  assert.match(text, /\r\n$/);
  assert.doesNotMatch(text.replace(/"[^"]*"/g, ""), /[^\r]\n/, "records end with CRLF");
  const rows: Record<string, string>[] = parseCsv(text, { columns: true, skip_empty_lines: false, bom: true });
  assert.deepEqual(Object.keys(rows[0]), [...CSV_COLUMNS]);
  assert.equal(rows.length, events.length);
  for (const [index, row] of rows.entries()) {
    const event = events[index];
    assert.equal(row.id, event.id);
    assert.equal(row.date, event.date);
    assert.equal(row.title, event.title);
    assert.equal(Number(row.goldstein), event.goldstein);
    assert.equal(row.sources.split(" | ").length, event.sources.length);
    assert.equal(row.actors, event.actors.map((actor: any) => actor.name).join(" | "));
    assert.equal(row.url, `${PUBLIC_URL}evenements/${event.id}.html`);
  }
});

test("a CSV field with a comma, a quote or a line break is quoted, its quotes doubled", () => {
  assert.equal(csvField("Moscou"), "Moscou");
  assert.equal(csvField("Moscou, Washington"), '"Moscou, Washington"');
  assert.equal(csvField('le « non » dit "niet"'), '"le « non » dit ""niet"""');
  assert.equal(csvField("deux\nlignes"), '"deux\nlignes"');
});

test("events.ics parses with ical.js: all-day events, month events over the whole month, stable UIDs, fixed DTSTAMP", () => {
  const calendar = new ICAL.Component(ICAL.parse(read("events.ics")));
  const vevents = calendar.getAllSubcomponents("vevent");
  assert.equal(vevents.length, events.length);
  const latest = events.flatMap((event) => event.sources.map((source: any) => source.published.padEnd(10, "-01").slice(0, 10))).sort().at(-1);
  for (const [index, vevent] of vevents.entries()) {
    const event = events[index];
    const start = vevent.getFirstPropertyValue("dtstart") as ICAL.Time;
    const end = vevent.getFirstPropertyValue("dtend") as ICAL.Time;
    assert.ok(start.isDate && end.isDate, "all-day");
    assert.equal(vevent.getFirstPropertyValue("uid"), `${event.id}@exemple.org`);
    assert.equal(vevent.getFirstPropertyValue("summary"), event.title);
    assert.equal(start.toString(), allDayRange(event.date)[0]);
    assert.equal(end.toString(), allDayRange(event.date)[1]);
    const stamp = vevent.getFirstPropertyValue("dtstamp") as ICAL.Time;
    assert.equal(stamp.toString().slice(0, 10), latest);
  }
  for (const line of read("events.ics").split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, line);
});

test("a month is the whole month and a year the whole year in iCalendar", () => {
  assert.deepEqual(allDayRange("2016-12-30"), ["2016-12-30", "2016-12-31"]);
  assert.deepEqual(allDayRange("2016-12"), ["2016-12-01", "2017-01-01"]);
  assert.deepEqual(allDayRange("2016-02"), ["2016-02-01", "2016-03-01"]);
  assert.deepEqual(allDayRange("2016"), ["2016-01-01", "2017-01-01"]);
});

test("iCalendar text is escaped and folded at 75 octets without splitting a character", () => {
  assert.equal(escapeText("Moscou, Washington; « non »\nfin"), "Moscou\\, Washington\\; « non »\\nfin");
  const folded = foldLine(`SUMMARY:${"é".repeat(100)}`);
  for (const line of folded.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75);
  assert.equal(folded.split("\r\n").map((line, index) => (index ? line.slice(1) : line)).join(""), `SUMMARY:${"é".repeat(100)}`);
  // Any text, emoji and lone surrogates included: every folded line within 75 octets as written, never a character cut.
  fc.assert(fc.property(fc.string({ unit: fc.oneof(fc.constantFrom("a", "é", "€", "😀", "\ud800", " "), fc.string({ unit: "grapheme", maxLength: 1 })), maxLength: 300 }), (text) => {
    const lines = foldLine(text).split("\r\n");
    assert.equal(lines.map((line, index) => (index ? line.slice(1) : line)).join(""), text);
    for (const [index, line] of lines.entries()) {
      assert.ok(Buffer.byteLength(line) <= 75, line);
      if (index > 0) assert.ok(line.length > 1 || text === "", "no empty continuation line");
      assert.ok(!/[\ud800-\udbff]$/u.test(line) || !/^[\udc00-\udfff]/u.test(lines[index + 1]?.slice(1) ?? ""), "a surrogate pair is never split");
    }
    // Lines are filled: a line is only broken where the next character would not fit.
    for (const [index, line] of lines.slice(0, -1).entries()) {
      const next = [...lines[index + 1].slice(1)][0];
      assert.ok(Buffer.byteLength(line + next) > 75, "a line breaks only when full");
    }
  }), { numRuns: 500 });
});

test("the Atom feed parses with a feed parser, newest reports first, each entry an absolute event URL", () => {
  const feed = parseFeed(read("flux.xml"));
  assert.equal(feed.meta.type, "atom");
  assert.equal(feed.language, "fr");
  assert.equal(feed.self, `${PUBLIC_URL}flux.xml`);
  assert.equal(feed.url, PUBLIC_URL);
  assert.ok(feed.updated);
  assert.equal(feed.items.length, Math.min(events.length, 100));
  const ids = new Set(events.map((event) => `${PUBLIC_URL}evenements/${event.id}.html`));
  for (const item of feed.items) {
    assert.ok(ids.has(item.url!), item.url!);
    assert.equal(item.id, item.url);
    assert.ok(item.updated && item.title && item.content);
    assert.equal(item.categories.length, 1);
  }
  const updated = feed.items.map((item) => item.updated!.toISOString());
  assert.deepEqual(updated, [...updated].sort().reverse());
});

test("the sitemap index lists sitemaps that together hold every HTML page but the 404 under the public URL; robots.txt points to it", () => {
  const index = read("sitemap.xml");
  assert.equal(XMLValidator.validate(index), true);
  const parser = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap" });
  const files: string[] = parser.parse(index).sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
  assert.deepEqual(files, [`${PUBLIC_URL}sitemap-pages.xml`, `${PUBLIC_URL}sitemap-1.xml`]);
  const locs = files.flatMap((file) => {
    const xml = read(file.slice(PUBLIC_URL.length));
    assert.equal(XMLValidator.validate(xml), true, file);
    return parser.parse(xml).urlset.url.map((url: { loc: string }) => url.loc) as string[];
  });
  const pages = readdirSync(out, { recursive: true }).map(String)
    .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind") && file !== "404.html")
    .map((file) => PUBLIC_URL + file.replace(/index\.html$/, ""))
    .sort();
  assert.deepEqual([...locs].sort(), pages);
  assert.ok(!locs.some((loc) => loc.includes("404")));
  assert.match(read("robots.txt"), new RegExp(`^Sitemap: ${PUBLIC_URL}sitemap\\.xml$`, "m"));
});

test("article and event pages are split into sitemaps of at most 50 000 URLs, in order", () => {
  const timeline = { articles: [{ slug: "a" }, { slug: "b" }, { slug: "c" }], events: [{ id: "x" }, { id: "y" }] };
  assert.deepEqual(sitemapParts(timeline, 4), [["articles/a/", "articles/b/", "articles/c/", "evenements/x.html"], ["evenements/y.html"]]);
  assert.deepEqual(sitemapParts({ articles: [], events: [] }), []);
  const large = { articles: [], events: Array.from({ length: 120_001 }, (_, index) => ({ id: String(index) })) };
  assert.deepEqual(sitemapParts(large).map((part) => part.length), [SITEMAP_LIMIT, SITEMAP_LIMIT, 20_001]);
  assert.equal(SITEMAP_LIMIT, 50_000);
});

test("the footer of every page links to each export", () => {
  const html = read("index.html");
  for (const file of ["events.json", "timeline.json", "events.csv", "events.ics", "flux.xml"]) assert.match(html, new RegExp(`href="${file.replace(".", "\\.")}"`), file);
  assert.match(html, /<link rel="alternate" type="application\/atom\+xml" href="flux\.xml"/);
});

test("two builds of the same articles give byte-identical pages and exports", () => {
  const again = path.join(work, "again");
  const built = runBuild(["--output", again, "--url", PUBLIC_URL]);
  assert.equal(built.status, 0, built.stderr);
  const files = readdirSync(out, { recursive: true }).map(String).filter((file) => /\.(html|json|csv|ics|xml|txt)$/.test(file) && !file.startsWith("pagefind")).sort();
  assert.ok(files.length > 40);
  for (const file of files) assert.equal(readFileSync(path.join(again, file), "utf8"), read(file), file);
});

const SITE = { title: "Chronique « test »", description: "Des événements, datés", url: PUBLIC_URL };

/** A stand-in for an event page's fingerprint: a hash of the event, which is all an export fragment depends on here. */
function printOf(event: object): string {
  return createHash("sha256").update(JSON.stringify(event)).digest("hex");
}

/**
 * Writes the exports of `list` into a new folder under `work`; with `previous`, copying from it and given only the events
 * it cannot copy, as the build hands them to its thread.
 */
async function exportsOf(name: string, list: any[], updated: string, previous?: { dir: string; layout: ExportLayout }) {
  const dir = path.join(work, name);
  rmSync(dir, { recursive: true, force: true });
  const prints = list.map(printOf);
  const base = previous && { live: { dir: previous.dir, record: { pages: {}, exportLayout: previous.layout } } };
  const given = eventsToWrite({ events: list, updated }, SITE, { fingerprint: "", prints, base });
  let layout = await writeExports({ count: list.length, updated }, SITE, dir, givenEvents(given), prints, previous);
  // The previous files turned out unusable: written again with every event, as the build does.
  if (layout === "incomplete") layout = await writeExports({ count: list.length, updated }, SITE, dir, givenEvents(list), prints, previous);
  assert.ok(layout && layout !== "incomplete");
  return { dir, layout, files: Object.fromEntries(EXPORT_FILES.map((file) => [file, readFileSync(path.join(dir, file))])) };
}

test("exports written from the previous ones, whatever changed, are the bytes of exports written anew", async () => {
  // Edits between two builds: events removed, changed, added (a copy under a new id) and moved.
  const edit = fc.array(fc.tuple(fc.constantFrom("remove", "change", "add", "move"), fc.nat(), fc.nat()), { maxLength: 8 });
  let run = 0;
  await fc.assert(fc.asyncProperty(edit, fc.boolean(), async (edits, restamped) => {
    const list = events.map((event) => ({ ...event }));
    for (const [kind, at, to] of edits) {
      if (list.length === 0) break;
      const index = at % list.length;
      if (kind === "remove") list.splice(index, 1);
      if (kind === "change") list[index] = { ...list[index], title: `${list[index].title} (modifié)` };
      if (kind === "add") list.splice(index, 0, { ...list[index], id: `${list[index].id}-bis-${to}` });
      if (kind === "move") list.splice(to % list.length, 0, ...list.splice(index, 1));
    }
    const previous = await exportsOf(`before-${run}`, events, "2021-12-31");
    const updated = restamped ? "2022-01-15" : "2021-12-31";
    const spliced = await exportsOf(`spliced-${run}`, list, updated, previous);
    const fresh = await exportsOf(`fresh-${run++}`, list, updated);
    for (const file of EXPORT_FILES) assert.ok(spliced.files[file].equals(fresh.files[file]), file);
    assert.deepEqual(spliced.layout, fresh.layout);
  }), { numRuns: 25 });
});

test("a rebuild copies the fragments of unchanged events from the previous exports, and only those it can trust", async () => {
  const previous = await exportsOf("tampered", events, "2021-12-31");
  // A mark of the same length in an unchanged event's fragment shows whether it was copied or written again.
  const mark = (file: string) => {
    const bytes = readFileSync(path.join(previous.dir, file));
    const at = bytes.indexOf(events[1].id);
    bytes.write(events[1].id.replace(/./gu, "X"), at);
    writeFileSync(path.join(previous.dir, file), bytes);
  };
  for (const file of EXPORT_FILES) mark(file);
  const changed = events.map((event, at) => (at === 0 ? { ...event, title: "Titre changé" } : event));
  const copied = await exportsOf("copied", changed, "2021-12-31", previous);
  for (const file of EXPORT_FILES) assert.ok(copied.files[file].includes(events[1].id.replace(/./gu, "X")), `${file} copies an unchanged fragment`);
  assert.ok(copied.files["events.json"].includes("Titre changé"), "a changed event is written anew");
  // A new stamp changes every event of the calendar: none is copied from it.
  const restamped = await exportsOf("restamped", changed, "2022-02-01", previous);
  assert.ok(!restamped.files["events.ics"].includes(events[1].id.replace(/./gu, "X")));
  assert.ok(restamped.files["events.csv"].includes(events[1].id.replace(/./gu, "X")));
  // A file whose size is not the one its layout gives is no source; a writer not given the events it would copy
  // from it writes nothing and says so.
  writeFileSync(path.join(previous.dir, "events.csv"), Buffer.concat([readFileSync(path.join(previous.dir, "events.csv")), Buffer.from("x")]));
  const lacking = path.join(work, "lacking");
  const given = changed.map((event, at) => (at === 0 ? event : undefined));
  assert.equal(await writeExports({ count: changed.length, updated: "2021-12-31" }, SITE, lacking, givenEvents(given), changed.map(printOf), previous), "incomplete");
  assert.deepEqual(readdirSync(work).filter((name) => name === "lacking"), []);
  const resized = await exportsOf("resized", changed, "2021-12-31", previous);
  assert.ok(!resized.files["events.csv"].includes(events[1].id.replace(/./gu, "X")));
  assert.ok(resized.files["events.json"].includes(events[1].id.replace(/./gu, "X")));
});

test("the exports' thread, handed the events a batch at a time, writes what the main thread writes, and copies from the live site", async () => {
  // Thousands of events, so that they cross several batches.
  const many = Array.from({ length: 2600 }, (_, at) => ({ ...events[at % events.length], id: `${events[at % events.length].id}-${at}` }));
  const expected = await exportsOf("many-here", many, "2021-12-31");
  const aside = (name: string, list: any[], base?: any) => writeOrKeepExportsAside({ events: list, updated: "2021-12-31" }, SITE, path.join(work, name), { fingerprint: name, prints: list.map(printOf), base });
  const written = await aside("many-aside", many);
  assert.deepEqual(written.layout, expected.layout);
  for (const file of EXPORT_FILES) assert.ok(readFileSync(path.join(work, "many-aside", file)).equals(expected.files[file]), file);

  // Given only the events the live site's files lack: the same bytes as a fresh write.
  const edited = many.map((event, at) => (at % 700 === 3 ? { ...event, title: `${event.title} (modifié)` } : event));
  const live = { dir: path.join(work, "many-aside"), record: { pages: {}, exports: "many-aside", exportLayout: written.layout } };
  const spliced = await aside("many-spliced", edited, { live });
  const fresh = await exportsOf("many-fresh", edited, "2021-12-31");
  assert.deepEqual(spliced.layout, fresh.layout);
  for (const file of EXPORT_FILES) assert.ok(readFileSync(path.join(work, "many-spliced", file)).equals(fresh.files[file]), file);
});

test("the public URL is checked and given its final slash; site paths resolve under it", () => {
  assert.equal(normalizeSiteUrl("https://exemple.org/chronique"), "https://exemple.org/chronique/");
  assert.throws(() => normalizeSiteUrl("chronique/"), /absolute address/);
  assert.throws(() => normalizeSiteUrl("ftp://exemple.org/"), /https:\/\//);
  assert.equal(siteUrl("/evenements/x.html", "https://exemple.org/chronique/"), "https://exemple.org/chronique/evenements/x.html");
  assert.equal(siteUrl("", "https://exemple.org/chronique/"), "https://exemple.org/chronique/");
  const refused = runBuild(["--output", path.join(work, "nope"), "--url", "exemple.org"]);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /--url "exemple\.org" is not an absolute address/);
});

test("TimelineJS dates keep only the parts the precision gives", () => {
  assert.deepEqual(timelineJsDate("2016-12-30"), { year: 2016, month: 12, day: 30 });
  assert.deepEqual(timelineJsDate("2016-12"), { year: 2016, month: 12 });
  assert.deepEqual(timelineJsDate("2016"), { year: 2016 });
});
