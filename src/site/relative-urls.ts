import path from "node:path";

/**
 * Rewrites root-relative links (`href="/acteurs/"`) into links relative to the page (`href="../../acteurs/"`),
 * so the same built folder works at the root of a server and in any sub-folder of it.
 *
 * On /articles/x/: `href="/"` → `href="../../"`, `src="/assets/site.css"` → `src="../../assets/site.css"`.
 */
export function relativizeUrls(html: string, pageUrl: string): string {
  const fromDir = pageUrl.endsWith("/") ? pageUrl : path.posix.dirname(pageUrl) + "/";
  // Every page of the site goes through here, with a score of links each: the page's folders are split once.
  const from = isPlainPath(fromDir) ? segmentsOf(fromDir) : undefined;
  // The links are found by their « ="/ » (what LINK matches at each), not by running LINK over the whole page.
  let out = "";
  let copied = 0;
  for (let at = html.indexOf('="/'); at >= 0; at = html.indexOf('="/', at + 3)) {
    LINK.lastIndex = Math.max(copied, at - LONGEST_ATTRIBUTE);
    const link = LINK.exec(html);
    if (link === null || link.index + link[1].length !== at + 2) continue;
    out += html.slice(copied, at + 2) + relativeTo(fromDir, from, link[2]) + '"';
    copied = link.index + link[0].length;
    at = copied - 3;
  }
  return copied === 0 ? html : out + html.slice(copied);
}

/** A root-relative link: the attribute up to its opening quote, then the path. */
const LINK = /(\s(?:href|src|action|cite|data-racine)=")(\/(?!\/)[^"]*)"/g;

/** The length of « data-racine=" » and the white space before it: how far before its « ="/ » a link starts. */
const LONGEST_ATTRIBUTE = " data-racine=".length;

/** `target` as a path from the folder `fromDir` (whose segments are `from`, when it is a plain path), its query and fragment kept. */
function relativeTo(fromDir: string, from: string[] | undefined, target: string): string {
  const [pathPart, suffix = ""] = splitSuffix(target);
  let relative = from && isPlainPath(pathPart) ? plainRelative(from, segmentsOf(pathPart)) : path.posix.relative(fromDir, pathPart);
  if (pathPart.endsWith("/") && relative !== "") relative += "/";
  if (relative === "") relative = "./";
  return relative + suffix;
}

/**
 * What path.posix.relative gives between two plain paths, from their segments: up to the folders they share, then
 * down. It resolves both against the working folder first, which made it most of the cost of writing a page.
 */
function plainRelative(from: string[], to: string[]): string {
  let shared = 0;
  while (shared < from.length && shared < to.length && from[shared] === to[shared]) shared++;
  const steps: string[] = [];
  for (let i = shared; i < from.length; i++) steps.push("..");
  for (let i = shared; i < to.length; i++) steps.push(to[i]);
  return steps.join("/");
}

/** A path from the root with nothing to normalise: no empty, « . » or « .. » segment (a trailing slash aside), no backslash. */
function isPlainPath(url: string): boolean {
  return url.startsWith("/") && !url.includes("//") && !url.includes("\\") && !/\/\.\.?(?:\/|$)/u.test(url);
}

/** "/a/b/" → ["a", "b"]; "/a/b.css" → ["a", "b.css"]; "/" → []. */
function segmentsOf(url: string): string[] {
  const inner = url.endsWith("/") ? url.slice(1, -1) : url.slice(1);
  return inner === "" ? [] : inner.split("/");
}

function splitSuffix(target: string): [string, string] {
  const at = target.search(/[?#]/);
  return at < 0 ? [target, ""] : [target.slice(0, at) || "/", target.slice(at)];
}
