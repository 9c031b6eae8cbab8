import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import { keyOnLine, letteredOption } from '../../src/content/choice-syntax.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { deckOf, stylePath } from './deck-helpers.ts';

/**
 * Practice banks that state the key in their own short forms: Chinese exam banks tag it `【答案】D` (also
 * `【答案】：D`, `【参考答案】D`) with the explanation tagged `【解析】` under it, each option a paragraph of its
 * own; English banks write `A:- D, explanation` (also `A: D`, `Ans: D`, `Ans - D`) right under a bullet list
 * of options. Fixtures written for these tests (exam-bank-keys.zh.md, short-keys.en.md), with entries the
 * note broke: a key naming no option, a multi-select, an empty number, a bare answer with no question.
 */
const one = (text: string): Deck => buildDeck([{ path: 'bank.md', text }]);
const graded = (deck: Deck) =>
  deck.questions
    .filter(isAutoGraded)
    .sort((a, b) => a.source.line - b.source.line)
    .map((q) => [q.stem.split('\n')[0], q.options, q.options[q.correctIndex ?? -1]]);

describe('keys tagged 【答案】 in a Chinese exam bank', () => {
  const zh = deckOf(stylePath('exam-bank-keys.zh.md'));

  it('makes one choice card per keyed question, the blank （） kept in the question', () => {
    expect(zh.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['choice', '在 OSI 参考模型中，负责路由选择的是（）。'],
      ['choice', '以下属于私有 IPv4 地址的是（）。'],
      ['choice', '下图所示的网络拓扑属于（）。【21下】'],
      ['choice', 'HTTP 默认使用的端口是（）。'],
      ['choice', '以下属于传输层协议的是（）。'],
      ['choice', '子网掩码 255.255.255.0 对应的前缀长度是（）。'],
    ]);
  });

  it('asks with the author’s options and key: 【答案】D, 【答案】：D, 【参考答案】D', () => {
    expect(graded(zh)).toEqual([
      ['在 OSI 参考模型中，负责路由选择的是（）。', ['物理层', '数据链路层', '网络层', '传输层'], '网络层'],
      [
        '以下属于私有 IPv4 地址的是（）。',
        ['8.8.8.8', '192.168.1.10', '1.1.1.1', '114.114.114.114'],
        '192.168.1.10',
      ],
      ['HTTP 默认使用的端口是（）。', ['21', '25', '80', '443'], '80'],
      ['子网掩码 255.255.255.0 对应的前缀长度是（）。', ['/8', '/16', '/24', '/32'], '/24'],
    ]);
  });

  it('reveals the 【解析】 explanation, up to the next question', () => {
    const reveal = (start: string) => zh.cards.find((c) => c.prompt.startsWith(start))?.answer;
    expect(reveal('在 OSI')).toBe('**C.** 网络层\n\n【解析】P52，网络层负责路由选择与分组转发。');
    expect(reveal('以下属于私有')).toContain('(2) C 类私有地址：192.168.0.0/16。');
    expect(reveal('以下属于私有')).not.toContain('下图所示');
    // A multi-select is a flashcard listing both, and the next question is not its explanation.
    expect(reveal('以下属于传输层')).toBe('**A.** TCP\n**C.** UDP\n\n【解析】TCP 与 UDP 工作在传输层。');
  });

  it('keeps a figure between the question and its options in the stem (and off auto-grading)', () => {
    const card = zh.cards.find((c) => c.prompt.startsWith('下图所示'));
    const asked = zh.questions.filter((q) => q.cardId === card?.id);
    expect(asked.map((q) => q.kind)).toEqual(['flashcard']);
    expect(asked[0]?.stem).toContain('![](https://example.org/star-topology.png)');
  });

  it('drops a key naming no option with a warning, and reads 【答案】 over words as no key', () => {
    expect(zh.problems.map((p) => [p.line, p.code])).toEqual([[77, 'choice-without-answer']]);
    expect(zh.problems[0]?.message).toContain('names none of the options');
    const prompts = zh.cards.map((c) => `${c.prompt}\n${c.answer ?? ''}`).join('\n');
    expect(prompts).not.toContain('交换机工作在');
    expect(prompts).not.toContain('网络拓扑结构');
  });
});

