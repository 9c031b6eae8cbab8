import { foldShowsAnswer, keyOnLine, labelledAnswer } from './choice-syntax.ts';
import { htmlToText } from './html-text.ts';

/**
 * An answer fold written on one line under a question's options, as quiz pages often close each question:
 * `<details><summary>Answer</summary>C</details>`. A fold spread over lines is read as a container
 * (html-containers.ts); on one line it has no inside to read, so it is written out, on its own line, as
 * the key or answer it hides: `Answer: C` (what already carries its label, `Ans: A`, stays as written).
 * Folds that do not show an answer (`<summary>Hint</summary>`) are left alone.
 */
const ONE_LINE_FOLD =
  /^([ \t]*)<details>[ \t]*<summary>([^<]{1,60})<\/summary>(.{1,200}?)<\/details>[ \t]*$/i;

export function withOneLineFoldsStated(text: string): string {
  if (!holdsOneLineFold(text)) return text;
  let changed = false;
  const lines = text.split('\n').map((line) => {
    if (!line.includes('</details>')) return line;
    const m = ONE_LINE_FOLD.exec(line);
    if (!m) return line;
    const [, indent = '', summary = '', inside = ''] = m;
    const answer = htmlToText(inside).trim();
    if (answer === '' || answer.includes('<') || !foldShowsAnswer(htmlToText(summary))) return line;
    changed = true;
    const labelled = keyOnLine(answer) !== null || labelledAnswer(answer) !== null;
    return `${indent}${labelled ? answer : `Answer: ${answer}`}`;
  });
  return changed ? lines.join('\n') : text;
}

/** A `</details>` with a `</summary>` before it on its line: searched for, the note is not split into lines. */
function holdsOneLineFold(text: string): boolean {
  for (let at = text.indexOf('</details>'); at >= 0; at = text.indexOf('</details>', at + 10)) {
    const start = text.lastIndexOf('\n', at) + 1;
    const summary = text.lastIndexOf('</summary>', at);
    if (summary >= start) return true;
  }
  return false;
}
