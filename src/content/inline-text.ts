import type { Token } from 'markdown-it';
import type { InlineTerm } from './types.ts';

/** One line of an inline run (paragraphs keep their soft line breaks: some notes put one item per line). */
export interface InlineLine {
  readonly line: number;
  /** Light Markdown: inline code in backticks, bold in `**`; links and images reduced to their text. */
  readonly text: string;
  readonly plain: string;
  readonly terms: readonly InlineTerm[];
}

export interface InlineInfo {
  readonly line: number;
  readonly text: string;
  readonly plain: string;
  readonly terms: readonly InlineTerm[];
  readonly lines: readonly InlineLine[];
  /** Every visible character sits inside a link ("[⬆ Back to Top](#top)", a bare reference). */
  readonly linkOnly: boolean;
  /** Only images, no words. */
  readonly imageOnly: boolean;
  readonly images: readonly { readonly line: number; readonly src: string }[];
}

interface LineBuilder {
  line: number;
  text: string;
  plain: string;
  terms: InlineTerm[];
}

/** Reads an `inline` token's children; `line` is the 1-based line the inline run starts on. */
export function readInline(token: Token, line: number): InlineInfo {
  const lines: LineBuilder[] = [];
  let current: LineBuilder = { line, text: '', plain: '', terms: [] };
  lines.push(current);
  let inLink = 0;
  let boldStart: number | null = null;
  let outsideLinkChars = 0;
  let linkChars = 0;
  let imageCount = 0;
  const images: { line: number; src: string }[] = [];
  const children = token.children ?? [];
  for (let c = 0; c < children.length; c++) {
    const child = children[c] as Token;
    switch (child.type) {
      case 'text': {
        current.text += child.content;
        current.plain += child.content;
        const visible = child.content.trim().length;
        if (inLink > 0) linkChars += visible;
        else outsideLinkChars += visible;
        break;
      }
      case 'code_inline': {
        current.text += `\`${child.content}\``;
        current.plain += child.content;
        current.terms.push({ text: child.content.trim(), kind: 'code' });
        if (inLink > 0) linkChars += child.content.length;
        else outsideLinkChars += child.content.length;
        break;
      }
      case 'strong_open':
        current.text += '**';
        boldStart = current.plain.length;
        break;
      case 'strong_close':
        current.text += '**';
        if (boldStart !== null) {
          const bold = current.plain.slice(boldStart).trim();
          if (bold !== '') current.terms.push({ text: bold, kind: 'bold' });
        }
        boldStart = null;
        break;
      case 'link_open':
        inLink++;
        break;
      case 'link_close':
        inLink = Math.max(0, inLink - 1);
        break;
      case 'image': {
        imageCount++;
        const src = child.attrGet('src');
        if (src !== null && src !== '') images.push({ line: current.line, src: String(src) });
        break;
      }
      case 'softbreak':
      case 'hardbreak':
        current = { line: current.line + 1, text: '', plain: '', terms: [] };
        lines.push(current);
        break;
      default:
        break;
    }
  }
  // Trimmed in place: the builders already have the shape of an InlineLine.
  for (const l of lines) {
    l.text = l.text.trim();
    l.plain = l.plain.trim();
  }
  const finished: readonly InlineLine[] = lines;
  // Most inline runs are one line: reuse its fields rather than joining one-element arrays.
  const only = finished.length === 1 ? finished[0] : undefined;
  return {
    line,
    text: only ? only.text : finished.map((l) => l.text).join('\n'),
    plain: only ? only.plain : finished.map((l) => l.plain).join('\n'),
    terms: only ? [...only.terms] : finished.flatMap((l) => l.terms),
    lines: finished,
    linkOnly: linkChars > 0 && outsideLinkChars === 0 && imageCount === 0,
    imageOnly: imageCount > 0 && linkChars + outsideLinkChars === 0,
    images,
  };
}
