import { isAnswerLabelAlone } from './choice-syntax.ts';
import { htmlToText, stripComments } from './html-text.ts';
import type { Block } from './markdown-blocks.ts';
import { isPlaceholderText, isPlaceholderWord } from './placeholder-answers.ts';
import { cleanPrompt } from './prompt-text.ts';
import { isSkippedTitle, looksLikeQuestion } from './question-cues.ts';
import type { LocalProblem } from './raw-card.ts';
import { normaliseKey } from './text-normalise.ts';

/**
 * What counts as an answer. Links that only point elsewhere ("See [Answer](…)"), placeholders ("To be
 * completed.", "todo" over a bare URL: placeholder-answers.ts), labels ("**Answer:**") and footers ("Source: [site](…)", a "Useful resources" link list)
 * are not; an image is (the reveal shows it), though it gives nothing to build a question from.
 */

/** Pointer words, then separators: a navigation line ("← [Back](…) | [Next](…)") is links and separators only. */
const STUB_WORDS =
  /^(?:see|see also|see the|see this|read|read more|check|check out|refer to|more|more info|details|here|answer|answers|click here|参见|详见|见|请见|查看|请看|点击|点此|答案|解答)?[\s:：.。,，\-–—>»→|·•/<«←‹›]*$/i;
const LABEL =
  /^(?:\*\*|__)?(?:answer|answers|solution|explanation|reason|why|note|notes|tip|hint|答案|解答|回答|解析|答案解析|说明|提示|注意|注)(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?$/i;

type Paragraph = Extract<Block, { type: 'paragraph' }>;
type InlineOf = Paragraph['inline'];

/** Links with at most a pointer word around them: "See [Answer](…)", "[Docs](…)", "Source: [site](…)". */
function isLinkStub(inline: InlineOf): boolean {
  if (inline.linkOnly) return true;
  if (inline.trailingLink === null || inline.unlinkedWords === null || inline.imageOnly) return false;
  const words = inline.unlinkedWords;
  return STUB_WORDS.test(words) || (words.length <= 24 && /[:：]$/.test(words));
}

const isPlaceholder = (inline: InlineOf): boolean => isPlaceholderWord(inline.plain);

export function isLabel(inline: InlineOf): boolean {
  const text = inline.text.trim();
  return text.length <= 30 && LABEL.test(text);
}

const visible = (i: InlineOf): boolean =>
  !i.linkOnly && !i.imageOnly && i.plain.trim() !== '' && !isPlaceholder(i) && !isLinkStub(i);

/** Does this block say something (as opposed to a link, an image, a placeholder, a label, a rule)? */
export function isContent(block: Block): boolean {
  switch (block.type) {
    case 'paragraph':
      return visible(block.inline) && !isLabel(block.inline) && !isPlaceholderText(block.inline.plain);
    case 'list':
      // A list of questions with no answers ("- What did you learn this week?") asks, it does not answer.
      return block.items.some((item) => item.inlines.some(visible));
    case 'table':
      return block.rows.some((row) => row.cells.some((c) => !c.linkOnly && c.plain.trim() !== ''));
    case 'code':
      // A code block holding only a pointer ("\t参考：https://…") or "todo" over one is no answer either.
      return block.content.trim() !== '' && !isPlaceholderText(block.content);
    case 'deflist':
      return block.items.length > 0;
    case 'html':
      return blockSays(block);
    default:
      return false;
  }
}

const asksOnly = (item: Extract<Block, { type: 'list' }>['items'][number]): boolean =>
  item.inlines.length === 1 && looksLikeQuestion(item.inlines[0]?.plain ?? '');

/** Three or more items, nearly all of them questions with no answer under them. */
export const isQuestionList = (block: Extract<Block, { type: 'list' }>): boolean =>
  block.items.length >= 3 && block.items.filter(asksOnly).length * 4 >= block.items.length * 3;

/** An image the reveal can show: an answer even without words. */
const isImage = (block: Block): boolean => block.type === 'paragraph' && block.inline.imageOnly;

/** A paragraph or code block the author left as a placeholder ("todo", "TBD" over a bare URL). */
const isPlaceholderBlock = (block: Block): boolean =>
  (block.type === 'paragraph' && (isPlaceholder(block.inline) || isPlaceholderText(block.inline.plain))) ||
  (block.type === 'code' && isPlaceholderText(block.content));

/** Blocks with a placeholder where an answer is to come: a question left unanswered, not an empty heading. */
export const awaitsAnswer = (blocks: readonly Block[]): boolean => blocks.some(isPlaceholderBlock);

/** Content, or an image: something a reveal can show. */
export const answers = (blocks: readonly Block[]): boolean => blocks.some((b) => isContent(b) || isImage(b));

export const isLinkList = (block: Block): boolean =>
  block.type === 'list' &&
  block.items.every((item) => item.inlines.every((i) => i.linkOnly || i.plain.trim() === ''));

const isReferenceLabel = (block: Block): boolean => {
  if (block.type !== 'paragraph') return false;
  const plain = block.inline.plain.trim();
  return plain.length <= 24 && (isSkippedTitle(normaliseKey(plain)) || /[:：]$/.test(plain));
};

/** An HTML block with words in it (a `<table>` of ports), not just tags, comments or a `<br>`. */
function htmlSays(content: string): boolean {
  if (content.length < 12) return false;
  const text = htmlToText(stripComments(content));
  return text.replace(/:[a-z_]+:/g, '').length >= 12;
}

// An HTML block is asked about several times (content? footer? leading?): read its words once.
const says = new WeakMap<Block, boolean>();

function blockSays(block: Extract<Block, { type: 'html' }>): boolean {
  let known = says.get(block);
  if (known === undefined) {
    known = htmlSays(block.content);
    says.set(block, known);
  }
  return known;
}

const isBareHtml = (block: Block): boolean => block.type === 'html' && !blockSays(block);

/** `#pods #basics`: the tags a flashcard deck files a card under (Obsidian, Logseq), no words of the answer. */
const TAGS_ONLY = /^(?:#[\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*\s*)+$/u;
const isTagLine = (block: Block): boolean =>
  block.type === 'paragraph' && TAGS_ONLY.test(block.inline.text.trim());

const isFooter = (block: Block, keepSources: boolean): boolean =>
  isBareHtml(block) ||
  isTagLine(block) ||
  (block.type === 'paragraph' &&
    !block.inline.imageOnly &&
    isLinkStub(block.inline) &&
    !(keepSources && isLabelledLink(block.inline))) ||
  isLinkList(block);

/** "Explanation: <https://…>", "参考：[…](…)": a source the author gives for an answer, under its label. */
const isLabelledLink = (inline: InlineOf): boolean =>
  inline.unlinkedWords !== null && /\S\s*[:：]$/.test(inline.unlinkedWords);

/** A heading that only labels the answer under it: `### Answer ✅`, `#### 答案`, `### Explanation`. */
const isLabelHeading = (block: Block): boolean =>
  block.type === 'heading' && (isLabel(block.inline) || isAnswerLabelAlone(block.inline.text));

/** The blocks up to the last that is no footer (links, `#tags`, bare HTML): what trails an answer's text. */
export function withoutFooters(blocks: readonly Block[]): readonly Block[] {
  let end = blocks.length;
  while (end > 0 && isFooter(blocks[end - 1] as Block, true)) end--;
  return end === blocks.length ? blocks : blocks.slice(0, end);
}

/**
 * Drop what trails an answer without being part of it ("Back to top" links, reference lists and their
 * label, "Source: [site](…)", a card's `#tags`), and what leads it without saying anything (html, a bare
 * "**Answer:**", a heading `### Answer`).
 * `keepSources`: a reveal (not material for questions) keeps a labelled source ("Explanation: <url>").
 */
export function trimAnswer(blocks: readonly Block[], keepSources = false): Block[] {
  let end = blocks.length;
  let droppedLinks = false;
  while (end > 0) {
    const last = blocks[end - 1] as Block;
    if (isFooter(last, keepSources)) {
      droppedLinks ||= !isBareHtml(last);
      end--;
      continue;
    }
    if (droppedLinks && isReferenceLabel(last)) {
      end--;
      droppedLinks = false;
      continue;
    }
    break;
  }
  let start = 0;
  while (start < end) {
    const first = blocks[start] as Block;
    if (isBareHtml(first) || (first.type === 'paragraph' && isLabel(first.inline)) || isLabelHeading(first))
      start++;
    else break;
  }
  return blocks.slice(start, end);
}

export function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

export function unanswered(line: number, prompt: string): LocalProblem {
  return {
    line,
    severity: 'warning',
    code: 'unanswered-question',
    message:
      prompt.trim() === ''
        ? 'question with no text'
        : `question has no answer: "${short(cleanPrompt(prompt))}"`,
  };
}
