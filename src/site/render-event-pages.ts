import { promises as fs } from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import type { Timeline } from "./timeline-view.ts";
import { siteFilters, type SiteInfo } from "./configure-site.ts";
import { relativizeUrls } from "./relative-urls.ts";

/** The page description of an event: date, type, sources and the start of its first sentence. */
const DESCRIPTION = "{{ event.date | eventDate(event.precision, event.approximate) | capitalize }} · {{ event.typeLabel }} · "
  + "{{ event.sources.length | plural('source') }} : {{ event.sources[0].sentence | truncate(150, false, '…') }}";

/**
 * Writes one page per event, /evenements/<id>/, with the same shell, filters and relative links as Eleventy's pages,
 * but without Eleventy's per-page machinery: an archive has about seven events per article, and paginating over them
 * in Eleventy cost a millisecond a page, most of a large build. (I/O)
 */
export async function renderEventPages(timeline: Timeline, site: SiteInfo, layouts: string, output: string): Promise<number> {
  const environment = (autoescape: boolean) => {
    const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([path.join(layouts, "shells"), path.join(layouts, "parts")]), { autoescape, throwOnUndefined: false });
    for (const [name, fn] of Object.entries(siteFilters(timeline, site))) env.addFilter(name, fn);
    return env;
  };
  const pages = environment(true);
  const text = environment(false);
  const body = pages.getTemplate("event-page.njk", true);
  const shell = pages.getTemplate("base.njk", true);
  const description = nunjucks.compile(DESCRIPTION, text);
  const write = async (event: Timeline["events"][number]) => {
    const url = `/evenements/${event.id}/`;
    const data = { site, timeline, event, page: { url }, pageKind: "evenement", pageTitle: event.title, pageDescription: description.render({ event }) };
    const html = shell.render({ ...data, content: body.render(data) });
    const file = path.join(output, "evenements", event.id, "index.html");
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, relativizeUrls(html, url));
  };
  // Rendering is synchronous; the writes of a batch overlap.
  for (let start = 0; start < timeline.events.length; start += 64) {
    await Promise.all(timeline.events.slice(start, start + 64).map(write));
  }
  return timeline.events.length;
}
