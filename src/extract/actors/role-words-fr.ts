/**
 * Closed French word lists the actor matcher builds its patterns from.
 * Open lists (who holds which role, the phrases for a given role) live in src/data/actors/.
 */

/**
 * Generic ways of naming the holder of a ranked role; « {adj} » is a nationality adjective of the holder's country.
 * « le président russe », « le ministre russe des Affaires étrangères », « le chef de la diplomatie américaine ».
 */
export const RANK_PATTERNS: Record<string, string[]> = {
  "head-of-state": ["président {adj}", "présidente {adj}", "chef de l'État {adj}", "cheffe de l'État {adj}", "dirigeant {adj}", "dirigeante {adj}"],
  "head-of-government": ["Premier ministre {adj}", "Première ministre {adj}", "chef du gouvernement {adj}", "cheffe du gouvernement {adj}"],
  "foreign-minister": [
    "ministre des Affaires étrangères {adj}",
    "ministre {adj} des Affaires étrangères",
    "chef de la diplomatie {adj}",
    "cheffe de la diplomatie {adj}",
  ],
};

/** Leading determiners dropped from data phrases, so « le président russe » also matches « du président russe ». */
export const LEADING_DETERMINER = /^(?:l'|(?:le|la|les) )/u;

/**
 * Words that, just before a role phrase, mean it is not the current holder:
 * « un président russe », « l'ancien président américain », « l'ex-président », « le vice-président américain ».
 */
export const ROLE_BLOCKERS = new Set([
  "un", "une", "ancien", "ancienne", "anciens", "ex", "futur", "future", "prochain", "prochaine", "vice", "sous",
  "deux", "plusieurs", "chaque", "aucun", "aucune", "autre", "tout", "feu", "premier", "successif", "adjoint",
]);

/** Words that, just after a place name, make it another place: « l'Amérique latine ». */
export const FOLLOWER_BLOCKERS: Record<string, string[]> = {
  amerique: ["latine", "du sud", "du nord", "centrale"],
};

/** Courtesy titles that belong to the name mention that follows: « M. Obama », « Mme Zakharova ». */
export const COURTESY_TITLES = /(?:^|[^\p{L}])(m\.|mme|mme\.|monsieur|madame|mlle) $/u;

/** « son homologue américain », « sa homologue », « leur homologue russe ». */
export const COUNTERPART_HEADS = ["son homologue", "sa homologue", "leur homologue"];

/** Anaphors that name the last person mentioned: masculine then feminine. */
export const LAST_MENTIONED: Record<string, "m" | "f"> = {
  "ce dernier": "m",
  "cette derniere": "f",
};
