/**
 * Web-page boilerplate found around French news articles: closed lists that the importer's rules are built from.
 * Each pattern matches a whole trimmed line, case-insensitively, so a sentence that merely mentions « publicité » is kept.
 */

/** Lines that are page chrome wherever they appear: sign-in, sharing, ads, rights, reading time, newsletters, cookies. */
export const NOISE_LINES: readonly RegExp[] = [
  // sign-in and subscription bars: « S'identifier S'abonner », « Se connecter », « Abonnez-vous »
  /^(?:(?:s['’]identifier|se connecter|connexion|s['’]inscrire|s['’]abonner|abonnez-vous|je m['’]abonne|mon compte|déjà abonné\s*\??|offre numérique)\s*[|·•-]?\s*)+$/i,
  /^(?:abonnez-vous|abonnez vous|je m['’]abonne)\b.{0,80}$/i,
  // share buttons: « Partager cet article », « Partager sur Facebook », « Copier le lien »
  /^partager\b.{0,60}$/i,
  /^(?:copier\/coller|copier) le lien\b.*$/i,
  /^(?:copy to clipboard|lien copié|link copied)$/i,
  /^(?:(?:facebook|twitter|x|linkedin|whatsapp|messenger|e-?mail|imprimer|flipboard|pinterest|bluesky)\s*[|·•]?\s*){2,}$/i,
  /^(?:discussion|commentaires?|réagir|close button)$/i,
  // ads
  /^(?:publicité|advertisement|annonce|contenu sponsorisé|contenu partenaire|sponsorisé)$/i,
  // rights and photo credits: « Tous droits réservés », « Reuters © | Reuters », « © AFP »
  /^tous droits réservés\b.{0,80}$/i,
  /^(?:[\p{L}\p{N} .'’/-]{0,40})©(?:[\p{L}\p{N} .'’/|-]{0,60})$/u,
  /^(?:crédit|crédits|photo)\s*:.{0,80}$/i,
  // reading time and stamps: « Temps de lecture: 2 min », « Publié le 27/07/2016 à 10h12 », « Mis à jour le … »
  /^(?:temps de )?lecture\s*:?\s*\d+\s*min(?:utes?)?\.?$/i,
  /^\d+\s*min(?:utes?)? de lecture\.?$/i,
  /^(?:publié|mis à jour|modifié|actualisé)\s+le\b.{0,60}$/i,
  // newsletters
  /^(?:inscrivez-vous|abonnez-vous|recevez)\b.{0,40}\bnewsletters?\b.{0,40}$/i,
  /^(?:je m['’]inscris|s['’]inscrire à la newsletter|newsletter)$/i,
  // cookies and consent
  /^.{0,40}\bcookies\b.{0,40}$/i,
  /^(?:accepter|refuser|tout accepter|tout refuser|paramétrer)(?: et fermer)?$/i,
  // inline teasers and navigation
  /^(?:lire aussi|à lire aussi|lire également|voir aussi|à voir aussi|lire la suite|en savoir plus)\b\s*:?.{0,160}$/i,
  /^voir tout(?:e)? (?:le|la|les)\b.{0,40}$/i,
  /^retour en haut\b.{0,40}$/i,
  // breadcrumbs: « Accueil Monde Europe », « Accueil › International › Russie »
  /^[Aa]ccueil(?:\s*[>›»/|]?\s*\p{Lu}[\p{L}'’-]*){0,8}$/u,
  /^(?:\p{Lu}[\p{L}'’ -]{0,30}\s[>›]\s){2,}\p{Lu}[\p{L}'’ -]{0,30}$/u,
];

/**
 * Headings that open a list of other articles at the foot of a page: « À découvrir également », « Le fil info ».
 * What follows them is dropped until a real paragraph comes back.
 */
export const RELATED_HEADINGS: readonly RegExp[] = [
  /^à (?:découvrir|lire|voir) (?:également|aussi|absolument)$/i,
  /^(?:le fil info|fil info|fil d['’]actualités?|en continu|le direct)$/i,
  /^(?:à la une|la une|les plus lus|les plus partagés|les plus commentés|les plus populaires)$/i,
  /^(?:sur le même (?:sujet|thème)|dans la même rubrique|nos articles similaires|articles similaires|articles liés|articles recommandés)$/i,
  /^(?:vous aimerez aussi|vous aimerez également|vous pourriez aussi aimer|recommandé pour vous|recommandés pour vous|notre sélection)$/i,
  /^(?:le meilleur de l['’]actu|les dernières actualités|dernières actualités|toute l['’]actualité|l['’]actualité en continu)$/i,
  /^(?:plus d['’]articles|autres articles|sur le même sujet\s*:?)$/i,
];

/** Bylines that name the newsroom or an agency rather than a person: not kept as `author`. */
export const COLLECTIVE_BYLINES: readonly RegExp[] = [
  /^(?:la rédaction|rédaction|notre rédaction|l['’]équipe|avec afp|afp|reuters|ap|belga|ats|agences?)\b/i,
  /\b(?:rédaction|avec afp|avec reuters|agence)\b/i,
];
