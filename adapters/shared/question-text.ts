import { type Lang, type Question, topicsOf } from '../../src/content/question.ts';
import { t } from './i18n.ts';

/** A quoted block of the note (Markdown `>` on every line), as chat platforms show quotes. */
const quote = (text: string): string =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

const withContext = (context: string, text: string): string =>
  context === '' ? text : `${context}\n${text}`;

/**
 * The question as a player reads it (light Markdown): the generated frame in the player's or channel's
 * language around the note's own text, which stays as written. A question without a frame (the note's own
 * question, or one stored before frames existed) is its stem.
 */
export function questionStem(lang: Lang, question: Pick<Question, 'stem' | 'frame'>): string {
  const { stem, frame } = question;
  if (!frame) return stem;
  switch (frame.kind) {
    case 'explain':
      return t(lang, 'frame.explain', { title: stem });
    case 'what-is':
      return withContext(frame.context, t(lang, 'frame.whatIs', { term: stem }));
    case 'which-term':
      return withContext(frame.context, `${t(lang, 'frame.whichTerm')}\n${quote(stem)}`);
    case 'which-row': {
      const line =
        frame.header === ''
          ? t(lang, 'frame.whichEntry')
          : t(lang, 'frame.whichRow', { header: frame.header });
      return withContext(frame.context ?? '', `${line}\n${quote(stem)}`);
    }
    case 'row-cell':
      return withContext(
        frame.context ?? '',
        frame.header === ''
          ? t(lang, 'frame.rowDescription', { row: stem })
          : t(lang, 'frame.rowCell', { row: stem, header: frame.header }),
      );
    case 'which-command':
      return `${t(lang, 'frame.whichCommand')}\n${quote(stem)}`;
    case 'cloze':
      return `${t(lang, 'frame.cloze')}\n${quote(stem)}`;
    case 'one-of':
      return `${stem}\n${t(lang, 'frame.oneOf', { list: frame.list })}`;
    case 'not-one-of':
      return `${stem}\n${t(lang, 'frame.notOneOf', { list: frame.list })}`;
  }
}

/**
 * The sections above the question's own heading ("Topic: Rust › Ownership"), shown with every question on
 * every platform: a stem such as "When is a value dropped?" reads right only beside the topic naming Rust.
 */
export function topicLine(lang: Lang, question: Pick<Question, 'sectionPath'>): string | null {
  const topics = topicsOf(question);
  return topics.length === 0 ? null : t(lang, 'question.topic', { topic: topics.join(' › ') });
}
