import type { Token } from 'markdown-it';

/**
 * Links back to the top of the note (or its table of contents) that authors put in every question heading:
 * `<a href="#index">[Top]</a>`, `[↑](#contents)`, `[back to top](#readme)`, `<a href="#目录">返回顶部</a>`.
 * They navigate, they do not ask: the heading's text, its prompt and its card id are read without them.
 */

/** Anchors that stand for the top of a page: `#`, `#top`, `#index`, `#table-of-contents`, `#目录` … */
const TOP_ANCHOR =
  /^#(?:top|index|toc|contents?|-?table-of-contents?|readme|back-to-top|目录|返回顶部|回到顶部)?$/i;

/** Arrows, brackets and marks around a label ("[Top]", "⬆️", "🔝", "^"). */
const MARKS = /[[\]()（）【】\s↑⬆⇧⤴⇡▲△^🔝]|\ufe0f/gu;
const ARROW = /[↑⬆⇧⤴⇡▲△^🔝]/u;

/** Labels that only ever mean "back up": these send a reader up from any in-page link. */
const SURE_LABEL =
  /^(?:back|back to top|back to the top|go to top|go back to top|return to top|to top|scroll to top|back to (?:the )?(?:toc|contents|index|table of contents)|返回顶部|回到顶部|返回目录|回到目录|返回|顶部)$/i;
/** Labels that mean "back up" only when the link goes to the top ("Top" to `#top-command` is a word). */
const TOP_LABEL = /^(?:top|toc|contents|index|目录|home)$/i;

function isBackLink(href: string, label: string, hasImage: boolean): boolean {
  if (!href.startsWith('#')) return false;
  let anchor = href;
  try {
    anchor = decodeURIComponent(href);
  } catch {
    // A malformed escape: compare the anchor as written.
  }
  const words = label.replace(MARKS, ' ').replace(/\s+/g, ' ').trim();
  const arrowOnly = words === '' && (ARROW.test(label) || hasImage);
  if (TOP_ANCHOR.test(anchor)) return arrowOnly || SURE_LABEL.test(words) || TOP_LABEL.test(words);
  return arrowOnly || SURE_LABEL.test(words);
}

const HTML_LINK = /^<a\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const HTML_LINK_END = /^<\/a\s*>$/i;

interface LinkSpan {
  readonly end: number;
  readonly href: string;
}

/** The link opening at `i` (Markdown or an HTML `<a href>`) and the index of the token closing it. */
function linkAt(children: readonly Token[], i: number): LinkSpan | null {
  const token = children[i] as Token;
  if (token.type === 'link_open') {
    let depth = 0;
    for (let j = i; j < children.length; j++) {
      const t = children[j] as Token;
      if (t.type === 'link_open') depth++;
      else if (t.type === 'link_close' && --depth === 0)
        return { end: j, href: String(token.attrGet('href') ?? '') };
    }
    return null;
  }
  if (token.type !== 'html_inline') return null;
  const open = HTML_LINK.exec(token.content);
  if (!open) return null;
  for (let j = i + 1; j < children.length; j++) {
    const t = children[j] as Token;
    if (t.type === 'html_inline' && HTML_LINK_END.test(t.content)) {
      return { end: j, href: open[1] ?? open[2] ?? open[3] ?? '' };
    }
  }
  return null;
}

const isVisible = (t: Token): boolean =>
  ((t.type === 'text' || t.type === 'code_inline') && t.content.trim() !== '') || t.type === 'image';

/** A separator left dangling before a dropped link ("Question? | [Top](#top)"). */
const TRAILING_SEPARATOR = /\s*[|｜·•]\s*$/;

/**
 * A heading's inline children without its back-to-top links; the children themselves when it has none, or
 * when nothing would be left (a heading that is only such a link is kept as written).
 */
export function withoutBackLinks(children: readonly Token[]): readonly Token[] {
  let kept: Token[] | null = null;
  let droppedLast = false;
  for (let i = 0; i < children.length; i++) {
    const link = linkAt(children, i);
    if (link) {
      const inside = children.slice(i + 1, link.end);
      const label = inside
        .map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : ''))
        .join('');
      if (
        isBackLink(
          link.href,
          label,
          inside.some((t) => t.type === 'image'),
        )
      ) {
        kept ??= children.slice(0, i);
        i = link.end;
        droppedLast = !children.slice(i + 1).some(isVisible);
        continue;
      }
    }
    kept?.push(children[i] as Token);
  }
  if (kept === null || !kept.some(isVisible)) return children;
  const unwrapped = withoutEmptyMarks(kept);
  return droppedLast ? trimTrailingSeparator(unwrapped) : unwrapped;
}

/** Bold or emphasis left around nothing (`**[⬆ Back to Top](#top)**`): it would show as "****". */
function withoutEmptyMarks(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const previous = out[out.length - 1];
    const closesEmpty =
      t.nesting === -1 &&
      previous?.nesting === 1 &&
      previous.type === t.type.replace(/_close$/, '_open') &&
      previous.markup === t.markup;
    if (closesEmpty) out.pop();
    else out.push(t);
  }
  return out;
}

/** The last text piece without the separator that stood between it and a dropped link. */
function trimTrailingSeparator(kept: Token[]): Token[] {
  const last = kept[kept.length - 1];
  if (last?.type !== 'text') return kept;
  const trimmed = last.content.replace(TRAILING_SEPARATOR, '');
  if (trimmed === last.content || trimmed === '') return kept;
  const copy = Object.assign(Object.create(Object.getPrototypeOf(last) as object) as Token, last, {
    content: trimmed,
  });
  return [...kept.slice(0, -1), copy];
}
