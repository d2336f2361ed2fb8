/** Closed French word lists for the shape of a clause around a trigger (see assign-roles.ts and extract-events.ts). */

/** Determiners that make the next word a noun: « les sanctions », « l'expulsion », « toute ingérence ». */
export const DETERMINER_BEFORE = /(?:^|[\s«"“(])(?:les|des|la|le|l'|ces|cette|cet|ce|ses|son|sa|leur|leurs|toute|toutes|tout|une|un|nouvelles?|nouveaux?|de|d'|du|aux|au)\s*[«"“]?\s*$/iu;

/** What ends the complement of a verb: a clause break or a coordinating word. */
export const COMPLEMENT_BREAK = /[,;:.!?]|(?:^|\s)(?:et|mais|puis|ou|car|qui|que|qu'|dont|où|tandis|alors)(?=\s|$)/iu;

/** The auxiliary « être » of a passive voice right before a participle: « a été expulsé », « ont été démenties », « sont expulsés ». */
export const PASSIVE_AUXILIARY = /(?:^|\s)(?:(?:a|ont|avait|avaient|aurait|auraient|ait|aient|aura|auront)\s+(?:\p{L}+\s+)?été|est|sont|était|étaient|fut|furent|sera|seront|serait|seraient|soit|soient)\s+(?:\p{L}+ment\s+)?(?:convoqués?\s+puis\s+|convoquées?\s+puis\s+)?$/iu;

/** « se sont rencontrés », « s'est rendu » : « être » after a reflexive pronoun is not a passive. */
export const REFLEXIVE_AUXILIARY = /(?:^|\s)(?:se|s['’])\s*(?:sont|est|était|étaient|sera|seront|serait|seraient|soit|soient)\s+(?:\p{L}+ment\s+)?$/iu;

/** Head nouns of a person's title (folded): a nationality adjective after them names a person, not a country. */
export const PERSON_TITLES = new Set([
  "president", "presidente", "ministre", "chancelier", "chanceliere", "ambassadeur", "ambassadrice", "secretaire", "porte",
  "parole", "chef", "cheffe", "dirigeant", "dirigeante", "homologue", "vice", "premier", "premiere", "senateur", "senatrice",
  "depute", "deputee", "general", "procureur", "directeur", "directrice", "conseiller", "conseillere", "roi", "reine",
]);

/** Endings of a past participle. */
export const PARTICIPLE = /(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|its|ites)$/iu;

/** Words a noun phrase is made of before its head that carry no meaning for roles: « trois », « plusieurs », « 35 ». */
export const NP_FILLERS = new Set([
  "le", "la", "les", "l", "un", "une", "des", "de", "d", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
  "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "vingt", "trente", "quarante",
  "cinquante", "cent", "plusieurs", "quelques", "certains", "certaines", "nombreux", "nombreuses", "tous", "toutes", "tout",
  "toute", "nouveau", "nouvelle", "nouveaux", "nouvelles", "autres", "autre", "premier", "premiers", "première", "derniers",
  "dernières", "trentaine", "dizaine", "vingtaine", "centaine", "hauts", "haut", "hautes", "haute", "mardi", "lundi", "mercredi",
  "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd", "hui", "ensuite", "également", "aussi", "aussitôt", "déjà",
]);

/** Words that end a noun phrase: a preposition or a conjunction. */
export const NP_ENDS = new Set([
  "à", "au", "aux", "dans", "en", "pour", "sur", "avec", "par", "contre", "chez", "après", "avant", "depuis", "pendant", "selon",
  "et", "ou", "mais", "qui", "que", "qu", "dont", "où", "car", "afin", "lors", "vers", "sans", "entre",
]);

/** Subject pronouns that refer back to a person. */
export const SUBJECT_PRONOUNS: Record<string, "m" | "f"> = { il: "m", elle: "f" };
