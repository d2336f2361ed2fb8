/**
 * Checks and normalises the public address of the site: absolute http(s), no query or fragment, ending with "/".
 * "https://exemple.org/chronique" → "https://exemple.org/chronique/"; "chronique/" throws.
 */
export function normalizeSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--url "${value}" is not an absolute address; write it like https://exemple.org/chronique/`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`--url "${value}" must start with https:// or http://`);
  if (url.search || url.hash) throw new Error(`--url "${value}" must not have a query or a fragment; write the folder the site is served from`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/**
 * The absolute address of a site path, for the few places that need one (feed, sitemap, canonical, JSON-LD).
 * ("/evenements/x/", "https://exemple.org/chronique/") → "https://exemple.org/chronique/evenements/x/".
 */
export function siteUrl(pathname: string, base: string): string {
  return new URL(pathname.replace(/^\/+/, ""), base).href;
}
