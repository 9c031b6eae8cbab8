/**
 * Quiz files repeat questions (one copied into two chapters, renumbered, re-punctuated): the deck asks
 * each once. A question is the same when its stem (numbering, case, spacing and punctuation aside) and its
 * key are; the same stem with another key is another question. The first copy is asked.
 */

/** A stem and key as a reader compares two questions. */
export function questionKey(stem: string, key: string): string {
  const unnumbered = stem.replace(/^\s*(?:#+\s*)?(?:q(?:uestion)?\s*)?\d+\s*[.):：、]\s*/i, '');
  return `${squeeze(unnumbered)}\u0000${squeeze(key)}`;
}

const squeeze = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');

/** The questions one build has asked, per deck (a set of `repeats`' ids). */
export type AskedBefore = Set<string>;

export const askedBefore = (): AskedBefore => new Set<string>();

/** True when the deck asked this question already; else remembers it and returns false. */
export function repeats(asked: AskedBefore, deck: string, stem: string, key: string): boolean {
  const id = `${deck}\u0000${questionKey(stem, key)}`;
  if (asked.has(id)) return true;
  asked.add(id);
  return false;
}
