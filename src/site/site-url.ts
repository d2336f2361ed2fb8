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
 * ("/evenements/x.html", "https://exemple.org/chronique/") → "https://exemple.org/chronique/evenements/x.html".
 */
export function siteUrl(pathname: string, base: string): string {
  let resolve = resolvers.get(base);
  if (!resolve) resolvers.set(base, (resolve = siteUrlResolver(base)));
  return resolve(pathname);
}

const resolvers = new Map<string, (pathname: string) => string>();

/**
 * siteUrl for one base: the exports resolve hundreds of thousands of paths, and a `new URL` for each is the costly
 * part. Below a folder address (no query, no fragment), a path of ASCII letters, digits, "_", "-" and "/", maybe ending in
 * « .html », with such a fragment, holds nothing to encode and no dot segment: it resolves to the address followed by the path, which is
 * concatenated. Any other path, or base, goes through URL.
 */
export function siteUrlResolver(base: string): (pathname: string) => string {
  const href = new URL(base).href;
  const folder = new URL("./", base).href === href;
  return (pathname) => {
    // Leading slashes are dropped: the path is below the base, never at the root of its host.
    let start = 0;
    while (pathname.charCodeAt(start) === 0x2f) start++;
    return folder && PLAIN_PATH.test(pathname) ? href + pathname.slice(start) : new URL(pathname.slice(start), base).href;
  };
}

const PLAIN_PATH = /^[\w/-]*(?:\.html)?(?:#[\w-]*)?$/;
