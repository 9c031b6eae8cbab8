import { describe, expect, it } from 'vitest';
import { wholeBold } from '../../src/content/bold-key-options.ts';
import { typedBlanksShown } from '../../src/content/bracket-keys.ts';
import { buildDeck } from '../../src/content/build-deck.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { asksOrBlanks, judgesStatement } from '../../src/content/question-cues.ts';
import { withoutNumberingLines } from '../../src/content/question-numbering.ts';
import { deckOf, stylePath } from './deck-helpers.ts';

/**
 * A course platform's quiz export (Coursera): `1.  Question 1` over the question's text, the options a bullet
 * list at the margin, the key the option written wholly in bold with its rationale nested under it
 * (`  - That’s correct! …`). Fixture written for these tests (bold-keys.en.md): six single-key questions read
 * (one keyed by the note's convention alone, no rationale), a picture question and a multi-select kept off
 * auto-grading, a bold option its rationale calls wrong and a bold word inside an option dropped, and a study
 * list that bolds a point.
 */
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);
const graded = (text: string) =>
  one(text)
    .questions.filter(isAutoGraded)
    .map((q) => [q.stem, q.options, q.options[q.correctIndex ?? -1]]);

describe('a course quiz export with its keys in bold', () => {
  const deck = deckOf(stylePath('bold-keys.en.md'));

  it('makes one choice card per question, asked in its own words, not by its number', () => {
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['explain', 'Graded quiz'],
      ['choice', 'True or False: A hub sends every frame it receives out of every other port.'],
      ['choice', 'Which device forwards packets between two networks?'],
      ['choice', 'A web server answers plain HTTP on port **_** unless told otherwise.'],
      ['choice', 'Which topology does the network diagram show?'],
      ['choice', 'Which protocols work at the transport layer? Select all that apply.'],
      ['choice', 'DNS answers with the IPv4 address of a host from its ****_**** record.'],
      ['choice', 'True or false: ARP finds the MAC address that belongs to an IP address.'],
      ['choice', 'Which statement about HTTP is true?'],
      ['explain', 'Study notes'],
    ]);
  });

  it('asks with the options in the author’s words, bold gone, the key the bold option', () => {
    const asked = deck.questions
      .filter(isAutoGraded)
      .sort((a, b) => a.source.line - b.source.line)
      .map((q) => [q.stem, q.options, q.options[q.correctIndex ?? -1]]);
    expect(asked).toEqual([
      [
        'True or False: A hub sends every frame it receives out of every other port.',
        ['True', 'False'],
        'True',
      ],
      [
        'Which device forwards packets between two networks?',
        ['Switch', 'Router', 'Hub', 'Repeater'],
        'Router',
      ],
      // The bold blank (`**\_**`, `\***\*\_\*\***`) is the chat's blank, not bold text.
      ['A web server answers plain HTTP on port _____ unless told otherwise.', ['21', '80', '443'], '80'],
      ['DNS answers with the IPv4 address of a host from its _____ record.', ['MX', 'A', 'TXT'], 'A'],
      // No rationale: the note marks its keys in bold throughout.
      ['True or false: ARP finds the MAC address that belongs to an IP address.', ['True', 'False'], 'True'],
      // A bold word in another option is no key, and no tell either.
      [
        'Which statement about HTTP is true?',
        ['It uses UDP port 53', 'It uses TCP port 80', 'It needs no port'],
        'It uses TCP port 80',
      ],
    ]);
  });

  it('reveals the rationale, its verdict taken off, never as an option', () => {
    const router = deck.questions.find((q) => q.kind === 'choice' && q.stem.startsWith('Which device'));
    expect(router?.answer).toBe('**Router**\n\nA router joins networks and picks a path for each packet.');
    const all = deck.questions.flatMap((q) => q.options).join('\n');
    expect(all).not.toMatch(/correct|Not quite/i);
  });

  it('keeps a multi-select and a picture question off auto-grading', () => {
    const kinds = (start: string) =>
      deck.questions.filter((q) => q.stem.startsWith(start)).map((q) => q.kind);
    expect(kinds('Which protocols work')).toEqual(['flashcard']);
    expect(deck.questions.find((q) => q.stem.startsWith('Which protocols work'))?.answer).toBe(
      '**TCP**\n**UDP**\n\nTCP is a transport protocol.\n\nUDP is a transport protocol.',
    );
    // The picture inside the question's item is shown after its words.
    const topology = deck.questions.filter((q) => q.stem.startsWith('Which topology'));
    expect(topology.map((q) => q.kind)).toEqual(['flashcard']);
    expect(topology[0]?.stem).toContain('<img src="https://example.com/quiz/topology.png">');
  });

  it('drops a bold option its rationale calls wrong, and a bold word as the only mark', () => {
    const prompts = deck.cards.map((c) => c.prompt).join('\n');
    expect(prompts).not.toContain('route that packets take');
    expect(prompts).not.toContain('captures packets');
    // They stay text, where the quiz's own topic card holds them; the question above does not swallow them.
    const http = deck.cards.find((c) => c.prompt === 'Which statement about HTTP is true?');
    expect(http?.answer).not.toContain('Question 9');
  });

  it('leaves a study list that bolds a point as text', () => {
    expect(deck.cards.find((c) => c.prompt === 'Study notes')?.answer).toContain('- **80 for HTTP**');
  });
});

