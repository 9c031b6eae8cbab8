import type { Block, Run } from './rich-text.ts';

/**
 * Slack mrkdwn as the Slack client shows it: `*bold*`, `_italic_`, `` `code` ``, ``` fences, `&gt;` quotes,
 * `<@U…>` mentions and `<url|label>` links; the three HTML entities Slack escapes are decoded last.
 * A fence's first line is not a language name in Slack: it is shown as written.
 */

const decode = (text: string): string =>
  text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

const INLINE = /(`[^`\n]+`|\*[^*\n]+\*|_[^_\n]+_|<[^>\n]+>)/;

function runsOf(text: string, users: Readonly<Record<string, string>>): Run[] {
  return text
    .split(INLINE)
    .filter((part) => part !== '')
    .map((part): Run => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 2)
        return { text: decode(part.slice(1, -1)), code: true };
      if (part.startsWith('*') && part.endsWith('*') && part.length > 2)
        return { text: decode(part.slice(1, -1)), bold: true };
      if (part.startsWith('_') && part.endsWith('_') && part.length > 2)
        return { text: decode(part.slice(1, -1)), italic: true };
      if (part.startsWith('<@') && part.endsWith('>')) {
        const id = part.slice(2, -1);
        return { text: `@${users[id] ?? id}`, mention: true };
      }
      if (part.startsWith('<') && part.endsWith('>')) {
        const [url = '', label] = part.slice(1, -1).split('|');
        return { text: decode(label ?? url), mention: true };
      }
      return { text: decode(part) };
    });
}

export function parseMrkdwn(text: string, users: Readonly<Record<string, string>> = {}): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.startsWith('```')) {
      const code: string[] = [];
      const first = line.slice(3);
      if (first.endsWith('```') && first.length >= 3) {
        blocks.push({ kind: 'code', lines: [decode(first.slice(0, -3))] });
        continue;
      }
      if (first !== '') code.push(decode(first));
      for (i += 1; i < lines.length && !(lines[i] ?? '').startsWith('```'); i += 1)
        code.push(decode(lines[i] ?? ''));
      blocks.push({ kind: 'code', lines: code });
    } else if (line.startsWith('&gt;')) {
      blocks.push({ kind: 'quote', runs: runsOf(line.replace(/^&gt;\s?/, ''), users) });
    } else if (line.trim() === '') blocks.push({ kind: 'gap' });
    else blocks.push({ kind: 'text', runs: runsOf(line, users) });
  }
  return blocks;
}
