/**
 * Forgiving topic names: players type "docker", "Ｄｏｃｋｅｒ" or "compose" for "Docker Compose".
 * NFKC folds full-width forms, case is ignored, runs of spaces count as one.
 */
function normalizeTopic(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The titles a typed topic names: an exact (normalised) match wins; otherwise every title containing
 * the typed text. Empty when nothing matches.
 */
export function matchTitles(query: string, titles: readonly string[]): string[] {
  const wanted = normalizeTopic(query);
  if (wanted === '') return [];
  const exact = titles.filter((title) => normalizeTopic(title) === wanted);
  if (exact.length > 0) return exact;
  return titles.filter((title) => normalizeTopic(title).includes(wanted));
}
