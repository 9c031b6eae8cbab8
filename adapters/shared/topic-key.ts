/**
 * A practice topic as a button carries it: the resolved section titles as indices into
 * engine.topicTitles(), joined by "." ("" for no topic). Buttons carry few bytes (a Discord custom_id is
 * 100 characters), so at most MAX_TITLES titles travel; a typed topic naming more keeps its first ones.
 * After a content reload the indices may name other titles; a stale index past the end is dropped.
 */
const MAX_TITLES = 8;
const KEY = /^(?:\d{1,5}(?:\.\d{1,5})*)?$/;

export function topicKey(titles: readonly string[], allTitles: readonly string[]): string {
  const indices: number[] = [];
  for (const title of titles) {
    const index = allTitles.indexOf(title);
    if (index >= 0) indices.push(index);
    if (indices.length === MAX_TITLES) break;
  }
  return indices.join('.');
}

export const isTopicKey = (key: string): boolean => KEY.test(key);

/** The titles a key names; null when the key is malformed (a forged button), [] for "no topic". */
export function titlesOfKey(key: string, allTitles: readonly string[]): string[] | null {
  if (!KEY.test(key)) return null;
  if (key === '') return [];
  return key
    .split('.')
    .map((index) => allTitles[Number(index)])
    .filter((title): title is string => title !== undefined);
}
