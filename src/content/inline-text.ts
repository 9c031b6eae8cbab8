import type { Token } from 'markdown-it';
import { isHtmlMarkup } from './html-text.ts';
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
  /** The text of a link nothing visible follows ("… [Reference](…)"), else null. */
  readonly trailingLink: string | null;
  /** The words outside links, when they are few (up to 40 characters), else null: "See" in "See [Answer](…)". */
  readonly unlinkedWords: string | null;
  readonly images: readonly { readonly line: number; readonly src: string }[];
}

interface LineBuilder {
  line: number;
  text: string;
  /** null while the line has no code or bold: its plain text is then its text (one string, not two). */
  plain: string | null;
  terms: InlineTerm[];
}

// Most lines have no key terms and most runs no images: they share these (never mutated) empties.
const NO_TERMS: InlineTerm[] = [];
const NO_IMAGES: readonly { readonly line: number; readonly src: string }[] = [];

function addTerm(line: LineBuilder, term: InlineTerm): void {
  if (line.terms === NO_TERMS) line.terms = [term];
  else line.terms.push(term);
}

/** Start keeping the plain text apart from the text: a mark is about to make them differ. */
function splitPlain(line: LineBuilder): string {
  if (line.plain === null) line.plain = line.text;
  return line.plain;
}

/** The characters String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator, regex `\s`). */
export function isTrimmed(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `text.trim().length` without making the trimmed copy (counted for every text piece of every run). */
function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  return end - start;
}

const BREAK = /^<br\b/i;
const HTML_BOLD = /^<\/?(?:strong|b)(?:\s[^>]*)?>$/i;

const endsWithSpace = (text: string): boolean => text.endsWith(' ');

/** Whether the child puts words on the line (a line a `<br>` left pending starts before it). */
function opensWords(child: Token): boolean {
  switch (child.type) {
    case 'html_inline':
      return !isHtmlMarkup(child.content) && trimmedLength(child.content) > 0;
    case 'text':
      return trimmedLength(child.content) > 0;
    case 'code_inline':
    case 'strong_open':
    case 'link_open':
    case 'image':
      return true;
    default:
      return false;
  }
}

const newLine = (line: number): LineBuilder => ({ line, text: '', plain: null, terms: NO_TERMS });

/** Bold opens on the line (`**`, `<strong>`): where its words start in the plain text. */
function openBold(current: LineBuilder): number {
  const start = splitPlain(current).length;
  current.text += '**';
  return start;
}

/** Bold closes: its words, if any, are a term of the line. No bold is open after it. */
function closeBold(current: LineBuilder, boldStart: number | null): null {
  const plain = splitPlain(current);
  current.text += '**';
  if (boldStart !== null) {
    const bold = plain.slice(boldStart).trim();
    if (bold !== '') addTerm(current, { text: bold, kind: 'bold' });
  }
  return null;
}

/**
 * Reads an `inline` token's children (or the ones given: a heading's without its back-to-top links); `line`
 * is the 1-based line the inline run starts on. With `breakLines` (a paragraph's run), a `<br>` inside a
 * source line starts a new line of the run, as a line break would (`Which…?<br>a. x<br>b. y`: a question
 * and its options); elsewhere (a heading, a table cell) it is a space. A `<br>` ending its source line is a
 * space either way.
 */