describe('where bold is emphasis, not a key', () => {
  const question = (n: number, asked: string, options: string) =>
    `${n}. Question ${n}\n   ${asked}\n\n${options}\n`;

  it('reads no key from bold alone in fewer than three questions', () => {
    const text = `# Quiz\n\n${question(1, 'Which port does SSH use?', '- 21\n- **22**\n- 23')}\n${question(
      2,
      'Which port does DNS use?',
      '- **53**\n- 67\n- 69',
    )}`;
    expect(one(text).cards.every((c) => c.kind !== 'choice')).toBe(true);
  });

  it('reads no key from three bold answers among more answers without bold', () => {
    const bold = [
      '- Fast\n- **Portable**\n- Light',
      '- Images\n- **Containers**\n- Volumes',
      '- **Daemon**\n- CLI',
    ];
    const plain = ['- Docker Hub\n- Quay', '- bridge\n- host', '- run\n- exec', '- cp\n- mv'];
    const text = [
      '# Docker',
      ...[...bold, ...plain].map((o, k) => `## What about part ${k + 1}?\n\n${o}`),
    ].join('\n\n');
    expect(one(text).cards.every((c) => c.kind !== 'choice')).toBe(true);
  });

  it('reads no verdict from a rationale that only starts with the word', () => {
    const text =
      '# Quiz\n\n1. Question 1\n   Which side is the port on?\n\n- Left\n- **Right**\n  - Right side is where the cable goes.\n';
    expect(one(text).cards.every((c) => c.kind !== 'choice')).toBe(true);
  });

  it('leaves a study list under a question alone when it bolds one point', () => {
    const text =
      '# Notes\n\n## What does a switch do?\n\n- forwards frames\n- **learns MAC addresses**\n  - keeps a table\n- floods unknown ones\n';
    const deck = one(text);
    expect(deck.cards.map((c) => c.kind)).toEqual(['question']);
  });
});

describe('other places the bold key stands', () => {
  it('reads the options indented under their numbered question', () => {
    const text = [
      '# Quiz',
      '',
      '1. Question 1',
      '   True or False: A router joins networks.',
      '',
      '   - **True**',
      '     - That’s correct! That is its job.',
      '   - False',
      '',
      '2. Question 2',
      '   Which layer does a switch work at?',
      '',
      '   - Physical',
      '   - **Data link**',
      '     - Correct! It reads MAC addresses.',
      '',
    ].join('\n');
    expect(graded(text)).toEqual([
      ['True or False: A router joins networks.', ['True', 'False'], 'True'],
      ['Which layer does a switch work at?', ['Physical', 'Data link'], 'Data link'],
    ]);
  });

  it('reads the options under a question heading, the rationale in Chinese', () => {
    const text =
      '# 测验\n\n### 哪个命令显示当前目录？\n\n- ls\n- **pwd**\n  - 正确！pwd 打印工作目录。\n- cd\n';
    expect(graded(text)).toEqual([['哪个命令显示当前目录？', ['ls', 'pwd', 'cd'], 'pwd']]);
  });
});

describe('the pieces', () => {
  it('knows an option wholly in bold from bold words in it', () => {
    expect(wholeBold('**False**')).toBe('False');
    expect(wholeBold('**Use a VPN connection.**')).toBe('Use a VPN connection.');
    expect(wholeBold('uses **TCP** port 80')).toBeNull();
    expect(wholeBold('**TCP** and **UDP**')).toBeNull();
    expect(wholeBold('**_**')).toBeNull();
  });

  it('takes the number lines off a question', () => {
    expect(withoutNumberingLines('Question 1\nTrue or False: X.')).toBe('True or False: X.');
    expect(withoutNumberingLines('1 point 16.\nQuestion 16\nA DNS server …')).toBe('A DNS server …');
    expect(withoutNumberingLines('Question 1')).toBe('Question 1');
    expect(withoutNumberingLines('1. Introduction\nText')).toBe('1. Introduction\nText');
  });

  it('reads "True or false" and True/False options as asking', () => {
    expect(asksOrBlanks('True or false: ARP maps addresses.')).toBe(true);
    expect(asksOrBlanks('ARP maps addresses.')).toBe(false);
    expect(judgesStatement(['True', 'False'])).toBe(true);
    expect(judgesStatement(['False', '**True**'])).toBe(true);
    expect(judgesStatement(['对', '错'])).toBe(true);
    expect(judgesStatement(['True', 'No'])).toBe(false);
    expect(judgesStatement(['True', 'False', 'Maybe'])).toBe(false);
  });

  it('shows a blank typed in bold with escaped stars as the chat’s blank', () => {
    expect(typedBlanksShown('the ****_**** topology')).toBe('the _____ topology');
    expect(typedBlanksShown('******_****** is a suite')).toBe('_____ is a suite');
    expect(typedBlanksShown('uses **TCP** and snake_case')).toBe('uses **TCP** and snake_case');
  });
});
