import type { Lang } from '../../src/content/question.ts';
import type { RoundResults } from '../../src/engine/api.ts';
import { t } from './i18n.ts';

/** Mentions in one celebration line: enough to name a team, never a wall of pings. */
export const MAX_NAMED_WINNERS = 20;

export type Winner = RoundResults['fastest'][number];

/**
 * The players who got the daily question right, fastest first, each rendered by the platform (a mention
 * where the player is a user of it, else the escaped name); past MAX_NAMED_WINNERS the rest are counted.
 */
export function winnersLine(lang: Lang, results: RoundResults, name: (winner: Winner) => string): string {
  const named = results.fastest.slice(0, MAX_NAMED_WINNERS).map(name);
  const rest = results.fastest.length - named.length;
  const names = named.join(lang === 'zh' ? '、' : ', ');
  return t(lang, 'results.right', {
    names: rest > 0 ? t(lang, 'results.more', { names, count: rest }) : names,
  });
}

/** "3.2 s": how long the player took, as the reveal shows it. */
export const latencyText = (lang: Lang, winner: Winner): string =>
  t(lang, 'results.latency', { seconds: (winner.latencyMs / 1000).toFixed(1) });

/**
 * The celebration of a closed daily question: who got it right, then the fastest with their time, each
 * named by the platform's `name`. Null when nobody got it right.
 */
export function winnersAnnouncement(
  lang: Lang,
  results: RoundResults,
  name: (winner: Winner) => string,
): string | null {
  const first = results.fastest[0];
  if (first === undefined) return null;
  const fastest = t(lang, 'results.fastest', { names: `${name(first)} (${latencyText(lang, first)})` });
  // Chinese sentences follow each other without a space.
  return `🎉 ${winnersLine(lang, results, name)}${lang === 'zh' ? '' : ' '}${fastest}`;
}
