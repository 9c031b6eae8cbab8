import { optionLetter } from './i18n.ts';

/** `code` spans read as plain words on a button, where neither Slack nor Discord renders Markdown. */
const plainWords = (option: string): string => option.replace(/`([^`\n]+)`/g, '$1');

/**
 * The labels of a question's option buttons: "A. text" when every option fits a button whole and no two
 * read alike once their Markdown is gone, else only the letters (the message lists the options in full),
 * so no label is cut and no two buttons look the same.
 */
export function optionButtonLabels(options: readonly string[], maxLength: number): string[] {
  const labels = options.map((option, i) => `${optionLetter(i)}. ${plainWords(option)}`);
  const whole =
    labels.every((label) => label.length <= maxLength) &&
    new Set(options.map(plainWords)).size === options.length;
  return whole ? labels : options.map((_, i) => optionLetter(i));
}
