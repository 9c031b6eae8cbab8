/**
 * A predicate on one text, remembered: the gate asks the same questions of the same texts many times (a
 * definition is the key of one question and a distractor of three others; a card's sentences are tried
 * term after term). Bounded like the pipeline's other caches.
 */
export function memoText<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
