import type { Block, Run } from './rich-text.ts';

/**
 * Discord's Markdown as the Discord client shows it: `**bold**`, `*italic*`, `` `code` ``, ``` fences
 * (the first line names the language and is not shown), `> ` quotes, `<@id>` mentions and `<t:unix:style>`
 * timestamps, which the client writes in the reader's own time zone (here UTC, as the harness's clock).
 */

const TIME_STYLES: Record<string, Intl.DateTimeFormatOptions> = {
  t: { hour: 'numeric', minute: '2-digit' },
  T: { hour: 'numeric', minute: '2-digit', second: '2-digit' },
  d: { month: '2-digit', day: '2-digit', year: 'numeric' },
  D: { month: 'long', day: 'numeric', year: 'numeric' },
  f: { month: 'long', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  F: { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' },
};

export function discordTime(unixSeconds: number, style: string): string {
  const options = TIME_STYLES[style] ?? TIME_STYLES.f;
  return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).format(
    new Date(unixSeconds * 1000),
  );
}

const INLINE = /(`[^`\n]+`|\*\*[^*\n]+\*\*|\*[^*\n]+\*|<@!?[A-Za-z0-9_]+>|<t:\d+(?::[tTdDfFR])?>)/;

function runsOf(text: string, users: Readonly<Record<string, string>>): Run[] {
  return text
    .split(INLINE)
    .filter((part) => part !== '')
    .map((part): Run => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 2)
        return { text: part.slice(1, -1), code: true };
      if (part.startsWith('**') && part.endsWith('**') && part.length > 4)
        return { text: part.slice(2, -2), bold: true };
      if (part.startsWith('*') && part.endsWith('*') && part.length > 2)
        return { text: part.slice(1, -1), italic: true };
      const mention = /^<@!?([A-Za-z0-9_]+)>$/.exec(part);
      if (mention) return { text: `@${users[mention[1] ?? ''] ?? mention[1]}`, mention: true };
      const time = /^<t:(\d+)(?::([tTdDfFR]))?>$/.exec(part);
      if (time) return { text: discordTime(Number(time[1]), time[2] ?? 'f'), stamp: true };
      return { text: part };
    });
}

export function parseDiscordMarkdown(text: string, users: Readonly<Record<string, string>> = {}): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.startsWith('```')) {
      const code: string[] = [];
      for (i += 1; i < lines.length && !(lines[i] ?? '').startsWith('```'); i += 1) code.push(lines[i] ?? '');
      blocks.push({ kind: 'code', lines: code });
    } else if (line.startsWith('> ')) blocks.push({ kind: 'quote', runs: runsOf(line.slice(2), users) });
    else if (line.trim() === '') blocks.push({ kind: 'gap' });
    else blocks.push({ kind: 'text', runs: runsOf(line, users) });
  }
  return blocks;
}
