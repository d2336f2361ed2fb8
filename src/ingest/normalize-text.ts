/**
 * Normalises a whole file's text before it is parsed, so that lines and offsets computed later stay true:
 * strips a byte-order mark, turns CRLF and CR into LF, composes accents (NFC), turns no-break spaces into spaces and
 * drops control characters other than tab and line feed (they have no meaning in an article and some break HTML).
 * Apostrophes and quotes are kept as written.
 *
 * Example: "\uFEFF---\r\ntitle: Le Kremlin de\u0301ment\r\n" → "---\ntitle: Le Kremlin dément\n"
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .replace(/[\u00A0\u202F\u2007]/g, " ")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "");
}
