import { Converter, Locale } from 'opencc-js/t2cn';
import { memoText } from './gate-checks/memo-text.ts';

/**
 * Chinese in Traditional characters written as Simplified (`託管靜態網站` → `托管静态网站`), character by
 * character (OpenCC's Taiwan-to-mainland tables; a conversion that changes the text's length is not
 * taken, so positions in the text stay), for the checks that read Chinese against vocabulary kept in
 * Simplified (gate-checks/tech-glossary.ts): a Traditional note's "輪詢" translates Polling as much as a
 * Simplified note's "轮询" does.
 *
 * The converter takes ~20 ms to build: only when a text holds a character the tables convert, which the
 * characters of the mainland table tell (read once, on the first Chinese text); text without one is
 * returned as it is, so English and Simplified notes never build it.
 */
let traditional: Set<string> | null = null;
let convert: ((text: string) => string) | null = null;

export const simplifiedHan = memoText((text: string): string => {
  const known = traditional ?? traditionalCharacters();
  traditional = known;
  let holds = false;
  for (const ch of text)
    if (known.has(ch)) {
      holds = true;
      break;
    }
  if (!holds) return text;
  const toSimplified = convert ?? Converter({ from: 'tw', to: 'cn' });
  convert = toSimplified;
  const out = toSimplified(text);
  return out.length === text.length ? out : text;
});

/** The characters OpenCC's mainland table writes otherwise (its one-character entries, `a b|`). */
function traditionalCharacters(): Set<string> {
  const out = new Set<string>();
  for (const group of Locale.to.cn)
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const entry of dict.split('|')) {
        const from = entry.split(' ')[0] ?? '';
        if ([...from].length === 1) out.add(from);
      }
    }
  return out;
}
