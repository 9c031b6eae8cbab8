import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { judge, type Spec } from './gate-fixtures.ts';

/**
 * Facts lists (`1. **CIA Triad** = …`, `**LDAP** provides …`), outlines of methods, definition lists and
 * glossaries written as a heading per term: what a player would reject is dropped, the near miss kept.
 * Fixtures written for these tests.
 */
const one = (text: string): Deck => buildDeck([{ path: 'notes.md', text }]);

const CASES: readonly (readonly [string, Spec, Spec])[] = [
  [
    'a list of words that spells the acronym asked (Confidentiality, Integrity, Availability → CIA)',
    {
      origin: 'definition-forward',
      stem: 'CIA Triad',
      options: [
        'Confidentiality, Integrity, Availability',
        'uses multiple layers of security controls',
        'grants access to resources based on policies',
        'logs user activities for auditing',
      ],
    },
    {
      origin: 'definition-forward',
      stem: 'CIA Triad',
      options: [
        'the three core goals of security',
        'the layers of security controls',
        'the policies that grant access',
        'the logs kept for auditing',
      ],
    },
  ],
  [
    'only the key a noun phrase among descriptions that open with a verb',
    {
      origin: 'definition-forward',
      stem: 'TACACS+',
      options: [
        'Cisco’s AAA protocol using TCP 49',
        'provides directory-based authentication',
        '(22) provides encrypted remote access',
        'can be used as an authentication factor',
      ],
    },
    {
      origin: 'definition-forward',
      stem: 'TACACS+',
      options: [
        'carries AAA for Cisco devices over TCP 49',
        'provides directory-based authentication',
        '(22) provides encrypted remote access',
        'can be used as an authentication factor',
      ],
    },
  ],
  [
    "a protocol's name without its last word spells it (secure file transfer → SFTP)",
    {
      origin: 'definition-forward',
      stem: 'SFTP',
      options: [
        'uses SSH for secure file transfer',
        'adds TLS encryption to FTP',
        'encrypts IP traffic with AH/ESP headers',
        'establishes IPsec VPN sessions',
      ],
    },
    {
      origin: 'definition-forward',
      stem: 'SFTP',
      options: [
        'copies files over an SSH session',
        'adds TLS encryption to FTP',
        'encrypts IP traffic with AH/ESP headers',
        'establishes IPsec VPN sessions',
      ],
    },
  ],
];

