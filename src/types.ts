/** Records passed between the stages: ingest → extract → chronology → site. */

export type Precision = "day" | "month" | "year";

/** A calendar date written at its precision: "2016-12-30" (day), "2016-12" (month) or "2016" (year). */
export type CalendarDate = string;

/** An ISO day, "2016-12-30". */
export type IsoDay = string;

/** One article after ingest: front matter checked, body normalised (NFC, LF, straight apostrophes kept as written). */
export interface Article {
  /** URL-safe identifier, from the file name: "2016-12-30-poutine-ne-va-expulser-personne". */
  slug: string;
  /** Path of the source file as given to the build, for messages. */
  path: string;
  title: string;
  /** Publication date: a day ("2019-05-14") or a month ("2016-12"). */
  published: CalendarDate;
  publishedPrecision: "day" | "month";
  /** Outlet, when known. */
  source?: string;
  url?: string;
  author?: string;
  lang: "fr";
  /** Markdown body, NFC, LF line ends. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Editorial entries from front matter `events:` (add, correct or suppress an event). */
  editorial: EditorialEntry[];
}

export interface EditorialEntry {
  action: "add" | "correct" | "suppress";
  /** For correct/suppress: the id of the found event, or a phrase of its source sentence. */
  match?: string;
  date?: CalendarDate;
  title?: string;
  type?: string;
  actors?: string[];
  sentence?: string;
  /** 1-based line in the file, for messages. */
  line: number;
}

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** A temporal expression as TimeML sees it; start/end are JavaScript string indices into the tagged text. */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TimeML value: 2016-12-30, 2016-12, 2016, 2016-W50, 2016-SU, 2016-12-30TEV, XXXX-12-30, PAST_REF, P1W… */
  value: string;
}

/** A sentence of an article body, with its place in the body. */
export interface Sentence {
  text: string;
  /** Offsets into the article body. */
  start: number;
  end: number;
  /** Index of the paragraph (block) the sentence belongs to. */
  paragraph: number;
}

export type ActorKind = "person" | "institution" | "country";

export interface Role {
  /** French title: "président de la Fédération de Russie". */
  title: string;
  /** Phrases naming whoever holds the role: "le président russe", "le chef du Kremlin". */
  descriptions: string[];
  /** Inclusive ISO day; open when absent. */
  from?: IsoDay;
  /** Exclusive ISO day; open when absent. */
  to?: IsoDay;
  /** Rank shared by counterpart roles across countries, for « son homologue américain »: "head-of-state", "foreign-minister"… */
  rank?: string;
}

export interface Actor {
  id: string;
  /** Canonical French name: "Vladimir Poutine". */
  name: string;
  aliases: string[];
  kind: ActorKind;
  /** ISO 3166 alpha-2 of the country the actor belongs to or is ("US", "RU"). */
  country?: string;
  /** Nationality adjectives for a country actor: ["russe"], ["américain", "américaine", "états-unien"]. */
  adjectives?: string[];
  roles: Role[];
  /** One-line French description for the actor page. */
  description?: string;
  /** The name as the singular subject of a title, when it differs: « Washington », « Moscou », « le Kremlin ». */
  titleName?: string;
  /** Grammatical gender of a person, for « ce dernier » / « cette dernière ». */
  gender?: "m" | "f";
}

export interface ActorRegistry {
  actors: Actor[];
  byId: Map<string, Actor>;
}

export interface ActorMention {
  actorId: string;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  text: string;
  via: "name" | "alias" | "role" | "pronoun";
}

export interface EventType {
  id: string;
  /** French label: "Expulsion de diplomates". */
  label: string;
  /** CAMEO code: "174". */
  cameo: string;
  /** Goldstein conflict–cooperation score, −10 … +10. */
  goldstein: number;
  /** French trigger words or stems, matched case- and accent-insensitively at word starts. */
  triggers: string[];
  /** French title templates: "{source} expulse des diplomates {target:de}" (see event titles). */
  title: string;
  /** Lower wins when two types match the same clause. */
  priority: number;
  /** Phrases that cancel a trigger they overlap: « proposition de loi », « appel d'offres ». */
  exclusions?: string[];
}

export interface EventSource {
  /** Article slug. */
  article: string;
  articleTitle: string;
  /** Article publication date. */
  published: CalendarDate;
  outlet?: string;
  /** The sentence as it stands in the article. */
  sentence: string;
  /** The date expression that dated the event, or "" when none did. */
  expression: string;
  /** Anchor of the sentence on the article page. */
  anchor: string;
  /** 1-based line in the article file. */
  line: number;
}

export interface EventActor {
  id: string;
  name: string;
}

export interface EventRecord {
  id: string;
  date: CalendarDate;
  precision: Precision;
  /** True when the text gives no date and the record is dated "at the latest" by publication. */
  approximate: boolean;
  /** True for an announced future event (a planned meeting, a deadline). */
  planned: boolean;
  title: string;
  type: string;
  typeLabel: string;
  cameo: string;
  goldstein: number;
  actors: EventActor[];
  sourceActor?: EventActor;
  targetActor?: EventActor;
  sources: EventSource[];
  /** Set when a front matter `events:` entry added or corrected the record. */
  editorial?: "added" | "corrected";
}

/** A doubt about a record, printed after the build in the SourceError format. */
export interface Diagnostic {
  file: string;
  line: number;
  message: string;
}
