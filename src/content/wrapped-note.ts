/**
 * A note saved whole inside one Markdown code block (```` ````markdown ```` on its first line, the closing
 * fence on its last), as notes copied out of a chat or a docs page often are: the block is the note itself,
 * not a listing in it. Its two fence lines are blanked (every line keeps its number) so the note is read as
 * the Markdown it holds. Only a fence marked `markdown` or `md` that opens the first line with text and
 * closes on the last: a note that shows a Markdown sample among other text keeps it as code.
 */
const OPENING = /^[ \t]*(`{3,}|~{3,})[ \t]*(?:markdown|md)[ \t]*$/i;

export function withWrappedNoteOpened(text: string): string {
  const start = text.search(/\S/);
  if (start < 0 || (text[start] !== '`' && text[start] !== '~')) return text;
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  let last = lines.length - 1;
  while (last > first && (lines[last] as string).trim() === '') last--;
  const open = OPENING.exec(lines[first] as string);
  if (!open || last <= first) return text;
  const fence = open[1] as string;
  const closing = (lines[last] as string).trim();
  if (closing[0] !== fence[0] || closing.length < fence.length || !/^(`+|~+)$/.test(closing)) return text;
  // An inner fence as long as the outer one would have closed it early: then the block is not the note.
  const inner = new RegExp(`^[ \\t]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
  for (let k = first + 1; k < last; k++) if (inner.test(lines[k] as string)) return text;
  lines[first] = '';
  lines[last] = '';
  return lines.join('\n');
}
