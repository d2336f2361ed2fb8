/** Closed French word lists that decide whether a reported action really happened (see reading-of.ts). */

/** A clause that opens with one of these states a hypothesis. */
export const HYPOTHESIS_OPENERS = ["si", "s'il", "s'ils", "au cas où", "à supposer", "en cas de", "à condition"];

/** Words before a trigger, in its clause, that make it hypothetical or merely possible. */
export const HYPOTHESIS_MARKERS = [
  "venait à", "venaient à", "pourrait", "pourraient", "aurait pu", "auraient pu", "pourra", "pourront", "éventuel",
  "éventuelle", "éventuellement", "possible", "risque de", "menace de", "menace d'", "menacé de", "menacé d'", "menacent de",
  "menacent d'", "envisage de", "envisage d'", "envisagent d'", "envisagent de", "serait prêt",
  "seraient prêts", "prétendues", "prétendue", "prétendu", "présumée", "présumées", "supposée",
];

/** Verbs before a trigger that deny or rule out the action they introduce. */
export const NEGATING_VERBS = [
  "exclut de", "exclut d'", "exclu de", "exclu d'", "écarte", "refuse de", "refuse d'", "refusé de", "refusé d'",
  "renonce à", "renoncé à", "écarté", "a écarté", "nie avoir", "dément avoir", "sans", "plutôt que de", "au lieu de", "retoquant", "rejette",
  "a rejeté", "empêcher", "éviter", "ne pas",
];

/** Negative words that, before « ne », make the clause negative: « Aucun diplomate n'a été expulsé », « Ni Moscou ni Washington n'ont… ». */
export const NEGATIVE_SUBJECTS = ["aucun", "aucune", "personne", "rien", "ni", "nul", "nulle", "jamais"];

/** Second parts of the French negation "ne … pas". */
export const NEGATION_PARTICLES = ["pas", "jamais", "plus", "personne", "aucun", "aucune", "rien", "guère", "point"];

/** Auxiliaries and periphrases before a trigger that place it in the future. */
export const FUTURE_MARKERS = [
  "va", "vont", "allait", "allaient", "sera", "seront", "devrait", "devraient", "doit", "doivent", "devra", "devront",
  "compte", "comptent", "prévoit de", "prévoient de", "s'apprête à", "s'apprêtent à", "entend", "entendent",
  "prochain", "prochaine", "prochainement", "bientôt", "demain",
];

/** Reporting verbs in the past whose « que » clause in the conditional tells a decision already taken. */
export const PAST_REPORTING = ["annoncé", "décidé", "indiqué", "confirmé", "affirmé", "déclaré", "expliqué", "précisé", "ordonné"];

/** Endings of French future and conditional verb forms. */
export const FUTURE_ENDINGS = /(?:er|ir|r)(?:ai|as|a|ons|ez|ont|ais|ait|ions|iez|aient)$/u;
