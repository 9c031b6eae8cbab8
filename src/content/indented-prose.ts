import type { Token } from 'markdown-it';
import { isProseBlock } from './prose-lines.ts';

/**
 * Some notes type every answer indented under its question heading ("    Kafka 采用的就是发布-订阅模型。"),
 * so markdown-it reads the answers as code. Such a block, when it is plainly prose (prose-lines.ts) and
 * stands right under a heading (a picture or another such block between them at most), is given back its
 * left margin: its paragraphs and points read as the paragraphs and lists they are. Deeper lines keep up
 * to three spaces of their extra indent: "Producer（生产者）:" over its indented definition stays one
 * paragraph, "1. 注册中心" under a line stays a list item. Line numbers do not move.
 */

/** Headings over output or an example: an indented block there is what a program printed. */
const SHOWS_OUTPUT = /output|example|sample|result|输出|结果|示例|例子|样例/i;

const showsOnlyPictures = (inline: Token | undefined): boolean =>
  (inline?.children ?? []).some((c) => c.type === 'image') &&
  (inline?.children ?? []).every(
    (c) =>
      c.type === 'image' ||
      c.type === 'softbreak' ||
      c.type === 'html_inline' ||
      (c.type === 'text' && c.content.trim() === ''),
  );

/** Columns of a line's indent, a tab reaching the next multiple of four (as markdown-it counts them). */
function indentOf(line: string): { columns: number; chars: number } {
  let columns = 0;
  let chars = 0;
  for (; chars < line.length; chars++) {
    const c = line.charCodeAt(chars);
    if (c === 0x20) columns++;
    else if (c === 0x09) columns += 4 - (columns % 4);
    else break;
  }
  return { columns, chars };
}

/** Lines `from`..`to` (0-based, end excluded) with the block's common indent gone, deeper ones at most 3. */
function outdent(lines: string[], from: number, to: number): void {
  let base = Number.POSITIVE_INFINITY;
  for (let k = from; k < to; k++) {
    const line = lines[k] ?? '';
    if (line.trim() !== '') base = Math.min(base, indentOf(line).columns);
  }
  for (let k = from; k < to; k++) {
    const line = lines[k] ?? '';
    if (line.trim() === '') continue;
    const indent = indentOf(line);
    lines[k] = ' '.repeat(Math.min(indent.columns - base, 3)) + line.slice(indent.chars);
  }
}

/** The text with each indented block of prose under a heading outdented; the text itself when there is none. */
export function withIndentedProse(tokens: readonly Token[], text: string): string {
  let lines: string[] | null = null;
  // Whether the block at hand stands right under a heading that does not show output.
  let underHeading = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.level !== 0) continue;
    switch (token.type) {
      case 'heading_open':
        underHeading = !SHOWS_OUTPUT.test(tokens[i + 1]?.content ?? '');
        break;
      case 'heading_close':
      case 'html_block':
        break;
      case 'paragraph_open':
        // A picture between the heading and the answer ("![](topic.png)") leaves the answer under it.
        if (!showsOnlyPictures(tokens[i + 1])) underHeading = false;
        break;
      case 'paragraph_close':
        break;
      case 'code_block': {
        const map = token.map;
        if (underHeading && map && isProseBlock(token.content)) {
          lines ??= text.split('\n');
          outdent(lines, map[0], map[1]);
        } else underHeading = false;
        break;
      }
      default:
        underHeading = false;
    }
  }
  return lines === null ? text : lines.join('\n');
}