export function readInline(
  token: Token,
  line: number,
  breakLines = false,
  children: readonly Token[] = token.children ?? [],
): InlineInfo {
  let current = newLine(line);
  const lines: LineBuilder[] = [current];
  // Words on the current line, and a `<br>` after them waiting for more words to start a new line with.
  let wordsOnLine = false;
  let breakPending = false;
  let inLink = 0;
  let boldStart: number | null = null;
  let outsideLinkChars = 0;
  let linkChars = 0;
  let imageCount = 0;
  let images: { line: number; src: string }[] | null = null;
  // The last link's text and where the visible text stood when it closed (to tell whether it ends the run).
  let linkText = '';
  let lastLink: string | null = null;
  let visibleAtLastLink = -1;
  let unlinked = '';
  let afterBreak = false;
  for (let c = 0; c < children.length; c++) {
    const child = children[c] as Token;
    if (breakPending && opensWords(child)) {
      breakPending = false;
      current = newLine(current.line);
      lines.push(current);
      wordsOnLine = false;
    }
    switch (child.type) {
      case 'html_inline':
      case 'text': {
        // `<strong>` / `<b>` are bold written in HTML: read as `**` is (the words a term, the line bold).
        if (child.type === 'html_inline' && HTML_BOLD.test(child.content)) {
          const opens = child.content.charCodeAt(1) !== 0x2f;
          if (opens && boldStart === null) boldStart = openBold(current);
          else if (!opens && boldStart !== null) boldStart = closeBold(current, boldStart);
          break;
        }
        // Formatting tags are markup; `<uses-sdk>` or `<T>` is what the author writes about: kept as text.
        if (child.type === 'html_inline' && isHtmlMarkup(child.content)) {
          // A `<br>` parts two sentences ("in-house.<br/>Which…"): a space, never none or two.
          if (BREAK.test(child.content)) {
            afterBreak = true;
            // Bold or a link open across it stays on one line: its words are one term.
            if (breakLines && wordsOnLine && boldStart === null && inLink === 0) breakPending = true;
            if (!endsWithSpace(current.text)) {
              current.text += ' ';
              if (current.plain !== null) current.plain += ' ';
            }
          }
          break;
        }
        const visible = trimmedLength(child.content);
        const content = afterBreak && endsWithSpace(current.text) ? child.content.trimStart() : child.content;
        afterBreak = false;
        current.text += content;
        if (current.plain !== null) current.plain += content;
        if (visible > 0) wordsOnLine = true;
        if (inLink > 0) {
          linkChars += visible;
          if (linkText.length < 200) linkText += child.content;
        } else {
          outsideLinkChars += visible;
          if (unlinked.length <= 40) unlinked += child.content;
        }
        break;
      }
      case 'code_inline': {
        wordsOnLine = true;
        current.plain = splitPlain(current) + child.content;
        current.text += `\`${child.content}\``;
        addTerm(current, { text: child.content.trim(), kind: 'code' });
        if (inLink > 0) {
          linkChars += child.content.length;
          if (linkText.length < 200) linkText += `\`${child.content}\``;
        } else {
          outsideLinkChars += child.content.length;
          if (unlinked.length <= 40) unlinked += child.content;
        }
        break;
      }
      case 'strong_open':
        boldStart = openBold(current);
        break;
      case 'strong_close':
        boldStart = closeBold(current, boldStart);
        break;
      case 'link_open':
        if (inLink === 0) linkText = '';
        inLink++;
        break;
      case 'link_close':
        inLink = Math.max(0, inLink - 1);
        if (inLink === 0) {
          lastLink = linkText;
          visibleAtLastLink = outsideLinkChars;
        }
        break;
      case 'image': {
        imageCount++;
        const src = child.attrGet('src');
        if (src !== null && src !== '') {
          images ??= [];
          images.push({ line: current.line, src: String(src) });
        }
        break;
      }
      case 'softbreak':
      case 'hardbreak':
        current = newLine(current.line + 1);
        lines.push(current);
        wordsOnLine = false;
        breakPending = false;
        break;
      default:
        break;
    }
  }
  // Trimmed in place: the builders already have the shape of an InlineLine once plain is filled in.
  for (const l of lines) {
    l.text = l.text.trim();
    l.plain = l.plain === null ? l.text : l.plain.trim();
  }
  const finished = lines as InlineLine[];
  // Most inline runs are one line: reuse its fields rather than joining one-element arrays.
  const only = finished.length === 1 ? finished[0] : undefined;
  return {
    line,
    text: only ? only.text : finished.map((l) => l.text).join('\n'),
    plain: only ? only.plain : finished.map((l) => l.plain).join('\n'),
    terms: only ? only.terms : finished.flatMap((l) => l.terms),
    lines: finished,
    linkOnly: linkChars > 0 && outsideLinkChars === 0 && imageCount === 0,
    imageOnly: imageCount > 0 && linkChars + outsideLinkChars === 0,
    images: images ?? NO_IMAGES,
    trailingLink: lastLink !== null && visibleAtLastLink === outsideLinkChars ? lastLink.trim() : null,
    unlinkedWords: unlinked.length <= 40 ? unlinked.trim() : null,
  };
}
