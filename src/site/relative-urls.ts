import path from "node:path";

/**
 * Rewrites root-relative links (`href="/acteurs/"`) into links relative to the page (`href="../../acteurs/"`),
 * so the same built folder works at the root of a server and in any sub-folder of it.
 *
 * On /articles/x/: `href="/"` → `href="../../"`, `src="/assets/site.css"` → `src="../../assets/site.css"`.
 */
export function relativizeUrls(html: string, pageUrl: string): string {
  const fromDir = pageUrl.endsWith("/") ? pageUrl : path.posix.dirname(pageUrl) + "/";
  return html.replace(/(\s(?:href|src|action|cite|data-racine)=")(\/(?!\/)[^"]*)"/g, (_, attribute: string, target: string) => `${attribute}${relativeTo(fromDir, target)}"`);
}

function relativeTo(fromDir: string, target: string): string {
  const [pathPart, suffix = ""] = splitSuffix(target);
  let relative = path.posix.relative(fromDir, pathPart);
  if (pathPart.endsWith("/") && relative !== "") relative += "/";
  if (relative === "") relative = "./";
  return relative + suffix;
}

function splitSuffix(target: string): [string, string] {
  const at = target.search(/[?#]/);
  return at < 0 ? [target, ""] : [target.slice(0, at) || "/", target.slice(at)];
}
