import { letteredOption } from './choice-syntax.ts';

/**
 * A key written as an Obsidian highlight opening the explanation under a question's options, as some error
 * books do: `==B==。根据…` under `> - D. …`. The highlight is no cloze there: it is written out as the stated key
 * (`Answer: B。根据…`, the line keeping its number) and read as every "Answer: B" is. Only right under a
 * lettered option line (a quote, a list item or a plain line), blank lines between.
 */
const HIGHLIGHTED_KEY = /^==([A-H]{1,4})==(?=[。．.，,：:;；\s]|$)/;
const MAY_HOLD = /(?:^|\n)==[A-H]{1,4}==/;
/** Quote and list marks before a line's words (`> -   D. …`). */
const LINE_MARKS = /^[>\s]*(?:[-*+]\s+)?/;

export function withHighlightedKeysStated(text: string): string {
  // Most notes hold no highlight at a line's start: one search spares them the split into lines.
  if (!text.includes('==') || !MAY_HOLD.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  let previous = '';
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string;
    if (line.trim() === '') continue;
    const m = line.startsWith('==') ? HIGHLIGHTED_KEY.exec(line) : null;
    if (m && letteredOption(previous.replace(LINE_MARKS, '')) !== null) {
      lines[k] = `Answer: ${m[1]}${line.slice(m[0].length)}`;
      changed = true;
    }
    previous = line;
  }
  return changed ? lines.join('\n') : text;
}
