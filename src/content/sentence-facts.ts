import { latinRuns } from './command-facts.ts';
import type { InlineInfo } from './inline-text.ts';
import { hasHan } from './text-normalise.ts';
import type { InlineTerm, SentenceFact } from './types.ts';

/**
 * Sentences of one line of prose: after 。！？； and after . ! ? ; followed by a space. A plain split is
 * enough here (and far cheaper than ICU's sentence segmenter on long answers).
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  // By character code: comparing one-character strings per character cost more than the split itself.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const cjkEnd = c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b;
    const latinEnd =
      (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b) &&
      (i + 1 === text.length || text.charCodeAt(i + 1) === 0x20);
    if (cjkEnd || latinEnd) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Same as ``text.includes(`\`${code}\``)``, without building that string for every term of every sentence. */
function includesInBackticks(text: string, code: string): boolean {
  for (let at = text.indexOf(code, 1); at > 0; at = text.indexOf(code, at + 1))
    if (text.charCodeAt(at - 1) === 0x60 && text.charCodeAt(at + code.length) === 0x60) return true;
  return false;
}

export function sentencesOf(inline: Pick<InlineInfo, 'line' | 'text' | 'terms' | 'lines'>): SentenceFact[] {
  const out: SentenceFact[] = [];
  const lines =
    inline.lines.length > 0 ? inline.lines : [{ line: inline.line, text: inline.text, terms: inline.terms }];
  for (const [k, line] of lines.entries()) {
    // Only lines with a key term can give a cloze: skip the sentence segmenter for the rest.
    if (line.terms.length === 0 && !(hasHan(line.text) && /[A-Za-z]/.test(line.text))) continue;
    const segments = splitSentences(line.text);
    // A sentence the author's line break cut in two ("…computed中定" / "义计算属性…"): neither half is one.
    const cutAtEnd = k < lines.length - 1 && !ENDS_SENTENCE.test(line.text);
    const cutAtStart = k > 0 && !ENDS_SENTENCE.test((lines[k - 1] as { text: string }).text);
    for (const [n, segment] of segments.entries()) {
      if ((cutAtEnd && n === segments.length - 1) || (cutAtStart && n === 0)) continue;
      const text = segment.trim();
      if (text.length < 12 || text.length > 220) continue;
      const terms: InlineTerm[] = [];
      for (const t of line.terms)
        if (t.text !== '' && (t.kind === 'code' ? includesInBackticks(text, t.text) : text.includes(t.text)))
          terms.push(t);
      if (hasHan(text)) {
        const plain = text.replace(/`[^`]*`/g, ' ').replace(/\*\*/g, ' ');
        for (const run of latinRuns(plain))
          if (run.length >= 2 && run.length <= 30) terms.push({ text: run, kind: 'latin' });
      }
      if (terms.length > 0) out.push({ line: line.line, text, paragraph: line.text, terms });
    }
  }
  return out;
}

/**
 * A line that ends its sentence (or a clause a list of them ends): a full stop, a colon, a semicolon. Its end
 * is trimmed first: a pattern of spaces before `$` would retry every split of a long run of them.
 */
const ENDS_SENTENCE = {
  test: (line: string): boolean =>
    /[。！？!?.;；:：…]$/.test(
      line
        .trimEnd()
        .replace(/(?:\*\*|__|<br\s*\/?>)$/, '')
        .trimEnd(),
    ),
};
