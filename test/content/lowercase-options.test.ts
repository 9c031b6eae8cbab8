import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import { keyOnLine } from '../../src/content/choice-syntax.ts';
import { deckOf, gradedOptions, readRepoFile, stylePath } from './deck-helpers.ts';

/**
 * Quiz notes that letter their options in lower case (`a.`, `a)`, `(a)`, `a、`), end the lines of a question
 * with `<br>`, and state the key in a short form under them (`-> c`, `=> a`, `→ b`, `Ans: c`, `Correct: c`,
 * `Correct option: (b)`, `Answer: c`), often saved with CRLF line ends. Fixtures written for these tests:
 * lowercase-options.en.md (ten questions, one per form), lowercase-near-misses.en.md (prose that looks like
 * them and stays text, as it did before these forms were read).
 */
const one = (text: string): Deck => buildDeck([{ path: 'quiz.md', text }]);
const graded = gradedOptions;

const QUIZ = stylePath('lowercase-options.en.md');

describe('options lettered in lower case with a short key under them', () => {
  const deck = deckOf(QUIZ);

  it('makes one choice card per question, keyed as the author states it in each form', () => {
    expect(deck.cards.map((c) => c.kind)).toEqual(Array(10).fill('choice'));
    expect(deck.problems).toEqual([]);
    expect(graded(deck)).toEqual([
      ['Which port does HTTPS listen on by default?', ['21', '80', '443', '8080'], '443'],
      ['Which command shows the default gateway?', ['`ip route`', '`ip link`', '`ss -tln`'], '`ip route`'],
      ['Which DNS record type holds an IPv6 address?', ['A', 'AAAA', 'MX', 'TXT'], 'AAAA'],
      [
        'Which protocol finds the MAC address that belongs to an IPv4 address?',
        ['ICMP', 'DHCP', 'ARP'],
        'ARP',
      ],
      [
        'Which tool follows the path of packets hop by hop?',
        ['`traceroute`', '`dig`', '`netstat`'],
        '`traceroute`',
      ],
      ['Which OSI layer does IP belong to?', ['Data link', 'Network', 'Transport', 'Session'], 'Network'],
      ['Which address is the IPv4 loopback address?', ['0.0.0.0', '10.0.0.1', '127.0.0.1'], '127.0.0.1'],
      ['Which transport protocol needs no handshake before it sends data?', ['TCP', 'UDP', 'SCTP'], 'UDP'],
      ['Which mask is written /24 in CIDR?', ['255.0.0.0', '255.255.0.0', '255.255.255.0'], '255.255.255.0'],
      [
        'Which command asks a name server for the records of a domain?',
        ['`dig`', '`ping`', '`arp`'],
        '`dig`',
      ],
    ]);
  });

  it('reads `<br>` as a line break: no stem, option or reveal holds it', () => {
    const shown = deck.questions.flatMap((q) => [q.stem, q.answer, ...q.options]);
    expect(shown.filter((t) => /<br/i.test(t))).toEqual([]);
    // Question 10 is written on one line: `Which…?<br>a. `dig`<br>b. …<br>-> a`.
    expect(deck.cards[9]?.answer).toBe('**A.** `dig`');
  });

  it('reads the note saved with CRLF line ends as it reads it with LF', () => {
    const crlf = one(readRepoFile(QUIZ).replace(/\n/g, '\r\n'));
    expect(graded(crlf)).toEqual(graded(deck));
  });

  it('takes a key in capitals for options lettered in lower case', () => {
    const quiz = one('1. Which signal cannot be caught?\na. SIGTERM\nb. SIGKILL\nc. SIGHUP\n-> B\n');
    expect(graded(quiz)).toEqual([
      ['Which signal cannot be caught?', ['SIGTERM', 'SIGKILL', 'SIGHUP'], 'SIGKILL'],
    ]);
  });
});

