/**
 * A question as the note asks it, without what only decorates it: the numbering ("Q12.", "3."), pictographs
 * (⭐), GitHub emoji shortcodes and the " ***" some notes mark unfinished answers with. Ids are still made
 * from the prompt as written (`idPromptOf`), so cleaning a prompt never moves its card's id.
 */
/** Pictographs (and the spaces and joiners between them) opening a text: decoration, never its words. */
export const LEADING_PICTOGRAPHS = /^(?:[\p{Extended_Pictographic}\s]|\u200d|\ufe0f)+/u;
const PICTOGRAPH = /^(?:\p{Extended_Pictographic}|\u200d|\ufe0f|\s)$/u;

/**
 * A trimmed line without the pictographs opening it (`### ✅ 正确答案：A`, `🗂️ Question:`). A line opening with
 * a character no pictograph shares a block with (ASCII, a Chinese character, Hangul, a full-width form) is
 * passed over unread: most lines, and every Chinese one.
 */
export function withoutLeadingPictographs(trimmed: string): string {
  const c = trimmed.charCodeAt(0);
  const plain =
    c <= 0x2000 ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xff00 && c <= 0xffef);
  return plain ? trimmed : trimmed.replace(LEADING_PICTOGRAPHS, '');
}

/** Pictographs and spaces off the end, one code point at a time (a `+$` pattern backtracks over runs). */
function trimTrailingPictographs(text: string): string {
  let end = text.length;
  while (end > 0) {
    const low = text.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? 2 : 1;
    if (!PICTOGRAPH.test(text.slice(end - width, end))) break;
    end -= width;
  }
  return text.slice(0, end);
}
/** "Q12.", "Question 3:", "12.", "12).", "第3题" in front of a question: numbering, not part of what it asks. */
const NUMBERING =
  /^(?:第\s*\d{1,4}\s*题\s*[.．)）、:：]?\s*|[一二三四五六七八九十]{1,3}\s*[、.．)）]\s*(?=\S)|[(（][一二三四五六七八九十\d]{1,3}[)）]\s*(?=\S)|(?:q|question|问题|题目|题)?\s*\d{1,4}\s*(?:[)）][.．:：]|[.．)）、:：])(?!\d)\s*|q[.．]\s+(?=\S)|0\d\s+(?=\S)|\d{1,2}[ \t\u3000]+(?![个种位年月日号次倍%％])(?=\S*\p{Script=Han}))/iu;
/** A label before the question's words: `**Question:** Which …`, `**Q1:** What …`, `题目：…`. */
const QUESTION_LABEL =
  /^(?:\*\*|__)?(?:question|q|问题|题目|题干)\s*\d{0,4}(?:\*\*|__)?\s*[:：]\s*(?:(?:\*\*|__)\s*)?(?=\S)/iu;
/** GitHub's emoji shortcodes (":star:", ":diamond_shape_with_a_dot_inside:") in front of a heading. */
const SHORTCODE = /^(?::[a-z0-9_+-]{1,40}:\s*)+/;
/** Bold around the whole text, with no bold inside it. */
const WHOLLY_BOLD = /^\*\*([^*]+)\*\*$|^__([^_]+)__$/;
/** " ***" after a question: the sysadmin-style mark for "answer incomplete". */
const TRAILING_STARS = / \*{1,3}$/;

/** The prompt as the id was always made from it: leading pictographs off, the rest as written. */
export function idPromptOf(raw: string): string {
  const opening = raw.charCodeAt(0);
  // No ASCII character is a pictograph: a prompt that opens with one (most do) has nothing to strip.
  const plainStart = opening < 0x80 && opening !== 32 && (opening < 9 || opening > 13);
  return (plainStart ? raw : raw.replace(LEADING_PICTOGRAPHS, '')).trim();
}

/** The question without its numbering and decorations (⭐, "Q12.", "Q. ", "08 " padded with a zero or before a Chinese question, a trailing " ***"). */
export function cleanPrompt(raw: string): string {
  // A question bold as a whole (`**08 Which …?**`) shows its numbering inside the bold.
  let text = raw
    .trim()
    .replace(WHOLLY_BOLD, (all, stars?: string, lines?: string) =>
      NUMBERING.test(stars ?? lines ?? '') ? (stars ?? lines ?? '') : all,
    );
  for (let round = 0; round < 3; round++) {
    const before = text;
    text = text
      .replace(LEADING_PICTOGRAPHS, '')
      .replace(SHORTCODE, '')
      .replace(NUMBERING, '')
      .replace(QUESTION_LABEL, '')
      .trim();
    if (text === before) break;
  }
  // Trailing decoration: pictographs and the stars some notes mark unfinished answers with.
  text = trimTrailingPictographs(text).replace(TRAILING_STARS, '').trim();
  // A question set in bold as a whole ("**Why …?**") is emphasised, not a term in bold.
  text = text.replace(WHOLLY_BOLD, (_, stars?: string, lines?: string) => stars ?? lines ?? '').trim();
  return text === '' ? raw.trim() : text;
}
