import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { withNumberedQuestionHeadings } from '../../src/content/numbered-questions.ts';

/**
 * Numbered question lists whose answers are not indented under their items (`1. **Q?**`, plain `1. Q?`,
 * `**1. Q?**`, answer paragraphs after): one card per question, its answer up to the next question.
 */

const NOTE = [
  '# Architecture',
  '',
  '## Chapter 1',
  '',
  '1. **What are the four dimensions of software architecture?**',
  '',
  '- Characteristics',
  '- Decisions',
  '',
  '2. **List the eight core expectations of a software architect**',
  '',
  'The expectations are:',
  '',
  '- Make architecture decisions',
  '- Keep current with latest trends',
  '',
  '## Chapter 3',
  '',
  '1. What is meant by the term connascence?',
  '',
  '🤓 **Connascence** is a metric of coupling between parts of a system.',
  '',
  '2. What is the weakest form of connascence?',
  '',
  '🤓 **Connascence of Name** is the weakest form.',
  '',
  '## Chapter 4',
  '',
  '**1. What three criteria must an attribute meet to be an architecture characteristic?**',
  '',
  'It must be testable and measurable.',
].join('\n');

describe('numbered question lists with answers at the margin', () => {
  const cards = buildDeck([{ path: 'arch.md', text: NOTE }]).cards;
  const prompts = cards.map((c) => c.prompt);

  it('makes one card per question, in every numbering variant, with no numbering in its text', () => {
    expect(prompts).toEqual([
      'What are the four dimensions of software architecture?',
      'List the eight core expectations of a software architect',
      'What is meant by the term connascence?',
      'What is the weakest form of connascence?',
      'What three criteria must an attribute meet to be an architecture characteristic?',
    ]);
  });

  it('ends each answer at the next question', () => {
    const first = cards.find((c) => c.prompt.startsWith('What is meant'));
    expect(first?.answer).toContain('metric of coupling');
    expect(first?.answer).not.toContain('weakest');
  });

  it("leaves ordinary numbered points and an answer's own numbered points alone", () => {
    const steps = ['# Setup', '', '1. Install it?', '2. Run it?', '3. Check it?', ''].join('\n');
    expect(withNumberedQuestionHeadings(steps)).toBe(steps);
    const folded = [
      '<details><summary>How do you set up a web server?</summary>',
      '',
      '**1. What are the main requirements?**',
      '',
      'A user per application.',
      '',
      '**2. Which directories?**',
      '',
      'One per application.',
      '',
      '**3. Which owner?**',
      '',
      'The application user.',
      '',
      '</details>',
    ].join('\n');
    expect(withNumberedQuestionHeadings(folded)).toBe(folded);
  });
});
