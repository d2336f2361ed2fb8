import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import path from "node:path";
import { Parser } from "htmlparser2";

/** One link of a built page that does not resolve inside the built folder. */
export interface BrokenLink {
  page: string;
  attribute: string;
  target: string;
  reason: string;
}

interface PageScan {
  ids: Set<string>;
  links: { attribute: string; value: string }[];
}

const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ["href"], link: ["href"], script: ["src"], img: ["src"], source: ["src"], form: ["action"], blockquote: ["cite"], q: ["cite"],
};

function scan(html: string): PageScan {
  const ids = new Set<string>();
  const links: PageScan["links"] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id) ids.add(attributes.id);
      if (name === "a" && attributes.name) ids.add(attributes.name);
      for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
        if (attributes[attribute] !== undefined) links.push({ attribute: `${name}[${attribute}]`, value: attributes[attribute] });
      }
      // data-racine is the site root as seen from the page: it must lead to the home page too.
      if (name === "html" && attributes["data-racine"] !== undefined) links.push({ attribute: "html[data-racine]", value: attributes["data-racine"] });
    },
  }, { decodeEntities: true, lowerCaseAttributeNames: true });
  parser.end(html);
  return { ids, links };
}

/**
 * Checks every internal link and #anchor of a built site folder, as a static server would resolve them:
 * a folder gives its index.html, a fragment must be an id (or a name) of the target page. External links
 * (with a scheme) are listed but not fetched. Returns the broken links and the number of links checked.
 */
export function checkLinks(site: string): { broken: BrokenLink[]; checked: number; pages: number; external: Set<string> } {
  const pages = readdirSync(site, { recursive: true }).map(String).filter((file) => file.endsWith(".html")).sort();
  const scans = new Map<string, PageScan>();
  const scanOf = (file: string) => {
    if (!scans.has(file)) scans.set(file, scan(readFileSync(path.join(site, file), "utf8")));
    return scans.get(file)!;
  };
  const broken: BrokenLink[] = [];
  const external = new Set<string>();
  let checked = 0;
  for (const page of pages) {
    for (const { attribute, value } of scanOf(page).links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("//")) {
        external.add(value);
        continue;
      }
      checked++;
      const [withoutHash, fragment] = splitHash(value);
      const pathPart = withoutHash.split("?")[0];
      if (pathPart.startsWith("/")) {
        broken.push({ page, attribute, target: value, reason: "root-absolute link: breaks when the site is in a sub-folder" });
        continue;
      }
      const resolved = pathPart === "" ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), decodeURIComponent(pathPart)));
      if (resolved.startsWith("..")) {
        broken.push({ page, attribute, target: value, reason: "leads out of the site folder" });
        continue;
      }
      let file = resolved;
      const full = path.join(site, file);
      if (existsSync(full) && statSync(full).isDirectory()) file = path.posix.join(file, "index.html");
      else if (pathPart.endsWith("/")) file = path.posix.join(file, "index.html");
      if (!existsSync(path.join(site, file))) {
        broken.push({ page, attribute, target: value, reason: `no file ${file}` });
        continue;
      }
      if (fragment && file.endsWith(".html") && !scanOf(file).ids.has(decodeURIComponent(fragment))) {
        broken.push({ page, attribute, target: value, reason: `no id "${fragment}" in ${file}` });
      }
    }
  }
  return { broken, checked, pages: pages.length, external };
}

function splitHash(value: string): [string, string] {
  const at = value.indexOf("#");
  return at < 0 ? [value, ""] : [value.slice(0, at), value.slice(at + 1)];
}
