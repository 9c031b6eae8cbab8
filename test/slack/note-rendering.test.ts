import { afterEach, describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/question.ts';
import { type SlackHarness, slackHarness, T1 } from './slack-harness.ts';

interface Block {
  type: string;
  text?: { text: string };
  elements?: { action_id: string; value: string; text?: string | { text: string } }[];
}

const FENCE = '```';
/** A code block of 40 short lines that fits a section whole, but not beside the prose before it. */
const CODE = `${FENCE}\n${Array.from({ length: 40 }, (_, i) => `echo step-${i} done`).join('\n')}\n${FENCE}`;
const PROSE = Array.from({ length: 60 }, (_, i) => `Line ${i}: containers share the host kernel.`).join('\n');

const CLOZE: Question = {
  id: 'q-cloze',
  cardId: 'card-cloze',
  deck: 'docker',
  kind: 'cloze',
  lang: 'en',
  stem: 'The _____ command lists running containers.',
  frame: { kind: 'cloze' },
  options: ['docker ps', 'docker ls', 'docker images', 'docker top'],
  correctIndex: 0,
  answer: `Use \`docker ps\`; a list &lt;filtered&gt; with \`--filter "a&lt;b"\`.\n${PROSE}\n${CODE}\n${PROSE}`,
  source: { file: 'docker.md', line: 7 },
  sectionPath: ['Docker', 'Containers', 'List containers'],
  tags: [],
};

const sections = (blocks: unknown): string[] =>
  (blocks as Block[]).filter((b) => b.type === 'section').map((b) => b.text?.text ?? '');

async function practiceReveal(h: SlackHarness): Promise<{ question: string[]; reveal: string[] }> {
  const asked = await h.command(T1('UBOB', 'bob'), 'C1', '');
  const question = await h.reply(asked.responseUrl);
  const blocks = question.body.blocks as Block[];
  const right = blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? [])[0];
  if (right === undefined) throw new Error('no option button');
  const click = await h.click(
    T1('UBOB', 'bob'),
    'C1',
    { actionId: right.action_id, value: right.value },
    { ephemeral: true },
  );
  const reveal = await h.reply(click.responseUrl);
  return { question: sections(question.body.blocks), reveal: sections(reveal.body.blocks) };
}

describe('a note as Slack shows it', () => {
  let h: SlackHarness;
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it('shows a cloze blank as a blank, not as mrkdwn underscores', async () => {
    h = await slackHarness({ questions: [CLOZE] });
    const { question } = await practiceReveal(h);
    const stem = question.find((text) => text.includes('lists running containers')) ?? '';
    expect(stem).toContain('Fill in the blank:');
    expect(stem).toContain('The ＿＿＿ command');
    expect(stem).not.toContain('_');
  });

  it('escapes a `&lt;` written in the prose once (it reads "<"), and leaves code as written', async () => {
    h = await slackHarness({ questions: [CLOZE] });
    const { reveal } = await practiceReveal(h);
    const answer = reveal.join('\n');
    expect(answer).toContain('a list &lt;filtered&gt; with');
    expect(answer).not.toContain('a list &amp;lt;');
    // In code the note's `&lt;` is literal text: Slack must show the four characters.
    expect(answer).toContain('`--filter "a&amp;lt;b"`');
  });

  it('spreads a huge answer over sections between lines, the code block kept whole in one of them', async () => {
    h = await slackHarness({ questions: [CLOZE] });
    const { reveal } = await practiceReveal(h);
    const answerSections = reveal.filter((text) => text.includes('Line ') || text.includes('echo step'));
    expect(answerSections.length).toBeGreaterThan(1);
    for (const text of answerSections) {
      expect(text.length).toBeLessThanOrEqual(3000);
      // Every section starts and ends on a whole line of the note.
      const lines = text.replace(/…$/, '').split('\n');
      for (const line of lines) expect(line).toMatch(/^(\*.*\*|Use .*|Line \d+: .*|```|echo step-\d+ done)$/);
    }
    const withCode = answerSections.filter((text) => text.includes('echo step'));
    expect(withCode).toHaveLength(1);
    expect(withCode[0]?.split(FENCE)).toHaveLength(3);
    expect(withCode[0]).toContain('echo step-0 done\n');
    expect(withCode[0]).toContain('echo step-39 done\n```');
  });
});
