import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { isAutoGraded } from '../../src/content/question.ts';

/**
 * Quizzes whose options carry no letters (round 16's set AE): plain bullets keyed by a bold line after
 * them, and lists where only the right options are ticked. Fixtures written for these tests.
 */
const graded = (text: string) => buildDeck([{ path: 'quiz.md', text }]).questions.filter(isAutoGraded);
const asked = (text: string) => graded(text).map((q) => [q.stem, q.options, q.options[q.correctIndex ?? -1]]);

describe('plain bullet options keyed by a bold line that repeats one of them', () => {
  const quiz = [
    '#### Q. Which pillar covers disaster recovery?',
    '- Cost optimization',
    '- Reliability',
    '- Security',
    '',
    '**Reliability** *(recovery metrics are a reliability concern)*',
    '',
    '---',
    '',
    '#### Q. Which AWS service turns text into speech?',
    '- Lex',
    '- Polly',
    '- Comprehend',
    '',
    '**Polly**',
  ].join('\n');

  it('asks each question with the options in the author’s order, the "Q." label off the stem', () => {
    expect(asked(quiz)).toEqual([
      [
        'Which pillar covers disaster recovery?',
        ['Cost optimization', 'Reliability', 'Security'],
        'Reliability',
      ],
      ['Which AWS service turns text into speech?', ['Lex', 'Polly', 'Comprehend'], 'Polly'],
    ]);
  });

  it('keys none where two bold lines answer, or the bold words are no option (near misses)', () => {
    const two = quiz.replace('**Polly**', '**Polly** <br />\n**Lex**');
    expect(asked(two).map(([stem]) => stem)).toEqual(['Which pillar covers disaster recovery?']);
    const other = quiz.replace('**Polly**', '**Amazon Polly does this**');
    expect(asked(other).map(([stem]) => stem)).toEqual(['Which pillar covers disaster recovery?']);
  });
});

describe('options of which only the right ones are ticked', () => {
  it('reads the plain items as the unticked options, and an explanation run into the last one as no option', () => {
    const text = [
      '# 试题',
      '',
      'ArrayList list = new ArrayList(20); 中的 list 扩充几次',
      '- [x] 0',
      '- 1',
      '- 2',
      '- 3',
      '解析：<br>',
      '指定了初始容量 20，没有扩容。',
    ].join('\n');
    expect(asked(text)).toEqual([
      ['ArrayList list = new ArrayList(20); 中的 list 扩充几次', ['0', '1', '2', '3'], '0'],
    ]);
  });

  it('keeps a ticked list followed by sentences of explanation as before (near miss)', () => {
    const text = [
      '# Git',
      '',
      'Which command downloads without merging?',
      '- [x] `git fetch`',
      '- [ ] `git pull`',
      '- The command `pull` fetches and then merges.',
    ].join('\n');
    expect(asked(text)).toEqual([
      ['Which command downloads without merging?', ['`git fetch`', '`git pull`'], '`git fetch`'],
    ]);
  });
});
