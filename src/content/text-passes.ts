import { withChatTurnsLabelled } from './chat-turns.ts';
import { withEscapedMarksRead } from './escaped-marks.ts';
import { withFencedAnswersOpened } from './fenced-answers.ts';
import { withFencedKeysStated } from './fenced-keys.ts';
import { withHighlightedKeysStated } from './highlighted-keys.ts';
import { withHtmlLetteredLists } from './html-lettered-lists.ts';
import { withHtmlQuestionsRead } from './html-question-paragraphs.ts';
import { withHugoShortcodesRead } from './hugo-shortcodes.ts';
import { withSeparateKeysPlaced } from './key-sections.ts';
import { withLoneNumbersJoined } from './lone-numbers.ts';
import { withOptionNumberKeysMarked } from './number-keys.ts';
import { withNumberedQuestionHeadings } from './numbered-questions.ts';
import { withObsidianImages } from './obsidian-images.ts';
import { withOneLineFoldsStated } from './one-line-folds.ts';
import { withQuotedQuestionHeadings } from './quoted-questions.ts';
import { withTaggedCardHeadings } from './tagged-cards.ts';
import { withoutAttributeLines, withoutBracketedSpans, withoutRawTags } from './template-tags.ts';
import { withTrailingOptionsMoved } from './trailing-options.ts';
import { withHeadingSpaces } from './unspaced-headings.ts';
import { withWrappedNoteOpened } from './wrapped-note.ts';

/**
 * What is rewritten in a note's text before Markdown reads it, in order (each keeps every line where it
 * was): a note saved whole in a Markdown code block, headings typed without their space, exports' escapes and
 * chat turns, keys kept apart, site tags and Hugo's folds, then the tagged, numbered and quoted questions turned
 * into headings.
 */
export const TEXT_PASSES: readonly ((text: string) => string)[] = [
  withWrappedNoteOpened,
  withHeadingSpaces,
  withEscapedMarksRead,
  withChatTurnsLabelled,
  withSeparateKeysPlaced,
  withOptionNumberKeysMarked,
  withOneLineFoldsStated,
  withHighlightedKeysStated,
  withFencedKeysStated,
  withFencedAnswersOpened,
  withHtmlLetteredLists,
  withObsidianImages,
  withoutRawTags,
  withHtmlQuestionsRead,
  withHugoShortcodesRead,
  withoutAttributeLines,
  withoutBracketedSpans,
  withTrailingOptionsMoved,
  withLoneNumbersJoined,
  withTaggedCardHeadings,
  withNumberedQuestionHeadings,
  withQuotedQuestionHeadings,
];
