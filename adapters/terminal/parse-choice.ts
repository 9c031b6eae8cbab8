/**
 * "B", "b", "2", "Ｂ" (full-width, as Chinese input methods type it) -> the option index 1.
 * Returns null for anything else so the caller can explain the usage.
 */
export function parseChoice(input: string): number | null {
  const text = input.normalize('NFKC').trim();
  if (/^[1-9]\d?$/.test(text)) return Number(text) - 1;
  if (/^[a-z]$/i.test(text)) return text.toUpperCase().charCodeAt(0) - 65;
  return null;
}