describe('short keys under the options (A:- D, Ans: D)', () => {
  const en = deckOf(stylePath('short-keys.en.md'));

  it('makes one choice card per keyed entry, and none of a broken one', () => {
    expect(en.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['choice', 'Which device forwards frames by their destination MAC address?'],
      ['choice', 'Which protocol maps an IPv4 address to a MAC address on a LAN?'],
      ['choice', 'Which commands put an interface in VLAN 8 with a voice VLAN 6?'],
      ['choice', 'Which of these are link-layer protocols?'],
      ['choice', 'Which command shows the VLANs and their ports?'],
      ['choice', 'Which grade means the work passed with distinction?'],
      ['choice', 'Which note follows C in the scale?'],
    ]);
  });

  it('asks with the options as written, the key line never read as option A', () => {
    expect(graded(en)).toEqual([
      [
        'Which device forwards frames by their destination MAC address?',
        ['Hub', 'Switch', 'Router', 'Repeater'],
        'Switch',
      ],
      [
        'Which protocol maps an IPv4 address to a MAC address on a LAN?',
        ['DNS', 'DHCP', 'ARP', 'ICMP'],
        'ARP',
      ],
      [
        'Which commands put an interface in VLAN 8 with a voice VLAN 6?',
        [
          'Switch(config-if)#switchport vlan 8 Switch(config-if)#switchport vlan 6 voip',
          'Switch(config-if)#switchport access vlan 8 Switch(config-if)#switchport voice vlan 6',
          'Switch(config-if)#switchport access vlan 8 voice 6',
        ],
        'Switch(config-if)#switchport access vlan 8 Switch(config-if)#switchport voice vlan 6',
      ],
      [
        'Which command shows the VLANs and their ports?',
        ['show vlans', 'show vlan brief', 'show access vlan', 'show vlan database'],
        'show vlan brief',
      ],
      [
        'Which grade means the work passed with distinction?',
        ['the first grade', 'the second grade', 'the third grade'],
        'the first grade',
      ],
      ['Which note follows C in the scale?', ['D', 'E', 'F'], 'D'],
    ]);
  });

  it('reveals what follows the key letter as the explanation', () => {
    expect(en.cards[0]?.answer).toBe(
      '**B.** Switch\n\na switch learns which port each MAC address lives on and forwards frames only there.',
    );
  });

  it('asks two letters (A:- A, C) as a flashcard listing both', () => {
    const card = en.cards.find((c) => c.prompt.startsWith('Which of these are link-layer'));
    expect(en.questions.filter((q) => q.cardId === card?.id).map((q) => q.kind)).toEqual(['flashcard']);
    expect(card?.answer).toBe('**A.** Ethernet\n**C.** PPP');
  });

  it('warns of a key naming no option, a key line of words, an empty number and a bare answer', () => {
    expect(en.problems.map((p) => [p.line, p.code])).toEqual([
      [30, 'empty-section'],
      [41, 'choice-without-answer'],
      [48, 'empty-section'],
      [51, 'choice-without-answer'],
      [58, 'unanswered-question'],
    ]);
    expect(en.problems[1]?.message).toContain('names none of the options');
    expect(en.problems[3]?.message).toContain('no stated answer');
    expect(en.problems[4]?.message).toContain('a key with no question or options under "9."');
    // The broken entries are no question's explanation either.
    const reveals = en.cards.map((c) => c.answer ?? '').join('\n');
    expect(reveals).not.toMatch(/\b7\. D\b/);
    expect(reveals).not.toContain('a broadcast domain of its own');
  });
});

describe('the key line', () => {
  it('reads each short form, and what follows the letters as the explanation', () => {
    const read = (line: string) => {
      const key = keyOnLine(line);
      return key ? [key.letters.join(), key.note] : null;
    };
    expect(read('A:- D, The vlan.dat is the database for VLANs.')).toEqual([
      'D',
      'The vlan.dat is the database for VLANs.',
    ]);
    expect(read('A:- C.')).toEqual(['C', '']);
    expect(read('A: D')).toEqual(['D', '']);
    expect(read('Ans: D')).toEqual(['D', '']);
    expect(read('Ans - D')).toEqual(['D', '']);
    expect(read('A:- B, D')).toEqual(['B,D', '']);
    expect(read('【答案】D')).toEqual(['D', '']);
    expect(read('【答案】：D')).toEqual(['D', '']);
    expect(read('【参考答案】B')).toEqual(['B', '']);
    expect(read('Answer: C, because the JVM loads it lazily.')).toEqual([
      'C',
      'because the JVM loads it lazily.',
    ]);
  });

  it('reads no key in words after the label, nor in an option', () => {
    for (const line of [
      'A: the first',
      'A: C++ and Java',
      'A:- When adding VLANs, you increase the broadcast domains.',
      'A:- All VLAN tagging is removed from the frame.',
      'A. A:- All VLAN tagging is removed.',
      'Answer: A dog',
      'Ansible - D',
      '【答案】见教材第 3 章',
      '【解析】D 选项正确',
    ])
      expect(keyOnLine(line)).toBeNull();
    expect(letteredOption('A:- D, The vlan.dat is …')).toBeNull();
    expect(letteredOption('A: the first')).toEqual({ letter: 'A', text: 'the first' });
  });

  it('ends options written as lines of one paragraph, and a question item’s own options', () => {
    const paragraph = one(
      'Which port does SSH listen on?\n\nA. 21\nB. 22\nC. 23\nAns: B\n\nSSH listens on 22 by default.\n',
    );
    expect(graded(paragraph)).toEqual([['Which port does SSH listen on?', ['21', '22', '23'], '22']]);
    expect(paragraph.cards[0]?.answer).toBe('**B.** 22\n\nSSH listens on 22 by default.');
    const item = one(
      [
        '# Quiz',
        '',
        '1. Which port does DNS use?',
        '   - A. 53',
        '   - B. 80',
        '   - C. 443',
        '',
        '   A:- A, DNS answers on port 53.',
        '',
      ].join('\n'),
    );
    expect(graded(item)).toEqual([['Which port does DNS use?', ['53', '80', '443'], '53']]);
    expect(item.cards[0]?.answer).toBe('**A.** 53\n\nDNS answers on port 53.');
  });

  it('leaves an answer’s own numbered points in it, and a numbered heading over prose its topic', () => {
    const points = one(
      [
        '# Quiz',
        '',
        '1. Which protocol sends the echo requests of ping?',
        '- A. ICMP',
        '- B. ARP',
        '',
        'A:- A, and not B:',
        '',
        '1. B resolves addresses',
        '',
        '2. What does ARP resolve?',
        '- A. Names',
        '- B. MAC addresses',
        '',
        'A:- B',
        '',
      ].join('\n'),
    );
    expect(points.cards[0]?.answer).toBe('**A.** ICMP\n\nand not B:\n\n1. B resolves addresses');
    expect(graded(points).map((q) => q[2])).toEqual(['ICMP', 'MAC addresses']);
    const topic = one('# Notes\n\n## 3.\n\nThe switch floods frames whose destination it has not learned.\n');
    expect(topic.cards.map((c) => c.kind)).toEqual(['explain']);
    expect(topic.problems).toEqual([]);
  });
});
