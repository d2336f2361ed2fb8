import type { SiteInfo } from "./configure-site.ts";

/**
 * Title, description and public address of the site when the build is not told otherwise.
 * The address is a placeholder (the reserved `.example` domain): it only appears in absolute URLs that need one
 * (feed, sitemap, canonical links, Open Graph, iCalendar). Give the real one with `npm run build -- --url …`.
 */
export const DEFAULT_SITE: SiteInfo = {
  title: "Russie – États-Unis : la chronologie",
  description: "Les tensions diplomatiques entre Moscou et Washington, de 2016 à 2021, daté événement par événement à partir d'articles de presse.",
  url: "https://chronique.example/",
};
