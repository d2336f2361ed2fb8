import type { ActorMention, ActorRegistry } from "../types.ts";
import { foldPhrase } from "./actors/fold-text.ts";
import { isSpace } from "./white-space.ts";
import { nextWordStart, wordEnd } from "./words-after.ts";
import { NP_ENDS, NP_FILLERS, PARTICIPLE, PASSIVE_AUXILIARY, PERSON_TITLES, REFLEXIVE_AUXILIARY, SUBJECT_PRONOUNS } from "./words-clause.ts";

/** What the roles of one trigger are decided from. */
export interface RoleContext {
  text: string;
  trigger: { start: number; end: number };
  /** Actor mentions of the trigger's stretch of the sentence, in text order, quotations left out. */
  mentions: ActorMention[];
  registry: ActorRegistry;
  /**
   * The sentence's actors (see SentenceActors), read only when needed: `previous`, the mentions of the sentence before,
   * for « il », « elle »; `subjectBefore()`, the subject the paragraph had reached.
   */
  sentence: { readonly previous: ActorMention[]; subjectBefore(): ActorMention | undefined };
  /** The agent of the trigger before this one in the sentence (« a annoncé que l'ambassadeur serait rappelé »). */
  previousSource?: ActorMention;
  /** True when a subjectless participial sentence (« Retoquant la proposition… ») may continue the paragraph's subject here. */
  continuesSubject?: boolean;
}

export interface Roles {
  source?: ActorMention;
  target?: ActorMention;
}

/**
 * Decides who did what to whom around a trigger, by general rules of French word order:
 * - passive voice: the subject is the target and the agent follows « par » (« Trois diplomates russes ont été expulsés par Berlin »);
 * - active voice: the nearest actor before the verb is the source; of « X et Y », X is the source and Y the partner
 *   (« Joe Biden et Vladimir Poutine se sont rencontrés »), as of « entre X et Y » after a noun;
 * - after a quotation, the speaker follows the verb (« …, a déclaré Joe Biden »);
 * - « il » / « elle » with no actor before the verb is the one person of that gender in the previous sentence, and none when two fit;
 * - the target is the first other actor after the verb, not the source's own country; failing that a nationality adjective
 *   of the object (« expulsé trois diplomates allemands » → Allemagne), failing that the partner.
 *
 * « Le 16 juin, Joe Biden et Vladimir Poutine se sont rencontrés à Genève. » → source Joe Biden, target Vladimir Poutine.
 */
export function assignRoles(context: RoleContext): Roles {
  const { text, trigger, mentions, registry } = context;
  const before = mentions.filter((mention) => mention.end <= trigger.start);
  const after = mentions.filter((mention) => mention.start >= trigger.end);

  if (isPassive(text, trigger)) {
    const source = agentAfter(text, trigger, after);
    const patient = before[before.length - 1] ?? nationalityBefore(text, trigger.start, registry) ?? pronounSubject(context);
    return { source, target: patient && patient.actorId !== source?.actorId ? patient : undefined };
  }

  let source = agentAfter(text, trigger, after, true);
  let partner: ActorMention | undefined;
  let between = false;
  if (!source && before.length > 0) {
    source = before[before.length - 1];
    const first = before[before.length - 2];
    if (first && /^\s*(?:et|ni)\s*$/iu.test(text.slice(first.end, source.start))) [source, partner] = [first, source];
  }
  source ??= after.find((mention) => isInvertedSpeech(text, trigger.end, mention.start));
  source ??= context.previousSource;
  if (!source && before.length === 0) source = pronounSubject(context) ?? participialSubject(context);
  if (!source) {
    // « Un sommet entre Joe Biden et Vladimir Poutine » : the first named is the source, the second the partner.
    const [x, y] = after;
    if (x && y && /\bentre\s+$/iu.test(text.slice(trigger.end, x.start)) && /^\s*et\s*$/iu.test(text.slice(x.end, y.start))) [source, partner, between] = [x, y, true];
  }

  const sourceCountry = source ? registry.byId.get(source.actorId)?.country : undefined;
  if (between) return { source, target: partner };
  const candidates = after.filter((mention) => mention.actorId !== source?.actorId && mention !== partner && !isCountry(mention, sourceCountry, registry));
  // « a reçu à la Maison-Blanche le président ukrainien » : a place introduced by « à » yields to a named partner.
  const named = candidates.find((mention) => !isPlace(text, mention, registry)) ?? candidates[0];
  const national = nationalityAfter(text, trigger.end, registry, sourceCountry);
  // « a expulsé dix diplomates russes, a annoncé le département d'État » : the object comes before the next clause.
  const target = (national && (!named || national.start < named.start) ? national : named) ?? partner ?? objectPronoun(context, source);
  return { source, target };
}

