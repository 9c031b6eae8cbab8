import type { Lang } from '../../src/content/question.ts';
import { didYouMean } from './did-you-mean.ts';
import { optionLetter, rejectionMessage, t } from './i18n.ts';

/**
 * What every adapter says after a mistake, so the player learns what to type instead: the closest valid
 * words ("did you mean …"), the valid choices, the valid letters. Platform pointers (`/topics`,
 * `/quiz help`) are the adapters' own wording and come in as `pointer`.
 */

/** Typed text quoted back is cut here: a pasted paragraph must not bury the explanation. */
const MAX_ECHO = 60;

export function echo(typed: string): string {
  const chars = [...typed.replace(/\s+/g, ' ').trim()];
  return chars.length <= MAX_ECHO ? chars.join('') : `${chars.slice(0, MAX_ECHO - 1).join('')}…`;
}

/** " Did you mean x, y?" for the candidates close to what was typed, or "" when none is close. */
export function suggestionLine(
  lang: Lang,
  typed: string,
  candidates: readonly string[],
  quote: (text: string) => string = (text) => text,
): string {
  const close = didYouMean(typed, candidates);
  return close.length === 0 ? '' : t(lang, 'hint.didYouMean', { suggestions: close.map(quote).join(', ') });
}

/**
 * "There is no topic called "x". Did you mean y? <pointer>". `quote` makes a title or the typed text safe
 * in the platform's markup (it gets the text already cut).
 */
export function unknownTopicMessage(
  lang: Lang,
  typed: string,
  topics: readonly string[],
  pointer: string,
  quote: (text: string) => string = (text) => text,
): string {
  return [
    rejectionMessage(lang, 'unknown_topic', quote(echo(typed))),
    suggestionLine(lang, typed, topics, quote),
    pointer,
  ]
    .filter((part) => part !== '')
    .join(' ');
}

/** "Did you mean week? Choose from: today, week, month, all." after an unknown word from a fixed list. */
export function unknownChoiceHint(lang: Lang, typed: string, choices: readonly string[]): string {
  return [suggestionLine(lang, typed, choices), t(lang, 'hint.choices', { choices: choices.join(', ') })]
    .filter((part) => part !== '')
    .join(' ');
}

/** "There is no such option. Pick one of A, B, C." */
export function outOfRangeMessage(lang: Lang, optionCount: number): string {
  const letters = Array.from({ length: optionCount }, (_, i) => optionLetter(i)).join(', ');
  const base = rejectionMessage(lang, 'choice_out_of_range');
  return optionCount > 0 ? `${base} ${t(lang, 'hint.letters', { letters })}` : base;
}

/** The section(s) a typed topic chose, named in the reply so a partly typed topic shows what it found. */
export const topicsChosenLine = (lang: Lang, titles: readonly string[]): string =>
  t(lang, 'topic.chosen', { topics: titles.join(', ') });
