// npm run screenshots: builds the default site, serves it on 127.0.0.1 and photographs the home page, an event and
// an article in Chromium, at desktop (1280 px) and mobile (375 px) widths, into docs/screenshots/. (I/O)
import { readFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { launchChromium } from "../../tests/helpers/chromium.ts";
import { runBuild, tempDir } from "../../tests/helpers/build-site.ts";
import { serveStatic } from "../../tests/helpers/serve-static.ts";
import { PROJECT_ROOT } from "../site/write-site.ts";
import { articleUrl, eventUrl } from "../site/filters.ts";

const { values } = parseArgs({
  options: {
    output: { type: "string", default: path.join(PROJECT_ROOT, "docs/screenshots") },
    dark: { type: "boolean", default: true },
  },
});

const SIZES = [
  { name: "bureau", width: 1280, height: 900 },
  { name: "mobile", width: 375, height: 812 },
];

const work = tempDir("chronique-captures-");
try {
  const site = path.join(work, "site");
  const build = runBuild(["--output", site]);
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
  const events: { id: string; date: string; sources: { article: string }[] }[] = JSON.parse(readFileSync(path.join(site, "events.json"), "utf8")).events;
  // A dated event reported by the most sources makes the most telling page; ties go to the earliest.
  const articles = (e: (typeof events)[number]) => new Set(e.sources.map((source) => source.article)).size;
  const event = [...events].filter((e) => e.date.length === 10).sort((a, b) => articles(b) - articles(a) || b.sources.length - a.sources.length)[0] ?? events[0];
  const pages = [
    { name: "accueil", path: "" },
    { name: "chronologie", path: "#chronologie" },
    { name: "evenement", path: eventUrl(event.id).slice(1) },
    { name: "article", path: articleUrl(event.sources[0].article).slice(1) },
  ];
  const server = await serveStatic(site, "/chronique/");
  const browser = await launchChromium();
  try {
    mkdirSync(values.output!, { recursive: true });
    const written: string[] = [];
    for (const size of SIZES) {
      const page = await browser.newPage();
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const { name, path: at } of pages) {
        await page.goto(new URL(at, server.url).href, { waitUntil: "load" });
        const file = path.join(values.output!, `${name}-${size.name}.png`);
        await page.screenshot({ path: file });
        written.push(file);
      }
      if (values.dark) {
        await page.emulateMedia({ colorScheme: "dark" });
        await page.goto(server.url, { waitUntil: "load" });
        const file = path.join(values.output!, `accueil-${size.name}-sombre.png`);
        await page.screenshot({ path: file });
        written.push(file);
      }
      await page.close();
    }
    for (const file of written) console.log(path.relative(process.cwd(), file));
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