describe('prose that looks like lower-case options or a short key', () => {
  const deck = deckOf(stylePath('lowercase-near-misses.en.md'));

  it('stays the topic it is: no choice card, no problem', () => {
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['explain', 'Abbreviations'],
      ['explain', 'Release checklist'],
      ['explain', 'Build stages'],
      ['explain', 'Lab setup'],
      ['explain', 'Commit messages'],
      ['explain', 'Grades'],
      ['explain', 'Flags'],
    ]);
    expect(deck.problems).toEqual([]);
  });

  it('keeps the words of each topic as written, the arrows and the table’s `<br>` included', () => {
    const answers = deck.cards.map((c) => c.answer ?? '');
    expect(answers[2]).toContain('The build goes parse -> check -> emit');
    expect(answers[3]).toContain('-> then log in as the lab user');
    expect(answers[4]).toContain('Correct: use `git commit -v`');
  });
});

describe('the short key line', () => {
  const read = (line: string, labels: 'upper' | 'lower' = 'lower') => {
    const key = keyOnLine(line, labels);
    return key ? [key.letters.join(), key.note] : null;
  };

  it('reads an arrow, `Ans`, `Answer -`, `Correct` and a letter in brackets, in either case', () => {
    expect(read('-> c')).toEqual(['C', '']);
    expect(read('=> c')).toEqual(['C', '']);
    expect(read('→ c')).toEqual(['C', '']);
    expect(read('->c <br>')).toEqual(['C', '']);
    expect(read('Ans: c')).toEqual(['C', '']);
    expect(read('Ans. c')).toEqual(['C', '']);
    expect(read('Answer - c')).toEqual(['C', '']);
    expect(read('Correct: c')).toEqual(['C', '']);
    expect(read('Correct option: (c)')).toEqual(['C', '']);
    expect(read('Answer: (C)', 'upper')).toEqual(['C', '']);
    expect(read('-> a, c')).toEqual(['A,C', '']);
    expect(read('-> b, because the kernel never delivers it.')).toEqual([
      'B',
      'because the kernel never delivers it.',
    ]);
    expect(read('-> C', 'upper')).toEqual(['C', '']);
  });

  it('reads several letters joined by "and" as a key of several options ("and" is no letter)', () => {
    expect(read('Answer: a and c')).toEqual(['A,C', '']);
    expect(read('Answer: A, B and D', 'upper')).toEqual(['A,B,D', '']);
    expect(read('Answer: A and C. Both list files.', 'upper')).toEqual(['A,C', 'Both list files.']);
    expect(read('-> b and d')).toEqual(['B,D', '']);
    expect(read('Answer: A and B are both wrong here', 'upper')).toBeNull();
    expect(read('-> a and then c')).toBeNull();
  });

  it('keeps a question keyed "a and c" as a card that reveals both options, never a one-key question', () => {
    const deck = one(`# Quiz

1. Which commands list files?
a. ls
b. cd
c. dir
d. pwd

Answer: a and c

2. Which command prints the working directory?
a. ls
b. cd
c. dir
d. pwd

Answer: d
`);
    expect(deck.problems).toEqual([]);
    expect(deck.cards.map((c) => c.kind)).toEqual(['choice', 'choice']);
    expect(graded(deck).map(([stem]) => stem)).toEqual(['Which command prints the working directory?']);
    expect(deck.cards[0]?.answer).toContain('**A.** ls\n**C.** dir');
  });

  it('reads no key in prose, in words, or in lower case under options lettered in capitals', () => {
    for (const line of [
      'parse -> check -> emit',
      '-> then log in as the lab user',
      '-> c is the only file left',
      'Correct: use `git commit -v` to see the diff.',
      'Correct. The build passed.',
      'Answer: bad.',
      'Answer: a second review next week.',
      'The answer (a) is wrong here',
      '->> c',
    ])
      expect(read(line)).toBeNull();
    expect(read('Answer: c', 'upper')).toBeNull();
    expect(read('-> c', 'upper')).toBeNull();
  });
});
