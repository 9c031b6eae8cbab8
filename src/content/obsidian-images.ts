import { fenceTracker } from './code-fences.ts';

/**
 * Obsidian's image embeds (`![[Pasted image 20260117212413.png]]`, `![[diagram.svg|300]]`) written as the
 * Markdown images they are (`![](<Pasted image 20260117212413.png>)`), so the readers treat them as every
 * picture is treated: kept in answers, never part of an option's or a definition's words. Embeds of notes
 * (`![[Other note]]`) and anything inside code stay as written; every line keeps its number.
 */
const EMBED = /!\[\[([^\]|\n]+?\.(?:png|jpe?g|gif|svg|webp|bmp|avif))(?:\|[^\]\n]*)?\]\]/gi;

export function withObsidianImages(text: string): string {
  if (!text.includes('![[')) return text;
  const inCode = fenceTracker();
  return text
    .split('\n')
    .map((line) => (inCode(line) || !line.includes('![[') ? line : line.replace(EMBED, '![](<$1>)')))
    .join('\n');
}
