import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import { abbreviates } from '../../src/content/gate-checks/spelled-acronym.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { judge, type Spec } from './gate-fixtures.ts';

/**
 * Round 15's blind sets X and Y: column names that shorten their own descriptions, descriptions that lean
 * on a thing they do not name, a record's field labels, the key ticked and bold, a program set up above its
 * question. Each rule: what is dropped, and the near miss kept. Fixtures written for these tests.
 */
const one = (text: string): Deck => buildDeck([{ path: 'notes.md', text }]);

const CASES: readonly (readonly [string, Spec, Spec])[] = [
  [
    'a column name that shortens its description (sy → System/kernel time)',
    {
      origin: 'definition-forward',
      stem: 'sy',
      options: ['System/kernel time', 'User space time', 'Idle time', 'Time waiting for I/O'],
    },
    {
      origin: 'definition-forward',
      stem: 'top',
      options: [
        'Shows processes by CPU use, live',
        'Prints disk usage per file system',
        'Lists the files a process has open',
        'Shows free and used memory',
      ],
    },
  ],
  [
    'a description that leans on a thing it does not name ("Change it for your needs")',
    {
      origin: 'definition-reverse',
      stem: 'Change it for your needs',
      options: ['Modify', 'View', 'Distribute'],
    },
    {
      origin: 'definition-reverse',
      stem: 'Mostly it is called once, after the first render',
      options: ['componentDidMount', 'componentWillUnmount', 'shouldComponentUpdate'],
    },
  ],
  [
    'a flag written two ways, one of them translated by its description (-a 或 --all → 显示全部的信息)',
    {
      origin: 'definition-forward',
      stem: '-a 或 --all',
      options: ['显示全部的信息', '显示主机的名称', '显示内核的版本', '显示处理器的类型'],
      lang: 'zh',
    },
    {
      origin: 'definition-forward',
      stem: '-a 或 --all',
      options: ['依次显示各项信息', '显示主机的名称', '显示内核的版本', '显示处理器的类型'],
      lang: 'zh',
    },
  ],
  [
    'a plain English term its Chinese description opens by translating (privilege → 权限)',
    {
      origin: 'definition-forward',
      stem: 'privilege',
      options: ['权限，对数据的授权', '视图，用户可见的虚关系', '事务，完成单一逻辑功能的操作集合'],
      lang: 'zh',
    },
    {
      origin: 'definition-forward',
      stem: 'privilege',
      options: ['对数据的授权：读取、插入、更新、删除', '用户可见的虚关系', '完成单一逻辑功能的操作集合'],
      lang: 'zh',
    },
  ],
];

describe('short names, leaning descriptions, field labels', () => {
  for (const [name, dropped, kept] of CASES)
    it(`drops: ${name}`, () => {
      expect(judge(dropped)).not.toBeNull();
      expect(judge(kept)).toBeNull();
    });

  it('tells abbreviations from names', () => {
    expect(abbreviates('kB_wrtn/s', 'Kilobytes written per second')).toBe(true);
    expect(abbreviates('rt', 'Real time (scheduled before all other I/O)')).toBe(true);
    expect(abbreviates('tps', 'Transfers (I/O operations) per second')).toBe(false);
    expect(abbreviates('NAT', 'Network Address Translation')).toBe(false);
  });

  it("asks nothing of a record's fields (Purpose, By, Started)", () => {
    const deck = one(`# GNU

## The GNU Project

- **Purpose:** a free Unix-like operating system
- **By:** Richard Stallman and volunteers
- **Started:** in 1983 at MIT
- **License:** the GNU General Public License
`);
    expect(deck.questions.filter(isAutoGraded)).toEqual([]);
  });

  it('shows ticked options without the bold that marks them a second time', () => {
    const deck = one(`# Shell

1. Which command lists hidden files in /home?
- [ ] ls /home
- [x] **ls -a /home**
- [ ] list /home
`);
    const [q] = deck.questions.filter(isAutoGraded);
    expect(q?.options).toContain('ls -a /home');
    for (const o of q?.options ?? []) expect(o).not.toContain('**');
  });

  it('shows the program set up above the question ("有以下程序") with it', () => {
    const deck = one(`# C 指针

有以下程序
\`\`\`c
int a = 0, b = 9;
printf("%d %d", b, a);
\`\`\`
程序的输出结果是?

\`\`\`
A. 9 0
B. 0 9
C. 9 9
\`\`\`

**答案：A**
`);
    const [q] = deck.questions.filter(isAutoGraded);
    expect(q?.stem).toContain('printf("%d %d", b, a);');
    expect(q?.options[q.correctIndex ?? -1]).toBe('9 0');
  });

  it("drops an author's question whose every wrong option is restricted ('… only') and the key not", () => {
    const quiz = (d: string) =>
      one(`# IT Act

### 1. The IT Act gives legal recognition to:

* [ ] Digital signatures
* [ ] Blockchain only
* [ ] VPN only
* [ ] ${d}

<details>
<summary>Show Answer</summary>

Answer: Digital signatures

</details>
`).questions.filter(isAutoGraded);
    expect(quiz('LDAP queries only')).toEqual([]);
    expect(quiz('Paper contracts')).toHaveLength(1);
  });
});
