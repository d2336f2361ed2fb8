/** The front matter an article may have, as a JSON schema checked with ajv, plus the key lists used in messages. */

/** Keys an article's front matter may use. */
export const ARTICLE_KEYS = ["title", "date", "source", "url", "author", "lang", "slug", "events", "tags"] as const;

/** Eleventy reads these from front matter and would change the site; articles must not set them. */
export const RESERVED_KEYS = ["permalink", "layout", "eleventyExcludeFromCollections", "pagination", "eleventyComputed", "eleventyNavigation", "tags-collection"];

/** Keys that could reach an object prototype, and the YAML merge key. */
export const FORBIDDEN_KEYS = ["__proto__", "constructor", "prototype", "<<"];

const calendarDate = { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" };

/** One `events:` entry: add an event the extractor missed, correct one it found, or suppress one. */
export const editorialEntrySchema = {
  type: "object",
  additionalProperties: false,
  required: ["action"],
  properties: {
    action: { enum: ["add", "correct", "suppress"] },
    match: { type: "string", minLength: 1 },
    date: calendarDate,
    title: { type: "string", minLength: 1, maxLength: 300 },
    type: { type: "string", pattern: "^[a-z0-9-]+$" },
    actors: { type: "array", items: { type: "string", pattern: "^[a-z0-9-]+$" } },
    sentence: { type: "string", minLength: 1 },
  },
  allOf: [
    { if: { properties: { action: { const: "add" } } }, then: { required: ["date", "title"] } },
    { if: { properties: { action: { enum: ["correct", "suppress"] } } }, then: { required: ["match"] } },
  ],
} as const;

/**
 * Front matter of an article file. Dates are strings here (YAML is read with the JSON schema);
 * whether they are real calendar days is checked with luxon afterwards.
 *
 * Example: { title: "Russie-Etats-Unis : l'heure du dégel", date: "2019-05-14", source: "Euronews", lang: "fr" } is valid.
 */
export const articleSchema = {
  type: "object",
  additionalProperties: false,
  required: ["title", "date"],
  properties: {
    title: { type: "string", minLength: 1, maxLength: 300, pattern: "\\S" },
    date: { type: "string", pattern: "^\\d{4}-\\d{2}(-\\d{2})?$" },
    source: { type: "string", minLength: 1 },
    url: { type: "string", pattern: "^https?://[^\\s]+$" },
    author: { type: "string", minLength: 1 },
    lang: { const: "fr" },
    slug: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
    events: { type: "array", items: editorialEntrySchema },
    tags: { type: "array", items: { type: "string", minLength: 1 } },
  },
} as const;

/** What to write instead, per field, for messages. */
export const FIELD_HINTS: Record<string, string> = {
  title: 'write title: "…" (non-empty, at most 300 characters)',
  date: 'write date: "YYYY-MM-DD" (or "YYYY-MM" for a month)',
  source: 'write the outlet as text, e.g. source: "Euronews", or leave the line out',
  url: 'write url: "https://…" (http or https only)',
  author: 'write author: "Prénom Nom", or leave the line out',
  lang: "write lang: fr (articles are in French), or leave the line out",
  slug: "use only lower-case letters a-z, digits and hyphens, e.g. slug: 2019-05-14-lavrov-pompeo",
  events: "write events: as a list of entries, each with action: add, correct or suppress",
  tags: "write tags: as a list of words, e.g. tags: [diplomatie, sanctions]",
  action: "write action: add, correct or suppress",
  match: "write match: with an event id or a phrase of its sentence",
  type: "write type: as an event-type id, e.g. expulsion-diplomatique",
  actors: "write actors: as a list of actor ids, e.g. [vladimir-poutine, joe-biden]",
  sentence: "write sentence: with the sentence the event comes from",
};