describe('facts lists and glossaries', () => {
  for (const [name, dropped, kept] of CASES)
    it(`drops: ${name}`, () => {
      expect(judge(dropped)).not.toBeNull();
      expect(judge(kept)).toBeNull();
    });

  it('reads "**X** = …" as the definition of X, without the sign', () => {
    const deck = one(`# Security

### Fundamentals
1. **Kerberos** = a ticket-based authentication protocol of Windows domains.
2. **RADIUS** = a UDP protocol for centralised network access control.
3. **LDAP** = a protocol for reading and changing directory entries.
4. **SAML** = an XML standard for single sign-on between web sites.
`);
    const options = deck.questions.filter((q) => q.kind === 'definition').flatMap((q) => q.options);
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(o).not.toMatch(/^=/);
  });

  it('offers no outline label ("典型问题") as a term beside the methods', () => {
    const deck = one(`# 算法设计

+ 回溯法
  + 回溯：放弃当前候选解、寻找下一个候选解的过程。
  + 向前试探：扩大当前候选解并继续试探的过程。
  + 剪枝：去掉不可能得到解的分支的过程。
  + 典型问题：n后问题
`);
    for (const q of deck.questions) expect(q.options).not.toContain('典型问题');
  });

  it('asks nothing of the sections about the quiz itself (instructions, scoring, resources)', () => {
    const deck = one(`# Quiz: Docker

## Instructions
- **MCQ Questions (1-7):** Choose the best answer
- **Short Answer (8-10):** Write brief responses
- **Time Limit:** 20-25 minutes
- **Passing Score:** 70% (7+ correct)

## Additional Resources
- **Docker Community:** forums and chat
- **Stack Overflow:** tag your question with docker
- **GitHub Issues:** report bugs in the engine
`);
    expect(deck.cards).toEqual([]);
  });

  it('takes no lead-in paragraph of a definition list entry for its definition', () => {
    const deck = one(`# Basic terms

Process

:   The CPU will often need to run more than one program at once.

    A **process** is a currently executing instance of a program.

Memory

:   Where a running program keeps its instructions and data.

Operating System

:   The software that manages the hardware and runs programs.

Kernel

:   The core of the operating system, always in memory.
`);
    const shown = deck.questions.filter(isAutoGraded).map((q) => `${q.stem}\n${q.options.join('\n')}`);
    for (const text of shown) expect(text).not.toMatch(/more than one program/);
  });

  it('asks a glossary written as a heading per term, its definitions without "X is"', () => {
    const terms = [
      ['Client', 'a device or program that requests services from a server'],
      ['Server', 'a computer that provides services to clients over a network'],
      ['Router', 'a device that forwards packets between networks'],
      ['Switch', 'a device that forwards frames to the right port by MAC address'],
      ['Hub', 'a simple device that repeats data to every port'],
      ['Modem', 'a device that converts digital data to a signal for a line'],
      ['Firewall', 'a system that filters traffic by rules'],
      ['Proxy', 'a server that forwards requests on behalf of clients'],
      ['Gateway', 'a node that connects two networks using different protocols'],
      ['Repeater', 'a device that regenerates a weak signal'],
      ['Bridge', 'a device that joins two network segments into one'],
      ['Splitter', 'a device that divides a signal into several outputs'],
      ['Antenna', 'a conductor that sends and receives radio waves'],
      ['Cable', 'a bundle of wires that carries signals between devices'],
      ['Port', 'a number that names a service on a host'],
      ['Socket', 'an endpoint made of an address and a port'],
    ];
    const many = terms.map(([t, d]) => `### ${t}\nA **${(t as string).toLowerCase()}** is ${d}.\n`);
    const deck = one(`# Glossary\n\n${many.join('\n')}`);
    const forward = deck.questions.filter((q) => q.frame?.kind === 'what-is');
    expect(forward.length).toBeGreaterThan(0);
    for (const q of forward) for (const o of q.options) expect(o).toMatch(/^an? /);
  });

  it('asks an acronym by its short name, its expansion only in the answer', () => {
    const deck = one(`# Network security

### Detection
1. **IDS (Intrusion Detection System)** alerts on suspicious activity.
2. **IPS (Intrusion Prevention System)** blocks malicious traffic.
3. **SIEM (Security Information and Event Management)** aggregates logs and alerts.
4. **NAC (Network Access Control)** admits only compliant devices.
`);
    const asked = deck.questions.filter((q) => q.kind === 'definition');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked)
      expect(`${q.stem}\n${q.options.join('\n')}`).not.toMatch(/Intrusion|Information and/);
  });

  it("offers as options only a long glossary's entries of the same kind", () => {
    const kinds = [
      ['Hub', 'a device that repeats data to every port'],
      ['Switch', 'a device that forwards frames by MAC address'],
      ['Router', 'a device that forwards packets between networks'],
      ['Modem', 'a device that converts data to a line signal'],
      ['Internet', 'a network of networks spanning the world'],
      ['Intranet', 'a network private to one organisation'],
      ['LAN', 'a network that covers one building'],
      ['WAN', 'a network that covers a wide area'],
      ['COPPA', 'a law that protects the privacy of children online'],
      ['GDPR', 'a law that protects personal data in the EU'],
      ['HIPAA', 'a law that protects health records'],
      ['DMCA', 'a law that governs copyright online'],
      ['ISP', 'a company that sells access to the Internet'],
      ['Registrar', 'a company that sells domain names'],
      ['Host', 'a company that runs servers for rent'],
      ['CDN', 'a company that caches content near users'],
    ];
    const deck = one(`# Glossary\n\n${kinds.map(([t, d]) => `### ${t}\nA **${t}** is ${d}.\n`).join('\n')}`);
    const kindOf = new Map(kinds.map(([t, d]) => [t as string, (d as string).split(' ')[1] as string]));
    const reverse = deck.questions.filter((q) => q.frame?.kind === 'which-term');
    expect(reverse.length).toBeGreaterThan(0);
    for (const q of reverse) expect(new Set(q.options.map((o) => kindOf.get(o))).size).toBe(1);
  });

  it("asks nothing of a glossary whose Chinese definitions each open on the English term's Chinese name", () => {
    const glossary = (opening: (name: string) => string) =>
      one(`# 数据库

## 概念

* data mining：${opening('数据挖掘')}指半自动地分析大型数据库并找出模式的过程。
* trigger：${opening('触发器')}是一条语句，数据库修改时由系统自动执行。
* data dictionary：${opening('数据字典')}存储关于数据库结构的元数据。
* transaction：${opening('事务')}是完成单一逻辑功能的操作集合。
`).questions.filter((q) => q.kind === 'definition');
    expect(glossary((name) => `${name}，`)).toEqual([]);
    expect(glossary(() => '').length).toBeGreaterThan(0);
  });

  it('asks no list question whose key alone is another shape (a benefit among database engines)', () => {
    const deck = one(`# RDS

## Amazon RDS

DB Engines:

- Amazon Aurora
- MySQL
- Oracle
- MS SQL Server

Benefits:

- highly scalable
- secure and compliant
- easy to administer
- high performance
`);
    const lists = deck.questions.filter((q) => q.kind === 'list-membership');
    for (const q of lists) {
      const key = q.options[q.correctIndex ?? -1] ?? '';
      const lower = (o: string) => /^[a-z]/.test(o);
      expect(q.options.filter((o) => o !== key).every((o) => lower(o) === lower(key))).toBe(true);
    }
  });
});