/** True when the mention is the country `country` (the source's own, which cannot be its target). */
function isCountry(mention: ActorMention, country: string | undefined, registry: ActorRegistry): boolean {
  const actor = registry.byId.get(mention.actorId);
  return actor?.kind === "country" && country !== undefined && actor.country === country;
}

/** « a été expulsé », « ont été démenties », « serait rappelé » : a participle trigger after a form of « être ». */
function isPassive(text: string, trigger: { start: number; end: number }): boolean {
  const word = /^[\p{L}-]*/u.exec(text.slice(trigger.start))?.[0] ?? "";
  const before = text.slice(Math.max(0, trigger.start - 60), trigger.start);
  // « se sont rencontrés » is a pronominal verb in the active voice.
  return PARTICIPLE.test(word) && PASSIVE_AUXILIARY.test(before) && !REFLEXIVE_AUXILIARY.test(before);
}

/**
 * The agent after « par »: « expulsés jeudi par Berlin ». With `adjacent`, only « par » right after the participle
 * (« des accusations démenties par Moscou »), since an active verb's « par » is a means (« a piraté par courriel »).
 */
function agentAfter(text: string, trigger: { end: number }, after: ActorMention[], adjacent = false): ActorMention | undefined {
  // Every match holds « par »: the stretch before a mention is only searched when it does.
  const par = text.indexOf("par", trigger.end);
  if (par < 0) return undefined;
  const pattern = adjacent ? /^\p{L}*\s+par\s+(?:l['’]|le\s+|la\s+|les\s+)?$/u : /^[^,;:.!?]{0,40}?\bpar\s+(?:l['’]|le\s+|la\s+|les\s+)?$/u;
  return after.find((mention) => par + 3 <= mention.start
    && (pattern.test(text.slice(trigger.end, mention.start)) || pattern.test(text.slice(trigger.end, mention.start).replace(/(?:l['’]|le\s+|la\s+|les\s+)$/u, ""))));
}

/** « …, a déclaré Peskov » : the speaker follows the verb right after a quotation. */
function isInvertedSpeech(text: string, triggerEnd: number, mentionStart: number): boolean {
  return /^[\s\p{L}'’-]{0,30}$/u.test(text.slice(triggerEnd, mentionStart)) && followsQuotation(text, triggerEnd);
}

/**
 * True when the last word before `end` comes right after a closing quote or a comma, an auxiliary aside
 * (« », a déclaré », « ” ont affirmé »). Read back from `end`: the sentence before it can be long. Exported for the test
 * that checks it against the whole-prefix search it replaces.
 */
export function followsQuotation(text: string, end: number): boolean {
  let at = skipSpacesBack(text, end);
  while (at > 0 && !isSpace(text.charCodeAt(at - 1))) at--;
  at = skipSpacesBack(text, at);
  return isQuoteOrComma(text, at - 1) || SPEECH_AUXILIARIES.some((auxiliary) =>
    at >= auxiliary.length && text.startsWith(auxiliary, at - auxiliary.length)
      && isQuoteOrComma(text, skipSpacesBack(text, at - auxiliary.length) - 1));
}

const SPEECH_AUXILIARIES = ["a", "ont", "avait", "a-t-il", "a-t-elle"];

function isQuoteOrComma(text: string, at: number): boolean {
  return at >= 0 && QUOTES_AND_COMMA.includes(text[at]);
}

const QUOTES_AND_COMMA = ["»", "\"", "”", ","];

/** Where the white space that ends at `end` starts. */
function skipSpacesBack(text: string, end: number): number {
  let at = end;
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** « Il a ensuite dénoncé l'Otan » : the one person of that gender the previous sentence named. */
function pronounSubject(context: RoleContext): ActorMention | undefined {
  const clause = context.text.slice(0, context.trigger.start);
  const match = [...clause.matchAll(/(?:^|[\s,'’-])(il|elle)(?=\s|$)(?!\s+y\s+a\s+(?:\d|un|une|deux|trois|quelques|plusieurs|longtemps|peu))/giu)].pop();
  if (!match) return undefined;
  const gender = SUBJECT_PRONOUNS[match[1].toLowerCase()];
  const people = new Map<string, "m" | "f" | undefined>();
  for (const mention of context.sentence.previous) {
    const actor = context.registry.byId.get(mention.actorId);
    if (actor?.kind === "person") people.set(actor.id, actor.gender);
  }
  const fitting = [...people].filter(([, personGender]) => personGender === gender || personGender === undefined);
  if (fitting.length !== 1 || fitting[0][1] !== gender) return undefined;
  const at = match.index + match[0].length - match[1].length;
  return { actorId: fitting[0][0], start: at, end: at + match[1].length, text: match[1], via: "pronoun" };
}

/** A country or an institution after « à », « au », « en », « dans » is where the action took place. */
function isPlace(text: string, mention: ActorMention, registry: ActorRegistry): boolean {
  if (registry.byId.get(mention.actorId)?.kind === "person") return false;
  return /(?:^|\s)(?:à|au|aux|en|dans)\s+(?:la\s+|l['’]|le\s+)?$/iu.test(text.slice(Math.max(0, mention.start - 12), mention.start));
}

/** « Emmanuel Macron lui a téléphoné » : « lui » or « l' » before the verb is the one person the previous sentence named. */
function objectPronoun(context: RoleContext, source?: ActorMention): ActorMention | undefined {
  const match = /(?:^|\s)(lui|l['’])\s*(?:a|ont|avait|avaient|aurait|auraient)?\s*$/iu.exec(context.text.slice(Math.max(0, context.trigger.start - 20), context.trigger.start));
  if (!match) return undefined;
  const people = new Set<string>();
  for (const mention of context.sentence.previous) {
    if (context.registry.byId.get(mention.actorId)?.kind === "person" && mention.actorId !== source?.actorId) people.add(mention.actorId);
  }
  if (people.size !== 1) return undefined;
  const at = context.trigger.start - 20 < 0 ? match.index : context.trigger.start - 20 + match.index;
  return { actorId: [...people][0], start: at, end: at + match[0].length, text: match[1], via: "pronoun" };
}

/** « Retoquant la proposition de son ministre… » : a sentence that opens on a participle continues the last subject. */
function participialSubject(context: RoleContext): ActorMention | undefined {
  if (!context.continuesSubject) return undefined;
  const opening = context.text.replace(/^[^,]{0,30},\s*/u, (lead) => (/\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|veille|lendemain/iu.test(lead) ? "" : lead));
  return /^\p{L}+ants?\b/u.test(opening) ? context.sentence.subjectBefore() : undefined;
}

/** A nationality adjective in the object right after the trigger: « a expulsé trois diplomates allemands » → Allemagne. */
function nationalityAfter(text: string, from: number, registry: ActorRegistry, sourceCountry?: string): ActorMention | undefined {
  // The words are read one at a time: the object ends after a few of them, long before the sentence does.
  let content = 0;
  for (let start = nextWordStart(text, from), end = start; start >= 0; start = nextWordStart(text, end)) {
    end = wordEnd(text, start);
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    if (NP_ENDS.has(lower)) {
      // A preposition ends the object, unless nothing of it came yet (« a dénoncé mardi les… »).
      if (content > 0) return undefined;
      continue;
    }
    if (NP_FILLERS.has(lower) || isDigit(word.charCodeAt(0))) continue;
    const folded = foldPhrase(word);
    // « l'ancien président américain » is a person the registry could not name, not the country.
    if (PERSON_TITLES.has(folded)) return undefined;
    const country = countryOfAdjective(folded, registry);
    if (country) {
      if (country.country === sourceCountry) return undefined;
      return { actorId: country.id, start, end: start + word.length, text: word, via: "alias" };
    }
    if (++content > 3) return undefined;
  }
  return undefined;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A nationality adjective in the subject of a passive verb: « Trois diplomates russes ont été expulsés » → Russie. */
function nationalityBefore(text: string, to: number, registry: ActorRegistry): ActorMention | undefined {
  const clause = text.slice(0, to).split(/[,;:]/u).pop() ?? "";
  const offset = to - clause.length;
  const words = [...clause.matchAll(/[\p{L}]+/gu)].slice(0, 6);
  for (const word of words) {
    const country = countryOfAdjective(foldPhrase(word[0]), registry);
    if (country) return { actorId: country.id, start: offset + word.index!, end: offset + word.index! + word[0].length, text: word[0], via: "alias" };
  }
  return undefined;
}

const adjectiveTables = new WeakMap<ActorRegistry, Map<string, { id: string; country?: string }>>();

function countryOfAdjective(folded: string, registry: ActorRegistry): { id: string; country?: string } | undefined {
  let table = adjectiveTables.get(registry);
  if (!table) {
    table = new Map();
    for (const actor of registry.actors) {
      if (actor.kind !== "country") continue;
      for (const adjective of actor.adjectives ?? []) table.set(foldPhrase(adjective), { id: actor.id, country: actor.country });
    }
    adjectiveTables.set(registry, table);
  }
  return table.get(folded);
}
