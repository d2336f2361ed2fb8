import type { SiteInfo } from "./configure-site.ts";

/** Title and description of the site when the build is not told otherwise. */
export const DEFAULT_SITE: SiteInfo = {
  title: "Russie – États-Unis : la chronologie",
  description: "Les tensions diplomatiques entre Moscou et Washington, de 2016 à 2021, daté événement par événement à partir d'articles de presse.",
};
