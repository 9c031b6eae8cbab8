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

/**
 * A `</summary>` with a `</details>` after it on its line, found in one forward pass (the note is not split
 * into lines, and a line of thousands of tags is read once).
 */
function holdsOneLineFold(text: string): boolean {
  let details = -1;
  for (let summary = text.indexOf('</summary>'); summary >= 0; ) {
    const newline = text.indexOf('\n', summary);
    const lineEnd = newline < 0 ? text.length : newline;
    if (details < summary) details = text.indexOf('</details>', summary);
    if (details < 0) return false;
    if (details < lineEnd) return true;
    summary = text.indexOf('</summary>', lineEnd);
  }
  return false;
}
