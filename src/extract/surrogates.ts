/**
 * UTF-16 surrogates: a character outside the Basic Multilingual Plane (𝒜, an emoji) is two code units, a lead then a
 * trail. The extraction reads text by code unit and hands such a pair to a regular expression instead.
 */

/** The first code unit of a pair. */
export function isLeadSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The second code unit of a pair. */
export function isTrailSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Either half of a pair. */
export function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}
