import { yearOfSearchPage, type PlannedSearchPage, type SearchPage, type SearchRecord } from "./search-records.ts";

/** One Pagefind index of the site, written to its own folder: its pages as planned (see PlannedSearchPage) or written. */
export interface SearchPart<Page = SearchPage> {
  /** The index's folder in the site: "pagefind" for the one the search box loads, "pagefind-2" for a merged one. */
  folder: string;
  pages: Page[];
  records: SearchRecord[];
}

/** A part with its pages' text written, as the index takes it. */
export function writtenPart(part: SearchPart<PlannedSearchPage>): SearchPart {
  return { ...part, pages: part.pages.map((page) => ({ url: page.url, content: page.content() })) };
}

/**
 * Characters of page text per part: Pagefind indexes about 5 million characters a second here, and writes each index
 * whole. An archive is split into parts of about this size, so that an edit indexes again only the part it touches.
 */
export const SEARCH_PART_CHARS = 6_000_000;

/**
 * At most this many parts of month pages: a first search downloads an index chunk of each (25–50 kB), so more parts
 * would cost readers what they save the build. Past 24 million characters, the parts grow instead.
 */
export const MAX_SEARCH_PARTS = 4;

/**
 * Splits the search content into the indexes the site serves. A small site has one. A large one has a first index
 * of the actor records, which nearly every edit changes (they count events) and which is quick to write, and the
 * month pages in parts of whole years, in order, of about equal text. The parts depend only on the content, never on
 * an earlier build: an edit moves a limit between two parts only when it moves the year where one part's share of
 * the text is reached. Pure.
 *
 * 3 years of 3 million characters each, 20 actors → pagefind: 20 records; pagefind-1: the first two years; pagefind-2: the third.
 */
export function searchParts<Page extends { url: string; chars: number }>(content: { pages: Page[]; records: SearchRecord[] }, partChars = SEARCH_PART_CHARS): SearchPart<Page>[] {
  const { pages, records } = content;
  const total = pages.reduce((sum, page) => sum + page.chars, 0);
  const count = Math.min(MAX_SEARCH_PARTS, Math.max(1, Math.ceil(total / partChars)));
  if (count === 1) return [{ folder: "pagefind", pages, records }];
  const parts: SearchPart<Page>[] = [{ folder: "pagefind", pages: [], records }];
  let part: Page[] = [];
  let done = 0;
  for (let at = 0; at < pages.length; at++) {
    part.push(pages[at]);
    done += pages[at].chars;
    const yearEnds = at + 1 === pages.length || yearOfSearchPage(pages[at + 1].url) !== yearOfSearchPage(pages[at].url);
    // A part ends with the year in which its share of the text is reached; the last part takes what is left.
    if (yearEnds && (at + 1 === pages.length || (parts.length < count && done >= (total * parts.length) / count))) {
      parts.push({ folder: `pagefind-${parts.length}`, pages: part, records: [] });
      part = [];
    }
  }
  return parts;
}

/** The folders of the parts the search box merges into the first one, which `data-recherche-parties` names: none for one index. */
export function mergedFolders(parts: { folder: string }[]): string[] {
  return parts.slice(1).map((part) => part.folder);
}
